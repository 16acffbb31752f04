import { BarChartOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, Segmented, Table, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useMe } from '../../../api/auth';
import { type ExamPlanSummary, useOrgPlans } from '../../../api/exam-plans';
import { Page } from '../../../components/Page';
import { QueryError } from '../../../components/QueryError';
import { useI18n } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { menuItem } from '../../../menu';
import { levelText, PlanStatusTag } from '../plans/planUtil';
import { OrgPicker, useStaffOrgChoices } from './staffPlans';

const RESULT_ROLES = ['institution_admin', 'lecturer'] as const;
type StatusFilter = 'all' | 'published' | 'finished' | 'draft';

/** 成绩统计: the exam plans of my institutions, each opening its results and statistics. */
export default function ResultsIndexPage() {
  const { t, pick, lang } = useI18n();
  const { data: me } = useMe();
  const choices = useStaffOrgChoices(me, RESULT_ROLES);
  const [params, setParams] = useSearchParams();
  const orgId = params.get('org') ?? undefined;
  const plans = useOrgPlans(orgId);
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const onOrg = useCallback((id: string) => setParams({ org: id }, { replace: true }), [setParams]);

  const rows = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return (plans.data?.items ?? [])
      .filter((p) => status === 'all' || p.status === status)
      .filter((p) => !needle || p.name.toLowerCase().includes(needle))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }, [plans.data, q, status]);

  return (
    <Page
      title={pick(menuItem('examResults').label)}
      testId="results-index-page"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void plans.refetch()} disabled={!orgId}>
          {t('common.refresh')}
        </Button>
      }
    >
      <Card>
        <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
          <OrgPicker choices={choices} orgId={orgId} onChange={onOrg} />
          <Input.Search
            allowClear
            placeholder={t('res.searchPlan')}
            style={{ width: 240 }}
            onSearch={setQ}
            onChange={(e) => setQ(e.target.value)}
          />
          <Segmented<StatusFilter>
            value={status}
            onChange={setStatus}
            options={[
              { value: 'all', label: t('res.status.all') },
              { value: 'published', label: t('res.status.published') },
              { value: 'finished', label: t('res.status.finished') },
              { value: 'draft', label: t('res.status.draft') },
            ]}
          />
        </Flex>
        {choices.length === 0 && me ? <Empty description={t('res.noOrgs')} /> : null}
        {plans.isError ? <QueryError error={plans.error} onRetry={() => void plans.refetch()} /> : null}
        <Table<ExamPlanSummary>
          rowKey="id"
          loading={plans.isFetching && !plans.data}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 900 }}
          locale={{ emptyText: <Empty description={t('res.noPlans')} /> }}
          onRow={(p) => ({ 'data-testid': `results-plan-${p.id}` }) as React.HTMLAttributes<HTMLElement>}
          data-testid="results-plans"
          columns={[
            {
              title: t('res.plan'),
              dataIndex: 'name',
              render: (_: unknown, p) => <Link to={`/exam-results/${p.id}`}>{p.name}</Link>,
            },
            { title: t('res.level'), key: 'level', render: (_: unknown, p) => levelText(p) },
            {
              title: t('res.version'),
              dataIndex: 'standardVersionLabel',
              width: 140,
              render: (v: string) => <Typography.Text type="secondary">{v}</Typography.Text>,
            },
            { title: t('res.passMark'), dataIndex: 'passMark', width: 80, align: 'right' },
            {
              title: t('res.registrations'),
              key: 'regs',
              width: 90,
              align: 'right',
              render: (_: unknown, p) => p.counts.registrations,
            },
            {
              title: t('res.attempts'),
              key: 'attempts',
              width: 90,
              align: 'right',
              render: (_: unknown, p) => p.counts.attempts,
            },
            {
              title: t('res.status'),
              dataIndex: 'status',
              width: 90,
              render: (_: unknown, p) => <PlanStatusTag status={p.status} />,
            },
            {
              title: t('common.createdAt'),
              dataIndex: 'createdAt',
              width: 120,
              render: (v: string) => formatDate(v, lang),
            },
            {
              title: t('common.actions'),
              key: 'open',
              width: 120,
              fixed: 'end',
              render: (_: unknown, p) => (
                <Link to={`/exam-results/${p.id}`} data-testid={`results-open-${p.id}`}>
                  <Button size="small" icon={<BarChartOutlined />}>
                    {t('res.open')}
                  </Button>
                </Link>
              ),
            },
          ]}
        />
      </Card>
    </Page>
  );
}
