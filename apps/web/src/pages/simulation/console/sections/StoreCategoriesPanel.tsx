import type { StoreCategory } from '@crossskill/simulation';
import { Button, Form, Input, InputNumber, Popconfirm, Select, Space, Table } from 'antd';
import { RefusalAlert, useAct, useConsole, valuesOf } from '../context';
import { useL } from '../l10n';

/** 店铺分组 (store categories / storefront sections): add, rename, reorder, remove. */
export function StoreCategoriesPanel() {
  const { state } = useConsole();
  const { L } = useL();
  const act = useAct();
  const [form] = Form.useForm<{ name: string; nameEn?: string; parentId?: string | null }>();
  const byId = new Map(state.storeCategories.map((c) => [c.id, c]));
  return (
    <div data-testid="sim-store-categories">
      <Form form={form} layout="inline" style={{ marginBottom: 8, rowGap: 8 }}>
        <Form.Item name="name" rules={[{ required: true }]}>
          <Input placeholder={L('分组名称', 'Name')} data-testid="sim-storecat-name" />
        </Form.Item>
        <Form.Item name="nameEn">
          <Input placeholder={L('英文名称（可选）', 'English name (optional)')} />
        </Form.Item>
        <Form.Item name="parentId">
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={L('上级分组', 'Parent')}
            options={state.storeCategories.filter((c) => !c.parentId).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <Button
          type="primary"
          loading={act.busy}
          data-testid="sim-storecat-add"
          onClick={async () => {
            const v = await valuesOf(form);
            if (!v) return;
            const r = await act.run({
              type: 'store.addCategory',
              name: v.name.trim(),
              nameEn: v.nameEn?.trim() || undefined,
              parentId: v.parentId ?? null,
            });
            if (r.ok) form.resetFields();
          }}
        >
          {L('添加', 'Add')}
        </Button>
      </Form>
      <RefusalAlert error={act.error} testId="sim-storecat-error" />
      <Table<StoreCategory>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...state.storeCategories].sort((a, b) => a.position - b.position)}
        columns={[
          { title: 'ID', dataIndex: 'id', width: 70 },
          {
            title: L('名称', 'Name'),
            key: 'name',
            render: (_: unknown, c) => (
              <Input
                defaultValue={c.name}
                onBlur={(e) => {
                  const name = e.target.value.trim();
                  if (name && name !== c.name) void act.run({ type: 'store.updateCategory', categoryId: c.id, name });
                }}
              />
            ),
          },
          { title: 'EN', dataIndex: 'nameEn', width: 120 },
          {
            title: L('上级', 'Parent'),
            dataIndex: 'parentId',
            width: 100,
            render: (p: string | null) => (p ? (byId.get(p)?.name ?? p) : '—'),
          },
          {
            title: L('排序', 'Position'),
            key: 'position',
            width: 90,
            render: (_: unknown, c) => (
              <InputNumber
                min={0}
                defaultValue={c.position}
                style={{ width: 70 }}
                onBlur={(e) => {
                  const position = Number(e.target.value);
                  if (Number.isFinite(position) && position !== c.position)
                    void act.run({ type: 'store.updateCategory', categoryId: c.id, position });
                }}
              />
            ),
          },
          {
            title: '',
            key: 'x',
            width: 60,
            render: (_: unknown, c) => (
              <Space>
                <Popconfirm
                  title={L('删除该分组？', 'Remove this category?')}
                  onConfirm={() => void act.run({ type: 'store.removeCategory', categoryId: c.id })}
                >
                  <Button size="small" type="link" danger>
                    {L('删除', 'Remove')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
