import type { AnswerSave, ApiErrorDetail, SaveAnswersBody, SaveAnswersResult } from '@crossskill/contracts';
import { type SQL, sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { AppError, type AuthContext } from '../../../platform/http/index.js';
import { ownAttempt } from './attempts.service.js';
import type { AttemptPaper } from './caches.js';
import { now as clockNow } from './clock.js';
import { touch } from './presence.js';

/**
 * Whether a stored response (a jsonb column or expression) counts as answered: choices chosen, a true/false
 * value, a non-blank blank or text. The one definition of exam_attempts.answered_count.
 */
export const answeredSql = (col: string): SQL =>
  sql.raw(`coalesce(case when jsonb_typeof(${col}) = 'object' then case
      when ${col} ? 'choices' then jsonb_array_length(${col}->'choices') > 0
      when ${col} ? 'value' then true
      when ${col} ? 'blanks' then exists (
        select 1 from jsonb_array_elements_text(${col}->'blanks') b where b ~ '[^[:space:]]')
      when ${col} ? 'text' then (${col}->>'text') ~ '[^[:space:]]'
      else false end end, false)`);

const LETTERS = 'ABCDEFGH';

/** Why a save does not fit the item at its position, or null when it does. */
function misfit(paper: AttemptPaper, save: AnswerSave): string | null {
  const shape = paper.shapes[save.position - 1];
  if (!shape) return 'not on the paper';
  const r = save.response;
  if (r === null) return null;
  switch (shape.type) {
    case 'single':
    case 'multiple': {
      if (!('choices' in r)) return 'expects choices';
      if (shape.type === 'single' && r.choices.length > 1) return 'one choice only';
      if (new Set(r.choices).size !== r.choices.length) return 'a choice twice';
      if (r.choices.some((c) => LETTERS.indexOf(c) >= shape.optionCount)) return 'no such option';
      return null;
    }
    case 'true_false':
      return 'value' in r ? null : 'expects a true/false value';
    case 'fill_blank':
      if (!('blanks' in r)) return 'expects blanks';
      return r.blanks.length > (shape.blanks ?? 0) ? 'too many blanks' : null;
    default:
      return 'text' in r ? null : 'expects text';
  }
}

/** One save per position: the highest version sent wins (the page may batch a position twice). */
function latestPerPosition(saves: AnswerSave[]): AnswerSave[] {
  const by = new Map<number, AnswerSave>();
  for (const s of saves) {
    const prev = by.get(s.position);
    if (!prev || s.version >= prev.version) by.set(s.position, s);
  }
  return [...by.values()].sort((a, b) => a.position - b.position);
}

interface SaveRow {
  status: 'ready' | 'in_progress' | 'paused' | 'submitted' | null;
  deadline_ms: number | string | null;
  open: boolean | null;
  session_id: string | null;
  saved: { position: number; version: number }[] | string | null;
}

/**
 * Autosave — the exam-day hot path. Validates every save against the cached paper (all or nothing: one bad
 * position refuses the whole request, 422 naming it), then ONE statement:
 *
 *  a   locks the attempt row (FOR NO KEY UPDATE: saves of one attempt queue behind each other, and closing
 *      an attempt waits for a save in flight — so the close scores every acknowledged answer) and decides
 *      `open` = in progress and now ≤ deadline + the plan's grace (status and deadline are read here, never
 *      cached: the proctor changes them);
 *  old the stored rows of the sent positions, locked, for the answered_count delta;
 *  up  the versioned upsert: a position changes only when the stored version is lower (a resend or an
 *      out-of-order older save changes nothing and is acknowledged with the version stored);
 *  att answered_count += the delta (only when it changed).
 *
 * Refused saves: 409 ATTEMPT_NOT_STARTED / ATTEMPT_PAUSED, or ATTEMPT_CLOSED plus a `late_save_refused`
 * event. Last contact and cursor go to the in-memory presence map (flushed in batches), never a row update.
 */
export async function saveAnswers(
  ctx: AppContext,
  auth: AuthContext,
  attemptId: string,
  body: SaveAnswersBody,
): Promise<SaveAnswersResult> {
  const paper = await ownAttempt(ctx.db, auth, attemptId);
  const saves = latestPerPosition(body.saves);
  const bad: ApiErrorDetail[] = [];
  const badPositions: number[] = [];
  for (const s of saves) {
    const why = misfit(paper, s);
    if (!why) continue;
    badPositions.push(s.position);
    bad.push({ field: `saves.position.${s.position}`, code: 'ATTEMPT_POSITION_INVALID', message: why });
  }
  if (bad.length > 0) {
    throw new AppError('ATTEMPT_POSITION_INVALID', { params: { position: badPositions.join(', ') }, details: bad });
  }
  const now = clockNow();
  touch(attemptId, now, body.cursor ?? null);
  const at = now.toISOString();
  const json = JSON.stringify(
    saves.map((s) => ({ position: s.position, version: s.version, response: s.response, flagged: s.flagged })),
  );
  const result = await ctx.db.execute(sql`
    with a as (
      select t.status, t.deadline_at, t.session_id,
        (t.status = 'in_progress' and t.deadline_at is not null
          and ${at}::timestamptz <= t.deadline_at + make_interval(secs => p.save_grace_seconds)) as open
      from exam_attempts t join exam_plans p on p.id = t.plan_id
      where t.id = ${attemptId}
      for no key update of t
    ),
    x as (
      select * from jsonb_to_recordset(${json}::jsonb) as x(position smallint, version integer, response jsonb, flagged boolean)
    ),
    old as (
      select e.position, e.version, ${answeredSql('e.response')} as answered
      from exam_answers e
      where e.attempt_id = ${attemptId} and e.position in (select position from x) and (select open from a)
      for update of e
    ),
    s as (
      select x.position, x.version, nullif(x.response, 'null'::jsonb) as response, coalesce(x.flagged, false) as flagged,
        o.version as old_version, coalesce(o.answered, false) as old_answered
      from x left join old o on o.position = x.position
      where (select open from a)
    ),
    up as (
      insert into exam_answers (attempt_id, position, response, flagged, version, saved_at)
      select ${attemptId}, position, response, flagged, version, ${at}::timestamptz from s
      on conflict (attempt_id, position) do update
        set response = excluded.response, flagged = excluded.flagged, version = excluded.version,
          saved_at = excluded.saved_at
        where exam_answers.version < excluded.version
      returning position, version, ${answeredSql('response')} as answered
    ),
    d as (
      select coalesce(sum(up.answered::int - s.old_answered::int), 0)::int as delta
      from up join s on s.position = up.position
    ),
    att as (
      update exam_attempts set answered_count = answered_count + (select delta from d)
      where id = ${attemptId} and (select delta from d) <> 0
      returning 1
    )
    select (select status from a) as status,
      (select extract(epoch from deadline_at) * 1000 from a)::float8 as deadline_ms,
      (select open from a) as open,
      (select session_id from a) as session_id,
      (select count(*) from att) as touched,
      coalesce((
        select json_agg(json_build_object('position', s.position,
          'version', coalesce(up.version, s.old_version, s.version)) order by s.position)
        from s left join up on up.position = s.position
      ), '[]'::json) as saved`);
  const row = (result as unknown as { rows: SaveRow[] }).rows[0];
  if (!row?.status) throw new AppError('ATTEMPT_NOT_FOUND');
  const deadlineMs = row.deadline_ms === null ? null : Number(row.deadline_ms);
  if (!row.open) {
    if (row.status === 'ready') throw new AppError('ATTEMPT_NOT_STARTED');
    if (row.status === 'paused') throw new AppError('ATTEMPT_PAUSED');
    await ctx.db.execute(sql`
      insert into exam_events (attempt_id, session_id, kind, at, detail, actor_id)
      values (${attemptId}, ${row.session_id}, 'late_save_refused', ${at}::timestamptz,
        ${JSON.stringify({
          status: row.status,
          deadlineAt: deadlineMs === null ? null : new Date(deadlineMs).toISOString(),
          saves: saves.map((s) => ({ position: s.position, version: s.version })),
        })}::jsonb, ${auth.userId})`);
    throw new AppError('ATTEMPT_CLOSED');
  }
  const saved = typeof row.saved === 'string' ? JSON.parse(row.saved) : (row.saved ?? []);
  return {
    saved,
    serverTime: at,
    remainingSeconds: deadlineMs === null ? null : Math.max(0, Math.ceil((deadlineMs - now.getTime()) / 1000)),
    status: row.status,
  };
}
