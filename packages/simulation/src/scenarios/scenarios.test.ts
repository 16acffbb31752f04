import { describe, expect, it } from 'vitest';
import { applyAction } from '../core/apply.js';
import type { MarketplaceId } from '../core/state.js';
import { validateListing } from '../listing/validate.js';
import { envFor } from '../marketplaces/env.js';
import { buildScenario, SCENARIO_BASES } from './build.js';
import { CATALOG_SKUS } from './catalog.js';
import { TRADING_ORDER_PLANS } from './trading-orders.js';

const LEAVES = [
  'kitchen-utensils',
  'phone-cases',
  'yoga-mats',
  'womens-tshirts',
  'led-strips',
  'pet-bowls',
  'face-serums',
];

describe('base scenarios', () => {
  for (const base of SCENARIO_BASES) {
    for (const m of base.marketplaces) {
      it(`${base.id} on ${m} is deterministic for a seed and differs between seeds`, () => {
        const a = buildScenario(base.id, m, 'seed-1', envFor);
        const b = buildScenario(base.id, m, 'seed-1', envFor);
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        if (base.id !== 'new-store') {
          const c = buildScenario(base.id, m, 'seed-2', envFor);
          expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
        }
      });
    }
  }

  it('refuses an unknown base and a base not offered on the marketplace', () => {
    expect(() => buildScenario('moon-store', 'amazon', 's', envFor)).toThrow(/Unknown base/);
    expect(() => buildScenario('b2b-store', 'amazon', 's', envFor)).toThrow(/not available/);
  });

  it.each<MarketplaceId>(['amazon', 'aliexpress', 'alibaba'])(
    'verified store on %s passes its own registration rules',
    (m) => {
      const s = buildScenario('verified-store', m, 'reg', envFor);
      const env = envFor(s);
      expect(s.store.status).toBe('verified');
      for (const f of env.rules.registrationFields.filter((x) => x.required)) {
        const v = s.store.registration[f.key];
        expect(v, f.key).toBeTruthy();
        if (f.pattern) expect(new RegExp(f.pattern).test(String(v)), `${f.key}=${v}`).toBe(true);
      }
      for (const f of env.rules.settingFields.filter((x) => x.required)) {
        const v = s.store.settings[f.key];
        expect(v, f.key).not.toBeUndefined();
        if (f.kind === 'number') expect(Number(v)).toBeGreaterThanOrEqual(f.min ?? Number.NEGATIVE_INFINITY);
        if (f.kind === 'number') expect(Number(v)).toBeLessThanOrEqual(f.max ?? Number.POSITIVE_INFINITY);
      }
    },
  );

  it('catalog store has three products in every leaf category with commodity codes and a default template', () => {
    const s = buildScenario('catalog-store', 'aliexpress', 'cat', envFor);
    expect(s.products.map((p) => p.sku)).toEqual(CATALOG_SKUS);
    for (const leaf of LEAVES) expect(s.products.filter((p) => p.categoryId === leaf)).toHaveLength(3);
    for (const p of s.products) expect(p.hsCode).toMatch(/^\d{10}$/);
    expect(s.products.filter((p) => p.liquid).map((p) => p.categoryId)).toEqual([
      'face-serums',
      'face-serums',
      'face-serums',
    ]);
    expect(s.shippingTemplates).toHaveLength(1);
    expect(s.shippingTemplates[0]!.isDefault).toBe(true);
    expect(
      buildScenario('catalog-store', 'alibaba', 'cat', envFor).products.every((p) => Number(p.facts.moq) > 0),
    ).toBe(true);
  });
});

