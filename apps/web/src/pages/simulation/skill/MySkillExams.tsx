import { LoginOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../../api/client';
import { QueryError } from '../../../components/QueryError';
import { examSpan } from '../../exams/plans/planUtil';
import { type MySkillExam, skillKeys, startSkillExam, useMySkillExams } from './skillApi';
import { pts, type Tx, useTx } from './skillText';

const WINDOW_COLOR = { not_open: 'default', open: 'green', closed: 'default' } as const;

export function attemptStatusText(status: MySkillExam['attemptStatus'], tx: Tx): string {
  if (status === 'in_progress') return tx('inProgress');
  if (status === 'submitted') return tx('submitted');
  if (status === 'final') return tx('final');
  return tx('notStarted');
}

/** The candidate's skill exams: window, start or continue, the score once final. */
export function MySkillExams() {
  const tx = useTx();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const mine = useMySkillExams();
  const start = useMutation({
    mutationFn: (planId: string) => startSkillExam(planId),
    onSuccess: (a) => {
      void qc.invalidateQueries({ queryKey: skillKeys.mine });
      navigate(`/skill-exams/attempts/${a.id}`);
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  if (mine.isError) return <QueryError error={mine.error} onRetry={() => void mine.refetch()} />;

  return (
    <Card title={tx('myTitle')} data-testid="my-skill-exams">
      <Table<MySkillExam>
        rowKey="planId"
        size="middle"
        loading={mine.isLoading}
        dataSource={mine.data?.items ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty description={tx('myNone')} /> }}
        onRow={(r) => ({ 'data-testid': `my-skill-row-${r.planName}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: tx('plan'), dataIndex: 'planName', width: 280 },
          {
            title: tx('level'),
            key: 'level',
            width: 180,
            render: (_: unknown, r) => `${tx('levelN', { n: r.level })}${r.workType ? ` · ${r.workType}` : ''}`,
          },
          {
            title: tx('time'),
            key: 'time',
            width: 220,
            render: (_: unknown, r) => examSpan(r.startsAt, r.durationMinutes),
          },
          {
            title: tx('window'),
            dataIndex: 'window',
            width: 90,
            render: (w: MySkillExam['window']) => (
              <Tag color={WINDOW_COLOR[w]} data-testid="my-skill-window" data-window={w}>
                {w === 'open' ? tx('windowOpen') : w === 'closed' ? tx('windowClosed') : tx('windowNotOpen')}
              </Tag>
            ),
          },
          {
            title: tx('attemptStatus'),
            dataIndex: 'attemptStatus',
            width: 110,
            render: (s: MySkillExam['attemptStatus']) => (
              <span data-testid="my-skill-status" data-status={s ?? 'none'}>
                {attemptStatusText(s, tx)}
              </span>
            ),
          },
          {
            title: tx('score'),
            key: 'score',
            width: 130,
            render: (_: unknown, r) =>
              r.attemptStatus === 'final' && r.score !== null ? (
                <Typography.Text type={r.passed ? 'success' : 'danger'} data-testid="my-skill-score">
                  {pts(r.score)} · {r.passed ? tx('passed') : tx('failed')}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
          {
            title: '',
            key: 'action',
            width: 130,
            fixed: 'right',
            render: (_: unknown, r) => {
              if (r.attemptId && r.attemptStatus === 'in_progress') {
                return (
                  <Link to={`/skill-exams/attempts/${r.attemptId}`} data-testid="my-skill-continue">
                    <Button type="primary" icon={<LoginOutlined />}>
                      {tx('continue')}
                    </Button>
                  </Link>
                );
              }
              if (r.attemptId) {
                return (
                  <Link to={`/skill-exams/attempts/${r.attemptId}`} data-testid="my-skill-view">
                    {tx('view')}
                  </Link>
                );
              }
              return (
                <Button
                  type="primary"
                  icon={<PlayCircleOutlined />}
                  disabled={r.window !== 'open'}
                  loading={start.isPending && start.variables === r.planId}
                  onClick={() => start.mutate(r.planId)}
                  data-testid="my-skill-start"
                >
                  {tx('start')}
                </Button>
              );
            },
          },
        ]}
      />
    </Card>
  );
}
