import type { Action, SimState } from '@crossskill/simulation';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { isApiError } from '../../../api/client';
import type { ConsoleBackend, SendResult } from './context';
import { type SimRun, sendSimAction, simKeys, useSimRun } from './simApi';

/**
 * The console's backend for a run on the server: every action goes to POST /api/sim/runs/:id/actions with the seq
 * last seen. Actions are sent one after another (never two in flight) so `expectedSeq` is always the latest.
 * A refusal (422 SIM_ACTION_REFUSED) is logged by the server too, so the run is re-read to learn the new seq;
 * a stale seq (409 SIM_RUN_STALE, another tab) reloads the run.
 */
export function useServerRun(runId: string) {
  const qc = useQueryClient();
  const query = useSimRun(runId);
  const seqRef = useRef<number>(query.data?.seq ?? 0);
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    if (query.data) seqRef.current = query.data.seq;
  }, [query.data]);

  const { refetch } = query;
  const reload = useCallback(async () => {
    const r = await refetch();
    if (r.data) seqRef.current = r.data.seq;
  }, [refetch]);

  const sendNow = useCallback(
    async (action: Action): Promise<SendResult> => {
      try {
        const res = await sendSimAction(runId, action, seqRef.current);
        seqRef.current = res.seq;
        qc.setQueryData<SimRun>(simKeys.run(runId), (old) => (old ? { ...old, seq: res.seq, state: res.state } : old));
        return { ok: true, events: res.events };
      } catch (e) {
        if (isApiError(e, 'SIM_ACTION_REFUSED')) {
          await reload();
          const field = e.details.find((d) => d.field && d.field !== 'action')?.field;
          return { ok: false, code: e.code, message: e.message, field };
        }
        if (isApiError(e, 'SIM_RUN_STALE')) await reload();
        if (isApiError(e)) return { ok: false, code: e.code, message: e.message, field: e.details[0]?.field };
        return { ok: false, code: 'UNKNOWN', message: String(e) };
      }
    },
    [runId, qc, reload],
  );

  const send = useCallback(
    (action: Action): Promise<SendResult> => {
      const next = chain.current.then(() => sendNow(action));
      chain.current = next.catch(() => undefined);
      return next;
    },
    [sendNow],
  );

  const backend = useMemo<ConsoleBackend | null>(
    () => (query.data ? { state: query.data.state as SimState, send } : null),
    [query.data, send],
  );
  return { query, backend, reload };
}
