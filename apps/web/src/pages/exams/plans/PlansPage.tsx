import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { Me } from '@crossskill/contracts';
import { Button, Card, Empty, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useMe } from '../../../api/auth';
import { type ExamPlanSummary, useOrgPlans } from '../../../api/exam-plans';
import { useOrgs } from '../../../api/orgs';
import { Page } from '../../../components/Page';
import { QueryError } from '../../../components/QueryError';
import { useI18n } from '../../../i18n';
import { isPlatformAdmin } from '../../../lib/access';
import { formatDateTime } from '../../../lib/format';
import { menuItem } from '../../../menu';
import { PlanFormModal } from './PlanFormModal';
import { levelText, PlanStatusTag } from './planUtil';

const PLAN_ROLES = ['institution_admin', 'lecturer'];

interface OrgChoice {
  id: string;
  name: string;
}

/** Institutions whose plans the user works on; every institution for a platform admin. */
function useOrgChoices(me: Me | null | undefined): OrgChoice[] {
  const admin = me ? isPlatformAdmin(me) : false;
  const orgs = useOrgs({ kind: 'institution' }, admin);
  return useMemo(() => {
    const out = new Map<string, OrgChoice>();
    for (const m of me?.memberships ?? []) {
      if (PLAN_ROLES.includes(m.role) && m.orgKind === 'institution')
        out.set(m.orgId, { id: m.orgId, name: m.orgName });
    }
    if (admin) {
      for (const o of orgs.data?.items ?? []) {
        if (o.kind === 'institution' && !out.has(o.id)) out.set(o.id, { id: o.id, name: o.name });
      }
    }
    return [...out.values()];
  }, [me, admin, orgs.data]);
}

/** 鉴定计划: the plans of one of the user's institutions (the platform admin picks the institution). */
export default function PlansPage() {
  const { t, pick, lang } = useI18n();
  const { data: me } = useMe();
  const choices = useOrgChoices(me);
  const [params, setParams] = useSearchParams();
  const orgId = params.get('org') ?? choices[0]?.id;
  const plans = useOrgPlans(orgId);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    if (!params.get('org') && choices[0]) setParams({ org: choices[0].id }, { replace: true });
  }, [params, choices, setParams]);

  return (
    <Page
      title={pick(menuItem('examPlans').label)}
      testId="plans-page"
      extra={
        <>
          <Button icon={<ReloadOutlined />} onClick={() => void plans.refetch()} disabled={!orgId}>
            {t('common.refresh')}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={!orgId}
            onClick={() => setCreating(true)}
            data-testid="plan-create"
          >
            {t('ep.create')}
          </Button>
        </>
      }
    >
      <Card>
        <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
          <Typography.Text>{t('ep.org')}</Typography.Text>
          <Select
            style={{ minWidth: 280 }}
            value={orgId}
            placeholder={t('ep.pickOrg')}
            showSearch={{ optionFilterProp: 'label' }}
            options={choices.map((c) => ({ value: c.id, label: c.name }))}
            onChange={(v: string) => setParams({ org: v })}
            data-testid="plans-org"
          />
          <Typography.Text type="secondary">{t('ep.intro')}</Typography.Text>
        </Flex>
        {!orgId ? (
          <Empty description={t('ep.noOrg')} />
        ) : plans.isError ? (
          <QueryError error={plans.error} onRetry={() => void plans.refetch()} />
        ) : (
          <Table<ExamPlanSummary>
            rowKey="id"
            loading={plans.isFetching}
            dataSource={plans.data?.items ?? []}
            pagination={false}
            scroll={{ x: 1300 }}
            data-testid="plans-table"
            onRow={(r) => ({ 'data-testid': `plan-row-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              {
                title: t('ep.name'),
                dataIndex: 'name',
                width: 280,
                render: (v: string, r) => (
                  <Link to={`/exam-plans/${r.id}`} data-testid={`plan-open-${r.name}`}>
                    {v}
                  </Link>
                ),
              },
              { title: t('ep.levelWorkType'), key: 'level', width: 220, render: (_: unknown, r) => levelText(r) },
              { title: t('ep.version'), dataIndex: 'standardVersionLabel', width: 110 },
              {
                title: t('ep.statusCol'),
                dataIndex: 'status',
                width: 110,
                render: (_: unknown, r) => (
                  <Space size={4}>
                    <PlanStatusTag status={r.status} />
                    {r.frozen ? <Tag>{t('ep.frozenTag')}</Tag> : null}
                  </Space>
                ),
              },
              {
                title: t('ep.sessions'),
                key: 'sessions',
                width: 80,
                align: 'right',
                render: (_: unknown, r) => r.counts.sessions,
              },
              {
                title: t('ep.registrations'),
                key: 'registrations',
                width: 150,
                align: 'right',
                render: (_: unknown, r) => (
                  <span data-testid="plan-row-registrations">
                    {t('ep.regCounts', { total: r.counts.registrations, approved: r.counts.approved })}
                  </span>
                ),
              },
              {
                title: t('ep.placed'),
                key: 'placed',
                width: 90,
                align: 'right',
                render: (_: unknown, r) => r.counts.placed,
              },
              {
                title: t('ep.attempts'),
                key: 'attempts',
                width: 90,
                align: 'right',
                render: (_: unknown, r) => r.counts.attempts,
              },
              {
                title: t('common.createdAt'),
                dataIndex: 'createdAt',
                width: 170,
                render: (v: string) => formatDateTime(v, lang),
              },
            ]}
          />
        )}
      </Card>
      {creating && orgId ? <PlanFormModal orgId={orgId} onClose={() => setCreating(false)} /> : null}
    </Page>
  );
}
