import { describe, expect, it } from 'vitest';
import { MINUTES_PER_DAY } from '../core/state.js';
import { logisticsRulesFor } from '../logistics/rules.js';
import { makeTrackingNo } from '../logistics/tracking.js';
import { actOk, fixtureOrder, fixtureState, PARCEL, refusalOf } from './test-fixtures.js';

const ship = (orderId: string, extra: Record<string, unknown> = {}) =>
  ({ type: 'order.ship', orderId, mode: 'online', channelId: 'dhl-express', parcel: PARCEL, ...extra }) as const;

describe('order.ship (Amazon-like)', () => {
  it('ships all lines online: Unshipped → Shipped, platform tracking number, chargeable weight and freight', () => {
    const state = fixtureState('amazon', [fixtureOrder('O-1', 'Unshipped')]);
    const next = actOk(state, ship('O-1'));
    const order = next.orders[0]!;
    const shipment = next.shipments[0]!;
    expect(order.status).toBe('Shipped');
    expect(order.lines[0]?.shippedQty).toBe(2);
    expect(order.shipmentIds).toEqual([shipment.id]);
    expect(shipment.trackingNo).toMatch(/^\d{10}$/);
    // 0.7 kg actual vs 20×15×5/5000 = 0.3 kg → 1.0 kg; 260 + 1 × 75 = 335; fuel 24.5 % = 82.08
    expect(shipment.chargeableWeightKg).toBe(1);
    expect(shipment.costCny).toBe(417.08);
    expect(order.receiptDeadline).toBeNull();
    expect(state.orders[0]?.status).toBe('Unshipped');
  });

  it('refuses shipping a cancelled order with the marketplace wording', () => {
    const state = fixtureState('amazon', [fixtureOrder('O-1', 'Canceled')]);
    const refusal = refusalOf(state, ship('O-1'));
    expect(refusal).toEqual({
      code: 'ORDER_NOT_SHIPPABLE',
      zh: '订单已取消（Canceled），不能发货',
      en: 'This order is Canceled and cannot be shipped',
    });
  });

  it('refuses shipping an order twice and an order still Pending', () => {
    expect(refusalOf(fixtureState('amazon', [fixtureOrder('O-1', 'Shipped')]), ship('O-1')).code).toBe(
      'ORDER_NOT_SHIPPABLE',
    );
    const pending = refusalOf(fixtureState('amazon', [fixtureOrder('O-1', 'Pending')]), ship('O-1'));
    expect(pending.code).toBe('ORDER_NOT_SHIPPABLE');
    expect(pending.zh).toContain('Pending');
  });

  it('ships part of the lines: PartiallyShipped, then the rest: Shipped', () => {
    const order = fixtureOrder('O-1', 'Unshipped', {
      lines: [
        { sku: 'SKU-A', listingId: null, qty: 2, unitPrice: 10, shippedQty: 0 },
        { sku: 'SKU-B', listingId: null, qty: 1, unitPrice: 5, shippedQty: 0 },
      ],
    });
    const s1 = actOk(fixtureState('amazon', [order]), ship('O-1', { lines: [{ sku: 'SKU-A', qty: 2 }] }));
    expect(s1.orders[0]?.status).toBe('PartiallyShipped');
    expect(refusalOf(s1, ship('O-1', { lines: [{ sku: 'SKU-A', qty: 1 }] })).code).toBe('SHIP_QTY_INVALID');
    const s2 = actOk(s1, ship('O-1', { parcel: { ...PARCEL, weightKg: 0.3 } }));
    expect(s2.orders[0]?.status).toBe('Shipped');
    expect(s2.shipments).toHaveLength(2);
  });

  it('offline: requires a tracking number in the channel format and refuses a number already used', () => {
    const state = fixtureState('amazon', [fixtureOrder('O-1', 'Unshipped'), fixtureOrder('O-2', 'Unshipped')]);
    const offline = { mode: 'offline', channelId: 'cn-post-small' };
    expect(refusalOf(state, ship('O-1', offline)).code).toBe('TRACKING_REQUIRED');
    expect(refusalOf(state, ship('O-1', { ...offline, trackingNo: '1234567890' })).code).toBe('TRACKING_INVALID');
    const next = actOk(state, ship('O-1', { ...offline, trackingNo: 'RR123456785CN' }));
    expect(next.shipments[0]?.trackingNo).toBe('RR123456785CN');
    expect(next.shipments[0]?.mode).toBe('offline');
    expect(refusalOf(next, ship('O-2', { ...offline, trackingNo: 'RR123456785CN' })).code).toBe('TRACKING_DUPLICATE');
  });

  it('checks channel limits through logistics: liquids on ePacket, batteries on postal, overweight', () => {
    const serum = fixtureOrder('O-1', 'Unshipped', {
      lines: [{ sku: 'SERUM', listingId: null, qty: 1, unitPrice: 9, shippedQty: 0 }],
    });
    const refusal = refusalOf(fixtureState('amazon', [serum]), ship('O-1', { channelId: 'epacket' }));
    expect(refusal.code).toBe('CHANNEL_LIMITS');
    expect(refusal.zh).toContain('液体');
    const led = fixtureOrder('O-1', 'Unshipped', {
      lines: [{ sku: 'LED', listingId: null, qty: 1, unitPrice: 9, shippedQty: 0 }],
    });
    expect(refusalOf(fixtureState('amazon', [led]), ship('O-1', { channelId: 'cn-post-small' })).code).toBe(
      'CHANNEL_LIMITS',
    );
    const heavy = ship('O-1', { channelId: 'cn-post-small', parcel: { ...PARCEL, weightKg: 2.5 } });
    expect(refusalOf(fixtureState('amazon', [fixtureOrder('O-1', 'Unshipped')]), heavy).en).toContain('under 2 kg');
  });

  it('refuses a parcel lighter than the goods inside, warehouse channels, unknown channels', () => {
    const state = fixtureState('amazon', [fixtureOrder('O-1', 'Unshipped')]);
    expect(refusalOf(state, ship('O-1', { parcel: { ...PARCEL, weightKg: 0.5 } })).code).toBe('PARCEL_UNDERWEIGHT');
    expect(refusalOf(state, ship('O-1', { channelId: 'ow-us' })).code).toBe('CHANNEL_NOT_DIRECT');
    expect(refusalOf(state, ship('O-1', { channelId: 'pigeon' })).code).toBe('CHANNEL_NOT_FOUND');
  });

  it('refuses shipping while the address is unverified', () => {
    const state = fixtureState('amazon', [fixtureOrder('O-1', 'Unshipped', { flags: ['address_unverified'] })]);
    expect(refusalOf(state, ship('O-1')).code).toBe('ORDER_ABNORMAL');
  });

  it('ships late but records it when now is after the ship-by time', () => {
    const state = fixtureState('amazon', [fixtureOrder('O-1', 'Unshipped', { shipBy: 60 })]);
    const next = actOk(state, ship('O-1'));
    expect(next.orders[0]!.lateShipment).toBe(true);
    expect(next.orders[0]?.history.at(-1)?.note).toContain('LATE');
    const onTime = actOk(fixtureState('amazon', [fixtureOrder('O-1', 'Unshipped')]), ship('O-1'));
    expect(onTime.orders[0]!.lateShipment).toBeUndefined();
  });

  it('gives the same tracking number on replay (ids and numbers come from the state counter)', () => {
    const state = fixtureState('amazon', [fixtureOrder('O-1', 'Unshipped')]);
    const a = actOk(state, ship('O-1'));
    const b = actOk(state, ship('O-1'));
    expect(a).toEqual(b);
    const dhl = logisticsRulesFor().channels.find((c) => c.id === 'dhl-express')!;
    expect(a.shipments[0]?.trackingNo).toBe(makeTrackingNo(dhl, 101));
  });
});

