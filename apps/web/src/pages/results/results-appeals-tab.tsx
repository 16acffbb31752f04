import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Flex, Modal, Radio, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { tid } from '../../lib/testid';
import { assignAppeal, type PlanAppeal, resultKeys, useAssignable, usePlanAppeals } from './results-api';
import { AppealStatusTag } from './results-tags';
import { pts, useRTx } from './results-text';

/** The plan's appeals (复核申请) with the assign dialog (plan admin). */
export function ResultsAppealsTab({
  planId,
  canAssign,
  enabled,
}: {
  planId: string;
  canAssign: boolean;
  enabled: boolean;
}) {
  const tx = useRTx();
  const { lang } = useI18n();
  const appeals = usePlanAppeals(planId, enabled);
  const [assigning, setAssigning] = useState<PlanAppeal | null>(null);
  if (appeals.isError) return <QueryError error={appeals.error} onRetry={() => void appeals.refetch()} />;
  return (
    <>
      <Table<PlanAppeal>
        rowKey="id"
        loading={appeals.isLoading}
        dataSource={appeals.data?.items ?? []}
        size="middle"
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 1000 }}
        locale={{ emptyText: <Empty description={tx('noAppeals')} /> }}
        data-testid="final-results-appeals"
        onRow={(a) => ({ 'data-testid': `appeal-row-${a.id}` }) as React.HTMLAttributes<HTMLElement>}
        expandable={{
          expandedRowRender: (a) => (
            <Flex vertical gap={4}>
              <Typography.Text>
                {tx('reason')}：{a.reason}
              </Typography.Text>
              {a.decisionReason ? (
                <Typography.Text>
                  {tx('decisionReason')}：{a.decisionReason}
                </Typography.Text>
              ) : null}
            </Flex>
          ),
        }}
        columns={[
          { title: tx('ticketNo'), dataIndex: 'ticketNo', width: 150, render: (v: string | null) => v ?? '—' },
          { title: tx('name'), dataIndex: 'candidateName', width: 100 },
          { title: tx('component'), dataIndex: 'component', width: 100, render: (c: PlanAppeal['component']) => tx(c) },
          {
            title: tx('reason'),
            dataIndex: 'reason',
            ellipsis: true,
            render: (v: string) => <Typography.Text ellipsis={{ tooltip: v }}>{v}</Typography.Text>,
          },
          {
            title: tx('submittedAt'),
            dataIndex: 'submittedAt',
            width: 150,
            render: (v: string) => formatDateTime(v, lang),
          },
          {
            title: tx('status'),
            key: 'status',
            width: 110,
            render: (_: unknown, a) => <AppealStatusTag status={a.status} outcome={a.outcome} />,
          },
          { title: tx('assignee'), key: 'assignee', width: 100, render: (_: unknown, a) => a.assignee?.name ?? '—' },
          {
            title: tx('decision'),
            key: 'decision',
            width: 110,
            render: (_: unknown, a) =>
              a.status === 'decided' ? tx('scoreChange', { from: pts(a.previousScore), to: pts(a.newScore) }) : '—',
          },
          ...(canAssign
            ? [
                {
                  title: '',
                  key: 'assign',
                  width: 80,
                  fixed: 'end' as const,
                  render: (_: unknown, a: PlanAppeal) =>
                    a.status === 'decided' ? null : (
                      <Button size="small" onClick={() => setAssigning(a)} data-testid={`appeal-assign-${a.id}`}>
                        {a.assignee ? tx('reassign') : tx('assign')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {assigning ? <AssignDialog planId={planId} appeal={assigning} onClose={() => setAssigning(null)} /> : null}
    </>
  );
}

function AssignDialog({ planId, appeal, onClose }: { planId: string; appeal: PlanAppeal; onClose: () => void }) {
  const tx = useRTx();
  const { pick } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const pool = useAssignable(appeal.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      await assignAppeal(appeal.id, chosen);
      message.success(tx('assignedOk'));
      void qc.invalidateQueries({ queryKey: resultKeys.appeals(planId) });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={`${tx('assignTitle')} · ${tx(appeal.component)} · ${appeal.ticketNo ?? appeal.candidateName}`}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={tx('assign')}
      okButtonProps={{ ...tid('appeal-assign-confirm'), disabled: !chosen }}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Flex vertical gap={12} data-testid="appeal-assign-dialog">
        <Typography.Text type="secondary">{tx('assignHint')}</Typography.Text>
        {pool.isError ? <QueryError error={pool.error} onRetry={() => void pool.refetch()} /> : null}
        <Radio.Group value={chosen} onChange={(e) => setChosen(e.target.value as string)} style={{ width: '100%' }}>
          <Flex vertical gap={6} style={{ maxHeight: 320, overflowY: 'auto' }}>
            {(pool.data?.items ?? []).map((p) => (
              <Radio key={p.userId} value={p.userId} disabled={!p.eligible} data-testid={`appeal-assignee-${p.userId}`}>
                {p.name} <Typography.Text type="secondary">{p.orgName}</Typography.Text>{' '}
                {p.reason ? <Tag>{`${tx('excluded')}：${pick(p.reason)}`}</Tag> : null}
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
        {error ? <Alert type="error" showIcon title={error} data-testid="appeal-assign-error" /> : null}
      </Flex>
    </Modal>
  );
}
