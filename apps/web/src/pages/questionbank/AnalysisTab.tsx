import { ExperimentOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, Form, InputNumber, Table, Tag, Typography, theme } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useMe } from '../../api/auth';
import { errorMessage } from '../../api/client';
import {
  exportItemAnalysis,
  type ItemStat,
  isJobDone,
  qbKeys,
  simulateAnalysis,
  useItemAnalysis,
  useJob,
  useQuestions,
} from '../../api/questionbank';
import EChart, { type EChartOption } from '../../components/EChart';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { hasAnyRole } from '../../lib/access';
import { FlagTags } from './flags';
import { JobProgress } from './JobProgress';
import { fixed } from './qbUtil';
import { htmlToText } from './ServerHtml';

/** 题目分析: simulate candidates' answers for a demo (a background job), then the item statistics and a chart. */
export default function AnalysisTab({ bankId, onOpen }: { bankId: string; onOpen: (questionId: string) => void }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { data: me } = useMe();
  // POST /api/item-analysis/simulate is open to lecturers and platform admins
  const canSimulate = me ? hasAnyRole(me, ['lecturer', 'platform_admin']) : false;
  const [params, setParams] = useSearchParams();
  const examKey = params.get('exam');
  const [run, setRun] = useState<{ jobId: string; examKey: string | null } | null>(null);
  const jobId = run?.jobId ?? null;
  const [candidates, setCandidates] = useState(200);
  const [seed, setSeed] = useState(42);
  const job = useJob(jobId);
  const analysis = useItemAnalysis(examKey);
  const questions = useQuestions(bankId, {}, 1, 100);
  const stems = useMemo(
    () => new Map((questions.data?.items ?? []).map((q) => [q.id, htmlToText(q.stem)])),
    [questions.data],
  );

  const simulate = useMutation({
    mutationFn: () => simulateAnalysis(bankId, candidates, seed),
    onSuccess: (j) => setRun({ jobId: j.jobId, examKey: j.examKey ?? null }),
    onError: (e) => void message.error(errorMessage(e)),
  });

  const done = isJobDone(job.data);
  const resultKey = job.data?.status === 'succeeded' ? (run?.examKey ?? null) : null;
  useEffect(() => {
    if (resultKey && resultKey !== examKey) {
      void qc.invalidateQueries({ queryKey: qbKeys.analysis(resultKey) });
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          next.set('exam', resultKey);
          return next;
        },
        { replace: true },
      );
    }
  }, [resultKey, examKey, qc, setParams]);

  const items = analysis.data?.items ?? [];
  const stemOf = useCallback(
    (s: ItemStat) => s.stemExcerpt ?? stems.get(s.questionId) ?? s.questionId.slice(0, 8),
    [stems],
  );

  const option = useMemo<EChartOption>(
    () => ({
      grid: { left: 8, right: 24, top: 24, bottom: 24, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const d = (p as unknown as { data: { value: [number, number]; name: string } }).data;
          return `${d.name}<br/>p = ${d.value[0].toFixed(2)} · r = ${d.value[1].toFixed(2)}`;
        },
      },
      xAxis: { type: 'value', name: t('qb.an.facility'), min: 0, max: 1, nameLocation: 'middle', nameGap: 24 },
      yAxis: { type: 'value', name: t('qb.an.pbis'), min: -0.5, max: 1 },
      series: [
        {
          type: 'scatter',
          symbolSize: 12,
          data: items
            .filter((s) => s.facility !== null && s.pointBiserial !== null)
            .map((s) => ({
              name: stemOf(s).slice(0, 40),
              value: [s.facility ?? 0, s.pointBiserial ?? 0],
              itemStyle: { color: s.flags.length ? token.colorWarning : token.colorPrimary },
            })),
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed', color: token.colorTextQuaternary },
            data: [{ yAxis: 0.2 }, { xAxis: 0.2 }, { xAxis: 0.9 }],
          },
        },
      ],
    }),
    [items, stemOf, t, token],
  );

  return (
    <Flex vertical gap={16} data-testid="qb-analysis">
      <Card size="small">
        <Typography.Paragraph type="secondary">{t('qb.an.intro')}</Typography.Paragraph>
        <Flex gap={16} align="center" wrap>
          <Form layout="inline">
            <Form.Item label={t('qb.an.candidates')}>
              <InputNumber
                min={10}
                max={5000}
                value={candidates}
                onChange={(v) => setCandidates(typeof v === 'number' ? v : 200)}
                data-testid="qb-an-candidates"
              />
            </Form.Item>
            <Form.Item label={t('qb.an.seed')}>
              <InputNumber value={seed} onChange={(v) => setSeed(typeof v === 'number' ? v : 42)} />
            </Form.Item>
          </Form>
          <Button
            type="primary"
            disabled={!canSimulate}
            title={canSimulate ? undefined : t('qb.an.simulateRoles')}
            icon={<ExperimentOutlined />}
            loading={simulate.isPending || (jobId !== null && !done)}
            onClick={() => simulate.mutate()}
            data-testid="qb-an-simulate"
          >
            {t('qb.an.simulate')}
          </Button>
        </Flex>
        {jobId ? (
          <div style={{ marginTop: 12, maxWidth: 520 }}>
            <JobProgress job={job.data} testId="qb-an-progress" />
            {job.data?.status === 'failed' ? (
              <Alert type="error" showIcon title={job.data.error?.message ?? t('qb.job.failed')} />
            ) : null}
          </div>
        ) : null}
      </Card>
      {analysis.isError ? <QueryError error={analysis.error} onRetry={() => void analysis.refetch()} /> : null}
      {!examKey ? <Empty description={t('qb.an.none')} /> : null}
      {analysis.data ? (
        <>
          <Card size="small" title={t('qb.an.chart')}>
            <EChart option={option} height={360} testId="qb-an-chart" />
          </Card>
          <Card
            size="small"
            title={t('qb.an.results', { exam: analysis.data.examKey })}
            extra={
              <Button
                size="small"
                data-testid="qb-an-export"
                onClick={() =>
                  void exportItemAnalysis(analysis.data.examKey, `item-analysis-${analysis.data.examKey}.xlsx`).catch(
                    (e) => message.error(errorMessage(e)),
                  )
                }
              >
                {t('common.exportExcel')}
              </Button>
            }
          >
            <Table<ItemStat>
              size="small"
              rowKey={(r) => r.revisionId ?? r.questionId}
              dataSource={items}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              scroll={{ x: 960 }}
              data-testid="qb-an-table"
              columns={[
                {
                  title: t('qb.stem'),
                  key: 'stem',
                  ellipsis: true,
                  render: (_: unknown, r) => (
                    <Typography.Link onClick={() => onOpen(r.questionId)}>{stemOf(r)}</Typography.Link>
                  ),
                },
                { title: t('qb.an.n'), dataIndex: 'n', width: 70, align: 'right' },
                {
                  title: t('qb.an.facility'),
                  dataIndex: 'facility',
                  width: 90,
                  align: 'right',
                  sorter: (a, b) => (a.facility ?? 0) - (b.facility ?? 0),
                  render: (v: number | null) => fixed(v),
                },
                {
                  title: t('qb.an.pbis'),
                  dataIndex: 'pointBiserial',
                  width: 110,
                  align: 'right',
                  sorter: (a, b) => (a.pointBiserial ?? 0) - (b.pointBiserial ?? 0),
                  render: (v: number | null) => fixed(v),
                },
                {
                  title: t('qb.an.d27'),
                  dataIndex: 'upperLower27',
                  width: 130,
                  align: 'right',
                  render: (v: number | null) => fixed(v),
                },
                {
                  title: t('qb.an.flags'),
                  dataIndex: 'flags',
                  width: 240,
                  render: (f: string[]) =>
                    f.length ? <FlagTags flags={f} /> : <Tag color="green">{t('qb.an.ok')}</Tag>,
                },
              ]}
            />
          </Card>
        </>
      ) : null}
    </Flex>
  );
}
