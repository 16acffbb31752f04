/**
 * Shipping an order (online label or offline tracking number), shared by `order.ship`, `ta.ship`,
 * `exchange.reship` and `warehouse.fulfil`: channel limits, chargeable weight and freight via logistics/, a Shipment,
 * shipped quantities, the marketplace's next state, the receipt deadline and the late-shipment flag.
 */
import { nextId } from '../core/ids.js';
import type { SimEvent } from '../core/result.js';
import { refuse } from '../core/result.js';
import type { SimEnv } from '../core/rules.js';
import type { Order, Parcel, Shipment, SimState } from '../core/state.js';
import { MINUTES_PER_DAY } from '../core/state.js';
import { type GoodsTraits, quoteFreight } from '../logistics/freight.js';
import { logisticsChannelById } from '../logistics/rules.js';
import type { LogisticsChannel } from '../logistics/rules-types.js';
import { isValidTrackingNo, makeTrackingNo } from '../logistics/tracking.js';
import { isCancelledOrder, stateLabel } from './policy.js';
import { moveOrder, ORDER_STATE_ROLES } from './states.js';

export interface ShipLine {
  sku: string;
  qty: number;
}

export function channelOrRefuse(env: SimEnv, channelId: string): LogisticsChannel {
  const channel = logisticsChannelById(env.logistics, channelId);
  if (!channel) {
    refuse(
      'CHANNEL_NOT_FOUND',
      `物流渠道 ${channelId} 不存在`,
      `Logistics channel ${channelId} not found`,
      'channelId',
    );
  }
  return channel;
}

/** Battery / liquid traits of the goods behind some SKUs (from the supplier catalogue). */
export function goodsTraitsOf(state: SimState, skus: string[]): GoodsTraits {
  const products = state.products.filter((p) => skus.includes(p.sku));
  return { battery: products.some((p) => p.battery), liquid: products.some((p) => p.liquid) };
}

/** Refuses shipping unless the order waits for (more) shipment, worded like the marketplace. */
export function assertShippable(state: SimState, env: SimEnv, order: Order): void {
  const roles = ORDER_STATE_ROLES[state.marketplace];
  if (order.fulfilment === 'AFN') {
    refuse(
      'ORDER_AFN',
      '亚马逊物流（AFN）订单由平台配送，卖家不能发货',
      'Fulfilled by Amazon (AFN): the marketplace ships this order',
    );
  }
  if (order.status === roles.awaiting || order.status === roles.partial) return;
  if (isCancelledOrder(order)) {
    const en = order.status === 'Canceled' ? 'Canceled' : `cancelled (${order.status})`;
    refuse(
      'ORDER_NOT_SHIPPABLE',
      `订单已取消（${order.status}），不能发货`,
      `This order is ${en} and cannot be shipped`,
    );
  }
  const label = stateLabel(env, order.status);
  refuse('ORDER_NOT_SHIPPABLE', `订单状态为 ${label.zh}，不能发货`, `This order is ${label.en} and cannot be shipped`);
}

/** The unshipped lines, or the requested part of them (refused when a line is unknown or over the remainder). */
export function linesToShip(order: Order, requested?: ShipLine[]): ShipLine[] {
  const remaining = order.lines.map((l) => ({ sku: l.sku, qty: l.qty - l.shippedQty })).filter((l) => l.qty > 0);
  if (!requested) return remaining;
  const seen = new Set<string>();
  for (const [i, req] of requested.entries()) {
    const left = remaining.find((l) => l.sku === req.sku);
    if (seen.has(req.sku))
      refuse('SHIP_LINE_DUPLICATE', `SKU ${req.sku} 重复`, `SKU ${req.sku} appears twice`, `lines[${i}]`);
    seen.add(req.sku);
    if (!left || req.qty <= 0 || req.qty > left.qty) {
      refuse(
        'SHIP_QTY_INVALID',
        `SKU ${req.sku} 的发货数量 ${req.qty} 不合法（待发 ${left?.qty ?? 0}）`,
        `Quantity ${req.qty} of SKU ${req.sku} is invalid (${left?.qty ?? 0} left to ship)`,
        `lines[${i}].qty`,
      );
    }
  }
  return requested;
}

export interface ShipmentInput {
  channel: LogisticsChannel;
  mode: Shipment['mode'];
  trackingNo?: string;
  parcel: Parcel;
  destination: string;
  lines: ShipLine[];
  /** Added to the freight (e.g. the warehouse's outbound handling fee). */
  extraCostCny?: number;
}

