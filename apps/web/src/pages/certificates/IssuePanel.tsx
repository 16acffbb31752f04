import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { Job } from '@crossskill/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Modal, Progress, Segmented, Table, Tag, Typography } from 'antd';
import { type HTMLAttributes, useEffect, useMemo, useState } from 'react';
import { errorMessage } from '../../api/client';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { tid } from '../../lib/testid';
import {
  certKeys,
  type EligibleCandidate,
  type IssueCertificatesResult,
  isJobDone,
  issueCertificates,
  jobEta,
  useCertJob,
  useEligible,
} from './certApi';
import { type Cx, useCx } from './certText';

function asIssueResult(job: Job | undefined): IssueCertificatesResult | null {
  if (job?.status !== 'succeeded' || typeof job.result !== 'object' || job.result === null) return null;
  const r = job.result as Partial<IssueCertificatesResult>;
  return {
    issued: typeof r.issued === 'number' ? r.issued : 0,
    skipped: Array.isArray(r.skipped) ? r.skipped : [],
    firstNumber: r.firstNumber ?? null,
    lastNumber: r.lastNumber ?? null,
    certificateIds: Array.isArray(r.certificateIds) ? r.certificateIds : [],
  };
}

/** A running job: percent, done/total and the time left. */
export function CertJobProgress({ job, testId, label }: { job: Job | undefined; testId: string; label: string }) {
  const cx = useCx();
  const now = Date.now();
  const pct = job
    ? job.status === 'succeeded'
      ? 100
      : Math.floor(Math.max(0, Math.min(1, job.total ? job.done / job.total : job.progress)) * 100)
    : 0;
  const eta = jobEta(job, now);
  return (
    <Flex vertical gap={2} data-testid={testId} data-status={job?.status ?? 'queued'} data-percent={pct}>
      <Typography.Text>{label}</Typography.Text>
      <Progress
        percent={pct}
        status={job?.status === 'failed' ? 'exception' : job?.status === 'succeeded' ? 'success' : 'active'}
      />
      <Typography.Text type="secondary" data-testid={`${testId}-count`}>
        {job?.total ? cx('progressCount', { done: job.done, total: job.total }) : null}
        {eta !== null ? ` · ${cx('eta', { s: eta })}` : ''}
      </Typography.Text>
      {job?.status === 'failed' ? (
        <Alert type="error" showIcon title={job.error?.message ?? cx('issueFailed')} />
      ) : null}
    </Flex>
  );
}

function IssueSummary({ result, cx }: { result: IssueCertificatesResult; cx: Cx }) {
  return (
    <Alert
      type={result.issued > 0 ? 'success' : 'warning'}
      showIcon
      data-testid="cert-issue-result"
      data-issued={result.issued}
      title={cx('issued', { n: result.issued })}
      description={
        <Flex vertical>
          {result.firstNumber && result.lastNumber ? (
            <span data-testid="cert-issue-range">
              {cx('issuedRange', { first: result.firstNumber, last: result.lastNumber })}
            </span>
          ) : null}
          {result.skipped.length ? <span>{cx('issuedSkipped', { n: result.skipped.length })}</span> : null}
        </Flex>
      }
    />
  );
}

function CandidateStatus({ c, cx }: { c: EligibleCandidate; cx: Cx }) {
  if (c.certificateNumber) {
    return (
      <Flex vertical align="flex-start">
        <Tag color="blue">{cx('alreadyIssued')}</Tag>
        <Typography.Text code style={{ fontSize: 12 }}>
          {c.certificateNumber}
        </Typography.Text>
      </Flex>
    );
  }
  if (c.eligible) return <Tag color="green">{cx('eligible')}</Tag>;
  return (
    <Flex vertical align="flex-start">
      <Tag>{cx('notEligible')}</Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {c.reasonMessage ?? c.reason ?? ''}
      </Typography.Text>
    </Flex>
  );
}

type Filter = 'all' | 'eligible';

