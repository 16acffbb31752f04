import { ArrowLeftOutlined, DownloadOutlined, ExperimentOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Input,
  List,
  Row,
  Select,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
  theme,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useMe } from '../../../api/auth';
import { errorMessage } from '../../../api/client';
import { usePlan, useSessions } from '../../../api/exam-plans';
import {
  exportPlanResults,
  type PlanResultRow,
  type PlanResults,
  type PlanStatistics,
  staffKeys,
  usePlanResults,
  usePlanStatistics,
} from '../../../api/exam-staff';
import EChart, { type EChartOption } from '../../../components/EChart';
import { Page } from '../../../components/Page';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { type TFunction, useI18n } from '../../../i18n';
import { isPlatformAdmin } from '../../../lib/access';
import { WorkloadPanel } from '../marking/WorkloadPanel';
import { examSpan, levelText, PlanStatusTag } from '../plans/planUtil';

const TABS = ['overview', 'table', 'marking', 'analysis'] as const;
type TabKey = (typeof TABS)[number];

/** 78.5 / 80 / — */
function score(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined) return '—';
  return Number.isInteger(v) ? String(v) : v.toFixed(digits).replace(/\.?0+$/, '');
}

function resultStatusText(r: PlanResultRow, t: TFunction): { text: string; color: string } {
  if (r.status === 'ready') return { text: t('res.att.ready'), color: 'default' };
  if (r.status === 'in_progress') return { text: t('res.att.inProgress'), color: 'processing' };
  if (r.status === 'paused') return { text: t('res.att.paused'), color: 'warning' };
  if (r.resultStatus === 'final') return { text: t('res.rs.final'), color: 'success' };
  if (r.resultStatus === 'marking') return { text: t('res.rs.marking'), color: 'processing' };
  return { text: t('res.rs.pending'), color: 'default' };
}

function StatsCards({ stats }: { stats: PlanStatistics }) {
  const { t } = useI18n();
  return (
    <Row gutter={[12, 12]} data-testid="results-stats">
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic
            title={t('res.st.count')}
            value={stats.count}
            suffix={t('res.st.people')}
            data-testid="results-count"
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {stats.notFinal > 0 ? t('res.st.notFinal', { n: stats.notFinal }) : t('res.st.allFinal')}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic title={t('res.st.mean')} value={score(stats.mean)} data-testid="results-mean" />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('res.st.minMax', { min: score(stats.min), max: score(stats.max), sd: score(stats.stdDev, 2) })}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic title={t('res.st.median')} value={score(stats.median)} data-testid="results-median" />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('res.st.passMark', { n: score(stats.passMark) })}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic
            title={t('res.st.passRate')}
            value={stats.passRate === null ? '—' : (stats.passRate * 100).toFixed(1)}
            suffix={stats.passRate === null ? undefined : '%'}
            data-testid="results-pass-rate"
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('res.st.passed', { passed: stats.passed, count: stats.count })}
          </Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}

function DistributionChart({ stats }: { stats: PlanStatistics }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const option = useMemo<EChartOption>(
    () => ({
      grid: { left: 8, right: 24, top: 36, bottom: 28, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const d = (p as unknown as { data: { name: string; value: [number, number] } }).data;
          return `${d.name}<br/>${t('res.ch.people', { n: d.value[1] })}`;
        },
      },
      // a value axis with ticks every 10 points: the bars sit between the ticks, the pass mark line where it falls
      xAxis: {
        type: 'value',
        min: 0,
        max: 100,
        interval: 10,
        name: t('res.ch.score'),
        nameLocation: 'middle',
        nameGap: 28,
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          barWidth: '92%',
          label: {
            show: true,
            position: 'top',
            formatter: (p) => (Number((p.value as number[])[1]) > 0 ? String((p.value as number[])[1]) : ''),
          },
          data: stats.distribution.map((b) => ({
            name: b.label,
            value: [(b.from + Math.min(100, b.to + 1)) / 2, b.count],
            itemStyle: { color: b.from >= stats.passMark ? token.colorPrimary : token.colorTextQuaternary },
          })),
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed', color: token.colorError, width: 2 },
            label: { formatter: t('res.ch.passLine', { n: score(stats.passMark) }), position: 'end' },
            data: [{ xAxis: stats.passMark }],
          },
        },
      ],
    }),
    [stats, t, token],
  );
  return <EChart option={option} height={300} testId="results-distribution" />;
}

