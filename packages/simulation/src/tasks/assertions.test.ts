import { describe, expect, it } from 'vitest';
import type { CustomsDeclaration, SimState } from '../core/state.js';
import { requiredElementsFor } from '../customs/rules.js';
import { envFor } from '../marketplaces/env.js';
import { buildScenario } from '../scenarios/build.js';
import { type AssertionContext, evaluateAssertion } from './assertions.js';
import { compareValues } from './compare.js';
import { defaultTaskServices } from './task-services.js';
import type { Assertion, LoggedAction } from './types.js';

const base = buildScenario('trading-store', 'amazon', 'assert', envFor);
const firstOrder = base.orders[0]!.id;

function ctx(state: SimState = base, log: LoggedAction[] = []): AssertionContext {
  return {
    state,
    log,
    params: { orderId: firstOrder, tol: 0.01, wanted: 45.2 },
    computed: { fee: 45.2, country: 'US' },
    env: envFor(state),
    services: defaultTaskServices,
  };
}

const run = (a: Assertion, c = ctx()) => evaluateAssertion(a, c);

function withAnswers(answers: SimState['answers']): SimState {
  return { ...base, answers };
}

describe('compareValues', () => {
  it.each([
    [42.5, 'eq', 42.5, 0, true],
    ['45.2', 'eq', 45.2, 0, true],
    [45.19, 'eq', 45.2, 0.01, true],
    [45.18, 'eq', 45.2, 0.01, false],
    ['abc ', 'eq', 'abc', 0, true],
    [3, 'neq', 4, 0, true],
    [undefined, 'neq', 4, 0, false],
    [5, 'gt', 4, 0, true],
    [4, 'gte', 4, 0, true],
    [3, 'lt', 4, 0, true],
    [4.005, 'lte', 4, 0.01, true],
    ['x', 'gt', 4, 0, false],
    ['DE', 'in', ['US', 'DE'], 0, true],
    ['FR', 'in', ['US', 'DE'], 0, false],
    ['Silicone Spatula', 'includes', 'spatula', 0, true],
    [['a', 'B'], 'includes', 'b', 0, true],
    ['Silicone Spatula', 'excludes', 'best', 0, true],
    [undefined, 'excludes', 'best', 0, false],
    ['RA123456789CN', 'matches', '^R[A-Z]\\d{9}CN$', 0, true],
    ['abc', 'matches', '(', 0, false],
    [0, 'exists', undefined, 0, true],
    ['', 'exists', undefined, 0, false],
    [null, 'notExists', undefined, 0, true],
    ['abcd', 'lengthLte', 4, 0, true],
    [[1, 2], 'lengthGte', 3, 0, false],
  ] as const)('%j %s %j (±%s) → %s', (actual, op, expected, tol, want) => {
    expect(compareValues(actual, op, expected, tol)).toBe(want);
  });
});

describe('path assertions', () => {
  it('passes within the tolerance and says what it saw when it fails', () => {
    const ok = run(
      { kind: 'path', path: 'answers.freight', op: 'eq', value: { computed: 'fee' }, tolerance: 0.01 },
      ctx(withAnswers({ freight: 45.21 })),
    );
    expect(ok.passed).toBe(true);
    const bad = run(
      { kind: 'path', path: 'answers.freight', op: 'eq', value: { computed: 'fee' }, tolerance: 0.01 },
      ctx(withAnswers({ freight: 42.5 })),
    );
    expect(bad).toEqual({
      passed: false,
      detail: {
        zh: 'answers.freight：实际 42.5，应为 45.20（±0.01）',
        en: 'answers.freight: found 42.5, expected 45.20 (±0.01)',
      },
    });
  });

  it('reads parameters in selectors and explains a selector that found nothing', () => {
    expect(run({ kind: 'path', path: 'orders[id=$orderId].status', op: 'eq', value: 'Unshipped' }).passed).toBe(true);
    const miss = run({ kind: 'path', path: 'orders[id=O-999].status', op: 'eq', value: 'Shipped' });
    expect(miss.passed).toBe(false);
    expect(miss.detail.en).toContain('no element [id=O-999] in orders');
  });

  it('on a mapped path passes only when every element passes and fails on an empty list', () => {
    expect(run({ kind: 'path', path: 'listings[*].price', op: 'gt', value: 0 }).passed).toBe(true);
    const one = run({ kind: 'path', path: 'listings[*].status', op: 'eq', value: 'active' });
    expect(one.passed).toBe(false);
    expect(one.detail.en).toMatch(/item 8: found "suppressed"/);
    expect(run({ kind: 'path', path: 'coupons[*].lines[*].sku', op: 'exists' }).passed).toBe(false);
  });
});

