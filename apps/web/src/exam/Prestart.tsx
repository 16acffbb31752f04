import type { CandidateAttempt } from '@crossskill/contracts';
import { useEffect, useState } from 'react';
import { api, errorText } from './http';
import { formatDateTime, formatTime, t, useLang } from './i18n';
import { formatDuration, secondsUntil } from './logic/clock';
import { Screen, useServerNow } from './ui';

function Row({ label, value, testId }: { label: string; value: React.ReactNode; testId?: string }) {
  return (
    <div className="row">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value ?? '—'}</dd>
    </div>
  );
}

/** Identity confirmation: the candidate checks name, masked ID number, ticket, plan, session, room and seat. */
export function IdentityScreen({
  attempt,
  onConfirmed,
}: {
  attempt: CandidateAttempt;
  onConfirmed: (attempt: CandidateAttempt) => void;
}) {
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      const reply = await api<Partial<CandidateAttempt> | undefined>(
        `/api/attempts/${encodeURIComponent(attempt.id)}/confirm-identity`,
        { method: 'POST', body: {} },
      );
      // the reply may be the attempt itself or a bare acknowledgement
      const next = reply && Array.isArray(reply.items) ? (reply as CandidateAttempt) : attempt;
      onConfirmed({ ...next, identityConfirmed: true });
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  }

  return (
    <Screen title={t('identity.title')} testId="identity-screen">
      <p className="hint">{t('identity.hint')}</p>
      <dl className="facts">
        <Row label={t('identity.name')} value={attempt.candidateName} testId="identity-name" />
        <Row label={t('identity.idNumber')} value={attempt.idNumberMasked} testId="identity-id-number" />
        <Row label={t('identity.ticket')} value={attempt.ticketNo} testId="identity-ticket" />
        <Row label={t('identity.plan')} value={attempt.planName} />
        <Row label={t('identity.session')} value={attempt.sessionName} />
        <Row label={t('identity.time')} value={formatDateTime(Date.parse(attempt.startsAt), lang)} />
        <Row label={t('identity.duration')} value={t('identity.minutes', { n: attempt.durationMinutes })} />
        <Row label={t('identity.room')} value={attempt.roomName} />
        <Row label={t('identity.seat')} value={attempt.seatNo} testId="identity-seat" />
      </dl>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        className="btn btn-primary btn-block"
        disabled={busy}
        onClick={confirm}
        data-testid="confirm-identity"
      >
        {t('identity.confirm')}
      </button>
    </Screen>
  );
}

/** 候考室: countdown on the server's clock, the rules, and the start button from startsAt until entry closes. */
export function WaitingRoom({
  attempt,
  onStarted,
  onRefresh,
}: {
  attempt: CandidateAttempt;
  onStarted: (attempt: CandidateAttempt) => void;
  onRefresh: () => void;
}) {
  const lang = useLang();
  const serverNow = useServerNow();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const startsAt = Date.parse(attempt.startsAt);
  const entryClosesAt = Date.parse(attempt.entryClosesAt);
  const untilStart = secondsUntil(startsAt, serverNow);
  const open = serverNow >= startsAt && serverNow <= entryClosesAt;
  const closed = serverNow > entryClosesAt;
  const lateMinutes = Math.round((entryClosesAt - startsAt) / 60_000);

  // re-read the attempt now and then: keeps the clock in sync on a long wait
  useEffect(() => {
    const id = setInterval(onRefresh, 60_000);
    return () => clearInterval(id);
  }, [onRefresh]);

  async function start() {
    setBusy(true);
    setError(null);
    try {
      const started = await api<CandidateAttempt>(`/api/attempts/${encodeURIComponent(attempt.id)}/start`, {
        method: 'POST',
        body: {},
      });
      onStarted(started);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  }

  return (
    <Screen title={t('waiting.title')} testId="waiting-room">
      <p className="plan-name">{attempt.planName}</p>
      <div className="countdown" role="timer" aria-live="off">
        {closed ? (
          <strong className="entry-closed" data-testid="entry-closed">
            {t('waiting.entryClosed')}
          </strong>
        ) : untilStart > 0 ? (
          <>
            <span>{t('waiting.countdown')}</span>
            <strong data-testid="waiting-countdown">{formatDuration(untilStart)}</strong>
          </>
        ) : (
          <strong data-testid="waiting-countdown">{t('waiting.canStart')}</strong>
        )}
      </div>
      <p className="muted">
        {formatDateTime(startsAt, lang)} · {t('identity.minutes', { n: attempt.durationMinutes })} · {attempt.roomName}
        {attempt.seatNo !== null ? ` · ${t('identity.seat')} ${attempt.seatNo}` : ''}
      </p>
      {lateMinutes > 0 ? (
        <p className="muted">{t('waiting.entryClosesAt', { n: lateMinutes, time: formatTime(entryClosesAt, lang) })}</p>
      ) : null}
      <section className="rules">
        <h2>{t('waiting.rulesTitle')}</h2>
        <ol>
          <li>{t('waiting.rule1')}</li>
          <li>{t('waiting.rule2')}</li>
          <li>{t('waiting.rule3')}</li>
          <li>{t('waiting.rule4')}</li>
          <li>{t('waiting.rule5')}</li>
        </ol>
      </section>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        className="btn btn-primary btn-block"
        disabled={!open || busy}
        onClick={start}
        data-testid="start-exam"
      >
        {busy
          ? t('waiting.starting')
          : closed
            ? t('waiting.entryClosed')
            : open
              ? t('waiting.start')
              : t('waiting.notYet')}
      </button>
    </Screen>
  );
}
