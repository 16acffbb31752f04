/**
 * Evaluates one Assertion (tasks/types.ts) against the final state and the action log. Every result says what was
 * seen, in Chinese and English, so trainees and examiners can tell why a check passed or failed.
 */
import type { Loc, RuleViolation } from '../core/result.js';
import type { SimEnv } from '../core/rules.js';
import type { CustomsDeclaration, Listing, MessageThread, SimState } from '../core/state.js';
import { compareValues, describeComparison } from './compare.js';
import { formatValue } from './format.js';
import { type OperandContext, refsOf, resolveOperand, resolveString } from './operands.js';
import { type PathResult, readDotted, resolvePath } from './paths.js';
import type { CheckServices } from './services.js';
import type { Assertion, CompareOp, LoggedAction, Operand, ParamValue } from './types.js';

export interface AssertionContext {
  /** The final state. */
  state: SimState;
  log: readonly LoggedAction[];
  params: Record<string, ParamValue>;
  computed: Record<string, unknown>;
  /** Rule sets in force for the final state. */
  env: SimEnv;
  services: CheckServices;
}

export interface AssertionOutcome {
  passed: boolean;
  detail: Loc;
}

const operandCtx = (ctx: AssertionContext): OperandContext => ({
  params: ctx.params,
  computed: ctx.computed,
  state: ctx.state,
});

const outcome = (passed: boolean, zh: string, en: string): AssertionOutcome => ({ passed, detail: { zh, en } });

function selected(ctx: AssertionContext, path: string): { items: unknown[]; result: PathResult } {
  const result = resolvePath(ctx.state, path, refsOf(ctx));
  const items = result.values.filter((v) => v !== undefined && v !== null);
  return { items, result };
}

function nothingSelected(path: string, result: PathResult): AssertionOutcome {
  const why = result.miss ?? { zh: '没有选中任何元素', en: 'nothing selected' };
  return outcome(false, `${path}：${why.zh}`, `${path}: ${why.en}`);
}

function evalPath(a: Extract<Assertion, { kind: 'path' }>, ctx: AssertionContext): AssertionOutcome {
  const expected = resolveOperand(a.value, operandCtx(ctx));
  const { values, mapped, miss } = resolvePath(ctx.state, a.path, refsOf(ctx));
  if (mapped) {
    if (values.length === 0) return outcome(false, `${a.path}：列表为空`, `${a.path}: the list is empty`);
    const bad = values.findIndex((v) => !compareValues(v, a.op, expected, a.tolerance));
    if (bad < 0) {
      return outcome(true, `${a.path}：全部 ${values.length} 项满足`, `${a.path}: all ${values.length} pass`);
    }
    const d = describeComparison(values[bad], a.op, expected, a.tolerance);
    return outcome(false, `${a.path} 第 ${bad + 1} 项：${d.zh}`, `${a.path} item ${bad + 1}: ${d.en}`);
  }
  const actual = values[0];
  const passed = compareValues(actual, a.op, expected, a.tolerance);
  const d = describeComparison(actual, a.op, expected, a.tolerance);
  const why = !passed && miss ? { zh: `（${miss.zh}）`, en: ` (${miss.en})` } : { zh: '', en: '' };
  return outcome(passed, `${a.path}：${d.zh}${why.zh}`, `${a.path}: ${d.en}${why.en}`);
}

/** Whether one element's fields equal `where` (dot keys; a list value means "one of"). */
export function matchesWhere(item: unknown, where: Record<string, Operand> | undefined, ctx: OperandContext): boolean {
  if (!where) return true;
  for (const [key, op] of Object.entries(where)) {
    const want = resolveOperand(op, ctx);
    const have = readDotted(item, key.split('.'));
    const ok =
      Array.isArray(want) && !Array.isArray(have) ? compareValues(have, 'in', want) : compareValues(have, 'eq', want);
    if (!ok) return false;
  }
  return true;
}

const whereText = (where: Record<string, Operand> | undefined, ctx: OperandContext): string =>
  where
    ? Object.entries(where)
        .map(([k, v]) => `${k}=${formatValue(resolveOperand(v, ctx))}`)
        .join(', ')
    : '';

function evalCount(a: Extract<Assertion, { kind: 'count' }>, ctx: AssertionContext): AssertionOutcome {
  const octx = operandCtx(ctx);
  const { values, mapped, miss } = resolvePath(ctx.state, a.path, refsOf(ctx));
  const list = mapped ? values : Array.isArray(values[0]) ? (values[0] as unknown[]) : null;
  if (!list) {
    const why = miss ?? { zh: '不是列表', en: 'not a list' };
    return outcome(false, `${a.path}：${why.zh}`, `${a.path}: ${why.en}`);
  }
  const n = list.filter((item) => matchesWhere(item, a.where, octx)).length;
  const expected = resolveOperand(a.value, octx);
  const passed = compareValues(n, a.op, expected);
  const d = describeComparison(n, a.op, expected);
  const w = whereText(a.where, octx);
  return outcome(
    passed,
    `${a.path}${w ? `（${w}）` : ''} 的数量：${d.zh}`,
    `count of ${a.path}${w ? ` where ${w}` : ''}: ${d.en}`,
  );
}