function FunctionChart({ stats }: { stats: PlanStatistics }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const rows = stats.byFunction;
  const option = useMemo<EChartOption>(
    () => ({
      grid: { left: 8, right: 48, top: 32, bottom: 28, containLabel: true },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (ps) => {
          const list = ps as unknown as { dataIndex: number }[];
          const r = rows[list[0]?.dataIndex ?? 0];
          if (!r) return '';
          return `${r.item}<br/>${t('res.ch.meanOf', { mean: score(r.meanScored, 2), available: score(r.available, 2) })}${
            r.rate === null ? '' : ` (${(r.rate * 100).toFixed(1)}%)`
          }${r.weight === null ? '' : `<br/>${t('res.ch.weight', { n: r.weight })}`}`;
        },
      },
      xAxis: { type: 'value', name: t('res.ch.points'), nameLocation: 'middle', nameGap: 28 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.item),
        axisLabel: { width: 160, overflow: 'truncate' },
      },
      series: [
        {
          name: t('res.ch.available'),
          type: 'bar',
          barGap: '-100%',
          barWidth: 18,
          z: 1,
          itemStyle: { color: token.colorFillSecondary },
          data: rows.map((r) => r.available),
        },
        {
          name: t('res.ch.mean'),
          type: 'bar',
          barWidth: 18,
          z: 2,
          itemStyle: { color: token.colorPrimary },
          label: {
            show: true,
            position: 'right',
            formatter: (p) => {
              const r = rows[p.dataIndex];
              return r?.rate === null || r?.rate === undefined ? '' : `${(r.rate * 100).toFixed(0)}%`;
            },
          },
          data: rows.map((r) => r.meanScored ?? 0),
        },
      ],
    }),
    [rows, t, token],
  );
  return <EChart option={option} height={Math.max(200, rows.length * 40 + 60)} testId="results-functions" />;
}

type PassFilter = 'all' | 'passed' | 'failed' | 'notFinal';

