import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { type ReviewPlanList, useReviewPlans } from './reviewApi';
import { ReviewStatusTag } from './reviewUtil';

type Row = ReviewPlanList['items'][number];

/** Plan staff: the level-2/1 plans with the review's state; each links to /review/<planId>. */
export function StaffReviewPlans() {
  const { pick } = useI18n();
  const L = (zh: string, en: string) => pick({ zh, en });
  const plans = useReviewPlans(true);
  if (plans.isError) return <QueryError error={plans.error} onRetry={() => void plans.refetch()} />;
  return (
    <Card
      title={L('二级、一级鉴定计划的综合评审', 'Reviews of level-2 and level-1 plans')}
      data-testid="review-staff-plans"
    >
      <Table<Row>
        rowKey="planId"
        size="small"
        loading={plans.isLoading}
        dataSource={plans.data?.items ?? []}
        scroll={{ x: 720 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: L('暂无二级或一级鉴定计划', 'No level-2 or level-1 plan') }}
        columns={[
          {
            title: L('鉴定计划', 'Plan'),
            dataIndex: 'planName',
            render: (_: unknown, r: Row) => (
              <Link to={`/review/${r.planId}`} data-testid={`review-plan-link-${r.planId}`}>
                {r.planName}
              </Link>
            ),
          },
          { title: L('等级', 'Level'), dataIndex: 'levelName', width: 130 },
          { title: L('机构', 'Institution'), dataIndex: 'orgName', width: 160 },
          {
            title: L('综合评审', 'Review'),
            dataIndex: 'reviewStatus',
            width: 110,
            render: (s: Row['reviewStatus']) => <ReviewStatusTag status={s} />,
          },
          { title: L('评审委员', 'Members'), dataIndex: 'members', width: 90 },
          {
            title: L('评分完成', 'Scored'),
            width: 110,
            render: (_: unknown, r: Row) => (
              <Tag color={r.candidates > 0 && r.completed === r.candidates ? 'green' : undefined}>
                {`${r.completed}/${r.candidates}`}
              </Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
