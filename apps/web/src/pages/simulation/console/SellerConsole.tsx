import { useQueryClient } from '@tanstack/react-query';
import { Alert, Tag } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/client';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { ConsoleFrame } from './ConsoleFrame';
import { ConsoleProvider } from './context';
import { useL } from './l10n';
import { checkSimRun, resetSimRun, type SimReport, type SimRun, simKeys } from './simApi';
import { TaskPanel } from './TaskPanel';
import { useServerRun } from './useServerRun';

/**
 * The seller-centre console of one run on the server, with its task panel. Practice: feedback, reset and the market
 * clock; exam: no feedback (also embedded by the skill-exam page). A sandbox run (no task) has no task panel.
 */
export function SellerConsole({ runId, mode }: { runId: string; mode: 'practice' | 'exam' }) {
  const { L } = useL();
  const { query, backend } = useServerRun(runId);
  if (query.isPending) return <PageLoading />;
  if (query.isError || !backend) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const run = query.data;
  const closed = run.status === 'submitted';
  const consoleMode = mode === 'exam' ? 'exam' : run.kind === 'sandbox' ? 'sandbox' : 'practice';
  return (
    <ConsoleProvider backend={backend} mode={consoleMode}>
      {closed ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title={L('该实训已提交，店铺只读。', 'This run has been submitted; the store is read-only.')}
        />
      ) : null}
      <ConsoleFrame
        aside={run.task ? <RunTaskPanel run={run} mode={mode} /> : null}
        extraBar={run.kind === 'sandbox' ? <Tag color="gold">{L('沙盒店铺', 'Sandbox')}</Tag> : null}
      />
    </ConsoleProvider>
  );
}

function RunTaskPanel({ run, mode }: { run: SimRun; mode: 'practice' | 'exam' }) {
  const qc = useQueryClient();
  const [report, setReport] = useState<SimReport | null>(run.report);
  const [busy, setBusy] = useState<'check' | 'reset' | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!run.task) return null;
  const practice = mode === 'practice' && run.kind === 'practice';
  const check = async () => {
    setBusy('check');
    setError(null);
    try {
      setReport(await checkSimRun(run.id));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const reset = async () => {
    setBusy('reset');
    setError(null);
    try {
      const fresh = await resetSimRun(run.id);
      qc.setQueryData(simKeys.run(run.id), fresh);
      setReport(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <TaskPanel
      task={run.task}
      mode={practice ? 'practice' : 'exam'}
      report={practice ? report : null}
      onCheck={() => void check()}
      onReset={() => void reset()}
      checking={busy === 'check'}
      resetting={busy === 'reset'}
      error={error}
    />
  );
}
