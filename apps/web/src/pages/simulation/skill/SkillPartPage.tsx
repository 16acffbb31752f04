import { ArrowLeftOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  InputNumber,
  Popconfirm,
  Select,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../../api/client';
import { type ExamPlan, useExamStaff, usePlan } from '../../../api/exam-plans';
import { Page } from '../../../components/Page';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { settle } from '../../../lib/testid';
import { isoToPicker, levelText, pickerToIso } from '../../exams/plans/planUtil';
import { BlueprintRowsTable } from './BlueprintRowsTable';
import { initialRows, type WeightRow } from './initialRows';
import { otherLines, type PartErrors, partErrors } from './partErrors';
import {
  publishSkillPart,
  type SkillBlueprintRow,
  type SkillPart,
  saveSkillPart,
  skillKeys,
  useSkillPart,
  useSkillTasks,
  useSkillWeights,
} from './skillApi';
import { useTx } from './skillText';

const MIN_DURATION = 90;
const FIELDS = ['startsAt', 'durationMinutes', 'lateEntryMinutes', 'examinerIds'] as const;

/** 技能考核设置: plan staff set the skill part of an exam plan up (blueprint, time, examiners) and publish it. */
export default function SkillPartPage({ planId }: { planId: string }) {
  const plan = usePlan(planId);
  const part = useSkillPart(planId);
  const weights = useSkillWeights(plan.data?.standardVersionId, plan.data?.level ?? 4, plan.data?.workType ?? null);
  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;
  if (part.isError) return <QueryError error={part.error} onRetry={() => void part.refetch()} />;
  if (!plan.data || part.data === undefined) return <PageLoading />;
  const table: WeightRow[] | undefined =
    part.data?.weightTable ?? weights.data?.items.map((w) => ({ weightItem: w.item, percent: w.weight }));
  if (!table) {
    return weights.isError ? (
      <QueryError error={weights.error} onRetry={() => void weights.refetch()} />
    ) : (
      <PageLoading />
    );
  }
  return <PartEditor key={part.data?.status ?? 'new'} plan={plan.data} part={part.data} weights={table} />;
}

function PartEditor({ plan, part, weights }: { plan: ExamPlan; part: SkillPart | null; weights: WeightRow[] }) {
  const tx = useTx();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const tasks = useSkillTasks(plan.level, plan.workType);
  const staff = useExamStaff(plan.orgId);
  const [rows, setRows] = useState<SkillBlueprintRow[]>(() => initialRows(weights, part?.blueprint));
  const [startsAt, setStartsAt] = useState<Dayjs | null>(() => (part ? isoToPicker(part.startsAt) : null));
  const [duration, setDuration] = useState<number>(part?.durationMinutes ?? 120);
  const [late, setLate] = useState<number>(part?.lateEntryMinutes ?? 30);
  const [examinerIds, setExaminerIds] = useState<string[]>(part?.examiners.map((e) => e.userId) ?? []);
  const [errors, setErrors] = useState<PartErrors | null>(null);
  const locked = plan.status === 'finished';

  const examinerOptions = (staff.data?.items ?? [])
    .filter((s) => s.roles.includes('examiner'))
    .map((s) => ({
      value: s.userId,
      label: `${s.name}${s.mobileMasked ? `（${s.mobileMasked}）` : ''} · ${s.orgName}`,
    }));
  for (const e of part?.examiners ?? []) {
    if (!examinerOptions.some((o) => o.value === e.userId)) examinerOptions.push({ value: e.userId, label: e.name });
  }

  const refresh = () => void qc.invalidateQueries({ queryKey: skillKeys.part(plan.id) });
  const save = useMutation({
    mutationFn: () =>
      saveSkillPart(plan.id, {
        blueprint: rows,
        startsAt: startsAt ? pickerToIso(startsAt) : '',
        durationMinutes: duration,
        lateEntryMinutes: late,
        examinerIds,
      }),
    onMutate: () => setErrors(null),
    onSuccess: () => {
      void message.success(tx('saved'));
      refresh();
    },
    onError: (e) => setErrors(partErrors(e)),
  });
  const publish = useMutation({
    mutationFn: () => publishSkillPart(plan.id),
    onMutate: () => setErrors(null),
    onSuccess: () => {
      void message.success(tx('published'));
      refresh();
    },
    onError: (e) => {
      setErrors(partErrors(e));
      void message.error(errorMessage(e));
    },
  });

  const fieldError = (name: (typeof FIELDS)[number]) => {
    const lines = errors?.fields.get(name) ?? [];
    if (lines.length === 0) return {};
    return {
      validateStatus: 'error' as const,
      help: (
        <span data-testid={`skill-error-${name}`}>
          {lines.map((l) => (
            // a person without the examiner role comes back as their id
            <div key={l}>{examinerOptions.find((o) => o.value === l)?.label ?? l}</div>
          ))}
        </span>
      ),
    };
  };
  const extra = errors ? otherLines(errors, FIELDS) : [];

  return (
    <Page
      title={tx('partTitle', { name: plan.name })}
      testId="skill-part-page"
      extra={
        <Link to={`/exam-plans/${plan.id}`}>
          <Button icon={<ArrowLeftOutlined />}>{tx('back')}</Button>
        </Link>
      }
    >
      <Flex vertical gap={16}>
        <Flex gap={12} wrap align="center">
          <Typography.Text>{levelText(plan)}</Typography.Text>
          <Typography.Text type="secondary">{plan.standardVersionLabel}</Typography.Text>
          <span>
            {tx('status')}：
            {part ? (
              <Tag color={part.status === 'published' ? 'green' : 'orange'} data-testid={`skill-part-${part.status}`}>
                {part.status === 'published' ? tx('statusPublished') : tx('statusDraft')}
              </Tag>
            ) : (
              <Tag data-testid="skill-part-new">{tx('notSaved')}</Tag>
            )}
          </span>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {tx('partIntro')}
        </Typography.Paragraph>
        {tasks.isError ? <Alert type="error" showIcon title={tx('loadTasksFailed')} /> : null}
        <BlueprintRowsTable
          weights={weights}
          rows={rows}
          tasks={tasks.data?.items ?? []}
          tasksLoading={tasks.isLoading}
          rowErrors={errors?.rows ?? new Map()}
          disabled={locked}
          onChange={setRows}
        />
        <Card size="small">
          <Form layout="vertical" disabled={locked}>
            <Flex gap={16} wrap>
              <Form.Item label={tx('startsAt')} required {...fieldError('startsAt')}>
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  value={startsAt}
                  onChange={(v) => setStartsAt(v)}
                  data-testid="skill-starts"
                />
              </Form.Item>
              <Form.Item label={tx('duration')} extra={tx('durationHint')} {...fieldError('durationMinutes')}>
                <InputNumber
                  min={1}
                  max={600}
                  precision={0}
                  value={duration}
                  status={duration < MIN_DURATION ? 'warning' : undefined}
                  onChange={(v) => setDuration(typeof v === 'number' ? v : 0)}
                  data-testid="skill-duration"
                />
              </Form.Item>
              <Form.Item label={tx('lateEntry')} {...fieldError('lateEntryMinutes')}>
                <InputNumber
                  min={0}
                  max={120}
                  precision={0}
                  value={late}
                  onChange={(v) => setLate(typeof v === 'number' ? v : 0)}
                  data-testid="skill-late"
                />
              </Form.Item>
            </Flex>
            <Form.Item
              label={tx('examiners')}
              extra={tx('examinersHint', { n: part?.approvedCandidates ?? plan.counts.approved })}
              {...fieldError('examinerIds')}
            >
              <Select
                mode="multiple"
                value={examinerIds}
                onChange={(v: string[]) => setExaminerIds(v)}
                options={examinerOptions}
                loading={staff.isLoading}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={tx('pickExaminers')}
                notFoundContent={tx('noExaminers')}
                style={{ maxWidth: 720 }}
                data-testid="skill-examiners"
              />
            </Form.Item>
          </Form>
        </Card>
        {errors ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={errors.message}
            description={extra.length > 0 ? extra.map((l) => <div key={l}>{l}</div>) : undefined}
            data-testid="skill-part-error"
          />
        ) : null}
        {part && part.staffing.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={tx('staffing')}
            description={part.staffing.map((s) => (
              <div key={s.code} data-testid="skill-staffing">
                {s.message}
              </div>
            ))}
          />
        ) : null}
        <Flex gap={8}>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={save.isPending}
            disabled={locked}
            onClick={() => save.mutate()}
            data-testid="skill-save"
          >
            {tx('save')}
          </Button>
          {part && part.status === 'draft' ? (
            <Popconfirm title={tx('publishConfirm')} onConfirm={() => settle(publish.mutateAsync())}>
              <Button icon={<SendOutlined />} loading={publish.isPending} data-testid="skill-publish">
                {tx('publish')}
              </Button>
            </Popconfirm>
          ) : null}
        </Flex>
      </Flex>
    </Page>
  );
}
