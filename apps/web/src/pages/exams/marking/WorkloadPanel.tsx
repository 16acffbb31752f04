import { ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, Progress, Statistic, Table, Tag, Typography } from 'antd';
import { errorMessage } from '../../../api/client';
import { distributeMarking, type MarkerWorkload, staffKeys, usePlanMarking } from '../../../api/exam-staff';
import { QueryError } from '../../../components/QueryError';
import { useI18n } from '../../../i18n';

const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/** 阅卷进度 of a plan: the progress of its results, the problems (too few markers…) and the workload per marker. */
export function WorkloadPanel({ planId, canDistribute }: { planId: string; canDistribute: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const marking = usePlanMarking(planId);
  const distribute = useMutation({
    mutationFn: () => distributeMarking(planId),
    onSuccess: (r) => {
      void message.success(t('mark.distributed', { n: r.created }));
      void qc.invalidateQueries({ queryKey: staffKeys.planMarking(planId) });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  if (marking.isError) return <QueryError error={marking.error} onRetry={() => void marking.refetch()} />;
  const d = marking.data;
  const p = d?.progress;

  return (
    <Flex vertical gap={12} data-testid="marking-workload">
      {d?.problems.map((pr) => (
        <Alert
          key={pr.code}
          type="warning"
          showIcon
          title={pr.message}
          description={t('mark.problemWaiting', { attempts: pr.attempts, items: pr.items })}
          data-testid={`marking-problem-${pr.code}`}
          action={
            pr.code === 'NOT_DISTRIBUTED' && canDistribute ? (
              <Button
                size="small"
                type="primary"
                icon={<SendOutlined />}
                loading={distribute.isPending}
                onClick={() => distribute.mutate()}
                data-testid="marking-distribute"
              >
                {t('mark.distribute')}
              </Button>
            ) : null
          }
        />
      ))}
      <Card
        size="small"
        loading={marking.isPending}
        title={t('mark.progressTitle')}
        extra={
          <Button
            size="small"
            icon={<ReloadOutlined />}
            onClick={() => void marking.refetch()}
            loading={marking.isFetching}
          >
            {t('common.refresh')}
          </Button>
        }
      >
        {p ? (
          <Flex vertical gap={12}>
            <Flex wrap gap={32}>
              <Statistic title={t('mark.attempts')} value={p.attempts} />
              <Statistic title={t('mark.submitted')} value={p.submitted} />
              <Statistic title={t('mark.pending')} value={p.pending} />
              <Statistic title={t('mark.marking')} value={p.marking} />
              <Statistic title={t('mark.final')} value={p.final} />
              <Statistic title={t('mark.threshold')} value={d.thirdMarkThresholdPct} suffix="%" />
            </Flex>
            <div style={{ maxWidth: 520 }}>
              <Typography.Text>{t('mark.tasksDone', { done: p.tasksDone, total: p.tasksTotal })}</Typography.Text>
              <Progress percent={pct(p.tasksDone, p.tasksTotal)} data-testid="marking-progress" />
            </div>
          </Flex>
        ) : null}
      </Card>
      <Card size="small" title={t('mark.workload')}>
        <Table<MarkerWorkload>
          size="small"
          rowKey="userId"
          loading={marking.isPending}
          dataSource={d?.markers ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description={t('mark.noMarkers')} /> }}
          onRow={(r) => ({ 'data-testid': `marking-marker-${r.userId}` }) as React.HTMLAttributes<HTMLElement>}
          data-testid="marking-workload-table"
          columns={[
            {
              title: t('mark.marker'),
              key: 'name',
              render: (_: unknown, r) => (
                <Flex gap={6} align="center">
                  <Typography.Text>{r.name}</Typography.Text>
                  {r.isMarker ? null : <Tag>{t('mark.removed')}</Tag>}
                </Flex>
              ),
            },
            { title: t('mark.assigned'), dataIndex: 'assigned', width: 90, align: 'right' },
            { title: t('mark.done'), dataIndex: 'done', width: 90, align: 'right' },
            { title: t('mark.open'), dataIndex: 'open', width: 90, align: 'right' },
            { title: t('mark.third'), dataIndex: 'third', width: 90, align: 'right' },
            {
              title: t('mark.progress'),
              key: 'progress',
              width: 220,
              render: (_: unknown, r) => (
                <Progress
                  percent={pct(r.done, r.assigned)}
                  size="small"
                  status={r.assigned > 0 && r.open === 0 ? 'success' : 'normal'}
                />
              ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
