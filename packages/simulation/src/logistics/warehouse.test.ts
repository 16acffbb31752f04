import { describe, expect, it } from 'vitest';
import type { Action } from '../core/actions.js';
import type { SimState } from '../core/state.js';
import { MINUTES_PER_DAY } from '../core/state.js';
import { envFor } from '../marketplaces/env.js';
import { orderReducers } from '../orders/reducers.js';
import { act, actOk, fixtureOrder, fixtureState, refusalOf } from '../orders/test-fixtures.js';
import { advanceLogisticsDay, POSTAL_LOSS_RATE } from './advance.js';

const CARTON = { l: 60, w: 40, h: 40, weightKg: 16 };

describe('logistics.quote', () => {
  it('changes nothing and returns one quote event per channel, available or not', () => {
    const state = fixtureState('amazon');
    const result = act(state, {
      type: 'logistics.quote',
      destination: 'US',
      parcel: { l: 40, w: 30, h: 20, weightKg: 3.2 },
      channelIds: ['dhl-express', 'cn-post-small'],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state).toEqual(state);
    expect(result.events.map((e) => e.refs)).toEqual([
      { channelId: 'cn-post-small' },
      { channelId: 'dhl-express', totalCny: '1164.08' },
    ]);
    expect(result.events[0]?.message.zh).toContain('不可用');
  });

  it('refuses an unknown channel and a malformed destination', () => {
    const state = fixtureState('amazon');
    expect(
      refusalOf(state, { type: 'logistics.quote', destination: 'US', parcel: CARTON, channelIds: ['zeppelin'] }).code,
    ).toBe('CHANNEL_NOT_FOUND');
    expect(() => act(state, { type: 'logistics.quote', destination: 'usa', parcel: CARTON })).toThrow(/shape/);
  });
});

describe('overseas warehouse', () => {
  const inbound = (): SimState =>
    actOk(fixtureState('amazon'), {
      type: 'warehouse.createInbound',
      warehouseId: 'ow-us-la',
      lines: [{ sku: 'SKU-A', qty: 40 }],
    });

  it('creates an inbound order for known SKUs only', () => {
    const state = inbound();
    expect(state.warehouse.inbound[0]).toMatchObject({ id: 'IB-101', warehouseId: 'ow-us-la', status: 'created' });
    const bad: Action = { type: 'warehouse.createInbound', warehouseId: 'ow-us-la', lines: [{ sku: 'NOPE', qty: 1 }] };
    expect(refusalOf(state, bad).code).toBe('SKU_NOT_FOUND');
    expect(refusalOf(state, { ...bad, warehouseId: 'ow-mars', lines: [{ sku: 'SKU-A', qty: 1 }] }).code).toBe(
      'WAREHOUSE_NOT_FOUND',
    );
  });

  it('ships the inbound with a freight cost and receives it into stock after the warehouse’s inbound days', () => {
    const shipped = actOk(inbound(), {
      type: 'warehouse.shipInbound',
      inboundId: 'IB-101',
      channelId: 'dedicated-us',
      parcel: CARTON,
    });
    const shipment = shipped.shipments[0]!;
    // 60×40×40/6000 = 16 kg; 25 + ceil(15.9/0.1) = 159 × 8.5 = 1376.50
    expect(shipment).toMatchObject({ orderId: null, destination: 'US', chargeableWeightKg: 16, costCny: 1376.5 });
    expect(shipped.warehouse.inbound[0]?.status).toBe('shipped');
    expect(
      refusalOf(shipped, {
        type: 'warehouse.shipInbound',
        inboundId: 'IB-101',
        channelId: 'dedicated-us',
        parcel: CARTON,
      }).code,
    ).toBe('INBOUND_ALREADY_SHIPPED');
    const env = envFor(shipped);
    advanceLogisticsDay(shipped, env, 11);
    expect(shipped.warehouse.stock).toEqual([]);
    advanceLogisticsDay(shipped, env, 12);
    expect(shipped.warehouse.stock).toEqual([{ warehouseId: 'ow-us-la', sku: 'SKU-A', qty: 40 }]);
    expect(shipped.warehouse.inbound[0]).toMatchObject({ status: 'received', receivedAt: 12 * MINUTES_PER_DAY });
    expect(shipped.shipments[0]?.status).toBe('delivered');
  });

  it('fulfils an awaiting order from stock via ow-us: stock down, order shipped, outbound recorded', () => {
    const state = fixtureState('amazon', [fixtureOrder('O-1', 'Unshipped'), fixtureOrder('O-2', 'Canceled')]);
    state.warehouse.stock.push({ warehouseId: 'ow-us-la', sku: 'SKU-A', qty: 3 });
    const next = actOk(state, { type: 'warehouse.fulfil', warehouseId: 'ow-us-la', orderId: 'O-1' });
    expect(next.orders[0]).toMatchObject({ status: 'Shipped', fulfilment: 'WAREHOUSE' });
    expect(next.warehouse.stock[0]?.qty).toBe(1);
    expect(next.warehouse.outbound[0]).toMatchObject({ warehouseId: 'ow-us-la', orderId: 'O-1', status: 'shipped' });
    // 2 × 0.3 kg stacked 20×15×10 → 0.6 kg (volumetric 0.6 kg) → 1.0 kg: 35 + 9 = 44, plus ¥18 handling
    expect(next.shipments[0]).toMatchObject({
      channelId: 'ow-us',
      mode: 'warehouse',
      chargeableWeightKg: 1,
      costCny: 62,
    });
    expect(refusalOf(state, { type: 'warehouse.fulfil', warehouseId: 'ow-us-la', orderId: 'O-2' }).code).toBe(
      'ORDER_NOT_SHIPPABLE',
    );
  });

  it('refuses fulfilment when stock is short or the warehouse does not serve the country', () => {
    const state = fixtureState('amazon', [fixtureOrder('O-1', 'Unshipped')]);
    state.warehouse.stock.push(
      { warehouseId: 'ow-us-la', sku: 'SKU-A', qty: 1 },
      { warehouseId: 'ow-de-fra', sku: 'SKU-A', qty: 9 },
    );
    expect(refusalOf(state, { type: 'warehouse.fulfil', warehouseId: 'ow-us-la', orderId: 'O-1' }).code).toBe(
      'WAREHOUSE_STOCK_SHORT',
    );
    expect(refusalOf(state, { type: 'warehouse.fulfil', warehouseId: 'ow-de-fra', orderId: 'O-1' }).code).toBe(
      'WAREHOUSE_COUNTRY',
    );
  });
});

describe('advanceLogisticsDay', () => {
  const shippedOn = (channelId: string, n: number): SimState => {
    const state = fixtureState(
      'amazon',
      Array.from({ length: n }, (_, i) => fixtureOrder(`O-${i}`, 'Unshipped')),
    );
    const ship = orderReducers['order.ship']!;
    const env = envFor(state);
    const parcel = { l: 20, w: 15, h: 5, weightKg: 0.7 };
    // the reducer on one draft (as the market would), not n copies of a growing state
    for (let i = 0; i < n; i++)
      ship(state, { type: 'order.ship', orderId: `O-${i}`, mode: 'online', channelId, parcel }, env);
    return state;
  };

  it('delivers each parcel within its zone’s delivery days, reproducibly', () => {
    const state = shippedOn('dhl-express', 20);
    const env = envFor(state);
    for (let day = 1; day <= 2; day++) advanceLogisticsDay(state, env, day);
    expect(state.shipments.every((s) => s.status === 'in_transit')).toBe(true);
    for (let day = 3; day <= 5; day++) advanceLogisticsDay(state, env, day);
    expect(state.shipments.every((s) => s.status === 'delivered')).toBe(true);
    const days = new Set(state.shipments.map((s) => (s.deliveredAt ?? 0) / MINUTES_PER_DAY));
    expect(days.size).toBeGreaterThan(1);
    const again = shippedOn('dhl-express', 20);
    for (let day = 1; day <= 5; day++) advanceLogisticsDay(again, env, day);
    expect(again.shipments).toEqual(state.shipments);
  });

  it('loses a small share of postal parcels (flagging the order) and never an express parcel', () => {
    const postal = shippedOn('cn-post-small', 200);
    const env = envFor(postal);
    for (let day = 1; day <= 30; day++) advanceLogisticsDay(postal, env, day);
    const lost = postal.shipments.filter((s) => s.status === 'lost');
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.length).toBeLessThan(200 * POSTAL_LOSS_RATE * 4);
    for (const s of lost) expect(postal.orders.find((o) => o.id === s.orderId)?.flags).toContain('lost_parcel');
    expect(postal.shipments.filter((s) => s.status === 'in_transit')).toEqual([]);
    const express = shippedOn('ups-saver', 200);
    for (let day = 1; day <= 10; day++) advanceLogisticsDay(express, env, day);
    expect(express.shipments.every((s) => s.status === 'delivered')).toBe(true);
  });
});
