/**
 * What carriers and warehouses do on each simulated day (called by market/ once per day that starts, before
 * `advanceOrdersDay`): inbound consignments are received into stock after the warehouse's inbound days, parcels are
 * delivered after a transit time drawn from the zone's delivery days, and postal parcels are occasionally lost.
 */
import { dayOf } from '../core/ids.js';
import type { SimEvent } from '../core/result.js';
import { createRng } from '../core/rng.js';
import type { SimEnv } from '../core/rules.js';
import type { Shipment, SimState } from '../core/state.js';
import { MINUTES_PER_DAY } from '../core/state.js';
import { logisticsZoneFor } from './zones.js';

/** Share of postal (small packet, ePacket) parcels that never arrive. */
export const POSTAL_LOSS_RATE = 0.02;

/** Transit days of a shipment: drawn from its zone's delivery days, keyed by the shipment id (same on replay). */
export function transitDaysOf(state: SimState, env: SimEnv, shipment: Shipment): number {
  const channel = env.logistics.channels.find((c) => c.id === shipment.channelId);
  const zone = channel ? logisticsZoneFor(channel.zones, shipment.destination) : null;
  const [min, max] = zone?.deliveryDays ?? [5, 10];
  return createRng(`${state.seed}/transit/${shipment.id}`).int(min, max);
}

/** The day a shipment arrives (computed on first use and kept on the shipment, so each day is a cheap compare). */
export function expectedDeliveryDayOf(state: SimState, env: SimEnv, shipment: Shipment): number {
  shipment.expectedDeliveryDay ??= dayOf(shipment.shippedAt) + transitDaysOf(state, env, shipment);
  return shipment.expectedDeliveryDay;
}

export function advanceLogisticsDay(draft: SimState, env: SimEnv, day: number): SimEvent[] {
  const events: SimEvent[] = [];
  const at = day * MINUTES_PER_DAY;
  for (const inbound of draft.warehouse.inbound) {
    if (inbound.status !== 'shipped' || inbound.shippedAt === undefined) continue;
    const warehouse = env.logistics.warehouses.find((w) => w.id === inbound.warehouseId);
    if (!warehouse || day < dayOf(inbound.shippedAt) + warehouse.inboundDays) continue;
    inbound.status = 'received';
    inbound.receivedAt = at;
    for (const line of inbound.lines) {
      const row = draft.warehouse.stock.find((s) => s.warehouseId === inbound.warehouseId && s.sku === line.sku);
      if (row) row.qty += line.qty;
      else draft.warehouse.stock.push({ warehouseId: inbound.warehouseId, sku: line.sku, qty: line.qty });
    }
    const shipment = draft.shipments.find((s) => s.id === inbound.shipmentId);
    if (shipment && shipment.status === 'in_transit') {
      shipment.status = 'delivered';
      shipment.deliveredAt = at;
    }
    events.push({
      kind: 'warehouse.inboundReceived',
      message: {
        zh: `入库单 ${inbound.id} 已上架：${warehouse.name.zh}`,
        en: `Inbound ${inbound.id} received at ${warehouse.name.en}`,
      },
      refs: { inboundId: inbound.id },
    });
  }
  for (const shipment of draft.shipments) {
    if (shipment.status !== 'in_transit' || shipment.orderId === null) continue;
    if (day < expectedDeliveryDayOf(draft, env, shipment)) continue;
    const channel = env.logistics.channels.find((c) => c.id === shipment.channelId);
    const postal = channel?.kind === 'postal' || channel?.kind === 'epacket';
    const lost = postal && createRng(`${draft.seed}/loss/${shipment.id}`).next() < POSTAL_LOSS_RATE;
    const order = draft.orders.find((o) => o.id === shipment.orderId);
    if (lost) {
      shipment.status = 'lost';
      if (order && !order.flags.includes('lost_parcel')) order.flags.push('lost_parcel');
      events.push({
        kind: 'shipment.lost',
        message: {
          zh: `包裹 ${shipment.trackingNo} 丢失（订单 ${shipment.orderId}）`,
          en: `Parcel ${shipment.trackingNo} lost (order ${shipment.orderId})`,
        },
        refs: { shipmentId: shipment.id, orderId: shipment.orderId },
      });
      continue;
    }
    shipment.status = 'delivered';
    shipment.deliveredAt = at;
    events.push({
      kind: 'shipment.delivered',
      message: {
        zh: `包裹 ${shipment.trackingNo} 已妥投（订单 ${shipment.orderId}）`,
        en: `Parcel ${shipment.trackingNo} delivered (order ${shipment.orderId})`,
      },
      refs: { shipmentId: shipment.id, orderId: shipment.orderId },
    });
  }
  return events;
}
