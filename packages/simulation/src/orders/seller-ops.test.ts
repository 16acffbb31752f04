import { describe, expect, it } from 'vitest';
import { MINUTES_PER_DAY } from '../core/state.js';
import { filterOrders } from './filter.js';
import { isCancelledOrder, orderRefundedAmount } from './policy.js';
import { act, actOk, fixtureOrder, fixtureState, refusalOf } from './test-fixtures.js';

describe('order.filter', () => {
  const orders = [
    fixtureOrder('O-1', 'Unshipped', { placedAt: 0 }),
    fixtureOrder('O-2', 'Shipped', {
      placedAt: 2 * MINUTES_PER_DAY,
      address: { name: 'Max', line1: 'x', city: 'Berlin', postalCode: '10115', country: 'DE' },
    }),
    fixtureOrder('O-3', 'Unshipped', {
      flags: ['out_of_stock'],
      placedAt: 5 * MINUTES_PER_DAY,
      sellerNote: 'gift wrap',
    }),
  ];

  it('filters by status, country, flag, day range and text', () => {
    const ids = (f: Parameters<typeof filterOrders>[1]) => filterOrders(orders, f).map((o) => o.id);
    expect(ids({ status: ['Unshipped'] })).toEqual(['O-1', 'O-3']);
    expect(ids({ country: ['DE'] })).toEqual(['O-2']);
    expect(ids({ flagged: true })).toEqual(['O-3']);
    expect(ids({ flagged: false, placedFromDay: 1 })).toEqual(['O-2']);
    expect(ids({ placedToDay: 2 })).toEqual(['O-1', 'O-2']);
    expect(ids({ text: 'GIFT' })).toEqual(['O-3']);
    expect(ids({ sku: 'sku-a' })).toEqual(['O-1', 'O-2', 'O-3']);
    expect(ids({})).toHaveLength(3);
  });

  it('changes nothing and reports the count as an event', () => {
    const state = fixtureState('amazon', orders);
    const result = act(state, { type: 'order.filter', filter: { status: ['Unshipped'] } });
    expect(result.ok && result.events[0]?.refs).toEqual({ count: '2', orderIds: 'O-1,O-3' });
    expect(result.ok && result.state).toEqual(state);
  });

  it('refuses a state name the marketplace does not have', () => {
    const state = fixtureState('amazon', orders);
    expect(refusalOf(state, { type: 'order.filter', filter: { status: ['WAIT_SELLER_SEND_GOODS'] } }).code).toBe(
      'ORDER_STATUS_UNKNOWN',
    );
    expect(
      act(fixtureState('aliexpress'), { type: 'order.filter', filter: { status: ['WAIT_SELLER_SEND_GOODS'] } }).ok,
    ).toBe(true);
  });
});

describe('order.modify', () => {
  const withListing = () => {
    const state = fixtureState('amazon', [
      fixtureOrder('O-1', 'Unshipped', {
        lines: [{ sku: 'SKU-A', listingId: 'L-1', qty: 2, unitPrice: 10, shippedQty: 0 }],
        total: 20,
      }),
      fixtureOrder('O-2', 'Shipped'),
    ]);
    state.listings.push({
      id: 'L-1',
      sku: 'SKU-A',
      title: 't',
      categoryId: 'kitchen-utensils',
      attributes: {},
      bulletPoints: [],
      description: '',
      searchTerms: '',
      images: [],
      price: 10,
      stock: 3,
      status: 'active',
      shippingTemplateId: null,
      storeCategoryId: null,
      violations: [],
      quality: 0.5,
      rating: 4,
      reviews: 1,
      createdAt: 0,
    });
    return state;
  };

  it('changes the address, note and quantities before shipment, taking stock and recomputing the total', () => {
    const address = { name: 'Jane', line1: '2 Elm St', city: 'Austin', postalCode: '73301', country: 'US' };
    const next = actOk(withListing(), {
      type: 'order.modify',
      orderId: 'O-1',
      address,
      sellerNote: 'fragile',
      lines: [{ sku: 'SKU-A', qty: 5 }],
    });
    const order = next.orders[0]!;
    expect(order.address).toEqual(address);
    expect(order.sellerNote).toBe('fragile');
    expect(order.lines[0]?.qty).toBe(5);
    expect(order.total).toBe(50);
    expect(next.listings[0]?.stock).toBe(0);
  });

  it('refuses more than the stock, unknown lines and any change after shipment', () => {
    const state = withListing();
    expect(refusalOf(state, { type: 'order.modify', orderId: 'O-1', lines: [{ sku: 'SKU-A', qty: 6 }] }).code).toBe(
      'ORDER_QTY_EXCEEDS_STOCK',
    );
    expect(refusalOf(state, { type: 'order.modify', orderId: 'O-1', lines: [{ sku: 'SKU-B', qty: 1 }] }).code).toBe(
      'ORDER_LINE_NOT_FOUND',
    );
    expect(refusalOf(state, { type: 'order.modify', orderId: 'O-2', sellerNote: 'x' }).code).toBe(
      'ORDER_NOT_MODIFIABLE',
    );
  });
});

