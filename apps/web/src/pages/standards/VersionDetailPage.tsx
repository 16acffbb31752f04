import { ArrowLeftOutlined, CloudUploadOutlined, DeleteOutlined, EyeOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Popconfirm, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/client';
import {
  discardDraft,
  publishDraft,
  type StandardVersion,
  standardKeys,
  updateDraft,
  useStandardVersion,
} from '../../api/standards';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { Page } from '../../components/Page';
import { PageLoading } from '../../components/PageLoading';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { applyServerErrors } from '../../lib/forms';
import { settle, tid } from '../../lib/testid';
import { DiffView } from './DiffView';
import { DraftNodeEditor } from './DraftNodeEditor';
import { DraftWeightEditor } from './DraftWeightEditor';
import { VersionStatusTag } from './VersionStatusTag';

interface MetaForm {
  label: string;
  effectiveDate?: string;
  notes?: string;
}

function MetaEditor({ version }: { version: StandardVersion }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<MetaForm>();
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: MetaForm) => {
      const body: Parameters<typeof updateDraft>[1] = {};
      if (v.label.trim() !== version.label) body.label = v.label.trim();
      const eff = v.effectiveDate || null;
      if (eff !== version.effectiveDate) body.effectiveDate = eff;
      const notes = v.notes?.trim() || null;
      if (notes !== version.notes) body.notes = notes;
      if (Object.keys(body).length === 0) return Promise.resolve(null);
      return updateDraft(version.id, body);
    },
    onMutate: () => setError(null),
    onSuccess: (r) => {
      void message.success(r ? t('common.saved') : t('profile.noChanges'));
      void qc.invalidateQueries({ queryKey: standardKeys.all });
    },
    onError: (e) => setError(applyServerErrors(form, e)),
  });
  return (
    <Form<MetaForm>
      form={form}
      layout="vertical"
      style={{ maxWidth: 560 }}
      initialValues={{ label: version.label, effectiveDate: version.effectiveDate ?? '', notes: version.notes ?? '' }}
      onFinish={(v) => save.mutate(v)}
      data-testid="meta-form"
    >
      <Form.Item name="label" label={t('ver.label')} rules={[{ required: true, whitespace: true }, { max: 40 }]}>
        <Input data-testid="meta-label" />
      </Form.Item>
      <Form.Item name="effectiveDate" label={t('std.effectiveDate')} extra={t('ver.effectiveHint')}>
        <Input type="date" style={{ maxWidth: 200 }} data-testid="meta-effective" />
      </Form.Item>
      <Form.Item name="notes" label={t('ver.notes')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={4} showCount maxLength={2000} data-testid="meta-notes" />
      </Form.Item>
      <FormErrorAlert message={error} testId="meta-error" />
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="meta-save">
        {t('common.save')}
      </Button>
    </Form>
  );
}

interface PublishProblem {
  message: string;
  details: string[];
}

