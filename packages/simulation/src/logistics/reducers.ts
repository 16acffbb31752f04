/** Freight enquiries and overseas-warehouse operations: inbound orders, inbound shipments, outbound fulfilment. */
import type { ActionOf } from '../core/actions.js';
import { nextId } from '../core/ids.js';
import type { ReducerMap } from '../core/reducer.js';
import type { SimEvent } from '../core/result.js';
import { refuse } from '../core/result.js';
import type { SimEnv } from '../core/rules.js';
import type { Parcel, SimState } from '../core/state.js';
import { findOrder } from '../orders/policy.js';
import { assertShippable, channelOrRefuse, createShipment, linesToShip, shipOrder } from '../orders/ship.js';
import { ORDER_STATE_ROLES } from '../orders/states.js';
import { quoteAllChannels } from './freight.js';
import type { OverseasWarehouse } from './rules-types.js';

function warehouseOrRefuse(env: SimEnv, warehouseId: string): OverseasWarehouse {
  const found = env.logistics.warehouses.find((w) => w.id === warehouseId);
  if (!found)
    refuse('WAREHOUSE_NOT_FOUND', `海外仓 ${warehouseId} 不存在`, `Warehouse ${warehouseId} not found`, 'warehouseId');
  return found;
}

function quoteReducer(_draft: SimState, action: ActionOf<'logistics.quote'>, env: SimEnv): SimEvent[] {
  for (const id of action.channelIds ?? []) channelOrRefuse(env, id);
  const quotes = quoteAllChannels(env.logistics, action.destination, action.parcel, undefined, action.channelIds);
  return quotes.map(({ channelId, quote }) => {
    const name = env.logistics.channels.find((c) => c.id === channelId)?.name ?? { zh: channelId, en: channelId };
    const message = quote.ok
      ? {
          zh: `${name.zh}：计费重 ${quote.chargeableWeightKg} kg，运费 ¥${quote.transportCny.toFixed(2)} + 燃油附加费 ¥${quote.fuelCny.toFixed(2)} = ¥${quote.totalCny.toFixed(2)}，时效 ${quote.deliveryDays[0]}–${quote.deliveryDays[1]} 天`,
          en: `${name.en}: chargeable ${quote.chargeableWeightKg} kg, ¥${quote.transportCny.toFixed(2)} + fuel ¥${quote.fuelCny.toFixed(2)} = ¥${quote.totalCny.toFixed(2)}, ${quote.deliveryDays[0]}–${quote.deliveryDays[1]} days`,
        }
      : {
          zh: `${name.zh}：不可用（${quote.violations.map((v) => v.message.zh).join('；')}）`,
          en: `${name.en}: not available (${quote.violations.map((v) => v.message.en).join('; ')})`,
        };
    const refs: Record<string, string> = { channelId };
    if (quote.ok) refs.totalCny = quote.totalCny.toFixed(2);
    return { kind: 'logistics.quote', message, refs };
  });
}

function createInboundReducer(draft: SimState, action: ActionOf<'warehouse.createInbound'>, env: SimEnv): SimEvent[] {
  const warehouse = warehouseOrRefuse(env, action.warehouseId);
  for (const [i, line] of action.lines.entries()) {
    if (!draft.products.some((p) => p.sku === line.sku)) {
      refuse('SKU_NOT_FOUND', `商品 ${line.sku} 不存在`, `Product ${line.sku} not found`, `lines[${i}].sku`);
    }
    if (!(line.qty > 0))
      refuse('INBOUND_QTY_INVALID', '入库数量必须大于 0', 'Inbound quantity must be above 0', `lines[${i}].qty`);
  }
  const id = nextId(draft, 'IB');
  draft.warehouse.inbound.push({
    id,
    warehouseId: warehouse.id,
    lines: action.lines.map((l) => ({ ...l })),
    status: 'created',
    createdAt: draft.now,
    receivedAt: null,
  });
  const units = action.lines.reduce((s, l) => s + l.qty, 0);
  return [
    {
      kind: 'warehouse.inboundCreated',
      message: {
        zh: `入库单 ${id} 已创建：${warehouse.name.zh}，${units} 件`,
        en: `Inbound ${id} created for ${warehouse.name.en}: ${units} units`,
      },
      refs: { inboundId: id },
    },
  ];
}