function ResultsTable({ planId, results }: { planId: string; results: PlanResults }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [session, setSession] = useState<string | undefined>(undefined);
  const [pass, setPass] = useState<PassFilter>('all');
  const [exporting, setExporting] = useState(false);
  const sessions = useMemo(() => [...new Set(results.items.map((r) => r.sessionName))], [results.items]);
  const rows = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return results.items.filter(
      (r) =>
        (!needle || r.name.toLowerCase().includes(needle) || (r.ticketNo ?? '').toLowerCase().includes(needle)) &&
        (!session || r.sessionName === session) &&
        (pass === 'all' ||
          (pass === 'passed' && r.passed === true) ||
          (pass === 'failed' && r.passed === false) ||
          (pass === 'notFinal' && r.resultStatus !== 'final')),
    );
  }, [results.items, q, session, pass]);

  const doExport = () => {
    setExporting(true);
    exportPlanResults(planId, t('res.exportName', { plan: results.planName }))
      .catch((e) => void message.error(errorMessage(e)))
      .finally(() => setExporting(false));
  };

  return (
    <Card
      size="small"
      title={t('res.table')}
      extra={
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={doExport} data-testid="results-export">
          {t('common.exportExcel')}
        </Button>
      }
    >
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('res.search')}
          style={{ width: 240 }}
          onChange={(e) => setQ(e.target.value)}
          onSearch={setQ}
          data-testid="results-search"
        />
        {sessions.length > 1 ? (
          <Select
            allowClear
            placeholder={t('res.allSessions')}
            value={session}
            onChange={setSession}
            style={{ minWidth: 180 }}
            options={sessions.map((s) => ({ value: s, label: s }))}
          />
        ) : null}
        <Select<PassFilter>
          value={pass}
          onChange={setPass}
          style={{ width: 140 }}
          options={[
            { value: 'all', label: t('res.filter.all') },
            { value: 'passed', label: t('res.filter.passed') },
            { value: 'failed', label: t('res.filter.failed') },
            { value: 'notFinal', label: t('res.filter.notFinal') },
          ]}
          data-testid="results-pass-filter"
        />
        <Typography.Text type="secondary">{t('common.total', { total: rows.length })}</Typography.Text>
      </Flex>
      <Table<PlanResultRow>
        size="small"
        rowKey="attemptId"
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: true }}
        scroll={{ x: 1100 }}
        onRow={(r) =>
          ({ 'data-testid': `results-row-${r.ticketNo ?? r.attemptId}` }) as React.HTMLAttributes<HTMLElement>
        }
        data-testid="results-table"
        expandable={{
          rowExpandable: (r) => r.byFunction !== null,
          expandedRowRender: (r) => (
            <Flex wrap gap={8}>
              {results.functions.map((f) => (
                <Tag key={f.item}>
                  {f.item}: {score(r.byFunction?.[f.item] ?? null, 2)} / {score(f.available, 2)}
                </Tag>
              ))}
            </Flex>
          ),
        }}
        columns={[
          { title: t('res.col.ticket'), dataIndex: 'ticketNo', width: 150, render: (v: string | null) => v ?? '—' },
          { title: t('res.col.name'), dataIndex: 'name', width: 110 },
          { title: t('res.col.session'), dataIndex: 'sessionName', width: 130 },
          {
            title: t('res.col.roomSeat'),
            key: 'room',
            width: 130,
            render: (_: unknown, r) => `${r.roomName} / ${r.seatNo ?? '—'}`,
          },
          {
            title: t('res.col.objective'),
            dataIndex: 'objectiveScore',
            width: 90,
            align: 'right',
            render: (v: number | null) => score(v),
          },
          {
            title: t('res.col.subjective'),
            dataIndex: 'subjectiveScore',
            width: 90,
            align: 'right',
            render: (v: number | null) => score(v),
          },
          {
            title: t('res.col.total'),
            dataIndex: 'total',
            width: 90,
            align: 'right',
            sorter: (a, b) => (a.total ?? -1) - (b.total ?? -1),
            render: (v: number | null) => <Typography.Text strong>{score(v)}</Typography.Text>,
          },
          {
            title: t('res.col.passed'),
            dataIndex: 'passed',
            width: 90,
            render: (v: boolean | null) =>
              v === null ? (
                <Typography.Text type="secondary">—</Typography.Text>
              ) : v ? (
                <Tag color="success">{t('res.pass')}</Tag>
              ) : (
                <Tag color="error">{t('res.fail')}</Tag>
              ),
          },
          {
            title: t('res.col.status'),
            key: 'status',
            width: 100,
            render: (_: unknown, r) => {
              const s = resultStatusText(r, t);
              return <Tag color={s.color}>{s.text}</Tag>;
            },
          },
        ]}
      />
    </Card>
  );
}

