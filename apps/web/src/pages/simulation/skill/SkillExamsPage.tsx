import type { Role } from '@crossskill/contracts';
import { Flex } from 'antd';
import { useMe } from '../../../api/auth';
import { Page } from '../../../components/Page';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { hasAnyRole } from '../../../lib/access';
import { MySkillExams } from './MySkillExams';
import { StaffSkillParts } from './StaffSkillParts';
import { useSkillParts } from './skillApi';
import { useTx } from './skillText';

/** Who works on skill exams rather than (only) taking them. */
const STAFF_ROLES: readonly Role[] = ['examiner', 'platform_admin', 'institution_admin', 'lecturer'];

/**
 * 技能考核, one page for every role: a candidate's own skill exams (start, continue, result); an examiner's or plan
 * staff's skill parts with the candidates' attempts and the links to review them.
 */
export default function SkillExamsPage() {
  const tx = useTx();
  const { data: me } = useMe();
  const staff = me ? hasAnyRole(me, STAFF_ROLES) : false;
  const parts = useSkillParts(staff);
  if (!me) return <PageLoading />;
  const candidate = me.roles.includes('trainee') || !staff;

  return (
    <Page title={tx('pageTitle')} testId="skill-exams-page">
      <Flex vertical gap={16}>
        {candidate ? <MySkillExams /> : null}
        {staff ? (
          parts.isError ? (
            <QueryError error={parts.error} onRetry={() => void parts.refetch()} />
          ) : (
            <StaffSkillParts parts={parts.data?.items ?? []} loading={parts.isLoading} />
          )
        ) : null}
      </Flex>
    </Page>
  );
}
