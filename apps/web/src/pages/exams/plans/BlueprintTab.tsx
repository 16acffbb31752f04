import { CheckCircleOutlined, EyeOutlined, SaveOutlined, SearchOutlined } from '@ant-design/icons';
import type { QuestionType } from '@crossskill/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Drawer,
  Empty,
  Flex,
  InputNumber,
  List,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
  theme,
} from 'antd';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../../api/client';
import {
  type BlueprintPreviewResult,
  type BlueprintShortfall,
  type ExamBlueprintChoices,
  type ExamPlan,
  planKeys,
  previewBlueprint,
  type SamplePaper,
  updatePlan,
  useSamplePaper,
} from '../../../api/exam-plans';
import { useBanks } from '../../../api/questionbank';
import { useStandardVersion } from '../../../api/standards';
import EChart, { type EChartOption } from '../../../components/EChart';
import { type Lang, type TFunction, useI18n } from '../../../i18n';
import { QUESTION_TYPE_LABELS } from '../../questionbank/qbUtil';
import { ServerHtml } from '../../questionbank/ServerHtml';
import { type Level, type WorkType, weightColumn } from '../../standards/standardsUtil';
import { DIFFICULTIES, difficultyName, levelText, SECTION_ORDER } from './planUtil';

type TypeCounts = Record<QuestionType, { count: number; points: number }>;
type Mix = Record<'1' | '2' | '3' | '4' | '5', number>;

interface Choices {
  totalPoints: number;
  typeCounts: TypeCounts;
  difficultyMix: Mix;
}

/** A usual level-4 paper: 判断 20×1, 单选 60×1, 多选 10×2 = 100; difficulty 10/20/40/20/10. */
const DEFAULT_CHOICES: Choices = {
  totalPoints: 100,
  typeCounts: {
    true_false: { count: 20, points: 1 },
    single: { count: 60, points: 1 },
    multiple: { count: 10, points: 2 },
    fill_blank: { count: 0, points: 1 },
    short_answer: { count: 0, points: 5 },
    case_analysis: { count: 0, points: 10 },
  },
  difficultyMix: { '1': 10, '2': 20, '3': 40, '4': 20, '5': 10 },
};

function fromStored(stored: ExamBlueprintChoices | null): Choices {
  if (!stored) return DEFAULT_CHOICES;
  const typeCounts = { ...DEFAULT_CHOICES.typeCounts };
  for (const type of SECTION_ORDER) {
    const spec = stored.typeCounts[type];
    typeCounts[type] = spec ? { count: spec.count, points: spec.points } : { ...typeCounts[type], count: 0 };
  }
  const difficultyMix = { ...DEFAULT_CHOICES.difficultyMix };
  for (const d of DIFFICULTIES) difficultyMix[`${d}`] = stored.difficultyMix[`${d}`] ?? 0;
  return { totalPoints: stored.totalPoints, typeCounts, difficultyMix };
}

function toBody(c: Choices): ExamBlueprintChoices {
  return { totalPoints: c.totalPoints, typeCounts: c.typeCounts, difficultyMix: c.difficultyMix };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Integers proportional to shares summing to total (largest remainder), as the server splits the points. */
function largestRemainder(shares: number[], total: number): number[] {
  const sum = shares.reduce((s, x) => s + x, 0);
  if (sum <= 0) return shares.map(() => 0);
  const exact = shares.map((x) => (x / sum) * total);
  const out = exact.map((x) => Math.floor(x + 1e-9));
  let left = total - out.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x + 1e-9) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0 && k < order.length; k++, left--) {
    const o = order[k];
    if (o) out[o.i] = (out[o.i] ?? 0) + 1;
  }
  return out;
}

interface WeightRow {
  index: number;
  item: string;
  kind: 'basic' | 'function';
  weight: number;
  points: number;
}

/** The weight-table rows of the plan: from the built blueprint, else from its version's theory table. */
function useWeightRows(plan: ExamPlan, totalPoints: number): WeightRow[] {
  const version = useStandardVersion(plan.blueprint ? undefined : plan.standardVersionId);
  return useMemo(() => {
    if (plan.blueprint && plan.blueprint.totalPoints === totalPoints) return plan.blueprint.rows;
    const table = version.data?.snapshot.weights.theory;
    const cells = table
      ? weightColumn(table, plan.level as Level, (plan.workType ?? null) as WorkType | null).filter(
          (c) => (c.weight ?? 0) > 0,
        )
      : (plan.blueprint?.rows ?? []);
    const weights = cells.map((c) => c.weight ?? 0);
    const points = largestRemainder(weights, totalPoints);
    return cells.map((c, i) => ({
      index: i,
      item: c.item,
      kind: c.item === '职业道德' || c.item === '基础知识' ? 'basic' : 'function',
      weight: c.weight ?? 0,
      points: points[i] ?? 0,
    }));
  }, [plan.blueprint, plan.level, plan.workType, version.data, totalPoints]);
}