describe('order.extendReceipt (AliExpress-like)', () => {
  const shipped = (overrides = {}) =>
    fixtureState('aliexpress', [
      fixtureOrder('O-1', 'WAIT_BUYER_ACCEPT_GOODS', { receiptDeadline: 30 * MINUTES_PER_DAY, ...overrides }),
    ]);

  it('extends the deadline and counts the days', () => {
    const next = actOk(shipped(), { type: 'order.extendReceipt', orderId: 'O-1', days: 10 });
    expect(next.orders[0]?.receiptDeadline).toBe(40 * MINUTES_PER_DAY);
    expect(next.orders[0]?.receiptExtendedDays).toBe(10);
  });

  it('refuses extending beyond the total limit, saying how much was used', () => {
    const state = shipped({ receiptExtendedDays: 25 });
    expect(refusalOf(state, { type: 'order.extendReceipt', orderId: 'O-1', days: 6 })).toEqual({
      code: 'RECEIPT_EXTENSION_LIMIT',
      zh: '延长收货时间累计不能超过 30 天，已延长 25 天',
      en: 'The receipt time can be extended by at most 30 days in total; already extended 25 days',
    });
    expect(actOk(state, { type: 'order.extendReceipt', orderId: 'O-1', days: 5 }).orders[0]?.receiptExtendedDays).toBe(
      30,
    );
  });

  it('refuses while the order is in dispute (IN_ISSUE), frozen, or not yet shipped', () => {
    for (const status of ['IN_ISSUE', 'IN_FROZEN', 'WAIT_SELLER_SEND_GOODS', 'FINISH']) {
      const state = fixtureState('aliexpress', [fixtureOrder('O-1', status)]);
      expect(refusalOf(state, { type: 'order.extendReceipt', orderId: 'O-1', days: 1 }).code).toBe(
        'RECEIPT_EXTENSION_STATE',
      );
    }
    const issue = fixtureState('aliexpress', [fixtureOrder('O-1', 'IN_ISSUE')]);
    expect(refusalOf(issue, { type: 'order.extendReceipt', orderId: 'O-1', days: 1 }).zh).toContain('纠纷');
  });

  it('is not supported on the Amazon-like and Alibaba-like marketplaces', () => {
    for (const mp of ['amazon', 'alibaba'] as const) {
      const state = fixtureState(mp, [fixtureOrder('O-1', mp === 'amazon' ? 'Shipped' : 'WAIT_BUYER_RECEIVE')]);
      expect(refusalOf(state, { type: 'order.extendReceipt', orderId: 'O-1', days: 1 }).code).toBe(
        'RECEIPT_EXTENSION_UNSUPPORTED',
      );
    }
  });
});

