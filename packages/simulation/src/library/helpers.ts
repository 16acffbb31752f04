/**
 * Small builders that keep the library's task files readable: a check is one call with its title, points,
 * assertion and teaching feedback (the rule and its source), Chinese first.
 */
import type { Loc } from '../core/result.js';
import type { Assertion, CheckDefinition, CompareOp, Operand } from '../tasks/types.js';

export type ZhEn = readonly [zh: string, en: string];

export const loc2 = ([zh, en]: ZhEn): Loc => ({ zh, en });

/** One check: `pass` says what was done right, `fail` teaches the rule and where it comes from. */
export function check(
  id: string,
  points: number,
  title: ZhEn,
  assert: Assertion,
  pass: ZhEn,
  fail: ZhEn,
): CheckDefinition {
  return { id, title: loc2(title), points, assert, feedback: { pass: loc2(pass), fail: loc2(fail) } };
}

export const at = (path: string, op: CompareOp, value?: Operand, tolerance?: number): Assertion => {
  const a: Assertion = { kind: 'path', path, op };
  if (value !== undefined) a.value = value;
  if (tolerance !== undefined) a.tolerance = tolerance;
  return a;
};

export const did = (type: string, where?: Record<string, Operand>): Assertion =>
  where ? { kind: 'action', type, where } : { kind: 'action', type };

export const didNot = (type: string, where?: Record<string, Operand>): Assertion => ({
  kind: 'not',
  of: did(type, where),
});

export const count = (path: string, where: Record<string, Operand>, op: CompareOp, value: Operand): Assertion => ({
  kind: 'count',
  path,
  where,
  op,
  value,
});

export const all = (...of: Assertion[]): Assertion => ({ kind: 'all', of });
export const any = (...of: Assertion[]): Assertion => ({ kind: 'any', of });

export const p = (name: string): Operand => ({ param: name });
export const c = (name: string): Operand => ({ computed: name });

/** A white-background, 1600 × 1600 px JPEG main image with the product filling 90 % — meets every rule set. */
export function goodImage(id: string) {
  return {
    id,
    format: 'jpeg',
    width: 1600,
    height: 1600,
    bytes: 420_000,
    borderWhiteRatio: 0.99,
    productFillRatio: 0.9,
  } as const;
}

/** A lifestyle photo with a grey background and a small product: breaks the main-image rules. */
export function badImage(id: string) {
  return {
    id,
    format: 'jpeg',
    width: 800,
    height: 600,
    bytes: 180_000,
    borderWhiteRatio: 0.12,
    productFillRatio: 0.55,
  } as const;
}
