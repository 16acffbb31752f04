import type { Action, SimEnv, SimEvent, SimState } from '@crossskill/simulation';
import { Alert, App, type FormInstance } from 'antd';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { useL } from './l10n';
import { envForState } from './simAdapter';

/** practice/sandbox (feedback, advance days), exam (no feedback), preview (the task editor's local try-it). */
export type ConsoleMode = 'practice' | 'sandbox' | 'exam' | 'preview';

export type SendResult =
  | { ok: true; events: SimEvent[] }
  | { ok: false; code: string; message: string; field?: string };

/** Where the console's actions go: the server's run (practice, exam) or a store kept in the browser (preview). */
export interface ConsoleBackend {
  state: SimState;
  send: (action: Action) => Promise<SendResult>;
}

interface ConsoleValue extends ConsoleBackend {
  env: SimEnv;
  mode: ConsoleMode;
}

const ConsoleContext = createContext<ConsoleValue | null>(null);

export function ConsoleProvider({
  backend,
  mode,
  children,
}: {
  backend: ConsoleBackend;
  mode: ConsoleMode;
  children: ReactNode;
}) {
  const { state, send } = backend;
  const env = useMemo(() => envForState(state), [state]);
  const value = useMemo(() => ({ state, send, env, mode }), [state, send, env, mode]);
  return <ConsoleContext.Provider value={value}>{children}</ConsoleContext.Provider>;
}

export function useConsole(): ConsoleValue {
  const v = useContext(ConsoleContext);
  if (!v) throw new Error('useConsole outside <ConsoleProvider>');
  return v;
}

/**
 * One form's connection to the store: `run(action)` sends it and keeps the marketplace's refusal for this form only,
 * so the reason shows next to the form that caused it. Success events appear as a toast.
 */
export function useAct() {
  const { send } = useConsole();
  const { message } = App.useApp();
  const { loc } = useL();
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (action: Action): Promise<SendResult> => {
      setBusy(true);
      setError(null);
      try {
        const r = await send(action);
        if (!r.ok) {
          setError({ message: r.message, field: r.field });
          return r;
        }
        const texts = r.events.map((e) => loc(e.message)).filter(Boolean);
        if (texts.length > 0) void message.success(texts.slice(0, 3).join('；'));
        return r;
      } finally {
        setBusy(false);
      }
    },
    [send, message, loc],
  );
  const clear = useCallback(() => setError(null), []);
  return { run, error, busy, clear };
}

/** The marketplace's reason for refusing the last action of a form. */
export function RefusalAlert({ error, testId }: { error: { message: string; field?: string } | null; testId: string }) {
  const { L } = useL();
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={testId}
      style={{ marginBlock: 8 }}
      title={error.message}
      description={error.field ? `${L('相关字段', 'Field')}: ${error.field}` : undefined}
    />
  );
}

/** The form's values when every field passes its rules, else null (antd shows the field errors itself). */
export async function valuesOf<T>(form: FormInstance<T>, names?: (keyof T & string)[]): Promise<T | null> {
  try {
    return names ? await form.validateFields(names) : await form.validateFields();
  } catch {
    return null;
  }
}