describe('order.cancel', () => {
  it('Amazon: Unshipped → Canceled with a listed reason, refunding what was paid', () => {
    const next = actOk(fixtureState('amazon', [fixtureOrder('O-1', 'Unshipped')]), {
      type: 'order.cancel',
      orderId: 'O-1',
      reason: 'NoInventory',
    });
    const order = next.orders[0]!;
    expect(order.status).toBe('Canceled');
    expect(orderRefundedAmount(order)).toBe(25);
    expect(isCancelledOrder(order)).toBe(true);
  });

  it('AliExpress: closes the order as FINISH with the reason in the history', () => {
    const next = actOk(fixtureState('aliexpress', [fixtureOrder('O-1', 'WAIT_SELLER_SEND_GOODS')]), {
      type: 'order.cancel',
      orderId: 'O-1',
      reason: 'buyer_request',
    });
    expect(next.orders[0]?.status).toBe('FINISH');
    expect(next.orders[0]?.history.at(-1)?.note).toBe('cancel: buyer_request');
  });

  it('refuses a reason outside the marketplace list and cancelling after shipment or twice', () => {
    const state = fixtureState('amazon', [
      fixtureOrder('O-1', 'Unshipped'),
      fixtureOrder('O-2', 'Shipped'),
      fixtureOrder('O-3', 'Canceled'),
    ]);
    expect(refusalOf(state, { type: 'order.cancel', orderId: 'O-1', reason: 'bored' }).code).toBe(
      'CANCEL_REASON_INVALID',
    );
    expect(refusalOf(state, { type: 'order.cancel', orderId: 'O-2', reason: 'NoInventory' }).code).toBe(
      'ORDER_NOT_CANCELLABLE',
    );
    expect(refusalOf(state, { type: 'order.cancel', orderId: 'O-3', reason: 'NoInventory' }).code).toBe(
      'ORDER_NOT_CANCELLABLE',
    );
    expect(refusalOf(state, { type: 'order.cancel', orderId: 'O-9', reason: 'NoInventory' }).code).toBe(
      'ORDER_NOT_FOUND',
    );
  });
});

describe('order.resolveAbnormal', () => {
  it('clears the flag with an allowed resolution and records it', () => {
    const state = fixtureState('amazon', [
      fixtureOrder('O-1', 'Unshipped', { flags: ['address_unverified', 'out_of_stock'] }),
    ]);
    const next = actOk(state, {
      type: 'order.resolveAbnormal',
      orderId: 'O-1',
      flag: 'address_unverified',
      resolution: 'confirmed_with_buyer',
    });
    expect(next.orders[0]?.flags).toEqual(['out_of_stock']);
    expect(next.orders[0]?.history.at(-1)?.note).toContain('address_unverified: confirmed_with_buyer');
  });

  it('refuses a resolution the flag does not allow, a flag the order lacks and an unknown flag', () => {
    const state = fixtureState('amazon', [fixtureOrder('O-1', 'Unshipped', { flags: ['payment_risk'] })]);
    const act1 = { type: 'order.resolveAbnormal', orderId: 'O-1' } as const;
    expect(refusalOf(state, { ...act1, flag: 'payment_risk', resolution: 'carrier_claim' }).code).toBe(
      'ABNORMAL_RESOLUTION_INVALID',
    );
    expect(refusalOf(state, { ...act1, flag: 'lost_parcel', resolution: 'carrier_claim' }).code).toBe(
      'ORDER_FLAG_NOT_SET',
    );
    expect(refusalOf(state, { ...act1, flag: 'alien', resolution: 'x' }).code).toBe('ABNORMAL_FLAG_UNKNOWN');
  });

  it('refund_buyer before shipment cancels and refunds; after shipment refunds only', () => {
    const before = actOk(fixtureState('amazon', [fixtureOrder('O-1', 'Unshipped', { flags: ['out_of_stock'] })]), {
      type: 'order.resolveAbnormal',
      orderId: 'O-1',
      flag: 'out_of_stock',
      resolution: 'refund_buyer',
    });
    expect(before.orders[0]?.status).toBe('Canceled');
    expect(orderRefundedAmount(before.orders[0]!)).toBe(25);
    const after = actOk(fixtureState('amazon', [fixtureOrder('O-1', 'Shipped', { flags: ['lost_parcel'] })]), {
      type: 'order.resolveAbnormal',
      orderId: 'O-1',
      flag: 'lost_parcel',
      resolution: 'refund_buyer',
    });
    expect(after.orders[0]?.status).toBe('Shipped');
    expect(orderRefundedAmount(after.orders[0]!)).toBe(25);
  });
});
