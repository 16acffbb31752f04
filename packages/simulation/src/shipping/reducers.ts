import { nextId } from '../core/ids.js';
import type { ReducerMap } from '../core/reducer.js';
import { refuse } from '../core/result.js';
import type { SimEnv } from '../core/rules.js';
import type { ShippingRule, ShippingTemplate, SimState } from '../core/state.js';
import { validateShippingRules } from './validate.js';

export const MAX_SHIPPING_TEMPLATES = 50;

function templateOrRefuse(draft: SimState, id: string): ShippingTemplate {
  const found = draft.shippingTemplates.find((t) => t.id === id);
  return (
    found ?? refuse('SHIPPING_TEMPLATE_NOT_FOUND', `运费模板 ${id} 不存在`, `No shipping template ${id}`, 'templateId')
  );
}

function checkName(draft: SimState, name: string, selfId?: string): string {
  const trimmed = name.trim();
  if (trimmed === '')
    refuse('SHIPPING_TEMPLATE_NAME_REQUIRED', '请填写模板名称', 'The template name is required', 'name');
  if (draft.shippingTemplates.some((t) => t.id !== selfId && t.name.trim().toLowerCase() === trimmed.toLowerCase())) {
    refuse(
      'SHIPPING_TEMPLATE_NAME_TAKEN',
      `已有名为“${trimmed}”的运费模板`,
      `A template named "${trimmed}" already exists`,
      'name',
    );
  }
  return trimmed;
}

/** Handling days within the marketplace's store-setting limits (the same limits as the store's handling time). */
function checkHandlingDays(env: SimEnv, days: number): void {
  const rule = env.rules.settingFields.find((f) => f.key === 'handlingDays');
  const min = rule?.min ?? 0;
  const max = rule?.max ?? 30;
  if (!Number.isInteger(days) || days < min || days > max) {
    refuse(
      'SHIPPING_HANDLING_DAYS',
      `备货期 ${days} 天，应为 ${min}–${max} 天的整数`,
      `Handling time ${days} days; must be a whole number ${min}–${max}`,
      'handlingDays',
    );
  }
}

function checkRules(env: SimEnv, rules: ShippingRule[]): ShippingRule[] {
  const problem = validateShippingRules(rules, env)[0];
  if (problem) refuse('SHIPPING_TEMPLATE_INVALID', problem.message.zh, problem.message.en, problem.field);
  return rules.map((r) => ({
    ...r,
    countries: r.countries.map((c) => c.toUpperCase()),
    deliveryDays: [...r.deliveryDays],
  }));
}

function makeDefault(draft: SimState, template: ShippingTemplate): void {
  for (const t of draft.shippingTemplates) t.isDefault = t.id === template.id;
}

export const shippingReducers: ReducerMap = {
  'shippingTemplate.create': (draft, action, env) => {
    if (draft.shippingTemplates.length >= MAX_SHIPPING_TEMPLATES) {
      refuse(
        'SHIPPING_TEMPLATE_LIMIT',
        `运费模板最多 ${MAX_SHIPPING_TEMPLATES} 个`,
        `At most ${MAX_SHIPPING_TEMPLATES} templates`,
      );
    }
    const name = checkName(draft, action.name);
    checkHandlingDays(env, action.handlingDays);
    const template: ShippingTemplate = {
      id: nextId(draft, 'ST'),
      name,
      handlingDays: action.handlingDays,
      rules: checkRules(env, action.rules),
      isDefault: false,
    };
    draft.shippingTemplates.push(template);
    // The first template is the default; a later one only when asked.
    if (action.isDefault === true || draft.shippingTemplates.length === 1) makeDefault(draft, template);
    return [
      {
        kind: 'shippingTemplate.created',
        message: { zh: `已创建运费模板“${name}”`, en: `Shipping template "${name}" created` },
        refs: { templateId: template.id },
      },
    ];
  },

  'shippingTemplate.update': (draft, action, env) => {
    const template = templateOrRefuse(draft, action.templateId);
    if (action.isDefault === false && template.isDefault) {
      refuse(
        'SHIPPING_TEMPLATE_DEFAULT_REQUIRED',
        '必须有一个默认运费模板：请把另一个模板设为默认',
        'One template must be the default: make another template the default instead',
        'isDefault',
      );
    }
    if (action.name !== undefined) template.name = checkName(draft, action.name, template.id);
    if (action.handlingDays !== undefined) {
      checkHandlingDays(env, action.handlingDays);
      template.handlingDays = action.handlingDays;
    }
    if (action.rules !== undefined) template.rules = checkRules(env, action.rules);
    if (action.isDefault === true) makeDefault(draft, template);
    return [
      {
        kind: 'shippingTemplate.updated',
        message: { zh: `已保存运费模板“${template.name}”`, en: `Shipping template "${template.name}" saved` },
        refs: { templateId: template.id },
      },
    ];
  },

  'shippingTemplate.delete': (draft, action) => {
    const template = templateOrRefuse(draft, action.templateId);
    const users = draft.listings.filter((l) => l.shippingTemplateId === template.id);
    if (users.length > 0) {
      refuse(
        'SHIPPING_TEMPLATE_IN_USE',
        `有 ${users.length} 个商品使用该模板（${users.map((l) => l.id).join('、')}），不能删除`,
        `${users.length} listing(s) use this template (${users.map((l) => l.id).join(', ')})`,
        'templateId',
      );
    }
    if (template.isDefault && draft.shippingTemplates.length > 1) {
      refuse(
        'SHIPPING_TEMPLATE_DEFAULT_REQUIRED',
        '不能删除默认运费模板，请先把另一个模板设为默认',
        'The default template cannot be deleted; make another one the default first',
        'templateId',
      );
    }
    draft.shippingTemplates = draft.shippingTemplates.filter((t) => t.id !== template.id);
    return [
      {
        kind: 'shippingTemplate.deleted',
        message: { zh: `已删除运费模板“${template.name}”`, en: `Shipping template "${template.name}" deleted` },
        refs: { templateId: template.id },
      },
    ];
  },
};
