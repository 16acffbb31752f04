import {
  type CustomsDeclaration,
  type DeclarationLine,
  requiredElementsFor,
  type SupervisionMode,
} from '@crossskill/simulation';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { RefusalAlert, useAct, useConsole, valuesOf } from '../context';
import { useL } from '../l10n';
import { ViolationList } from './ViolationList';

interface DeclValues {
  mode: SupervisionMode;
  fields: Record<string, string | number | undefined>;
  lines: (Omit<DeclarationLine, 'elements'> & { elements?: Record<string, string> })[];
  orderIds: string[];
}

/** 报关: the export declaration by supervision mode (9610 / 9710 / 9810 / 1210) with the fields each requires. */
export function CustomsSection() {
  const { state, env } = useConsole();
  const { L, loc } = useL();
  const act = useAct();
  const [form] = Form.useForm<DeclValues>();
  const mode = Form.useWatch('mode', form) as SupervisionMode | undefined;
  const lines = (Form.useWatch('lines', form) as DeclValues['lines'] | undefined) ?? [];
  const rules = env.customs;
  const [editing, setEditing] = useState<string | null>(null);
  const fields = rules.fields.filter((f) => !mode || f.requiredFor.length === 0 || f.requiredFor.includes(mode));

  const submit = async () => {
    const v = await valuesOf(form);
    if (!v) return;
    const header: Record<string, string | number> = {};
    for (const [k, val] of Object.entries(v.fields ?? {})) {
      if (val === undefined || val === null || val === '') continue;
      header[k] = typeof val === 'string' ? val.trim() : val;
    }
    const lines = (v.lines ?? []).map((l) => ({ ...l, elements: l.elements ?? {} }));
    if (editing) {
      await act.run({ type: 'customs.updateDeclaration', declarationId: editing, fields: header, lines });
      return;
    }
    await act.run({
      type: 'customs.createDeclaration',
      mode: v.mode,
      fields: header,
      lines,
      orderIds: v.orderIds ?? [],
    });
  };
  const edit = (d: CustomsDeclaration) => {
    act.clear();
    setEditing(d.id);
    form.setFieldsValue({ mode: d.mode, fields: d.fields, lines: d.lines, orderIds: d.orderIds });
  };
  const startNew = () => {
    act.clear();
    setEditing(null);
    form.resetFields();
  };

  return (
    <div data-testid="sim-customs">
      <Card
        size="small"
        title={
          editing ? `${L('修改申报单', 'Edit declaration')} ${editing}` : L('新建出口申报', 'New export declaration')
        }
        extra={editing ? <Button onClick={startNew}>{L('新建', 'New')}</Button> : null}
      >
        <Form
          form={form}
          layout="vertical"
          data-testid="sim-declaration-form"
          initialValues={{ lines: [{ qty: 1, unit: '个', currency: 'USD', originCountry: 'CN' }], orderIds: [] }}
        >
          <Row gutter={8}>
            <Col xs={24} md={12}>
              <Form.Item name="mode" label={L('监管方式', 'Supervision mode')} rules={[{ required: true }]}>
                <Select
                  disabled={editing !== null}
                  options={rules.modes.map((m) => ({ value: m.code, label: `${m.code} ${loc(m.name)}` }))}
                  data-testid="sim-declaration-mode"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="orderIds" label={L('关联订单', 'Orders')}>
                <Select
                  disabled={editing !== null}
                  mode="multiple"
                  options={state.orders.map((o) => ({ value: o.id, label: o.id }))}
                />
              </Form.Item>
            </Col>
            {fields.map((f) => {
              const required = mode ? f.requiredFor.includes(mode) : false;
              return (
                <Col xs={12} md={8} key={f.key}>
                  <Form.Item
                    name={['fields', f.key]}
                    label={loc(f.label)}
                    tooltip={f.hint ? loc(f.hint) : undefined}
                    rules={[
                      { required, message: L('该监管方式必填', 'Required for this mode') },
                      ...(f.pattern
                        ? [{ pattern: new RegExp(f.pattern), message: L('格式不正确', 'Wrong format') }]
                        : []),
                    ]}
                  >
                    {f.options ? (
                      <Select allowClear options={f.options.map((o) => ({ value: o, label: o }))} />
                    ) : f.kind === 'number' || f.kind === 'integer' ? (
                      <InputNumber min={0} style={{ width: '100%' }} />
                    ) : (
                      <Input data-testid={`sim-decl-${f.key}`} />
                    )}
                  </Form.Item>
                </Col>
              );
            })}
          </Row>
          <Typography.Text strong>{L('商品项', 'Lines')}</Typography.Text>
          <Form.List name="lines">
            {(items, { add, remove }) => (
              <>
                {items.map((it, i) => {
                  const hs = String(lines[i]?.hsCode ?? '');
                  const elements = /^\d{4,10}$/.test(hs) ? requiredElementsFor(rules, hs) : [];
                  return (
                    <Card
                      key={it.key}
                      size="small"
                      style={{ marginTop: 6 }}
                      extra={
                        <Button size="small" onClick={() => remove(it.name)}>
                          −
                        </Button>
                      }
                    >
                      <Row gutter={8}>
                        <Col xs={12} md={6}>
                          <Form.Item
                            name={[it.name, 'hsCode']}
                            label={L('商品编码（10 位）', 'Commodity code (10)')}
                            rules={[{ required: true, pattern: /^\d{10}$/, message: L('10 位数字', '10 digits') }]}
                          >
                            <Input data-testid={`sim-decl-hs-${i}`} />
                          </Form.Item>
                        </Col>
                        <Col xs={12} md={6}>
                          <Form.Item
                            name={[it.name, 'nameCn']}
                            label={L('中文品名', 'Name (Chinese)')}
                            rules={[{ required: true }]}
                          >
                            <Input />
                          </Form.Item>
                        </Col>
                        <Col xs={8} md={3}>
                          <Form.Item name={[it.name, 'qty']} label={L('数量', 'Qty')} rules={[{ required: true }]}>
                            <InputNumber min={0} style={{ width: '100%' }} />
                          </Form.Item>
                        </Col>
                        <Col xs={8} md={3}>
                          <Form.Item name={[it.name, 'unit']} label={L('单位', 'Unit')} rules={[{ required: true }]}>
                            <Input />
                          </Form.Item>
                        </Col>
                        <Col xs={8} md={3}>
                          <Form.Item
                            name={[it.name, 'unitValue']}
                            label={L('单价', 'Unit value')}
                            rules={[{ required: true }]}
                          >
                            <InputNumber min={0} step={0.01} style={{ width: '100%' }} />
                          </Form.Item>
                        </Col>
                        <Col xs={12} md={3}>
                          <Form.Item
                            name={[it.name, 'currency']}
                            label={L('币制', 'Currency')}
                            rules={[{ required: true }]}
                          >
                            <Input />
                          </Form.Item>
                        </Col>
                        <Col xs={12} md={6}>
                          <Form.Item
                            name={[it.name, 'originCountry']}
                            label={L('原产国', 'Origin')}
                            rules={[{ required: true }]}
                          >
                            <Input />
                          </Form.Item>
                        </Col>
                        {elements.map((el) => (
                          <Col xs={12} md={6} key={el}>
                            <Form.Item name={[it.name, 'elements', el]} label={el} rules={[{ required: true }]}>
                              <Input />
                            </Form.Item>
                          </Col>
                        ))}
                      </Row>
                    </Card>
                  );
                })}
                <Button
                  type="dashed"
                  style={{ marginTop: 6 }}
                  onClick={() => add({ qty: 1, currency: 'USD', originCountry: 'CN' })}
                >
                  + {L('添加商品项', 'Add a line')}
                </Button>
              </>
            )}
          </Form.List>
          <RefusalAlert error={act.error} testId="sim-declaration-error" />
          <div style={{ marginTop: 8 }}>
            <Button
              type="primary"
              loading={act.busy}
              onClick={() => void submit()}
              data-testid="sim-declaration-create"
            >
              {editing ? L('保存修改', 'Save changes') : L('保存申报', 'Save declaration')}
            </Button>
          </div>
        </Form>
      </Card>
      <DeclarationsTable onEdit={edit} />
    </div>
  );
}

