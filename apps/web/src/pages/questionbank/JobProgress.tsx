import type { Job } from '@crossskill/contracts';
import { Flex, Progress, Typography } from 'antd';
import { useI18n } from '../../i18n';

/** A job's progress bar: 0–100 %, red when failed, with "done / total" when the job counts units. */
export function JobProgress({
  job,
  testId = 'qb-job-progress',
  rejected = false,
}: {
  job: Job | undefined;
  testId?: string;
  /** The job succeeded but its outcome is a rejection (e.g. an import with problems): show the bar red. */
  rejected?: boolean;
}) {
  const { t } = useI18n();
  const pct = job ? (job.status === 'succeeded' ? 100 : Math.floor(Math.max(0, Math.min(1, job.progress)) * 100)) : 0;
  const status =
    job?.status === 'failed' || rejected ? 'exception' : job?.status === 'succeeded' ? 'success' : 'active';
  return (
    <Flex vertical gap={2} data-testid={testId} data-status={job?.status ?? 'queued'} data-percent={pct}>
      <Progress percent={pct} status={status} />
      <Typography.Text type="secondary">
        {t(`qb.job.${job?.status ?? 'queued'}`)}
        {job?.total ? ` · ${job.done}/${job.total}` : ''}
      </Typography.Text>
    </Flex>
  );
}
