import type { CandidateAttempt } from '@crossskill/contracts';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { AttemptEngine, EngineState } from './engine';
import { errorText } from './http';
import { ItemView } from './ItemView';
import { formatDateTime, t, useLang } from './i18n';
import { LoginForm } from './Login';
import { formatDuration, secondsUntil } from './logic/clock';
import { isNewBlur } from './logic/events';
import { pendingCount } from './logic/pending';
import { saveStatus } from './logic/saveStatus';
import { neighbour, summarize } from './logic/sheet';
import { AnswerSheet } from './Sheet';
import { LangToggle, Screen, useServerNow } from './ui';

/** Time left on the server's clock; tells the engine when it runs out. Own component: only it ticks every second. */
function Timer({ engine, state }: { engine: AttemptEngine; state: EngineState }) {
  const serverNow = useServerNow();
  const left =
    state.status === 'paused'
      ? (state.pausedRemaining ?? 0)
      : state.deadlineMs === null
        ? 0
        : secondsUntil(state.deadlineMs, serverNow);
  const running = state.status === 'in_progress' && state.deadlineMs !== null;
  useEffect(() => {
    if (running && left === 0) engine.timeIsUp();
  }, [running, left, engine]);
  const warn = left <= 300;
  return (
    <div className={warn ? 'timer warn' : 'timer'} role="timer" aria-label={t('exam.timeLeft')}>
      <span className="muted small">{t('exam.timeLeft')}</span>
      <strong data-testid="exam-timer" data-seconds={left}>
        {formatDuration(left)}
      </strong>
    </div>
  );
}

