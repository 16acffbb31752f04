import {
  type Action,
  applyAction,
  envFor,
  type LoggedAction,
  parseAction,
  type SimState,
} from '@crossskill/simulation';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ConsoleBackend, SendResult } from './context';
import { useL } from './l10n';

/**
 * A store kept in the browser (the task editor's try-it): actions are shape-checked and applied by the simulator
 * here, and logged like the server logs them, so the task's checks can be scored locally.
 */
export function useLocalStore(initial: SimState) {
  const { L, loc } = useL();
  const [state, setState] = useState(initial);
  const stateRef = useRef(initial);
  const logRef = useRef<LoggedAction[]>([]);
  const [logLength, setLogLength] = useState(0);

  const replace = useCallback((next: SimState, log: LoggedAction[]) => {
    stateRef.current = next;
    logRef.current = log;
    setState(next);
    setLogLength(log.length);
  }, []);

  const send = useCallback(
    async (input: Action): Promise<SendResult> => {
      const parsed = parseAction(input);
      if (!parsed.ok) {
        return {
          ok: false,
          code: 'VALIDATION_FAILED',
          message: parsed.problems.map((p) => loc(p.message)).join('；'),
          field: parsed.problems[0]?.field,
        };
      }
      const action = parsed.action;
      const current = stateRef.current;
      const seq = logRef.current.length + 1;
      const r = applyAction(current, action, envFor(current));
      if (!r.ok) {
        logRef.current = [...logRef.current, { seq, action, ok: false, refusal: r.refusal }];
        setLogLength(logRef.current.length);
        return {
          ok: false,
          code: r.refusal.code,
          message: `${L('平台拒绝了该操作：', 'The marketplace refused this: ')}${loc(r.refusal.reason)}`,
          field: r.refusal.field,
        };
      }
      logRef.current = [...logRef.current, { seq, action, ok: true }];
      stateRef.current = r.state;
      setState(r.state);
      setLogLength(logRef.current.length);
      return { ok: true, events: r.events };
    },
    [L, loc],
  );

  const backend = useMemo<ConsoleBackend>(() => ({ state, send }), [state, send]);
  const log = useCallback(() => logRef.current, []);
  return { backend, state, log, logLength, replace };
}