/** Quotes, checks and records a shipment (not yet tied to order quantities). */
export function createShipment(state: SimState, orderId: string | null, input: ShipmentInput): Shipment {
  const { channel, parcel, lines } = input;
  const netWeightKg = lines.reduce(
    (sum, l) => sum + (state.products.find((p) => p.sku === l.sku)?.weightKg ?? 0) * l.qty,
    0,
  );
  if (Math.round(parcel.weightKg * 1000) < Math.round(netWeightKg * 1000)) {
    refuse(
      'PARCEL_UNDERWEIGHT',
      `包裹重量 ${parcel.weightKg} kg 小于商品净重 ${Math.round(netWeightKg * 1000) / 1000} kg`,
      `Parcel weight ${parcel.weightKg} kg is below the goods' net weight ${Math.round(netWeightKg * 1000) / 1000} kg`,
      'parcel.weightKg',
    );
  }
  const quote = quoteFreight(
    channel,
    input.destination,
    parcel,
    goodsTraitsOf(
      state,
      lines.map((l) => l.sku),
    ),
  );
  if (!quote.ok) {
    refuse(
      'CHANNEL_LIMITS',
      quote.violations.map((v) => v.message.zh).join('；'),
      quote.violations.map((v) => v.message.en).join('; '),
      quote.violations[0]?.field,
    );
  }
  const id = nextId(state, 'SH');
  let trackingNo: string;
  if (input.mode === 'offline') {
    const typed = input.trackingNo?.trim() ?? '';
    if (typed === '')
      refuse('TRACKING_REQUIRED', '线下发货须填写运单号', 'Offline shipping needs a tracking number', 'trackingNo');
    if (!isValidTrackingNo(channel, typed)) {
      refuse(
        'TRACKING_INVALID',
        `运单号 ${typed} 不符合 ${channel.name.zh} 的运单号格式`,
        `Tracking number ${typed} does not match the ${channel.name.en} format`,
        'trackingNo',
      );
    }
    if (state.shipments.some((s) => s.trackingNo === typed)) {
      refuse(
        'TRACKING_DUPLICATE',
        `运单号 ${typed} 已被使用`,
        `Tracking number ${typed} is already used`,
        'trackingNo',
      );
    }
    trackingNo = typed;
  } else {
    trackingNo = makeTrackingNo(channel, state.seq);
  }
  const shipment: Shipment = {
    id,
    orderId,
    channelId: channel.id,
    mode: input.mode,
    trackingNo,
    parcel: { ...parcel },
    destination: input.destination,
    chargeableWeightKg: quote.chargeableWeightKg,
    costCny: Math.round((quote.totalCny + (input.extraCostCny ?? 0)) * 100) / 100,
    shippedAt: state.now,
    status: 'in_transit',
    deliveredAt: null,
  };
  state.shipments.push(shipment);
  return shipment;
}

/** Ships lines of an order: shipment, shipped quantities, next state, receipt deadline, late flag. */
export function shipOrder(
  state: SimState,
  env: SimEnv,
  order: Order,
  input: Omit<ShipmentInput, 'destination'>,
): { shipment: Shipment; events: SimEvent[] } {
  const shipment = createShipment(state, order.id, { ...input, destination: order.address.country });
  order.shipmentIds.push(shipment.id);
  for (const l of input.lines) {
    const line = order.lines.find((x) => x.sku === l.sku);
    if (line) line.shippedQty += l.qty;
  }
  const roles = ORDER_STATE_ROLES[state.marketplace];
  const allShipped = order.lines.every((l) => l.shippedQty >= l.qty);
  const late = state.now > order.shipBy;
  if (late) order.lateShipment = true;
  const note = `${shipment.id} ${shipment.channelId} ${shipment.trackingNo}${late ? ' LATE' : ''}`;
  const to = allShipped ? roles.shipped : (roles.partial ?? order.status);
  if (to !== order.status) moveOrder(state.marketplace, order, to, state.now, 'seller', note);
  const window = env.rules.orders.receiptWindowDays.value;
  if (allShipped && window !== null) order.receiptDeadline = state.now + window * MINUTES_PER_DAY;
  const events: SimEvent[] = [
    {
      kind: 'order.shipped',
      message: {
        zh: `订单 ${order.id} 已发货：${input.channel.name.zh}，运单号 ${shipment.trackingNo}，计费重 ${shipment.chargeableWeightKg} kg，运费 ¥${shipment.costCny.toFixed(2)}`,
        en: `Order ${order.id} shipped by ${input.channel.name.en}, tracking ${shipment.trackingNo}, chargeable ${shipment.chargeableWeightKg} kg, freight ¥${shipment.costCny.toFixed(2)}`,
      },
      refs: { orderId: order.id, shipmentId: shipment.id },
    },
  ];
  if (late) {
    events.push({
      kind: 'order.lateShipment',
      message: {
        zh: `订单 ${order.id} 超过最晚发货时间发货，计入迟发率`,
        en: `Order ${order.id} shipped after its ship-by date; it counts towards the late shipment rate`,
      },
      refs: { orderId: order.id },
    });
  }
  return { shipment, events };
}
