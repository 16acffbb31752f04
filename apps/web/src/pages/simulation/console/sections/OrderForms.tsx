import {
  ABNORMAL_RESOLUTIONS,
  type AbnormalFlag,
  type Address,
  ORDER_CANCEL_REASONS,
  type Order,
} from '@crossskill/simulation';
import { Button, Col, Empty, Form, Input, InputNumber, Popconfirm, Row, Select, Typography } from 'antd';
import { RefusalAlert, useAct, useConsole, valuesOf } from '../context';
import { useL } from '../l10n';

const ADDRESS_FIELDS: [keyof Address, string, string, boolean][] = [
  ['name', '收件人', 'Name', true],
  ['line1', '地址行 1', 'Address line 1', true],
  ['line2', '地址行 2', 'Address line 2', false],
  ['city', '城市', 'City', true],
  ['state', '州/省', 'State', false],
  ['postalCode', '邮编', 'Postal code', true],
  ['country', '国家 (ISO-2)', 'Country (ISO-2)', true],
  ['phone', '电话', 'Phone', false],
];

/** 修改订单: the buyer's address (as the buyer asked in a message) and the seller's note. */
export function ModifyForm({ order }: { order: Order }) {
  const { L } = useL();
  const act = useAct();
  const [form] = Form.useForm<{ address: Address; sellerNote: string }>();
  const submit = async () => {
    const v = await valuesOf(form);
    if (!v) return;
    const address = Object.fromEntries(
      Object.entries(v.address).filter(([, val]) => typeof val === 'string' && val.trim() !== ''),
    ) as unknown as Address;
    await act.run({ type: 'order.modify', orderId: order.id, address, sellerNote: v.sellerNote ?? '' });
  };
  return (
    <Form
      form={form}
      layout="vertical"
      data-testid="sim-modify-form"
      initialValues={{ address: order.address, sellerNote: order.sellerNote }}
    >
      <Row gutter={8}>
        {ADDRESS_FIELDS.map(([key, zh, en, required]) => (
          <Col xs={24} sm={12} key={key}>
            <Form.Item name={['address', key]} label={L(zh, en)} rules={[{ required }]}>
              <Input data-testid={`sim-address-${key}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item name="sellerNote" label={L('卖家备注', 'Seller note')}>
        <Input.TextArea autoSize={{ minRows: 2 }} data-testid="sim-modify-note" />
      </Form.Item>
      <RefusalAlert error={act.error} testId="sim-modify-error" />
      <Button type="primary" loading={act.busy} onClick={() => void submit()} data-testid="sim-modify-submit">
        {L('保存修改', 'Save changes')}
      </Button>
    </Form>
  );
}

/** 延长收货时间: within the marketplace's total limit. */
export function ExtendReceiptForm({ order }: { order: Order }) {
  const { env } = useConsole();
  const { L } = useL();
  const act = useAct();
  const [form] = Form.useForm<{ days: number }>();
  const max = env.rules.orders.maxReceiptExtensionDays.value;
  return (
    <Form form={form} layout="inline" data-testid="sim-extend-form" initialValues={{ days: 5 }}>
      <Typography.Paragraph style={{ width: '100%' }} type="secondary">
        {L(
          `已延长 ${order.receiptExtendedDays} 天；累计最多 ${max ?? '—'} 天。`,
          `Extended ${order.receiptExtendedDays} days so far; at most ${max ?? '—'} days in total.`,
        )}
      </Typography.Paragraph>
      <Form.Item name="days" label={L('延长天数', 'Days')} rules={[{ required: true }]}>
        <InputNumber min={1} max={90} data-testid="sim-extend-days" />
      </Form.Item>
      <Button
        type="primary"
        loading={act.busy}
        data-testid="sim-extend-submit"
        onClick={async () => {
          const v0 = await valuesOf(form);
          if (!v0) return;
          const { days } = v0;
          await act.run({ type: 'order.extendReceipt', orderId: order.id, days });
        }}
      >
        {L('延长', 'Extend')}
      </Button>
      <RefusalAlert error={act.error} testId="sim-extend-error" />
    </Form>
  );
}

/** 取消订单 with a reason (the reasons seller centres offer). */
export function CancelForm({ order }: { order: Order }) {
  const { state } = useConsole();
  const { L, loc } = useL();
  const act = useAct();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Form form={form} layout="vertical" data-testid="sim-cancel-form">
      <Form.Item name="reason" label={L('取消原因', 'Reason')} rules={[{ required: true }]}>
        <Select
          options={ORDER_CANCEL_REASONS[state.marketplace].map((r) => ({
            value: r.code,
            label: `${loc(r.label)} (${r.code})`,
          }))}
          data-testid="sim-cancel-reason"
        />
      </Form.Item>
      <RefusalAlert error={act.error} testId="sim-cancel-error" />
      <Popconfirm
        title={L('确定取消该订单？', 'Cancel this order?')}
        onConfirm={async () => {
          const v0 = await valuesOf(form);
          if (!v0) return;
          const { reason } = v0;
          await act.run({ type: 'order.cancel', orderId: order.id, reason });
        }}
      >
        <Button danger loading={act.busy} data-testid="sim-cancel-submit">
          {L('取消订单', 'Cancel order')}
        </Button>
      </Popconfirm>
    </Form>
  );
}

/** 异常订单处理: pick the flag and how it was resolved. */
export function AbnormalForm({ order }: { order: Order }) {
  const { L } = useL();
  const act = useAct();
  const [form] = Form.useForm<{ flag: AbnormalFlag; resolution: string; note?: string }>();
  const flag = (Form.useWatch('flag', form) as AbnormalFlag | undefined) ?? order.flags[0];
  if (order.flags.length === 0) return <Empty description={L('该订单没有异常', 'No abnormal flag on this order')} />;
  return (
    <Form form={form} layout="vertical" data-testid="sim-abnormal-form" initialValues={{ flag: order.flags[0] }}>
      <Form.Item name="flag" label={L('异常类型', 'Flag')} rules={[{ required: true }]}>
        <Select options={order.flags.map((f) => ({ value: f, label: f }))} data-testid="sim-abnormal-flag" />
      </Form.Item>
      <Form.Item name="resolution" label={L('处理方式', 'Resolution')} rules={[{ required: true }]}>
        <Select
          options={(flag ? ABNORMAL_RESOLUTIONS[flag] : []).map((r) => ({ value: r, label: r }))}
          data-testid="sim-abnormal-resolution"
        />
      </Form.Item>
      <Form.Item name="note" label={L('备注', 'Note')}>
        <Input.TextArea autoSize={{ minRows: 2 }} />
      </Form.Item>
      <RefusalAlert error={act.error} testId="sim-abnormal-error" />
      <Button
        type="primary"
        loading={act.busy}
        data-testid="sim-abnormal-submit"
        onClick={async () => {
          const v = await valuesOf(form);
          if (!v) return;
          await act.run({ type: 'order.resolveAbnormal', orderId: order.id, ...v, note: v.note || undefined });
        }}
      >
        {L('提交处理', 'Resolve')}
      </Button>
    </Form>
  );
}