describe('count assertions', () => {
  it('counts the elements matching where (dot keys, lists as one-of) and compares', () => {
    const a: Assertion = {
      kind: 'count',
      path: 'orders',
      where: { status: 'Unshipped', 'buyer.country': ['DE', 'GB'] },
      op: 'eq',
      value: 2,
    };
    expect(run(a).passed).toBe(true);
    const b = run({
      kind: 'count',
      path: 'orders',
      where: { 'flags.length': 0, status: 'Unshipped' },
      op: 'gte',
      value: 10,
    });
    expect(b.passed).toBe(false);
    expect(b.detail.en).toMatch(/count of orders where flags\.length=0, status="Unshipped": found \d+, expected ≥ 10/);
  });

  it('fails with the reason when the path is not a list', () => {
    expect(run({ kind: 'count', path: 'store.settings', op: 'eq', value: 0 }).detail.en).toContain('not a list');
  });
});

describe('listingValid', () => {
  const broken = base.listings.find((l) => l.status === 'suppressed')!;
  it('passes for a clean listing and fails listing the broken rules', () => {
    expect(run({ kind: 'listingValid', path: `listings[id=${base.listings[0]!.id}]` }).passed).toBe(true);
    const bad = run({ kind: 'listingValid', path: `listings[id=${broken.id}]` });
    expect(bad.passed).toBe(false);
    expect(bad.detail.en).toMatch(/breaks \d+ rule\(s\): .*attributes\./);
  });

  it('ignores the rules named (and their sub-rules)', () => {
    const rules = [...new Set(broken.violations.map((v) => v.rule.split('.')[0]!))];
    expect(run({ kind: 'listingValid', path: `listings[id=${broken.id}]`, ignoreRules: rules }).passed).toBe(true);
  });

  it('fails when nothing is selected', () => {
    expect(run({ kind: 'listingValid', path: 'listings[sku=NOPE]' }).detail.en).toContain('no element [sku=NOPE]');
  });
});

describe('declarationValid', () => {
  const order = base.orders[0]!;
  const product = base.products.find((p) => p.sku === order.lines[0]!.sku)!;
  const env = envFor(base);
  const elements = Object.fromEntries(
    requiredElementsFor(env.customs, product.hsCode).map((e) => [e, '塑料/厨房用/无品牌']),
  );
  const good: CustomsDeclaration = {
    id: 'D-900',
    mode: '9610',
    fields: {
      customsCode: '2992',
      declTime: '20251001120000',
      orderNo: order.id,
      ebpCode: '3301964J31',
      logisticsNo: 'LX123456789CN',
      logisticsCode: '3120980105',
    },
    lines: [
      {
        hsCode: product.hsCode,
        nameCn: product.declaredNameCn,
        elements,
        qty: 1,
        unit: '个',
        unitValue: 5,
        currency: 'USD',
        originCountry: 'CN',
      },
    ],
    orderIds: [order.id],
    status: 'draft',
    problems: [],
    createdAt: base.now,
  };
  it('passes a complete 9610 list and fails one with a wrong commodity code', () => {
    const state = {
      ...base,
      declarations: [good, { ...good, id: 'D-901', lines: [{ ...good.lines[0]!, hsCode: '12345' }] }],
    };
    const ok = run({ kind: 'declarationValid', path: 'declarations[id=D-900]' }, ctx(state));
    expect(ok.detail.en).toBe('The declaration meets the marketplace rules');
    expect(ok.passed).toBe(true);
    const bad = run({ kind: 'declarationValid', path: 'declarations[id=D-901]' }, ctx(state));
    expect(bad.passed).toBe(false);
    expect(bad.detail.en).toContain('10 digits');
  });
});

