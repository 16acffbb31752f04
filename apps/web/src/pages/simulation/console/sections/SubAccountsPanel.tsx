import type { SubAccount } from '@crossskill/simulation';
import { Button, Checkbox, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { tid } from '../../../../lib/testid';
import { RefusalAlert, useAct, useConsole, valuesOf } from '../context';
import { useL } from '../l10n';

/** 子账号: staff accounts with a role and permission keys of the rule set (least privilege is examined). */
export function SubAccountsPanel() {
  const { state, env } = useConsole();
  const { L, loc } = useL();
  const act = useAct();
  const [editing, setEditing] = useState<SubAccount | 'new' | null>(null);
  const [form] = Form.useForm<{ name: string; email: string; role: string; permissions: string[] }>();
  const max = env.rules.maxSubAccounts.value;
  const permLabel = new Map(env.rules.permissions.map((p) => [p.key, loc(p.label)]));

  const openForm = (s: SubAccount | 'new') => {
    setEditing(s);
    act.clear();
    form.setFieldsValue(
      s === 'new'
        ? { name: '', email: '', role: undefined, permissions: [] }
        : { name: s.name, email: s.email, role: s.role, permissions: s.permissions },
    );
  };
  const submit = async () => {
    const v = await valuesOf(form);
    if (!v) return;
    const r =
      editing === 'new'
        ? await act.run({
            type: 'subaccount.add',
            name: v.name.trim(),
            email: v.email.trim(),
            role: v.role,
            permissions: v.permissions,
          })
        : editing
          ? await act.run({
              type: 'subaccount.update',
              subAccountId: editing.id,
              role: v.role,
              permissions: v.permissions,
            })
          : null;
    if (r?.ok) setEditing(null);
  };

  return (
    <div data-testid="sim-subaccounts">
      <Typography.Paragraph type="secondary">
        {L(`最多 ${max} 个子账号`, `At most ${max} sub-accounts`)}
      </Typography.Paragraph>
      <Button
        type="primary"
        onClick={() => openForm('new')}
        style={{ marginBottom: 8 }}
        data-testid="sim-subaccount-new"
      >
        {L('添加子账号', 'Add a sub-account')}
      </Button>
      <Table<SubAccount>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={state.subAccounts}
        scroll={{ x: 640 }}
        columns={[
          { title: 'ID', dataIndex: 'id', width: 70 },
          { title: L('姓名', 'Name'), dataIndex: 'name', width: 110 },
          { title: L('邮箱', 'E-mail'), dataIndex: 'email', width: 180 },
          { title: L('角色', 'Role'), dataIndex: 'role', width: 110 },
          {
            title: L('权限', 'Permissions'),
            dataIndex: 'permissions',
            render: (ps: string[]) => ps.map((p) => <Tag key={p}>{permLabel.get(p) ?? p}</Tag>),
          },
          {
            title: L('状态', 'Status'),
            dataIndex: 'active',
            width: 80,
            render: (a: boolean) =>
              a ? <Tag color="green">{L('启用', 'Active')}</Tag> : <Tag>{L('停用', 'Disabled')}</Tag>,
          },
          {
            title: '',
            key: 'ops',
            width: 120,
            render: (_: unknown, s) =>
              s.active ? (
                <>
                  <Button size="small" type="link" onClick={() => openForm(s)}>
                    {L('编辑', 'Edit')}
                  </Button>
                  <Button
                    size="small"
                    type="link"
                    danger
                    onClick={() => void act.run({ type: 'subaccount.disable', subAccountId: s.id })}
                  >
                    {L('停用', 'Disable')}
                  </Button>
                </>
              ) : null,
          },
        ]}
      />
      {editing === null ? <RefusalAlert error={act.error} testId="sim-subaccount-error" /> : null}
      <Modal
        open={editing !== null}
        onCancel={() => setEditing(null)}
        onOk={() => void submit()}
        confirmLoading={act.busy}
        title={editing === 'new' ? L('添加子账号', 'Add a sub-account') : L('编辑子账号', 'Edit sub-account')}
        okButtonProps={tid('sim-subaccount-save')}
      >
        <Form form={form} layout="vertical" data-testid="sim-subaccount-form">
          <Form.Item name="name" label={L('姓名', 'Name')} rules={[{ required: true }]}>
            <Input disabled={editing !== 'new'} data-testid="sim-subaccount-name" />
          </Form.Item>
          <Form.Item name="email" label={L('邮箱', 'E-mail')} rules={[{ required: true, type: 'email' }]}>
            <Input disabled={editing !== 'new'} data-testid="sim-subaccount-email" />
          </Form.Item>
          <Form.Item name="role" label={L('角色', 'Role')} rules={[{ required: true }]}>
            <Select
              options={env.rules.subAccountRoles.map((r) => ({ value: r.key, label: loc(r.label) }))}
              onChange={(role: string) =>
                form.setFieldValue(
                  'permissions',
                  env.rules.subAccountRoles.find((r) => r.key === role)?.permissions ?? [],
                )
              }
              data-testid="sim-subaccount-role"
            />
          </Form.Item>
          <Form.Item name="permissions" label={L('权限', 'Permissions')}>
            <Checkbox.Group options={env.rules.permissions.map((p) => ({ value: p.key, label: loc(p.label) }))} />
          </Form.Item>
        </Form>
        <RefusalAlert error={act.error} testId="sim-subaccount-form-error" />
      </Modal>
    </div>
  );
}
