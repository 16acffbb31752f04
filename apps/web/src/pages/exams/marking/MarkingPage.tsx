import { CheckOutlined, ReloadOutlined, StepForwardOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  Empty,
  Flex,
  Input,
  InputNumber,
  Result,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useMe } from '../../../api/auth';
import { errorMessage } from '../../../api/client';
import { type MarkingTask, staffKeys, submitMark, useMarkingTasks } from '../../../api/exam-staff';
import { Page } from '../../../components/Page';
import { QueryError } from '../../../components/QueryError';
import { useI18n } from '../../../i18n';
import { hasAnyRole } from '../../../lib/access';
import { menuItem } from '../../../menu';
import { QUESTION_TYPE_LABELS } from '../../questionbank/qbUtil';
import { ServerHtml } from '../../questionbank/ServerHtml';
import { OrgPicker, PlanPicker, useStaffOrgChoices } from '../results/staffPlans';
import { WorkloadPanel } from './WorkloadPanel';

const STAFF_ROLES = ['institution_admin'] as const;

/** Rounds to the 0.5 steps marks are given in. */
const half = (v: number) => Math.round(v * 2) / 2;
const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1).replace(/\.0$/, ''));

function ResponseView({ task }: { task: MarkingTask }) {
  const { t } = useI18n();
  const r = task.response;
  if (r === null) return <Typography.Text type="secondary">{t('mark.blank')}</Typography.Text>;
  if ('blanks' in r) {
    return (
      <ol style={{ margin: 0, paddingInlineStart: 20 }}>
        {r.blanks.map((b, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: blanks are positional
          <li key={i}>{b || <Typography.Text type="secondary">{t('mark.blank')}</Typography.Text>}</li>
        ))}
      </ol>
    );
  }
  return (
    <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', lineHeight: 1.7 }} data-testid="mark-response">
      {r.text.trim() ? r.text : <Typography.Text type="secondary">{t('mark.blank')}</Typography.Text>}
    </div>
  );
}

