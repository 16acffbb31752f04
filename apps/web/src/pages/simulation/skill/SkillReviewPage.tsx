import { ArrowLeftOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Drawer, Flex, Popconfirm, Statistic, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMe } from '../../../api/auth';
import { errorMessage } from '../../../api/client';
import { Page } from '../../../components/Page';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { useI18n } from '../../../i18n';
import { isPlatformAdmin } from '../../../lib/access';
import { formatDateTime } from '../../../lib/format';
import { settle } from '../../../lib/testid';
import { attemptStatusText } from './MySkillExams';
import { ReplayPanel } from './ReplayPanel';
import { RunReviewCard } from './RunReviewCard';
import { type ReviewRun, runTotals } from './reviewTotals';
import { finalizeAttempt, skillKeys, useSkillParts, useSkillReview } from './skillApi';
import { pts, useTx } from './skillText';

/** 技能考核评分: an examiner checks every automatic result of an attempt, overrides with reasons, replays, confirms. */
export default function SkillReviewPage({ attemptId }: { attemptId: string }) {
  const tx = useTx();
  const { pick, lang } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const review = useSkillReview(attemptId);
  const { data: me } = useMe();
  const parts = useSkillParts(true);
  const [replaying, setReplaying] = useState<ReviewRun | null>(null);
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: skillKeys.review(attemptId) });
    void qc.invalidateQueries({ queryKey: skillKeys.all, refetchType: 'none' });
  };
  const finalize = useMutation({
    mutationFn: () => finalizeAttempt(attemptId),
    onSuccess: () => {
      void message.success(tx('finalized'));
      refresh();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  if (review.isError) return <QueryError error={review.error} onRetry={() => void review.refetch()} />;
  if (!review.data) return <PageLoading />;
  const { attempt, candidateName, runs } = review.data;
  const final = attempt.status === 'final';
  // only the part's examiners (and platform admins) score; plan staff follow
  const scorer =
    (me ? isPlatformAdmin(me) : false) ||
    (parts.data?.items.some((p) => p.planId === attempt.planId && p.isExaminer) ?? false);
  const readOnly = final || !scorer || attempt.status === 'in_progress';
  const totals = runs.map(runTotals);
  const auto = totals.reduce((s, t) => s + t.autoScaled, 0);
  const after = totals.reduce((s, t) => s + t.afterScaled, 0);

  return (
    <Page
      title={tx('reviewTitle', { name: candidateName })}
      testId="skill-review-page"
      extra={
        <>
          <Link to={`/skill-exams?plan=${attempt.planId}`}>
            <Button icon={<ArrowLeftOutlined />}>{tx('backToList')}</Button>
          </Link>
          <Popconfirm
            title={tx('finalizeConfirm')}
            onConfirm={() => settle(finalize.mutateAsync())}
            disabled={readOnly}
          >
            <Button
              type="primary"
              icon={<CheckCircleOutlined />}
              disabled={readOnly}
              loading={finalize.isPending}
              data-testid="review-finalize"
            >
              {tx('finalize')}
            </Button>
          </Popconfirm>
        </>
      }
    >
      <Flex vertical gap={16}>
        {!scorer && parts.isSuccess ? (
          <Alert type="info" showIcon title={tx('notScorer')} data-testid="review-read-only" />
        ) : null}
        <Card size="small">
          <Flex gap={32} wrap align="center">
            <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ flex: 1, minWidth: 320 }}>
              <Descriptions.Item label={tx('plan')}>{attempt.planName}</Descriptions.Item>
              <Descriptions.Item label={tx('candidate')}>{candidateName}</Descriptions.Item>
              <Descriptions.Item label={tx('attemptStatus')}>
                <Tag color={final ? 'green' : 'blue'} data-testid="review-status" data-status={attempt.status}>
                  {attemptStatusText(attempt.status, tx)}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item label={tx('submittedAt')}>
                {formatDateTime(attempt.submittedAt, lang)}
              </Descriptions.Item>
            </Descriptions>
            <Statistic title={tx('autoTotal')} value={pts(auto)} data-testid="review-total-auto" />
            <Statistic title={tx('afterOverrides')} value={pts(after)} data-testid="review-total" />
            {attempt.score !== null ? (
              <Statistic
                title={tx('score')}
                value={`${pts(attempt.score)}${attempt.passed === null ? '' : ` · ${attempt.passed ? tx('passed') : tx('failed')}`}`}
                data-testid="review-score"
              />
            ) : null}
          </Flex>
        </Card>
        {runs.map((run, i) => (
          <RunReviewCard
            key={run.runId}
            attemptId={attemptId}
            run={run}
            index={i}
            readOnly={readOnly}
            onChanged={() => {
              void message.success(tx('overrideSaved'));
              refresh();
            }}
            onReplay={() => setReplaying(run)}
          />
        ))}
      </Flex>
      <Drawer
        open={replaying !== null}
        size="min(1200px, 100vw)"
        title={replaying ? tx('replayTitle', { task: `${replaying.taskCode} ${pick(replaying.taskTitle)}` }) : ''}
        onClose={() => setReplaying(null)}
        destroyOnHidden
      >
        {replaying ? <ReplayPanel runId={replaying.runId} /> : null}
      </Drawer>
    </Page>
  );
}
