import type { Parcel } from '@crossskill/simulation';
import { Button, Card, Col, Form, InputNumber, Row, Select, Space, Table, Tag } from 'antd';
import { RefusalAlert, useAct, useConsole, valuesOf } from '../context';
import { formatSimTime } from '../helpers';
import { useL } from '../l10n';
import { ParcelFields } from './ParcelFields';

/** 海外仓: stock per warehouse, inbound shipments (create, ship), and fulfilling orders from stock. */
export function WarehousePanel() {
  const { state, env } = useConsole();
  const { L, loc } = useL();
  const act = useAct();
  const [inbound] = Form.useForm<{ warehouseId: string; lines: { sku: string; qty: number }[] }>();
  const [ship] = Form.useForm<{ inboundId: string; channelId: string; parcel: Parcel }>();
  const [fulfil] = Form.useForm<{ warehouseId: string; orderId: string }>();
  const warehouses = env.logistics.warehouses.map((w) => ({ value: w.id, label: `${loc(w.name)} (${w.id})` }));
  const skus = state.products.map((p) => ({ value: p.sku, label: `${p.sku} ${L(p.name, p.nameEn)}` }));
  const awaiting = state.orders.filter((o) => o.status === env.rules.orders.awaitingShipment);

  return (
    <div data-testid="sim-warehouse">
      <Table
        size="small"
        rowKey={(r) => `${r.warehouseId}/${r.sku}`}
        pagination={false}
        dataSource={state.warehouse.stock}
        columns={[
          { title: L('仓库', 'Warehouse'), dataIndex: 'warehouseId' },
          { title: 'SKU', dataIndex: 'sku' },
          { title: L('库存', 'Stock'), dataIndex: 'qty' },
        ]}
      />
      <RefusalAlert error={act.error} testId="sim-warehouse-error" />
      <Row gutter={8} style={{ marginTop: 8 }}>
        <Col xs={24} lg={12}>
          <Card size="small" title={L('创建入库单', 'Create inbound')}>
            <Form
              form={inbound}
              layout="vertical"
              initialValues={{ lines: [{ qty: 100 }] }}
              data-testid="sim-inbound-form"
            >
              <Form.Item name="warehouseId" label={L('仓库', 'Warehouse')} rules={[{ required: true }]}>
                <Select options={warehouses} />
              </Form.Item>
              <Form.List name="lines">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((f) => (
                      <Space key={f.key} align="baseline">
                        <Form.Item name={[f.name, 'sku']} rules={[{ required: true }]}>
                          <Select options={skus} style={{ width: 170 }} placeholder="SKU" />
                        </Form.Item>
                        <Form.Item name={[f.name, 'qty']} rules={[{ required: true }]}>
                          <InputNumber min={1} />
                        </Form.Item>
                        <Button onClick={() => remove(f.name)}>−</Button>
                      </Space>
                    ))}
                    <Button type="dashed" onClick={() => add({ qty: 100 })}>
                      +
                    </Button>
                  </>
                )}
              </Form.List>
              <Button
                type="primary"
                style={{ marginTop: 8 }}
                loading={act.busy}
                data-testid="sim-inbound-create"
                onClick={async () => {
                  const v = await valuesOf(inbound);
                  if (!v) return;
                  await act.run({ type: 'warehouse.createInbound', warehouseId: v.warehouseId, lines: v.lines });
                }}
              >
                {L('创建', 'Create')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={L('从海外仓发货', 'Fulfil from warehouse')}>
            <Form form={fulfil} layout="vertical" data-testid="sim-fulfil-form">
              <Form.Item name="warehouseId" label={L('仓库', 'Warehouse')} rules={[{ required: true }]}>
                <Select options={warehouses} />
              </Form.Item>
              <Form.Item name="orderId" label={L('订单', 'Order')} rules={[{ required: true }]}>
                <Select
                  options={awaiting.map((o) => ({
                    value: o.id,
                    label: `${o.id} ${o.address.country} ${o.lines.map((l) => l.sku).join(',')}`,
                  }))}
                />
              </Form.Item>
              <Button
                type="primary"
                data-testid="sim-fulfil-submit"
                onClick={async () => {
                  const v = await valuesOf(fulfil);
                  if (!v) return;
                  await act.run({ type: 'warehouse.fulfil', warehouseId: v.warehouseId, orderId: v.orderId });
                }}
              >
                {L('出库发货', 'Fulfil')}
              </Button>
            </Form>
          </Card>
        </Col>
      </Row>
      <Card size="small" style={{ marginTop: 8 }} title={L('入库单', 'Inbound shipments')}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={state.warehouse.inbound}
          columns={[
            { title: 'ID', dataIndex: 'id', width: 70 },
            { title: L('仓库', 'Warehouse'), dataIndex: 'warehouseId' },
            {
              title: L('商品', 'Lines'),
              key: 'lines',
              render: (_: unknown, r) => r.lines.map((l) => `${l.sku}×${l.qty}`).join(', '),
            },
            { title: L('状态', 'Status'), dataIndex: 'status', render: (s: string) => <Tag>{s}</Tag> },
            { title: L('创建', 'Created'), dataIndex: 'createdAt', render: (v: number) => formatSimTime(v) },
          ]}
        />
        <Form form={ship} layout="vertical" style={{ marginTop: 8 }} data-testid="sim-inbound-ship-form">
          <Row gutter={8}>
            <Col xs={12} md={8}>
              <Form.Item name="inboundId" label={L('入库单', 'Inbound')} rules={[{ required: true }]}>
                <Select
                  options={state.warehouse.inbound
                    .filter((i) => i.status === 'created')
                    .map((i) => ({ value: i.id, label: i.id }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={16}>
              <Form.Item name="channelId" label={L('头程渠道', 'First-leg channel')} rules={[{ required: true }]}>
                <Select options={env.logistics.channels.map((c) => ({ value: c.id, label: loc(c.name) }))} />
              </Form.Item>
            </Col>
          </Row>
          <ParcelFields testPrefix="sim-inbound" />
          <Button
            data-testid="sim-inbound-ship"
            onClick={async () => {
              const v = await valuesOf(ship);
              if (!v) return;
              await act.run({
                type: 'warehouse.shipInbound',
                inboundId: v.inboundId,
                channelId: v.channelId,
                parcel: v.parcel,
              });
            }}
          >
            {L('头程发货', 'Ship inbound')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