/** Links to the question bank's item analysis of each session (exam key `session:<id>`, run after the session). */
function AnalysisLinks({ planId }: { planId: string }) {
  const { t } = useI18n();
  const plan = usePlan(planId);
  const sessions = useSessions(planId);
  if (plan.isError) return <QueryError error={plan.error} />;
  const banks = plan.data?.banks ?? [];
  return (
    <Card size="small" title={t('res.analysisTitle')} data-testid="results-analysis">
      <Typography.Paragraph type="secondary">{t('res.analysisHint')}</Typography.Paragraph>
      <List
        loading={sessions.isPending || plan.isPending}
        dataSource={sessions.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('res.noSessions')} /> }}
        renderItem={(s) => (
          <List.Item>
            <List.Item.Meta
              title={s.name}
              description={`${examSpan(s.startsAt, s.durationMinutes)} · ${t('res.attemptsN', { n: s.attempts })}`}
            />
            <Flex gap={8} wrap>
              {banks.map((b) => (
                <Link
                  key={b.id}
                  to={`/question-banks/${b.id}?tab=analysis&exam=${encodeURIComponent(`session:${s.id}`)}`}
                  data-testid={`results-analysis-${s.id}-${b.id}`}
                >
                  <Button size="small" icon={<ExperimentOutlined />}>
                    {t('res.analysisOf', { bank: b.name })}
                  </Button>
                </Link>
              ))}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** 成绩统计 of one plan: statistics, charts, the results table with Excel export, marking progress, item analysis. */
export default function PlanResultsPage({ planId }: { planId: string }) {
  const { t } = useI18n();
  const { data: me } = useMe();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: TabKey = (TABS as readonly string[]).includes(raw ?? '') ? (raw as TabKey) : 'overview';
  const plan = usePlan(planId);
  const stats = usePlanStatistics(planId);
  const results = usePlanResults(planId);

  if (plan.isPending) return <PageLoading />;
  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;
  const p = plan.data;
  const canDistribute =
    me !== null && me !== undefined
      ? isPlatformAdmin(me) || me.memberships.some((m) => m.orgId === p.orgId && m.role === 'institution_admin')
      : false;

  const setTab = (k: string) =>
    setParams(
      (prev) => {
        const n = new URLSearchParams(prev);
        if (k === 'overview') n.delete('tab');
        else n.set('tab', k);
        return n;
      },
      { replace: true },
    );

  return (
    <Page
      title={`${t('res.title')} · ${p.name}`}
      testId="plan-results-page"
      extra={
        <>
          <Link to="/exam-results">
            <Button icon={<ArrowLeftOutlined />}>{t('res.back')}</Button>
          </Link>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void qc.invalidateQueries({ queryKey: staffKeys.all })}
            loading={stats.isFetching || results.isFetching}
          >
            {t('common.refresh')}
          </Button>
        </>
      }
    >
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <PlanStatusTag status={p.status} />
        <Typography.Text type="secondary">
          {p.orgName} · {levelText(p)} · {p.standardVersionLabel} · {t('res.st.passMark', { n: score(p.passMark) })}
        </Typography.Text>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'overview',
            label: <span data-testid="results-tab-overview">{t('res.tab.overview')}</span>,
            children: stats.isError ? (
              <QueryError error={stats.error} onRetry={() => void stats.refetch()} />
            ) : !stats.data ? (
              <Card loading />
            ) : (
              <Flex vertical gap={12}>
                <StatsCards stats={stats.data} />
                {stats.data.count === 0 ? <Alert type="info" showIcon title={t('res.noFinal')} /> : null}
                <Row gutter={[12, 12]}>
                  <Col xs={24} xl={12}>
                    <Card size="small" title={t('res.ch.distribution')}>
                      <DistributionChart stats={stats.data} />
                    </Card>
                  </Col>
                  <Col xs={24} xl={12}>
                    <Card size="small" title={t('res.ch.functions')}>
                      {stats.data.byFunction.length ? (
                        <FunctionChart stats={stats.data} />
                      ) : (
                        <Empty description={t('res.noFinal')} />
                      )}
                    </Card>
                  </Col>
                </Row>
              </Flex>
            ),
          },
          {
            key: 'table',
            label: <span data-testid="results-tab-table">{t('res.tab.table')}</span>,
            children: results.isError ? (
              <QueryError error={results.error} onRetry={() => void results.refetch()} />
            ) : !results.data ? (
              <Card loading />
            ) : (
              <ResultsTable planId={planId} results={results.data} />
            ),
          },
          {
            key: 'marking',
            label: <span data-testid="results-tab-marking">{t('res.tab.marking')}</span>,
            children: tab === 'marking' ? <WorkloadPanel planId={planId} canDistribute={canDistribute} /> : null,
          },
          {
            key: 'analysis',
            label: <span data-testid="results-tab-analysis">{t('res.tab.analysis')}</span>,
            children: tab === 'analysis' ? <AnalysisLinks planId={planId} /> : null,
          },
        ]}
      />
    </Page>
  );
}
