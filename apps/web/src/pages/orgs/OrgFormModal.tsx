import {
  createOrgSchema,
  creditCodeSchema,
  ORG_KIND_LABELS,
  ORG_KINDS,
  type Org,
  type OrgKind,
  type updateOrgSchema,
} from '@crossskill/contracts';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { createOrg, updateOrg } from '../../api/orgs';
import type { SchemaInput } from '../../api/types';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { useI18n } from '../../i18n';
import { applyServerErrors, compact, schemaRule } from '../../lib/forms';
import { tid } from '../../lib/testid';

interface OrgForm {
  kind: OrgKind;
  name: string;
  creditCode?: string;
  contactPhone?: string;
  address?: string;
}

/** Create (org undefined) or edit an organisation's profile. Mounted only while open. */
export function OrgFormModal({
  org,
  onClose,
  onSaved,
}: {
  org?: Org;
  onClose: () => void;
  onSaved: (org: Org) => void;
}) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgForm>();
  const [error, setError] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: (v: OrgForm): Promise<Org> => {
      if (!org) {
        const { kind, name, ...rest } = v;
        return createOrg({ kind, name: name.trim(), ...compact(rest) });
      }
      const body: SchemaInput<typeof updateOrgSchema> = {};
      const name = v.name.trim();
      if (name !== org.name) body.name = name;
      for (const key of ['creditCode', 'contactPhone', 'address'] as const) {
        const next = v[key]?.trim() ?? '';
        if (next !== (org[key] ?? '')) body[key] = next || null;
      }
      if (Object.keys(body).length === 0) return Promise.resolve(org);
      return updateOrg(org.id, body);
    },
    onSuccess: (saved) => {
      void message.success(org ? t('common.saved') : t('org.created'));
      onSaved(saved);
    },
    onError: (e) => setError(applyServerErrors(form, e)),
  });

  return (
    <Modal
      open
      title={org ? t('org.editTitle') : t('org.createTitle')}
      okText={org ? t('common.save') : t('common.create')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={tid('org-form-submit')}
      mask={{ closable: false }}
    >
      <Form<OrgForm>
        form={form}
        layout="vertical"
        initialValues={
          org
            ? {
                kind: org.kind,
                name: org.name,
                creditCode: org.creditCode ?? '',
                contactPhone: org.contactPhone ?? '',
                address: org.address ?? '',
              }
            : { kind: 'institution' }
        }
        onValuesChange={() => setError(null)}
        onFinish={(v) => mutation.mutate(v)}
      >
        <Form.Item name="kind" label={t('org.kind')} rules={[{ required: true }]}>
          <Select
            disabled={Boolean(org)}
            data-testid="org-form-kind"
            options={ORG_KINDS.map((k) => ({ value: k, label: pick(ORG_KIND_LABELS[k]) }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('org.name')}
          rules={[
            { required: true, message: t('org.nameRequired') },
            schemaRule(createOrgSchema.shape.name, () => t('org.nameLength')),
          ]}
        >
          <Input maxLength={100} data-testid="org-form-name" />
        </Form.Item>
        <Form.Item
          name="creditCode"
          label={t('org.creditCode')}
          extra={t('org.creditCodeHint')}
          validateTrigger="onBlur"
          rules={[schemaRule(creditCodeSchema, () => t('org.creditCodeInvalid'))]}
        >
          <Input maxLength={18} style={{ textTransform: 'uppercase' }} data-testid="org-form-credit-code" />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('org.contactPhone')}>
          <Input maxLength={30} data-testid="org-form-contact-phone" />
        </Form.Item>
        <Form.Item name="address" label={t('org.address')}>
          <Input.TextArea maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} data-testid="org-form-address" />
        </Form.Item>
        <FormErrorAlert message={error} testId="org-form-error" />
      </Form>
    </Modal>
  );
}
