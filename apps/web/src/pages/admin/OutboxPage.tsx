import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Switch, Table, Tag, Typography } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { type Notification, useNotifications } from '../../api/admin';
import { Page } from '../../components/Page';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { menuItem } from '../../menu';

/** The message text with 6-digit codes (password reset) highlighted and copyable. */
function Body({ text }: { text: string }) {
  const parts: ReactNode[] = text.split(/(\b\d{6}\b)/).map((part, i) =>
    /^\d{6}$/.test(part) ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
      <Typography.Text key={i} strong mark copyable data-testid="outbox-code">
        {part}
      </Typography.Text>
    ) : (
      part
    ),
  );
  return <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{parts}</span>;
}

const STATUS_COLORS: Record<Notification['status'], string> = { pending: 'gold', sent: 'green', failed: 'red' };

export default function OutboxPage() {
  const { t, pick, lang } = useI18n();
  const [autoRefresh, setAutoRefresh] = useState(true);
  const [filter, setFilter] = useState('');
  const notifications = useNotifications(autoRefresh);

  const rows = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return [...(notifications.data?.items ?? [])]
      .filter((n) => !f || n.recipient.toLowerCase().includes(f))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }, [notifications.data, filter]);

  return (
    <Page
      title={pick(menuItem('outbox').label)}
      testId="outbox-page"
      extra={
        <Button
          icon={<ReloadOutlined />}
          loading={notifications.isFetching}
          onClick={() => void notifications.refetch()}
          data-testid="outbox-refresh"
        >
          {t('common.refresh')}
        </Button>
      }
    >
      <Card>
        <Typography.Paragraph type="secondary">{t('outbox.hint')}</Typography.Paragraph>
        <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('outbox.filter')}
            style={{ maxWidth: 300 }}
            onChange={(e) => setFilter(e.target.value)}
            data-testid="outbox-filter"
          />
          <Flex gap={8} align="center">
            <Switch size="small" checked={autoRefresh} onChange={setAutoRefresh} data-testid="outbox-auto-refresh" />
            <Typography.Text>{t('outbox.autoRefresh')}</Typography.Text>
          </Flex>
        </Flex>
        {notifications.isError ? (
          <QueryError error={notifications.error} onRetry={() => void notifications.refetch()} />
        ) : (
          <Table<Notification>
            rowKey="id"
            size="middle"
            loading={notifications.isPending}
            dataSource={rows}
            scroll={{ x: 900 }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            data-testid="outbox-table"
            columns={[
              {
                title: t('outbox.createdAt'),
                dataIndex: 'createdAt',
                width: 180,
                render: (v: string) => formatDateTime(v, lang),
              },
              {
                title: t('outbox.channel'),
                dataIndex: 'channel',
                render: (c: Notification['channel']) => <Tag>{c === 'sms' ? t('outbox.sms') : t('outbox.email')}</Tag>,
              },
              { title: t('outbox.recipient'), dataIndex: 'recipient' },
              { title: t('outbox.template'), dataIndex: 'template' },
              { title: t('outbox.body'), dataIndex: 'body', width: 360, render: (b: string) => <Body text={b} /> },
              {
                title: t('outbox.status'),
                dataIndex: 'status',
                render: (s: Notification['status'], n) => (
                  <Tag color={STATUS_COLORS[s]}>
                    {t(`outbox.status.${s}`)}
                    {n.attempts > 1 ? ` ×${n.attempts}` : ''}
                  </Tag>
                ),
              },
              { title: t('outbox.sentAt'), dataIndex: 'sentAt', render: (v: string | null) => formatDateTime(v, lang) },
            ]}
          />
        )}
      </Card>
    </Page>
  );
}