function violationsText(vs: RuleViolation[]): { zh: string; en: string } {
  const shown = vs.slice(0, 3);
  const more = vs.length > 3 ? vs.length - 3 : 0;
  return {
    zh: shown.map((v) => `${v.field}：${v.message.zh}`).join('；') + (more ? `；另有 ${more} 项` : ''),
    en: shown.map((v) => `${v.field}: ${v.message.en}`).join('; ') + (more ? `; ${more} more` : ''),
  };
}

function ruleIgnored(rule: string, ignore: readonly string[] | undefined): boolean {
  return !!ignore?.some((r) => rule === r || rule.startsWith(`${r}.`));
}

function evalValidity(
  path: string,
  items: unknown[],
  result: PathResult,
  check: (item: unknown) => RuleViolation[],
  what: Loc,
): AssertionOutcome {
  if (items.length === 0) return nothingSelected(path, result);
  for (const [i, item] of items.entries()) {
    const problems = check(item);
    if (problems.length > 0) {
      const t = violationsText(problems);
      const at = items.length > 1 ? { zh: `第 ${i + 1} 项`, en: ` item ${i + 1}` } : { zh: '', en: '' };
      return outcome(
        false,
        `${what.zh}${at.zh}有 ${problems.length} 处不符合规则：${t.zh}`,
        `${what.en}${at.en} breaks ${problems.length} rule(s): ${t.en}`,
      );
    }
  }
  return outcome(true, `${what.zh}符合平台规则`, `${what.en} meets the marketplace rules`);
}

function evalAction(a: Extract<Assertion, { kind: 'action' }>, ctx: AssertionContext): AssertionOutcome {
  const octx = operandCtx(ctx);
  const wantOk = a.refused !== true;
  const n = ctx.log.filter(
    (e) => e.action.type === a.type && e.ok === wantOk && matchesWhere(e.action, a.where, octx),
  ).length;
  const op: CompareOp = a.op ?? 'gte';
  const expected = a.value === undefined ? 1 : resolveOperand(a.value, octx);
  const passed = compareValues(n, op, expected);
  const d = describeComparison(n, op, expected);
  const w = whereText(a.where, octx);
  const kind = wantOk ? { zh: '成功的', en: 'successful' } : { zh: '被拒绝的', en: 'refused' };
  return outcome(
    passed,
    `${kind.zh} ${a.type}${w ? `（${w}）` : ''} 次数：${d.zh}`,
    `${kind.en} ${a.type}${w ? ` where ${w}` : ''}: ${d.en}`,
  );
}

function evalReply(a: Extract<Assertion, { kind: 'reply' }>, ctx: AssertionContext): AssertionOutcome {
  const { items, result } = selected(ctx, a.path);
  const thread = items[0] as MessageThread | undefined;
  if (!thread || !Array.isArray(thread.messages)) return nothingSelected(a.path, result);
  const octx = operandCtx(ctx);
  return ctx.services.evaluateReply(thread, a.rubric, (s) => String(resolveString(s, octx)));
}

export function evaluateAssertion(a: Assertion, ctx: AssertionContext): AssertionOutcome {
  switch (a.kind) {
    case 'path':
      return evalPath(a, ctx);
    case 'count':
      return evalCount(a, ctx);
    case 'listingValid': {
      const { items, result } = selected(ctx, a.path);
      const check = (l: unknown) =>
        ctx.services
          .validateListing(l as Listing, ctx.env.rules, ctx.state)
          .filter((v) => !ruleIgnored(v.rule, a.ignoreRules));
      return evalValidity(a.path, items, result, check, { zh: '商品', en: 'The listing' });
    }
    case 'declarationValid': {
      const { items, result } = selected(ctx, a.path);
      const check = (d: unknown) => ctx.services.validateDeclaration(d as CustomsDeclaration, ctx.env, ctx.state);
      return evalValidity(a.path, items, result, check, { zh: '报关单', en: 'The declaration' });
    }
    case 'action':
      return evalAction(a, ctx);
    case 'reply':
      return evalReply(a, ctx);
    case 'all': {
      const parts = a.of.map((x) => evaluateAssertion(x, ctx));
      const bad = parts.find((p) => !p.passed);
      if (bad) return bad;
      return {
        passed: true,
        detail: { zh: parts.map((p) => p.detail.zh).join('；'), en: parts.map((p) => p.detail.en).join('; ') },
      };
    }
    case 'any': {
      const parts = a.of.map((x) => evaluateAssertion(x, ctx));
      const good = parts.find((p) => p.passed);
      if (good) return good;
      return {
        passed: false,
        detail: {
          zh: `均不满足：${parts.map((p) => p.detail.zh).join('；')}`,
          en: `none holds: ${parts.map((p) => p.detail.en).join('; ')}`,
        },
      };
    }
    case 'not': {
      const inner = evaluateAssertion(a.of, ctx);
      return {
        passed: !inner.passed,
        detail: { zh: `不应成立：${inner.detail.zh}`, en: `must not hold: ${inner.detail.en}` },
      };
    }
  }
}
