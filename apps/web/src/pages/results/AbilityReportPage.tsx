import { ArrowLeftOutlined, DownloadOutlined, PlayCircleOutlined } from '@ant-design/icons';
import type { AbilityFunction, AbilityReport, AbilitySkillRow, AbilityTheoryRow } from '@crossskill/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  List,
  Result,
  Row,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type HTMLAttributes, type ReactNode, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { api, download, errorMessage, isApiError } from '../../api/client';
import { Page } from '../../components/Page';
import { PageLoading } from '../../components/PageLoading';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { createSimRun, simKeys } from '../simulation/console/simApi';
import { ReportRadar } from './report-radar';
import { type ReportTextKey, useReportText } from './report-text';

const reportPath = (registrationId: string) => `/api/final-results/${encodeURIComponent(registrationId)}/report`;

function useAbilityReport(registrationId: string) {
  return useQuery({
    queryKey: ['ability-report', registrationId],
    queryFn: () => api<AbilityReport>(reportPath(registrationId)),
    enabled: Boolean(registrationId),
    retry: (count, e) => !isApiError(e) && count < 2,
  });
}

const fmt = (n: number | null | undefined) => (n === null || n === undefined ? '—' : String(Math.round(n * 100) / 100));
const pct = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `${n}%`);

const BAND_COLOR: Record<AbilityFunction['band'], string> = {
  strength: 'green',
  adequate: 'blue',
  weak: 'red',
  none: 'default',
};

function ComponentValue({ c }: { c: AbilityReport['theory'] }) {
  const rt = useReportText();
  if (c.status === 'none') return <Tag>{rt('absent')}</Tag>;
  if (c.status === 'pending' || c.score === null) return <Tag color="gold">{rt('pending')}</Tag>;
  return (
    <Space size={4}>
      <Typography.Text strong>{fmt(c.score)}</Typography.Text>
      <Tag color={c.passed ? 'green' : 'red'}>{c.passed ? rt('pass') : rt('fail')}</Tag>
    </Space>
  );
}

