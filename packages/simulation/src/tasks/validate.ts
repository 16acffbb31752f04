/**
 * Validates a task definition on save: the structure (zod, bounded), then the meaning — every problem points at the
 * faulty place (`checks[2].assert.path`) with a message in Chinese and English.
 */
import { ACTION_TYPES } from '../core/action-schema.js';
import type { Loc } from '../core/result.js';
import { SCENARIO_BASES } from '../scenarios/build.js';
import { checkRegex, UNARY_OPS } from './compare.js';
import { argProblem, COMPUTATIONS } from './computations.js';
import { orderedComputations } from './computed-order.js';
import { isOperandRef } from './operands.js';
import type { Assertion, Operand, TaskDefinition, TaskProblem } from './types.js';
import { checkPath, checkRef, checkValueRefs, checkWhere, type Names, Problems, WHOLE_REF } from './validate-refs.js';
import { issuePath, taskDefinitionSchema } from './validate-schema.js';

export type TaskValidation = { ok: true; task: TaskDefinition } | { ok: false; problems: TaskProblem[] };

/** The rows of the 003 §4.2 skill weight table a task can count for. */
export const SKILL_WEIGHT_ITEMS: readonly string[] = [
  '产品及服务信息管理',
  '线上店铺设计与装修',
  '营销推广',
  '业务处理',
  '客户服务',
  '商务数据分析',
  '电子商务战略规划',
  '电子商务模式设计',
  '技术管理与培训',
];

