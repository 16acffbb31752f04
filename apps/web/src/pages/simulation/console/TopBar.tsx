import { FieldTimeOutlined } from '@ant-design/icons';
import { type MarketplaceId, MINUTES_PER_DAY } from '@crossskill/simulation';
import { Button, Flex, InputNumber, Popover, Space, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { RefusalAlert, useAct, useConsole } from './context';
import { useL } from './l10n';

/** Bar colours in the spirit of each seller centre (dark navy, red, orange). */
const BAR_COLOURS: Record<MarketplaceId, string> = {
  amazon: '#232f3e',
  aliexpress: '#c4162a',
  alibaba: '#e65c00',
};

const HEALTH_COLOURS = { good: 'success', at_risk: 'warning', critical: 'error' } as const;

export function simDay(now: number): number {
  return Math.floor(now / MINUTES_PER_DAY);
}

export function TopBar({ navButton, extra }: { navButton?: ReactNode; extra?: ReactNode }) {
  const { state, env, mode } = useConsole();
  const { L, loc } = useL();
  const storeName = String(state.store.settings.storeName ?? '') || L('未命名店铺', 'Unnamed store');
  const health = state.health.status;
  const healthText = { good: L('良好', 'Good'), at_risk: L('有风险', 'At risk'), critical: L('危险', 'Critical') }[
    health
  ];
  return (
    <Flex
      align="center"
      gap={8}
      wrap
      style={{
        background: BAR_COLOURS[state.marketplace],
        color: '#fff',
        padding: '8px 12px',
        borderRadius: '8px 8px 0 0',
      }}
      data-testid="sim-topbar"
    >
      {navButton}
      <Typography.Text strong style={{ color: '#fff', fontSize: 16 }} data-testid="sim-marketplace">
        {loc(env.rules.name)} {L('卖家中心', 'Seller Center')}
      </Typography.Text>
      <Tag color="default" style={{ marginInlineEnd: 0 }}>
        {env.rules.model} · {L('规则', 'Rules')} {state.rulesVersion}
      </Tag>
      <Typography.Text style={{ color: '#fff' }} ellipsis data-testid="sim-store-name">
        {storeName}
      </Typography.Text>
      <div style={{ flex: 1 }} />
      <Space size={6} wrap>
        <Tag icon={<FieldTimeOutlined />} color="blue" data-testid="sim-day">
          {L(`第 ${simDay(state.now)} 天`, `Day ${simDay(state.now)}`)}
        </Tag>
        <Tag color={HEALTH_COLOURS[health]} data-testid="sim-health">
          {L('账户健康', 'Account health')}: {healthText}
        </Tag>
        {mode === 'exam' ? null : <AdvanceDays />}
        {extra}
      </Space>
    </Flex>
  );
}

/** 推进 N 天: runs the market (demand, ads, orders, deliveries, messages, metrics) for whole simulated days. */
function AdvanceDays() {
  const { L } = useL();
  const act = useAct();
  const [days, setDays] = useState(1);
  const [open, setOpen] = useState(false);
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title={L('推进市场天数', 'Advance market days')}
      content={
        <div style={{ maxWidth: 260 }}>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {L(
              '市场按天运行：曝光、点击、订单、物流签收、买家消息和店铺指标随之变化。',
              'The market runs day by day: impressions, clicks, orders, deliveries, buyer messages and metrics change.',
            )}
          </Typography.Paragraph>
          <Space.Compact>
            <InputNumber
              min={1}
              max={30}
              value={days}
              onChange={(v) => setDays(v ?? 1)}
              data-testid="sim-advance-days"
            />
            <Button
              type="primary"
              loading={act.busy}
              data-testid="sim-advance-submit"
              onClick={async () => {
                if ((await act.run({ type: 'market.advanceDays', days })).ok) setOpen(false);
              }}
            >
              {L('推进', 'Advance')}
            </Button>
          </Space.Compact>
          <RefusalAlert error={act.error} testId="sim-advance-error" />
        </div>
      }
    >
      <Button size="small" data-testid="sim-advance">
        {L('推进天数', 'Advance days')}
      </Button>
    </Popover>
  );
}
