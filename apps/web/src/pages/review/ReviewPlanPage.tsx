import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Tabs } from 'antd';
import { Link } from 'react-router-dom';
import { Page } from '../../components/Page';
import { PageLoading } from '../../components/PageLoading';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { examTime } from '../exams/plans/planUtil';
import { CommitteeTab } from './review-committee';
import { DefencesTab } from './review-defences';
import { ProgressTab } from './review-progress';
import { SettingsTab } from './review-settings';
import { useReviewPart } from './reviewApi';
import { ReviewStatusTag } from './reviewUtil';

/** Plan staff: one plan's review — settings and publishing, committee, defences, scoring progress. */
export function ReviewPlanPage({ planId }: { planId: string }) {
  const { pick } = useI18n();
  const L = (zh: string, en: string) => pick({ zh, en });
  const part = useReviewPart(planId);
  const back = (
    <Link to="/review">
      <Button icon={<ArrowLeftOutlined />}>{L('返回列表', 'Back')}</Button>
    </Link>
  );
  if (part.isError) {
    return (
      <Page title={L('综合评审', 'Comprehensive review')} extra={back} testId="review-plan-page">
        <QueryError error={part.error} onRetry={() => void part.refetch()} />
      </Page>
    );
  }
  if (!part.data) return <PageLoading />;
  const p = part.data;
  return (
    <Page title={`${L('综合评审', 'Comprehensive review')}：${p.planName}`} extra={back} testId="review-plan-page">
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={L('等级', 'Level')}>{p.levelName}</Descriptions.Item>
        <Descriptions.Item label={L('机构', 'Institution')}>{p.orgName}</Descriptions.Item>
        <Descriptions.Item label={L('状态', 'Status')}>
          <span data-testid="review-status">
            <ReviewStatusTag status={p.status} />
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={L('材料截止', 'Materials deadline')}>
          {examTime(p.materialsDeadline)}
        </Descriptions.Item>
      </Descriptions>
      {p.resultsPublished ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={L(
            '该计划成绩已发布，评审不能再修改',
            'The plan’s results are published; the review can no longer change',
          )}
        />
      ) : null}
      <Tabs
        items={[
          {
            key: 'settings',
            label: <span data-testid="review-tab-settings">{L('设置', 'Settings')}</span>,
            children: <SettingsTab part={p} />,
          },
          {
            key: 'committee',
            label: <span data-testid="review-tab-committee">{L('评审委员会', 'Committee')}</span>,
            children: <CommitteeTab part={p} />,
          },
          {
            key: 'defences',
            label: <span data-testid="review-tab-defences">{L('答辩安排', 'Defences')}</span>,
            children: <DefencesTab part={p} />,
          },
          {
            key: 'progress',
            label: <span data-testid="review-tab-progress">{L('评分进度', 'Scoring progress')}</span>,
            children: <ProgressTab part={p} />,
          },
        ]}
      />
    </Page>
  );
}