export const SKILL_ITEM_PATTERN = /^L[1-5]\/F\d+(\/C\d+\.\d+(\/[SK]\d+\.\d+\.\d+)?)?$/;
const MAX_DEFINITION_CHARS = 1_000_000;
const MAX_ASSERTION_DEPTH = 6;
/** A quantified group that itself contains a quantifier: the shape of catastrophic backtracking. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]/;
function checkComparison(op: string, value: Operand | undefined, at: string, p: Problems): void {
  if (!UNARY_OPS.has(op as never) && value === undefined) {
    p.add(`${at}.value`, `比较“${op}”需要 value`, `comparison "${op}" needs a value`);
  }
  if (op === 'in' && value !== undefined && !isOperandRef(value) && !Array.isArray(value)) {
    p.add(`${at}.value`, '“in”的 value 应为列表', 'the value of "in" must be a list');
  }
  if (op === 'matches' && typeof value === 'string' && !WHOLE_REF.test(value)) {
    if (checkRegex(value) === null)
      p.add(`${at}.value`, `正则表达式无效：${value}`, `invalid regular expression: ${value}`);
    else if (NESTED_QUANTIFIER.test(value)) {
      p.add(
        `${at}.value`,
        `正则表达式含嵌套量词（如 (a+)+），对长输入可能极慢：${value}`,
        `the regular expression nests quantifiers (like (a+)+) and can be very slow on long input: ${value}`,
      );
    }
  }
  if ((op === 'lengthLte' || op === 'lengthGte') && typeof value !== 'number' && !isOperandRef(value)) {
    p.add(`${at}.value`, '长度比较的 value 应为数字', 'a length comparison needs a number');
  }
}

function checkAssertion(a: Assertion, at: string, names: Names, p: Problems, depth: number): void {
  if (depth > MAX_ASSERTION_DEPTH) {
    p.add(at, `组合断言嵌套超过 ${MAX_ASSERTION_DEPTH} 层`, `assertions nested deeper than ${MAX_ASSERTION_DEPTH}`);
    return;
  }
  switch (a.kind) {
    case 'path':
      checkPath(a.path, `${at}.path`, names, p);
      checkComparison(a.op, a.value, at, p);
      checkValueRefs(a.value, `${at}.value`, names, p);
      return;
    case 'count':
      checkPath(a.path, `${at}.path`, names, p);
      checkWhere(a.where, `${at}.where`, names, p);
      checkComparison(a.op, a.value, at, p);
      checkValueRefs(a.value, `${at}.value`, names, p);
      return;
    case 'listingValid':
    case 'declarationValid':
      checkPath(a.path, `${at}.path`, names, p);
      return;
    case 'action':
      if (!ACTION_TYPES.includes(a.type)) {
        p.add(`${at}.type`, `不存在的操作类型“${a.type}”`, `unknown action type "${a.type}"`);
      }
      checkWhere(a.where, `${at}.where`, names, p);
      if (a.op) checkComparison(a.op, a.value ?? 1, at, p);
      checkValueRefs(a.value, `${at}.value`, names, p);
      return;
    case 'reply':
      checkPath(a.path, `${at}.path`, names, p);
      for (const [list, items] of [
        ['required', a.rubric.required],
        ['forbidden', a.rubric.forbidden],
      ] as const) {
        for (const [i, item] of items.entries()) {
          for (const [j, phrase] of item.anyOf.entries()) {
            checkValueRefs(phrase, `${at}.rubric.${list}[${i}].anyOf[${j}]`, names, p);
          }
        }
      }
      if (a.rubric.minWords !== undefined && a.rubric.maxWords !== undefined && a.rubric.minWords > a.rubric.maxWords) {
        p.add(`${at}.rubric.minWords`, '最少词数大于最多词数', 'minWords is greater than maxWords');
      }
      return;
    case 'all':
    case 'any':
      for (const [i, x] of a.of.entries()) checkAssertion(x, `${at}.of[${i}]`, names, p, depth + 1);
      return;
    case 'not':
      checkAssertion(a.of, `${at}.of`, names, p, depth + 1);
      return;
  }
}

function checkPlaceholders(text: Loc, at: string, names: Names, p: Problems): void {
  for (const lang of ['zh', 'en'] as const) {
    for (const m of text[lang].matchAll(/\{(@?)([A-Za-z_][A-Za-z0-9_]*)\}/g)) {
      checkRef(m[1] ? 'computed' : 'param', m[2]!, `${at}.${lang}`, names, p);
    }
  }
}

function checkHeader(t: TaskDefinition, p: Problems): void {
  if (t.timeLimitMinutes < 5 || t.timeLimitMinutes > 240) {
    p.add('timeLimitMinutes', '时限应在 5–240 分钟之间', 'the time limit must be 5–240 minutes');
  }
  if (!SKILL_WEIGHT_ITEMS.includes(t.weightItem)) {
    p.add(
      'weightItem',
      `“${t.weightItem}”不是技能权重表中的职业功能`,
      `"${t.weightItem}" is not a row of the skill weight table`,
    );
  }
  t.skillItems.forEach((s, i) => {
    if (!SKILL_ITEM_PATTERN.test(s)) {
      p.add(
        `skillItems[${i}]`,
        `技能项编号“${s}”格式应如 L4/F2/C2.1/S2.1.1`,
        `skill item "${s}" must look like L4/F2/C2.1/S2.1.1`,
      );
    }
  });
  const base = SCENARIO_BASES.find((b) => b.id === t.scenario.base);
  if (!base) {
    const known = SCENARIO_BASES.map((b) => b.id).join(', ');
    p.add(
      'scenario.base',
      `未知的基础场景“${t.scenario.base}”（可选：${known}）`,
      `unknown base scenario "${t.scenario.base}" (one of ${known})`,
    );
  } else if (!base.marketplaces.includes(t.scenario.marketplace)) {
    p.add(
      'scenario.marketplace',
      `场景“${base.id}”不适用于 ${t.scenario.marketplace}`,
      `scenario "${base.id}" is not available for ${t.scenario.marketplace}`,
    );
  }
  for (const [name, spec] of Object.entries(t.params)) {
    if (spec.kind !== 'choice' && spec.min > spec.max) {
      p.add(`params.${name}.min`, '最小值大于最大值', 'min is greater than max');
    }
  }
}

function checkComputed(t: TaskDefinition, names: Names, p: Problems): void {
  const seen = new Set<string>();
  for (const [name, c] of orderedComputations(t.computed)) {
    const at = `computed.${name}`;
    const fn = COMPUTATIONS[c.fn];
    const local: Names = { ...names, computed: seen };
    if (!fn) {
      p.add(`${at}.fn`, `未知的计算函数“${c.fn}”`, `unknown computation "${c.fn}"`);
    } else {
      for (const arg of Object.keys(c.args)) {
        if (!fn.args[arg])
          p.add(`${at}.args.${arg}`, `计算函数 ${c.fn} 没有参数“${arg}”`, `${c.fn} has no argument "${arg}"`);
      }
      for (const [arg, spec] of Object.entries(fn.args)) {
        const v = c.args[arg];
        if (v === undefined || isOperandRef(v) || (typeof v === 'string' && WHOLE_REF.test(v))) {
          if (v === undefined && spec.required)
            p.add(`${at}.args.${arg}`, `缺少参数“${arg}”`, `missing argument "${arg}"`);
          continue;
        }
        if (spec.kind === 'parcel' && typeof v === 'object' && v !== null && !Array.isArray(v)) continue;
        const problem = argProblem(spec, v);
        if (problem) p.add(`${at}.args.${arg}`, problem.zh, problem.en);
      }
    }
    checkValueRefs(c.args, `${at}.args`, local, p);
    seen.add(name);
  }
}

function checkSolution(t: TaskDefinition, names: Names, p: Problems): void {
  (t.solution ?? []).forEach((step, i) => {
    const type = typeof step === 'object' && step !== null ? (step as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !ACTION_TYPES.includes(type)) {
      p.add(`solution[${i}].type`, `不存在的操作类型“${String(type)}”`, `unknown action type "${String(type)}"`);
    }
    checkValueRefs(step, `solution[${i}]`, names, p);
  });
}

export function validateTaskDefinition(input: unknown): TaskValidation {
  const p = new Problems();
  let size = 0;
  try {
    size = JSON.stringify(input)?.length ?? 0;
  } catch {
    p.add('', '任务定义不是合法的 JSON', 'the task definition is not valid JSON');
    return { ok: false, problems: p.list };
  }
  if (size > MAX_DEFINITION_CHARS) {
    p.add('', '任务定义过大（超过 1 MB）', 'the task definition is too large (over 1 MB)');
    return { ok: false, problems: p.list };
  }
  const parsed = taskDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const at = issuePath(issue.path);
      p.add(at, `字段 ${at || '(根)'} 不合法：${issue.message}`, `Invalid ${at || 'definition'}: ${issue.message}`);
    }
    return { ok: false, problems: p.list };
  }
  const t = parsed.data as TaskDefinition;
  const allComputed = new Set(Object.keys(t.computed ?? {}));
  const names: Names = { params: new Set(Object.keys(t.params)), computed: allComputed, allComputed };
  checkHeader(t, p);
  checkComputed(t, names, p);
  (t.scenario.set ?? []).forEach((s, i) => {
    checkPath(s.path, `scenario.set[${i}].path`, names, p);
    checkValueRefs(s.value, `scenario.set[${i}].value`, names, p, false);
  });
  for (const [k, items] of Object.entries(t.scenario.add ?? {})) {
    for (const [i, item] of (items ?? []).entries()) checkValueRefs(item, `scenario.add.${k}[${i}]`, names, p, false);
  }
  checkPlaceholders(t.instructions, 'instructions', names, p);
  const ids = new Map<string, number>();
  let total = 0;
  t.checks.forEach((c, i) => {
    const first = ids.get(c.id);
    if (first !== undefined) {
      p.add(
        `checks[${i}].id`,
        `检查项编号“${c.id}”与 checks[${first}] 重复`,
        `check id "${c.id}" repeats checks[${first}]`,
      );
    } else ids.set(c.id, i);
    total += c.points;
    checkAssertion(c.assert as Assertion, `checks[${i}].assert`, names, p, 1);
  });
  if (!(total > 0)) p.add('checks', '总分应大于 0', 'the total points must be above 0');
  checkSolution(t, names, p);
  return p.list.length ? { ok: false, problems: p.list } : { ok: true, task: t };
}
