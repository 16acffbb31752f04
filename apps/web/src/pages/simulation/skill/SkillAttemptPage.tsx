import { ClockCircleOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Modal, Result, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage, isApiError } from '../../../api/client';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { useI18n } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { tid } from '../../../lib/testid';
import { SellerConsole } from '../console/SellerConsole';
import { type SkillAttempt, skillKeys, submitSkillAttempt, useSkillAttempt } from './skillApi';
import { pts, useTx } from './skillText';

/** Seconds left on the server's clock: the offset between the server and this browser is taken at each load. */
function useSecondsLeft(attempt: SkillAttempt | undefined, loadedAt: number): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  if (!attempt) return null;
  const offset = Date.parse(attempt.serverNow) - loadedAt;
  return Math.max(0, Math.floor((Date.parse(attempt.deadlineAt) - (now + offset)) / 1000));
}

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** The candidate's skill exam: one tab per drawn task with the seller console, the countdown and 交卷. */
export default function SkillAttemptPage({ attemptId }: { attemptId: string }) {
  const tx = useTx();
  const { pick, lang } = useI18n();
  const qc = useQueryClient();
  const attempt = useSkillAttempt(attemptId);
  const left = useSecondsLeft(attempt.data, attempt.dataUpdatedAt);
  const [confirming, setConfirming] = useState(false);
  const [closedError, setClosedError] = useState<string | null>(null);
  const [tab, setTab] = useState<string | undefined>(undefined);
  const refresh = () => void qc.invalidateQueries({ queryKey: skillKeys.attempt(attemptId) });

  const timeUp = left === 0 && attempt.data?.status === 'in_progress';
  // at the deadline the server closes the attempt: load it again to show what it says
  useEffect(() => {
    if (timeUp) void qc.invalidateQueries({ queryKey: skillKeys.attempt(attemptId) });
  }, [timeUp, qc, attemptId]);

  const submit = useMutation({
    mutationFn: () => submitSkillAttempt(attemptId),
    onSuccess: (a) => {
      setConfirming(false);
      qc.setQueryData(skillKeys.attempt(attemptId), a);
      void qc.invalidateQueries({ queryKey: skillKeys.mine });
    },
    onError: (e) => {
      setConfirming(false);
      setClosedError(errorMessage(e));
      if (isApiError(e, 'ATTEMPT_CLOSED')) refresh();
    },
  });

  if (attempt.isError) return <QueryError error={attempt.error} onRetry={() => void attempt.refetch()} />;
  if (!attempt.data || left === null) return <PageLoading />;
  const a = attempt.data;
  const actions = a.runs.reduce((s, r) => s + r.actionCount, 0);
  const back = (
    <Link to="/skill-exams">
      <Button>{tx('backToList')}</Button>
    </Link>
  );

  if (a.status !== 'in_progress') {
    return (
      <Result
        status="success"
        title={tx('submittedTitle')}
        subTitle={
          a.status === 'final' && a.score !== null
            ? tx('finalText', { score: pts(a.score), passed: a.passed ? tx('passed') : tx('failed') })
            : tx('submittedText', { at: formatDateTime(a.submittedAt, lang) })
        }
        extra={back}
        data-testid="skill-attempt-submitted"
        data-status={a.status}
      />
    );
  }
  if (timeUp) {
    return (
      <Result
        status="warning"
        title={tx('closedTitle')}
        subTitle={tx('closedText')}
        extra={back}
        data-testid="skill-attempt-closed"
      />
    );
  }

  return (
    <div data-testid="skill-attempt-page">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="skill-attempt-plan">
          {a.planName}
        </Typography.Title>
        <Flex gap={16} align="center">
          <Typography.Text strong type={left < 300 ? 'danger' : undefined}>
            <ClockCircleOutlined /> {tx('timeLeft')}{' '}
            <span data-testid="skill-timer" data-seconds={left} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {clock(left)}
            </span>
          </Typography.Text>
          <Button
            type="primary"
            danger
            icon={<SendOutlined />}
            onClick={() => {
              refresh();
              setConfirming(true);
            }}
            data-testid="skill-submit"
          >
            {tx('submit')}
          </Button>
        </Flex>
      </Flex>
      {closedError ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={closedError}
          closable={{ onClose: () => setClosedError(null) }}
          style={{ marginBottom: 12 }}
          data-testid="skill-attempt-error"
        />
      ) : null}
      <Tabs
        activeKey={tab ?? a.runs[0]?.runId}
        onChange={setTab}
        destroyOnHidden
        items={a.runs.map((r, i) => ({
          key: r.runId,
          label: (
            <span data-testid={`skill-run-tab-${i}`}>
              {tx('taskTab', { title: `${r.weightItem} · ${pick(r.taskTitle)}`, points: pts(r.points) })}
            </span>
          ),
          children: <SellerConsole runId={r.runId} mode="exam" />,
        }))}
      />
      <Modal
        open={confirming}
        title={tx('submitTitle')}
        onCancel={() => setConfirming(false)}
        onOk={() => submit.mutate()}
        okText={tx('submitOk')}
        cancelText={tx('cancel')}
        confirmLoading={submit.isPending}
        okButtonProps={{ danger: true, ...tid('skill-submit-confirm') }}
      >
        <span data-testid="skill-submit-dialog">{tx('submitText', { runs: a.runs.length, actions })}</span>
      </Modal>
    </div>
  );
}