function SaveIndicator({ state }: { state: EngineState }) {
  const s = saveStatus({
    pendingCount: pendingCount(state.pending),
    online: state.online,
    failure: state.failure,
    storageOk: state.storageOk,
  });
  const text =
    s.kind === 'saved'
      ? t('save.allSaved')
      : s.kind === 'saving'
        ? t('save.saving', { n: s.count })
        : s.kind === 'retrying'
          ? t('save.retrying', { n: s.count })
          : s.kind === 'offline'
            ? t('save.offline')
            : s.kind === 'offlineNoStorage'
              ? t('save.offlineNoStorage', { n: s.count })
              : t('save.rejected', { n: s.count, message: s.message });
  return (
    <div
      className={`save-status ${s.kind}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-state={s.kind}
    >
      <span className="dot" aria-hidden="true" />
      {text}
    </div>
  );
}

function FullscreenButton() {
  const [full, setFull] = useState(() => typeof document !== 'undefined' && !!document.fullscreenElement);
  useEffect(() => {
    const on = () => setFull(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', on);
    return () => document.removeEventListener('fullscreenchange', on);
  }, []);
  if (full || !document.fullscreenEnabled) return null;
  return (
    <button
      type="button"
      className="btn btn-ghost"
      data-testid="fullscreen"
      onClick={() => {
        document.documentElement.requestFullscreen().catch(() => undefined);
      }}
    >
      {t('exam.fullscreen')}
    </button>
  );
}

/** Integrity signals the plan asks for, plus online/offline; recorded, never blocking. */
function useSignals(engine: AttemptEngine, signals: readonly string[]) {
  useEffect(() => {
    const wants = new Set(signals);
    let lastBlur: number | null = null;
    const blur = (source: string) => {
      if (!wants.has('blur')) return;
      const at = Date.now();
      if (!isNewBlur(lastBlur, at)) return;
      lastBlur = at;
      engine.recordEvent('blur', { source, position: engine.getState().cursor.position });
    };
    const onBlur = () => blur('window');
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') blur('hidden');
    };
    const onPaste = (e: ClipboardEvent) => {
      if (!wants.has('paste')) return;
      const target = e.target as HTMLElement | null;
      if (!target || !(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
      const chars = e.clipboardData?.getData('text')?.length ?? 0;
      engine.recordEvent('paste', { position: engine.getState().cursor.position, chars });
    };
    let wasFull = !!document.fullscreenElement;
    const onFullscreen = () => {
      const full = !!document.fullscreenElement;
      if (wasFull && !full && wants.has('fullscreen_exit')) engine.recordEvent('fullscreen_exit');
      wasFull = full;
    };
    const onOnline = () => engine.setOnline(true);
    const onOffline = () => engine.setOnline(false);
    window.addEventListener('blur', onBlur);
    document.addEventListener('visibilitychange', onVisibility);
    document.addEventListener('paste', onPaste, true);
    document.addEventListener('fullscreenchange', onFullscreen);
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      window.removeEventListener('blur', onBlur);
      document.removeEventListener('visibilitychange', onVisibility);
      document.removeEventListener('paste', onPaste, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    };
  }, [engine, signals]);
}

function SubmitDialog({
  attempt,
  engine,
  state,
  onClose,
}: {
  attempt: CandidateAttempt;
  engine: AttemptEngine;
  state: EngineState;
  onClose: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const summary = summarize(attempt.items, state.answers);
  const pending = pendingCount(state.pending);
  const offline = pending > 0 && (!state.online || state.failure?.kind === 'network');

  useEffect(() => {
    cancelRef.current?.focus();
    engine.flushNow();
  }, [engine]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !busy) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [busy, onClose]);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await engine.submit();
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  }

  const list = (positions: number[]) =>
    positions.length > 30 ? `${positions.slice(0, 30).join('、')}…` : positions.join('、');

  return (
    <div className="backdrop">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="submit-title"
        data-testid="submit-dialog"
      >
        <h2 id="submit-title">{t('submit.title')}</h2>
        <p data-testid="submit-summary">
          {t('submit.summary', {
            total: summary.total,
            answered: summary.answered,
            unanswered: summary.unanswered,
            flagged: summary.flagged,
          })}
        </p>
        {summary.unanswered > 0 ? (
          <p className="muted">{t('submit.unansweredList', { list: list(summary.unansweredPositions) })}</p>
        ) : null}
        {summary.flagged > 0 ? (
          <p className="muted">{t('submit.flaggedList', { list: list(summary.flaggedPositions) })}</p>
        ) : null}
        {offline ? (
          <p className="error" role="alert" data-testid="submit-blocked">
            {t('submit.offline')}
          </p>
        ) : pending > 0 ? (
          <p className="notice" data-testid="submit-blocked">
            {t('submit.pending', { n: pending })}
          </p>
        ) : (
          <p>{t('submit.warning')}</p>
        )}
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button
            ref={cancelRef}
            type="button"
            className="btn"
            onClick={onClose}
            disabled={busy}
            data-testid="submit-cancel"
          >
            {t('submit.back')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            onClick={confirm}
            disabled={busy || pending > 0}
            data-testid="submit-confirm"
          >
            {busy ? t('submit.submitting') : t('submit.confirm')}
          </button>
        </div>
      </div>
    </div>
  );
}

export function DoneScreen({
  kind,
  atMs,
  lostSaves = 0,
}: {
  kind: 'submitted' | 'closed' | 'timeUp';
  atMs?: number | null;
  lostSaves?: number;
}) {
  const lang = useLang();
  const title =
    kind === 'submitted' ? t('done.submittedTitle') : kind === 'closed' ? t('done.closedTitle') : t('done.timeUpTitle');
  return (
    <Screen
      title={title}
      testId={kind === 'submitted' ? 'exam-submitted' : kind === 'closed' ? 'exam-closed' : 'exam-time-up'}
    >
      {kind === 'submitted' && atMs ? (
        <p data-testid="submitted-at">{t('done.submittedAt', { time: formatDateTime(atMs, lang) })}</p>
      ) : null}
      <p>{kind === 'closed' ? t('done.closedText') : t('done.submittedText')}</p>
      {lostSaves > 0 ? (
        <p className="error" data-testid="lost-saves">
          {t('done.lostSaves', { n: lostSaves })}
        </p>
      ) : null}
      <a className="btn btn-block" href="/my-exams">
        {t('done.back')}
      </a>
    </Screen>
  );
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The exam itself: header (plan, candidate, timer, save status), one-question or whole-paper view, answer sheet. */
export function ExamScreen({ attempt, engine }: { attempt: CandidateAttempt; engine: AttemptEngine }) {
  const lang = useLang();
  const state = useSyncExternalStore(engine.subscribe, engine.getState);
  const [submitOpen, setSubmitOpen] = useState(false);
  const items = attempt.items;
  const { position, view } = state.cursor;
  const current = items.find((i) => i.position === position) ?? items[0];
  const editable = state.status === 'in_progress' && state.timeUp === null && !state.closed;

  useEffect(() => {
    engine.start();
    return () => engine.dispose();
  }, [engine]);
  // arriving from the waiting room (scrolled to its start button) or resuming: show the current item from the top
  useEffect(() => {
    const { position: p, view: v } = engine.getState().cursor;
    if (v === 'all') document.getElementById(`item-${p}`)?.scrollIntoView({ block: 'start' });
    else window.scrollTo({ top: 0 });
  }, [engine]);
  useSignals(engine, attempt.integritySignals);
  useEffect(() => {
    document.title = `${attempt.planName} - ${t('app.title')}`;
  }, [attempt.planName]);

  const onChange = useCallback(
    (pos: number, change: Parameters<AttemptEngine['change']>[1]) => {
      engine.change(pos, change);
      const c = engine.getState().cursor;
      if (c.position !== pos) engine.setCursor({ position: pos, view: c.view });
    },
    [engine],
  );

  const go = useCallback(
    (target: number | null) => {
      if (target === null) return;
      const c = engine.getState().cursor;
      engine.setCursor({ position: target, view: c.view });
      if (c.view === 'all') document.getElementById(`item-${target}`)?.scrollIntoView({ block: 'start' });
      else window.scrollTo({ top: 0 });
    },
    [engine],
  );

  // keyboard: ← / → move between items in the one-question view (not while typing or choosing with arrows)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (submitOpen || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const c = engine.getState().cursor;
      if (c.view !== 'single') return;
      if (e.key === 'ArrowRight') go(neighbour(items, c.position, 1));
      else if (e.key === 'ArrowLeft') go(neighbour(items, c.position, -1));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [engine, go, items, submitOpen]);

  // switching to the whole paper keeps the candidate's place
  const toggleView = () => {
    const next = view === 'single' ? 'all' : 'single';
    engine.setCursor({ position, view: next });
    requestAnimationFrame(() => {
      if (next === 'all') document.getElementById(`item-${position}`)?.scrollIntoView({ block: 'start' });
      else window.scrollTo({ top: 0 });
    });
  };

  if (state.status === 'submitted') return <DoneScreen kind="submitted" atMs={state.submittedAtMs} />;
  if (state.timeUp === 'done') return <DoneScreen kind="timeUp" lostSaves={state.lostSaves} />;
  if (state.closed) return <DoneScreen kind="closed" lostSaves={state.lostSaves} />;
  if (!current) return <DoneScreen kind="closed" />;

  const prev = neighbour(items, position, -1);
  const next = neighbour(items, position, 1);
  const offlineAtTimeUp = !state.online || state.failure?.kind === 'network';

  return (
    <div className="exam" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header className="exam-header">
        <div className="exam-title">
          <strong className="plan-name" data-testid="exam-plan">
            {attempt.planName}
          </strong>
          <span className="muted small" data-testid="exam-candidate">
            {t('exam.candidate')}：{attempt.candidateName}
            {attempt.ticketNo ? ` · ${attempt.ticketNo}` : ''}
          </span>
        </div>
        <Timer engine={engine} state={state} />
        <SaveIndicator state={state} />
        <div className="header-actions">
          <FullscreenButton />
          <LangToggle />
        </div>
      </header>
      <div className="toolbar">
        <button
          type="button"
          className="btn"
          onClick={toggleView}
          aria-label={view === 'single' ? t('exam.view.toAll') : t('exam.view.toSingle')}
          data-testid="view-toggle"
          data-view={view}
        >
          {view === 'single' ? t('exam.view.all') : t('exam.view.single')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => setSubmitOpen(true)}
          disabled={!editable}
          data-testid="submit"
        >
          {t('exam.submit')}
        </button>
      </div>
      <div className="layout">
        <main className="paper">
          {view === 'single' ? (
            <>
              <ItemView
                item={current}
                answer={state.answers[current.position]}
                disabled={!editable}
                onChange={onChange}
                lang={lang}
              />
              <div className="nav">
                <button
                  type="button"
                  className="btn"
                  disabled={prev === null}
                  onClick={() => go(prev)}
                  data-testid="nav-prev"
                >
                  ← {t('exam.prev')}
                </button>
                <span className="muted" data-testid="nav-position">
                  {items.indexOf(current) + 1} / {items.length}
                </span>
                <button
                  type="button"
                  className="btn"
                  disabled={next === null}
                  onClick={() => go(next)}
                  data-testid="nav-next"
                >
                  {t('exam.next')} →
                </button>
              </div>
            </>
          ) : (
            // biome-ignore lint/a11y/noStaticElementInteractions: focus tracking only (keeps the resume cursor)
            <div
              className="all-items"
              onFocus={(e) => {
                const article = (e.target as HTMLElement).closest('article.item');
                const pos = article ? Number(article.id.replace('item-', '')) : Number.NaN;
                if (!Number.isNaN(pos) && pos !== engine.getState().cursor.position) {
                  engine.setCursor({ position: pos, view: 'all' });
                }
              }}
            >
              {items.map((item) => (
                <ItemView
                  key={item.position}
                  item={item}
                  answer={state.answers[item.position]}
                  disabled={!editable}
                  onChange={onChange}
                  lang={lang}
                />
              ))}
            </div>
          )}
        </main>
        <aside className="side">
          <AnswerSheet items={items} answers={state.answers} current={position} onJump={go} />
        </aside>
      </div>
      {submitOpen ? (
        <SubmitDialog attempt={attempt} engine={engine} state={state} onClose={() => setSubmitOpen(false)} />
      ) : null}
      {state.status === 'paused' ? (
        <div className="backdrop">
          <div className="dialog" role="alertdialog" aria-modal="true" data-testid="exam-paused">
            <h2>{t('paused.title')}</h2>
            <p>{t('paused.text')}</p>
          </div>
        </div>
      ) : null}
      {state.timeUp === 'flushing' ? (
        <div className="backdrop">
          <div className="dialog" role="alertdialog" aria-modal="true" data-testid="exam-time-up-flushing">
            <h2>{offlineAtTimeUp ? t('done.timeUpOffline') : t('done.timeUpFlushing')}</h2>
          </div>
        </div>
      ) : null}
      {state.needLogin ? (
        <div className="backdrop">
          <div className="dialog" role="dialog" aria-modal="true" data-testid="relogin">
            <h2>{t('login.title')}</h2>
            <LoginForm notice={t('login.expired')} onDone={() => engine.loggedIn()} />
          </div>
        </div>
      ) : null}
    </div>
  );
}
