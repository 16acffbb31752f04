import { ArrowLeftOutlined, DownloadOutlined, ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  InputNumber,
  Modal,
  Row,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
  theme,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import EChart, { type EChartOption } from '../../components/EChart';
import { Page } from '../../components/Page';
import { PageLoading } from '../../components/PageLoading';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { tid } from '../../lib/testid';
import {
  exportFinalResults,
  type FinalResults,
  type FinalRow,
  publishResults,
  type ResultPlanList,
  resultKeys,
  useFinalResults,
  useResultPlans,
} from './results-api';
import { ResultsAppealsTab } from './results-appeals-tab';
import { ComponentTag, OverallTag } from './results-tags';
import { useRTx } from './results-text';

/** 成绩发布: without a plan the list of plans with their publication status; with one its results and appeals. */
export default function FinalResultsPage({ planId }: { planId?: string }) {
  return planId ? <PlanFinalResults planId={planId} /> : <ResultPlans />;
}

type PlanItem = ResultPlanList['items'][number];

function ResultPlans() {
  const tx = useRTx();
  const { lang } = useI18n();
  const plans = useResultPlans();
  return (
    <Page
      title={tx('finalResults')}
      testId="final-results-index"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void plans.refetch()}>
          {tx('refresh')}
        </Button>
      }
    >
      <Card>
        {plans.isError ? <QueryError error={plans.error} onRetry={() => void plans.refetch()} /> : null}
        <Table<PlanItem>
          rowKey="planId"
          loading={plans.isLoading}
          dataSource={plans.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 900 }}
          locale={{ emptyText: <Empty description={tx('noPlans')} /> }}
          data-testid="final-results-plans"
          onRow={(p) => ({ 'data-testid': `final-results-plan-${p.planId}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: tx('plan'),
              dataIndex: 'planName',
              render: (_: unknown, p) => <Link to={`/final-results/${p.planId}`}>{p.planName}</Link>,
            },
            { title: tx('org'), dataIndex: 'orgName', width: 160, responsive: ['md'] },
            {
              title: tx('level'),
              key: 'level',
              width: 170,
              render: (_: unknown, p) => `${p.levelName}${p.workType ? ` · ${p.workType}` : ''}`,
            },
            { title: tx('candidates'), dataIndex: 'candidates', width: 80, align: 'right' },
            {
              title: tx('publication'),
              key: 'pub',
              width: 170,
              render: (_: unknown, p) =>
                p.publishedAt ? (
                  <Tag color="success">
                    {tx('published')} {formatDateTime(p.publishedAt, lang)}
                  </Tag>
                ) : (
                  <Tag>{tx('notPublished')}</Tag>
                ),
            },
            {
              title: tx('passedCount'),
              dataIndex: 'passed',
              width: 90,
              align: 'right',
              render: (v: number | null) => v ?? '—',
            },
            {
              title: tx('openAppeals'),
              dataIndex: 'openAppeals',
              width: 100,
              align: 'right',
              render: (v: number) => (v > 0 ? <Tag color="gold">{v}</Tag> : 0),
            },
            {
              title: '',
              key: 'open',
              width: 90,
              fixed: 'end',
              render: (_: unknown, p) => (
                <Link to={`/final-results/${p.planId}`} data-testid={`final-results-open-${p.planId}`}>
                  <Button size="small">{tx('open')}</Button>
                </Link>
              ),
            },
          ]}
        />
      </Card>
    </Page>
  );
}

function SummaryCards({ data }: { data: FinalResults }) {
  const tx = useRTx();
  const s = data.summary;
  return (
    <Row gutter={[12, 12]} data-testid="final-results-summary">
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic title={tx('statCandidates')} value={s.candidates} data-testid="final-results-count" />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic title={tx('statPassed')} value={s.passed} data-testid="final-results-passed" />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic
            title={tx('statRate')}
            value={(s.passRate * 100).toFixed(1)}
            suffix="%"
            data-testid="final-results-pass-rate"
          />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic title={tx('statNotReady')} value={s.notReady} data-testid="final-results-not-ready" />
        </Card>
      </Col>
    </Row>
  );
}

function ComponentChart({ data }: { data: FinalResults }) {
  const tx = useRTx();
  const { token } = theme.useToken();
  const option = useMemo<EChartOption>(() => {
    const per = data.summary.perComponent;
    const names = [...per.map((p) => tx(p.component)), tx('overall')];
    const overallFailed = data.summary.candidates - data.summary.passed;
    const series = (
      [
        ['pass', token.colorSuccess, per.map((p) => p.passed), data.summary.passed],
        ['fail', token.colorError, per.map((p) => p.failed), overallFailed],
        ['absent', token.colorTextQuaternary, per.map((p) => p.absent), 0],
        ['marking', token.colorPrimary, per.map((p) => p.marking), 0],
      ] as const
    ).map(([key, color, values, overall]) => ({
      type: 'bar' as const,
      name: tx(key),
      stack: 'n',
      itemStyle: { color },
      barMaxWidth: 48,
      data: [...values, overall],
    }));
    return {
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'category', data: names },
      yAxis: { type: 'value', minInterval: 1 },
      series,
    };
  }, [data, tx, token]);
  return (
    <Card size="small" title={tx('chartTitle')}>
      <EChart option={option} height={260} testId="final-results-chart" />
    </Card>
  );
}

function PublishDialog({ data, open, onClose }: { data: FinalResults; open: boolean; onClose: () => void }) {
  const tx = useRTx();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [days, setDays] = useState<number>(7);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const res = await publishResults(data.plan.id, days);
      qc.setQueryData(resultKeys.plan(data.plan.id), res);
      void qc.invalidateQueries({ queryKey: resultKeys.plans });
      message.success(tx('publishedOk'));
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={tx('publishTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={tx('publish')}
      confirmLoading={busy}
      okButtonProps={{ ...tid('final-results-publish-confirm'), disabled: data.summary.notReady > 0 }}
      destroyOnHidden
    >
      <Flex vertical gap={12} data-testid="final-results-publish-dialog">
        <Typography.Paragraph style={{ margin: 0 }}>{tx('publishIntro')}</Typography.Paragraph>
        {data.summary.notReady > 0 ? (
          <Alert type="warning" showIcon title={tx('publishBlocked', { n: data.summary.notReady })} />
        ) : null}
        <Flex align="center" gap={8}>
          <span>{tx('appealDays')}</span>
          <InputNumber
            min={1}
            max={30}
            precision={0}
            value={days}
            onChange={(v) => setDays(v ?? 7)}
            data-testid="final-results-appeal-days"
          />
        </Flex>
        {error ? <Alert type="error" showIcon title={error} data-testid="final-results-publish-error" /> : null}
      </Flex>
    </Modal>
  );
}

function PlanFinalResults({ planId }: { planId: string }) {
  const tx = useRTx();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const results = useFinalResults(planId);
  const [publishing, setPublishing] = useState(false);
  const [tab, setTab] = useState('results');
  if (results.isLoading) return <PageLoading />;
  if (results.isError || !results.data)
    return <QueryError error={results.error} onRetry={() => void results.refetch()} />;
  const data = results.data;
  const pub = data.publication;

  const columns = [
    { title: tx('ticketNo'), dataIndex: 'ticketNo', width: 150, render: (v: string | null) => v ?? '—' },
    { title: tx('name'), dataIndex: 'candidateName', width: 110 },
    ...data.plan.components.map((c) => ({
      title: tx(c),
      key: c,
      width: 120,
      render: (_: unknown, r: FinalRow) => (
        <ComponentTag
          c={r.components.find((x) => x.component === c)!}
          testId={`final-results-${c}-${r.registrationId}`}
        />
      ),
    })),
    {
      title: tx('overall'),
      key: 'overall',
      width: 90,
      render: (_: unknown, r: FinalRow) => (
        <OverallTag passed={r.passed} ready={r.ready} testId={`final-results-overall-${r.registrationId}`} />
      ),
    },
    {
      title: tx('openAppeals'),
      dataIndex: 'openAppeals',
      width: 100,
      render: (v: number) => (v > 0 ? <Tag color="gold">{v}</Tag> : null),
    },
    {
      title: '',
      key: 'report',
      width: 130,
      render: (_: unknown, r: FinalRow) => (
        <Link
          to={`/final-results/${planId}/report/${r.registrationId}`}
          data-testid={`final-results-report-${r.registrationId}`}
        >
          {tx('report')}
        </Link>
      ),
    },
  ];

  return (
    <Page
      title={`${tx('finalResults')}：${data.plan.name}`}
      testId="final-results-page"
      extra={
        <>
          <Link to="/final-results">
            <Button icon={<ArrowLeftOutlined />}>{tx('back')}</Button>
          </Link>
          <Button icon={<ReloadOutlined />} onClick={() => void results.refetch()}>
            {tx('refresh')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            data-testid="final-results-export"
            onClick={() =>
              void exportFinalResults(planId, data.plan.name).catch((e: unknown) => message.error(errorMessage(e)))
            }
          >
            {tx('exportXlsx')}
          </Button>
          {data.canAdminister && !pub ? (
            <Button
              type="primary"
              icon={<SendOutlined />}
              data-testid="final-results-publish"
              onClick={() => setPublishing(true)}
            >
              {tx('publish')}
            </Button>
          ) : null}
        </>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          {data.plan.orgName} · {data.plan.levelName}
          {data.plan.workType ? ` · ${data.plan.workType}` : ''} · {tx('passMark', { n: data.plan.passMark })}
        </Typography.Text>
        {pub ? (
          <Alert
            type="success"
            showIcon
            data-testid="final-results-published"
            title={tx('publishedAt', {
              at: formatDateTime(pub.publishedAt, lang),
              by: pub.publishedByName ?? '—',
              until: formatDateTime(pub.appealUntil, lang),
            })}
          />
        ) : (
          <Alert type="info" showIcon title={tx('preview')} data-testid="final-results-preview" />
        )}
        <SummaryCards data={data} />
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'results',
              label: tx('tabResults'),
              children: (
                <Flex vertical gap={12}>
                  <ComponentChart data={data} />
                  <Table<FinalRow>
                    rowKey="registrationId"
                    dataSource={data.items}
                    columns={columns}
                    size="middle"
                    pagination={{ pageSize: 50, hideOnSinglePage: true }}
                    scroll={{ x: 800 }}
                    data-testid="final-results-table"
                    onRow={(r) =>
                      ({ 'data-testid': `final-results-row-${r.registrationId}` }) as React.HTMLAttributes<HTMLElement>
                    }
                  />
                </Flex>
              ),
            },
            {
              key: 'appeals',
              label: <span data-testid="final-results-appeals-tab">{tx('tabAppeals')}</span>,
              children: (
                <ResultsAppealsTab planId={planId} canAssign={data.canAdminister} enabled={tab === 'appeals'} />
              ),
            },
          ]}
        />
      </Flex>
      {publishing ? <PublishDialog data={data} open={publishing} onClose={() => setPublishing(false)} /> : null}
    </Page>
  );
}
