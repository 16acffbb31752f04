import type { ApiErrorDetail } from '@crossskill/contracts';
import { ApiError, errorMessage } from '../../../api/client';
import { fieldNameOf } from '../../../lib/forms';

/** The server's refusal of a skill-part save, sorted by where the editor shows it. */
export interface PartErrors {
  /** The error's own message (e.g. "不符合国家职业标准的考务规定：…"). */
  message: string;
  /** Blueprint row index → one line per problem of that row. */
  rows: Map<number, string[]>;
  /** Top-level field (durationMinutes, examinerIds, startsAt, lateEntryMinutes, blueprint) → its lines. */
  fields: Map<string, string[]>;
}

const add = <K>(map: Map<K, string[]>, key: K, line: string) => {
  const lines = map.get(key) ?? [];
  if (!lines.includes(line)) lines.push(line);
  map.set(key, lines);
};

/** Splits 422 EXAM_RULES_VIOLATED / SKILL_BLUEPRINT_MISMATCH / 400 VALIDATION_FAILED details by field. */
export function partErrors(err: unknown): PartErrors {
  const rows = new Map<number, string[]>();
  const fields = new Map<string, string[]>();
  if (!(err instanceof ApiError)) return { message: errorMessage(err), rows, fields };
  for (const d of err.details as ApiErrorDetail[]) {
    const [head, index] = fieldNameOf(d.field);
    const line = d.message || d.code;
    if (head === 'blueprint' && typeof index === 'number') add(rows, index, line);
    else add(fields, typeof head === 'string' ? head : '', line);
  }
  return { message: err.message, rows, fields };
}

/** Lines for fields the editor has no place for (shown with the form's error). */
export function otherLines(errors: PartErrors, shown: readonly string[]): string[] {
  return [...errors.fields.entries()].filter(([k]) => !shown.includes(k)).flatMap(([, lines]) => lines);
}
