import {
  accountSchema,
  type Member,
  type Org,
  personNameSchema,
  ROLE_LABELS,
  ROLES_BY_ORG_KIND,
  type Role,
} from '@crossskill/contracts';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { addMember } from '../../api/orgs';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { useI18n } from '../../i18n';
import { applyServerErrors, schemaRule } from '../../lib/forms';
import { tid } from '../../lib/testid';

interface AddMemberForm {
  account: string;
  role: Role;
  name?: string;
}

export function AddMemberModal({
  org,
  onClose,
  onAdded,
}: {
  org: Org;
  onClose: () => void;
  onAdded: (m: Member) => void;
}) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddMemberForm>();
  const [error, setError] = useState<string | null>(null);
  const roles = ROLES_BY_ORG_KIND[org.kind];

  const mutation = useMutation({
    mutationFn: (v: AddMemberForm) =>
      addMember(org.id, {
        account: v.account.trim(),
        role: v.role,
        ...(v.name?.trim() ? { name: v.name.trim() } : {}),
      }),
    onSuccess: (m) => {
      void message.success(t('member.added', { name: m.name }));
      onAdded(m);
    },
    onError: (e) => setError(applyServerErrors(form, e)),
  });

  return (
    <Modal
      open
      title={t('member.addTitle', { org: org.name })}
      okText={t('member.add')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={tid('member-form-submit')}
      mask={{ closable: false }}
    >
      <Form<AddMemberForm>
        form={form}
        layout="vertical"
        initialValues={{ role: roles.includes('trainee') ? 'trainee' : roles[0] }}
        onValuesChange={() => setError(null)}
        onFinish={(v) => mutation.mutate(v)}
      >
        <Form.Item
          name="account"
          label={t('member.account')}
          rules={[{ required: true, message: t('login.accountRequired') }, schemaRule(accountSchema)]}
        >
          <Input placeholder={t('login.accountPlaceholder')} autoComplete="off" data-testid="member-form-account" />
        </Form.Item>
        <Form.Item name="role" label={t('member.role')} rules={[{ required: true }]}>
          <Select
            data-testid="member-form-role"
            options={roles.map((r) => ({ value: r, label: pick(ROLE_LABELS[r]) }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('field.name')}
          extra={t('member.nameHint')}
          rules={[schemaRule(personNameSchema)]}
        >
          <Input maxLength={50} autoComplete="off" data-testid="member-form-name" />
        </Form.Item>
        <FormErrorAlert message={error} testId="member-form-error" />
      </Form>
    </Modal>
  );
}
