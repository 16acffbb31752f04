import { describe, expect, it } from 'vitest';
import type { ShippingAction } from '../core/actions.js';
import { cloneState } from '../core/clone.js';
import { createEmptyState } from '../core/create.js';
import type { Reducer } from '../core/reducer.js';
import { type ActionResult, SimRefusal } from '../core/result.js';
import type { Listing, ShippingRule, SimState } from '../core/state.js';
import { envFor } from '../marketplaces/env.js';
import { quoteBuyerShipping } from './quote.js';
import { shippingReducers } from './reducers.js';
import { shippingActionSchemas } from './schemas.js';
import { validateShippingRules } from './validate.js';

function run(state: SimState, action: ShippingAction): ActionResult<SimState> {
  const draft = cloneState(state);
  try {
    const reducer = shippingReducers[action.type] as Reducer<typeof action.type>;
    return { ok: true, state: draft, events: reducer(draft, action as never, envFor(state)) ?? [] };
  } catch (e) {
    if (e instanceof SimRefusal) return { ok: false, refusal: e.toRefusal() };
    throw e;
  }
}
const ok = (s: SimState, a: ShippingAction): SimState => {
  const r = run(s, a);
  if (!r.ok) throw new Error(`${r.refusal.code}: ${r.refusal.reason.en}`);
  return r.state;
};
const refusal = (s: SimState, a: ShippingAction) => {
  const r = run(s, a);
  if (r.ok) throw new Error('expected a refusal');
  return r.refusal;
};

const rule = (over: Partial<ShippingRule> = {}): ShippingRule => ({
  zoneId: 'US',
  countries: [],
  channelId: 'epacket',
  firstWeightKg: 0.5,
  firstPrice: 4,
  additionalWeightKg: 0.5,
  additionalPrice: 1.5,
  freeShippingThreshold: 35,
  deliveryDays: [7, 15],
  ...over,
});

const RULES = [
  rule(),
  rule({
    zoneId: 'EU',
    channelId: 'dhl-express',
    firstPrice: 12,
    additionalPrice: 4,
    freeShippingThreshold: null,
    deliveryDays: [3, 6],
  }),
  rule({
    zoneId: 'ROW',
    channelId: 'cn-post-small',
    firstPrice: 3,
    freeShippingThreshold: null,
    deliveryDays: [20, 40],
  }),
];

const env = envFor({ marketplace: 'aliexpress', rulesVersion: '2025-03' });
const base = () => createEmptyState('aliexpress', '2025-03', 'seed');
const create = (name: string, isDefault?: boolean): ShippingAction => ({
  type: 'shippingTemplate.create',
  name,
  handlingDays: 3,
  rules: RULES,
  ...(isDefault === undefined ? {} : { isDefault }),
});

describe('validateShippingRules', () => {
  it('accepts a US / EU / rest-of-world template', () => {
    expect(validateShippingRules(RULES, env)).toEqual([]);
  });

  const cases: [string, ShippingRule[]][] = [
    ['shipping.rulesEmpty', []],
    ['shipping.channelUnknown', [rule({ channelId: 'pigeon' })]],
    ['shipping.channelZone', [rule({ zoneId: 'EU', channelId: 'fba-us' })]],
    ['shipping.channelZone', [rule({ zoneId: 'ROW', channelId: 'epacket' })]],
    ['shipping.weight', [rule({ additionalWeightKg: 0 })]],
    ['shipping.price', [rule({ firstPrice: -1 })]],
    ['shipping.deliveryDays', [rule({ deliveryDays: [15, 7] })]],
    [
      'shipping.duplicateCountry',
      [rule(), rule({ zoneId: 'custom', countries: ['us', 'CA'], channelId: 'dhl-express' })],
    ],
    [
      'shipping.duplicateCountry',
      [rule({ zoneId: 'ROW', channelId: 'dhl-express' }), rule({ zoneId: 'ROW', channelId: 'sf-intl' })],
    ],
    ['shipping.zone', [rule({ zoneId: 'MARS' })]],
    ['shipping.country', [rule({ zoneId: 'custom', countries: ['U1'] })]],
  ];
  it.each(cases)('reports %s', (id, rules) => {
    expect(validateShippingRules(rules, env).map((v) => v.rule)).toContain(id);
  });
});

