import { describe, expect, it } from 'vitest';
import type { ReturnRequest } from '../core/state.js';
import { orderRefundedAmount } from './policy.js';
import { actOk, fixtureOrder, fixtureState, PARCEL, refusalOf } from './test-fixtures.js';

const request = (
  id: string,
  kind: ReturnRequest['kind'],
  status: ReturnRequest['status'] = 'requested',
): ReturnRequest => ({
  id,
  kind,
  sku: 'SKU-A',
  qty: 1,
  reason: 'Wrong size',
  status,
  refundAmount: null,
  requestedAt: 0,
});

describe('returns and exchanges', () => {
  const amazon = () =>
    fixtureState('amazon', [
      fixtureOrder('O-1', 'Shipped', { returns: [request('R-1', 'return'), request('R-2', 'exchange')] }),
    ]);

  it('approves then refunds at most the returned goods’ value, tracking the refunded total', () => {
    const approved = actOk(amazon(), { type: 'return.approve', orderId: 'O-1', returnId: 'R-1' });
    expect(approved.orders[0]?.returns[0]?.status).toBe('approved');
    // one unit at 12.50
    expect(refusalOf(approved, { type: 'return.refund', orderId: 'O-1', returnId: 'R-1', amount: 12.51 }).code).toBe(
      'RETURN_REFUND_EXCEEDS',
    );
    const refunded = actOk(approved, { type: 'return.refund', orderId: 'O-1', returnId: 'R-1', amount: 12.5 });
    expect(refunded.orders[0]?.returns[0]).toMatchObject({ status: 'refunded', refundAmount: 12.5 });
    expect(orderRefundedAmount(refunded.orders[0]!)).toBe(12.5);
  });

  it('refuses refunding before approval and approving twice', () => {
    expect(refusalOf(amazon(), { type: 'return.refund', orderId: 'O-1', returnId: 'R-1', amount: 1 }).code).toBe(
      'RETURN_STATE',
    );
    const approved = actOk(amazon(), { type: 'return.approve', orderId: 'O-1', returnId: 'R-1' });
    expect(refusalOf(approved, { type: 'return.approve', orderId: 'O-1', returnId: 'R-1' }).code).toBe('RETURN_STATE');
    expect(refusalOf(approved, { type: 'return.approve', orderId: 'O-1', returnId: 'R-9' }).code).toBe(
      'RETURN_NOT_FOUND',
    );
  });

  it('rejects only with a reason', () => {
    expect(refusalOf(amazon(), { type: 'return.reject', orderId: 'O-1', returnId: 'R-1', reason: 'no' }).code).toBe(
      'RETURN_REJECT_REASON',
    );
    const next = actOk(amazon(), {
      type: 'return.reject',
      orderId: 'O-1',
      returnId: 'R-1',
      reason: 'Used item, outside policy',
    });
    expect(next.orders[0]?.returns[0]?.status).toBe('rejected');
  });

  it('reships an approved exchange as a new shipment; a return cannot be reshipped', () => {
    const approved = actOk(amazon(), { type: 'return.approve', orderId: 'O-1', returnId: 'R-2' });
    const reship = {
      type: 'exchange.reship',
      orderId: 'O-1',
      returnId: 'R-2',
      channelId: 'dedicated-us',
      parcel: PARCEL,
    } as const;
    const next = actOk(approved, reship);
    expect(next.orders[0]?.returns[1]?.status).toBe('reshipped');
    expect(next.shipments).toHaveLength(1);
    expect(next.shipments[0]).toMatchObject({ orderId: 'O-1', channelId: 'dedicated-us', destination: 'US' });
    expect(next.orders[0]?.shipmentIds).toEqual([next.shipments[0]?.id]);
    expect(refusalOf(amazon(), { ...reship, returnId: 'R-1' }).code).toBe('RETURN_KIND_MISMATCH');
    expect(refusalOf(amazon(), reship).code).toBe('RETURN_STATE');
  });

  it('AliExpress: settling the last open request moves IN_ISSUE on (refund → FUND_PROCESSING, reject → back)', () => {
    const issue = () =>
      fixtureState('aliexpress', [
        fixtureOrder('O-1', 'IN_ISSUE', { returns: [request('R-1', 'return', 'approved')] }),
      ]);
    const refunded = actOk(issue(), { type: 'return.refund', orderId: 'O-1', returnId: 'R-1', amount: 10 });
    expect(refunded.orders[0]?.status).toBe('FUND_PROCESSING');
    const pending = fixtureState('aliexpress', [
      fixtureOrder('O-1', 'IN_ISSUE', { returns: [request('R-1', 'return')] }),
    ]);
    const rejected = actOk(pending, {
      type: 'return.reject',
      orderId: 'O-1',
      returnId: 'R-1',
      reason: 'Item was used',
    });
    expect(rejected.orders[0]?.status).toBe('WAIT_BUYER_ACCEPT_GOODS');
  });
});
