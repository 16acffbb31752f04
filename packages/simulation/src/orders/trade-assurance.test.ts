import { describe, expect, it } from 'vitest';
import type { Action } from '../core/actions.js';
import type { SimState } from '../core/state.js';
import { MINUTES_PER_DAY } from '../core/state.js';
import { envFor } from '../marketplaces/env.js';
import { advanceOrdersDay } from './advance.js';
import { actOk, fixtureOrder, fixtureProduct, fixtureState, refusalOf } from './test-fixtures.js';

const b2b = (): SimState =>
  fixtureState(
    'alibaba',
    [],
    [fixtureProduct('SKU-A', { facts: { material: 'steel', colour: 'silver', moq: '100' } })],
  );

const draftAction = (over: Partial<Extract<Action, { type: 'ta.draft' }>> = {}): Action => ({
  type: 'ta.draft',
  buyerName: 'Acme Trading LLC',
  buyerCountry: 'US',
  contractNo: 'CS-2025-001',
  incoterm: 'FOB',
  lines: [{ sku: 'SKU-A', qty: 200, unitPrice: 3.5 }],
  shipByDay: 10,
  shippingFee: 0,
  inspection: 'SGS',
  ...over,
});

const BIG_PARCEL = { l: 60, w: 40, h: 40, weightKg: 62 };

/** Drafted, confirmed (day 1) and paid (day 2). */
function paidOrder(): SimState {
  const state = actOk(b2b(), draftAction());
  advanceOrdersDay(state, envFor(state), 1);
  advanceOrdersDay(state, envFor(state), 2);
  return state;
}

describe('ta.draft', () => {
  it('creates a Trade Assurance order from the contract, waiting for the buyer to confirm', () => {
    const next = actOk(b2b(), draftAction());
    const order = next.orders[0]!;
    expect(order.id).toBe('O-101');
    expect(order.status).toBe('WAIT_BUYER_CONFIRM');
    expect(order.tradeAssurance).toMatchObject({
      contractNo: 'CS-2025-001',
      incoterm: 'FOB',
      shipByDay: 10,
      amount: 700,
      paidAmount: 0,
    });
    expect(order.shipBy).toBe(11 * MINUTES_PER_DAY - 1);
  });

  it('refuses a bad contract number, a duplicate, an unknown Incoterm, a quantity below the MOQ, a past date', () => {
    const state = b2b();
    expect(refusalOf(state, draftAction({ contractNo: 'ab' })).code).toBe('TA_CONTRACT_NO_INVALID');
    expect(refusalOf(actOk(state, draftAction()), draftAction()).code).toBe('TA_CONTRACT_DUPLICATE');
    expect(refusalOf(state, draftAction({ incoterm: 'FOBB' })).code).toBe('TA_INCOTERM_INVALID');
    const moq = refusalOf(state, draftAction({ lines: [{ sku: 'SKU-A', qty: 50, unitPrice: 3.5 }] }));
    expect(moq).toMatchObject({ code: 'TA_BELOW_MOQ', zh: 'SKU SKU-A 的订购数量 50 低于最小起订量 100' });
    expect(refusalOf(state, draftAction({ lines: [{ sku: 'NOPE', qty: 500, unitPrice: 1 }] })).code).toBe(
      'SKU_NOT_FOUND',
    );
    expect(refusalOf(state, draftAction({ inspection: 'Bob' })).code).toBe('TA_INSPECTION_INVALID');
    const later = { ...state, now: 5 * MINUTES_PER_DAY };
    expect(refusalOf(later, draftAction({ shipByDay: 4 })).code).toBe('TA_SHIP_DATE_PAST');
    expect(actOk(later, draftAction({ shipByDay: 5 })).orders).toHaveLength(1);
  });

  it('is refused outside the B2B marketplace', () => {
    expect(refusalOf(fixtureState('amazon'), draftAction()).code).toBe('TA_NOT_SUPPORTED');
  });
});

describe('Trade Assurance flow', () => {
  it('the market moves the draft to WAIT_BUYER_PAY and then WAIT_SUPPLIER_SHIP with the payment', () => {
    const state = actOk(b2b(), draftAction());
    const env = envFor(state);
    advanceOrdersDay(state, env, 0);
    expect(state.orders[0]?.status).toBe('WAIT_BUYER_CONFIRM');
    advanceOrdersDay(state, env, 1);
    expect(state.orders[0]?.status).toBe('WAIT_BUYER_PAY');
    advanceOrdersDay(state, env, 2);
    expect(state.orders[0]?.status).toBe('WAIT_SUPPLIER_SHIP');
    expect(state.orders[0]?.tradeAssurance?.paidAmount).toBe(700);
  });

  it('ships on the contract date → WAIT_BUYER_RECEIVE; refuses shipping before payment', () => {
    const ship = { type: 'ta.ship', orderId: 'O-101', channelId: 'dhl-express', parcel: BIG_PARCEL } as const;
    expect(refusalOf(actOk(b2b(), draftAction()), ship).code).toBe('ORDER_NOT_SHIPPABLE');
    const next = actOk({ ...paidOrder(), now: 3 * MINUTES_PER_DAY }, ship);
    expect(next.orders[0]?.status).toBe('WAIT_BUYER_RECEIVE');
    expect(next.orders[0]!.lateShipment).toBeUndefined();
    expect(next.orders[0]?.lines[0]?.shippedQty).toBe(200);
  });

  it('ships after the contract date but records it as late', () => {
    const ship = {
      type: 'ta.ship',
      orderId: 'O-101',
      channelId: 'sf-intl',
      parcel: BIG_PARCEL,
      trackingNo: 'SF1234567890123',
    } as const;
    const next = actOk({ ...paidOrder(), now: 11 * MINUTES_PER_DAY + 60 }, ship);
    expect(next.orders[0]?.status).toBe('WAIT_BUYER_RECEIVE');
    expect(next.orders[0]!.lateShipment).toBe(true);
    expect(next.shipments[0]?.trackingNo).toBe('SF1234567890123');
  });

  it('refunds at most paid minus refunded; a full refund before shipment closes the order', () => {
    const refund = (amount: number) =>
      ({ type: 'ta.refund', orderId: 'O-101', amount, reason: 'price adjustment' }) as const;
    expect(refusalOf(actOk(b2b(), draftAction()), refund(1)).code).toBe('TA_REFUND_STATE');
    const once = actOk(paidOrder(), refund(100));
    expect(once.orders[0]?.tradeAssurance?.refunds.map((r) => r.amount)).toEqual([100]);
    expect(refusalOf(once, refund(600.01)).code).toBe('TA_REFUND_EXCEEDS');
    const full = actOk(once, refund(600));
    expect(full.orders[0]?.status).toBe('CLOSED');
  });
});

