import { ArrowLeftOutlined, DownloadOutlined, LoginOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Result,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  theme,
} from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage, isApiError } from '../../../api/client';
import {
  downloadTicket,
  type MyExamResult,
  type ResultBreakdownRow,
  useMyRegistrations,
  useMyResult,
} from '../../../api/exam-plans';
import EChart, { type EChartOption } from '../../../components/EChart';
import { Page } from '../../../components/Page';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { useI18n } from '../../../i18n';
import { examSpan, examTime, levelText, missingReasons, RegistrationStatusTag } from '../plans/planUtil';
import { entryState } from './myUtil';

const round2 = (n: number) => Math.round(n * 100) / 100;

function Breakdown({ result }: { result: MyExamResult }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const rows = result.breakdown;
  const option = useMemo<EChartOption>(
    () => ({
      grid: { left: 8, right: 40, top: 28, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value' },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.item),
        axisLabel: { width: 150, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: t('mx.scored'),
          data: rows.map((r) => round2(r.scored)),
          barMaxWidth: 16,
          itemStyle: { color: token.colorPrimary },
          label: { show: true, position: 'right' },
        },
        {
          type: 'bar',
          name: t('mx.available'),
          data: rows.map((r) => r.available),
          barMaxWidth: 16,
          itemStyle: { color: '#d9d9d9' },
          label: { show: true, position: 'right' },
        },
      ],
    }),
    [rows, t, token.colorPrimary],
  );
  return (
    <Card size="small" title={t('mx.breakdown')} data-testid="result-breakdown">
      <EChart option={option} height={Math.max(200, rows.length * 44 + 40)} testId="result-breakdown-chart" />
      <Table<ResultBreakdownRow>
        size="small"
        rowKey="item"
        pagination={false}
        dataSource={rows}
        data-testid="result-breakdown-table"
        columns={[
          { title: t('ep.bp.item'), dataIndex: 'item' },
          {
            title: t('ep.bp.weight'),
            dataIndex: 'weight',
            width: 90,
            align: 'right',
            render: (v: number | null) => (v === null ? '—' : `${v}%`),
          },
          {
            title: t('mx.scored'),
            dataIndex: 'scored',
            width: 100,
            align: 'right',
            render: (v: number) => round2(v),
          },
          { title: t('mx.available'), dataIndex: 'available', width: 100, align: 'right' },
          {
            title: t('mx.rate'),
            key: 'rate',
            width: 100,
            align: 'right',
            render: (_: unknown, r) => (r.available > 0 ? `${Math.round((r.scored / r.available) * 100)}%` : '—'),
          },
        ]}
      />
    </Card>
  );
}

