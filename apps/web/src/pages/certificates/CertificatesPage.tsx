import { KeyOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Select, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useMe } from '../../api/auth';
import { type ExamPlanSummary, useOrgPlans } from '../../api/exam-plans';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n';
import { isPlatformAdmin } from '../../lib/access';
import { menuItem } from '../../menu';
import { OrgPicker, useStaffOrgChoices } from '../exams/results/staffPlans';
import { useCx } from './certText';
import { IssuePanel } from './IssuePanel';
import { RegistryPanel } from './RegistryPanel';

const CERT_ROLES = ['institution_admin'] as const;
const TABS = ['issue', 'registry'] as const;
type TabKey = (typeof TABS)[number];

/** A plan select (full width on a phone); nothing chosen: the newest finished plan, else the newest. */
function PlanSelect({
  plans,
  loading,
  planId,
  onChange,
}: {
  plans: ExamPlanSummary[] | undefined;
  loading: boolean;
  planId: string | undefined;
  onChange: (planId: string) => void;
}) {
  const cx = useCx();
  const sorted = useMemo(() => [...(plans ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt)), [plans]);
  const first = (sorted.find((p) => p.status === 'finished') ?? sorted[0])?.id;
  useEffect(() => {
    if (!planId && first) onChange(first);
  }, [planId, first, onChange]);
  return (
    <Flex gap={8} align="center" style={{ flex: '1 1 300px', minWidth: 0, maxWidth: 560 }}>
      <Typography.Text style={{ whiteSpace: 'nowrap' }}>{cx('plan')}</Typography.Text>
      <Select
        value={planId}
        onChange={onChange}
        loading={loading}
        placeholder={cx('pickPlanFirst')}
        style={{ flex: 1, minWidth: 0 }}
        showSearch={{ optionFilterProp: 'label' }}
        options={sorted.map((p) => ({ value: p.id, label: p.name }))}
        data-testid="cert-plan-picker"
      />
    </Flex>
  );
}

/** 证书管理: choose an institution and plan; issue certificates to its candidates; the certificate registry. */
export default function CertificatesPage() {
  const cx = useCx();
  const { pick } = useI18n();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const choices = useStaffOrgChoices(me, CERT_ROLES);
  const [params, setParams] = useSearchParams();
  const orgId = params.get('org') ?? undefined;
  const planId = params.get('plan') ?? undefined;
  const tabParam = params.get('tab');
  const tab: TabKey = TABS.find((k) => k === tabParam) ?? 'issue';
  const plans = useOrgPlans(orgId);

  const set = useCallback(
    (next: Record<string, string | undefined>) =>
      setParams(
        (prev) => {
          const p = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(next)) {
            if (v) p.set(k, v);
            else p.delete(k);
          }
          return p;
        },
        { replace: true },
      ),
    [setParams],
  );
  // the first automatic choice of an institution keeps a plan given in the URL
  const onOrg = useCallback(
    (id: string) => set(orgId && orgId !== id ? { org: id, plan: undefined } : { org: id }),
    [set, orgId],
  );
  const onPlan = useCallback((id: string) => set({ plan: id }), [set]);

  return (
    <Page
      title={pick(menuItem('certificates').label)}
      testId="certificates-page"
      extra={
        me && isPlatformAdmin(me) ? (
          <Button
            icon={<KeyOutlined />}
            onClick={() => navigate('/certificates/settings')}
            data-testid="cert-settings-link"
          >
            {cx('settingsLink')}
          </Button>
        ) : null
      }
    >
      <Card>
        <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
          <OrgPicker choices={choices} orgId={orgId} onChange={onOrg} />
          <PlanSelect
            plans={plans.isPlaceholderData ? undefined : plans.data?.items}
            loading={plans.isFetching}
            planId={planId}
            onChange={onPlan}
          />
        </Flex>
        <Tabs
          activeKey={tab}
          onChange={(k) => set({ tab: k === 'issue' ? undefined : k })}
          items={[
            {
              key: 'issue',
              label: <span data-testid="cert-tab-issue">{cx('issueTab')}</span>,
              children: planId ? (
                <IssuePanel key={planId} planId={planId} />
              ) : (
                <Empty description={cx('pickPlanFirst')} />
              ),
            },
            {
              key: 'registry',
              label: <span data-testid="cert-tab-registry">{cx('registryTab')}</span>,
              children: <RegistryPanel key={planId ?? ''} planId={planId} plans={plans.data?.items ?? []} />,
            },
          ]}
        />
      </Card>
    </Page>
  );
}