function DeclarationsTable({ onEdit }: { onEdit: (d: CustomsDeclaration) => void }) {
  const { state } = useConsole();
  const { L } = useL();
  const act = useAct();
  return (
    <Card size="small" style={{ marginTop: 8 }} title={L('申报单', 'Declarations')}>
      <RefusalAlert error={act.error} testId="sim-declaration-submit-error" />
      <Table<CustomsDeclaration>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={state.declarations}
        expandable={{
          rowExpandable: (d) => d.problems.length > 0,
          expandedRowRender: (d) => (
            <ViolationList
              violations={d.problems}
              title={L('申报问题', 'Problems')}
              testId={`sim-decl-problems-${d.id}`}
            />
          ),
        }}
        columns={[
          { title: 'ID', dataIndex: 'id', width: 70 },
          { title: L('监管方式', 'Mode'), dataIndex: 'mode', width: 90 },
          {
            title: L('商品项', 'Lines'),
            key: 'lines',
            render: (_: unknown, d) => d.lines.map((l) => l.hsCode).join(', '),
          },
          { title: L('状态', 'Status'), dataIndex: 'status', width: 100, render: (s: string) => <Tag>{s}</Tag> },
          {
            title: '',
            key: 'ops',
            width: 130,
            render: (_: unknown, d) =>
              d.status === 'draft' || d.status === 'rejected' ? (
                <>
                  <Button
                    size="small"
                    type="link"
                    onClick={() => onEdit(d)}
                    data-testid={`sim-declaration-edit-${d.id}`}
                  >
                    {L('修改', 'Edit')}
                  </Button>
                  <Button
                    size="small"
                    type="link"
                    onClick={() => void act.run({ type: 'customs.submitDeclaration', declarationId: d.id })}
                    data-testid={`sim-declaration-submit-${d.id}`}
                  >
                    {L('提交', 'Submit')}
                  </Button>
                </>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
