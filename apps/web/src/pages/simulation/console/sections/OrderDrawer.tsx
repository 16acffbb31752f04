import type { Order } from '@crossskill/simulation';
import { Descriptions, Drawer, Grid, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import { useConsole } from '../context';
import { formatSimTime } from '../helpers';
import { useL } from '../l10n';
import { AbnormalForm, CancelForm, ExtendReceiptForm, ModifyForm } from './OrderForms';
import { ReturnsPanel } from './ReturnsPanel';
import { ShipForm } from './ShipForm';
import { TradeAssurancePanel } from './TradeAssurance';

/** 订单详情: the order, its history, and every operation the marketplace allows on it. */
export function OrderDrawer({ order, onClose }: { order: Order | null; onClose: () => void }) {
  const { state, env } = useConsole();
  const { L, loc } = useL();
  const screens = Grid.useBreakpoint();
  const stateDef = env.rules.orders.states.value.find((s) => s.name === order?.status);
  if (!order) return <Drawer open={false} onClose={onClose} />;
  const a = order.address;
  const shipments = state.shipments.filter((s) => order.shipmentIds.includes(s.id));

  const details = (
    <>
      <Descriptions size="small" column={screens.md ? 2 : 1} bordered>
        <Descriptions.Item label={L('状态', 'Status')}>
          <Typography.Text code data-testid="sim-order-detail-status">
            {order.status}
          </Typography.Text>{' '}
          {stateDef ? loc(stateDef.label) : null}
        </Descriptions.Item>
        <Descriptions.Item label={L('配送方式', 'Fulfilment')}>{order.fulfilment}</Descriptions.Item>
        <Descriptions.Item label={L('买家', 'Buyer')}>
          {order.buyer.name} · {order.buyer.country} · {order.buyer.language}
        </Descriptions.Item>
        <Descriptions.Item label={L('金额', 'Total')}>
          ${order.total.toFixed(2)} ({L('运费', 'shipping')} ${order.shippingFee.toFixed(2)})
        </Descriptions.Item>
        <Descriptions.Item label={L('收货地址', 'Address')} span={2}>
          {[a.name, a.line1, a.line2, a.city, a.state, a.postalCode, a.country, a.phone].filter(Boolean).join(', ')}
        </Descriptions.Item>
        <Descriptions.Item label={L('下单 / 付款', 'Placed / paid')}>
          {formatSimTime(order.placedAt)} / {formatSimTime(order.paidAt)}
        </Descriptions.Item>
        <Descriptions.Item label={L('最晚发货', 'Ship by')}>{formatSimTime(order.shipBy)}</Descriptions.Item>
        {order.receiptDeadline !== null ? (
          <Descriptions.Item label={L('买家确认收货截止', 'Buyer receipt deadline')}>
            {formatSimTime(order.receiptDeadline)} ({L('已延长', 'extended')} {order.receiptExtendedDays}{' '}
            {L('天', 'days')})
          </Descriptions.Item>
        ) : null}
        {order.flags.length > 0 ? (
          <Descriptions.Item label={L('异常', 'Flags')}>
            {order.flags.map((f) => (
              <Tag color="red" key={f}>
                {f}
              </Tag>
            ))}
          </Descriptions.Item>
        ) : null}
        {order.sellerNote ? (
          <Descriptions.Item label={L('卖家备注', 'Seller note')}>{order.sellerNote}</Descriptions.Item>
        ) : null}
      </Descriptions>
      <Table
        size="small"
        style={{ marginTop: 8 }}
        rowKey="sku"
        pagination={false}
        dataSource={order.lines}
        columns={[
          { title: 'SKU', dataIndex: 'sku' },
          { title: L('数量', 'Qty'), dataIndex: 'qty', width: 60 },
          { title: L('已发', 'Shipped'), dataIndex: 'shippedQty', width: 60 },
          { title: L('单价', 'Unit price'), dataIndex: 'unitPrice', width: 90, render: (v: number) => `$${v}` },
        ]}
      />
      {shipments.length > 0 ? (
        <Table
          size="small"
          style={{ marginTop: 8 }}
          rowKey="id"
          pagination={false}
          dataSource={shipments}
          scroll={{ x: 520 }}
          columns={[
            { title: L('物流', 'Channel'), dataIndex: 'channelId' },
            { title: L('运单号', 'Tracking'), dataIndex: 'trackingNo' },
            { title: L('计费重', 'Chargeable'), dataIndex: 'chargeableWeightKg', render: (v: number) => `${v} kg` },
            { title: L('运费 ¥', 'Freight ¥'), dataIndex: 'costCny' },
            { title: L('状态', 'Status'), dataIndex: 'status' },
          ]}
        />
      ) : null}
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {L('订单历史', 'History')}
      </Typography.Title>
      <Timeline
        items={order.history.map((h, i) => ({
          key: i,
          content: `${formatSimTime(h.at)} · ${h.from || '—'} → ${h.to} · ${h.by}${h.note ? ` · ${h.note}` : ''}`,
        }))}
      />
    </>
  );

  const items = [
    { key: 'details', label: L('详情', 'Details'), children: details },
    { key: 'ship', label: L('发货', 'Ship'), children: <ShipForm order={order} /> },
    { key: 'modify', label: L('修改', 'Modify'), children: <ModifyForm order={order} /> },
    { key: 'returns', label: L('退货/换货', 'Returns'), children: <ReturnsPanel order={order} /> },
    { key: 'abnormal', label: L('异常处理', 'Abnormal'), children: <AbnormalForm order={order} /> },
    { key: 'cancel', label: L('取消', 'Cancel'), children: <CancelForm order={order} /> },
  ];
  if (env.rules.orders.receiptWindowDays.value !== null) {
    items.splice(3, 0, {
      key: 'extend',
      label: L('延长收货', 'Extend receipt'),
      children: <ExtendReceiptForm order={order} />,
    });
  }
  if (order.tradeAssurance) {
    items.push({ key: 'ta', label: L('信保订单', 'Trade Assurance'), children: <TradeAssurancePanel order={order} /> });
  }

  return (
    <Drawer open onClose={onClose} size={screens.md ? 760 : '100%'} title={`${L('订单', 'Order')} ${order.id}`}>
      <div data-testid="sim-order-drawer">
        <Tabs
          key={order.id}
          items={items.map((i) => ({ ...i, label: <span data-testid={`sim-order-tab-op-${i.key}`}>{i.label}</span> }))}
        />
      </div>
    </Drawer>
  );
}
