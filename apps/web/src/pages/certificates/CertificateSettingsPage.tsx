import { KeyOutlined, ReloadOutlined } from '@ant-design/icons';
import { CERTIFICATE_SEPARATORS, type CertificateNumbering, certificateNumberingSchema } from '@crossskill/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { errorMessage } from '../../api/client';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { Page } from '../../components/Page';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { applyServerErrors } from '../../lib/forms';
import { tid } from '../../lib/testid';
import { menuItem } from '../../menu';
import {
  type CertificateSettings,
  certKeys,
  rotateSigningKey,
  type SigningKey,
  saveCertificateSettings,
  useCertificateSettings,
  useSigningKeys,
} from './certApi';
import { useCx } from './certText';
import { formatNumber } from './numbering';

const LEVELS = [5, 4, 3, 2, 1] as const;

function sameScheme(a: CertificateNumbering, b: CertificateNumbering): boolean {
  return (
    a.prefix === b.prefix &&
    a.separator === b.separator &&
    a.includeYear === b.includeYear &&
    a.includeLevel === b.includeLevel &&
    a.sequenceDigits === b.sequenceDigits
  );
}

/** The sequence of a previewed number: the digits just before its check character. */
function sequenceOf(number: string, digits: number): number {
  const m = new RegExp(`(\\d{${digits}})[0-9A-Z]$`).exec(number);
  return m?.[1] ? Number.parseInt(m[1], 10) : 1;
}

function NumberingCard({ settings }: { settings: CertificateSettings }) {
  const cx = useCx();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<CertificateNumbering>();
  const [error, setError] = useState<string | null>(null);
  const values = Form.useWatch([], form) as Partial<CertificateNumbering> | undefined;
  const saved: CertificateNumbering = {
    prefix: settings.prefix,
    separator: settings.separator,
    includeYear: settings.includeYear,
    includeLevel: settings.includeLevel,
    sequenceDigits: settings.sequenceDigits,
  };

  const save = useMutation({
    mutationFn: saveCertificateSettings,
    onSuccess: (next) => {
      qc.setQueryData(certKeys.settings, next);
      void message.success(cx('numberingSaved'));
    },
    onError: (e) => setError(applyServerErrors(form, e)),
  });

  // the draft as the scheme would number; the server's previews while it equals the saved one
  const draft = certificateNumberingSchema.safeParse({ ...saved, ...values });
  let previews: { level: number; number: string }[] = [];
  if (draft.success && sameScheme(draft.data, saved)) previews = settings.previews;
  else if (draft.success) {
    const scheme = draft.data;
    const year = new Date().getFullYear();
    previews = LEVELS.map((level) => {
      const server = settings.previews.find((p) => p.level === level);
      const seq =
        server && scheme.prefix === saved.prefix && scheme.includeYear === saved.includeYear
          ? sequenceOf(server.number, saved.sequenceDigits)
          : 1;
      return { level, number: formatNumber(scheme, year, level, seq) };
    });
  }

  return (
    <Card title={cx('numberingTitle')} data-testid="cert-numbering-card">
      <Form<CertificateNumbering>
        form={form}
        layout="vertical"
        initialValues={saved}
        onValuesChange={() => setError(null)}
        onFinish={(v) => save.mutate({ ...v, prefix: v.prefix.trim().toUpperCase() })}
        style={{ maxWidth: 640 }}
      >
        <Flex gap={16} wrap>
          <Form.Item
            name="prefix"
            label={cx('prefix')}
            extra={cx('prefixHint')}
            normalize={(v: string) => v.toUpperCase()}
            rules={[{ required: true, pattern: /^[A-Z0-9]{1,8}$/, message: cx('prefixHint') }]}
          >
            <Input maxLength={8} style={{ width: 160 }} data-testid="cert-numbering-prefix" />
          </Form.Item>
          <Form.Item name="separator" label={cx('separator')}>
            <Select
              style={{ width: 120 }}
              options={CERTIFICATE_SEPARATORS.map((s) => ({ value: s, label: s === '' ? cx('sepNone') : s }))}
              data-testid="cert-numbering-separator"
            />
          </Form.Item>
          <Form.Item name="sequenceDigits" label={cx('sequenceDigits')} rules={[{ required: true }]}>
            <InputNumber min={4} max={10} precision={0} style={{ width: 120 }} data-testid="cert-numbering-digits" />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap style={{ marginBottom: 16 }}>
          <Form.Item name="includeYear" valuePropName="checked" noStyle>
            <Checkbox data-testid="cert-numbering-year">{cx('includeYear')}</Checkbox>
          </Form.Item>
          <Form.Item name="includeLevel" valuePropName="checked" noStyle>
            <Checkbox data-testid="cert-numbering-level">{cx('includeLevel')}</Checkbox>
          </Form.Item>
        </Flex>
        <Card size="small" title={cx('preview')} style={{ marginBottom: 16 }}>
          <Flex vertical gap={4} data-testid="cert-numbering-preview">
            {previews.map((p) => (
              <Flex key={p.level} gap={12} align="baseline" wrap>
                <Typography.Text type="secondary" style={{ minWidth: 96 }}>
                  {cx('previewExample', { level: p.level })}
                </Typography.Text>
                <Typography.Text code strong data-testid={`cert-numbering-preview-${p.level}`}>
                  {p.number.slice(0, -1)}
                  <span style={{ color: '#d4380d' }}>{p.number.slice(-1)}</span>
                </Typography.Text>
              </Flex>
            ))}
          </Flex>
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
            {cx('checkExplain')}
          </Typography.Paragraph>
        </Card>
        <Typography.Paragraph type="secondary">{cx('numberingNote')}</Typography.Paragraph>
        <FormErrorAlert message={error} testId="cert-numbering-error" />
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="cert-numbering-save">
          {cx('save')}
        </Button>
      </Form>
    </Card>
  );
}

