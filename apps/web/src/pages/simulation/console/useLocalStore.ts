import type { Action, LoggedAction, SimState } from '@crossskill/simulation';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ConsoleBackend, SendResult } from './context';
import { useL } from './l10n';
import { applyLocally } from './localStore';

/** A store kept in the browser (the task editor's try-it), with the action log the task's checks read. */
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
      const r = applyLocally(stateRef.current, logRef.current, input);
      replace(r.state, r.log);
      const o = r.outcome;
      if (o.ok) return { ok: true, events: o.events };
      if ('problems' in o) {
        return {
          ok: false,
          code: 'VALIDATION_FAILED',
          message: o.problems.map((p) => loc(p.message)).join('；'),
          field: o.problems[0]?.field,
        };
      }
      return {
        ok: false,
        code: o.refusal.code,
        message: `${L('平台拒绝了该操作：', 'The marketplace refused this: ')}${loc(o.refusal.reason)}`,
        field: o.refusal.field,
      };
    },
    [L, loc, replace],
  );

  const backend = useMemo<ConsoleBackend>(() => ({ state, send }), [state, send]);
  const log = useCallback(() => logRef.current, []);
  return { backend, state, log, logLength, replace };
}
