/** Checks one form value against its field rule (registration and store settings share this). */
import type { RuleViolation } from '../core/result.js';
import type { FieldRule } from '../core/rules.js';

export type FieldValue = string | number | boolean;

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[A-Za-z]{2,24}$/;
const PHONE = /^\+?[0-9][0-9 -]{6,19}$/;

const violation = (rule: string, field: string, zh: string, en: string): RuleViolation => ({
  rule,
  field,
  message: { zh, en },
});

const isBlank = (value: FieldValue | undefined): boolean =>
  value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * The value stored for a field: numbers for number fields (forms send text), booleans for boolean fields, trimmed
 * text otherwise. Returns the original when it cannot be converted (the check then reports it).
 */
export function normalizeFieldValue(rule: FieldRule, value: FieldValue): FieldValue {
  if (rule.kind === 'number' && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  if (rule.kind === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return typeof value === 'string' ? value.trim() : value;
}

/** The first problem of a value, or null. `value` undefined means the field was not given. */
export function checkFieldValue(rule: FieldRule, raw: FieldValue | undefined, field = rule.key): RuleViolation | null {
  const { zh: lz, en: le } = rule.label;
  if (isBlank(raw)) {
    return rule.required ? violation('field.required', field, `${lz}为必填项`, `${le} is required`) : null;
  }
  const value = normalizeFieldValue(rule, raw as FieldValue);
  if (rule.kind === 'boolean') {
    return typeof value === 'boolean'
      ? null
      : violation('field.boolean', field, `${lz}应为“是”或“否”`, `${le} must be true or false`);
  }
  if (rule.kind === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return violation('field.number', field, `${lz}应为数字`, `${le} must be a number`);
    }
    if (rule.min !== undefined && value < rule.min) {
      return violation(
        'field.min',
        field,
        `${lz}为 ${value}，不能小于 ${rule.min}`,
        `${le} is ${value}; the minimum is ${rule.min}`,
      );
    }
    if (rule.max !== undefined && value > rule.max) {
      return violation(
        'field.max',
        field,
        `${lz}为 ${value}，不能大于 ${rule.max}`,
        `${le} is ${value}; the maximum is ${rule.max}`,
      );
    }
    return null;
  }
  const text = String(value);
  const length = [...text].length;
  if (rule.minLength !== undefined && length < rule.minLength) {
    return violation(
      'field.minLength',
      field,
      `${lz}为 ${length} 个字符，至少需要 ${rule.minLength} 个`,
      `${le} has ${length} characters; at least ${rule.minLength} are required`,
    );
  }
  if (rule.maxLength !== undefined && length > rule.maxLength) {
    return violation(
      'field.maxLength',
      field,
      `${lz}为 ${length} 个字符，超过上限 ${rule.maxLength}`,
      `${le} has ${length} characters; the maximum is ${rule.maxLength}`,
    );
  }
  if (rule.kind === 'email' && !EMAIL.test(text)) {
    return violation(
      'field.email',
      field,
      `${lz}不是有效的邮箱地址：${text}`,
      `${le} is not a valid email address: ${text}`,
    );
  }
  if (rule.kind === 'phone' && !PHONE.test(text)) {
    return violation(
      'field.phone',
      field,
      `${lz}不是有效的电话号码：${text}`,
      `${le} is not a valid phone number: ${text}`,
    );
  }
  if (rule.kind === 'country' && !/^[A-Z]{2}$/.test(text)) {
    return violation(
      'field.country',
      field,
      `${lz}应为两位国家代码（如 US）：${text}`,
      `${le} must be a two-letter country code (e.g. US): ${text}`,
    );
  }
  if (rule.kind === 'enum' && rule.options && !rule.options.some((o) => o.value === text)) {
    const allowed = rule.options.map((o) => o.value).join(' / ');
    return violation(
      'field.option',
      field,
      `${lz}的值“${text}”不在可选范围内（${allowed}）`,
      `${le} "${text}" is not one of ${allowed}`,
    );
  }
  if (rule.pattern !== undefined && !new RegExp(rule.pattern).test(text)) {
    const hint = rule.hint ? { zh: `（${rule.hint.zh}）`, en: ` (${rule.hint.en})` } : { zh: '', en: '' };
    return violation('field.pattern', field, `${lz}格式不正确${hint.zh}`, `${le} has the wrong format${hint.en}`);
  }
  return null;
}

export function unknownFieldViolation(key: string): RuleViolation {
  return violation('field.unknown', key, `未知字段：${key}`, `Unknown field: ${key}`);
}
