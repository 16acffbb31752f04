import { describe, expect, it } from 'vitest';
import { parseAction } from '../core/action-schema.js';
import { customsActionSchemas } from '../customs/schemas.js';
import { logisticsActionSchemas } from '../logistics/schemas.js';
import { orderActionSchemas } from './schemas.js';

const typeOf = (s: { shape: { type: { value: unknown } } }) => String(s.shape.type.value);

describe('action shapes of orders, logistics and customs', () => {
  it('covers every action type of the three domains', () => {
    expect(orderActionSchemas.map((s) => typeOf(s as never)).sort()).toEqual(
      [
        'order.filter',
        'order.modify',
        'order.extendReceipt',
        'order.cancel',
        'order.ship',
        'order.resolveAbnormal',
        'return.approve',
        'return.reject',
        'return.refund',
        'exchange.reship',
        'ta.draft',
        'ta.ship',
        'ta.refund',
        'ta.respondDispute',
      ].sort(),
    );
    expect(logisticsActionSchemas.map((s) => typeOf(s as never))).toEqual([
      'logistics.quote',
      'warehouse.createInbound',
      'warehouse.shipInbound',
      'warehouse.fulfil',
    ]);
    expect(customsActionSchemas).toHaveLength(3);
  });

  const parcel = { l: 20, w: 15, h: 5, weightKg: 0.7 };
  it('accepts a well-formed shipment and rejects hostile ones', () => {
    const ok = { type: 'order.ship', orderId: 'O-1', mode: 'online', channelId: 'dhl-express', parcel };
    expect(parseAction(ok).ok).toBe(true);
    expect(parseAction({ ...ok, parcel: { ...parcel, weightKg: Number.POSITIVE_INFINITY } }).ok).toBe(false);
    expect(parseAction({ ...ok, parcel: { ...parcel, l: -1 } }).ok).toBe(false);
    expect(parseAction({ ...ok, orderId: 'x'.repeat(65) }).ok).toBe(false);
    expect(parseAction({ ...ok, admin: true }).ok).toBe(false);
    expect(parseAction({ ...ok, lines: Array.from({ length: 101 }, () => ({ sku: 'A', qty: 1 })) }).ok).toBe(false);
    expect(parseAction({ ...ok, mode: 'teleport' }).ok).toBe(false);
  });

  it('rejects fractional or zero extension days and lower-case countries', () => {
    expect(parseAction({ type: 'order.extendReceipt', orderId: 'O-1', days: 1.5 }).ok).toBe(false);
    expect(parseAction({ type: 'order.extendReceipt', orderId: 'O-1', days: 0 }).ok).toBe(false);
    expect(parseAction({ type: 'logistics.quote', destination: 'us', parcel }).ok).toBe(false);
  });

  it('rejects an unknown supervision mode and oversized declaration records', () => {
    const base = { type: 'customs.createDeclaration', mode: '9610', fields: {}, lines: [], orderIds: [] };
    expect(parseAction(base).ok).toBe(true);
    expect(parseAction({ ...base, mode: '0110' }).ok).toBe(false);
    const fields = Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`f${i}`, 'x']));
    expect(parseAction({ ...base, fields }).ok).toBe(false);
  });
});
