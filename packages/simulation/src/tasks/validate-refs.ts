/** Reference checks of task validation: `$param` / `@computed` names, path syntax, operands (validate.ts). */
import { isOperandRef } from './operands.js';
import { parsePath, pathRefs } from './paths.js';
import type { Operand, TaskProblem } from './types.js';

export const WHOLE_REF = /^([$@])([A-Za-z_][A-Za-z0-9_]*)$/;

export class Problems {
  readonly list: TaskProblem[] = [];
  add(path: string, zh: string, en: string): void {
    this.list.push({ path, message: { zh, en } });
  }
}

export interface Names {
  params: Set<string>;
  /**
   * Computed names visible at this point: all of them for checks; inside `computed`, the ones worked out before
   * this one in dependency order (see computed-order.ts) — a name missing there is part of a cycle.
   */
  computed: Set<string>;
  allComputed: Set<string>;
}

export function checkRef(kind: 'param' | 'computed', name: string, at: string, names: Names, p: Problems): void {
  if (kind === 'param' && !names.params.has(name)) {
    p.add(at, `引用了不存在的参数“${name}”`, `unknown parameter "${name}"`);
  } else if (kind === 'computed' && !names.computed.has(name)) {
    if (names.allComputed.has(name)) {
      p.add(at, `计算值“${name}”与本值循环引用`, `computed value "${name}" and this one refer to each other (a cycle)`);
    } else p.add(at, `引用了不存在的计算值“${name}”`, `unknown computed value "${name}"`);
  }
}

export function checkPath(path: string, at: string, names: Names, p: Problems): void {
  const parsed = parsePath(path);
  if (!parsed.ok) {
    p.add(at, parsed.error.zh, parsed.error.en);
    return;
  }
  const refs = pathRefs(parsed.steps);
  for (const n of refs.params) checkRef('param', n, at, names, p);
  for (const n of refs.computed) checkRef('computed', n, at, names, p);
}

/** References anywhere in a JSON value: ref objects, whole-string `$x` / `@x`, `{ path }` syntax. */
export function checkValueRefs(v: unknown, at: string, names: Names, p: Problems, allowComputed = true): void {
  if (typeof v === 'string') {
    const m = WHOLE_REF.exec(v);
    if (m) {
      if (m[1] === '@' && !allowComputed) {
        p.add(
          at,
          '场景中不能使用计算值（计算值在场景建好后才求出）',
          'the scenario cannot use computed values (they are worked out after it is built)',
        );
      } else checkRef(m[1] === '$' ? 'param' : 'computed', m[2]!, at, names, p);
    }
    return;
  }
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) checkValueRefs(x, `${at}[${i}]`, names, p, allowComputed);
    return;
  }
  if (typeof v !== 'object' || v === null) return;
  if (isOperandRef(v)) {
    if ('param' in v) checkRef('param', v.param, `${at}.param`, names, p);
    else if ('computed' in v) {
      if (!allowComputed) {
        p.add(
          `${at}.computed`,
          '场景中不能使用计算值（计算值在场景建好后才求出）',
          'the scenario cannot use computed values (they are worked out after it is built)',
        );
      } else checkRef('computed', v.computed, `${at}.computed`, names, p);
    } else checkPath(v.path, `${at}.path`, names, p);
    return;
  }
  for (const [k, x] of Object.entries(v)) checkValueRefs(x, `${at}.${k}`, names, p, allowComputed);
}

export function checkWhere(where: Record<string, Operand> | undefined, at: string, names: Names, p: Problems): void {
  for (const [key, value] of Object.entries(where ?? {})) {
    if (key.split('.').some((k) => k === '' || /[[\]=\s]/.test(k))) {
      p.add(`${at}.${key}`, `条件字段“${key}”应为点分字段名`, `condition key "${key}" must be a dotted field name`);
    }
    checkValueRefs(value, `${at}.${key}`, names, p);
  }
}
