import {
  emailSchema,
  FIELD_MESSAGES,
  idNumberSchema,
  type Me,
  mobileSchema,
  passwordSchema,
  personNameSchema,
  type Session,
  type updateProfileSchema,
} from '@crossskill/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Popconfirm, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { meKey, useMe } from '../../api/auth';
import { errorMessage } from '../../api/client';
import { changePassword, revokeSession, sessionsKey, updateProfile, useSessions } from '../../api/me';
import type { SchemaInput } from '../../api/types';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { Page } from '../../components/Page';
import { QueryError } from '../../components/QueryError';
import { RoleTags } from '../../components/RoleTag';
import { useI18n } from '../../i18n';
import { describeUserAgent, formatDateTime } from '../../lib/format';
import { applyServerErrors, schemaRule } from '../../lib/forms';
import { settle, tid } from '../../lib/testid';
import { menuItem } from '../../menu';
import { useCx } from '../certificates/certText';
import { PhotoCard } from './PhotoCard';

type ProfileBody = SchemaInput<typeof updateProfileSchema>;

interface ProfileForm {
  name: string;
  mobile?: string;
  email?: string;
  idNumber?: string;
}

function ProfileInfo({ me }: { me: Me }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<ProfileForm>();
  const [error, setError] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: updateProfile,
    onSuccess: (next) => {
      qc.setQueryData<Me | null>(meKey, next);
      form.setFieldsValue({
        name: next.user.name,
        mobile: next.user.mobile ?? '',
        email: next.user.email ?? '',
        idNumber: '',
      });
      void message.success(t('common.saved'));
    },
    onError: (e) => setError(applyServerErrors(form, e)),
  });

  const onFinish = (v: ProfileForm) => {
    const body: ProfileBody = {};
    const name = v.name.trim();
    const mobile = v.mobile?.trim() ?? '';
    const email = v.email?.trim() ?? '';
    const idNumber = v.idNumber?.trim() ?? '';
    if (name !== me.user.name) body.name = name;
    if (mobile !== (me.user.mobile ?? '')) body.mobile = mobile || null;
    if (email !== (me.user.email ?? '')) body.email = email || null;
    if (idNumber) body.idNumber = idNumber;
    if (Object.keys(body).length === 0) {
      void message.info(t('profile.noChanges'));
      return;
    }
    mutation.mutate(body);
  };

  return (
    <Card>
      <Form<ProfileForm>
        form={form}
        layout="vertical"
        style={{ maxWidth: 520 }}
        initialValues={{ name: me.user.name, mobile: me.user.mobile ?? '', email: me.user.email ?? '', idNumber: '' }}
        onValuesChange={() => setError(null)}
        onFinish={onFinish}
      >
        <Form.Item
          name="name"
          label={t('field.name')}
          rules={[{ required: true, message: pick(FIELD_MESSAGES.NAME_REQUIRED) }, schemaRule(personNameSchema)]}
        >
          <Input maxLength={50} data-testid="profile-name" />
        </Form.Item>
        <Form.Item name="mobile" label={t('field.mobile')} validateTrigger="onBlur" rules={[schemaRule(mobileSchema)]}>
          <Input inputMode="numeric" maxLength={11} data-testid="profile-mobile" />
        </Form.Item>
        <Form.Item name="email" label={t('field.email')} validateTrigger="onBlur" rules={[schemaRule(emailSchema)]}>
          <Input inputMode="email" data-testid="profile-email" />
        </Form.Item>
        <Form.Item label={t('field.idNumber')}>
          <Typography.Text data-testid="profile-id-masked">
            {me.user.idNumberMasked ?? t('profile.idNumberNone')}
          </Typography.Text>
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={me.user.idNumberMasked ? t('profile.idNumberChange') : t('profile.idNumberSet')}
          extra={t('profile.idNumberHint')}
          validateTrigger="onBlur"
          rules={[schemaRule(idNumberSchema)]}
        >
          <Input maxLength={18} autoComplete="off" data-testid="profile-id-number" />
        </Form.Item>
        <FormErrorAlert message={error} testId="profile-error" />
        <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="profile-save">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

function ChangePassword() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<PasswordForm>();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: () => {
      form.resetFields();
      void qc.invalidateQueries({ queryKey: sessionsKey });
      void message.success(t('profile.passwordChanged'));
    },
    onError: (e) => setError(applyServerErrors(form, e)),
  });
  return (
    <Card>
      <Form<PasswordForm>
        form={form}
        layout="vertical"
        style={{ maxWidth: 520 }}
        onValuesChange={() => setError(null)}
        onFinish={(v) => mutation.mutate({ currentPassword: v.currentPassword, newPassword: v.newPassword })}
      >
        <Form.Item
          name="currentPassword"
          label={t('field.currentPassword')}
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" data-testid="password-current" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('field.newPassword')}
          extra={pick(FIELD_MESSAGES.PASSWORD_POLICY)}
          rules={[{ required: true, message: pick(FIELD_MESSAGES.PASSWORD_POLICY) }, schemaRule(passwordSchema)]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-new" />
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
          <Input.Password autoComplete="new-password" data-testid="password-confirm" />
        </Form.Item>
        <FormErrorAlert message={error} testId="password-error" />
        <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="password-submit">
          {t('profile.changePassword')}
        </Button>
      </Form>
    </Card>
  );
}

