import {
  CheckCircleFilled,
  DownloadOutlined,
  FormOutlined,
  LoginOutlined,
  ReloadOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Modal,
  Popconfirm,
  Result,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../../api/client';
import {
  downloadTicket,
  type MyRegistration,
  type OpenExamPlan,
  planKeys,
  type Registration,
  registerForPlan,
  useMyRegistrations,
  useOpenPlans,
  withdrawRegistration,
} from '../../../api/exam-plans';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { Page } from '../../../components/Page';
import { QueryError } from '../../../components/QueryError';
import { type TFunction, useI18n } from '../../../i18n';
import { settle, tid } from '../../../lib/testid';
import { menuItem } from '../../../menu';
import { examSpan, examTime, levelText, missingReasons, RegistrationStatusTag } from '../plans/planUtil';
import {
  ELIGIBILITY_INITIAL,
  EligibilityFields,
  type EligibilityFormValues,
  toEligibilityInput,
} from './EligibilityFields';
import { entryState, resultState } from './myUtil';

function useNow(intervalMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

function resultText(r: MyRegistration, t: TFunction): string | null {
  const state = resultState(r);
  switch (state.kind) {
    case 'none':
      return null;
    case 'pending':
      return t('mx.resultPending');
    case 'marking':
      return t('mx.resultMarking');
    case 'final':
      return `${state.score ?? '—'} · ${state.passed ? t('mx.passed') : t('mx.failed')}`;
  }
}

function RegisterModal({ plan, onClose }: { plan: OpenExamPlan; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<EligibilityFormValues>();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Registration | null>(null);
  const submit = useMutation({
    mutationFn: (v: EligibilityFormValues) => registerForPlan(plan.id, toEligibilityInput(v)),
    onMutate: () => setError(null),
    onSuccess: (r) => {
      setDone(r);
      void qc.invalidateQueries({ queryKey: planKeys.mine });
      void qc.invalidateQueries({ queryKey: planKeys.open });
    },
    onError: (e) => setError(errorMessage(e)),
  });
  const reasons = done ? missingReasons(done.eligibility) : [];

  return (
    <Modal
      open
      width={820}
      title={t('mx.registerTitle', { name: plan.name })}
      onCancel={onClose}
      footer={
        done ? (
          <Button type="primary" onClick={onClose} data-testid="register-close">
            {t('ep.close')}
          </Button>
        ) : (
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" onClick={() => form.submit()} loading={submit.isPending} {...tid('register-submit')}>
              {t('mx.registerSubmit')}
            </Button>
          </Space>
        )
      }
      destroyOnHidden
    >
      {done ? (
        done.eligibility.eligible || done.status === 'approved' ? (
          <Result
            status="success"
            title={t('mx.eligible')}
            subTitle={t('mx.eligibleText')}
            data-testid="register-result"
            data-eligible="true"
          />
        ) : (
          <Result
            status="warning"
            title={t('mx.notEligible')}
            subTitle={t('mx.notEligibleText')}
            data-testid="register-result"
            data-eligible="false"
          >
            <ul style={{ margin: 0 }} data-testid="register-reasons">
              {reasons.map((m) => (
                <li key={m}>
                  <Typography.Text type="danger">{m}</Typography.Text>
                </li>
              ))}
            </ul>
          </Result>
        )
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('mx.registerIntro', { level: levelText(plan), org: plan.orgName })}
          </Typography.Paragraph>
          <Form<EligibilityFormValues>
            form={form}
            layout="vertical"
            initialValues={ELIGIBILITY_INITIAL}
            onFinish={(v) => submit.mutate(v)}
            data-testid="register-form"
          >
            <EligibilityFields form={form} />
            <FormErrorAlert message={error} testId="register-error" />
          </Form>
        </>
      )}
    </Modal>
  );
}

function OpenPlans() {
  const { t } = useI18n();
  const open = useOpenPlans();
  const [registering, setRegistering] = useState<OpenExamPlan | null>(null);
  if (open.isError) return <QueryError error={open.error} onRetry={() => void open.refetch()} />;
  return (
    <Card title={t('mx.openTitle')} data-testid="open-plans">
      <Typography.Paragraph type="secondary">{t('mx.openIntro')}</Typography.Paragraph>
      <Table<OpenExamPlan>
        rowKey="id"
        loading={open.isFetching}
        dataSource={open.data?.items ?? []}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{ emptyText: <Empty description={t('mx.openNone')} /> }}
        data-testid="open-plans-table"
        onRow={(r) => ({ 'data-testid': `open-plan-row-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('mx.plan'), dataIndex: 'name', width: 260 },
          { title: t('ep.org'), dataIndex: 'orgName', width: 200 },
          { title: t('ep.levelWorkType'), key: 'level', width: 220, render: (_: unknown, r) => levelText(r) },
          {
            title: t('mx.sessions'),
            key: 'sessions',
            width: 260,
            render: (_: unknown, r) =>
              r.sessions.length === 0 ? (
                <Typography.Text type="secondary">{t('mx.sessionsTbd')}</Typography.Text>
              ) : (
                <Flex vertical>
                  {r.sessions.map((s) => (
                    <span key={`${s.name}-${s.startsAt}`}>
                      {s.name}：{examSpan(s.startsAt, s.durationMinutes)}
                    </span>
                  ))}
                </Flex>
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            fixed: 'right',
            render: (_: unknown, r) =>
              r.myRegistration && r.myRegistration.status !== 'withdrawn' ? (
                <Space size={4}>
                  <CheckCircleFilled style={{ color: '#52c41a' }} />
                  <Typography.Text data-testid="open-plan-registered">{t('mx.registered')}</Typography.Text>
                </Space>
              ) : (
                <Button
                  type="primary"
                  size="small"
                  icon={<FormOutlined />}
                  onClick={() => setRegistering(r)}
                  data-testid="open-plan-register"
                >
                  {t('mx.register')}
                </Button>
              ),
          },
        ]}
      />
      {registering ? <RegisterModal plan={registering} onClose={() => setRegistering(null)} /> : null}
    </Card>
  );
}

/** 我的考试: my registrations (tickets, entering the exam, results) and the plans open for registration. */
export default function MyExamsPage() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const mine = useMyRegistrations();
  const now = useNow();
  const ticket = useMutation({
    mutationFn: (r: MyRegistration) => downloadTicket(r.id, `准考证-${r.ticketNo ?? r.planName}.pdf`),
    onError: (e) => void message.error(errorMessage(e)),
  });
  const qc = useQueryClient();
  const withdraw = useMutation({
    mutationFn: (r: MyRegistration) => withdrawRegistration(r.id),
    onSuccess: () => {
      void message.success(t('mx.withdrawn'));
      void qc.invalidateQueries({ queryKey: planKeys.all });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  return (
    <Page
      title={pick(menuItem('myExams').label)}
      testId="my-exams-page"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void mine.refetch()}>
          {t('common.refresh')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <Card title={t('mx.mineTitle')}>
          {mine.isError ? (
            <QueryError error={mine.error} onRetry={() => void mine.refetch()} />
          ) : (
            <Table<MyRegistration>
              rowKey="id"
              loading={mine.isFetching && !mine.data}
              dataSource={mine.data?.items ?? []}
              pagination={false}
              scroll={{ x: 1140 }}
              locale={{ emptyText: <Empty description={t('mx.none')} /> }}
              data-testid="my-exams-table"
              onRow={(r) => ({ 'data-testid': `my-exam-row-${r.planName}` }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                {
                  title: t('mx.plan'),
                  dataIndex: 'planName',
                  width: 240,
                  render: (v: string, r) => (
                    <Flex vertical>
                      <Link to={`/my-exams/${r.id}`} data-testid="my-exam-open">
                        {v}
                      </Link>
                      <Typography.Text type="secondary">
                        {r.orgName} · {levelText(r)}
                      </Typography.Text>
                    </Flex>
                  ),
                },
                {
                  title: t('ep.statusCol'),
                  key: 'status',
                  width: 220,
                  render: (_: unknown, r) => {
                    const reasons = missingReasons(r.eligibility);
                    return (
                      <Flex vertical gap={2}>
                        <span>
                          <RegistrationStatusTag status={r.status} />
                          {r.override ? <Tag color="blue">{t('mx.overridden')}</Tag> : null}
                        </span>
                        {resultText(r, t) ? (
                          <Typography.Text data-testid="my-exam-result-text">
                            {t('mx.result')}：{resultText(r, t)}
                          </Typography.Text>
                        ) : null}
                        {r.status === 'ineligible' ? (
                          <>
                            <Typography.Text type="secondary">{t('mx.awaitReview')}</Typography.Text>
                            <ul style={{ margin: 0, paddingInlineStart: 16 }} data-testid="my-exam-reasons">
                              {reasons.map((m) => (
                                <li key={m}>
                                  <Typography.Text type="danger">{m}</Typography.Text>
                                </li>
                              ))}
                            </ul>
                          </>
                        ) : null}
                      </Flex>
                    );
                  },
                },
                {
                  title: t('mx.time'),
                  key: 'time',
                  width: 190,
                  render: (_: unknown, r) =>
                    r.startsAt ? (
                      <span data-testid="my-exam-time">{examSpan(r.startsAt, r.durationMinutes)}</span>
                    ) : (
                      <Typography.Text type="secondary">{t('mx.notPlaced')}</Typography.Text>
                    ),
                },
                {
                  title: t('mx.placeTicket'),
                  key: 'room',
                  width: 220,
                  render: (_: unknown, r) =>
                    r.roomName ? (
                      <Flex vertical>
                        <span>
                          {r.roomName} · {t('ep.seatN', { n: r.seatNo ?? '—' })}
                        </span>
                        {r.roomLocation ? <Typography.Text type="secondary">{r.roomLocation}</Typography.Text> : null}
                        <Typography.Text type="secondary">
                          {t('ep.rg.ticketNo')}：<span data-testid="my-exam-ticket-no">{r.ticketNo ?? '—'}</span>
                        </Typography.Text>
                      </Flex>
                    ) : (
                      '—'
                    ),
                },
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 250,
                  fixed: 'right',
                  render: (_: unknown, r) => {
                    const entry = entryState(r, now);
                    return (
                      <Space size={4} wrap>
                        {r.ticketNo ? (
                          <Button
                            size="small"
                            icon={<DownloadOutlined />}
                            loading={ticket.isPending && ticket.variables?.id === r.id}
                            onClick={() => ticket.mutate(r)}
                            data-testid="my-exam-ticket"
                          >
                            {t('mx.ticket')}
                          </Button>
                        ) : null}
                        {entry.kind === 'open' && r.attemptId ? (
                          <Button
                            size="small"
                            type="primary"
                            icon={<LoginOutlined />}
                            href={`/exam/${encodeURIComponent(r.attemptId)}`}
                            data-testid="my-exam-enter"
                          >
                            {t('mx.enter')}
                          </Button>
                        ) : entry.kind === 'soon' ? (
                          <Tooltip title={t('mx.enterOpensAt', { time: examTime(entry.opensAt) })}>
                            <Button size="small" icon={<LoginOutlined />} disabled data-testid="my-exam-enter">
                              {t('mx.enter')}
                            </Button>
                          </Tooltip>
                        ) : null}
                        {entry.kind === 'soon' ? (
                          <Typography.Text type="secondary" data-testid="my-exam-opens">
                            {t('mx.enterOpensAt', { time: examTime(entry.opensAt) })}
                          </Typography.Text>
                        ) : null}
                        {r.status !== 'withdrawn' && !r.sessionId && r.planStatus === 'published' ? (
                          <Popconfirm
                            title={t('mx.withdrawConfirm')}
                            onConfirm={() => settle(withdraw.mutateAsync(r))}
                            okButtonProps={{ danger: true }}
                          >
                            <Button size="small" danger data-testid="my-exam-withdraw">
                              {t('mx.withdraw')}
                            </Button>
                          </Popconfirm>
                        ) : null}
                        {r.attemptId && (r.attemptStatus === 'submitted' || r.result?.status === 'final') ? (
                          <Link to={`/my-exams/${r.id}`}>
                            <Button size="small" icon={<TrophyOutlined />} data-testid="my-exam-result">
                              {t('mx.viewResult')}
                            </Button>
                          </Link>
                        ) : null}
                      </Space>
                    );
                  },
                },
              ]}
            />
          )}
          <Alert type="info" showIcon style={{ marginTop: 12 }} title={t('mx.enterHint')} />
        </Card>
        <OpenPlans />
      </Flex>
    </Page>
  );
}