describe('shipping template reducers', () => {
  it('makes the first template the default and moves the default when asked', () => {
    let s = ok(base(), create('Standard'));
    expect(s.shippingTemplates[0]).toMatchObject({ id: 'ST-1', isDefault: true });
    s = ok(s, create('Express', true));
    expect(s.shippingTemplates.map((t) => t.isDefault)).toEqual([false, true]);
    expect(s.shippingTemplates.filter((t) => t.isDefault)).toHaveLength(1);
  });

  it('refuses a bad rule with its field, a duplicate name and handling days beyond the marketplace limit', () => {
    const r = refusal(base(), { ...create('X'), rules: [rule({ deliveryDays: [9, 3] })] } as ShippingAction);
    expect(r).toMatchObject({ code: 'SHIPPING_TEMPLATE_INVALID', field: 'rules[0].deliveryDays' });
    expect(r.reason.zh).toContain('9–3');
    expect(refusal(ok(base(), create('Standard')), create(' standard ')).code).toBe('SHIPPING_TEMPLATE_NAME_TAKEN');
    expect(refusal(base(), { ...create('X'), handlingDays: 8 } as ShippingAction).code).toBe('SHIPPING_HANDLING_DAYS');
  });

  it('keeps one default: refuses un-defaulting or deleting it while others exist', () => {
    const s = ok(ok(base(), create('A')), create('B'));
    expect(refusal(s, { type: 'shippingTemplate.update', templateId: 'ST-1', isDefault: false }).code).toBe(
      'SHIPPING_TEMPLATE_DEFAULT_REQUIRED',
    );
    expect(refusal(s, { type: 'shippingTemplate.delete', templateId: 'ST-1' }).code).toBe(
      'SHIPPING_TEMPLATE_DEFAULT_REQUIRED',
    );
    expect(ok(s, { type: 'shippingTemplate.delete', templateId: 'ST-2' }).shippingTemplates).toHaveLength(1);
  });

  it('refuses to delete a template a listing uses', () => {
    const s = ok(base(), create('A'));
    s.listings.push({ id: 'L-5', shippingTemplateId: 'ST-1' } as Listing);
    expect(refusal(s, { type: 'shippingTemplate.delete', templateId: 'ST-1' }).code).toBe('SHIPPING_TEMPLATE_IN_USE');
  });

  it('updates rules and upper-cases country codes', () => {
    const s = ok(ok(base(), create('A')), {
      type: 'shippingTemplate.update',
      templateId: 'ST-1',
      rules: [rule({ zoneId: 'NA', countries: ['us', 'ca'], channelId: 'dhl-express' })],
    });
    expect(s.shippingTemplates[0]!.rules[0]!.countries).toEqual(['US', 'CA']);
  });

  it('checks the action shape', () => {
    const schema = shippingActionSchemas[0]!;
    expect(schema.safeParse(create('A')).success).toBe(true);
    expect(schema.safeParse({ ...create('A'), rules: [{ ...rule(), extra: 1 }] }).success).toBe(false);
    expect(schema.safeParse({ ...create('A'), handlingDays: 1.5 }).success).toBe(false);
  });
});

describe('quoteBuyerShipping', () => {
  const template = { handlingDays: 3, rules: RULES };

  it('charges the first weight, then each started additional step', () => {
    expect(quoteBuyerShipping(template, 'US', 0.4, 10)?.fee).toBe(4);
    expect(quoteBuyerShipping(template, 'US', 0.5, 10)?.fee).toBe(4);
    expect(quoteBuyerShipping(template, 'US', 0.51, 10)?.fee).toBe(5.5);
    expect(quoteBuyerShipping(template, 'US', 1.3, 10)?.fee).toBe(7);
  });

  it('ships free from the threshold and adds handling days to the delivery time', () => {
    const q = quoteBuyerShipping(template, 'us', 1.3, 35);
    expect(q).toMatchObject({
      fee: 0,
      freeShipping: true,
      deliveryDays: [10, 18],
      transitDays: [7, 15],
      channelId: 'epacket',
    });
  });

  it('uses the zone rule for a zone country and rest of world for the others', () => {
    expect(quoteBuyerShipping(template, 'DE', 1, 100)).toMatchObject({ fee: 16, channelId: 'dhl-express' });
    expect(quoteBuyerShipping(template, 'BR', 0.5, 100)).toMatchObject({ fee: 3, zoneId: 'ROW' });
  });

  it('answers null where the template does not ship', () => {
    expect(quoteBuyerShipping({ handlingDays: 2, rules: [rule()] }, 'FR', 1, 10)).toBeNull();
  });

  it('does not add a step for floating-point remainders', () => {
    const fine = {
      handlingDays: 1,
      rules: [rule({ firstWeightKg: 0.1, additionalWeightKg: 0.1, additionalPrice: 1 })],
    };
    expect(quoteBuyerShipping(fine, 'US', 0.4, 0)?.fee).toBe(7);
  });
});