/** One blind marking task: stem, the candidate's answer, the rubric with a score per criterion. */
function TaskCard({
  task,
  index,
  count,
  onDone,
  onSkip,
}: {
  task: MarkingTask;
  index: number;
  count: number;
  onDone: () => void;
  onSkip: (() => void) | null;
}) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [scores, setScores] = useState<(number | null)[]>(() => task.rubric.map(() => null));
  const [comment, setComment] = useState('');
  const total = scores.reduce<number>((s, v) => s + (v ?? 0), 0);
  const complete = scores.every((v) => v !== null);
  const scaled = task.rubricPoints > 0 && task.rubricPoints !== task.points;
  const onPaper = scaled ? (total * task.points) / task.rubricPoints : total;

  const submit = useMutation({
    mutationFn: () =>
      submitMark(task.id, {
        criteria: scores.map((v) => v ?? 0),
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      }),
    onSuccess: () => {
      void message.success(t('mark.submitted.ok', { score: fmt(total) }));
      onDone();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  return (
    <Card
      size="small"
      data-testid="mark-task"
      title={
        <Space wrap>
          <span>{t('mark.taskN', { index: index + 1, count })}</span>
          <Tag>{pick(QUESTION_TYPE_LABELS[task.type])}</Tag>
          <Tag color="blue">{t('mark.itemPoints', { n: fmt(task.points) })}</Tag>
          <Typography.Text type="secondary">
            {task.planName} · {t('mark.position', { n: task.position })}
          </Typography.Text>
        </Space>
      }
      extra={
        onSkip ? (
          <Button size="small" icon={<StepForwardOutlined />} onClick={onSkip} data-testid="mark-skip">
            {t('mark.skip')}
          </Button>
        ) : null
      }
    >
      <Flex vertical gap={16}>
        <div>
          <Typography.Text strong>{t('mark.stem')}</Typography.Text>
          <ServerHtml html={task.stemHtml} testId="mark-stem" />
        </div>
        <Card size="small" type="inner" title={t('mark.answer')} style={{ background: '#fafafa' }}>
          <ResponseView task={task} />
        </Card>
        {task.referenceHtml ? (
          <Collapse
            size="small"
            items={[
              {
                key: 'ref',
                label: t('mark.reference'),
                children: <ServerHtml html={task.referenceHtml} testId="mark-reference" />,
              },
            ]}
          />
        ) : null}
        <Table
          size="small"
          rowKey={(_, i) => String(i)}
          pagination={false}
          dataSource={task.rubric.map((c, i) => ({ ...c, i }))}
          data-testid="mark-rubric"
          columns={[
            { title: '#', dataIndex: 'i', width: 40, render: (i: number) => i + 1 },
            { title: t('mark.criterion'), dataIndex: 'criterion' },
            {
              title: t('mark.maxPoints'),
              dataIndex: 'points',
              width: 90,
              align: 'right',
              render: (v: number) => fmt(v),
            },
            {
              title: t('mark.score'),
              key: 'score',
              width: 180,
              render: (_: unknown, c) => (
                <Space size={4}>
                  <InputNumber
                    min={0}
                    max={c.points}
                    step={0.5}
                    precision={1}
                    value={scores[c.i]}
                    onChange={(v) =>
                      setScores((prev) =>
                        prev.map((p, j) =>
                          j === c.i ? (typeof v === 'number' ? Math.min(c.points, half(v)) : null) : p,
                        ),
                      )
                    }
                    style={{ width: 90 }}
                    data-testid={`mark-criterion-${c.i}`}
                  />
                  <Button
                    size="small"
                    type="text"
                    onClick={() => setScores((prev) => prev.map((p, j) => (j === c.i ? c.points : p)))}
                  >
                    {t('mark.full')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Space size={24} wrap>
            <Statistic
              title={t('mark.total')}
              value={fmt(total)}
              suffix={`/ ${fmt(task.rubricPoints)}`}
              data-testid="mark-total"
            />
            {scaled ? (
              <Statistic title={t('mark.onPaper')} value={onPaper.toFixed(2)} suffix={`/ ${fmt(task.points)}`} />
            ) : null}
          </Space>
          <Space>
            <Button onClick={() => setScores(task.rubric.map(() => 0))}>{t('mark.allZero')}</Button>
            <Button onClick={() => setScores(task.rubric.map((c) => c.points))}>{t('mark.allFull')}</Button>
          </Space>
        </Flex>
        <Input.TextArea
          rows={2}
          maxLength={2000}
          placeholder={t('mark.comment')}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          data-testid="mark-comment"
        />
        <Flex justify="end" gap={8} align="center">
          {!complete ? <Typography.Text type="secondary">{t('mark.fillAll')}</Typography.Text> : null}
          <Button
            type="primary"
            icon={<CheckOutlined />}
            disabled={!complete}
            loading={submit.isPending}
            onClick={() => submit.mutate()}
            data-testid="mark-submit"
          >
            {t('mark.submit')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}

/** The examiner's open tasks, one at a time; submitting opens the next. */
function MyTasks() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [planId, setPlanId] = useState<string | undefined>(undefined);
  const tasks = useMarkingTasks(planId);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [skipped, setSkipped] = useState<string[]>([]);

  const open = useMemo(() => (tasks.data?.items ?? []).filter((x) => x.status === 'open'), [tasks.data]);
  // skipped tasks go to the end of the queue
  const queue = useMemo(
    () => [...open.filter((x) => !skipped.includes(x.id)), ...open.filter((x) => skipped.includes(x.id))],
    [open, skipped],
  );
  const current = queue.find((x) => x.id === currentId) ?? queue[0] ?? null;
  const plans = useMemo(() => {
    const m = new Map<string, string>();
    for (const x of tasks.data?.items ?? []) m.set(x.planId, x.planName);
    return [...m].map(([value, label]) => ({ value, label }));
  }, [tasks.data]);

  const next = useCallback(() => {
    if (!current) return;
    const rest = queue.filter((x) => x.id !== current.id);
    setCurrentId(rest[0]?.id ?? null);
    void qc.invalidateQueries({ queryKey: staffKeys.tasks });
  }, [current, queue, qc]);

  const skip = useCallback(() => {
    if (!current) return;
    setSkipped((s) => [...s.filter((id) => id !== current.id), current.id]);
    const rest = queue.filter((x) => x.id !== current.id);
    setCurrentId(rest[0]?.id ?? null);
  }, [current, queue]);

  if (tasks.isError) return <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />;
  const d = tasks.data;

  return (
    <Flex vertical gap={12} data-testid="marking-my-tasks">
      <Card size="small">
        <Flex wrap gap={32} align="center" justify="space-between">
          <Flex wrap gap={32}>
            <Statistic title={t('mark.openCount')} value={d?.openTotal ?? 0} loading={tasks.isPending} />
            <Statistic
              title={t('mark.doneCount')}
              value={d?.doneTotal ?? 0}
              loading={tasks.isPending}
              data-testid="mark-done-count"
            />
          </Flex>
          <Space wrap>
            {plans.length > 1 || planId ? (
              <Select
                allowClear
                placeholder={t('mark.allPlans')}
                value={planId}
                onChange={(v) => setPlanId(v)}
                options={plans}
                style={{ minWidth: 240 }}
              />
            ) : null}
            <Button icon={<ReloadOutlined />} onClick={() => void tasks.refetch()} loading={tasks.isFetching}>
              {t('common.refresh')}
            </Button>
          </Space>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('mark.blindHint')}
        </Typography.Paragraph>
      </Card>
      {tasks.isPending ? <Card loading /> : null}
      {d && !current ? (
        <Result status="success" title={t('mark.allDone')} subTitle={t('mark.allDoneSub', { n: d.doneTotal })} />
      ) : null}
      {current ? (
        <TaskCard
          key={current.id}
          task={current}
          index={Math.max(0, queue.indexOf(current))}
          count={Math.max(d?.openTotal ?? 0, queue.length)}
          onDone={next}
          onSkip={queue.length > 1 ? skip : null}
        />
      ) : null}
    </Flex>
  );
}

const WORKLOAD_ROLES = ['institution_admin', 'lecturer'] as const;

/** Marking progress of a plan, for the institution's staff. */
function StaffWorkload() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const choices = useStaffOrgChoices(me, WORKLOAD_ROLES);
  const [params, setParams] = useSearchParams();
  const orgId = params.get('org') ?? undefined;
  const planId = params.get('plan') ?? undefined;
  const setParam = useCallback(
    (key: string, value: string, reset?: string) =>
      setParams(
        (p) => {
          const n = new URLSearchParams(p);
          n.set(key, value);
          if (reset) n.delete(reset);
          return n;
        },
        { replace: true },
      ),
    [setParams],
  );
  // picking another institution clears the plan; the first automatic pick keeps a plan from the address
  const onOrg = useCallback((id: string) => setParam('org', id, orgId ? 'plan' : undefined), [setParam, orgId]);
  const onPlan = useCallback((id: string) => setParam('plan', id), [setParam]);
  const canDistribute = me
    ? hasAnyRole(me, ['platform_admin']) ||
      me.memberships.some((m) => m.orgId === orgId && m.role === 'institution_admin')
    : false;
  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Flex wrap gap={16} align="center">
          <OrgPicker choices={choices} orgId={orgId} onChange={onOrg} />
          <PlanPicker orgId={orgId} planId={planId} onChange={onPlan} />
        </Flex>
      </Card>
      {planId ? (
        <WorkloadPanel planId={planId} canDistribute={canDistribute} />
      ) : (
        <Empty description={t('mark.pickPlan')} />
      )}
    </Flex>
  );
}

/** 阅卷: examiners mark their tasks (blind); institution staff follow the workload per marker. */
export default function MarkingPage() {
  const { t, pick } = useI18n();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const examiner = me ? hasAnyRole(me, ['examiner']) : false;
  const staff = me ? hasAnyRole(me, [...STAFF_ROLES, 'platform_admin']) : false;
  const tab = params.get('tab') === 'workload' || !examiner ? 'workload' : 'tasks';

  return (
    <Page title={pick(menuItem('marking').label)} testId="marking-page">
      {examiner && staff ? (
        <Tabs
          activeKey={tab}
          onChange={(k) =>
            setParams(
              (p) => {
                const n = new URLSearchParams(p);
                if (k === 'workload') n.set('tab', k);
                else n.delete('tab');
                return n;
              },
              { replace: true },
            )
          }
          items={[
            { key: 'tasks', label: t('mark.tab.tasks'), children: <MyTasks /> },
            { key: 'workload', label: t('mark.tab.workload'), children: <StaffWorkload /> },
          ]}
        />
      ) : examiner ? (
        <MyTasks />
      ) : staff ? (
        <StaffWorkload />
      ) : (
        <Alert type="info" showIcon title={t('mark.noRole')} />
      )}
    </Page>
  );
}