function KeysCard() {
  const cx = useCx();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const keys = useSigningKeys();
  const [confirm, setConfirm] = useState(false);
  const rotate = useMutation({
    mutationFn: rotateSigningKey,
    onSuccess: () => {
      setConfirm(false);
      void message.success(cx('rotated'));
      void qc.invalidateQueries({ queryKey: certKeys.keys });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const items = [...(keys.data?.items ?? [])].sort(
    (a, b) => Number(b.active) - Number(a.active) || b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <Card
      title={cx('keysTitle')}
      extra={
        <Flex gap={8}>
          <Button icon={<ReloadOutlined />} onClick={() => void keys.refetch()}>
            {cx('refresh')}
          </Button>
          <Button
            type="primary"
            danger
            icon={<KeyOutlined />}
            onClick={() => setConfirm(true)}
            data-testid="cert-key-rotate"
          >
            {cx('rotate')}
          </Button>
        </Flex>
      }
      data-testid="cert-keys-card"
    >
      <Typography.Paragraph type="secondary">{cx('keysHint')}</Typography.Paragraph>
      {keys.isError ? <QueryError error={keys.error} onRetry={() => void keys.refetch()} /> : null}
      <Table<SigningKey>
        rowKey="id"
        size="small"
        loading={keys.isPending}
        dataSource={items}
        pagination={false}
        scroll={{ x: 860 }}
        data-testid="cert-keys-table"
        onRow={(k) =>
          ({ 'data-testid': `cert-key-${k.id}`, 'data-active': String(k.active) }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: cx('keyId'),
            dataIndex: 'controller',
            render: (v: string) => (
              <Typography.Text code copyable={{ text: v }} style={{ wordBreak: 'break-all', fontSize: 12 }}>
                {v}
              </Typography.Text>
            ),
          },
          {
            title: cx('keySource'),
            dataIndex: 'source',
            width: 110,
            render: (v: SigningKey['source']) => (v === 'env' ? cx('keySourceEnv') : cx('keySourceFile')),
          },
          {
            title: cx('createdAt'),
            dataIndex: 'createdAt',
            width: 170,
            render: (v: string) => formatDateTime(v, lang),
          },
          {
            title: cx('retiredAt'),
            dataIndex: 'retiredAt',
            width: 170,
            render: (v: string | null) => formatDateTime(v, lang),
          },
          {
            title: cx('status'),
            key: 'active',
            width: 160,
            render: (_v, k) =>
              k.active ? (
                <Tag color="green" data-testid="cert-key-active">
                  {cx('active')}
                </Tag>
              ) : (
                <Tag>{cx('retired')}</Tag>
              ),
          },
        ]}
      />
      <Modal
        open={confirm}
        title={cx('rotateTitle')}
        onCancel={() => setConfirm(false)}
        onOk={() => rotate.mutate()}
        okText={cx('rotate')}
        cancelText={cx('cancel')}
        okButtonProps={{ danger: true, loading: rotate.isPending, ...tid('cert-key-rotate-ok') }}
        destroyOnHidden
      >
        <Alert type="info" showIcon title={cx('rotateExplain')} />
      </Modal>
    </Card>
  );
}

/** 证书编号与签名密钥 (platform admin): the numbering scheme with a live preview, and the signing keys. */
export default function CertificateSettingsPage() {
  const { pick } = useI18n();
  const settings = useCertificateSettings();
  return (
    <Page title={pick(menuItem('certificateSettings').label)} testId="cert-settings-page">
      <Flex vertical gap={16}>
        {settings.isError ? <QueryError error={settings.error} onRetry={() => void settings.refetch()} /> : null}
        {settings.data ? <NumberingCard key={settings.data.updatedAt} settings={settings.data} /> : null}
        <KeysCard />
      </Flex>
    </Page>
  );
}
