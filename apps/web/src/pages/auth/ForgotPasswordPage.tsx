import { accountSchema, FIELD_MESSAGES, passwordSchema } from '@crossskill/contracts';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { confirmPasswordReset, requestPasswordReset } from '../../api/auth';
import { errorMessage } from '../../api/client';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { useI18n } from '../../i18n';
import { applyServerErrors, schemaRule } from '../../lib/forms';

/** Step 1: ask for a code. */
function RequestStep({ onSent }: { onSent: (account: string) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ account: string }>();
  const [error, setError] = useState<string | null>(null);
  const request = useMutation({
    mutationFn: requestPasswordReset,
    onSuccess: (_r, body) => {
      void message.success(t('forgot.codeSent'));
      onSent(body.account);
    },
    onError: (e) => setError(applyServerErrors(form, e)),
  });
  return (
    <Form<{ account: string }>
      form={form}
      layout="vertical"
      requiredMark={false}
      onValuesChange={() => setError(null)}
      onFinish={(v) => request.mutate({ account: v.account.trim() })}
    >
      <Form.Item
        name="account"
        label={t('login.account')}
        extra={t('forgot.accountHint')}
        rules={[{ required: true, message: t('login.accountRequired') }, schemaRule(accountSchema)]}
      >
        <Input autoComplete="username" placeholder={t('login.accountPlaceholder')} data-testid="forgot-account" />
      </Form.Item>
      <FormErrorAlert message={error} testId="forgot-error" />
      <Button type="primary" htmlType="submit" block loading={request.isPending} data-testid="forgot-request">
        {t('forgot.sendCode')}
      </Button>
    </Form>
  );
}

interface ConfirmForm {
  code: string;
  newPassword: string;
  confirmPassword: string;
}

/** Step 2: the code and a new password. */
function ConfirmStep({ account, onBack }: { account: string; onBack: () => void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ConfirmForm>();
  const [error, setError] = useState<string | null>(null);
  const resend = useMutation({
    mutationFn: requestPasswordReset,
    onSuccess: () => void message.success(t('forgot.codeSent')),
    onError: (e) => void message.error(errorMessage(e)),
  });
  const confirm = useMutation({
    mutationFn: confirmPasswordReset,
    onSuccess: () => {
      void message.success(t('forgot.done'));
      navigate('/login', { replace: true, state: { account, notice: t('forgot.done') } });
    },
    onError: (e) => setError(applyServerErrors(form, e)),
  });
  return (
    <Form<ConfirmForm>
      form={form}
      layout="vertical"
      requiredMark={false}
      onValuesChange={() => setError(null)}
      onFinish={(v) => confirm.mutate({ account, code: v.code.trim(), newPassword: v.newPassword })}
    >
      <Typography.Paragraph type="secondary" data-testid="forgot-sent-to">
        {t('forgot.sentTo', { account })}
      </Typography.Paragraph>
      <Form.Item
        name="code"
        label={t('forgot.code')}
        rules={[
          { required: true, message: t('forgot.codeRequired') },
          { pattern: /^\s*\d{6}\s*$/, message: t('forgot.codeFormat') },
        ]}
      >
        <Input
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          style={{ letterSpacing: 4 }}
          data-testid="forgot-code"
        />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('field.newPassword')}
        extra={pick(FIELD_MESSAGES.PASSWORD_POLICY)}
        rules={[{ required: true, message: pick(FIELD_MESSAGES.PASSWORD_POLICY) }, schemaRule(passwordSchema)]}
      >
        <Input.Password autoComplete="new-password" data-testid="forgot-new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('field.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('validation.confirmPassword') },
          ({ getFieldValue }) => ({
            validator: async (_r, v: unknown) => {
              if (v && v !== getFieldValue('newPassword')) throw new Error(t('validation.passwordMismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="forgot-confirm-password" />
      </Form.Item>
      <FormErrorAlert message={error} testId="forgot-error" />
      <Button type="primary" htmlType="submit" block loading={confirm.isPending} data-testid="forgot-submit">
        {t('forgot.submit')}
      </Button>
      <Flex justify="space-between" style={{ marginTop: 12 }}>
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          loading={resend.isPending}
          data-testid="forgot-resend"
          onClick={() => resend.mutate({ account })}
        >
          {t('forgot.resend')}
        </Button>
        <Button type="link" size="small" style={{ padding: 0 }} onClick={onBack} data-testid="forgot-other-account">
          {t('forgot.otherAccount')}
        </Button>
      </Flex>
    </Form>
  );
}

export default function ForgotPasswordPage() {
  const { t } = useI18n();
  const [account, setAccount] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${t('forgot.title')} - ${t('app.name')}`;
  }, [t]);

  return (
    <div data-testid="forgot-page">
      <Typography.Title level={3} style={{ marginTop: 0, textAlign: 'center' }}>
        {t('forgot.title')}
      </Typography.Title>
      <Steps
        size="small"
        current={account ? 1 : 0}
        style={{ marginBottom: 24 }}
        items={[{ title: t('forgot.step1') }, { title: t('forgot.step2') }]}
      />
      {account === null ? (
        <RequestStep onSent={setAccount} />
      ) : (
        <ConfirmStep account={account} onBack={() => setAccount(null)} />
      )}
      <div style={{ marginTop: 16, textAlign: 'center' }}>
        <Link to="/login" data-testid="link-login">
          {t('forgot.backToLogin')}
        </Link>
      </div>
    </div>
  );
}