function shipInboundReducer(draft: SimState, action: ActionOf<'warehouse.shipInbound'>, env: SimEnv): SimEvent[] {
  const inbound = draft.warehouse.inbound.find((b) => b.id === action.inboundId);
  if (!inbound)
    refuse(
      'INBOUND_NOT_FOUND',
      `入库单 ${action.inboundId} 不存在`,
      `Inbound ${action.inboundId} not found`,
      'inboundId',
    );
  if (inbound.status !== 'created') {
    refuse(
      'INBOUND_ALREADY_SHIPPED',
      `入库单 ${inbound.id} 已发出`,
      `Inbound ${inbound.id} has already been shipped`,
      'inboundId',
    );
  }
  const warehouse = warehouseOrRefuse(env, inbound.warehouseId);
  const channel = channelOrRefuse(env, action.channelId);
  if (channel.kind === 'overseas_warehouse') {
    refuse(
      'CHANNEL_NOT_INBOUND',
      `${channel.name.zh} 是海外仓出库渠道，不能用于头程`,
      `${channel.name.en} is an outbound channel`,
      'channelId',
    );
  }
  const shipment = createShipment(draft, null, {
    channel,
    mode: 'online',
    parcel: action.parcel,
    destination: warehouse.country,
    lines: inbound.lines,
  });
  inbound.status = 'shipped';
  inbound.shipmentId = shipment.id;
  inbound.shippedAt = draft.now;
  return [
    {
      kind: 'warehouse.inboundShipped',
      message: {
        zh: `入库单 ${inbound.id} 已发往 ${warehouse.name.zh}：${channel.name.zh} ${shipment.trackingNo}，计费重 ${shipment.chargeableWeightKg} kg，头程运费 ¥${shipment.costCny.toFixed(2)}，约 ${warehouse.inboundDays} 天上架`,
        en: `Inbound ${inbound.id} shipped to ${warehouse.name.en} by ${channel.name.en} ${shipment.trackingNo}, chargeable ${shipment.chargeableWeightKg} kg, ¥${shipment.costCny.toFixed(2)}; in stock in about ${warehouse.inboundDays} days`,
      },
      refs: { inboundId: inbound.id, shipmentId: shipment.id },
    },
  ];
}

/** A parcel for warehouse outbound: the products stacked (largest footprint, summed heights and weights). */
export function outboundParcel(state: SimState, lines: { sku: string; qty: number }[]): Parcel {
  const parts = lines.map((l) => ({ p: state.products.find((x) => x.sku === l.sku), qty: l.qty }));
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    l: Math.max(1, ...parts.map(({ p }) => p?.dims.l ?? 1)),
    w: Math.max(1, ...parts.map(({ p }) => p?.dims.w ?? 1)),
    h: round(
      Math.max(
        1,
        parts.reduce((s, { p, qty }) => s + (p?.dims.h ?? 1) * qty, 0),
      ),
    ),
    weightKg: round(
      Math.max(
        0.01,
        parts.reduce((s, { p, qty }) => s + (p?.weightKg ?? 0) * qty, 0),
      ),
    ),
  };
}

function fulfilReducer(draft: SimState, action: ActionOf<'warehouse.fulfil'>, env: SimEnv): SimEvent[] {
  const warehouse = warehouseOrRefuse(env, action.warehouseId);
  const order = findOrder(draft, action.orderId);
  assertShippable(draft, env, order);
  if (order.status !== ORDER_STATE_ROLES[draft.marketplace].awaiting) {
    refuse(
      'ORDER_NOT_SHIPPABLE',
      '部分发货的订单不能再由海外仓发货',
      'A partially shipped order cannot be fulfilled from a warehouse',
    );
  }
  if (!warehouse.serves.includes(order.address.country)) {
    refuse(
      'WAREHOUSE_COUNTRY',
      `${warehouse.name.zh} 不能配送到 ${order.address.country}`,
      `${warehouse.name.en} does not deliver to ${order.address.country}`,
      'warehouseId',
    );
  }
  const lines = linesToShip(order);
  for (const line of lines) {
    const have = draft.warehouse.stock.find((s) => s.warehouseId === warehouse.id && s.sku === line.sku)?.qty ?? 0;
    if (have < line.qty) {
      refuse(
        'WAREHOUSE_STOCK_SHORT',
        `${warehouse.name.zh} 的 SKU ${line.sku} 库存 ${have} 件，不足 ${line.qty} 件`,
        `${warehouse.name.en} has ${have} of SKU ${line.sku}; ${line.qty} needed`,
        'orderId',
      );
    }
  }
  const channel = channelOrRefuse(env, warehouse.outboundChannelId);
  const { shipment, events } = shipOrder(draft, env, order, {
    channel,
    mode: 'warehouse',
    parcel: outboundParcel(draft, lines),
    lines,
    extraCostCny: warehouse.outboundFeeCny,
  });
  for (const line of lines) {
    const stock = draft.warehouse.stock.find((s) => s.warehouseId === warehouse.id && s.sku === line.sku);
    if (stock) stock.qty -= line.qty;
  }
  order.fulfilment = 'WAREHOUSE';
  const outboundId = nextId(draft, 'OB');
  draft.warehouse.outbound.push({
    id: outboundId,
    warehouseId: warehouse.id,
    orderId: order.id,
    status: 'shipped',
    createdAt: draft.now,
  });
  return [
    ...events,
    {
      kind: 'warehouse.outbound',
      message: {
        zh: `出库单 ${outboundId}：${warehouse.name.zh} 发出订单 ${order.id}（含操作费 ¥${warehouse.outboundFeeCny}）`,
        en: `Outbound ${outboundId}: ${warehouse.name.en} shipped order ${order.id} (handling fee ¥${warehouse.outboundFeeCny} included)`,
      },
      refs: { orderId: order.id, outboundId, shipmentId: shipment.id },
    },
  ];
}

export const logisticsReducers: ReducerMap = {
  'logistics.quote': quoteReducer,
  'warehouse.createInbound': createInboundReducer,
  'warehouse.shipInbound': shipInboundReducer,
  'warehouse.fulfil': fulfilReducer,
};
