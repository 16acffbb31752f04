import { type Parcel, quoteAllChannels } from '@crossskill/simulation';
import { Button, Col, Form, Input, Row, Select, Table, Tabs, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { RefusalAlert, useAct, useConsole, valuesOf } from '../context';
import { parcelFor } from '../helpers';
import { useL } from '../l10n';
import { goodsTraitsOf } from '../simAdapter';
import { ParcelFields } from './ParcelFields';
import { ShippingTemplatesPanel } from './ShippingTemplatesPanel';
import { WarehousePanel } from './WarehousePanel';

/** 物流: freight calculator across channels, shipping templates, overseas warehouse. */
export function LogisticsSection() {
  const { L } = useL();
  return (
    <Tabs
      data-testid="sim-logistics"
      items={[
        { key: 'quote', label: L('运费试算', 'Freight calculator'), children: <FreightCalculator /> },
        { key: 'templates', label: L('运费模板', 'Shipping templates'), children: <ShippingTemplatesPanel /> },
        { key: 'warehouse', label: L('海外仓', 'Overseas warehouse'), children: <WarehousePanel /> },
      ]}
    />
  );
}

interface QuoteValues {
  destination: string;
  sku?: string;
  parcel: Parcel;
}

function FreightCalculator() {
  const { state, env } = useConsole();
  const { L, loc } = useL();
  const act = useAct();
  const [form] = Form.useForm<QuoteValues>();
  const [asked, setAsked] = useState<QuoteValues | null>(null);
  const rows = useMemo(() => {
    if (!asked) return [];
    const goods = goodsTraitsOf(state, asked.sku ? [asked.sku] : []);
    return quoteAllChannels(env.logistics, asked.destination, asked.parcel, goods).map((q) => ({
      ...q,
      name: loc(env.logistics.channels.find((c) => c.id === q.channelId)?.name),
    }));
  }, [asked, state, env, loc]);

  const submit = async () => {
    const v = await valuesOf(form);
    if (!v) return;
    const destination = v.destination.trim().toUpperCase();
    setAsked({ ...v, destination });
    await act.run({ type: 'logistics.quote', destination, parcel: v.parcel });
  };

  return (
    <div data-testid="sim-freight-calculator">
      <Form
        form={form}
        layout="vertical"
        initialValues={{ destination: 'US', parcel: { weightKg: 0.5, l: 20, w: 15, h: 10 } }}
      >
        <Row gutter={8}>
          <Col xs={12} md={6}>
            <Form.Item
              name="destination"
              label={L('目的国 (ISO-2)', 'Destination (ISO-2)')}
              rules={[{ required: true }]}
            >
              <Input maxLength={2} data-testid="sim-quote-destination" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="sku" label={L('商品（带入重量尺寸）', 'Goods (fills weight/size)')}>
              <Select
                allowClear
                options={state.products.map((p) => ({ value: p.sku, label: `${p.sku} ${L(p.name, p.nameEn)}` }))}
                onChange={(sku?: string) => {
                  if (sku) form.setFieldValue('parcel', parcelFor([{ sku, qty: 1 }], state.products));
                }}
              />
            </Form.Item>
          </Col>
        </Row>
        <ParcelFields testPrefix="sim-quote" />
        <Button type="primary" loading={act.busy} onClick={() => void submit()} data-testid="sim-quote-submit">
          {L('查询运价', 'Get quotes')}
        </Button>
      </Form>
      <RefusalAlert error={act.error} testId="sim-quote-error" />
      {asked ? (
        <Table
          size="small"
          rowKey="channelId"
          style={{ marginTop: 8 }}
          pagination={false}
          dataSource={rows}
          scroll={{ x: 640 }}
          data-testid="sim-quote-table"
          columns={[
            { title: L('渠道', 'Channel'), key: 'name', render: (_: unknown, r) => `${r.name} (${r.channelId})` },
            {
              title: L('计费重', 'Chargeable'),
              key: 'w',
              width: 100,
              render: (_: unknown, r) => (r.quote.ok ? `${r.quote.chargeableWeightKg} kg` : '—'),
            },
            {
              title: L('运费 ¥（含燃油）', 'Freight ¥ (incl. fuel)'),
              key: 'cost',
              width: 140,
              render: (_: unknown, r) =>
                r.quote.ok ? (
                  <span data-testid={`sim-quote-cost-${r.channelId}`}>{r.quote.totalCny.toFixed(2)}</span>
                ) : (
                  <Tag color="red">{L('不可用', 'Refused')}</Tag>
                ),
            },
            {
              title: L('时效（天）/ 原因', 'Days / why not'),
              key: 'days',
              render: (_: unknown, r) =>
                r.quote.ok
                  ? `${r.quote.deliveryDays[0]}–${r.quote.deliveryDays[1]}`
                  : r.quote.violations.map((v) => loc(v.message)).join('；'),
            },
          ]}
        />
      ) : null}
    </div>
  );
}