describe('trading store', () => {
  it.each<MarketplaceId>(['amazon', 'aliexpress'])(
    'on %s: active listings pass the listing rules, the broken one does not',
    (m) => {
      const s = buildScenario('trading-store', m, 'trade', envFor);
      const env = envFor(s);
      const active = s.listings.filter((l) => l.status === 'active');
      expect(active.map((l) => l.categoryId)).toEqual(LEAVES);
      for (const l of active) expect(validateListing(l, env.rules, s), l.id).toEqual([]);
      const broken = s.listings.find((l) => l.status === 'suppressed')!;
      expect(broken.violations.map((v) => v.rule)).toEqual(expect.arrayContaining(['attributes.required']));
      expect(broken.violations.length).toBeGreaterThanOrEqual(2);
    },
  );

  it.each<MarketplaceId>(['amazon', 'aliexpress'])(
    'on %s: orders use the marketplace state names and valid tracking',
    (m) => {
      const s = buildScenario('trading-store', m, 'trade', envFor);
      const env = envFor(s);
      const states = new Set(env.rules.orders.states.value.map((x) => x.name));
      expect(s.orders).toHaveLength(TRADING_ORDER_PLANS.length);
      for (const o of s.orders) expect(states.has(o.status), o.status).toBe(true);
      expect(s.orders.filter((o) => o.status === env.rules.orders.awaitingShipment).length).toBeGreaterThanOrEqual(6);
      for (const sh of s.shipments) {
        const ch = env.logistics.channels.find((c) => c.id === sh.channelId)!;
        expect(sh.trackingNo).toMatch(new RegExp(ch.trackingPattern));
        expect(sh.costCny).toBeGreaterThan(0);
      }
      const flags = s.orders.flatMap((o) => o.flags);
      expect(flags).toEqual(
        expect.arrayContaining(['address_unverified', 'payment_risk', 'out_of_stock', 'lost_parcel', 'customs_hold']),
      );
      expect(s.orders.flatMap((o) => o.returns.map((r) => r.kind)).sort()).toEqual(['exchange', 'return']);
      for (const o of s.orders) expect(o.placedAt).toBeLessThanOrEqual(s.now);
    },
  );

  it('has buyer threads awaiting a reply in several languages, 30 days of metrics, market and ads', () => {
    const s = buildScenario('trading-store', 'amazon', 'trade', envFor);
    const open = s.messages.filter((t) => t.status === 'awaiting_reply');
    expect(open.length).toBeGreaterThanOrEqual(5);
    expect(new Set(open.map((t) => t.buyer.language)).size).toBeGreaterThanOrEqual(3);
    const days = new Set(s.metrics.map((r) => r.day));
    expect(days.size).toBe(30);
    expect(Math.max(...days)).toBe(Math.floor(s.now / 1440) - 1);
    expect(new Set(s.market.competitors.map((c) => c.categoryId)).size).toBe(7);
    expect(new Set(s.market.keywords.map((k) => k.categoryId)).size).toBe(7);
    expect(s.ads.length).toBe(2);
    expect(s.metrics.some((r) => r.adSpend > 0)).toBe(true);
    for (const r of s.metrics) {
      expect(r.clicks).toBeLessThanOrEqual(r.impressions);
      expect(r.adClicks).toBeLessThanOrEqual(r.clicks);
      expect(r.orders).toBeLessThanOrEqual(r.clicks);
    }
    expect(s.market.platformCampaigns.length).toBe(2);
  });

  it('an awaiting-shipment order can be shipped and a cancelled one cannot', () => {
    const s = buildScenario('trading-store', 'amazon', 'ship', envFor);
    const env = envFor(s);
    const order = s.orders[0]!;
    const product = s.products.find((p) => p.sku === order.lines[0]!.sku)!;
    const parcel = { ...product.dims, weightKg: product.weightKg + 0.05 };
    const ok = applyAction(
      s,
      { type: 'order.ship', orderId: order.id, mode: 'online', channelId: 'dhl-express', parcel },
      env,
    );
    expect(ok.ok).toBe(true);
    const cancelled = s.orders.find((o) => o.status === 'Canceled')!;
    const no = applyAction(
      s,
      { type: 'order.ship', orderId: cancelled.id, mode: 'online', channelId: 'dhl-express', parcel },
      env,
    );
    expect(no.ok).toBe(false);
  });
});

describe('b2b store', () => {
  it('has MOQ listings that pass the rules and Trade Assurance orders incl. one dispute', () => {
    const s = buildScenario('b2b-store', 'alibaba', 'b2b', envFor);
    const env = envFor(s);
    for (const l of s.listings.filter((x) => x.status === 'active')) {
      expect(l.attributes.moq).toBeTruthy();
      expect(validateListing(l, env.rules, s), l.id).toEqual([]);
    }
    expect(s.orders.every((o) => o.tradeAssurance !== null)).toBe(true);
    expect(s.orders.filter((o) => o.status === 'WAIT_SUPPLIER_SHIP')).toHaveLength(2);
    const dispute = s.orders.find((o) => o.status === 'IN_DISPUTE')!;
    expect(dispute.tradeAssurance!.dispute!.status).toBe('awaiting_supplier');
    for (const o of s.orders)
      expect(o.lines[0]!.qty).toBeGreaterThanOrEqual(
        Number(s.products.find((p) => p.sku === o.lines[0]!.sku)!.facts.moq),
      );
  });

  it('its Trade Assurance orders can be shipped and the dispute answered through the order reducers', () => {
    const s = buildScenario('b2b-store', 'alibaba', 'b2b', envFor);
    const env = envFor(s);
    const waiting = s.orders.find((o) => o.status === 'WAIT_SUPPLIER_SHIP')!;
    const line = waiting.lines[0]!;
    const net = s.products.find((p) => p.sku === line.sku)!.weightKg * line.qty;
    const parcel = { l: 60, w: 40, h: 40, weightKg: Math.ceil(net * 1.1) };
    const shipped = applyAction(s, { type: 'ta.ship', orderId: waiting.id, channelId: 'dhl-express', parcel }, env);
    expect(shipped.ok ? 'ok' : shipped.refusal.reason.en).toBe('ok');
    const dispute = s.orders.find((o) => o.status === 'IN_DISPUTE')!;
    const answer = applyAction(
      s,
      {
        type: 'ta.respondDispute',
        orderId: dispute.id,
        response: 'We will refund the damaged units.',
        proposal: 'refund',
        amount: 50,
      },
      env,
    );
    expect(answer.ok ? 'ok' : answer.refusal.reason.en).toBe('ok');
  });
});
