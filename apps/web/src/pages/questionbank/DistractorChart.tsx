import { Alert, Descriptions, Empty, Flex, Spin, Tag } from 'antd';
import { useMemo } from 'react';
import { useQuestionAnalysis } from '../../api/questionbank';
import EChart, { type EChartOption } from '../../components/EChart';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { FlagTags } from './flags';
import { fixed, percent } from './qbUtil';

/** A question's latest item statistics and the share of candidates choosing each option (distractor analysis). */
export default function DistractorChart({ questionId }: { questionId: string }) {
  const { t, lang } = useI18n();
  const analysis = useQuestionAnalysis(questionId);
  const latest = analysis.data?.runs[0];
  const rates = useMemo(
    () =>
      Object.entries(latest?.distractors ?? {})
        .map(([key, rate]) => ({ key, rate }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    [latest],
  );
  const option = useMemo<EChartOption>(
    () => ({
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v) => `${(Number(v) * 100).toFixed(1)}%` },
      xAxis: { type: 'category', data: rates.map((r) => r.key) },
      yAxis: { type: 'value', max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
      series: [
        {
          type: 'bar',
          name: t('qb.an.chosen'),
          data: rates.map((r) => r.rate),
          barMaxWidth: 36,
          label: { show: true, position: 'top', formatter: (p) => percent(Number(p.value), 1) },
        },
      ],
    }),
    [rates, t],
  );
  if (analysis.isError) return <QueryError error={analysis.error} onRetry={() => void analysis.refetch()} />;
  if (analysis.isPending) return <Spin />;
  if (!latest) return <Empty description={t('qb.an.noneForQuestion')} data-testid="qb-question-analysis-empty" />;
  return (
    <Flex vertical gap={12} data-testid="qb-question-analysis">
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('qb.an.exam')}>
          {latest.examKey} · {t('qb.revisionN', { n: latest.revision })}
        </Descriptions.Item>
        <Descriptions.Item label={t('qb.an.computedAt')}>{formatDateTime(latest.computedAt, lang)}</Descriptions.Item>
        <Descriptions.Item label={t('qb.an.n')}>{latest.n}</Descriptions.Item>
        <Descriptions.Item label={t('qb.an.facility')}>{fixed(latest.facility)}</Descriptions.Item>
        <Descriptions.Item label={t('qb.an.pbis')}>{fixed(latest.pointBiserial)}</Descriptions.Item>
        <Descriptions.Item label={t('qb.an.d27')}>{fixed(latest.upperLower27)}</Descriptions.Item>
        <Descriptions.Item label={t('qb.an.flags')} span={2}>
          {latest.flags.length ? <FlagTags flags={latest.flags} /> : <Tag color="green">{t('qb.an.ok')}</Tag>}
        </Descriptions.Item>
      </Descriptions>
      {rates.length > 0 ? (
        <>
          <strong>{t('qb.an.distractors')}</strong>
          <EChart option={option} height={240} testId="qb-distractor-chart" />
        </>
      ) : (
        <Alert type="info" showIcon title={t('qb.an.noDistractors')} />
      )}
    </Flex>
  );
}
