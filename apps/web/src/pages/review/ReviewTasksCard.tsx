import { Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { type ReviewTasks, useReviewTasks } from './reviewApi';
import { defenceText } from './reviewUtil';
import { ScoreDrawer } from './ScoreDrawer';

type Task = ReviewTasks['items'][number];

/** A committee member's candidates: defence time, my score, and the drawer to read materials and score. */
export function ReviewTasksCard() {
  const { pick } = useI18n();
  const L = (zh: string, en: string) => pick({ zh, en });
  const tasks = useReviewTasks(true);
  const [open, setOpen] = useState<string | null>(null);
  if (tasks.isError) return <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />;
  return (
    <Card title={L('我的评审任务', 'My review tasks')} data-testid="review-tasks">
      <Table<Task>
        rowKey="registrationId"
        size="small"
        loading={tasks.isLoading}
        dataSource={tasks.data?.items ?? []}
        scroll={{ x: 760 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: L('暂无评审任务', 'No review task') }}
        columns={[
          { title: L('鉴定计划', 'Plan'), dataIndex: 'planName' },
          {
            title: L('考生', 'Candidate'),
            render: (_: unknown, t: Task) => (
              <>
                {t.candidateName}
                {t.ticketNo ? <div style={{ fontSize: 12, opacity: 0.65 }}>{t.ticketNo}</div> : null}
              </>
            ),
          },
          { title: L('材料', 'Materials'), dataIndex: 'materials', width: 70 },
          {
            title: L('答辩', 'Defence'),
            width: 230,
            render: (_: unknown, t: Task) => defenceText(t.defence, L('尚未安排', 'Not scheduled')),
          },
          {
            title: L('我的评分', 'My score'),
            dataIndex: 'myScore',
            width: 100,
            render: (s: number | null) =>
              s === null ? <Tag>{L('未评分', 'Not scored')}</Tag> : <Tag color="blue">{s}</Tag>,
          },
          {
            title: L('操作', 'Actions'),
            width: 100,
            render: (_: unknown, t: Task) => (
              <Button
                size="small"
                type={t.scoringOpen && t.myScore === null ? 'primary' : 'default'}
                onClick={() => setOpen(t.registrationId)}
                data-testid={`review-task-score-${t.registrationId}`}
              >
                {t.scoringOpen ? L('评分', 'Score') : L('查看', 'View')}
              </Button>
            ),
          },
        ]}
      />
      <ScoreDrawer registrationId={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
