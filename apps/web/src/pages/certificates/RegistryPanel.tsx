import { DownloadOutlined, FileExcelOutlined, FileZipOutlined, ReloadOutlined } from '@ant-design/icons';
import type { ExamPlanSummary } from '@crossskill/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Flex, Grid, Input, Modal, Select, Table, Typography } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { errorMessage } from '../../api/client';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { formatDate } from '../../lib/format';
import {
  type CertificateListQuery,
  type CertificateSummary,
  certKeys,
  downloadCertificateCredential,
  downloadCertificatePdf,
  downloadZip,
  exportCertificates,
  reissueCertificate,
  revokeCertificate,
  startZip,
  useCertificateList,
  useCertJob,
  type ZipResult,
} from './certApi';
import { CertStatusTag, levelLine, ReasonModal } from './certParts';
import { useCx } from './certText';
import { CertJobProgress } from './IssuePanel';

function ZipModal({ planId, onClose }: { planId: string; onClose: () => void }) {
  const cx = useCx();
  const { message } = App.useApp();
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const job = useCertJob(jobId);
  const start = useMutation({
    mutationFn: () => startZip(planId, includeRevoked),
    onSuccess: (j) => setJobId(j.jobId),
    onError: (e) => void message.error(errorMessage(e)),
  });
  const result = job.data?.status === 'succeeded' ? (job.data.result as ZipResult | null) : null;
  const get = async () => {
    if (!result) return;
    setDownloading(true);
    try {
      await downloadZip(result);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setDownloading(false);
    }
  };
  return (
    <Modal open title={cx('zip')} onCancel={onClose} footer={null} destroyOnHidden>
      <Flex vertical gap={12}>
        {jobId === null ? (
          <>
            <Checkbox checked={includeRevoked} onChange={(e) => setIncludeRevoked(e.target.checked)}>
              {cx('statusRevoked')}
            </Checkbox>
            <Button
              type="primary"
              loading={start.isPending}
              onClick={() => start.mutate()}
              data-testid="cert-zip-start"
            >
              {cx('zip')}
            </Button>
          </>
        ) : (
          <CertJobProgress
            job={job.data}
            testId="cert-zip-progress"
            label={result ? cx('zipReady') : cx('zipBuilding')}
          />
        )}
        {result ? (
          <Alert
            type="success"
            showIcon
            title={cx('zipReady')}
            description={`${result.fileName} · ${result.count} · ${(result.bytes / 1024 / 1024).toFixed(1)} MB`}
            action={
              <Button
                type="primary"
                icon={<DownloadOutlined />}
                loading={downloading}
                onClick={() => void get()}
                data-testid="cert-zip-download"
              >
                {cx('zipDownload')}
              </Button>
            }
          />
        ) : null}
      </Flex>
    </Modal>
  );
}

type Dialog = { kind: 'revoke' | 'reissue'; cert: CertificateSummary } | null;