/** 颁发证书: the plan's candidates with eligibility, issue selected or all, with progress for large batches. */
export function IssuePanel({ planId }: { planId: string }) {
  const cx = useCx();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const eligible = useEligible(planId);
  const [selected, setSelected] = useState<string[]>([]);
  const [filter, setFilter] = useState<Filter>('all');
  const [confirm, setConfirm] = useState<{ all: boolean; n: number } | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [result, setResult] = useState<IssueCertificatesResult | null>(null);
  const job = useCertJob(jobId);
  const jobResult = asIssueResult(job.data);
  const shown = result ?? jobResult;

  const refresh = () => {
    void qc.invalidateQueries({ queryKey: certKeys.eligible(planId) });
    void qc.invalidateQueries({ queryKey: ['certificates', 'list'] });
  };

  useEffect(() => {
    if (isJobDone(job.data)) {
      void qc.invalidateQueries({ queryKey: certKeys.eligible(planId) });
      void qc.invalidateQueries({ queryKey: ['certificates', 'list'] });
    }
  }, [job.data, qc, planId]);

  const issue = useMutation({
    mutationFn: (all: boolean) => issueCertificates(planId, all ? { all: true } : { registrationIds: selected }),
    onSuccess: (answer) => {
      setConfirm(null);
      setSelected([]);
      if (answer.kind === 'job') setJobId(answer.jobId);
      else {
        setResult(answer.result);
        refresh();
      }
    },
    onError: (e) => {
      setConfirm(null);
      void message.error(errorMessage(e));
    },
  });

  const items = eligible.data?.items ?? [];
  const rows = useMemo(() => (filter === 'eligible' ? items.filter((c) => c.eligible) : items), [items, filter]);
  const eligibleCount = eligible.data?.eligibleCount ?? items.filter((c) => c.eligible).length;
  const running = Boolean(jobId) && !isJobDone(job.data);
  const busy = issue.isPending || running;

  const start = (all: boolean) => {
    setResult(null);
    setJobId(null);
    setConfirm({ all, n: all ? eligibleCount : selected.length });
  };

  if (eligible.isError) return <QueryError error={eligible.error} onRetry={() => void eligible.refetch()} />;
  const d = eligible.data;
  return (
    <Flex vertical gap={12} data-testid="cert-issue-panel">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {cx('eligibleHint')}
      </Typography.Paragraph>
      {d ? (
        <Typography.Text type="secondary" data-testid="cert-eligible-counts">
          {d.publishedAt
            ? `${cx('publishedAt')} ${formatDateTime(d.publishedAt, lang)} · ${cx('appealUntil')} ${formatDateTime(d.appealUntil, lang)} · `
            : `${cx('notPublished')} · `}
          {cx('eligible')} {d.eligibleCount} · {cx('alreadyIssued')} {d.issuedCount}
        </Typography.Text>
      ) : null}
      <Flex gap={8} wrap align="center">
        <Button
          type="primary"
          icon={<SafetyCertificateOutlined />}
          disabled={selected.length === 0 || busy}
          onClick={() => start(false)}
          data-testid="cert-issue-selected"
        >
          {cx('issueSelected', { n: selected.length })}
        </Button>
        <Button disabled={eligibleCount === 0 || busy} onClick={() => start(true)} data-testid="cert-issue-all">
          {cx('issueAll', { n: eligibleCount })}
        </Button>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: cx('allCandidates') },
            { value: 'eligible', label: cx('onlyEligible') },
          ]}
        />
      </Flex>
      {jobId ? <CertJobProgress job={job.data} testId="cert-progress" label={cx('issuing')} /> : null}
      {shown ? <IssueSummary result={shown} cx={cx} /> : null}
      <Table<EligibleCandidate>
        rowKey="registrationId"
        size="small"
        loading={eligible.isPending}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 760 }}
        data-testid="cert-eligible-table"
        locale={{ emptyText: cx('noEligible') }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(String)),
          getCheckboxProps: (c) => ({ disabled: !c.eligible || busy }),
          preserveSelectedRowKeys: true,
        }}
        onRow={(c) =>
          ({
            'data-testid': `cert-candidate-${c.registrationId}`,
            'data-eligible': String(c.eligible),
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: cx('candidate'), dataIndex: 'name' },
          {
            title: cx('idMasked'),
            dataIndex: 'idNumberMasked',
            render: (v: string | null) => v ?? '—',
          },
          {
            title: cx('status'),
            key: 'status',
            render: (_v, c) => <CandidateStatus c={c} cx={cx} />,
          },
          {
            title: cx('photo'),
            dataIndex: 'hasPhoto',
            width: 110,
            render: (v: boolean) => (v ? <Tag color="green">✓</Tag> : <Tag color="orange">{cx('photoMissing')}</Tag>),
          },
        ]}
      />
      <Modal
        open={confirm !== null}
        title={confirm?.all ? cx('issueAll', { n: confirm.n }) : cx('issueSelected', { n: confirm?.n ?? 0 })}
        onCancel={() => setConfirm(null)}
        onOk={() => issue.mutate(Boolean(confirm?.all))}
        okText={cx('issueTab')}
        cancelText={cx('cancel')}
        okButtonProps={{ loading: issue.isPending, ...tid('cert-issue-confirm') }}
        destroyOnHidden
      >
        {cx('issueConfirm', { n: confirm?.n ?? 0 })}
      </Modal>
    </Flex>
  );
}