describe('order.ship (AliExpress-like)', () => {
  it('full shipment → WAIT_BUYER_ACCEPT_GOODS with the receipt deadline of the rule set', () => {
    const state = fixtureState('aliexpress', [fixtureOrder('O-1', 'WAIT_SELLER_SEND_GOODS')]);
    const next = actOk(state, ship('O-1', { channelId: 'epacket' }));
    const order = next.orders[0]!;
    expect(order.status).toBe('WAIT_BUYER_ACCEPT_GOODS');
    expect(order.receiptDeadline).toBe(state.now + 60 * MINUTES_PER_DAY);
    expect(next.shipments[0]?.trackingNo).toMatch(/^L[A-Z]\d{9}CN$/);
  });

  it('partial shipment → SELLER_PART_SEND_GOODS without a deadline yet', () => {
    const order = fixtureOrder('O-1', 'WAIT_SELLER_SEND_GOODS', {
      lines: [
        { sku: 'SKU-A', listingId: null, qty: 2, unitPrice: 10, shippedQty: 0 },
        { sku: 'SKU-B', listingId: null, qty: 1, unitPrice: 5, shippedQty: 0 },
      ],
    });
    const next = actOk(fixtureState('aliexpress', [order]), ship('O-1', { lines: [{ sku: 'SKU-B', qty: 1 }] }));
    expect(next.orders[0]?.status).toBe('SELLER_PART_SEND_GOODS');
    expect(next.orders[0]?.receiptDeadline).toBeNull();
  });

  it('refuses shipping during risk control and after the seller cancelled (FINISH)', () => {
    const risk = refusalOf(fixtureState('aliexpress', [fixtureOrder('O-1', 'RISK_CONTROL')]), ship('O-1'));
    expect(risk.code).toBe('ORDER_NOT_SHIPPABLE');
    expect(risk.zh).toContain('RISK_CONTROL');
    const cancelled = actOk(fixtureState('aliexpress', [fixtureOrder('O-1', 'WAIT_SELLER_SEND_GOODS')]), {
      type: 'order.cancel',
      orderId: 'O-1',
      reason: 'out_of_stock',
    });
    expect(refusalOf(cancelled, ship('O-1')).zh).toBe('订单已取消（FINISH），不能发货');
  });
});

describe('Fulfilled by Amazon (AFN)', () => {
  it('refuses seller shipment of an AFN order', () => {
    const state = fixtureState('amazon', [fixtureOrder('O-1', 'Unshipped', { fulfilment: 'AFN' })]);
    expect(refusalOf(state, ship('O-1')).code).toBe('ORDER_AFN');
  });
});
