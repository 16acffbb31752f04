import {
  ArrowLeftOutlined,
  BarChartOutlined,
  CheckOutlined,
  DeleteOutlined,
  ProfileOutlined,
  SendOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Flex, Popconfirm, Tabs, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useMe } from '../../../api/auth';
import { errorMessage } from '../../../api/client';
import { deletePlan, finishPlan, planKeys, publishPlan, usePlan } from '../../../api/exam-plans';
import { Page } from '../../../components/Page';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { useI18n } from '../../../i18n';
import { settle } from '../../../lib/testid';
import { menuItem } from '../../../menu';
import MarkersTab from './MarkersTab';
import { PlanFormModal } from './PlanFormModal';
import { isOrgAdmin, levelText, PlanStatusTag } from './planUtil';
import RegistrationsTab from './RegistrationsTab';
import SessionsTab from './SessionsTab';

// The blueprint tab carries the chart (and echarts with it): loaded when opened.
const BlueprintTab = lazy(() => import('./BlueprintTab'));

const TABS = ['blueprint', 'sessions', 'markers', 'registrations'] as const;
type TabKey = (typeof TABS)[number];

/** One exam plan: blueprint, sessions and rooms, markers, registrations; publish and finish. */
export default function PlanDetailPage({ planId }: { planId: string }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { data: me } = useMe();
  const plan = usePlan(planId);
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: TabKey = (TABS as readonly string[]).includes(raw ?? '') ? (raw as TabKey) : 'blueprint';
  const [editing, setEditing] = useState(false);

  const publish = useMutation({
    mutationFn: () => publishPlan(planId),
    onSuccess: () => {
      void message.success(t('ep.published'));
      void qc.invalidateQueries({ queryKey: planKeys.all });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => deletePlan(planId),
    onSuccess: () => {
      void message.success(t('ep.deleted'));
      void qc.invalidateQueries({ queryKey: planKeys.all });
      navigate('/exam-plans');
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const finish = useMutation({
    mutationFn: () => finishPlan(planId),
    onSuccess: () => {
      void message.success(t('ep.finished'));
      void qc.invalidateQueries({ queryKey: planKeys.all });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;
  if (!plan.data) return <PageLoading />;
  const p = plan.data;
  const admin = isOrgAdmin(me, p.orgId);

  return (
    <Page
      title={p.name}
      testId="plan-detail-page"
      extra={
        <>
          <Link to={`/exam-plans?org=${p.orgId}`}>
            <Button icon={<ArrowLeftOutlined />}>{t('ep.back')}</Button>
          </Link>
          <Button icon={<SettingOutlined />} onClick={() => setEditing(true)} data-testid="plan-settings">
            {t('ep.settings')}
          </Button>
          <Link to={`/exam-results/${p.id}`} data-testid="plan-results-link">
            <Button icon={<BarChartOutlined />}>{t('ep.results')}</Button>
          </Link>
          <Link to={`/exam-plans/${p.id}/skill`} data-testid="plan-skill-link">
            <Button icon={<ProfileOutlined />}>{pick(menuItem('skillExam').label)}</Button>
          </Link>
          {admin && p.status === 'draft' && p.counts.sessions === 0 && p.counts.registrations === 0 ? (
            <Popconfirm
              title={t('ep.deleteConfirm', { name: p.name })}
              onConfirm={() => settle(remove.mutateAsync())}
              okButtonProps={{ danger: true }}
            >
              <Button danger icon={<DeleteOutlined />} loading={remove.isPending} data-testid="plan-delete">
                {t('ep.delete')}
              </Button>
            </Popconfirm>
          ) : null}
          {admin && p.status === 'draft' ? (
            <Popconfirm
              title={t('ep.publishConfirm')}
              description={t('ep.publishConfirmText')}
              onConfirm={() => settle(publish.mutateAsync())}
            >
              <Button type="primary" icon={<SendOutlined />} loading={publish.isPending} data-testid="plan-publish">
                {t('ep.publish')}
              </Button>
            </Popconfirm>
          ) : null}
          {admin && p.status === 'published' ? (
            <Popconfirm
              title={t('ep.finishConfirm')}
              description={t('ep.finishConfirmText')}
              onConfirm={() => settle(finish.mutateAsync())}
              okButtonProps={{ danger: true }}
            >
              <Button icon={<CheckOutlined />} loading={finish.isPending} data-testid="plan-finish">
                {t('ep.finish')}
              </Button>
            </Popconfirm>
          ) : null}
        </>
      }
    >
      <Flex vertical gap={4} style={{ marginTop: -8, marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3, xxl: 4 }} data-testid="plan-summary">
          <Descriptions.Item label={t('ep.statusCol')}>
            <PlanStatusTag status={p.status} />
            {p.frozen ? <Tag data-testid="plan-frozen">{t('ep.frozenTag')}</Tag> : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('ep.levelWorkType')}>{levelText(p)}</Descriptions.Item>
          <Descriptions.Item label={t('ep.version')}>{p.standardVersionLabel}</Descriptions.Item>
          <Descriptions.Item label={t('ep.passMark')}>{p.passMark}</Descriptions.Item>
          <Descriptions.Item label={t('ep.org')}>{p.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('ep.paperMode')}>
            {p.paperMode === 'fixed' ? t('ep.paperFixed') : t('ep.paperPerCandidate')}
          </Descriptions.Item>
          <Descriptions.Item label={t('ep.multipleScoring')}>
            {p.multipleScoring === 'partial' ? t('ep.scoringPartial') : t('ep.scoringAll')}
          </Descriptions.Item>
          <Descriptions.Item label={t('ep.registrations')}>
            <span data-testid="plan-counts">
              {t('ep.countsLine', {
                total: p.counts.registrations,
                approved: p.counts.approved,
                placed: p.counts.placed,
                attempts: p.counts.attempts,
              })}
            </span>
          </Descriptions.Item>
        </Descriptions>
        {p.status === 'draft' ? <Typography.Text type="secondary">{t('ep.draftHint')}</Typography.Text> : null}
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        destroyOnHidden
        items={[
          {
            key: 'blueprint',
            label: <span data-testid="plan-tab-blueprint">{t('ep.tab.blueprint')}</span>,
            children: (
              <Suspense fallback={<PageLoading />}>
                <BlueprintTab plan={p} canEdit={p.status !== 'finished'} />
              </Suspense>
            ),
          },
          {
            key: 'sessions',
            label: <span data-testid="plan-tab-sessions">{t('ep.tab.sessions')}</span>,
            children: <SessionsTab plan={p} isAdmin={admin} />,
          },
          {
            key: 'markers',
            label: <span data-testid="plan-tab-markers">{t('ep.tab.markers')}</span>,
            children: <MarkersTab key={p.markers.map((m) => m.userId).join()} plan={p} isAdmin={admin} />,
          },
          {
            key: 'registrations',
            label: <span data-testid="plan-tab-registrations">{t('ep.tab.registrations')}</span>,
            children: <RegistrationsTab plan={p} isAdmin={admin} />,
          },
        ]}
      />
      {editing ? <PlanFormModal orgId={p.orgId} plan={p} onClose={() => setEditing(false)} /> : null}
    </Page>
  );
}
