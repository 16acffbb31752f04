import type { Order } from '@crossskill/simulation';
import {
  Button,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { tid } from '../../../../lib/testid';
import { RefusalAlert, useAct, useConsole, valuesOf } from '../context';
import { formatSimTime } from '../helpers';
import { useL } from '../l10n';
import { simDay } from '../TopBar';

const INCOTERMS = ['EXW', 'FCA', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP'];

/** 起草信保订单 (Alibaba.com-like): a Trade Assurance order drafted from the contract, sent to the buyer. */
export function TaDraftButton() {
  const { state } = useConsole();
  const { L } = useL();
  const act = useAct();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const submit = async () => {
    const v = await valuesOf(form);
    if (!v) return;
    const r = await act.run({
      type: 'ta.draft',
      buyerName: v.buyerName,
      buyerCountry: v.buyerCountry,
      contractNo: v.contractNo,
      incoterm: v.incoterm,
      lines: v.lines,
      shipByDay: v.shipByDay,
      shippingFee: v.shippingFee ?? 0,
      inspection: v.inspection || null,
    });
    if (r.ok) setOpen(false);
  };
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="sim-ta-draft">
        {L('起草信保订单', 'Draft Trade Assurance order')}
      </Button>
      <Modal
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => void submit()}
        confirmLoading={act.busy}
        width={720}
        title={L('起草信保订单', 'Draft Trade Assurance order')}
        okButtonProps={tid('sim-ta-draft-submit')}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          data-testid="sim-ta-draft-form"
          initialValues={{ incoterm: 'FOB', shipByDay: simDay(state.now) + 15, lines: [{ qty: 100 }], shippingFee: 0 }}
        >
          <Row gutter={8}>
            <Col span={12}>
              <Form.Item name="buyerName" label={L('买家', 'Buyer')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="buyerCountry" label={L('国家', 'Country')} rules={[{ required: true }]}>
                <Input maxLength={2} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="contractNo" label={L('合同号', 'Contract no.')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="incoterm" label={L('贸易术语', 'Incoterm')} rules={[{ required: true }]}>
                <Select options={INCOTERMS.map((i) => ({ value: i, label: i }))} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                name="shipByDay"
                label={L('合同发货日（第几天）', 'Ship by (day)')}
                rules={[{ required: true }]}
              >
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="shippingFee" label={L('运费 $', 'Shipping fee $')}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.List name="lines">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'sku']} rules={[{ required: true }]}>
                      <Select
                        style={{ width: 200 }}
                        placeholder="SKU"
                        options={state.products.map((p) => ({
                          value: p.sku,
                          label: `${p.sku} ${L(p.name, p.nameEn)}`,
                        }))}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'qty']} rules={[{ required: true }]}>
                      <InputNumber min={1} placeholder={L('数量', 'Qty')} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'unitPrice']} rules={[{ required: true }]}>
                      <InputNumber min={0} step={0.01} placeholder={L('单价 $', 'Unit $')} />
                    </Form.Item>
                    <Button onClick={() => remove(f.name)}>−</Button>
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add({ qty: 100 })}>
                  + {L('添加产品行', 'Add a line')}
                </Button>
              </>
            )}
          </Form.List>
          <Form.Item name="inspection" label={L('验货条款（可选）', 'Inspection (optional)')} style={{ marginTop: 8 }}>
            <Input />
          </Form.Item>
        </Form>
        <RefusalAlert error={act.error} testId="sim-ta-draft-error" />
      </Modal>
    </>
  );
}

/** 信保订单: contract, payments, refunds and the dispute timeline, with refund and dispute response. */
export function TradeAssurancePanel({ order }: { order: Order }) {
  const { L } = useL();
  const act = useAct();
  const [form] = Form.useForm();
  const ta = order.tradeAssurance;
  if (!ta) return null;
  return (
    <div data-testid="sim-ta-panel">
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={L('合同号', 'Contract')}>{ta.contractNo}</Descriptions.Item>
        <Descriptions.Item label={L('贸易术语', 'Incoterm')}>{ta.incoterm}</Descriptions.Item>
        <Descriptions.Item label={L('合同发货日', 'Ship by')}>
          {L(`第 ${ta.shipByDay} 天`, `Day ${ta.shipByDay}`)}
        </Descriptions.Item>
        <Descriptions.Item label={L('金额 / 已付', 'Amount / paid')}>
          ${ta.amount} / ${ta.paidAmount}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {L('退款', 'Refund')}
      </Typography.Title>
      <Form form={form} layout="inline">
        <Form.Item name="refundAmount">
          <InputNumber min={0} step={0.01} placeholder="$" data-testid="sim-ta-refund-amount" />
        </Form.Item>
        <Form.Item name="refundReason">
          <Input placeholder={L('退款原因', 'Reason')} data-testid="sim-ta-refund-reason" />
        </Form.Item>
        <Button
          onClick={() =>
            void act.run({
              type: 'ta.refund',
              orderId: order.id,
              amount: Number(form.getFieldValue('refundAmount') ?? 0),
              reason: String(form.getFieldValue('refundReason') ?? ''),
            })
          }
          data-testid="sim-ta-refund"
        >
          {L('退款', 'Refund')}
        </Button>
      </Form>
      {ta.dispute ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {L('纠纷', 'Dispute')} · {ta.dispute.status}
          </Typography.Title>
          <Typography.Paragraph>{ta.dispute.claim}</Typography.Paragraph>
          <Timeline
            items={ta.dispute.timeline.map((e, i) => ({
              key: i,
              content: `${formatSimTime(e.at)} · ${e.by}: ${e.event}`,
            }))}
          />
          <Form form={form} layout="vertical" data-testid="sim-ta-dispute-form">
            <Form.Item name="proposal" label={L('方案', 'Proposal')} initialValue="refund">
              <Select
                options={[
                  { value: 'refund', label: L('退款', 'Refund') },
                  { value: 'reship', label: L('补发', 'Reship') },
                  { value: 'reject', label: L('拒绝', 'Reject') },
                ]}
              />
            </Form.Item>
            <Form.Item name="disputeAmount" label={L('金额 $', 'Amount $')}>
              <InputNumber min={0} step={0.01} />
            </Form.Item>
            <Form.Item name="response" label={L('回复（附证据说明）', 'Response (with evidence)')}>
              <Input.TextArea autoSize={{ minRows: 3 }} data-testid="sim-ta-dispute-response" />
            </Form.Item>
            <Button
              type="primary"
              onClick={() => {
                const amount = form.getFieldValue('disputeAmount') as number | undefined;
                void act.run({
                  type: 'ta.respondDispute',
                  orderId: order.id,
                  response: String(form.getFieldValue('response') ?? ''),
                  proposal: form.getFieldValue('proposal') ?? 'refund',
                  ...(amount === undefined || amount === null ? {} : { amount }),
                });
              }}
              data-testid="sim-ta-dispute-submit"
            >
              {L('提交回应', 'Respond')}
            </Button>
          </Form>
        </>
      ) : null}
      <RefusalAlert error={act.error} testId="sim-ta-error" />
    </div>
  );
}
