import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { Job } from '@crossskill/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Modal, Table, Tag, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { downloadSampleBank, downloadTemplate, isJobDone, qbKeys, startImport, useJob } from '../../api/questionbank';
import { type TFunction, useI18n } from '../../i18n';
import { tid } from '../../lib/testid';
import { JobProgress } from './JobProgress';
import { fileSize } from './qbUtil';

const ACCEPT = '.xlsx,.zip,.xml';
const MAX_BYTES = 20 * 1024 * 1024;

export interface ReportProblem {
  key: string;
  row: number | null;
  column: string;
  message: string;
}
export interface ReportDuplicate {
  key: string;
  where: string;
  similarity: number | null;
  text: string;
}
export interface ImportSummary {
  ok: boolean;
  imported: number;
  problems: ReportProblem[];
  skipped: ReportProblem[];
  duplicates: ReportDuplicate[];
  format: string | null;
  problemCount: number;
}

const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function problemOf(p: unknown, i: number, prefix: string): ReportProblem {
  const o = obj(p);
  const row = num(o.row);
  return {
    key: `${prefix}${i}`,
    row: row && row > 0 ? row : null,
    column: str(o.column) || str(o.item) || str(o.identifier),
    message: str(o.message ?? o.reason),
  };
}

/**
 * Reads an import job's report (docs/API-QUESTIONBANK.md): outcome 'imported' or 'rejected' (nothing imported),
 * problems by Excel row and column or QTI item, skipped QTI items, near-duplicates. A failed job counts as rejected.
 */
export function summarise(job: Job, t: TFunction): ImportSummary {
  const r = obj(job.result);
  const rejected = job.status === 'failed' || r.outcome === 'rejected';
  const problems = [
    ...arr(r.problems).map((p, i) => problemOf(p, i, 'p')),
    ...(job.error?.details ?? []).map((d, i) => ({ key: `d${i}`, row: null, column: d.field, message: d.message })),
  ];
  const skipped = arr(r.skipped).map((p, i) => problemOf(p, i, 's'));
  const duplicates = arr(r.duplicates).map((d, i) => {
    const o = obj(d);
    const where = num(o.row) !== null ? t('qb.imp.rowN', { n: str(o.row) }) : str(o.item);
    const other =
      num(o.otherRow) !== null
        ? t('qb.imp.sameFileRow', { n: str(o.otherRow) })
        : str(o.otherItem)
          ? t('qb.imp.sameFileItem', { item: str(o.otherItem) })
          : t('qb.imp.existing');
    return { key: `w${i}`, where, similarity: num(o.similarity), text: other };
  });
  return {
    ok: !rejected,
    imported: rejected ? 0 : (num(r.imported) ?? 0),
    problemCount: num(r.problemCount) ?? problems.length,
    problems,
    skipped,
    duplicates,
    format: str(r.format) || null,
  };
}

function ImportReportView({ job }: { job: Job }) {
  const { t } = useI18n();
  const s = summarise(job, t);
  return (
    <Flex vertical gap={12} data-testid="qb-import-report" data-ok={String(s.ok)}>
      {s.ok ? (
        <Alert
          type={s.duplicates.length ? 'warning' : 'success'}
          showIcon
          title={<span data-testid="qb-import-imported">{t('qb.imp.imported', { n: s.imported })}</span>}
          description={s.duplicates.length ? t('qb.imp.dupWarning', { n: s.duplicates.length }) : undefined}
        />
      ) : (
        <Alert
          type="error"
          showIcon
          title={<span data-testid="qb-import-nothing">{t('qb.imp.nothing')}</span>}
          description={job.error?.message ?? t('qb.imp.fixAndRetry', { n: s.problemCount })}
        />
      )}
      {s.problems.length > 0 ? (
        <Table<ReportProblem>
          size="small"
          rowKey="key"
          dataSource={s.problems}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          data-testid="qb-import-problems"
          onRow={(p) => ({ 'data-row': p.row ?? '', 'data-column': p.column }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('qb.imp.row'), dataIndex: 'row', width: 70, render: (v: number | null) => v ?? '—' },
            { title: t('qb.imp.column'), dataIndex: 'column', width: 140, render: (v: string) => v || '—' },
            { title: t('qb.imp.problem'), dataIndex: 'message' },
          ]}
        />
      ) : null}
      {s.skipped.length > 0 ? (
        <>
          <Typography.Text strong>{t('qb.imp.skipped', { n: s.skipped.length })}</Typography.Text>
          <Table<ReportProblem>
            size="small"
            rowKey="key"
            dataSource={s.skipped}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            data-testid="qb-import-skipped"
            columns={[
              { title: t('qb.imp.item'), dataIndex: 'column', width: 200 },
              { title: t('qb.imp.reason'), dataIndex: 'message' },
            ]}
          />
        </>
      ) : null}
      {s.duplicates.length > 0 ? (
        <Table<ReportDuplicate>
          size="small"
          rowKey="key"
          dataSource={s.duplicates}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          data-testid="qb-import-duplicates"
          columns={[
            { title: t('qb.imp.rowOrItem'), dataIndex: 'where', width: 100, render: (v: string) => v || '—' },
            {
              title: t('qb.dup.similarity'),
              dataIndex: 'similarity',
              width: 90,
              render: (v: number | null) => (v === null ? '—' : <Tag color="orange">{(v * 100).toFixed(0)}%</Tag>),
            },
            { title: t('qb.imp.similarTo'), dataIndex: 'text' },
          ]}
        />
      ) : null}
    </Flex>
  );
}

