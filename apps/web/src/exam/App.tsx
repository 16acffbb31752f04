import type { CandidateAttempt } from '@crossskill/contracts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DoneScreen, ExamScreen } from './ExamScreen';
import { AttemptEngine } from './engine';
import { api, HttpError, isNetworkOrServerError, now } from './http';
import { t, useLang } from './i18n';
import { LoginForm } from './Login';
import { backoffMs } from './logic/clock';
import { IdentityScreen, WaitingRoom } from './Prestart';
import { Screen } from './ui';

/** /exam/<attemptId> → the attempt id; /exam → null. */
export function attemptIdFromPath(pathname: string): string | null {
  const m = /^\/exam\/([^/]+)\/?$/.exec(pathname);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

type Phase =
  | { kind: 'loading' }
  | { kind: 'login' }
  | { kind: 'error'; message: string; retrying: boolean; canSwitch: boolean }
  | { kind: 'identity'; attempt: CandidateAttempt }
  | { kind: 'waiting'; attempt: CandidateAttempt }
  | { kind: 'exam'; attempt: CandidateAttempt }
  | { kind: 'submitted' };

function phaseFor(attempt: CandidateAttempt): Phase {
  if (attempt.status === 'submitted') return { kind: 'submitted' };
  if (attempt.status === 'in_progress' || attempt.status === 'paused') return { kind: 'exam', attempt };
  return attempt.identityConfirmed ? { kind: 'waiting', attempt } : { kind: 'identity', attempt };
}

function Exam({ attempt }: { attempt: CandidateAttempt }) {
  const engine = useMemo(
    () =>
      new AttemptEngine(attempt, {
        api,
        storage: (() => {
          try {
            return window.localStorage;
          } catch {
            return null;
          }
        })(),
        serverNow: now,
        localNow: () => Date.now(),
        isOnline: () => navigator.onLine !== false,
        setTimeout: (fn, ms) => window.setTimeout(fn, ms),
        clearTimeout: (h) => window.clearTimeout(h as number),
      }),
    [attempt],
  );
  return <ExamScreen attempt={attempt} engine={engine} />;
}

function AttemptPage({ attemptId }: { attemptId: string }) {
  useLang();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const failures = useRef(0);
  const retryTimer = useRef<number | null>(null);

  const load = useCallback(
    async (quiet = false) => {
      if (retryTimer.current !== null) window.clearTimeout(retryTimer.current);
      retryTimer.current = null;
      if (!quiet) setPhase({ kind: 'loading' });
      try {
        const attempt = await api<CandidateAttempt>(`/api/attempts/${encodeURIComponent(attemptId)}`);
        failures.current = 0;
        setPhase((prev) => {
          const next = phaseFor(attempt);
          // a quiet refresh in the waiting room must not throw the candidate back to the identity screen
          if (quiet && prev.kind === 'waiting' && next.kind === 'identity') return { kind: 'waiting', attempt };
          return next;
        });
      } catch (e) {
        if (e instanceof HttpError && e.status === 401) {
          setPhase({ kind: 'login' });
          return;
        }
        if (quiet) return;
        const retrying = isNetworkOrServerError(e);
        setPhase({
          kind: 'error',
          message: e instanceof Error ? e.message : t('error.unknown'),
          retrying,
          canSwitch: e instanceof HttpError && (e.status === 403 || e.status === 404),
        });
        if (retrying) {
          failures.current += 1;
          retryTimer.current = window.setTimeout(() => void load(true), backoffMs(failures.current));
        }
      }
    },
    [attemptId],
  );

  useEffect(() => {
    void load();
    return () => {
      if (retryTimer.current !== null) window.clearTimeout(retryTimer.current);
    };
  }, [load]);

  const refreshQuietly = useCallback(() => void load(true), [load]);

  switch (phase.kind) {
    case 'loading':
      return (
        <Screen title={t('app.title')}>
          <p className="muted" data-testid="exam-loading">
            {t('common.loading')}
          </p>
        </Screen>
      );
    case 'login':
      return (
        <Screen title={t('login.title')} testId="login-page">
          <LoginForm onDone={() => void load()} />
        </Screen>
      );
    case 'error':
      return (
        <Screen title={t('app.title')} testId="exam-error">
          <p className="error" role="alert">
            {phase.message}
          </p>
          {phase.retrying ? <p className="muted">{t('error.retrying')}</p> : null}
          <div className="dialog-actions">
            {phase.canSwitch ? (
              <button
                type="button"
                className="btn"
                onClick={async () => {
                  await api('/api/auth/logout', { method: 'POST', body: {} }).catch(() => undefined);
                  setPhase({ kind: 'login' });
                }}
              >
                {t('error.switchAccount')}
              </button>
            ) : null}
            <button type="button" className="btn btn-primary" onClick={() => void load()}>
              {t('common.retry')}
            </button>
          </div>
        </Screen>
      );
    case 'identity':
      return <IdentityScreen attempt={phase.attempt} onConfirmed={(a) => setPhase(phaseFor(a))} />;
    case 'waiting':
      return (
        <WaitingRoom attempt={phase.attempt} onStarted={(a) => setPhase(phaseFor(a))} onRefresh={refreshQuietly} />
      );
    case 'exam':
      return <Exam key={phase.attempt.id} attempt={phase.attempt} />;
    case 'submitted':
      return <DoneScreen kind="submitted" />;
  }
}

export function App() {
  const lang = useLang();
  const attemptId = attemptIdFromPath(window.location.pathname);
  if (!attemptId) {
    return (
      <Screen title={t('noAttempt.title')} testId="exam-no-attempt">
        <p>{t('noAttempt.text')}</p>
        <a className="btn btn-primary btn-block" href="/my-exams" lang={lang}>
          {t('noAttempt.link')}
        </a>
      </Screen>
    );
  }
  return <AttemptPage attemptId={attemptId} />;
}