/** One of my registrations: where and when, the ticket, and the result with its per-function breakdown. */
export default function MyExamDetailPage({ registrationId }: { registrationId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const mine = useMyRegistrations();
  const reg = mine.data?.items.find((r) => r.id === registrationId);
  const final = reg?.result?.status === 'final';
  const result = useMyResult(reg?.attemptId, final);
  const ticket = useMutation({
    mutationFn: () => downloadTicket(registrationId, `准考证-${reg?.ticketNo ?? ''}.pdf`),
    onError: (e) => void message.error(errorMessage(e)),
  });

  if (mine.isError) return <QueryError error={mine.error} onRetry={() => void mine.refetch()} />;
  if (!mine.data) return <PageLoading />;
  if (!reg) {
    return <Result status="404" title="404" subTitle={t('mx.notFound')} data-testid="not-found" />;
  }
  const entry = entryState(reg, Date.now());
  const reasons = missingReasons(reg.eligibility);
  const r = result.data;
  const score = r ? r.total : (reg.result?.totalScore ?? null);
  const passed = r ? r.passed : reg.result?.passed;

  return (
    <Page
      title={reg.planName}
      testId="my-exam-detail-page"
      extra={
        <Link to="/my-exams">
          <Button icon={<ArrowLeftOutlined />}>{t('mx.back')}</Button>
        </Link>
      }
    >
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} data-testid="my-exam-details">
            <Descriptions.Item label={t('ep.org')}>{reg.orgName}</Descriptions.Item>
            <Descriptions.Item label={t('ep.levelWorkType')}>{levelText(reg)}</Descriptions.Item>
            <Descriptions.Item label={t('ep.statusCol')}>
              <RegistrationStatusTag status={reg.status} />
              {reg.override ? <Tag color="blue">{t('mx.overridden')}</Tag> : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('ep.rg.session')}>{reg.sessionName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('mx.time')}>{examSpan(reg.startsAt, reg.durationMinutes)}</Descriptions.Item>
            <Descriptions.Item label={t('ep.rg.roomSeat')}>
              {reg.roomName ? `${reg.roomName} · ${t('ep.seatN', { n: reg.seatNo ?? '—' })}` : '—'}
              {reg.roomLocation ? `（${reg.roomLocation}）` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('ep.rg.ticketNo')}>{reg.ticketNo ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('mx.registeredAt')}>{examTime(reg.createdAt)}</Descriptions.Item>
          </Descriptions>
          {reasons.length > 0 && reg.status === 'ineligible' ? (
            <Alert
              type="warning"
              showIcon
              title={t('mx.awaitReview')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                  {reasons.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
          <Space style={{ marginTop: 12 }} wrap>
            {reg.ticketNo ? (
              <Button
                icon={<DownloadOutlined />}
                onClick={() => ticket.mutate()}
                loading={ticket.isPending}
                data-testid="my-exam-ticket"
              >
                {t('mx.ticket')}
              </Button>
            ) : null}
            {entry.kind === 'open' && reg.attemptId ? (
              <Button
                type="primary"
                icon={<LoginOutlined />}
                href={`/exam/${encodeURIComponent(reg.attemptId)}`}
                data-testid="my-exam-enter"
              >
                {t('mx.enter')}
              </Button>
            ) : entry.kind === 'soon' ? (
              <Typography.Text type="secondary" data-testid="my-exam-opens">
                {t('mx.enterOpensAt', { time: examTime(entry.opensAt) })}
              </Typography.Text>
            ) : null}
          </Space>
        </Card>

        {!reg.attemptId ? null : !final ? (
          <Alert
            type="info"
            showIcon
            data-testid="my-exam-result-pending"
            title={
              reg.attemptStatus === 'submitted'
                ? reg.result?.status === 'marking'
                  ? t('mx.resultMarking')
                  : t('mx.resultPending')
                : t('mx.resultAfterExam')
            }
          />
        ) : result.isError ? (
          isApiError(result.error, 'RESULT_NOT_READY') ? (
            <Alert type="info" showIcon title={errorMessage(result.error)} />
          ) : (
            <QueryError error={result.error} onRetry={() => void result.refetch()} />
          )
        ) : (
          <Card size="small" title={t('mx.resultTitle')} loading={result.isLoading} data-testid="my-exam-result-card">
            <Flex gap={48} wrap align="center">
              <Statistic
                title={t('mx.score')}
                value={score ?? '—'}
                suffix={t('mx.outOf100')}
                data-testid="my-exam-score"
              />
              <Statistic title={t('mx.passMark')} value={r?.passMark ?? reg.result?.passMark ?? '—'} />
              <div>
                {passed ? (
                  <Tag
                    color="success"
                    style={{ fontSize: 18, padding: '6px 14px' }}
                    data-testid="my-exam-passed"
                    data-passed="true"
                  >
                    {t('mx.passed')}
                  </Tag>
                ) : (
                  <Tag
                    color="error"
                    style={{ fontSize: 18, padding: '6px 14px' }}
                    data-testid="my-exam-passed"
                    data-passed="false"
                  >
                    {t('mx.failed')}
                  </Tag>
                )}
              </div>
            </Flex>
          </Card>
        )}
        {final && r && r.breakdown.length > 0 ? <Breakdown result={r} /> : null}
      </Flex>
    </Page>
  );
}
