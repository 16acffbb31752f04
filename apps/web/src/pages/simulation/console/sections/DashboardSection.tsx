import { storeMetrics } from '@crossskill/simulation';
import { Card, Col, Descriptions, Row, Statistic, Tag } from 'antd';
import { useConsole } from '../context';
import { formatMoney, formatPct } from '../helpers';
import { useL } from '../l10n';
import type { SectionKey } from '../nav';
import { simDay } from '../TopBar';

const STORE_STATUS_COLOURS = {
  unregistered: 'default',
  pending_verification: 'processing',
  verified: 'success',
  rejected: 'error',
  suspended: 'error',
} as const;

/** 首页: what needs doing today, the last 7 days, and account health against the marketplace's targets. */
export function DashboardSection({ onNavigate }: { onNavigate: (key: SectionKey) => void }) {
  const { state, env } = useConsole();
  const { L } = useL();
  const today = simDay(state.now);
  const week = storeMetrics(state, { fromDay: Math.max(0, today - 7), toDay: today });
  const awaiting = state.orders.filter((o) => o.status === env.rules.orders.awaitingShipment).length;
  const flagged = state.orders.filter((o) => o.flags.length > 0).length;
  const unanswered = state.messages.filter((m) => m.status === 'awaiting_reply').length;
  const active = state.listings.filter((l) => l.status === 'active').length;
  const h = state.health;
  const targets = env.rules.health.targets.value;
  const tile = (title: string, value: number | string, key: SectionKey, testId: string) => (
    <Col xs={12} md={6}>
      <Card size="small" hoverable onClick={() => onNavigate(key)} data-testid={testId}>
        <Statistic title={title} value={value} />
      </Card>
    </Col>
  );
  return (
    <div data-testid="sim-dashboard">
      <Row gutter={[8, 8]}>
        {tile(L('待发货订单', 'Orders to ship'), awaiting, 'orders', 'sim-dash-to-ship')}
        {tile(L('异常订单', 'Abnormal orders'), flagged, 'orders', 'sim-dash-flagged')}
        {tile(L('待回复消息', 'Messages to answer'), unanswered, 'messages', 'sim-dash-messages')}
        {tile(L('在售商品', 'Active listings'), active, 'catalog', 'sim-dash-listings')}
        {tile(L('近 7 天销售额', 'Sales, last 7 days'), formatMoney(week.sales), 'data', 'sim-dash-sales')}
        {tile(L('近 7 天订单', 'Orders, last 7 days'), week.orders, 'data', 'sim-dash-orders')}
        {tile(L('转化率', 'Conversion rate'), formatPct(week.cvr), 'data', 'sim-dash-cvr')}
        {tile('ACoS', formatPct(week.acos), 'marketing', 'sim-dash-acos')}
      </Row>
      <Card size="small" style={{ marginTop: 8 }} title={L('店铺与账户健康', 'Store and account health')}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label={L('店铺状态', 'Store status')}>
            <Tag color={STORE_STATUS_COLOURS[state.store.status]} data-testid="sim-store-status">
              {state.store.status}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={L('店铺评分', 'Rating')}>{h.rating.toFixed(1)}</Descriptions.Item>
          <Descriptions.Item label={L('订单缺陷率', 'Order defect rate')}>
            {formatPct(h.orderDefectRate, 2)} ({L('目标', 'target')} ≤ {formatPct(targets.orderDefectRate, 0)})
          </Descriptions.Item>
          <Descriptions.Item label={L('迟发率', 'Late shipment rate')}>
            {formatPct(h.lateShipmentRate, 2)} ({L('目标', 'target')} ≤ {formatPct(targets.lateShipmentRate, 0)})
          </Descriptions.Item>
          <Descriptions.Item label={L('取消率', 'Cancellation rate')}>
            {formatPct(h.cancellationRate, 2)} ({L('目标', 'target')} ≤ {formatPct(targets.cancellationRate, 1)})
          </Descriptions.Item>
          <Descriptions.Item label={L('有效追踪率', 'Valid tracking rate')}>
            {formatPct(h.validTrackingRate, 1)} ({L('目标', 'target')} ≥ {formatPct(targets.validTrackingRate, 0)})
          </Descriptions.Item>
          <Descriptions.Item label={L('24 小时回复率', '24-hour response rate')}>
            {formatPct(h.responseRate24h, 1)} ({L('目标', 'target')} ≥ {formatPct(targets.responseRate24h, 0)})
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </div>
  );
}
