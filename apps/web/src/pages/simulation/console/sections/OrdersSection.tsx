import type { Order, OrderFilter } from '@crossskill/simulation';
import { Badge, Button, Flex, Input, Select, Table, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { RefusalAlert, useAct, useConsole } from '../context';
import { formatSimTime, orderStatusTabs } from '../helpers';
import { useL } from '../l10n';
import { OrderDrawer } from './OrderDrawer';
import { TaDraftButton } from './TradeAssurance';

function matches(o: Order, f: OrderFilter): boolean {
  if (f.status && f.status.length > 0 && !f.status.includes(o.status)) return false;
  if (f.country && f.country.length > 0 && !f.country.includes(o.address.country)) return false;
  if (f.flagged && o.flags.length === 0) return false;
  if (f.fulfilment && o.fulfilment !== f.fulfilment) return false;
  if (f.text) {
    const t = f.text.toLowerCase();
    const hay = `${o.id} ${o.buyer.name} ${o.lines.map((l) => l.sku).join(' ')}`.toLowerCase();
    if (!hay.includes(t)) return false;
  }
  return true;
}

/** 订单: the marketplace's own state names as filter tabs (each filter is an action: the standard examines it). */
export function OrdersSection() {
  const { state, env } = useConsole();
  const { L, loc } = useL();
  const act = useAct();
  const [filter, setFilter] = useState<OrderFilter>({});
  const [openId, setOpenId] = useState<string | null>(null);
  const states = env.rules.orders.states.value;
  const tabs = orderStatusTabs(states, state.orders);
  const countries = useMemo(() => [...new Set(state.orders.map((o) => o.address.country))].sort(), [state.orders]);
  const shown = state.orders.filter((o) => matches(o, filter));
  const open = state.orders.find((o) => o.id === openId) ?? null;

  const apply = (next: OrderFilter) => {
    setFilter(next);
    const clean: OrderFilter = {};
    if (next.status?.length) clean.status = next.status;
    if (next.country?.length) clean.country = next.country;
    if (next.flagged) clean.flagged = true;
    if (next.text) clean.text = next.text;
    void act.run({ type: 'order.filter', filter: clean });
  };

  return (
    <div data-testid="sim-orders">
      <Flex gap={8} wrap align="center" style={{ marginBottom: 4 }}>
        <Input.Search
          allowClear
          placeholder={L('订单号 / 买家 / SKU', 'Order / buyer / SKU')}
          style={{ width: 220 }}
          onSearch={(text) => apply({ ...filter, text: text || undefined })}
          data-testid="sim-order-search"
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={L('国家', 'Country')}
          style={{ minWidth: 140 }}
          value={filter.country ?? []}
          options={countries.map((c) => ({ value: c, label: c }))}
          onChange={(country: string[]) => apply({ ...filter, country })}
          data-testid="sim-order-country"
        />
        <Button
          type={filter.flagged ? 'primary' : 'default'}
          onClick={() => apply({ ...filter, flagged: !filter.flagged || undefined })}
          data-testid="sim-order-flagged"
        >
          {L('异常订单', 'Abnormal orders')}
        </Button>
        {state.marketplace === 'alibaba' ? <TaDraftButton /> : null}
      </Flex>
      <Tabs
        size="small"
        activeKey={filter.status?.[0] ?? 'all'}
        onChange={(key) => apply({ ...filter, status: key === 'all' ? undefined : [key] })}
        items={tabs.map((t) => ({
          key: t.key,
          label: (
            <span data-testid={`sim-order-tab-${t.key}`} title={t.name}>
              {t.label ? loc(t.label) : L('全部', 'All')} <Badge count={t.count} size="small" color="#999" />
            </span>
          ),
        }))}
      />
      <RefusalAlert error={act.error} testId="sim-order-filter-error" />
      <Table<Order>
        size="small"
        rowKey="id"
        dataSource={shown}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 1060 }}
        data-testid="sim-orders-table"
        onRow={(o) => ({ 'data-testid': `sim-order-row-${o.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: L('订单号', 'Order'),
            dataIndex: 'id',
            width: 90,
            render: (id: string) => (
              <Button type="link" size="small" onClick={() => setOpenId(id)} data-testid={`sim-order-open-${id}`}>
                {id}
              </Button>
            ),
          },
          {
            title: L('状态', 'Status'),
            dataIndex: 'status',
            width: 170,
            render: (s: string) => (
              <Typography.Text code data-testid="sim-order-status">
                {s}
              </Typography.Text>
            ),
          },
          {
            title: L('买家', 'Buyer'),
            key: 'buyer',
            width: 150,
            render: (_: unknown, o) => `${o.buyer.name} (${o.address.country})`,
          },
          {
            title: L('商品', 'Items'),
            key: 'lines',
            render: (_: unknown, o) => o.lines.map((l) => `${l.sku}×${l.qty}`).join(', '),
          },
          { title: L('金额', 'Total'), dataIndex: 'total', width: 80, render: (v: number) => `$${v.toFixed(2)}` },
          { title: L('下单', 'Placed'), dataIndex: 'placedAt', width: 100, render: (v: number) => formatSimTime(v) },
          { title: L('最晚发货', 'Ship by'), dataIndex: 'shipBy', width: 100, render: (v: number) => formatSimTime(v) },
          {
            title: L('异常', 'Flags'),
            dataIndex: 'flags',
            width: 120,
            render: (flags: string[]) =>
              flags.map((f) => (
                <Tag color="red" key={f}>
                  {f}
                </Tag>
              )),
          },
        ]}
      />
      <OrderDrawer order={open} onClose={() => setOpenId(null)} />
    </div>
  );
}
