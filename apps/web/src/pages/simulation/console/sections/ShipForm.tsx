import type { Order, Parcel } from '@crossskill/simulation';
import { Button, Flex, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { RefusalAlert, useAct, useConsole, valuesOf } from '../context';
import { parcelFor } from '../helpers';
import { useL } from '../l10n';
import { goodsTraitsOf } from '../simAdapter';
import { FreightQuoteLine, ParcelFields } from './ParcelFields';

interface ShipValues {
  /** Quantity to ship now per SKU (a partial shipment when less than what is still unshipped). */
  qty?: Record<string, number>;
  mode: 'online' | 'offline';
  channelId?: string;
  parcel?: Parcel;
  trackingNo?: string;
}

/** 发货: online (platform label) or offline (own carrier, tracking number), with the freight quoted live. */
export function ShipForm({ order }: { order: Order }) {
  const { state, env } = useConsole();
  const { L, loc } = useL();
  const act = useAct();
  const [form] = Form.useForm<ShipValues>();
  const values = Form.useWatch([], form) as ShipValues | undefined;
  const channels = env.logistics.channels.filter((c) => c.kind !== 'overseas_warehouse' && c.kind !== 'fba');
  const channel = env.logistics.channels.find((c) => c.id === values?.channelId);
  const ta = order.tradeAssurance !== null;

  // keyed per order by the drawer, so read once
  const unshipped = order.lines.map((l) => ({ sku: l.sku, qty: Math.max(0, l.qty - l.shippedQty) }));
  const [initialValues] = useState<ShipValues>(() => ({
    qty: Object.fromEntries(unshipped.map((l) => [l.sku, l.qty])),
    mode: 'offline',
    parcel: parcelFor(unshipped, state.products),
  }));

  const submit = async () => {
    const v = await valuesOf(form);
    if (!v) return;
    const trackingNo = v.trackingNo?.trim() || undefined;
    const parcel = v.parcel as Parcel;
    const channelId = v.channelId ?? '';
    const chosen = unshipped.map((l) => ({ sku: l.sku, qty: Number(v.qty?.[l.sku] ?? l.qty) }));
    const partial = chosen.some((c, i) => c.qty !== unshipped[i]?.qty);
    const lines = partial ? chosen.filter((c) => c.qty > 0) : undefined;
    if (ta) await act.run({ type: 'ta.ship', orderId: order.id, channelId, parcel, trackingNo });
    else
      await act.run({
        type: 'order.ship',
        orderId: order.id,
        mode: v.mode,
        channelId,
        parcel,
        trackingNo,
        ...(lines ? { lines } : {}),
      });
  };

  return (
    <Form form={form} layout="vertical" data-testid="sim-ship-form" initialValues={initialValues}>
      <Typography.Paragraph type="secondary">
        {L('目的地', 'Destination')}: {order.address.country} · {L('当前状态', 'status')} {order.status}
      </Typography.Paragraph>
      {!ta && (unshipped.length > 1 || (unshipped[0]?.qty ?? 0) > 1) ? (
        <Flex gap={12} wrap data-testid="sim-ship-lines">
          {unshipped.map((l) => (
            <Form.Item key={l.sku} name={['qty', l.sku]} label={`${L('本次发货', 'Ship now')} ${l.sku}`}>
              <InputNumber min={0} max={l.qty} data-testid={`sim-ship-qty-${l.sku}`} />
            </Form.Item>
          ))}
        </Flex>
      ) : null}
      {ta ? null : (
        <Form.Item name="mode" label={L('发货方式', 'Shipping mode')}>
          <Radio.Group data-testid="sim-ship-mode">
            <Radio value="online">{L('线上发货（平台物流）', 'Online (platform logistics)')}</Radio>
            <Radio value="offline">{L('线下发货（自联物流）', 'Offline (own carrier)')}</Radio>
          </Radio.Group>
        </Form.Item>
      )}
      <Form.Item name="channelId" label={L('物流渠道', 'Channel')} rules={[{ required: true }]}>
        <Select
          options={channels.map((c) => ({ value: c.id, label: `${loc(c.name)} (${c.id})` }))}
          data-testid="sim-ship-channel"
        />
      </Form.Item>
      <ParcelFields testPrefix="sim-ship" />
      <FreightQuoteLine
        channelId={values?.channelId}
        parcel={values?.parcel}
        destination={order.address.country}
        goods={goodsTraitsOf(
          state,
          order.lines.map((l) => l.sku),
        )}
        testId="sim-ship-quote"
      />
      <Form.Item
        name="trackingNo"
        label={L('运单号', 'Tracking number')}
        extra={channel ? `${L('格式', 'Format')}: ${channel.trackingPattern}` : undefined}
        rules={[
          {
            required: values?.mode === 'offline' && !ta,
            message: L('线下发货须填写运单号', 'Offline shipping needs a tracking number'),
          },
        ]}
      >
        <Input data-testid="sim-ship-tracking" />
      </Form.Item>
      <RefusalAlert error={act.error} testId="sim-ship-error" />
      <Button type="primary" loading={act.busy} onClick={() => void submit()} data-testid="sim-ship-submit">
        {L('确认发货', 'Confirm shipment')}
      </Button>
    </Form>
  );
}