describe('Trade Assurance disputes', () => {
  const inDispute = (openedDaysAgo: number): SimState => {
    const state = fixtureState('alibaba', [
      fixtureOrder('O-1', 'IN_DISPUTE', {
        history: [{ at: 0, from: 'COMPLETED', to: 'IN_DISPUTE', by: 'buyer' }],
        tradeAssurance: {
          contractNo: 'CS-1',
          incoterm: 'FOB',
          shipByDay: 1,
          amount: 700,
          paidAmount: 700,
          refunds: [],
          dispute: { openedAt: 0, claim: 'quality', status: 'awaiting_supplier', timeline: [] },
          inspection: null,
        },
      }),
    ]);
    state.now = openedDaysAgo * MINUTES_PER_DAY;
    return state;
  };
  const respond = (proposal: 'refund' | 'reship' | 'reject', amount?: number): Action => ({
    type: 'ta.respondDispute',
    orderId: 'O-1',
    response: 'We are sorry; see our proposal.',
    proposal,
    ...(amount === undefined ? {} : { amount }),
  });

  it('accepts an answer within 3 days of the claim and refuses it afterwards', () => {
    expect(actOk(inDispute(3), respond('reject')).orders[0]?.tradeAssurance?.dispute?.status).toBe('negotiating');
    const late = refusalOf({ ...inDispute(3), now: 3 * MINUTES_PER_DAY + 1 }, respond('reject'));
    expect(late).toEqual({
      code: 'TA_DISPUTE_DEADLINE',
      zh: '已超过 3 天答复期限，纠纷已升级',
      en: 'The 3-day response period has passed; the dispute has been escalated',
    });
  });

  it('a refund proposal closes the dispute and returns the order to where it was; a full refund closes it', () => {
    const partial = actOk(inDispute(1), respond('refund', 200));
    expect(partial.orders[0]?.status).toBe('COMPLETED');
    expect(partial.orders[0]?.tradeAssurance?.dispute?.status).toBe('closed');
    expect(actOk(inDispute(1), respond('refund', 700)).orders[0]?.status).toBe('CLOSED');
    expect(refusalOf(inDispute(1), respond('refund', 701)).code).toBe('TA_REFUND_EXCEEDS');
    expect(refusalOf(inDispute(1), respond('refund')).code).toBe('TA_REFUND_EXCEEDS');
  });

  it('a partial refund of an order that was written straight into IN_DISPUTE returns it to WAIT_BUYER_RECEIVE', () => {
    const state = inDispute(1);
    const order = state.orders[0]!;
    order.history = [{ at: 0, from: '', to: 'IN_DISPUTE', by: 'buyer' }];
    expect(actOk(state, respond('refund', 200)).orders[0]?.status).toBe('WAIT_BUYER_RECEIVE');
  });

  it('a reship proposal sends the order back to WAIT_SUPPLIER_SHIP with a new date; answering twice is refused', () => {
    const next = actOk(inDispute(1), respond('reship'));
    expect(next.orders[0]?.status).toBe('WAIT_SUPPLIER_SHIP');
    expect(next.orders[0]?.tradeAssurance?.shipByDay).toBe(8);
    const rejected = actOk(inDispute(1), respond('reject'));
    expect(refusalOf(rejected, respond('refund', 10)).code).toBe('TA_DISPUTE_ANSWERED');
  });

  it('never escalates before day 4, escalates automatically on day 8', () => {
    for (let seed = 0; seed < 30; seed++) {
      const state = inDispute(0);
      state.seed = `seed-${seed}`;
      for (const day of [0, 1, 2]) advanceOrdersDay(state, envFor(state), day);
      expect(state.orders[0]?.tradeAssurance?.dispute?.status).toBe('awaiting_supplier');
    }
    const state = inDispute(0);
    state.seed = 'patient-buyer';
    for (let day = 0; day <= 7; day++) advanceOrdersDay(state, envFor(state), day);
    expect(state.orders[0]?.tradeAssurance?.dispute?.status).toBe('escalated');
  });

  it('some buyers escalate themselves between day 4 and day 7', () => {
    let byBuyer = 0;
    for (let seed = 0; seed < 30; seed++) {
      const state = inDispute(0);
      state.seed = `seed-${seed}`;
      for (let day = 0; day <= 6; day++) advanceOrdersDay(state, envFor(state), day);
      const last = state.orders[0]?.tradeAssurance?.dispute?.timeline.at(-1);
      if (last?.by === 'buyer') byBuyer++;
    }
    expect(byBuyer).toBeGreaterThan(0);
    expect(byBuyer).toBeLessThan(30);
  });
});
