import type { Order, Parcel, ReturnRequest } from '@crossskill/simulation';
import { Button, Card, Empty, Flex, Form, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { RefusalAlert, useAct, useConsole, valuesOf } from '../context';
import { formatSimTime, parcelFor } from '../helpers';
import { useL } from '../l10n';
import { ParcelFields } from './ParcelFields';

/** 退货/换货: approve or reject a request, refund a return, reship an exchange. */
export function ReturnsPanel({ order }: { order: Order }) {
  const { L } = useL();
  if (order.returns.length === 0) return <Empty description={L('没有退换货申请', 'No return or exchange request')} />;
  return (
    <Flex vertical gap={8} data-testid="sim-returns">
      {order.returns.map((r) => (
        <ReturnCard key={r.id} order={order} request={r} />
      ))}
    </Flex>
  );
}

function ReturnCard({ order, request: r }: { order: Order; request: ReturnRequest }) {
  const { state, env } = useConsole();
  const { L, loc } = useL();
  const act = useAct();
  const [form] = Form.useForm<{ reason?: string; amount?: number; channelId?: string; parcel?: Parcel }>();
  const line = order.lines.find((l) => l.sku === r.sku);
  const open = r.status === 'requested';
  return (
    <Card
      size="small"
      title={`${r.id} · ${r.kind === 'return' ? L('退货', 'Return') : L('换货', 'Exchange')} · ${r.sku}×${r.qty}`}
      extra={<Tag data-testid={`sim-return-status-${r.id}`}>{r.status}</Tag>}
    >
      <Typography.Paragraph>
        {L('原因', 'Reason')}: {r.reason} · {formatSimTime(r.requestedAt)}
        {r.refundAmount !== null ? ` · ${L('已退款', 'refunded')} $${r.refundAmount}` : ''}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          amount: line ? line.unitPrice * r.qty : undefined,
          parcel: parcelFor([{ sku: r.sku, qty: r.qty }], state.products),
        }}
      >
        {open ? (
          <Space wrap>
            <Button
              type="primary"
              loading={act.busy}
              onClick={() => void act.run({ type: 'return.approve', orderId: order.id, returnId: r.id })}
              data-testid={`sim-return-approve-${r.id}`}
            >
              {L('同意', 'Approve')}
            </Button>
            <Form.Item name="reason" noStyle>
              <Input placeholder={L('拒绝理由', 'Reason to reject')} style={{ width: 200 }} />
            </Form.Item>
            <Button
              danger
              onClick={() =>
                void act.run({
                  type: 'return.reject',
                  orderId: order.id,
                  returnId: r.id,
                  reason: form.getFieldValue('reason') ?? '',
                })
              }
              data-testid={`sim-return-reject-${r.id}`}
            >
              {L('拒绝', 'Reject')}
            </Button>
          </Space>
        ) : null}
        {r.kind === 'return' && (r.status === 'approved' || r.status === 'received') ? (
          <Space wrap>
            <Form.Item name="amount" label={L('退款金额 $', 'Refund $')}>
              <InputNumber min={0} step={0.01} data-testid={`sim-return-amount-${r.id}`} />
            </Form.Item>
            <Button
              type="primary"
              onClick={() =>
                void act.run({
                  type: 'return.refund',
                  orderId: order.id,
                  returnId: r.id,
                  amount: Number(form.getFieldValue('amount') ?? 0),
                })
              }
              data-testid={`sim-return-refund-${r.id}`}
            >
              {L('退款', 'Refund')}
            </Button>
          </Space>
        ) : null}
        {r.kind === 'exchange' && (r.status === 'approved' || r.status === 'received') ? (
          <>
            <Form.Item name="channelId" label={L('补发渠道', 'Reship channel')} rules={[{ required: true }]}>
              <Select options={env.logistics.channels.map((c) => ({ value: c.id, label: loc(c.name) }))} />
            </Form.Item>
            <ParcelFields testPrefix={`sim-reship-${r.id}`} />
            <Button
              type="primary"
              onClick={async () => {
                const v = await valuesOf(form, ['channelId', 'parcel']);
                if (!v) return;
                await act.run({
                  type: 'exchange.reship',
                  orderId: order.id,
                  returnId: r.id,
                  channelId: v.channelId ?? '',
                  parcel: v.parcel as Parcel,
                });
              }}
              data-testid={`sim-return-reship-${r.id}`}
            >
              {L('补发', 'Reship')}
            </Button>
          </>
        ) : null}
      </Form>
      <RefusalAlert error={act.error} testId={`sim-return-error-${r.id}`} />
    </Card>
  );
}