describe('action assertions', () => {
  const log: LoggedAction[] = [
    { seq: 1, action: { type: 'order.filter', filter: { status: ['Unshipped'] } }, ok: true },
    {
      seq: 2,
      action: {
        type: 'order.ship',
        orderId: firstOrder,
        mode: 'online',
        channelId: 'epacket',
        parcel: { l: 20, w: 15, h: 5, weightKg: 0.3 },
      },
      ok: false,
      refusal: { code: 'X', reason: { zh: 'x', en: 'x' } },
    },
    {
      seq: 3,
      action: {
        type: 'order.ship',
        orderId: firstOrder,
        mode: 'online',
        channelId: 'dhl-express',
        parcel: { l: 20, w: 15, h: 5, weightKg: 0.3 },
      },
      ok: true,
    },
  ];
  const c = ctx(base, log);
  it('counts successful actions matching where with dot keys', () => {
    expect(
      run({ kind: 'action', type: 'order.ship', where: { orderId: '$orderId', 'parcel.weightKg': 0.3 } }, c).passed,
    ).toBe(true);
    expect(run({ kind: 'action', type: 'order.filter', where: { 'filter.status': [['Unshipped']] } }, c).passed).toBe(
      false,
    );
    expect(run({ kind: 'action', type: 'order.ship', where: { channelId: 'epacket' } }, c).passed).toBe(false);
  });
  it('counts refused actions when asked, and compares the count', () => {
    expect(run({ kind: 'action', type: 'order.ship', refused: true, op: 'eq', value: 1 }, c).passed).toBe(true);
    const none = run({ kind: 'action', type: 'order.cancel', op: 'eq', value: 0 }, c);
    expect(none.passed).toBe(true);
    const many = run({ kind: 'action', type: 'order.ship', op: 'gte', value: 2 }, c);
    expect(many).toEqual({
      passed: false,
      detail: { zh: '成功的 order.ship 次数：实际 1，应不小于 2', en: 'successful order.ship: found 1, expected ≥ 2' },
    });
  });
});

describe('reply assertions', () => {
  const thread = base.messages.find((t) => t.status === 'awaiting_reply')!;
  const rubric = {
    language: 'en',
    required: [{ id: 'order', label: { zh: '订单号', en: 'Order id' }, anyOf: ['$orderId'] }],
    forbidden: [{ id: 'off', label: { zh: '站外', en: 'Off-platform' }, anyOf: ['whatsapp'] }],
  };
  const replied = (text: string): SimState => ({
    ...base,
    messages: base.messages.map((t) =>
      t.id === thread.id ? { ...t, messages: [...t.messages, { from: 'seller' as const, text, at: base.now }] } : t,
    ),
  });
  it('passes a reply with the required elements (parameters substituted) and fails a forbidden one', () => {
    expect(
      run(
        { kind: 'reply', path: `messages[id=${thread.id}]`, rubric },
        ctx(replied(`About order ${firstOrder}: shipped today.`)),
      ).passed,
    ).toBe(true);
    const bad = run(
      { kind: 'reply', path: `messages[id=${thread.id}]`, rubric },
      ctx(replied(`Order ${firstOrder}: add me on WhatsApp`)),
    );
    expect(bad.passed).toBe(false);
    expect(bad.detail.en).toContain('Off-platform');
    expect(run({ kind: 'reply', path: `messages[id=${thread.id}]`, rubric }).detail.en).toContain('no seller reply');
  });
});

describe('combinators', () => {
  const yes: Assertion = { kind: 'path', path: 'marketplace', op: 'eq', value: 'amazon' };
  const no: Assertion = { kind: 'path', path: 'marketplace', op: 'eq', value: 'alibaba' };
  it('all / any / not', () => {
    expect(run({ kind: 'all', of: [yes, yes] }).passed).toBe(true);
    const all = run({ kind: 'all', of: [yes, no] });
    expect(all.passed).toBe(false);
    expect(all.detail.en).toContain('"alibaba"');
    expect(run({ kind: 'any', of: [no, yes] }).passed).toBe(true);
    expect(run({ kind: 'any', of: [no, no] }).detail.en).toMatch(/^none holds/);
    expect(run({ kind: 'not', of: no }).passed).toBe(true);
    expect(run({ kind: 'not', of: yes }).passed).toBe(false);
  });
});