/** 证书登记簿: filters, Excel, ZIP, and per certificate PDF, credential, revoke and reissue. */
export function RegistryPanel({ planId, plans }: { planId: string | undefined; plans: ExamPlanSummary[] }) {
  const cx = useCx();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [onlyPlan, setOnlyPlan] = useState(true);
  const [status, setStatus] = useState<'issued' | 'revoked' | undefined>(undefined);
  const [number, setNumber] = useState('');
  const [holderName, setHolderName] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [zip, setZip] = useState(false);
  const [exporting, setExporting] = useState(false);
  // a phone scrolls the whole table: a fixed actions column would cover it
  const wide = Grid.useBreakpoint().md ?? true;

  const filters: CertificateListQuery = {
    planId: onlyPlan ? planId : undefined,
    status,
    number: number.trim() || undefined,
    holderName: holderName.trim() || undefined,
  };
  const list = useCertificateList({ ...filters, page, pageSize });
  const planName = new Map(plans.map((p) => [p.id, p.name]));

  const refresh = () => void qc.invalidateQueries({ queryKey: certKeys.all });

  const run = async (what: () => Promise<void>) => {
    try {
      await what();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const exportXlsx = async () => {
    setExporting(true);
    await run(() => exportCertificates(filters, 'certificates.xlsx'));
    setExporting(false);
  };

  return (
    <Flex vertical gap={12} data-testid="cert-registry-panel">
      <Flex gap={8} wrap align="center">
        <Input.Search
          allowClear
          placeholder={cx('number')}
          style={{ width: 200 }}
          onSearch={(v) => {
            setNumber(v);
            setPage(1);
          }}
          data-testid="cert-filter-number"
        />
        <Input.Search
          allowClear
          placeholder={cx('holder')}
          style={{ width: 160 }}
          onSearch={(v) => {
            setHolderName(v);
            setPage(1);
          }}
          data-testid="cert-filter-holder"
        />
        <Select
          allowClear
          placeholder={cx('allStatuses')}
          style={{ width: 130 }}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={[
            { value: 'issued', label: cx('statusIssued') },
            { value: 'revoked', label: cx('statusRevoked') },
          ]}
          data-testid="cert-filter-status"
        />
        <Checkbox
          checked={onlyPlan}
          disabled={!planId}
          onChange={(e) => {
            setOnlyPlan(e.target.checked);
            setPage(1);
          }}
          data-testid="cert-filter-plan"
        >
          {cx('thisPlan')}
        </Checkbox>
        <Flex gap={8} wrap style={{ marginLeft: 'auto' }}>
          <Button icon={<ReloadOutlined />} onClick={refresh}>
            {cx('refresh')}
          </Button>
          <Button
            icon={<FileExcelOutlined />}
            loading={exporting}
            onClick={() => void exportXlsx()}
            data-testid="cert-export"
          >
            {cx('exportExcel')}
          </Button>
          <Button
            icon={<FileZipOutlined />}
            disabled={!planId}
            title={planId ? undefined : cx('zipNeedsPlan')}
            onClick={() => setZip(true)}
            data-testid="cert-zip"
          >
            {cx('zip')}
          </Button>
        </Flex>
      </Flex>
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<CertificateSummary>
        rowKey="id"
        size="small"
        loading={list.isFetching && !list.data}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 1260 }}
        tableLayout="fixed"
        data-testid="cert-registry-table"
        locale={{ emptyText: cx('registryEmpty') }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => cx('totalN', { n }),
          onChange: (p, s) => {
            setPage(s === pageSize ? p : 1);
            setPageSize(s);
          },
        }}
        onRow={(c) =>
          ({
            'data-testid': `cert-row-${c.number}`,
            'data-id': c.id,
            'data-status': c.status,
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: cx('number'),
            dataIndex: 'number',
            width: 210,
            render: (v: string) => (
              <Typography.Text code copyable={{ text: v }}>
                {v}
              </Typography.Text>
            ),
          },
          {
            title: cx('status'),
            key: 'status',
            width: 100,
            render: (_v, c) => (
              <Flex vertical align="flex-start">
                <CertStatusTag status={c.status} testId={`cert-status-${c.number}`} />
                {c.status === 'revoked' && c.revokeReason ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: c.revokeReason }}>
                    {c.revokeReason}
                  </Typography.Text>
                ) : null}
              </Flex>
            ),
          },
          {
            title: cx('holder'),
            key: 'holder',
            width: 170,
            render: (_v, c) => (
              <Flex vertical>
                <span>{c.holderName}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.holderIdMasked ?? ''}
                </Typography.Text>
              </Flex>
            ),
          },
          { title: cx('levelWorkType'), key: 'level', width: 170, render: (_v, c) => levelLine(c) },
          {
            title: cx('plan'),
            key: 'plan',
            render: (_v, c) =>
              planName.get(c.planId) ?? <Typography.Text type="secondary">{c.orgName}</Typography.Text>,
          },
          { title: cx('issuedAt'), dataIndex: 'issuedAt', width: 110, render: (v: string) => formatDate(v, lang) },
          {
            title: cx('actions'),
            key: 'actions',
            fixed: wide ? 'right' : undefined,
            width: 300,
            render: (_v, c) => (
              <Flex gap={4} wrap>
                <Button
                  size="small"
                  onClick={() => void run(() => downloadCertificatePdf(c.id, c.number))}
                  data-testid={`cert-pdf-${c.number}`}
                >
                  {cx('pdf')}
                </Button>
                <Button
                  size="small"
                  onClick={() => void run(() => downloadCertificateCredential(c.id, c.number))}
                  data-testid={`cert-credential-${c.number}`}
                >
                  {cx('credentialJson')}
                </Button>
                {c.status === 'issued' ? (
                  <>
                    <Button
                      size="small"
                      danger
                      onClick={() => setDialog({ kind: 'revoke', cert: c })}
                      data-testid={`cert-revoke-${c.number}`}
                    >
                      {cx('revoke')}
                    </Button>
                    <Button
                      size="small"
                      onClick={() => setDialog({ kind: 'reissue', cert: c })}
                      data-testid={`cert-reissue-${c.number}`}
                    >
                      {cx('reissue')}
                    </Button>
                  </>
                ) : null}
              </Flex>
            ),
          },
        ]}
      />
      {dialog?.kind === 'revoke' ? (
        <ReasonModal
          title={cx('revokeTitle', { number: dialog.cert.number })}
          hint={cx('revokeHint')}
          okText={cx('revoke')}
          danger
          minLength={5}
          testId="cert-revoke"
          onClose={() => setDialog(null)}
          onSubmit={async (reason) => {
            await revokeCertificate(dialog.cert.id, reason);
            void message.success(cx('revoked'));
            refresh();
          }}
        />
      ) : null}
      {dialog?.kind === 'reissue' ? (
        <ReasonModal
          title={cx('reissueTitle', { number: dialog.cert.number })}
          hint={cx('reissueHint')}
          okText={cx('reissue')}
          minLength={2}
          testId="cert-reissue"
          onClose={() => setDialog(null)}
          onSubmit={async (reason) => {
            const next = await reissueCertificate(dialog.cert.id, reason);
            void message.success(cx('reissued', { number: next.number }));
            refresh();
          }}
        />
      ) : null}
      {zip && planId ? <ZipModal planId={planId} onClose={() => setZip(false)} /> : null}
    </Flex>
  );
}
