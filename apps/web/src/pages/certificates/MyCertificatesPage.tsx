import { DownloadOutlined, LinkOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Empty, Flex, Skeleton, Switch, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { Page } from '../../components/Page';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { menuItem } from '../../menu';
import {
  type CertificateSummary,
  certKeys,
  downloadCertificateCredential,
  downloadCertificatePdf,
  setCredentialPublic,
  useMyCertificates,
  usePhotoInfo,
} from './certApi';
import { CertStatusTag, levelLine } from './certParts';
import { useCx } from './certText';

function verifyPath(number: string): string {
  return `/verify/${encodeURIComponent(number)}`;
}

function MyCertificateCard({ cert }: { cert: CertificateSummary }) {
  const cx = useCx();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [busy, setBusy] = useState<'pdf' | 'json' | null>(null);
  const visibility = useMutation({
    mutationFn: (on: boolean) => setCredentialPublic(cert.id, on),
    onSuccess: (next) => {
      void message.success(next.credentialPublic ? cx('publicOn') : cx('publicOff'));
      void qc.invalidateQueries({ queryKey: certKeys.mine });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const run = async (kind: 'pdf' | 'json') => {
    setBusy(kind);
    try {
      await (kind === 'pdf'
        ? downloadCertificatePdf(cert.id, cert.number)
        : downloadCertificateCredential(cert.id, cert.number));
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const revoked = cert.status === 'revoked';
  const shareUrl = cert.verifyUrl || `${window.location.origin}${verifyPath(cert.number)}`;
  const checked = visibility.isPending ? Boolean(visibility.variables) : cert.credentialPublic;
  return (
    <Card
      data-testid="my-cert-card"
      data-number={cert.number}
      data-status={cert.status}
      title={
        <Flex gap={8} align="center" wrap>
          <SafetyCertificateOutlined />
          <Typography.Text strong data-testid="my-cert-number">
            {cert.number}
          </Typography.Text>
          <CertStatusTag status={cert.status} testId="my-cert-status" />
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {revoked ? (
          <Alert
            type="error"
            showIcon
            title={cx('revokedNotice', {
              date: formatDateTime(cert.revokedAt, lang),
              reason: cert.revokeReason ?? '—',
            })}
          />
        ) : null}
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'holder', label: cx('holder'), children: cert.holderName },
            { key: 'occupation', label: cx('occupation'), children: `${cert.occupation}（${cert.occupationCode}）` },
            { key: 'level', label: cx('levelWorkType'), children: levelLine(cert) },
            { key: 'standard', label: cx('standard'), children: cert.standardVersionLabel },
            { key: 'org', label: cx('org'), children: cert.orgName },
            { key: 'issued', label: cx('issuedAt'), children: formatDate(cert.issuedAt, lang) },
          ]}
        />
        <Flex gap={8} wrap>
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            loading={busy === 'pdf'}
            onClick={() => void run('pdf')}
            data-testid="my-cert-pdf"
          >
            {cx('downloadPdf')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            loading={busy === 'json'}
            onClick={() => void run('json')}
            data-testid="my-cert-credential"
          >
            {cx('downloadCredential')}
          </Button>
        </Flex>
        <Flex vertical gap={4}>
          <Flex gap={8} align="center">
            <Switch
              checked={checked}
              loading={visibility.isPending}
              onChange={(on) => visibility.mutate(on)}
              data-testid="my-cert-public-switch"
            />
            <Typography.Text strong>{cx('publicSwitch')}</Typography.Text>
          </Flex>
          <Typography.Text type="secondary">{cx('publicExplain')}</Typography.Text>
        </Flex>
        <Flex vertical gap={4}>
          <Typography.Text strong>{cx('shareLink')}</Typography.Text>
          <Flex gap={8} align="center" wrap>
            <Typography.Text
              copyable={{ text: shareUrl, tooltips: [cx('copy'), cx('copied')] }}
              style={{ wordBreak: 'break-all' }}
              data-testid="my-cert-share-link"
            >
              {shareUrl}
            </Typography.Text>
            <Link to={verifyPath(cert.number)} data-testid="my-cert-verify-link">
              <LinkOutlined /> {cx('openVerify')}
            </Link>
          </Flex>
        </Flex>
      </Flex>
    </Card>
  );
}

/** 我的证书: the holder's certificates, downloads, credential visibility and the share link. */
export default function MyCertificatesPage() {
  const cx = useCx();
  const { pick } = useI18n();
  const certs = useMyCertificates();
  const photo = usePhotoInfo();
  const items = certs.data?.items ?? [];
  return (
    <Page title={pick(menuItem('myCertificates').label)} testId="my-certs-page">
      <Flex vertical gap={16} style={{ maxWidth: 960 }}>
        {photo.data === null ? (
          <Alert
            type="warning"
            showIcon
            title={cx('photoPrompt')}
            action={
              <Link to="/profile?tab=photo" data-testid="my-cert-photo-link">
                {cx('goProfile')}
              </Link>
            }
            data-testid="my-cert-photo-prompt"
          />
        ) : null}
        {certs.isError ? <QueryError error={certs.error} onRetry={() => void certs.refetch()} /> : null}
        {certs.isPending ? <Skeleton active /> : null}
        {certs.data && items.length === 0 ? <Empty description={cx('myEmpty')} data-testid="my-certs-empty" /> : null}
        {items.map((c) => (
          <MyCertificateCard key={c.id} cert={c} />
        ))}
      </Flex>
    </Page>
  );
}
