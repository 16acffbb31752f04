import type { ShippingRule, ShippingTemplate } from '@crossskill/simulation';
import { Button, Card, Col, Form, Input, InputNumber, Modal, Popconfirm, Row, Select, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { tid } from '../../../../lib/testid';
import { RefusalAlert, useAct, useConsole, valuesOf } from '../context';
import { useL } from '../l10n';

interface RuleValues extends Omit<ShippingRule, 'deliveryDays' | 'countries'> {
  countries?: string[];
  minDays: number;
  maxDays: number;
}
interface TemplateValues {
  name: string;
  handlingDays: number;
  isDefault: boolean;
  rules: RuleValues[];
}

const ZONES = ['US', 'EU', 'UK', 'AU', 'JP', 'ROW'];

function toRules(rules: RuleValues[]): ShippingRule[] {
  return rules.map(({ minDays, maxDays, countries, ...r }) => ({
    ...r,
    countries: countries ?? [],
    freeShippingThreshold: r.freeShippingThreshold ?? null,
    deliveryDays: [minDays, maxDays],
  }));
}

/** 运费模板: zones, first and additional weight, free-shipping threshold, delivery days. */
export function ShippingTemplatesPanel() {
  const { state, env } = useConsole();
  const { L, loc } = useL();
  const act = useAct();
  const [editing, setEditing] = useState<ShippingTemplate | 'new' | null>(null);
  const [form] = Form.useForm<TemplateValues>();

  const open = (t: ShippingTemplate | 'new') => {
    act.clear();
    setEditing(t);
    form.setFieldsValue(
      t === 'new'
        ? { name: '', handlingDays: 2, isDefault: state.shippingTemplates.length === 0, rules: [] }
        : {
            name: t.name,
            handlingDays: t.handlingDays,
            isDefault: t.isDefault,
            rules: t.rules.map((r) => ({ ...r, minDays: r.deliveryDays[0], maxDays: r.deliveryDays[1] })),
          },
    );
  };
  const submit = async () => {
    const v = await valuesOf(form);
    if (!v) return;
    const rules = toRules(v.rules ?? []);
    const r =
      editing === 'new'
        ? await act.run({
            type: 'shippingTemplate.create',
            name: v.name,
            handlingDays: v.handlingDays,
            rules,
            isDefault: v.isDefault,
          })
        : editing
          ? await act.run({
              type: 'shippingTemplate.update',
              templateId: editing.id,
              name: v.name,
              handlingDays: v.handlingDays,
              rules,
              isDefault: v.isDefault,
            })
          : null;
    if (r?.ok) setEditing(null);
  };

  return (
    <div data-testid="sim-templates">
      <Button type="primary" onClick={() => open('new')} style={{ marginBottom: 8 }} data-testid="sim-template-new">
        {L('新建运费模板', 'New shipping template')}
      </Button>
      <Table<ShippingTemplate>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={state.shippingTemplates}
        columns={[
          { title: 'ID', dataIndex: 'id', width: 70 },
          {
            title: L('名称', 'Name'),
            key: 'name',
            render: (_: unknown, t) => (
              <>
                {t.name} {t.isDefault ? <Tag color="blue">{L('默认', 'Default')}</Tag> : null}
              </>
            ),
          },
          { title: L('备货期', 'Handling'), dataIndex: 'handlingDays', width: 80 },
          {
            title: L('区域', 'Zones'),
            key: 'zones',
            render: (_: unknown, t) => t.rules.map((r) => `${r.zoneId}/${r.channelId}`).join(', '),
          },
          {
            title: '',
            key: 'ops',
            width: 130,
            render: (_: unknown, t) => (
              <>
                <Button size="small" type="link" onClick={() => open(t)} data-testid={`sim-template-edit-${t.id}`}>
                  {L('编辑', 'Edit')}
                </Button>
                <Popconfirm
                  title={L('删除该模板？', 'Delete this template?')}
                  onConfirm={() => void act.run({ type: 'shippingTemplate.delete', templateId: t.id })}
                >
                  <Button size="small" type="link" danger>
                    {L('删除', 'Delete')}
                  </Button>
                </Popconfirm>
              </>
            ),
          },
        ]}
      />
      {editing === null ? <RefusalAlert error={act.error} testId="sim-template-error" /> : null}
      <Modal
        open={editing !== null}
        onCancel={() => setEditing(null)}
        onOk={() => void submit()}
        confirmLoading={act.busy}
        width={860}
        title={editing === 'new' ? L('新建运费模板', 'New shipping template') : L('编辑运费模板', 'Edit template')}
        okButtonProps={tid('sim-template-save')}
      >
        <Form form={form} layout="vertical" data-testid="sim-template-form">
          <Row gutter={8}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={L('模板名称', 'Name')} rules={[{ required: true }]}>
                <Input data-testid="sim-template-name" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="handlingDays" label={L('备货期（天）', 'Handling days')} rules={[{ required: true }]}>
                <InputNumber min={0} max={30} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="isDefault" label={L('默认模板', 'Default')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
          </Row>
          <Form.List name="rules">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Card
                    size="small"
                    key={f.key}
                    style={{ marginBottom: 8 }}
                    title={`${L('区域规则', 'Zone rule')} ${i + 1}`}
                    extra={
                      <Button size="small" onClick={() => remove(f.name)}>
                        −
                      </Button>
                    }
                  >
                    <Row gutter={8}>
                      <Col xs={12} md={4}>
                        <Form.Item name={[f.name, 'zoneId']} label={L('区域', 'Zone')} rules={[{ required: true }]}>
                          <Select options={ZONES.map((z) => ({ value: z, label: z }))} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={8}>
                        <Form.Item name={[f.name, 'countries']} label={L('国家（可选）', 'Countries (optional)')}>
                          <Select mode="tags" tokenSeparators={[',', ' ']} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12}>
                        <Form.Item
                          name={[f.name, 'channelId']}
                          label={L('物流渠道', 'Channel')}
                          rules={[{ required: true }]}
                        >
                          <Select options={env.logistics.channels.map((c) => ({ value: c.id, label: loc(c.name) }))} />
                        </Form.Item>
                      </Col>
                      {(
                        [
                          ['firstWeightKg', '首重 kg', 'First weight kg'],
                          ['firstPrice', '首重运费 $', 'First price $'],
                          ['additionalWeightKg', '续重 kg', 'Additional kg'],
                          ['additionalPrice', '续重运费 $', 'Additional price $'],
                          ['freeShippingThreshold', '包邮门槛 $', 'Free shipping from $'],
                          ['minDays', '最快天数', 'Min days'],
                          ['maxDays', '最慢天数', 'Max days'],
                        ] as const
                      ).map(([key, zh, en]) => (
                        <Col xs={12} md={6} key={key}>
                          <Form.Item
                            name={[f.name, key]}
                            label={L(zh, en)}
                            rules={key === 'freeShippingThreshold' ? [] : [{ required: true }]}
                          >
                            <InputNumber min={0} step={0.01} style={{ width: '100%' }} />
                          </Form.Item>
                        </Col>
                      ))}
                    </Row>
                  </Card>
                ))}
                <Button
                  type="dashed"
                  onClick={() =>
                    add({
                      zoneId: 'US',
                      countries: [],
                      firstWeightKg: 0.5,
                      additionalWeightKg: 0.5,
                      minDays: 7,
                      maxDays: 15,
                    })
                  }
                  data-testid="sim-template-add-rule"
                >
                  + {L('添加区域规则', 'Add a zone rule')}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
        <RefusalAlert error={act.error} testId="sim-template-form-error" />
      </Modal>
    </div>
  );
}