/** 导入: upload an .xlsx (the template) or a QTI .zip/.xml; a progress bar while the job runs; then its report. */
export function ImportModal({ bankId, onClose }: { bankId: string; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const done = isJobDone(job.data);

  const start = useMutation({
    mutationFn: (f: File) => startImport(bankId, f),
    onSuccess: (j) => setJobId(j.jobId),
    onError: (e) => void message.error(errorMessage(e)),
  });

  useEffect(() => {
    if (job.data?.status === 'succeeded') {
      void qc.invalidateQueries({ queryKey: qbKeys.questions(bankId) });
      void qc.invalidateQueries({ queryKey: qbKeys.banks });
      void qc.invalidateQueries({ queryKey: qbKeys.bank(bankId) });
    }
  }, [job.data?.status, qc, bankId]);

  const reset = () => {
    setFile(null);
    setJobId(null);
  };

  return (
    <Modal
      open
      width={820}
      title={t('qb.imp.title')}
      onCancel={onClose}
      maskClosable={false}
      data-testid="qb-import-modal"
      footer={
        <Flex justify="space-between">
          <Flex gap={8}>
            <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate('题库导入模板.xlsx')}>
              {t('qb.downloadTemplate')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              title={t('qb.imp.sampleHint')}
              onClick={() =>
                void downloadSampleBank('四级跨境电子商务师理论示例题库.xlsx').catch((e) =>
                  message.error(errorMessage(e)),
                )
              }
              data-testid="qb-import-sample"
            >
              {t('qb.imp.sample')}
            </Button>
          </Flex>
          <Flex gap={8}>
            {done ? (
              <Button onClick={reset} data-testid="qb-import-again">
                {t('qb.imp.again')}
              </Button>
            ) : null}
            {jobId === null ? (
              <Button
                type="primary"
                disabled={!file}
                loading={start.isPending}
                onClick={() => file && start.mutate(file)}
                {...tid('qb-import-start')}
              >
                {t('qb.imp.start')}
              </Button>
            ) : null}
            <Button onClick={onClose} data-testid="qb-import-close">
              {t('qb.imp.close')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      {jobId === null ? (
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('qb.imp.intro')}
          </Typography.Paragraph>
          <div data-testid="qb-import-upload">
            <Upload.Dragger
              accept={ACCEPT}
              multiple={false}
              maxCount={1}
              showUploadList={false}
              beforeUpload={(f) => {
                if (f.size > MAX_BYTES) {
                  void message.error(t('qb.imp.tooBig'));
                  return Upload.LIST_IGNORE;
                }
                setFile(f);
                return false;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('qb.imp.drop')}</p>
              <p className="ant-upload-hint">{t('qb.imp.formats')}</p>
            </Upload.Dragger>
          </div>
          {file ? (
            <Typography.Text data-testid="qb-import-file">
              {file.name} · {fileSize(file.size)}
            </Typography.Text>
          ) : null}
        </Flex>
      ) : (
        <Flex vertical gap={16}>
          <JobProgress
            job={job.data}
            testId="qb-import-progress"
            rejected={(job.data?.result as { outcome?: string } | null)?.outcome === 'rejected'}
          />
          {done && job.data ? <ImportReportView job={job.data} /> : null}
        </Flex>
      )}
    </Modal>
  );
}
