/**
 * Task paths over the state (syntax in tasks/types.ts): `a.b[key=$param].c`, `[key=@computed]`, `[key=literal]`,
 * `[*]`, `[0]` (negative counts from the end), `.length`. A selector key may itself be dotted (`[buyer.country=US]`);
 * a literal may be quoted ('…' or "…") to hold `]` or spaces.
 */
import { cloneState } from '../core/clone.js';
import type { Loc } from '../core/result.js';

export type SelectorValue =
  | { kind: 'literal'; value: string }
  | { kind: 'param'; name: string }
  | { kind: 'computed'; name: string };

export type PathStep =
  | { kind: 'key'; name: string }
  | { kind: 'index'; index: number }
  | { kind: 'all' }
  | { kind: 'where'; key: string[]; value: SelectorValue };

export type PathParse = { ok: true; steps: PathStep[] } | { ok: false; error: Loc; at: number };

const NAME_STOP = new Set(['.', '[', ']', '=']);
const REF_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const fail = (at: number, zh: string, en: string): PathParse => ({
  ok: false,
  at,
  error: { zh: `路径第 ${at + 1} 个字符处：${zh}`, en: `Path at character ${at + 1}: ${en}` },
});

function readName(src: string, from: number): string {
  let i = from;
  while (i < src.length && !NAME_STOP.has(src[i]!) && !/\s/.test(src[i]!)) i++;
  return src.slice(from, i);
}

const MAX_PATH = 500;
const cache = new Map<string, PathParse>();

/** Parses a path; results are cached (tasks reuse the same few paths on every check run). */
export function parsePath(src: string): PathParse {
  const hit = cache.get(src);
  if (hit) return hit;
  const parsed = parseUncached(src);
  if (cache.size > 5000) cache.clear();
  cache.set(src, parsed);
  return parsed;
}

function parseUncached(src: string): PathParse {
  if (typeof src !== 'string' || src.length === 0) return fail(0, '路径为空', 'the path is empty');
  if (src.length > MAX_PATH) return fail(MAX_PATH, `路径超过 ${MAX_PATH} 个字符`, `longer than ${MAX_PATH} characters`);
  const steps: PathStep[] = [];
  let i = 0;
  let expectName = true;
  while (i < src.length) {
    const ch = src[i]!;
    if (expectName) {
      const name = readName(src, i);
      if (name.length === 0) return fail(i, `此处应为字段名，却是“${ch}”`, `expected a field name, found "${ch}"`);
      steps.push({ kind: 'key', name });
      i += name.length;
      expectName = false;
      continue;
    }
    if (ch === '.') {
      i++;
      expectName = true;
      if (i === src.length) return fail(i - 1, '路径不能以“.”结尾', 'the path cannot end with "."');
      continue;
    }
    if (ch !== '[') return fail(i, `此处应为“.”或“[”，却是“${ch}”`, `expected "." or "[", found "${ch}"`);
    const sel = parseSelector(src, i);
    if ('error' in sel) return sel.error;
    steps.push(sel.step);
    i = sel.next;
  }
  return { ok: true, steps };
}

function parseSelector(
  src: string,
  open: number,
): { step: PathStep; next: number } | { error: Extract<PathParse, { ok: false }> } {
  const err = (at: number, zh: string, en: string) => ({
    error: fail(at, zh, en) as Extract<PathParse, { ok: false }>,
  });
  const i = open + 1;
  if (src[i] === '*') {
    if (src[i + 1] !== ']') return err(i + 1, '“[*”后应为“]”', 'expected "]" after "[*"');
    return { step: { kind: 'all' }, next: i + 2 };
  }
  const indexMatch = /^-?\d+\]/.exec(src.slice(i));
  if (indexMatch) {
    return { step: { kind: 'index', index: Number(indexMatch[0].slice(0, -1)) }, next: i + indexMatch[0].length };
  }
  const eq = src.indexOf('=', i);
  const close = src.indexOf(']', i);
  if (close < 0) return err(open, '缺少“]”', 'missing "]"');
  if (eq < 0 || eq > close)
    return err(i, '选择器应为 [*]、[数字] 或 [字段=值]', 'a selector is [*], [number] or [field=value]');
  const keySrc = src.slice(i, eq);
  const key = keySrc.split('.');
  if (key.some((k) => k.length === 0 || /[[\]\s]/.test(k)))
    return err(i, `选择器字段“${keySrc}”不合法`, `invalid selector field "${keySrc}"`);
  let j = eq + 1;
  const quote = src[j];
  let raw: string;
  let quoted = false;
  if (quote === "'" || quote === '"') {
    const end = src.indexOf(quote, j + 1);
    if (end < 0) return err(j, '引号未闭合', 'unclosed quote');
    raw = src.slice(j + 1, end);
    quoted = true;
    j = end + 1;
    if (src[j] !== ']') return err(j, '引号后应为“]”', 'expected "]" after the quoted value');
  } else {
    const end = src.indexOf(']', j);
    raw = src.slice(j, end);
    j = end;
  }
  if (!quoted && raw.length === 0) return err(eq + 1, '“=”后缺少值', 'missing value after "="');
  let value: SelectorValue = { kind: 'literal', value: raw };
  if (!quoted && (raw.startsWith('$') || raw.startsWith('@'))) {
    const name = raw.slice(1);
    if (!REF_NAME.test(name)) return err(eq + 1, `引用名“${raw}”不合法`, `invalid reference "${raw}"`);
    value = raw.startsWith('$') ? { kind: 'param', name } : { kind: 'computed', name };
  }
  return { step: { kind: 'where', key, value }, next: j + 1 };
}