/** "职业功能「跨境店铺运营」的单选题（较难）还差 3 题". */
export function shortfallSentence(s: BlueprintShortfall, kind: 'basic' | 'function', t: TFunction, lang: Lang): string {
  const type = QUESTION_TYPE_LABELS[s.type][lang];
  const vars = {
    item: s.item,
    type: lang === 'zh' ? type : type.toLowerCase(),
    difficulty: difficultyName(s.difficulty, lang),
    n: s.needed - s.available,
    needed: s.needed,
    available: s.available,
  };
  return kind === 'function' ? t('ep.bp.shortFunction', vars) : t('ep.bp.shortBasic', vars);
}

function answerText(item: SamplePaper['items'][number], t: TFunction): string {
  const shown = (bankKey: string) => item.options.find((o) => o.bankKey === bankKey)?.key ?? bankKey;
  const a = item.answer;
  switch (a.type) {
    case 'single':
      return shown(a.key);
    case 'multiple':
      return a.keys.map(shown).sort().join('');
    case 'true_false':
      return a.value ? t('ep.bp.true') : t('ep.bp.false');
    case 'fill_blank':
      return a.blanks.map((b) => b.accepted.join(' / ')).join('；');
    default:
      return '—';
  }
}

function SampleDrawer({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t, lang } = useI18n();
  const [seed] = useState(() => Math.random().toString(36).slice(2, 10));
  const paper = useSamplePaper(planId, seed);
  return (
    <Drawer open size={760} title={t('ep.bp.sampleTitle')} onClose={onClose} data-testid="blueprint-sample-drawer">
      {paper.isLoading ? (
        <Spin />
      ) : paper.isError ? (
        <Alert type="error" showIcon title={errorMessage(paper.error)} data-testid="blueprint-sample-error" />
      ) : paper.data ? (
        <>
          <Typography.Paragraph type="secondary">
            {t('ep.bp.sampleIntro', {
              n: paper.data.items.length,
              points: paper.data.totalPoints,
              seed: paper.data.seed,
            })}
          </Typography.Paragraph>
          <List
            dataSource={paper.data.items}
            data-testid="blueprint-sample-items"
            renderItem={(it) => (
              <List.Item key={it.position}>
                <Flex vertical gap={4} style={{ width: '100%' }}>
                  <Space size={4} wrap>
                    <Typography.Text strong>{it.position}.</Typography.Text>
                    <Tag>{QUESTION_TYPE_LABELS[it.type][lang]}</Tag>
                    <Tag color="blue">{it.rowItem}</Tag>
                    <Tag>{difficultyName(it.difficulty, lang)}</Tag>
                    <Typography.Text type="secondary">{t('ep.bp.pointsN', { n: it.points })}</Typography.Text>
                  </Space>
                  <ServerHtml html={it.stemHtml} />
                  {it.options.map((o) => (
                    <Flex key={o.key} gap={6}>
                      <Typography.Text>{o.key}.</Typography.Text>
                      <ServerHtml html={o.content} inline />
                    </Flex>
                  ))}
                  <Typography.Text type="success">
                    {t('ep.bp.answer')}：{answerText(it, t)}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        </>
      ) : null}
    </Drawer>
  );
}

/** 试卷蓝图: the weight table of the level / work type next to the institution's choices; check, sample, save. */
export default function BlueprintTab({ plan, canEdit }: { plan: ExamPlan; canEdit: boolean }) {
  const { t, lang } = useI18n();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const readOnly = plan.frozen || !canEdit;
  const [choices, setChoices] = useState<Choices>(() => fromStored(plan.blueprintChoices));
  const [bankIds, setBankIds] = useState<string[]>(plan.bankIds);
  const [dirty, setDirty] = useState(false);
  const [preview, setPreview] = useState<BlueprintPreviewResult | null>(null);
  const [sampleOpen, setSampleOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const banks = useBanks();
  const rows = useWeightRows(plan, choices.totalPoints);

  const typeSum = round2(
    SECTION_ORDER.reduce((s, ty) => s + choices.typeCounts[ty].count * choices.typeCounts[ty].points, 0),
  );
  const itemCount = SECTION_ORDER.reduce((s, ty) => s + choices.typeCounts[ty].count, 0);
  const mixSum = round2(DIFFICULTIES.reduce((s, d) => s + choices.difficultyMix[`${d}`], 0));
  const typeOk = Math.abs(typeSum - choices.totalPoints) < 1e-9 && itemCount > 0;
  const mixOk = Math.abs(mixSum - 100) < 1e-9;

  const change = (next: Choices) => {
    setChoices(next);
    setDirty(true);
    setPreview(null);
  };
  const setType = (ty: QuestionType, patch: Partial<{ count: number; points: number }>) =>
    change({ ...choices, typeCounts: { ...choices.typeCounts, [ty]: { ...choices.typeCounts[ty], ...patch } } });

  const check = useMutation({
    mutationFn: () => previewBlueprint(plan.id, { blueprint: toBody(choices), bankIds }),
    onMutate: () => setError(null),
    onSuccess: (r) => setPreview(r),
    onError: (e) => {
      setPreview(null);
      setError(errorMessage(e));
    },
  });
  const save = useMutation({
    mutationFn: () => updatePlan(plan.id, { blueprint: toBody(choices), bankIds }),
    onMutate: () => setError(null),
    onSuccess: () => {
      setDirty(false);
      void message.success(t('ep.bp.saved'));
      void qc.invalidateQueries({ queryKey: planKeys.all });
    },
    onError: (e) => setError(errorMessage(e)),
  });

  const shortByRowType = useMemo(() => {
    const m = new Map<string, number>();
    for (const s of preview?.shortfalls ?? []) {
      const k = `${s.row}:${s.type}`;
      m.set(k, (m.get(k) ?? 0) + (s.needed - s.available));
    }
    return m;
  }, [preview]);
  const usedTypes = SECTION_ORDER.filter((ty) => choices.typeCounts[ty].count > 0);
  const kindOf = (row: number): 'basic' | 'function' =>
    (preview?.blueprint.rows.find((r) => r.index === row)?.kind ?? rows[row]?.kind) === 'basic' ? 'basic' : 'function';

  const chartRows = preview?.blueprint.rows ?? rows;
  const option = useMemo<EChartOption>(() => {
    const samplePoints = preview?.sample?.pointsByRow;
    return {
      grid: { left: 8, right: 40, top: 28, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value' },
      yAxis: {
        type: 'category',
        inverse: true,
        data: chartRows.map((r) => r.item),
        axisLabel: { width: 140, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: t('ep.bp.rowPoints'),
          data: chartRows.map((r) => r.points),
          barMaxWidth: 18,
          itemStyle: { color: token.colorPrimary },
          label: { show: true, position: 'right' },
        },
        ...(samplePoints
          ? [
              {
                type: 'bar' as const,
                name: t('ep.bp.samplePoints'),
                data: chartRows.map((r) => samplePoints.find((p) => p.row === r.index)?.points ?? 0),
                barMaxWidth: 18,
                itemStyle: { color: '#13a8a8' },
              },
            ]
          : []),
      ],
    };
  }, [chartRows, preview, t, token.colorPrimary]);

  const bankOptions = (banks.data?.items ?? [])
    .filter((b) => b.orgId === plan.orgId || b.sharedWithInstitutions || bankIds.includes(b.id))
    .map((b) => ({ value: b.id, label: `${b.name}（${b.orgName}）` }));

  return (
    <Flex vertical gap={16} data-testid="blueprint-tab">
      {plan.frozen ? (
        <Alert type="info" showIcon title={t('ep.bp.frozen')} data-testid="blueprint-frozen" />
      ) : !canEdit ? (
        <Alert type="info" showIcon title={t('ep.bp.readOnly')} />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={11}>
          <Card size="small" title={plan.blueprint?.column ?? t('ep.bp.weightTable', { column: levelText(plan) })}>
            <Table<WeightRow>
              size="small"
              rowKey="index"
              pagination={false}
              dataSource={rows}
              data-testid="blueprint-weights"
              columns={[
                { title: t('ep.bp.item'), dataIndex: 'item' },
                {
                  title: t('ep.bp.weight'),
                  dataIndex: 'weight',
                  width: 90,
                  align: 'right',
                  render: (v: number) => `${v}%`,
                },
                { title: t('ep.bp.points'), dataIndex: 'points', width: 90, align: 'right' },
              ]}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>{t('ep.bp.total')}</Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    {rows.reduce((s, r) => s + r.weight, 0)}%
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">
                    {rows.reduce((s, r) => s + r.points, 0)}
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              )}
            />
            <EChart option={option} height={Math.max(180, chartRows.length * 40 + 40)} testId="blueprint-chart" />
          </Card>
        </Col>
        <Col xs={24} xl={13}>
          <Card size="small" title={t('ep.bp.choices')}>
            <Flex vertical gap={12}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text>{t('ep.bp.banks')}</Typography.Text>
                <Select
                  mode="multiple"
                  style={{ flex: 1, minWidth: 260 }}
                  value={bankIds}
                  disabled={readOnly}
                  options={bankOptions}
                  showSearch={{ optionFilterProp: 'label' }}
                  onChange={(v: string[]) => {
                    setBankIds(v);
                    setDirty(true);
                    setPreview(null);
                  }}
                  data-testid="blueprint-banks"
                />
              </Flex>
              <Flex gap={8} align="center">
                <Typography.Text>{t('ep.bp.totalPoints')}</Typography.Text>
                <InputNumber
                  min={1}
                  max={1000}
                  precision={0}
                  value={choices.totalPoints}
                  disabled={readOnly}
                  onChange={(v) => change({ ...choices, totalPoints: v ?? 100 })}
                  data-testid="blueprint-total"
                />
              </Flex>
              <Table
                size="small"
                rowKey="type"
                pagination={false}
                data-testid="blueprint-types"
                dataSource={SECTION_ORDER.map((ty) => ({ type: ty, ...choices.typeCounts[ty] }))}
                columns={[
                  {
                    title: t('ep.bp.type'),
                    dataIndex: 'type',
                    render: (ty: QuestionType) => QUESTION_TYPE_LABELS[ty][lang],
                  },
                  {
                    title: t('ep.bp.count'),
                    dataIndex: 'count',
                    width: 110,
                    render: (v: number, r) => (
                      <InputNumber
                        size="small"
                        min={0}
                        max={500}
                        precision={0}
                        value={v}
                        disabled={readOnly}
                        onChange={(n) => setType(r.type, { count: n ?? 0 })}
                        data-testid={`blueprint-count-${r.type}`}
                      />
                    ),
                  },
                  {
                    title: t('ep.bp.pointsEach'),
                    dataIndex: 'points',
                    width: 110,
                    render: (v: number, r) => (
                      <InputNumber
                        size="small"
                        min={0.01}
                        max={100}
                        step={0.5}
                        value={v}
                        disabled={readOnly}
                        onChange={(n) => setType(r.type, { points: n ?? 1 })}
                        data-testid={`blueprint-points-${r.type}`}
                      />
                    ),
                  },
                  {
                    title: t('ep.bp.subtotal'),
                    key: 'sub',
                    width: 90,
                    align: 'right',
                    render: (_: unknown, r) => round2(r.count * r.points),
                  },
                ]}
                summary={() => (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>{t('ep.bp.total')}</Table.Summary.Cell>
                    <Table.Summary.Cell index={1}>{t('ep.bp.itemsN', { n: itemCount })}</Table.Summary.Cell>
                    <Table.Summary.Cell index={2} />
                    <Table.Summary.Cell index={3} align="right">
                      <Typography.Text
                        type={typeOk ? 'success' : 'danger'}
                        strong
                        data-testid="blueprint-type-sum"
                        data-ok={typeOk ? 'true' : 'false'}
                      >
                        {typeSum} / {choices.totalPoints}
                      </Typography.Text>
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                )}
              />
              {!typeOk ? (
                <Typography.Text type="danger" data-testid="blueprint-type-hint">
                  {t('ep.bp.typeSumHint', { sum: typeSum, total: choices.totalPoints })}
                </Typography.Text>
              ) : null}
              <div>
                <Typography.Text>{t('ep.bp.difficultyMix')}</Typography.Text>
                <Flex gap={8} wrap style={{ marginTop: 6 }} align="center">
                  {DIFFICULTIES.map((d) => (
                    <Flex key={d} vertical gap={2} align="center">
                      <Typography.Text type="secondary">{difficultyName(d, lang)}</Typography.Text>
                      <InputNumber
                        size="small"
                        min={0}
                        max={100}
                        precision={0}
                        suffix="%"
                        style={{ width: 84 }}
                        value={choices.difficultyMix[`${d}`]}
                        disabled={readOnly}
                        onChange={(n) =>
                          change({ ...choices, difficultyMix: { ...choices.difficultyMix, [`${d}`]: n ?? 0 } })
                        }
                        data-testid={`blueprint-mix-${d}`}
                      />
                    </Flex>
                  ))}
                  <Typography.Text
                    type={mixOk ? 'success' : 'danger'}
                    strong
                    data-testid="blueprint-mix-sum"
                    data-ok={mixOk ? 'true' : 'false'}
                  >
                    {t('ep.bp.mixSum', { sum: mixSum })}
                  </Typography.Text>
                </Flex>
              </div>
              {error ? <Alert type="error" showIcon title={error} data-testid="blueprint-error" /> : null}
              <Flex gap={8} wrap>
                <Button
                  icon={<SearchOutlined />}
                  onClick={() => check.mutate()}
                  loading={check.isPending}
                  disabled={!typeOk || !mixOk || bankIds.length === 0}
                  data-testid="blueprint-check"
                >
                  {t('ep.bp.check')}
                </Button>
                {readOnly ? null : (
                  <Button
                    type="primary"
                    icon={<SaveOutlined />}
                    onClick={() => save.mutate()}
                    loading={save.isPending}
                    disabled={!typeOk || !mixOk}
                    data-testid="blueprint-save"
                  >
                    {t('ep.bp.save')}
                  </Button>
                )}
                <Button
                  icon={<EyeOutlined />}
                  onClick={() => setSampleOpen(true)}
                  disabled={!plan.blueprintChoices || dirty}
                  data-testid="blueprint-sample"
                >
                  {t('ep.bp.sample')}
                </Button>
                {dirty && plan.blueprintChoices ? (
                  <Typography.Text type="secondary">{t('ep.bp.sampleNeedsSave')}</Typography.Text>
                ) : null}
                {bankIds.length === 0 ? <Typography.Text type="warning">{t('ep.bp.noBanks')}</Typography.Text> : null}
              </Flex>
            </Flex>
          </Card>
        </Col>
      </Row>

      {preview ? (
        <Card
          size="small"
          title={t('ep.bp.checkResult')}
          data-testid="blueprint-result"
          data-ok={preview.ok ? 'true' : 'false'}
        >
          <Flex vertical gap={12}>
            {preview.ok ? (
              <Alert
                type="success"
                showIcon
                icon={<CheckCircleOutlined />}
                title={t('ep.bp.ok', { n: preview.sample?.items ?? preview.blueprint.itemCount })}
                description={t('ep.bp.pool', { n: preview.pool.items, unmatched: preview.pool.unmatched })}
                data-testid="blueprint-ok"
              />
            ) : (
              <Alert
                type="error"
                showIcon
                title={t('ep.bp.short', { n: preview.shortfalls.length })}
                description={
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {preview.shortfalls.map((s) => (
                      <li key={`${s.row}-${s.type}-${s.difficulty}`} data-testid="blueprint-shortfall">
                        {shortfallSentence(s, kindOf(s.row), t, lang)}
                      </li>
                    ))}
                    <li style={{ listStyle: 'none', marginTop: 4 }}>
                      <Typography.Text type="secondary">
                        {t('ep.bp.pool', { n: preview.pool.items, unmatched: preview.pool.unmatched })}
                      </Typography.Text>
                    </li>
                  </ul>
                }
              />
            )}
            <Table
              size="small"
              rowKey="index"
              pagination={false}
              scroll={{ x: 700 }}
              data-testid="blueprint-availability"
              dataSource={preview.blueprint.rows}
              columns={[
                { title: t('ep.bp.item'), dataIndex: 'item' },
                { title: t('ep.bp.pointsNeeded'), dataIndex: 'points', width: 100, align: 'right' },
                ...usedTypes.map((ty) => ({
                  title: t('ep.bp.availableOf', { type: QUESTION_TYPE_LABELS[ty][lang] }),
                  key: ty,
                  width: 150,
                  align: 'right' as const,
                  render: (_: unknown, r: { index: number }) => {
                    const a = preview.available.find((x) => x.row === r.index && x.type === ty);
                    const short = shortByRowType.get(`${r.index}:${ty}`);
                    const detail = a
                      ? a.byDifficulty.map((n, i) => `${difficultyName(i + 1, lang)} ${n}`).join(' · ')
                      : '';
                    return (
                      <span
                        title={detail}
                        data-testid={short ? 'blueprint-short-cell' : undefined}
                        style={short ? { color: token.colorError, fontWeight: 600 } : undefined}
                      >
                        {a?.total ?? 0}
                        {short ? ` (${t('ep.bp.shortN', { n: short })})` : ''}
                      </span>
                    );
                  },
                })),
              ]}
            />
          </Flex>
        </Card>
      ) : !check.isPending && !readOnly ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ep.bp.checkHint')} />
      ) : null}
      {sampleOpen ? <SampleDrawer planId={plan.id} onClose={() => setSampleOpen(false)} /> : null}
    </Flex>
  );
}
