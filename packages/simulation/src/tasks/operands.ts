/**
 * Operands (tasks/types.ts): a literal, `{ param }`, `{ computed }` or `{ path }` read from the final state.
 * `deepResolve` substitutes them inside nested JSON (scenario `add`, `set` values, reference solutions): an object
 * that is exactly one reference is replaced by its value, a string that is exactly `$name` / `@name` by the
 * parameter / computed value (keeping its type), and `$name` / `@name` / `{name}` inside longer strings by its text.
 */
import type { SimState } from '../core/state.js';
import { formatPlain } from './format.js';
import { type PathRefs, resolvePath } from './paths.js';
import type { Operand, ParamValue } from './types.js';

export interface OperandContext {
  params: Record<string, ParamValue>;
  computed: Record<string, unknown>;
  /** The state `{ path }` operands read (the final state when checking). */
  state?: SimState;
}

export type OperandRef = { param: string } | { computed: string } | { path: string };

/** True for `{ param }`, `{ computed }` or `{ path }` with a string and nothing else. */
export function isOperandRef(v: unknown): v is OperandRef {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  if (keys.length !== 1) return false;
  const k = keys[0]!;
  return (k === 'param' || k === 'computed' || k === 'path') && typeof (v as Record<string, unknown>)[k] === 'string';
}

export const refsOf = (ctx: OperandContext): PathRefs => ({
  param: (name) => ctx.params[name],
  computed: (name) => ctx.computed[name],
});

/** Resolves an operand; a text that is exactly `$name` / `@name` of a known parameter / computed value also counts. */
export function resolveOperand(op: Operand | undefined, ctx: OperandContext): unknown {
  if (typeof op === 'string') {
    const whole = WHOLE_REF.exec(op);
    if (whole) {
      const hit = lookup(ctx, whole[1]!, whole[2]!);
      if (hit.found) return hit.value;
    }
    return op;
  }
  if (!isOperandRef(op)) return op;
  if ('param' in op) return ctx.params[op.param];
  if ('computed' in op) return ctx.computed[op.computed];
  if (!ctx.state) throw new Error(`path operand ${op.path} needs a state`);
  const r = resolvePath(ctx.state, op.path, refsOf(ctx));
  return r.mapped ? r.values : r.values[0];
}

const WHOLE_REF = /^([$@])([A-Za-z_][A-Za-z0-9_]*)$/;
const EMBEDDED_REF = /([$@])([A-Za-z_][A-Za-z0-9_]*)|\{(@?)([A-Za-z_][A-Za-z0-9_]*)\}/g;

function lookup(ctx: OperandContext, sigil: string, name: string): { found: boolean; value?: unknown } {
  const table: Record<string, unknown> = sigil === '@' ? ctx.computed : ctx.params;
  return Object.hasOwn(table, name) ? { found: true, value: table[name] } : { found: false };
}

/** Substitutes references in one string (unknown names stay as written). */
export function resolveString(s: string, ctx: OperandContext): unknown {
  const whole = WHOLE_REF.exec(s);
  if (whole) {
    const hit = lookup(ctx, whole[1]!, whole[2]!);
    if (hit.found) return hit.value;
  }
  return s.replace(EMBEDDED_REF, (m, sigil?: string, name?: string, braceAt?: string, braceName?: string) => {
    const hit = name !== undefined ? lookup(ctx, sigil!, name) : lookup(ctx, braceAt ? '@' : '$', braceName!);
    return hit.found ? formatPlain(hit.value) : m;
  });
}

/** Resolves references anywhere in nested JSON; `extra` may resolve further string forms first (e.g. `#last:L`). */
export function deepResolve(value: unknown, ctx: OperandContext, extra?: (s: string) => unknown): unknown {
  if (typeof value === 'string') {
    if (extra) {
      const v = extra(value);
      if (v !== undefined) return v;
    }
    return resolveString(value, ctx);
  }
  if (Array.isArray(value)) return value.map((v) => deepResolve(v, ctx, extra));
  if (typeof value === 'object' && value !== null) {
    if (isOperandRef(value)) return resolveOperand(value, ctx);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = deepResolve(v, ctx, extra);
    return out;
  }
  return value;
}
