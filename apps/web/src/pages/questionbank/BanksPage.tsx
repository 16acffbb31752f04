import { DeleteOutlined, EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { Me } from '@crossskill/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMe } from '../../api/auth';
import { errorMessage } from '../../api/client';
import { useOrgs } from '../../api/orgs';
import { createBank, deleteBank, type QuestionBank, qbKeys, updateBank, useBanks } from '../../api/questionbank';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { Page } from '../../components/Page';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { isPlatformAdmin } from '../../lib/access';
import { formatDateTime } from '../../lib/format';
import { applyServerErrors } from '../../lib/forms';
import { settle, tid } from '../../lib/testid';
import { menuItem } from '../../menu';

const EDIT_ROLES = ['institution_admin', 'lecturer'] as const;

interface OrgChoice {
  id: string;
  name: string;
  kind: 'platform' | 'institution' | 'enterprise';
}

/** Organisations the user may create banks in: where they are institution admin or lecturer; all for a platform admin. */
function useOrgChoices(me: Me | null | undefined): OrgChoice[] {
  const admin = me ? isPlatformAdmin(me) : false;
  const orgs = useOrgs({}, admin);
  return useMemo(() => {
    const out = new Map<string, OrgChoice>();
    for (const m of me?.memberships ?? []) {
      if ((EDIT_ROLES as readonly string[]).includes(m.role) || m.role === 'platform_admin') {
        out.set(m.orgId, { id: m.orgId, name: m.orgName, kind: m.orgKind });
      }
    }
    if (admin) {
      for (const o of orgs.data?.items ?? []) {
        if (o.kind !== 'enterprise' && !out.has(o.id)) out.set(o.id, { id: o.id, name: o.name, kind: o.kind });
      }
    }
    return [...out.values()];
  }, [me, admin, orgs.data]);
}

interface BankForm {
  orgId: string;
  name: string;
  description?: string;
  sharedWithInstitutions?: boolean;
}

function BankModal({ bank, onClose }: { bank: QuestionBank | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const choices = useOrgChoices(me);
  const [form] = Form.useForm<BankForm>();
  const [error, setError] = useState<string | null>(null);
  const orgId = Form.useWatch('orgId', form);
  const platformOrg = choices.find((c) => c.id === orgId)?.kind === 'platform';
  const admin = me ? isPlatformAdmin(me) : false;

  const save = useMutation({
    mutationFn: (v: BankForm) => {
      const description = v.description?.trim() ? v.description.trim() : null;
      if (bank) return updateBank(bank.id, { name: v.name.trim(), description });
      return createBank(v.orgId, {
        name: v.name.trim(),
        description,
        ...(admin && platformOrg ? { sharedWithInstitutions: v.sharedWithInstitutions ?? false } : {}),
      });
    },
    onSuccess: (b) => {
      void message.success(bank ? t('common.saved') : t('qb.bankCreated'));
      void qc.invalidateQueries({ queryKey: qbKeys.all });
      onClose();
      if (!bank) navigate(`/question-banks/${b.id}`);
    },
    onError: (e) => setError(applyServerErrors(form, e)),
  });

  return (
    <Modal
      open
      title={bank ? t('qb.renameBank') : t('qb.createBank')}
      okText={bank ? t('common.save') : t('common.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={tid('qb-bank-ok')}
      destroyOnHidden
    >
      <Form<BankForm>
        form={form}
        layout="vertical"
        initialValues={
          bank
            ? { orgId: bank.orgId, name: bank.name, description: bank.description ?? '' }
            : { orgId: choices.length === 1 ? choices[0]?.id : undefined, sharedWithInstitutions: false }
        }
        onFinish={(v) => save.mutate(v)}
        data-testid="qb-bank-form"
      >
        {bank ? null : (
          <Form.Item name="orgId" label={t('qb.org')} rules={[{ required: true, message: t('qb.orgRequired') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={choices.map((c) => ({ value: c.id, label: c.name }))}
              data-testid="qb-bank-org"
            />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t('qb.bankName')}
          rules={[{ required: true, whitespace: true, message: t('qb.bankNameRequired') }, { max: 100 }]}
        >
          <Input data-testid="qb-bank-name" />
        </Form.Item>
        <Form.Item name="description" label={t('qb.bankDescription')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} data-testid="qb-bank-description" />
        </Form.Item>
        {!bank && admin && platformOrg ? (
          <Form.Item
            name="sharedWithInstitutions"
            label={t('qb.shareToggle')}
            valuePropName="checked"
            extra={t('qb.shareHint')}
          >
            <Switch />
          </Form.Item>
        ) : null}
        <FormErrorAlert message={error} testId="qb-bank-error" />
      </Form>
    </Modal>
  );
}

/** 题库管理: the banks of the user's organisations and the platform banks shared with institutions. */
export default function BanksPage() {
  const { t, pick, lang } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const qc = useQueryClient();
  const banks = useBanks();
  const choices = useOrgChoices(me);
  const admin = me ? isPlatformAdmin(me) : false;
  const [modal, setModal] = useState<{ bank: QuestionBank | null } | null>(null);
  const platformOrgIds = new Set((me?.memberships ?? []).filter((m) => m.orgKind === 'platform').map((m) => m.orgId));

  const share = useMutation({
    mutationFn: ({ bank, shared }: { bank: QuestionBank; shared: boolean }) =>
      updateBank(bank.id, { sharedWithInstitutions: shared }),
    onSuccess: (b) => {
      void message.success(b.sharedWithInstitutions ? t('qb.sharedOn') : t('qb.sharedOff'));
      void qc.invalidateQueries({ queryKey: qbKeys.banks });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const remove = useMutation({
    mutationFn: (b: QuestionBank) => deleteBank(b.id),
    onSuccess: () => {
      void message.success(t('qb.bankDeleted'));
      void qc.invalidateQueries({ queryKey: qbKeys.banks });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  return (
    <Page
      title={pick(menuItem('questionBanks').label)}
      testId="qb-banks-page"
      extra={
        <>
          <Button icon={<ReloadOutlined />} onClick={() => void banks.refetch()}>
            {t('common.refresh')}
          </Button>
          {choices.length > 0 ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setModal({ bank: null })}
              data-testid="qb-create-bank"
            >
              {t('qb.createBank')}
            </Button>
          ) : null}
        </>
      }
    >
      <Card>
        <Typography.Paragraph type="secondary">{t('qb.intro')}</Typography.Paragraph>
        {banks.isError ? (
          <QueryError error={banks.error} onRetry={() => void banks.refetch()} />
        ) : (
          <Table<QuestionBank>
            rowKey="id"
            loading={banks.isFetching}
            dataSource={banks.data?.items ?? []}
            pagination={false}
            scroll={{ x: 960 }}
            data-testid="qb-banks-table"
            onRow={(r) => ({ 'data-testid': `qb-bank-row-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              {
                title: t('qb.bankName'),
                dataIndex: 'name',
                render: (v: string, r) => (
                  <Space size={4} wrap>
                    <Link to={`/question-banks/${r.id}`} data-testid={`qb-bank-open-${r.name}`}>
                      {v}
                    </Link>
                    {r.sharedWithInstitutions ? <Tag color="blue">{t('qb.shared')}</Tag> : null}
                    {!r.canEdit ? <Tag data-testid="qb-bank-readonly">{t('qb.readonly')}</Tag> : null}
                  </Space>
                ),
              },
              { title: t('qb.org'), dataIndex: 'orgName', width: 220 },
              {
                title: t('qb.questions'),
                dataIndex: 'questionCount',
                width: 110,
                align: 'right',
                render: (n: number) => <span data-testid="qb-bank-count">{n}</span>,
              },
              {
                title: t('qb.shareToggle'),
                key: 'share',
                width: 130,
                render: (_: unknown, r) =>
                  admin && platformOrgIds.has(r.orgId) ? (
                    <Switch
                      size="small"
                      checked={r.sharedWithInstitutions}
                      loading={share.isPending && share.variables?.bank.id === r.id}
                      onChange={(shared) => share.mutate({ bank: r, shared })}
                      data-testid={`qb-bank-share-${r.name}`}
                    />
                  ) : r.sharedWithInstitutions ? (
                    t('qb.yes')
                  ) : (
                    '—'
                  ),
              },
              {
                title: t('common.createdAt'),
                dataIndex: 'createdAt',
                width: 180,
                render: (v: string) => formatDateTime(v, lang),
              },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 170,
                fixed: 'right',
                render: (_: unknown, r) =>
                  r.canEdit ? (
                    <Space size={0}>
                      <Button
                        type="link"
                        size="small"
                        icon={<EditOutlined />}
                        onClick={() => setModal({ bank: r })}
                        data-testid={`qb-bank-rename-${r.name}`}
                      >
                        {t('qb.rename')}
                      </Button>
                      <Popconfirm
                        title={t('qb.deleteBankConfirm', { name: r.name })}
                        onConfirm={() => settle(remove.mutateAsync(r))}
                        okButtonProps={{ danger: true }}
                      >
                        <Button
                          type="link"
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          disabled={r.questionCount > 0}
                        >
                          {t('qb.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        )}
      </Card>
      {modal ? <BankModal bank={modal.bank} onClose={() => setModal(null)} /> : null}
    </Page>
  );
}
