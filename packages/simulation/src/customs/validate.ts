/**
 * Checks an export declaration (报关单 / 9610 清单) against the customs rules: the 10-digit commodity code and the
 * declaration elements it requires, quantities, values, currency and origin, the header fields of the supervision
 * mode, and freight and insurance against the Incoterm.
 */
import type { Loc, RuleViolation } from '../core/result.js';
import type { CustomsDeclaration, SimState } from '../core/state.js';
import { requiredElementsFor } from './rules.js';
import type { CustomsRuleSet, DeclarationFieldRule } from './rules-types.js';

const v = (rule: string, field: string, zh: string, en: string): RuleViolation => ({
  rule,
  field,
  message: { zh, en } as Loc,
});

const isBlank = (x: unknown): boolean => x === undefined || x === null || String(x).trim() === '';

/** YYYYMMDDhhmmss with a real calendar date and time. */
export function isDeclarationTime(s: string): boolean {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, se] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth && h < 24 && mi < 60 && se < 60;
}

function checkField(rule: DeclarationFieldRule, raw: string | number | undefined, required: boolean): RuleViolation[] {
  const field = `fields.${rule.key}`;
  const name = rule.label;
  if (isBlank(raw))
    return required ? [v('field.required', field, `缺少必填项：${name.zh}`, `${name.en} is required`)] : [];
  const value = String(raw).trim();
  if (rule.kind === 'number' || rule.kind === 'integer') {
    const n = Number(value);
    const ok = Number.isFinite(n) && n >= 0 && (rule.kind === 'number' || (Number.isInteger(n) && n >= 1));
    return ok
      ? []
      : [
          v(
            'field.number',
            field,
            `${name.zh} 须为${rule.kind === 'integer' ? '正整数' : '非负数'}`,
            `${name.en} must be a ${rule.kind === 'integer' ? 'positive whole number' : 'number ≥ 0'}`,
          ),
        ];
  }
  if (rule.pattern && !new RegExp(rule.pattern).test(value)) {
    return [v('field.pattern', field, `${name.zh} 格式不正确：${value}`, `${name.en} has the wrong format: ${value}`)];
  }
  if (rule.kind === 'datetime' && !isDeclarationTime(value)) {
    return [
      v(
        'field.datetime',
        field,
        `${name.zh} 不是有效时间（YYYYMMDDhhmmss）：${value}`,
        `${name.en} is not a valid time (YYYYMMDDhhmmss): ${value}`,
      ),
    ];
  }
  if (rule.options && !rule.options.includes(value)) {
    return [
      v(
        'field.option',
        field,
        `${name.zh} 只能是：${rule.options.join('、')}`,
        `${name.en} must be one of ${rule.options.join(', ')}`,
      ),
    ];
  }
  return [];
}

function checkIncoterm(decl: CustomsDeclaration, rules: CustomsRuleSet): RuleViolation[] {
  const term = String(decl.fields.incoterm ?? '').trim();
  const costs = rules.incotermCosts[term];
  if (!costs) return [];
  const out: RuleViolation[] = [];
  for (const key of ['freight', 'insurance'] as const) {
    const amount = Number(decl.fields[key] ?? 0);
    const stated = !isBlank(decl.fields[key]) && amount > 0;
    const zh = key === 'freight' ? '运费' : '保费';
    if (costs[key] === 'required' && !stated) {
      out.push(
        v(
          `incoterm.${key}Required`,
          `fields.${key}`,
          `成交方式 ${term} 须填报${zh}`,
          `Incoterm ${term} requires the ${key}`,
        ),
      );
    }
    if (costs[key] === 'forbidden' && stated) {
      out.push(
        v(
          `incoterm.${key}Forbidden`,
          `fields.${key}`,
          `成交方式 ${term} 不应填报${zh}`,
          `Incoterm ${term} must not state ${key}`,
        ),
      );
    }
  }
  return out;
}