function Header({ r }: { r: AbilityReport }) {
  const rt = useReportText();
  const review: AbilityReport['theory'] = r.review.required
    ? { status: r.review.score === null ? 'pending' : 'final', score: r.review.score, passed: r.review.passed }
    : { status: 'final', score: null, passed: null };
  return (
    <Card data-testid="report-header">
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
        <Descriptions.Item label={rt('candidate')}>
          <span data-testid="report-candidate">{r.candidateName}</span>
        </Descriptions.Item>
        <Descriptions.Item label={rt('ticketNo')}>{r.ticketNo ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={rt('plan')}>{r.planName}</Descriptions.Item>
        <Descriptions.Item label={rt('occupation')}>
          {r.occupation.name}（{r.occupation.code}）
        </Descriptions.Item>
        <Descriptions.Item label={rt('level')}>{r.levelName}</Descriptions.Item>
        <Descriptions.Item label={rt('workType')}>{r.workType ?? rt('noWorkType')}</Descriptions.Item>
        <Descriptions.Item label={rt('standard')}>
          {r.standardVersion.title}（{r.standardVersion.label}）
        </Descriptions.Item>
        <Descriptions.Item label={rt('org')}>{r.orgName}</Descriptions.Item>
        <Descriptions.Item label={rt('published')}>
          {r.publishedAt ? new Date(r.publishedAt).toLocaleString('zh-CN', { hour12: false }) : rt('notPublished')}
        </Descriptions.Item>
        <Descriptions.Item label={rt('theory')}>
          <span data-testid="report-theory">
            <ComponentValue c={r.theory} />
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={rt('skill')}>
          <span data-testid="report-skill">
            <ComponentValue c={r.skill} />
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={rt('review')}>
          {r.review.required ? <ComponentValue c={review} /> : rt('notApplicable')}
        </Descriptions.Item>
        {r.passed !== null ? (
          <Descriptions.Item label={rt('overall')}>
            <Tag color={r.passed ? 'green' : 'red'} data-testid="report-overall">
              {r.passed ? rt('pass') : rt('fail')}
            </Tag>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}

function FunctionsTable({ r }: { r: AbilityReport }) {
  const rt = useReportText();
  const columns: ColumnsType<AbilityFunction> = [
    { title: rt('function'), dataIndex: 'name', key: 'name' },
    {
      title: rt('theoryScore'),
      key: 'theory',
      align: 'right',
      render: (_, f) => (f.theoryAvailable > 0 ? `${fmt(f.theoryScore)}/${fmt(f.theoryAvailable)}` : '—'),
    },
    {
      title: rt('skillScore'),
      key: 'skill',
      align: 'right',
      render: (_, f) => (f.skillAvailable > 0 ? `${fmt(f.skillScore)}/${fmt(f.skillAvailable)}` : '—'),
    },
    { title: rt('ability'), key: 'rate', align: 'right', render: (_, f) => <strong>{pct(f.rate)}</strong> },
    {
      title: rt('band'),
      key: 'band',
      render: (_, f) => (f.band === 'none' ? '—' : <Tag color={BAND_COLOR[f.band]}>{rt(f.band as ReportTextKey)}</Tag>),
    },
  ];
  return (
    <Table
      data-testid="report-functions"
      size="small"
      rowKey="name"
      columns={columns}
      dataSource={r.functions}
      pagination={false}
      scroll={{ x: 420 }}
      onRow={(f) => ({ 'data-testid': `report-function-${f.name}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}

function TheoryTable({ rows }: { rows: AbilityTheoryRow[] }) {
  const rt = useReportText();
  const columns: ColumnsType<AbilityTheoryRow> = [
    { title: rt('item'), dataIndex: 'item', key: 'item' },
    {
      title: rt('weight'),
      key: 'weight',
      align: 'right',
      render: (_, x) => (x.weight === null ? '—' : `${x.weight}%`),
    },
    { title: rt('paperPoints'), key: 'points', align: 'right', render: (_, x) => fmt(x.paperPoints) },
    { title: rt('score'), key: 'score', align: 'right', render: (_, x) => fmt(x.paperScore) },
    { title: rt('rate'), key: 'rate', align: 'right', render: (_, x) => pct(x.rate) },
  ];
  return (
    <Table
      data-testid="report-theory-rows"
      size="small"
      rowKey="item"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 420 }}
    />
  );
}

function SkillTable({ rows }: { rows: AbilitySkillRow[] }) {
  const rt = useReportText();
  const { pick } = useI18n();
  const columns: ColumnsType<AbilitySkillRow> = [
    { title: rt('item'), dataIndex: 'item', key: 'item' },
    {
      title: rt('weight'),
      key: 'weight',
      align: 'right',
      render: (_, x) => (x.weight === null ? '—' : `${x.weight}%`),
    },
    { title: rt('points'), key: 'points', align: 'right', render: (_, x) => fmt(x.points) },
    { title: rt('score'), key: 'score', align: 'right', render: (_, x) => fmt(x.score) },
    { title: rt('rate'), key: 'rate', align: 'right', render: (_, x) => pct(x.rate) },
    {
      title: rt('task'),
      key: 'task',
      render: (_, x) => (x.taskCode ? `${x.taskCode} ${x.taskTitle ? pick(x.taskTitle) : ''}` : '—'),
    },
  ];
  return (
    <Table
      data-testid="report-skill-rows"
      size="small"
      rowKey="item"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 560 }}
    />
  );
}

function Findings({ r }: { r: AbilityReport }) {
  const rt = useReportText();
  const { pick } = useI18n();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [starting, setStarting] = useState<string | null>(null);
  const start = async (taskId: string) => {
    setStarting(taskId);
    try {
      const run = await createSimRun({ taskId });
      void qc.invalidateQueries({ queryKey: simKeys.runs });
      navigate(`/sim/runs/${run.id}`);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setStarting(null);
    }
  };
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        <Card title={rt('strengths')} data-testid="report-strengths" size="small">
          {r.strengths.length === 0 ? (
            <Typography.Text type="secondary">{rt('noStrengths', { mark: r.strengthMark })}</Typography.Text>
          ) : (
            <List
              size="small"
              dataSource={r.strengths}
              renderItem={(s) => (
                <List.Item data-testid={`report-strength-${s.name}`}>
                  <Typography.Text type="success">{pick(s.sentence)}</Typography.Text>
                </List.Item>
              )}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card title={rt('toTrain')} data-testid="report-to-train" size="small">
          <Flex vertical gap={16}>
            {r.toTrain.map((t) => (
              <div key={t.name} data-testid={`report-train-${t.name}`}>
                <Typography.Paragraph
                  style={{ marginBottom: 8 }}
                  type={t.rate < r.passMark ? 'danger' : undefined}
                  strong
                >
                  {pick(t.sentence)}
                </Typography.Paragraph>
                <Typography.Text type="secondary">{rt('practice')}</Typography.Text>
                {t.practice.length === 0 ? (
                  <div>
                    <Typography.Text type="secondary">{rt('noPractice')}</Typography.Text>
                  </div>
                ) : (
                  <List
                    size="small"
                    dataSource={t.practice}
                    renderItem={(p) => (
                      <List.Item
                        data-testid={`report-practice-${p.code}`}
                        actions={[
                          <Button
                            key="start"
                            size="small"
                            icon={<PlayCircleOutlined />}
                            loading={starting === p.taskId}
                            disabled={starting !== null && starting !== p.taskId}
                            onClick={() => void start(p.taskId)}
                            data-testid={`report-practice-start-${p.code}`}
                          >
                            {rt('startPractice')}
                          </Button>,
                        ]}
                      >
                        <Link to={p.url}>
                          <Typography.Text code>{p.code}</Typography.Text> {pick(p.title)}
                        </Link>
                      </List.Item>
                    )}
                  />
                )}
                <div style={{ marginTop: 4 }}>
                  <Typography.Text type="secondary">{rt('courses')}：</Typography.Text>
                  {t.courses.length === 0 ? (
                    <Typography.Text type="secondary" data-testid="report-no-courses">
                      {rt('noCourses')}
                    </Typography.Text>
                  ) : (
                    t.courses.map((c) => (
                      <a key={c.url} href={c.url} style={{ marginRight: 8 }}>
                        {c.title}
                      </a>
                    ))
                  )}
                </div>
              </div>
            ))}
          </Flex>
        </Card>
      </Col>
    </Row>
  );
}

/** 能力评价报告 of one registration: for the candidate (/my-results/:id/report) or plan staff. */
export default function AbilityReportPage({ registrationId }: { registrationId: string }) {
  const rt = useReportText();
  const { message } = App.useApp();
  const location = useLocation();
  const q = useAbilityReport(registrationId);
  const [downloading, setDownloading] = useState(false);
  const mine = location.pathname.startsWith('/my-results');
  const backTo = mine ? '/my-results' : q.data ? `/final-results/${q.data.planId}` : '/final-results';

  const downloadPdf = async () => {
    setDownloading(true);
    try {
      await download(`${reportPath(registrationId)}.pdf`, 'ability-report.pdf');
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setDownloading(false);
    }
  };

  const extra = (
    <>
      <Link to={backTo}>
        <Button icon={<ArrowLeftOutlined />} data-testid="report-back">
          {rt('back')}
        </Button>
      </Link>
      {q.data ? (
        <Button
          type="primary"
          icon={<DownloadOutlined />}
          loading={downloading}
          onClick={() => void downloadPdf()}
          data-testid="report-download-pdf"
        >
          {rt('downloadPdf')}
        </Button>
      ) : null}
    </>
  );

  let body: ReactNode;
  if (q.isPending) body = <PageLoading />;
  else if (q.error) {
    body =
      isApiError(q.error) && q.error.status === 409 ? (
        <Result
          status="info"
          title={rt('notAvailable')}
          subTitle={errorMessage(q.error)}
          data-testid="report-not-available"
        />
      ) : (
        <QueryError error={q.error} onRetry={() => void q.refetch()} />
      );
  } else {
    const r = q.data;
    body = (
      <Flex vertical gap={16}>
        <Header r={r} />
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={11}>
            <Card title={rt('radar')} size="small">
              {r.functions.some((f) => f.rate !== null) ? (
                <ReportRadar functions={r.functions} passMark={r.passMark} />
              ) : (
                <Empty />
              )}
            </Card>
          </Col>
          <Col xs={24} lg={13}>
            <Card title={rt('functions')} size="small">
              <FunctionsTable r={r} />
              <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
                {rt('note')}
              </Typography.Paragraph>
            </Card>
          </Col>
        </Row>
        <Findings r={r} />
        <Row gutter={[16, 16]}>
          {r.theoryRows.length > 0 ? (
            <Col xs={24} lg={12}>
              <Card title={rt('theoryRows')} size="small">
                <TheoryTable rows={r.theoryRows} />
              </Card>
            </Col>
          ) : null}
          {r.skillRows.length > 0 ? (
            <Col xs={24} lg={12}>
              <Card title={rt('skillRows')} size="small">
                <SkillTable rows={r.skillRows} />
              </Card>
            </Col>
          ) : null}
        </Row>
      </Flex>
    );
  }

  return (
    <Page title={rt('title')} extra={extra} testId="ability-report-page">
      {body}
    </Page>
  );
}
