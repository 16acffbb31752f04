import { Alert, Card, Flex, Form, InputNumber, Select, Table, Tag, Typography, theme } from 'antd';
import { useMemo, useState } from 'react';
import { type CoverageRow, useCoverage } from '../../api/questionbank';
import { useStandardVersion, useStandardVersions } from '../../api/standards';
import EChart, { type EChartOption } from '../../components/EChart';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { defaultVersion, LEVELS, type Level, WORK_TYPES, type WorkType } from '../standards/standardsUtil';
import { difficultyLabel } from './qbUtil';

const round = (n: number) => Math.round(n * 10) / 10;

/** 覆盖率分析: active items per weight-table row and difficulty against N distinct papers; shortfalls in red. */
export default function CoverageTab({ bankId }: { bankId: string }) {
  const { t, lang } = useI18n();
  const { token } = theme.useToken();
  const versions = useStandardVersions();
  const published = (versions.data?.items ?? []).filter((v) => v.status === 'published');
  const [versionPick, setVersionPick] = useState<string | undefined>();
  const versionId = versionPick ?? defaultVersion(published)?.id;
  const version = useStandardVersion(versionId);
  const [level, setLevel] = useState<Level>(4);
  const [workType, setWorkType] = useState<WorkType | null>('跨境电子商务师');
  const [papers, setPapers] = useState(2);
  const [paperPoints, setPaperPoints] = useState(100);
  const levelMeta = version.data?.snapshot.levels.find((l) => l.level === level);
  const levelWorkTypes = levelMeta?.workTypes ?? (level === 1 ? [] : WORK_TYPES);
  const wt = levelWorkTypes.length > 0 ? (workType ?? levelWorkTypes[0] ?? null) : null;

  const params = versionId ? { versionId, level, workType: wt, papers, paperPoints } : null;
  const coverage = useCoverage(bankId, params);
  const rows = coverage.data?.rows ?? [];
  const needed = (r: CoverageRow) => round(r.pointsPerPaper * (coverage.data?.papers ?? papers));

  const option = useMemo<EChartOption>(
    () => ({
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', name: t('qb.cov.pointsAxis') },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.item),
        axisLabel: { width: 150, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: t('qb.cov.needed'),
          data: rows.map((r) => round(r.pointsPerPaper * (coverage.data?.papers ?? 1))),
          itemStyle: { color: token.colorTextQuaternary },
          barMaxWidth: 14,
        },
        {
          type: 'bar',
          name: t('qb.cov.available'),
          data: rows.map((r) => ({
            value: round(r.points),
            itemStyle: { color: r.short ? token.colorError : token.colorSuccess },
          })),
          barMaxWidth: 14,
        },
      ],
    }),
    [rows, coverage.data?.papers, t, token],
  );

  return (
    <Flex vertical gap={16} data-testid="qb-coverage">
      <Card size="small">
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label={t('qb.tag.version')}>
            <Select
              style={{ width: 160 }}
              value={versionId}
              options={published.map((v) => ({ value: v.id, label: v.label }))}
              onChange={setVersionPick}
              data-testid="qb-cov-version"
            />
          </Form.Item>
          <Form.Item label={t('qb.level')}>
            <Select<Level>
              style={{ width: 150 }}
              value={level}
              options={LEVELS.map((l) => ({
                value: l,
                label: version.data?.snapshot.levels.find((x) => x.level === l)?.name ?? `L${l}`,
              }))}
              onChange={setLevel}
              data-testid="qb-cov-level"
            />
          </Form.Item>
          {levelWorkTypes.length > 0 ? (
            <Form.Item label={t('qb.workType')}>
              <Select<WorkType>
                style={{ width: 160 }}
                value={wt ?? undefined}
                options={levelWorkTypes.map((w) => ({ value: w, label: w }))}
                onChange={setWorkType}
                data-testid="qb-cov-worktype"
              />
            </Form.Item>
          ) : null}
          <Form.Item label={t('qb.cov.papers')}>
            <InputNumber
              min={1}
              max={1000}
              value={papers}
              onChange={(v) => setPapers(typeof v === 'number' && v >= 1 ? Math.floor(v) : 1)}
              data-testid="qb-cov-papers"
            />
          </Form.Item>
          <Form.Item label={t('qb.cov.paperPoints')}>
            <InputNumber
              min={1}
              max={1000}
              value={paperPoints}
              onChange={(v) => setPaperPoints(typeof v === 'number' && v > 0 ? v : 100)}
              data-testid="qb-cov-paper-points"
            />
          </Form.Item>
        </Form>
      </Card>
      {coverage.isError ? <QueryError error={coverage.error} onRetry={() => void coverage.refetch()} /> : null}
      {coverage.data ? (
        <>
          <Alert
            type={coverage.data.short ? 'error' : 'success'}
            showIcon
            data-testid="qb-cov-summary"
            data-short={String(coverage.data.short)}
            title={
              coverage.data.short
                ? t('qb.cov.short', { papers: coverage.data.papers, possible: coverage.data.papersPossible })
                : t('qb.cov.enough', { papers: coverage.data.papers, possible: coverage.data.papersPossible })
            }
            description={coverage.data.column}
          />
          <Card size="small" title={t('qb.cov.table')}>
            <Table<CoverageRow>
              size="small"
              rowKey="item"
              pagination={false}
              loading={coverage.isFetching}
              dataSource={rows}
              scroll={{ x: 1000 }}
              data-testid="qb-cov-table"
              onRow={(r) =>
                ({
                  'data-testid': `qb-cov-row-${r.item}`,
                  'data-short': String(r.short),
                  style: r.short ? { background: token.colorErrorBg } : undefined,
                }) as React.HTMLAttributes<HTMLElement>
              }
              columns={[
                { title: t('qb.cov.item'), dataIndex: 'item', fixed: 'left', width: 200 },
                { title: t('qb.cov.weight'), dataIndex: 'weight', width: 70, align: 'right', render: (v) => `${v}%` },
                {
                  title: t('qb.cov.neededPoints'),
                  key: 'needed',
                  width: 110,
                  align: 'right',
                  render: (_: unknown, r) => (
                    <span title={t('qb.cov.perPaper', { n: round(r.pointsPerPaper) })}>{needed(r)}</span>
                  ),
                },
                {
                  title: t('qb.cov.availablePoints'),
                  key: 'points',
                  width: 110,
                  align: 'right',
                  render: (_: unknown, r) => `${round(r.points)}（${t('qb.cov.itemsN', { n: r.items })}）`,
                },
                ...[1, 2, 3, 4, 5].map((d) => ({
                  title: difficultyLabel(d, lang),
                  key: `d${d}`,
                  width: 80,
                  align: 'right' as const,
                  render: (_: unknown, r: CoverageRow) => {
                    const c = r.byDifficulty.find((x) => x.difficulty === d);
                    return c && c.items > 0 ? `${round(c.points)}/${c.items}` : '—';
                  },
                })),
                {
                  title: t('qb.cov.papersPossible'),
                  dataIndex: 'papersPossible',
                  width: 100,
                  align: 'right',
                },
                {
                  title: t('qb.cov.shortfall'),
                  key: 'short',
                  width: 110,
                  align: 'right',
                  render: (_: unknown, r) =>
                    r.short ? (
                      <Tag color="red" data-testid="qb-cov-shortfall">
                        −{round(r.shortfallPoints)}
                      </Tag>
                    ) : (
                      <Tag color="green">{t('qb.cov.ok')}</Tag>
                    ),
                },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('qb.cov.hint')}
            </Typography.Paragraph>
          </Card>
          <Card size="small" title={t('qb.cov.chart')}>
            <EChart option={option} height={Math.max(200, rows.length * 44 + 60)} testId="qb-cov-chart" />
          </Card>
        </>
      ) : null}
    </Flex>
  );
}