/** One version: a draft's editor (nodes, weights, info), the diff against its base, publish and discard. */
export default function VersionDetailPage({ versionId }: { versionId: string }) {
  const { t, lang } = useI18n();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const version = useStandardVersion(versionId);
  const [problem, setProblem] = useState<PublishProblem | null>(null);

  const publish = useMutation({
    mutationFn: () => publishDraft(versionId),
    onMutate: () => setProblem(null),
    onSuccess: (v) => {
      void message.success(t('ver.published', { label: v.label }));
      void qc.invalidateQueries({ queryKey: standardKeys.all });
    },
    onError: (e) =>
      setProblem({
        message: errorMessage(e),
        details: e instanceof ApiError ? e.details.map((d) => d.message).filter(Boolean) : [],
      }),
  });
  const discard = useMutation({
    mutationFn: () => discardDraft(versionId),
    onSuccess: () => {
      void message.success(t('ver.discarded'));
      void qc.invalidateQueries({ queryKey: standardKeys.all });
      navigate('/standards/versions', { replace: true });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  if (version.isPending) return <PageLoading />;
  if (version.isError) return <QueryError error={version.error} onRetry={() => void version.refetch()} />;
  const v = version.data;
  const isDraft = v.status === 'draft';
  const tabKeys = isDraft ? ['nodes', 'weights', 'meta', 'diff'] : ['diff'];
  const tab = tabKeys.includes(params.get('tab') ?? '') ? (params.get('tab') as string) : (tabKeys[0] as string);

  const confirmPublish = () => {
    modal.confirm({
      title: t('ver.publishConfirmTitle', { label: v.label }),
      content: (
        <Flex vertical gap={4}>
          <span>{t('ver.publishConfirm')}</span>
          <span>
            {t('std.effectiveDate')}:{' '}
            <b>{v.effectiveDate ? formatDate(v.effectiveDate, lang) : t('ver.noEffectiveDate')}</b>
          </span>
        </Flex>
      ),
      okText: t('ver.publish'),
      okButtonProps: tid('publish-ok'),
      onOk: () => settle(publish.mutateAsync()),
    });
  };

  return (
    <Page
      title={`${v.title} · ${v.label}`}
      testId="version-detail-page"
      extra={
        <>
          <Link to="/standards/versions">
            <Button icon={<ArrowLeftOutlined />}>{t('ver.backToList')}</Button>
          </Link>
          <Link to={`/standards?v=${v.id}`}>
            <Button icon={<EyeOutlined />} data-testid="version-browse">
              {t('ver.browse')}
            </Button>
          </Link>
          {isDraft ? (
            <>
              <Popconfirm
                title={t('ver.discardConfirm', { label: v.label })}
                onConfirm={() => settle(discard.mutateAsync())}
                okButtonProps={{ danger: true, ...tid('discard-ok') }}
              >
                <Button danger icon={<DeleteOutlined />} data-testid="version-discard">
                  {t('ver.discard')}
                </Button>
              </Popconfirm>
              <Button
                type="primary"
                icon={<CloudUploadOutlined />}
                loading={publish.isPending}
                onClick={confirmPublish}
                data-testid="version-publish"
              >
                {t('ver.publish')}
              </Button>
            </>
          ) : null}
        </>
      }
    >
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 3 }} data-testid="version-info">
            <Descriptions.Item label={t('ver.status')}>
              <VersionStatusTag status={v.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('ver.base')}>{v.baseLabel ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('std.effectiveDate')}>
              <span data-testid="version-effective">{v.effectiveDate ? formatDate(v.effectiveDate, lang) : '—'}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('common.createdAt')}>{formatDateTime(v.createdAt, lang)}</Descriptions.Item>
            <Descriptions.Item label={t('ver.updatedAt')}>{formatDateTime(v.updatedAt, lang)}</Descriptions.Item>
            <Descriptions.Item label={t('ver.publishedAt')}>{formatDateTime(v.publishedAt, lang)}</Descriptions.Item>
            <Descriptions.Item label={t('ver.notes')} span={3}>
              {v.notes ?? '—'}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        {isDraft ? <Alert type="info" showIcon title={t('ver.draftHint')} /> : null}
        {problem ? (
          <Alert
            type="error"
            showIcon
            closable={{ onClose: () => setProblem(null) }}
            title={problem.message}
            data-testid="publish-error"
            description={
              problem.details.length > 0 ? (
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {problem.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              ) : null
            }
          />
        ) : null}
        <Card size="small">
          <Tabs
            activeKey={tab}
            onChange={(k) => setParams({ tab: k }, { replace: true })}
            destroyOnHidden
            items={[
              ...(isDraft
                ? [
                    {
                      key: 'nodes',
                      label: <span data-testid="vtab-nodes">{t('ver.tabNodes')}</span>,
                      children: <DraftNodeEditor version={v} />,
                    },
                    {
                      key: 'weights',
                      label: <span data-testid="vtab-weights">{t('ver.tabWeights')}</span>,
                      children: <DraftWeightEditor version={v} />,
                    },
                    {
                      key: 'meta',
                      label: <span data-testid="vtab-meta">{t('ver.tabMeta')}</span>,
                      children: <MetaEditor key={v.updatedAt} version={v} />,
                    },
                  ]
                : []),
              {
                key: 'diff',
                label: <span data-testid="vtab-diff">{t('ver.tabDiff', { base: v.baseLabel ?? '—' })}</span>,
                children: <DiffView versionId={v.id} />,
              },
            ]}
          />
          {!isDraft ? <Typography.Text type="secondary">{t('ver.publishedHint')}</Typography.Text> : null}
        </Card>
      </Flex>
    </Page>
  );
}
