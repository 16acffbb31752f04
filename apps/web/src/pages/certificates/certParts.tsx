import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { App, Button, Descriptions, Form, Input, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useI18n } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { tid } from '../../lib/testid';
import type { PublicCertificate } from './certApi';
import { useCx } from './certText';

/** 有效 / 已撤销 */
export function CertStatusTag({ status, testId }: { status: 'issued' | 'valid' | 'revoked'; testId?: string }) {
  const cx = useCx();
  return status === 'revoked' ? (
    <Tag color="red" data-testid={testId} data-status="revoked">
      {cx('statusRevoked')}
    </Tag>
  ) : (
    <Tag color="green" data-testid={testId} data-status="valid">
      {cx('statusIssued')}
    </Tag>
  );
}

export function levelLine(c: { levelName: string; workType: string | null }): string {
  return c.workType ? `${c.levelName} · ${c.workType}` : c.levelName;
}

/** The safe fields of a certificate (never an ID number), as the public verification shows them. */
export function PublicCertificateFacts({ cert }: { cert: PublicCertificate }) {
  const cx = useCx();
  const { lang } = useI18n();
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 1, md: 2 }}
      data-testid="verify-facts"
      items={[
        {
          key: 'number',
          label: cx('number'),
          children: (
            <Typography.Text strong copyable data-testid="verify-fact-number">
              {cert.number}
            </Typography.Text>
          ),
        },
        {
          key: 'status',
          label: cx('status'),
          children: <CertStatusTag status={cert.status} testId="verify-status-tag" />,
        },
        {
          key: 'holder',
          label: cx('holder'),
          children: (
            <span>
              <Typography.Text data-testid="verify-holder-name">{cert.holderName}</Typography.Text>{' '}
              {cert.nameMatches === true ? (
                <Tag color="green" icon={<CheckCircleFilled />} data-testid="verify-name-match">
                  {cx('nameConfirmed')}
                </Tag>
              ) : null}
            </span>
          ),
        },
        {
          key: 'occupation',
          label: cx('occupation'),
          children: `${cert.occupation}（${cert.occupationCode}）`,
        },
        { key: 'level', label: cx('levelWorkType'), children: levelLine(cert) },
        { key: 'standard', label: cx('standard'), children: cert.standardVersionLabel },
        { key: 'org', label: cx('org'), children: cert.orgName },
        { key: 'issued', label: cx('issuedAt'), children: formatDate(cert.issuedAt, lang) },
        ...(cert.status === 'revoked'
          ? [
              { key: 'revokedAt', label: cx('revokedAt'), children: formatDateTime(cert.revokedAt, lang) },
              { key: 'revokeReason', label: cx('revokeReason'), children: cert.revokeReason ?? '—' },
            ]
          : []),
      ]}
    />
  );
}

/** A check of a verification: ✓ or ✗ and its message. */
export function CheckLine({ ok, message, code }: { ok: boolean; message: string; code: string }) {
  return (
    <li data-testid={`verify-check-${code}`} data-ok={String(ok)} style={{ listStyle: 'none', padding: '2px 0' }}>
      {ok ? (
        <CheckCircleFilled style={{ color: '#52c41a', marginRight: 8 }} />
      ) : (
        <CloseCircleFilled style={{ color: '#ff4d4f', marginRight: 8 }} />
      )}
      <Typography.Text>{message}</Typography.Text>
    </li>
  );
}

/** A modal asking for a reason (撤销 / 补发), then running `onSubmit`; closes on success. */
export function ReasonModal({
  title,
  hint,
  okText,
  danger,
  minLength,
  testId,
  onSubmit,
  onClose,
}: {
  title: string;
  hint: string;
  okText: string;
  danger?: boolean;
  minLength: number;
  testId: string;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const cx = useCx();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const { reason } = await form.validateFields();
    setBusy(true);
    try {
      await onSubmit(reason.trim());
      onClose();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {cx('cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          danger={danger}
          loading={busy}
          onClick={() => void submit().catch(() => undefined)}
          {...tid(`${testId}-ok`)}
        >
          {okText}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={cx('reason')}
          rules={[
            { required: true, whitespace: true, message: cx('reasonRequired') },
            { min: minLength, message: cx('reasonRequired') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid={`${testId}-reason`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
