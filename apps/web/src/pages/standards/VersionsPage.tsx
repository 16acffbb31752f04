import { BranchesOutlined, DeleteOutlined, EyeOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import {
  createDraft,
  discardDraft,
  type StandardVersionSummary,
  standardKeys,
  useStandardVersions,
} from '../../api/standards';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { Page } from '../../components/Page';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { applyServerErrors } from '../../lib/forms';
import { settle, tid } from '../../lib/testid';
import { menuItem } from '../../menu';
import { VersionStatusTag } from './VersionStatusTag';

function CreateDraftModal({ base, onClose }: { base: StandardVersionSummary; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ label: string; notes?: string }>();
  const [error, setError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (v: { label: string; notes?: string }) =>
      createDraft({
        baseVersionId: base.id,
        label: v.label.trim(),
        ...(v.notes?.trim() ? { notes: v.notes.trim() } : {}),
      }),
    onSuccess: (draft) => {
      void message.success(t('ver.draftCreated'));
      void qc.invalidateQueries({ queryKey: standardKeys.all });
      navigate(`/standards/versions/${draft.id}`);
    },
    onError: (e) => setError(applyServerErrors(form, e)),
  });
  return (
    <Modal
      open
      title={t('ver.createDraftTitle', { label: base.label })}
      okText={t('common.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      okButtonProps={tid('ver-create-ok')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)} data-testid="ver-create-form">
        <Form.Item
          name="label"
          label={t('ver.label')}
          extra={t('ver.labelHint')}
          rules={[{ required: true, whitespace: true, message: t('ver.labelRequired') }, { max: 40 }]}
        >
          <Input data-testid="ver-create-label" />
        </Form.Item>
        <Form.Item name="notes" label={t('ver.notes')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} data-testid="ver-create-notes" />
        </Form.Item>
        <FormErrorAlert message={error} testId="ver-create-error" />
      </Form>
    </Modal>
  );
}

/** 标准版本管理: the versions of the national standard; drafting, opening the editor, discarding. */
export default function VersionsPage() {
  const { t, pick, lang } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const versions = useStandardVersions();
  const [base, setBase] = useState<StandardVersionSummary | null>(null);

  const discard = useMutation({
    mutationFn: (v: StandardVersionSummary) => discardDraft(v.id),
    onSuccess: () => {
      void message.success(t('ver.discarded'));
      void qc.invalidateQueries({ queryKey: standardKeys.all });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  return (
    <Page
      title={pick(menuItem('standardVersions').label)}
      testId="versions-page"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void versions.refetch()}>
          {t('common.refresh')}
        </Button>
      }
    >
      <Card>
        <Typography.Paragraph type="secondary">{t('ver.intro')}</Typography.Paragraph>
        {versions.isError ? (
          <QueryError error={versions.error} onRetry={() => void versions.refetch()} />
        ) : (
          <Table<StandardVersionSummary>
            rowKey="id"
            loading={versions.isFetching}
            dataSource={versions.data?.items ?? []}
            pagination={false}
            scroll={{ x: 1000 }}
            data-testid="versions-table"
            onRow={(r) => ({ 'data-testid': `version-row-${r.label}` }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              {
                title: t('ver.label'),
                dataIndex: 'label',
                render: (v: string, r) => <Link to={`/standards/versions/${r.id}`}>{v}</Link>,
              },
              { title: t('ver.title'), dataIndex: 'title' },
              {
                title: t('ver.status'),
                dataIndex: 'status',
                render: (s: StandardVersionSummary['status']) => <VersionStatusTag status={s} />,
              },
              { title: t('ver.base'), dataIndex: 'baseLabel', render: (v: string | null) => v ?? '—' },
              {
                title: t('std.effectiveDate'),
                dataIndex: 'effectiveDate',
                render: (v: string | null) => (v ? formatDate(v, lang) : '—'),
              },
              {
                title: t('ver.publishedAt'),
                dataIndex: 'publishedAt',
                render: (v: string | null) => formatDateTime(v, lang),
              },
              {
                title: t('ver.notes'),
                dataIndex: 'notes',
                ellipsis: true,
                render: (v: string | null) => v ?? '—',
              },
              {
                title: t('common.actions'),
                key: 'actions',
                fixed: 'right',
                width: 260,
                render: (_: unknown, r) => (
                  <Space size={0} wrap>
                    <Link to={`/standards/versions/${r.id}`}>
                      <Button type="link" size="small" icon={<EyeOutlined />} data-testid={`version-open-${r.label}`}>
                        {r.status === 'draft' ? t('ver.edit') : t('ver.view')}
                      </Button>
                    </Link>
                    {r.status === 'published' ? (
                      <Button
                        type="link"
                        size="small"
                        icon={<BranchesOutlined />}
                        onClick={() => setBase(r)}
                        data-testid={`version-draft-${r.label}`}
                      >
                        {t('ver.createDraft')}
                      </Button>
                    ) : (
                      <Popconfirm
                        title={t('ver.discardConfirm', { label: r.label })}
                        onConfirm={() => settle(discard.mutateAsync(r))}
                        okButtonProps={{ danger: true, ...tid('version-discard-ok') }}
                      >
                        <Button
                          type="link"
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          data-testid={`version-discard-${r.label}`}
                        >
                          {t('ver.discard')}
                        </Button>
                      </Popconfirm>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      {base ? <CreateDraftModal base={base} onClose={() => setBase(null)} /> : null}
    </Page>
  );
}
