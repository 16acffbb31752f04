import { CalculatorOutlined, ClearOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Radio,
  Row,
  Segmented,
  Select,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import {
  type SuzhouFormRow,
  type SuzhouRating,
  type SuzhouScoreResult,
  scoreEvaluation,
  useLocalStandards,
} from '../../api/standards';
import { Page } from '../../components/Page';
import { PageLoading } from '../../components/PageLoading';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { menuItem } from '../../menu';

const RESULT_COLORS: Record<string, string> = { 高级: 'gold', 中级: 'green', 初级: 'blue', 不合格: 'red' };

/** 企业员工能力评价表: the Suzhou (004) forms of 附录 A–E rendered from the data, with a scorer. */
export default function EvaluationFormsPage() {
  const { t, pick } = useI18n();
  const local = useLocalStandards();
  const suzhou = local.data?.suzhou;
  const [category, setCategory] = useState<string | undefined>();
  const [grade, setGrade] = useState<string>('初级');
  const [ratings, setRatings] = useState<Record<string, SuzhouRating>>({});
  const [scored, setScored] = useState<SuzhouScoreResult | null>(null);

  const cat = category ?? suzhou?.categories[0];
  const form = suzhou?.evaluationForms.find((f) => f.category === cat);
  const rowKeys = suzhou?.rowsByGrade[grade] ?? [];
  const rows = useMemo(
    () => rowKeys.map((k) => form?.rows.find((r) => r.key === k)).filter((r): r is SuzhouFormRow => Boolean(r)),
    [rowKeys, form],
  );
  const maxTotal = rows.reduce((s, r) => s + r.points.A, 0);
  const currentTotal = rows.reduce((s, r) => s + (ratings[r.key] ? r.points[ratings[r.key] as SuzhouRating] : 0), 0);
  const complete = rows.length > 0 && rows.every((r) => ratings[r.key]);
  const personnel = suzhou?.personnelCategories.find((p) => p.category === cat);

  const score = useMutation({
    mutationFn: () =>
      scoreEvaluation({
        category: cat ?? '',
        grade,
        ratings: Object.fromEntries(rows.map((r) => [r.key, ratings[r.key] ?? 'D'])),
      }),
    onSuccess: setScored,
  });

  const reset = (changes: () => void) => {
    changes();
    setScored(null);
    score.reset();
  };

  const title = pick(menuItem('evaluations').label);
  if (local.isError) {
    return (
      <Page title={title} testId="evaluations-page">
        <QueryError error={local.error} onRetry={() => void local.refetch()} />
      </Page>
    );
  }
  if (!suzhou || !form) {
    return (
      <Page title={title} testId="evaluations-page">
        <PageLoading />
      </Page>
    );
  }
  const band = scored ? suzhou.resultMapping.bands.find((b) => b.result === scored.result) : undefined;

  return (
    <Page title={title} testId="evaluations-page">
      <Flex vertical gap={16}>
        <Card size="small">
          <Flex vertical gap={8}>
            <Typography.Text type="secondary">
              {suzhou.document.proposedBy} · 《{suzhou.document.title}》 · {suzhou.evaluationBasis?.text}
            </Typography.Text>
            <Flex gap={12} wrap align="center">
              <Typography.Text>{t('eval.category')}</Typography.Text>
              <Select
                style={{ width: 180 }}
                value={cat}
                onChange={(v: string) => reset(() => setCategory(v))}
                data-testid="eval-category"
                options={suzhou.categories.map((c) => ({ value: c, label: c }))}
              />
              <Typography.Text>{t('eval.grade')}</Typography.Text>
              <Segmented
                value={grade}
                onChange={(v) => reset(() => setGrade(String(v)))}
                data-testid="eval-grade"
                options={suzhou.grades.map((g) => ({
                  value: g,
                  label: <span data-testid={`eval-grade-${g}`}>{g}</span>,
                }))}
              />
            </Flex>
            {personnel ? (
              <Typography.Text type="secondary" data-testid="eval-tasks">
                {personnel.name}：{personnel.tasks.join('；')}
              </Typography.Text>
            ) : null}
          </Flex>
        </Card>

        <Row gutter={[16, 16]}>
          <Col xs={24} xxl={16}>
            <Card
              title={
                <span data-testid="eval-form-title">
                  {t('eval.annex', { annex: form.annex })} {form.annexTitle}
                </span>
              }
              extra={
                <Button
                  icon={<ClearOutlined />}
                  onClick={() => reset(() => setRatings({}))}
                  disabled={Object.keys(ratings).length === 0}
                  data-testid="eval-clear"
                >
                  {t('eval.clear')}
                </Button>
              }
            >
              <Typography.Title level={5} style={{ textAlign: 'center', marginTop: 0 }}>
                {form.table} {form.tableTitle}（{grade}）
              </Typography.Title>
              {maxTotal < 100 ? (
                <Alert
                  type="info"
                  showIcon
                  style={{ marginBottom: 12 }}
                  data-testid="eval-max-note"
                  title={t('eval.maxNote', { grade, max: maxTotal })}
                />
              ) : null}
              <Table<SuzhouFormRow>
                rowKey="key"
                size="small"
                bordered
                pagination={false}
                dataSource={rows}
                scroll={{ x: 720 }}
                data-testid="eval-form"
                onRow={(r) => ({ 'data-testid': `eval-row-${r.key}` }) as React.HTMLAttributes<HTMLElement>}
                columns={[
                  {
                    title: form.columns.item,
                    dataIndex: 'item',
                    width: 110,
                    render: (v: string, r) => (
                      <span>
                        {v}
                        {r.skillGrade ? (
                          <div>
                            <Tag>{r.skillGrade}</Tag>
                          </div>
                        ) : null}
                      </span>
                    ),
                  },
                  {
                    title: form.columns.content,
                    dataIndex: 'content',
                    render: (lines: string[]) => (
                      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                        {lines.map((l) => (
                          <li key={l}>{l}</li>
                        ))}
                      </ul>
                    ),
                  },
                  {
                    title: form.columns.rating,
                    key: 'rating',
                    width: 230,
                    render: (_: unknown, r) => (
                      <Radio.Group
                        size="small"
                        optionType="button"
                        value={ratings[r.key]}
                        onChange={(e) =>
                          reset(() => setRatings((prev) => ({ ...prev, [r.key]: e.target.value as SuzhouRating })))
                        }
                        data-testid={`eval-rate-${r.key}`}
                        options={suzhou.ratings.map((g) => ({
                          value: g,
                          label: (
                            <span data-testid={`eval-rate-${r.key}-${g}`}>
                              {g}{' '}
                              <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                                {r.points[g]}
                              </Typography.Text>
                            </span>
                          ),
                        }))}
                      />
                    ),
                  },
                  {
                    title: form.columns.score,
                    key: 'score',
                    width: 90,
                    align: 'center',
                    render: (_: unknown, r) => {
                      const g = ratings[r.key];
                      return g ? `${r.points[g]} / ${r.points.A}` : `— / ${r.points.A}`;
                    },
                  },
                ]}
                summary={() => (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0} colSpan={3} align="right">
                      <Typography.Text strong>{t('eval.runningTotal')}</Typography.Text>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={3} align="center">
                      <Typography.Text strong data-testid="eval-running-total">
                        {currentTotal} / {maxTotal}
                      </Typography.Text>
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                )}
              />
              {form.summary || form.signOff ? (
                <Descriptions size="small" bordered column={3} style={{ marginTop: 12 }}>
                  {[...(form.summary?.fields ?? []), ...(form.signOff ?? [])].map((f) => (
                    <Descriptions.Item key={f} label={f}>
                      {f === '总分' && scored ? scored.total : f === '等第' && scored ? scored.result : ' '}
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              ) : null}
              {form.totalRules ? (
                <ul style={{ marginTop: 12, paddingInlineStart: 18, color: 'rgba(0,0,0,0.55)' }}>
                  {form.totalRules.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              ) : null}
              <Flex gap={8} align="center" wrap>
                <Button
                  type="primary"
                  icon={<CalculatorOutlined />}
                  disabled={!complete}
                  loading={score.isPending}
                  onClick={() => score.mutate()}
                  data-testid="eval-score"
                >
                  {t('eval.score')}
                </Button>
                {!complete ? <Typography.Text type="secondary">{t('eval.rateAll')}</Typography.Text> : null}
              </Flex>
              {score.isError ? (
                <Alert
                  type="error"
                  showIcon
                  style={{ marginTop: 12 }}
                  data-testid="eval-error"
                  title={errorMessage(score.error)}
                  description={
                    score.error instanceof ApiError ? score.error.details.map((d) => d.message).join('；') : null
                  }
                />
              ) : null}
            </Card>
          </Col>
          <Col xs={24} xxl={8}>
            <Flex vertical gap={16}>
              <Card title={t('eval.result')} data-testid="eval-result">
                {scored ? (
                  <Flex vertical gap={12}>
                    <Flex gap={24} wrap>
                      <Statistic
                        title={t('eval.total')}
                        value={scored.total}
                        suffix={`/ ${scored.maxTotal}`}
                        data-testid="eval-total"
                      />
                      <div>
                        <Typography.Text type="secondary">{t('eval.resultGrade')}</Typography.Text>
                        <div>
                          <Tag
                            color={RESULT_COLORS[scored.result] ?? 'default'}
                            style={{ fontSize: 18, padding: '4px 12px', marginTop: 6 }}
                            data-testid="eval-result-grade"
                          >
                            {scored.result}
                          </Tag>
                        </div>
                      </div>
                    </Flex>
                    {scored.maxTotal < 100 ? (
                      <Typography.Text type="secondary" data-testid="eval-result-max">
                        {t('eval.maxNote', { grade: scored.grade, max: scored.maxTotal })}
                      </Typography.Text>
                    ) : null}
                    <div data-testid="eval-uses">
                      <Typography.Text strong>{band?.usesLead ?? t('eval.uses')}</Typography.Text>
                      <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                        {scored.uses.map((u) => (
                          <li key={u}>{u}</li>
                        ))}
                      </ul>
                    </div>
                  </Flex>
                ) : (
                  <Typography.Text type="secondary">{t('eval.noResult')}</Typography.Text>
                )}
              </Card>
              <Card title={t('eval.bands')} size="small">
                <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                  {suzhou.resultMapping.text}
                </Typography.Paragraph>
                <Table
                  size="small"
                  rowKey="result"
                  pagination={false}
                  dataSource={suzhou.resultMapping.bands}
                  data-testid="eval-bands"
                  rowClassName={(b) => (scored?.result === b.result ? 'ant-table-row-selected' : '')}
                  columns={[
                    {
                      title: t('eval.resultGrade'),
                      dataIndex: 'result',
                      render: (v: string) => <Tag color={RESULT_COLORS[v] ?? 'default'}>{v}</Tag>,
                    },
                    {
                      title: t('eval.range'),
                      key: 'range',
                      render: (_: unknown, b) =>
                        b.belowTotal ? `${b.minTotal}–${b.belowTotal - 1}` : `≥ ${b.minTotal}`,
                    },
                    { title: t('eval.uses'), dataIndex: 'uses', render: (u: string[]) => u.join('、') },
                  ]}
                />
              </Card>
            </Flex>
          </Col>
        </Row>
      </Flex>
    </Page>
  );
}