/** Parameter and computed names a parsed path refers to (for validation). */
export function pathRefs(steps: PathStep[]): { params: string[]; computed: string[] } {
  const params: string[] = [];
  const computed: string[] = [];
  for (const s of steps) {
    if (s.kind !== 'where') continue;
    if (s.value.kind === 'param') params.push(s.value.name);
    if (s.value.kind === 'computed') computed.push(s.value.name);
  }
  return { params, computed };
}

// ── resolving ────────────────────────────────────────────────────────────────────────────────────────────

/** Looks up `$param` and `@computed` values while resolving a path. */
export interface PathRefs {
  param(name: string): unknown;
  computed(name: string): unknown;
}

export interface PathResult {
  /** One value for a plain path; every matched element for a path with `[*]`. */
  values: unknown[];
  mapped: boolean;
  /** Why the path led nowhere (first miss), for the check's detail. */
  miss?: Loc;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Primitive equality that also matches numbers with their decimal text (`[id=3]`, `{ qty: '2' }`). */
export function looseEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const pa = typeof a === 'string' || typeof a === 'number' || typeof a === 'boolean';
  const pb = typeof b === 'string' || typeof b === 'number' || typeof b === 'boolean';
  return pa && pb && String(a) === String(b);
}

function field(v: unknown, name: string): unknown {
  if (Array.isArray(v) || typeof v === 'string') {
    if (name === 'length') return v.length;
    return undefined;
  }
  return isRecord(v) && Object.hasOwn(v, name) ? v[name] : undefined;
}

/** Reads a dotted key (`buyer.country`, `shipmentIds.length`) of one element. */
export function readDotted(v: unknown, key: readonly string[]): unknown {
  let cur = v;
  for (const k of key) cur = field(cur, k);
  return cur;
}

function selectorValue(value: SelectorValue, refs: PathRefs): unknown {
  if (value.kind === 'literal') return value.value;
  return value.kind === 'param' ? refs.param(value.name) : refs.computed(value.name);
}

const describeStep = (s: PathStep, refs: PathRefs): string =>
  s.kind === 'key'
    ? s.name
    : s.kind === 'index'
      ? `[${s.index}]`
      : s.kind === 'all'
        ? '[*]'
        : `[${s.key.join('.')}=${String(selectorValue(s.value, refs))}]`;

/** Resolves parsed steps from `root`. */
export function resolveSteps(root: unknown, steps: readonly PathStep[], refs: PathRefs): PathResult {
  let values: unknown[] = [root];
  let mapped = false;
  let miss: Loc | undefined;
  let seen = '';
  for (const step of steps) {
    const next: unknown[] = [];
    for (const v of values) {
      if (step.kind === 'key') next.push(field(v, step.name));
      else if (step.kind === 'index') {
        next.push(Array.isArray(v) ? v[step.index < 0 ? v.length + step.index : step.index] : undefined);
      } else if (step.kind === 'all') {
        if (Array.isArray(v)) next.push(...v);
      } else {
        const want = selectorValue(step.value, refs);
        next.push(Array.isArray(v) ? v.find((e) => looseEquals(readDotted(e, step.key), want)) : undefined);
      }
    }
    if (step.kind === 'all') mapped = true;
    const label = describeStep(step, refs);
    if (!miss && step.kind === 'where' && next.every((x) => x === undefined)) {
      miss = { zh: `${seen || '(根)'} 中没有 ${label} 的元素`, en: `no element ${label} in ${seen || '(root)'}` };
    }
    seen = seen && step.kind === 'key' ? `${seen}.${label}` : `${seen}${label}`;
    values = next;
  }
  return miss ? { values, mapped, miss } : { values, mapped };
}

/** Parses and resolves; throws on a syntax error (definitions are validated before they are used). */
export function resolvePath(root: unknown, path: string, refs: PathRefs): PathResult {
  const parsed = parsePath(path);
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error.en}`);
  return resolveSteps(root, parsed.steps, refs);
}

/**
 * Sets `value` at a path (the scenario's `set`): every step but the last selects the parent(s), the last must be a
 * field name or an index. Returns how many places were set (0 when the parent does not exist).
 */
export function setAtPath(root: unknown, path: string, value: unknown, refs: PathRefs): number {
  const parsed = parsePath(path);
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error.en}`);
  const last = parsed.steps[parsed.steps.length - 1]!;
  if (last.kind !== 'key' && last.kind !== 'index') throw new Error(`${path}: the last step must be a field or index`);
  const parents = resolveSteps(root, parsed.steps.slice(0, -1), refs).values;
  let count = 0;
  for (const p of parents) {
    if (last.kind === 'key' && isRecord(p) && !Array.isArray(p)) {
      p[last.name] = cloneState(value);
      count++;
    } else if (last.kind === 'index' && Array.isArray(p)) {
      const at = last.index < 0 ? p.length + last.index : last.index;
      if (at >= 0 && at <= p.length) {
        p[at] = cloneState(value);
        count++;
      }
    }
  }
  return count;
}