function checkLines(decl: CustomsDeclaration, rules: CustomsRuleSet, state: SimState): RuleViolation[] {
  if (decl.lines.length === 0)
    return [v('lines.required', 'lines', '报关单至少须有一项商品', 'The declaration needs at least one line')];
  const orderedCodes = new Set(
    state.orders
      .filter((o) => decl.orderIds.includes(o.id))
      .flatMap((o) => o.lines.map((l) => state.products.find((p) => p.sku === l.sku)?.hsCode))
      .filter((c): c is string => typeof c === 'string'),
  );
  const out: RuleViolation[] = [];
  decl.lines.forEach((line, i) => {
    const at = (k: string) => `lines[${i}].${k}`;
    const n = i + 1;
    if (!/^\d{10}$/.test(line.hsCode)) {
      out.push(
        v(
          'line.hsCode',
          at('hsCode'),
          `第 ${n} 项：商品编码须为 10 位数字（${line.hsCode}）`,
          `Line ${n}: the commodity code must have 10 digits (${line.hsCode})`,
        ),
      );
    } else {
      if (orderedCodes.size > 0 && !orderedCodes.has(line.hsCode)) {
        out.push(
          v(
            'line.hsCodeMismatch',
            at('hsCode'),
            `第 ${n} 项：商品编码 ${line.hsCode} 与订单商品不符`,
            `Line ${n}: commodity code ${line.hsCode} does not match the ordered goods`,
          ),
        );
      }
      for (const element of requiredElementsFor(rules, line.hsCode)) {
        if (isBlank(line.elements[element])) {
          out.push(
            v(
              'line.element',
              at(`elements.${element}`),
              `第 ${n} 项：缺少申报要素“${element}”`,
              `Line ${n}: declaration element "${element}" is missing`,
            ),
          );
        }
      }
    }
    if (isBlank(line.nameCn))
      out.push(v('line.nameCn', at('nameCn'), `第 ${n} 项：缺少商品名称`, `Line ${n}: product name is missing`));
    if (!(line.qty > 0))
      out.push(v('line.qty', at('qty'), `第 ${n} 项：数量须大于 0`, `Line ${n}: quantity must be above 0`));
    if (isBlank(line.unit))
      out.push(v('line.unit', at('unit'), `第 ${n} 项：缺少计量单位`, `Line ${n}: unit is missing`));
    if (!(line.unitValue > 0))
      out.push(
        v('line.unitValue', at('unitValue'), `第 ${n} 项：单价须大于 0`, `Line ${n}: unit value must be above 0`),
      );
    if (!rules.currencies.includes(line.currency)) {
      out.push(
        v(
          'line.currency',
          at('currency'),
          `第 ${n} 项：币制 ${line.currency} 不合法`,
          `Line ${n}: currency ${line.currency} is not accepted`,
        ),
      );
    }
    if (!/^[A-Z]{2,3}$/.test(line.originCountry)) {
      out.push(
        v(
          'line.origin',
          at('originCountry'),
          `第 ${n} 项：原产国（地区）代码不正确`,
          `Line ${n}: origin country code is invalid`,
        ),
      );
    }
  });
  return out;
}

/** Every problem of the declaration under the rules; empty when customs would release it. */
export function validateDeclaration(decl: CustomsDeclaration, rules: CustomsRuleSet, state: SimState): RuleViolation[] {
  if (!rules.modes.some((m) => m.code === decl.mode)) {
    return [v('mode.unknown', 'mode', `监管方式 ${decl.mode} 不存在`, `Unknown supervision mode ${decl.mode}`)];
  }
  const out: RuleViolation[] = [];
  for (const rule of rules.fields)
    out.push(...checkField(rule, decl.fields[rule.key], rule.requiredFor.includes(decl.mode)));
  out.push(...checkIncoterm(decl, rules));
  const gross = Number(decl.fields.grossWeightKg);
  const net = Number(decl.fields.netWeightKg);
  if (!isBlank(decl.fields.netWeightKg) && Number.isFinite(gross) && net > gross) {
    out.push(v('field.netWeight', 'fields.netWeightKg', '净重不能大于毛重', 'Net weight cannot exceed gross weight'));
  }
  for (const [i, id] of decl.orderIds.entries()) {
    if (!state.orders.some((o) => o.id === id))
      out.push(v('orderIds.unknown', `orderIds[${i}]`, `订单 ${id} 不存在`, `Order ${id} not found`));
  }
  out.push(...checkLines(decl, rules, state));
  return out;
}
