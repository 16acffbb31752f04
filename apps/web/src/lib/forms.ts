import { type ApiErrorDetail, FIELD_MESSAGES, type FieldMessageCode } from '@crossskill/contracts';
import type { FormInstance, FormRule } from 'antd';
import { ApiError, errorMessage } from '../api/client';
import { getLang, t } from '../i18n';

type NamePath = (string | number)[];

/** "body.idNumber" → ["idNumber"]; "body.items.0.name" → ["items", 0, "name"]. */
export function fieldNameOf(detailField: string): NamePath {
  return detailField
    .replace(/^(body|query|params|querystring)\.?/, '')
    .split('.')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function hasPath(values: unknown, path: NamePath): boolean {
  let cur: unknown = values;
  for (const key of path) {
    if (typeof cur !== 'object' || cur === null || !(String(key) in cur)) return false;
    cur = (cur as Record<string, unknown>)[String(key)];
  }
  return true;
}

/** A detail's message; some arrive as a bare FIELD_MESSAGES code (e.g. "MOBILE_FORMAT"), which we localise here. */
function detailMessage(d: ApiErrorDetail): string {
  return isFieldMessageCode(d.message) ? FIELD_MESSAGES[d.message][getLang()] : d.message;
}

/**
 * Puts the server's field problems (error.details) on the matching Form fields.
 * Returns the text for the form's error alert: the server's message plus any problems no field shows.
 */
export function applyServerErrors(form: FormInstance, err: unknown): string {
  if (!(err instanceof ApiError)) return errorMessage(err);
  const registered: unknown = form.getFieldsValue();
  const unmatched: ApiErrorDetail[] = [];
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  for (const d of err.details) {
    const name = fieldNameOf(d.field);
    if (name.length === 0 || !hasPath(registered, name)) {
      unmatched.push(d);
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    const text = detailMessage(d);
    if (!entry.errors.includes(text)) entry.errors.push(text);
    byField.set(key, entry);
  }
  if (byField.size > 0) form.setFields([...byField.values()]);
  const extra = [...new Set(unmatched.map(detailMessage).filter(Boolean))];
  return extra.length > 0 ? `${err.message}：${extra.join('；')}` : err.message;
}

interface IssueLike {
  code: string;
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}
interface SafeParseable {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: IssueLike[] } };
}

function isFieldMessageCode(s: string): s is FieldMessageCode {
  return Object.hasOwn(FIELD_MESSAGES, s);
}

/** A localised text for a zod issue from the contracts' schemas. */
export function issueMessage(issue: IssueLike): string {
  if (isFieldMessageCode(issue.message)) return FIELD_MESSAGES[issue.message][getLang()];
  if (issue.code === 'too_small' && issue.minimum !== undefined) {
    return t('validation.tooShort', { min: String(issue.minimum) });
  }
  if (issue.code === 'too_big' && issue.maximum !== undefined) {
    return t('validation.tooLong', { max: String(issue.maximum) });
  }
  return t('validation.invalid');
}

/**
 * An antd Form rule that validates with a schema from @crossskill/contracts, so the client checks exactly what the
 * server checks (e.g. the GB 11643 check digit of idNumberSchema). Empty values pass; add `required` separately.
 * `message` replaces the schema's own message (for schemas without FIELD_MESSAGES codes).
 */
export function schemaRule(schema: SafeParseable, message?: () => string): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value === undefined || value === null || value === '') return;
      const result = schema.safeParse(value);
      if (result.success) return;
      if (message) throw new Error(message());
      const first = result.error.issues[0];
      throw new Error(first ? issueMessage(first) : t('validation.invalid'));
    },
  };
}

/** Drops empty strings / undefined so optional fields are left out of request bodies. */
export function compact<T extends Record<string, unknown>>(values: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(values) as [keyof T, T[keyof T]][]) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    out[k] = typeof v === 'string' ? (v.trim() as T[keyof T]) : v;
  }
  return out;
}
