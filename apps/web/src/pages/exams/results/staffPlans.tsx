import type { Me, Role } from '@crossskill/contracts';
import { Flex, Select, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useOrgPlans } from '../../../api/exam-plans';
import { useOrgs } from '../../../api/orgs';
import { useI18n } from '../../../i18n';
import { isPlatformAdmin } from '../../../lib/access';

export interface OrgChoice {
  id: string;
  name: string;
}

/** Institutions where the user holds one of `roles`; every institution for a platform admin. */
export function useStaffOrgChoices(me: Me | null | undefined, roles: readonly Role[]): OrgChoice[] {
  const admin = me ? isPlatformAdmin(me) : false;
  const orgs = useOrgs({ kind: 'institution' }, admin);
  return useMemo(() => {
    const out = new Map<string, OrgChoice>();
    for (const m of me?.memberships ?? []) {
      if (roles.includes(m.role) && m.orgKind === 'institution') out.set(m.orgId, { id: m.orgId, name: m.orgName });
    }
    if (admin) {
      for (const o of orgs.data?.items ?? []) {
        if (o.kind === 'institution' && !out.has(o.id)) out.set(o.id, { id: o.id, name: o.name });
      }
    }
    return [...out.values()];
  }, [me, admin, orgs.data, roles]);
}

/** An institution select (hidden with a single choice); picks the first one when none is chosen. */
export function OrgPicker({
  choices,
  orgId,
  onChange,
}: {
  choices: OrgChoice[];
  orgId: string | undefined;
  onChange: (orgId: string) => void;
}) {
  const { t } = useI18n();
  const first = choices[0]?.id;
  useEffect(() => {
    if (!orgId && first) onChange(first);
  }, [orgId, first, onChange]);
  if (choices.length <= 1) return null;
  return (
    <Flex gap={8} align="center">
      <Typography.Text>{t('res.org')}</Typography.Text>
      <Select
        value={orgId}
        onChange={onChange}
        style={{ minWidth: 220 }}
        showSearch={{ optionFilterProp: 'label' }}
        options={choices.map((c) => ({ value: c.id, label: c.name }))}
        data-testid="staff-org-picker"
      />
    </Flex>
  );
}

/** A plan select over the plans of one institution. */
export function PlanPicker({
  orgId,
  planId,
  onChange,
}: {
  orgId: string | undefined;
  planId: string | undefined;
  onChange: (planId: string) => void;
}) {
  const { t } = useI18n();
  const plans = useOrgPlans(orgId);
  // nothing chosen: the newest plan
  const newest = useMemo(
    () => [...(plans.data?.items ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]?.id,
    [plans.data],
  );
  useEffect(() => {
    if (!planId && newest && !plans.isPlaceholderData) onChange(newest);
  }, [planId, newest, plans.isPlaceholderData, onChange]);
  return (
    <Flex gap={8} align="center">
      <Typography.Text>{t('res.plan')}</Typography.Text>
      <Select
        value={planId}
        onChange={onChange}
        loading={plans.isFetching}
        placeholder={t('res.pickPlan')}
        style={{ minWidth: 320 }}
        showSearch={{ optionFilterProp: 'label' }}
        options={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
        notFoundContent={t('res.noPlans')}
        data-testid="staff-plan-picker"
      />
    </Flex>
  );
}
