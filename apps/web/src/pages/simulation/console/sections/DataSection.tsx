import { metricsByDay, metricsByListing, storeMetrics } from '@crossskill/simulation';
import { Card, Col, Row, Segmented, Statistic } from 'antd';
import { useMemo, useState } from 'react';
import EChart, { type EChartOption } from '../../../../components/EChart';
import { useConsole } from '../context';
import { formatMoney, formatPct } from '../helpers';
import { useL } from '../l10n';
import { simDay } from '../TopBar';
import { AnswerForm } from './AnswerForm';

const RANGES = [7, 14, 30, 90] as const;

/** 数据: the store's metrics over a range of simulated days, by day and by listing; and the answer form. */
export function DataSection() {
  const { state } = useConsole();
  const { L } = useL();
  const [days, setDays] = useState<(typeof RANGES)[number]>(14);
  const today = simDay(state.now);
  const fromDay = Math.max(0, today - days + 1);
  const sum = storeMetrics(state, { fromDay, toDay: today });
  const byDay = useMemo(() => metricsByDay(state, { fromDay, toDay: today }), [state, fromDay, today]);
  const byListing = useMemo(() => metricsByListing(state, { fromDay, toDay: today }), [state, fromDay, today]);

  const dayChart: EChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 48, top: 32, bottom: 28 },
    xAxis: { type: 'category', data: byDay.map((d) => `D${d.day}`) },
    yAxis: [{ type: 'value' }, { type: 'value', name: '$' }],
    series: [
      { type: 'bar', name: L('曝光', 'Impressions'), data: byDay.map((d) => d.metrics.impressions) },
      { type: 'bar', name: L('点击', 'Clicks'), data: byDay.map((d) => d.metrics.clicks) },
      { type: 'bar', name: L('销售额 $', 'Sales $'), yAxisIndex: 1, data: byDay.map((d) => d.metrics.sales) },
      { type: 'bar', name: L('广告花费 $', 'Ad spend $'), yAxisIndex: 1, data: byDay.map((d) => d.metrics.adSpend) },
    ],
  };
  const listingChart: EChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 32, bottom: 28 },
    xAxis: { type: 'category', data: byListing.map((l) => l.listingId) },
    yAxis: { type: 'value', name: '$' },
    series: [
      { type: 'bar', name: L('销售额 $', 'Sales $'), data: byListing.map((l) => l.metrics.sales) },
      { type: 'bar', name: L('广告花费 $', 'Ad spend $'), data: byListing.map((l) => l.metrics.adSpend) },
      { type: 'bar', name: L('广告销售额 $', 'Ad sales $'), data: byListing.map((l) => l.metrics.adSales) },
    ],
  };

  const cards: [string, string | number, string][] = [
    [L('曝光量', 'Impressions'), sum.impressions, 'impressions'],
    [L('点击量', 'Clicks'), sum.clicks, 'clicks'],
    [L('点击率 CTR', 'CTR'), formatPct(sum.ctr, 2), 'ctr'],
    [L('转化率 CVR', 'CVR'), formatPct(sum.cvr, 2), 'cvr'],
    [L('订单量', 'Orders'), sum.orders, 'orders'],
    [L('销售额', 'Sales'), formatMoney(sum.sales), 'sales'],
    [L('单次点击成本 CPC', 'CPC'), formatMoney(sum.cpc), 'cpc'],
    ['ACoS', formatPct(sum.acos), 'acos'],
    ['ROAS', sum.roas === null ? '—' : sum.roas.toFixed(2), 'roas'],
    ['TACoS', formatPct(sum.tacos), 'tacos'],
  ];

  return (
    <div data-testid="sim-data">
      <Segmented
        value={days}
        onChange={(v) => setDays(v as (typeof RANGES)[number])}
        options={RANGES.map((d) => ({ value: d, label: L(`近 ${d} 天`, `${d} days`) }))}
        style={{ marginBottom: 8 }}
      />
      <Row gutter={[8, 8]}>
        {cards.map(([title, value, key]) => (
          <Col xs={12} md={6} xl={4} key={key}>
            <Card size="small" data-testid={`sim-metric-${key}`}>
              <Statistic title={title} value={value} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" style={{ marginTop: 8 }} title={L('按天', 'By day')}>
        <EChart option={dayChart} height={260} testId="sim-chart-day" />
      </Card>
      <Card size="small" style={{ marginTop: 8 }} title={L('按商品', 'By listing')}>
        <EChart option={listingChart} height={240} testId="sim-chart-listing" />
      </Card>
      <AnswerForm />
    </div>
  );
}
