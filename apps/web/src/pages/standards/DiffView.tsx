import { Alert, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { errorMessage, isApiError } from '../../api/client';
import { type StandardDiff, useStandardDiff } from '../../api/standards';
import { PageLoading } from '../../components/PageLoading';
import { QueryError } from '../../components/QueryError';
import { type MessageKey, useI18n } from '../../i18n';

type Changed = StandardDiff['changed'][number];
type Removed = StandardDiff['removed'][number];
type Added = StandardDiff['added'][number];
type WeightChange = StandardDiff['weightChanges'][number];

const FIELD_KEYS: Record<Changed['field'], MessageKey> = {
  text: 'diff.field.text',
  name: 'diff.field.name',
  code: 'diff.field.code',
  workTypes: 'diff.field.workTypes',
  parent: 'diff.field.parent',
  position: 'diff.field.position',
};

function show(v: Changed['old']): string {
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) return v.length > 0 ? v.join('、') : '—';
  return String(v);
}

/** The differences of a version from its base: added, removed / retired, changed nodes and weight cells. */
export function DiffView({ versionId }: { versionId: string }) {
  const { t } = useI18n();
  const diff = useStandardDiff(versionId, true);
  if (diff.isPending) return <PageLoading />;
  if (diff.isError) {
    if (isApiError(diff.error, 'STANDARD_VERSION_NO_BASE')) {
      return <Alert type="info" showIcon title={errorMessage(diff.error)} data-testid="diff-no-base" />;
    }
    return <QueryError error={diff.error} onRetry={() => void diff.refetch()} />;
  }
  const d = diff.data;
  const count = d.added.length + d.removed.length + d.changed.length + d.weightChanges.length;

  const section = (title: string, n: number, color: string, testId: string, table: React.ReactNode) => (
    <Card
      size="small"
      data-testid={testId}
      data-count={n}
      title={
        <span>
          {title} <Tag color={n > 0 ? color : 'default'}>{n}</Tag>
        </span>
      }
    >
      {n > 0 ? table : <Typography.Text type="secondary">{t('diff.none')}</Typography.Text>}
    </Card>
  );

  return (
    <Flex vertical gap={16} data-testid="diff-view">
      <Typography.Text type="secondary" data-testid="diff-summary">
        {t('diff.summary', { base: d.baseLabel, count })}
      </Typography.Text>
      {count === 0 ? <Empty description={t('diff.empty')} /> : null}
      {section(
        t('diff.changed'),
        d.changed.length,
        'blue',
        'diff-changed',
        <Table<Changed>
          size="small"
          rowKey={(r) => `${r.id}-${r.field}`}
          pagination={false}
          dataSource={d.changed}
          scroll={{ x: 800 }}
          onRow={() => ({ 'data-testid': 'diff-changed-row' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('diff.node'), dataIndex: 'label', width: 260 },
            {
              title: t('diff.field'),
              dataIndex: 'field',
              width: 90,
              render: (f: Changed['field']) => <Tag>{t(FIELD_KEYS[f])}</Tag>,
            },
            {
              title: t('diff.old'),
              dataIndex: 'old',
              render: (v: Changed['old']) => (
                <Typography.Text delete type="danger">
                  {show(v)}
                </Typography.Text>
              ),
            },
            {
              title: t('diff.new'),
              dataIndex: 'new',
              render: (v: Changed['new']) => (
                <Typography.Text type="success" data-testid="diff-new">
                  {show(v)}
                </Typography.Text>
              ),
            },
          ]}
        />,
      )}
      {section(
        t('diff.weights'),
        d.weightChanges.length,
        'purple',
        'diff-weights',
        <Table<WeightChange>
          size="small"
          rowKey={(r) => `${r.column}-${r.item}`}
          pagination={false}
          dataSource={d.weightChanges}
          onRow={() => ({ 'data-testid': 'diff-weight-row' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('diff.column'), dataIndex: 'column' },
            { title: t('diff.item'), dataIndex: 'item' },
            { title: t('diff.old'), dataIndex: 'old', align: 'right', render: (v: number | null) => v ?? '—' },
            {
              title: t('diff.new'),
              dataIndex: 'new',
              align: 'right',
              render: (v: number | null, r) => (
                <Typography.Text strong type={(v ?? 0) > (r.old ?? 0) ? 'success' : 'danger'}>
                  {v ?? '—'}
                </Typography.Text>
              ),
            },
          ]}
        />,
      )}
      {section(
        t('diff.added'),
        d.added.length,
        'green',
        'diff-added',
        <Table<Added>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={d.added}
          onRow={() => ({ 'data-testid': 'diff-added-row' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('diff.node'), dataIndex: 'label' },
            { title: t('diff.text'), dataIndex: 'text' },
          ]}
        />,
      )}
      {section(
        t('diff.removed'),
        d.removed.length,
        'red',
        'diff-removed',
        <Table<Removed>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={d.removed}
          onRow={() => ({ 'data-testid': 'diff-removed-row' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('diff.node'), dataIndex: 'label' },
            { title: t('diff.text'), dataIndex: 'text' },
            {
              title: t('diff.reason'),
              dataIndex: 'reason',
              width: 100,
              render: (r: Removed['reason']) => (
                <Tag color={r === 'retired' ? 'default' : 'red'}>
                  {t(r === 'retired' ? 'diff.retired' : 'diff.deleted')}
                </Tag>
              ),
            },
          ]}
        />,
      )}
    </Flex>
  );
}
