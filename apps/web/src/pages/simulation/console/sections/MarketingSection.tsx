import type { Coupon, PlatformCampaign } from '@crossskill/simulation';
import { Button, Col, Form, InputNumber, Modal, Row, Select, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { tid } from '../../../../lib/testid';
import { RefusalAlert, useAct, useConsole, valuesOf } from '../context';
import { useL } from '../l10n';
import { simDay } from '../TopBar';
import { AdsPanel } from './AdsPanel';
import { ViolationList } from './ViolationList';

/** 营销: keyword ads, coupons, platform campaigns, prices. */
export function MarketingSection() {
  const { L } = useL();
  return (
    <Tabs
      data-testid="sim-marketing"
      items={[
        { key: 'ads', label: L('广告活动', 'Ads'), children: <AdsPanel /> },
        { key: 'coupons', label: L('优惠券', 'Coupons'), children: <CouponsPanel /> },
        { key: 'campaigns', label: L('平台活动', 'Platform campaigns'), children: <CampaignsPanel /> },
        { key: 'prices', label: L('调价', 'Prices'), children: <PricesPanel /> },
      ]}
    />
  );
}

function useListingOptions() {
  const { state } = useConsole();
  return state.listings.map((l) => ({ value: l.id, label: `${l.id} ${l.sku} ${l.title.slice(0, 40)}` }));
}

function CouponsPanel() {
  const { state } = useConsole();
  const { L } = useL();
  const act = useAct();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const listingOptions = useListingOptions();
  const today = simDay(state.now);
  return (
    <div data-testid="sim-coupons">
      <Button type="primary" style={{ marginBottom: 8 }} onClick={() => setOpen(true)} data-testid="sim-coupon-new">
        {L('创建优惠券', 'Create coupon')}
      </Button>
      <Table<Coupon>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={state.coupons}
        columns={[
          { title: 'ID', dataIndex: 'id', width: 70 },
          { title: L('商品', 'Listings'), dataIndex: 'listingIds', render: (ids: string[]) => ids.join(', ') },
          {
            title: L('优惠', 'Discount'),
            key: 'v',
            render: (_: unknown, c) => (c.kind === 'percent' ? `${c.value}%` : `$${c.value}`),
          },
          { title: L('天', 'Days'), key: 'd', render: (_: unknown, c) => `${c.startDay}–${c.endDay}` },
          { title: L('已花费', 'Spent'), dataIndex: 'spent' },
          { title: L('状态', 'Status'), dataIndex: 'status', render: (s: string) => <Tag>{s}</Tag> },
          {
            title: '',
            key: 'x',
            render: (_: unknown, c) =>
              c.status === 'ended' ? null : (
                <Button size="small" type="link" onClick={() => void act.run({ type: 'coupon.end', couponId: c.id })}>
                  {L('结束', 'End')}
                </Button>
              ),
          },
        ]}
      />
      {open ? null : <RefusalAlert error={act.error} testId="sim-coupon-error" />}
      <Modal
        open={open}
        onCancel={() => setOpen(false)}
        title={L('创建优惠券', 'Create coupon')}
        confirmLoading={act.busy}
        okButtonProps={tid('sim-coupon-save')}
        onOk={async () => {
          const v = await valuesOf(form);
          if (!v) return;
          const r = await act.run({
            type: 'coupon.create',
            listingIds: v.listingIds,
            kind: v.kind,
            value: v.value,
            minOrder: v.minOrder ?? null,
            startDay: v.startDay,
            endDay: v.endDay,
            budget: v.budget ?? null,
          });
          if (r.ok) setOpen(false);
        }}
      >
        <Form form={form} layout="vertical" initialValues={{ kind: 'percent', startDay: today, endDay: today + 7 }}>
          <Form.Item name="listingIds" label={L('商品', 'Listings')} rules={[{ required: true }]}>
            <Select mode="multiple" options={listingOptions} />
          </Form.Item>
          <Row gutter={8}>
            <Col span={12}>
              <Form.Item name="kind" label={L('类型', 'Kind')}>
                <Select
                  options={[
                    { value: 'percent', label: L('百分比', 'Percent') },
                    { value: 'amount', label: L('金额', 'Amount') },
                  ]}
                />
              </Form.Item>
            </Col>
            {(
              [
                ['value', '优惠值', 'Value', true],
                ['minOrder', '最低消费 $', 'Min order $', false],
                ['startDay', '开始日', 'Start day', true],
                ['endDay', '结束日', 'End day', true],
                ['budget', '预算 $', 'Budget $', false],
              ] as const
            ).map(([key, zh, en, required]) => (
              <Col span={12} key={key}>
                <Form.Item name={key} label={L(zh, en)} rules={[{ required }]}>
                  <InputNumber min={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Form>
        <RefusalAlert error={act.error} testId="sim-coupon-form-error" />
      </Modal>
    </div>
  );
}

function CampaignsPanel() {
  const { state } = useConsole();
  const { L } = useL();
  const act = useAct();
  const [form] = Form.useForm<{ listingIds: string[]; discountPct: number }>();
  const [enrolling, setEnrolling] = useState<PlatformCampaign | null>(null);
  const listingOptions = useListingOptions();
  return (
    <div data-testid="sim-campaigns">
      <Table<PlatformCampaign>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={state.market.platformCampaigns}
        scroll={{ x: 720 }}
        columns={[
          { title: L('活动', 'Campaign'), key: 'n', render: (_: unknown, c) => L(c.name, c.nameEn) },
          { title: L('天', 'Days'), key: 'd', width: 80, render: (_: unknown, c) => `${c.startDay}–${c.endDay}` },
          {
            title: L('报名条件', 'Eligibility'),
            key: 'e',
            render: (_: unknown, c) =>
              L(
                `折扣 ≥ ${c.minDiscountPct}%，评分 ≥ ${c.minRating}，评论 ≥ ${c.minReviews}，库存 ≥ ${c.minStock}${c.requireGoodHealth ? '，账户健康良好' : ''}`,
                `discount ≥ ${c.minDiscountPct}%, rating ≥ ${c.minRating}, reviews ≥ ${c.minReviews}, stock ≥ ${c.minStock}${c.requireGoodHealth ? ', good account health' : ''}`,
              ),
          },
          {
            title: '',
            key: 'x',
            width: 80,
            render: (_: unknown, c) => (
              <Button
                size="small"
                type="link"
                onClick={() => setEnrolling(c)}
                data-testid={`sim-campaign-enroll-${c.id}`}
              >
                {L('报名', 'Enrol')}
              </Button>
            ),
          },
        ]}
      />
      {state.promotions.map((p) => (
        <div key={p.id} style={{ marginTop: 6 }}>
          <Tag color={p.status === 'approved' ? 'green' : 'red'}>{p.status}</Tag> {p.id} · {p.campaignId} ·{' '}
          {p.listingIds.join(', ')} · {p.discountPct}%
          <ViolationList
            violations={p.problems}
            title={L('未通过原因', 'Why not approved')}
            testId={`sim-promo-problems-${p.id}`}
          />
        </div>
      ))}
      {enrolling ? null : <RefusalAlert error={act.error} testId="sim-campaign-error" />}
      <Modal
        open={enrolling !== null}
        onCancel={() => setEnrolling(null)}
        title={enrolling ? L(enrolling.name, enrolling.nameEn) : ''}
        confirmLoading={act.busy}
        okButtonProps={tid('sim-campaign-save')}
        onOk={async () => {
          if (!enrolling) return;
          const v = await valuesOf(form);
          if (!v) return;
          const r = await act.run({ type: 'promotion.enroll', campaignId: enrolling.id, ...v });
          if (r.ok) setEnrolling(null);
        }}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="listingIds" label={L('商品', 'Listings')} rules={[{ required: true }]}>
            <Select mode="multiple" options={listingOptions} />
          </Form.Item>
          <Form.Item name="discountPct" label={L('折扣 %', 'Discount %')} rules={[{ required: true }]}>
            <InputNumber min={0} max={90} />
          </Form.Item>
        </Form>
        <RefusalAlert error={act.error} testId="sim-campaign-form-error" />
      </Modal>
    </div>
  );
}

function PricesPanel() {
  const { state } = useConsole();
  const { L } = useL();
  const act = useAct();
  return (
    <div data-testid="sim-prices">
      <RefusalAlert error={act.error} testId="sim-price-error" />
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={state.listings}
        columns={[
          { title: 'ID', dataIndex: 'id', width: 70 },
          { title: 'SKU', dataIndex: 'sku', width: 100 },
          { title: L('标题', 'Title'), dataIndex: 'title', ellipsis: true },
          {
            title: L('售价 $', 'Price $'),
            key: 'p',
            width: 130,
            render: (_: unknown, l) => (
              <InputNumber
                key={`${l.id}-${l.price}`}
                min={0}
                step={0.01}
                defaultValue={l.price}
                data-testid={`sim-price-${l.id}`}
                onBlur={(e) => {
                  const price = Number(e.target.value);
                  if (Number.isFinite(price) && price !== l.price)
                    void act.run({ type: 'listing.setPrice', listingId: l.id, price });
                }}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
