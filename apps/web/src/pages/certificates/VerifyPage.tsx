import { DownloadOutlined, InboxOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { VERIFY_MAX_BYTES } from '@crossskill/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Result, Spin, Tabs, Typography, Upload } from 'antd';
import { type ReactNode, useState } from 'react';
import { errorMessage, isApiError } from '../../api/client';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import {
  isWellFormedNumber,
  type PublicCertificate,
  publicCredentialUrl,
  usePublicCertificate,
  type VerifyResult,
  verifyCredential,
} from './certApi';
import { CheckLine, PublicCertificateFacts } from './certParts';
import { type Cx, useCx } from './certText';

function CredentialLink({ cert }: { cert: PublicCertificate }) {
  const cx = useCx();
  if (!cert.credentialPublic) return null;
  return (
    <Button
      icon={<DownloadOutlined />}
      href={publicCredentialUrl(cert.number)}
      download={`${cert.number}.json`}
      data-testid="verify-download-credential"
    >
      {cx('downloadCredential')}
    </Button>
  );
}

/** The big verdict of a number look-up: 有效 ✓ / 已撤销 (date, reason). */
function LookupVerdict({ cert }: { cert: PublicCertificate }) {
  const cx = useCx();
  const { lang } = useI18n();
  const revoked = cert.status === 'revoked';
  return (
    <Result
      style={{ padding: '16px 0' }}
      status={revoked ? 'error' : 'success'}
      title={revoked ? cx('verdictRevoked') : `${cx('verdictValid')} ✓`}
      subTitle={
        revoked
          ? `${cx('verdictRevokedSub', { date: formatDateTime(cert.revokedAt, lang) })}${
              cert.revokeReason ? ` · ${cert.revokeReason}` : ''
            }`
          : cx('verdictValidSub')
      }
      data-testid="verify-result"
      data-status={cert.status}
    />
  );
}

function NotFound({ cx, testId, title, text }: { cx: Cx; testId: string; title?: string; text?: string }) {
  return (
    <Result
      style={{ padding: '16px 0' }}
      status="warning"
      title={title ?? cx('notFound')}
      subTitle={text ?? cx('notFoundHint')}
      data-testid={testId}
    />
  );
}

interface Lookup {
  number: string;
  name: string;
}

/** Tab 1: number + name. With a number from the URL the certificate shows at once, its holder's name masked. */
function ByNumber({ initialNumber }: { initialNumber: string | undefined }) {
  const cx = useCx();
  const [form] = Form.useForm<Lookup>();
  const [lookup, setLookup] = useState<Lookup | null>(
    initialNumber && isWellFormedNumber(initialNumber) ? { number: initialNumber.trim(), name: '' } : null,
  );
  const malformedUrl = Boolean(initialNumber) && !isWellFormedNumber(initialNumber ?? '');
  const q = usePublicCertificate(lookup?.number, lookup?.name ?? '');

  const onFinish = (v: Lookup) => setLookup({ number: v.number.trim().toUpperCase(), name: v.name?.trim() ?? '' });

  let outcome: ReactNode = null;
  if (malformedUrl && !lookup) {
    outcome = <NotFound cx={cx} testId="verify-invalid" title={cx('invalidNumber')} text={cx('numberMalformed')} />;
  } else if (lookup && q.isFetching && !q.data) {
    outcome = (
      <Flex justify="center" style={{ padding: 24 }}>
        <Spin />
      </Flex>
    );
  } else if (q.isError) {
    outcome =
      isApiError(q.error) && q.error.status === 400 ? (
        <NotFound cx={cx} testId="verify-invalid" title={cx('invalidNumber')} text={errorMessage(q.error)} />
      ) : (
        <Alert type="error" showIcon title={errorMessage(q.error)} data-testid="verify-error" />
      );
  } else if (lookup && q.data === null) {
    outcome = <NotFound cx={cx} testId="verify-not-found" />;
  } else if (lookup && q.data) {
    const cert = q.data;
    outcome = (
      <Flex vertical gap={12}>
        <LookupVerdict cert={cert} />
        {cert.nameMatches === null ? (
          <Alert type="info" showIcon title={cx('nameMasked')} data-testid="verify-name-masked" />
        ) : null}
        <PublicCertificateFacts cert={cert} />
        <Flex gap={8} wrap>
          <CredentialLink cert={cert} />
        </Flex>
      </Flex>
    );
  }

  // a result comes first (a phone that scanned the QR code sees the verdict at once), the form follows
  return (
    <Flex vertical gap={16}>
      {outcome}
      <Form<Lookup>
        form={form}
        layout="vertical"
        initialValues={{ number: initialNumber ?? '', name: '' }}
        onFinish={onFinish}
        style={{ maxWidth: 560 }}
      >
        <Form.Item
          name="number"
          label={cx('number')}
          rules={[
            { required: true, whitespace: true, message: cx('numberRequired') },
            {
              validator: async (_r, v: unknown) => {
                if (typeof v === 'string' && v.trim() && !isWellFormedNumber(v)) throw new Error(cx('numberMalformed'));
              },
            },
          ]}
        >
          <Input
            placeholder={cx('numberPlaceholder')}
            maxLength={40}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            data-testid="verify-number"
          />
        </Form.Item>
        <Form.Item name="name" label={cx('holderName')} extra={cx('holderNameHint')} rules={[{ max: 50 }]}>
          <Input maxLength={50} autoComplete="off" data-testid="verify-name" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block data-testid="verify-submit" style={{ maxWidth: 560 }}>
          {lookup?.number && !lookup.name && q.data ? cx('confirmName') : cx('verifySubmit')}
        </Button>
      </Form>
    </Flex>
  );
}

function VerdictView({ result, fileName }: { result: VerifyResult; fileName: string }) {
  const cx = useCx();
  const { lang } = useI18n();
  const v = result.verdict;
  const revokedAt = result.revokedAt ?? result.certificate?.revokedAt ?? null;
  const revokeReason = result.revokeReason ?? result.certificate?.revokeReason ?? null;
  const status = v === 'valid' ? 'success' : v === 'not_found' ? 'warning' : 'error';
  const title =
    v === 'valid'
      ? `${cx('verdictValid')} ✓`
      : v === 'revoked'
        ? cx('verdictRevoked')
        : v === 'tampered'
          ? cx('verdictTampered')
          : cx('verdictNotFound');
  const sub =
    v === 'valid'
      ? cx('verdictValidSub')
      : v === 'revoked'
        ? `${cx('verdictRevokedSub', { date: formatDateTime(revokedAt, lang) })}${revokeReason ? ` · ${revokeReason}` : ''}`
        : v === 'tampered'
          ? cx('verdictTamperedSub')
          : cx('verdictNotFoundSub');
  return (
    <Flex vertical gap={12}>
      <Result
        style={{ padding: '16px 0' }}
        status={status}
        title={<span data-testid="verify-verdict-title">{title}</span>}
        subTitle={
          <Flex vertical>
            <span>{sub}</span>
            <Typography.Text type="secondary">{cx('checkedFile', { name: fileName })}</Typography.Text>
          </Flex>
        }
        data-testid="verify-verdict"
        data-verdict={v}
      />
      {result.checks.length ? (
        <Card size="small" title={cx('checks')}>
          <ul style={{ margin: 0, padding: 0 }} data-testid="verify-checks">
            {result.checks.map((c) => (
              <CheckLine key={c.code} code={c.code} ok={c.ok} message={c.message} />
            ))}
          </ul>
        </Card>
      ) : null}
      {result.certificate ? <PublicCertificateFacts cert={result.certificate} /> : null}
    </Flex>
  );
}

/** Tab 2: drop the credential JSON; the server checks the signature, the registry and the status list. */
function ByFile() {
  const cx = useCx();
  const [fileName, setFileName] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const verify = useMutation({ mutationFn: verifyCredential });

  const onFile = async (file: File) => {
    setLocalError(null);
    verify.reset();
    setFileName(file.name);
    if (file.size > VERIFY_MAX_BYTES) {
      setLocalError(cx('fileTooLarge'));
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setLocalError(cx('fileNotJson'));
      return;
    }
    verify.mutate(json);
  };

  const reset = () => {
    verify.reset();
    setLocalError(null);
    setFileName('');
  };

  if (verify.data) {
    return (
      <Flex vertical gap={12}>
        <VerdictView result={verify.data} fileName={fileName} />
        <Button onClick={reset} data-testid="verify-another">
          {cx('verifyAnother')}
        </Button>
      </Flex>
    );
  }
  return (
    <Flex vertical gap={12}>
      <Upload.Dragger
        accept=".json,application/json"
        multiple={false}
        showUploadList={false}
        disabled={verify.isPending}
        beforeUpload={(file) => {
          void onFile(file);
          return false;
        }}
        data-testid="verify-upload"
      >
        <p className="ant-upload-drag-icon">{verify.isPending ? <Spin /> : <InboxOutlined />}</p>
        <p className="ant-upload-text">{cx('dropTitle')}</p>
        <p className="ant-upload-hint">{cx('dropHint')}</p>
      </Upload.Dragger>
      {localError ? <Alert type="error" showIcon title={localError} data-testid="verify-file-error" /> : null}
      {verify.isError ? (
        <Alert type="error" showIcon title={errorMessage(verify.error)} data-testid="verify-file-error" />
      ) : null}
      <Typography.Text type="secondary">{cx('offlineHint')}</Typography.Text>
    </Flex>
  );
}

/** 证书查验 — public (no login), phone-first: by number and name, or by the credential file. */
export default function VerifyPage({ number }: { number?: string }) {
  const cx = useCx();
  const [tab, setTab] = useState<'number' | 'file'>('number');
  return (
    <Page title={cx('verifyTitle')} testId="verify-page">
      <Flex vertical gap={12} style={{ maxWidth: 880 }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          <SafetyCertificateOutlined /> {cx('verifyIntro')} {cx('loginHint')}
        </Typography.Paragraph>
        <Card styles={{ body: { paddingTop: 8 } }}>
          <Tabs
            activeKey={tab}
            onChange={(k) => setTab(k === 'file' ? 'file' : 'number')}
            items={[
              {
                key: 'number',
                label: <span data-testid="verify-tab-number">{cx('tabByNumber')}</span>,
                children: <ByNumber initialNumber={number} />,
              },
              {
                key: 'file',
                label: <span data-testid="verify-tab-file">{cx('tabByFile')}</span>,
                children: <ByFile />,
              },
            ]}
          />
        </Card>
      </Flex>
    </Page>
  );
}
