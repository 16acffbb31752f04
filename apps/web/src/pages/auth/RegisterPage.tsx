import {
  emailSchema,
  FIELD_MESSAGES,
  idNumberSchema,
  mobileSchema,
  passwordSchema,
  personNameSchema,
} from '@crossskill/contracts';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { register, usePublicInstitutions } from '../../api/auth';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { useI18n } from '../../i18n';
import { applyServerErrors, compact, schemaRule } from '../../lib/forms';

interface RegisterForm {
  name: string;
  mobile?: string;
  email?: string;
  password: string;
  confirmPassword: string;
  idNumber?: string;
  institutionId?: string;
}

export default function RegisterPage() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegisterForm>();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const institutions = usePublicInstitutions();

  useEffect(() => {
    document.title = `${t('register.title')} - ${t('app.name')}`;
  }, [t]);

  const mutation = useMutation({
    mutationFn: register,
    onSuccess: (_res, body) => {
      void message.success(t('register.success'));
      navigate('/login', { state: { account: body.mobile ?? body.email, notice: t('register.success') } });
    },
    onError: (e) => setError(applyServerErrors(form, e)),
  });

  const onFinish = ({ confirmPassword: _c, password, ...rest }: RegisterForm) => {
    mutation.mutate({ ...compact(rest), password });
  };

  return (
    <div data-testid="register-page">
      <Typography.Title level={3} style={{ marginTop: 0, textAlign: 'center' }}>
        {t('register.title')}
      </Typography.Title>
      <Form<RegisterForm>
        form={form}
        layout="vertical"
        requiredMark="optional"
        onValuesChange={() => setError(null)}
        onFinish={onFinish}
        scrollToFirstError
      >
        <Form.Item
          name="name"
          label={t('field.name')}
          rules={[{ required: true, message: pick(FIELD_MESSAGES.NAME_REQUIRED) }, schemaRule(personNameSchema)]}
        >
          <Input autoComplete="name" maxLength={50} data-testid="register-name" />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={t('field.mobile')}
          dependencies={['email']}
          validateTrigger="onBlur"
          extra={t('register.contactHint')}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_r, v: unknown) => {
                if (!v && !getFieldValue('email')) throw new Error(pick(FIELD_MESSAGES.CONTACT_REQUIRED));
              },
            }),
            schemaRule(mobileSchema),
          ]}
        >
          <Input autoComplete="tel" inputMode="numeric" maxLength={11} data-testid="register-mobile" />
        </Form.Item>
        <Form.Item name="email" label={t('field.email')} validateTrigger="onBlur" rules={[schemaRule(emailSchema)]}>
          <Input autoComplete="email" inputMode="email" data-testid="register-email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('field.password')}
          extra={pick(FIELD_MESSAGES.PASSWORD_POLICY)}
          rules={[{ required: true, message: pick(FIELD_MESSAGES.PASSWORD_POLICY) }, schemaRule(passwordSchema)]}
        >
          <Input.Password autoComplete="new-password" data-testid="register-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('field.confirmPassword')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('validation.confirmPassword') },
            ({ getFieldValue }) => ({
              validator: async (_r, v: unknown) => {
                if (v && v !== getFieldValue('password')) throw new Error(t('validation.passwordMismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="register-confirm-password" />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('field.idNumber')}
          extra={t('register.idNumberHint')}
          validateTrigger="onBlur"
          rules={[schemaRule(idNumberSchema)]}
        >
          <Input maxLength={18} autoComplete="off" data-testid="register-id-number" />
        </Form.Item>
        <Form.Item name="institutionId" label={t('register.institution')} extra={t('register.institutionHint')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={institutions.isPending}
            placeholder={t('register.institutionPlaceholder')}
            options={(institutions.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))}
            data-testid="register-institution"
          />
        </Form.Item>
        <FormErrorAlert message={error} testId="register-error" />
        <Form.Item style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            htmlType="submit"
            block
            size="large"
            loading={mutation.isPending}
            data-testid="register-submit"
          >
            {t('register.submit')}
          </Button>
        </Form.Item>
      </Form>
      <Typography.Text>
        {t('register.haveAccount')}{' '}
        <Link to="/login" data-testid="link-login">
          {t('register.toLogin')}
        </Link>
      </Typography.Text>
    </div>
  );
}
