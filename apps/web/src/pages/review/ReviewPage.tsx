import type { Role } from '@crossskill/contracts';
import { Flex } from 'antd';
import { useMe } from '../../api/auth';
import { Page } from '../../components/Page';
import { PageLoading } from '../../components/PageLoading';
import { useI18n } from '../../i18n';
import { hasAnyRole } from '../../lib/access';
import { MyReviewsCard } from './MyReviewsCard';
import { ReviewPlanPage } from './ReviewPlanPage';
import { ReviewTasksCard } from './ReviewTasksCard';
import { StaffReviewPlans } from './StaffReviewPlans';

const STAFF_ROLES: readonly Role[] = ['institution_admin', 'lecturer', 'platform_admin'];

/**
 * 综合评审 (levels 2 and 1). Without a plan: plan staff see the level-2/1 plans with the review's state, committee
 * members their scoring tasks, candidates their reviews (materials upload, defence time). With a plan (staff):
 * settings, committee, defences and scoring progress.
 */
export default function ReviewPage({ planId }: { planId?: string }) {
  const { pick } = useI18n();
  const { data: me } = useMe();
  if (planId) return <ReviewPlanPage planId={planId} />;
  if (!me) return <PageLoading />;
  const staff = hasAnyRole(me, STAFF_ROLES);
  const member = me.roles.includes('review_member');
  const candidate = me.roles.includes('trainee') || (!staff && !member);
  return (
    <Page title={pick({ zh: '综合评审', en: 'Comprehensive review' })} testId="review-page">
      <Flex vertical gap={16}>
        {staff ? <StaffReviewPlans /> : null}
        {member ? <ReviewTasksCard /> : null}
        {candidate ? <MyReviewsCard /> : null}
      </Flex>
    </Page>
  );
}