function Sessions() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const sessions = useSessions();
  const revoke = useMutation({
    mutationFn: revokeSession,
    onSuccess: () => {
      void message.success(t('profile.sessionRevoked'));
      void qc.invalidateQueries({ queryKey: sessionsKey });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  if (sessions.isError) return <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />;
  const items = [...(sessions.data?.items ?? [])].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
  );
  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('profile.sessionsHint')}</Typography.Paragraph>
      <Table<Session>
        rowKey="id"
        size="middle"
        loading={sessions.isPending}
        dataSource={items}
        pagination={false}
        scroll={{ x: 760 }}
        data-testid="sessions-table"
        rowClassName={(s) => (s.current ? 'session-current' : '')}
        columns={[
          {
            title: t('profile.device'),
            key: 'device',
            render: (_v, s) => (
              <span>
                <Tooltip title={s.userAgent ?? ''}>
                  <span>{describeUserAgent(s.userAgent)}</span>
                </Tooltip>{' '}
                {s.kind === 'bearer' ? <Tag>{t('profile.sessionApp')}</Tag> : null}
                {s.current ? (
                  <Tag color="green" data-testid="session-current">
                    {t('profile.currentSession')}
                  </Tag>
                ) : null}
              </span>
            ),
          },
          { title: t('profile.ip'), dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
          { title: t('profile.loginAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, lang) },
          { title: t('profile.lastSeenAt'), dataIndex: 'lastSeenAt', render: (v: string) => formatDateTime(v, lang) },
          { title: t('profile.expiresAt'), dataIndex: 'expiresAt', render: (v: string) => formatDateTime(v, lang) },
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: 'right',
            render: (_v, s) =>
              s.current ? (
                <Typography.Text type="secondary">{t('profile.thisDevice')}</Typography.Text>
              ) : (
                <Popconfirm
                  title={t('profile.revokeConfirm')}
                  okText={t('profile.revoke')}
                  okButtonProps={{ danger: true, ...tid('session-revoke-ok') }}
                  onConfirm={() => settle(revoke.mutateAsync(s.id))}
                >
                  <Button size="small" danger data-testid="session-revoke">
                    {t('profile.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Card>
  );
}

const TABS = ['info', 'photo', 'password', 'sessions'] as const;
type TabKey = (typeof TABS)[number];

export default function ProfilePage() {
  const { t, pick } = useI18n();
  const cx = useCx();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: TabKey = TABS.find((k) => k === tabParam) ?? 'info';
  if (!me) return null;
  return (
    <Page title={pick(menuItem('profile').label)} testId="profile-page">
      <Typography.Paragraph>
        <RoleTags roles={me.roles} />
      </Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'info' ? {} : { tab: k }, { replace: true })}
        items={[
          {
            key: 'info',
            label: <span data-testid="tab-info">{t('profile.tabInfo')}</span>,
            children: <ProfileInfo me={me} />,
          },
          {
            key: 'photo',
            label: <span data-testid="tab-photo">{cx('photoTab')}</span>,
            children: <PhotoCard />,
          },
          {
            key: 'password',
            label: <span data-testid="tab-password">{t('profile.tabPassword')}</span>,
            children: <ChangePassword />,
          },
          {
            key: 'sessions',
            label: <span data-testid="tab-sessions">{t('profile.tabSessions')}</span>,
            children: <Sessions />,
          },
        ]}
      />
    </Page>
  );
}
