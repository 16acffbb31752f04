import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { login, onLoggedIn } from '../../api/auth';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { useI18n } from '../../i18n';
import { applyServerErrors } from '../../lib/forms';

interface LoginForm {
  account: string;
  password: string;
}

interface LoginLocationState {
  from?: string;
  account?: string;
  notice?: string;
}

export default function LoginPage() {
  const { t } = useI18n();
  const [form] = Form.useForm<LoginForm>();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as LoginLocationState;
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${t('login.title')} - ${t('app.name')}`;
  }, [t]);

  const mutation = useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      onLoggedIn(qc, me);
      const from = state.from?.startsWith('/') && !state.from.startsWith('//') ? state.from : '/';
      navigate(from, { replace: true });
    },
    onError: (e) => {
      form.setFieldValue('password', '');
      setError(applyServerErrors(form, e));
    },
  });

  return (
    <div data-testid="login-page">
      <Typography.Title level={3} style={{ marginTop: 0, textAlign: 'center' }}>
        {t('login.title')}
      </Typography.Title>
      {state.notice ? (
        <Typography.Paragraph type="success" style={{ textAlign: 'center' }} data-testid="login-notice">
          {state.notice}
        </Typography.Paragraph>
      ) : null}
      <Form<LoginForm>
        form={form}
        layout="vertical"
        size="large"
        requiredMark={false}
        initialValues={{ account: state.account ?? '' }}
        onValuesChange={() => setError(null)}
        onFinish={(values) => mutation.mutate({ account: values.account.trim(), password: values.password })}
      >
        <Form.Item
          name="account"
          label={t('login.account')}
          // no client-side format check here: it would pull zod into the first page; the server's answer is shown instead
          rules={[{ required: true, message: t('login.accountRequired') }]}
        >
          <Input
            prefix={<UserOutlined />}
            placeholder={t('login.accountPlaceholder')}
            autoComplete="username"
            inputMode="email"
            data-testid="login-account"
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password
            prefix={<LockOutlined />}
            placeholder={t('login.passwordPlaceholder')}
            autoComplete="current-password"
            data-testid="login-password"
          />
        </Form.Item>
        <FormErrorAlert message={error} testId="login-error" />
        <Form.Item style={{ marginBottom: 12 }}>
          <Button type="primary" htmlType="submit" block loading={mutation.isPending} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form.Item>
      </Form>
      <Flex justify="space-between">
        <Link to="/register" data-testid="link-register">
          {t('login.toRegister')}
        </Link>
        <Link to="/forgot-password" data-testid="link-forgot-password">
          {t('login.toForgot')}
        </Link>
      </Flex>
    </div>
  );
}
