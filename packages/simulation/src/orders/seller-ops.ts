/** Seller operations on an order before and around shipment: filter, modify, extend receipt, cancel, abnormal. */
import type { ActionOf } from '../core/actions.js';
import type { SimEvent } from '../core/result.js';
import { refuse } from '../core/result.js';
import type { SimEnv } from '../core/rules.js';
import type { AbnormalFlag, Order, SimState } from '../core/state.js';
import { MINUTES_PER_DAY } from '../core/state.js';
import { filterOrders } from './filter.js';
import {
  ABNORMAL_RESOLUTIONS,
  addOrderRefund,
  findOrder,
  isCancelledOrder,
  lineValue,
  ORDER_CANCEL_REASONS,
  orderRefundedAmount,
  roundMoney,
  stateLabel,
} from './policy.js';
import { moveOrder, ORDER_STATE_ROLES, ORDER_TRANSITIONS } from './states.js';

export function knownOrderStates(state: SimState, env: SimEnv): string[] {
  const names = env.rules.orders.states.value.map((s) => s.name);
  return names.length > 0 ? names : Object.keys(ORDER_TRANSITIONS[state.marketplace]);
}

export function filterOrdersReducer(draft: SimState, action: ActionOf<'order.filter'>, env: SimEnv): SimEvent[] {
  const known = knownOrderStates(draft, env);
  for (const [i, s] of (action.filter.status ?? []).entries()) {
    if (!known.includes(s)) {
      refuse(
        'ORDER_STATUS_UNKNOWN',
        `订单状态 ${s} 不存在，可选：${known.join('、')}`,
        `Unknown order status ${s}; valid: ${known.join(', ')}`,
        `filter.status[${i}]`,
      );
    }
  }
  const found = filterOrders(draft.orders, action.filter);
  return [
    {
      kind: 'order.filter',
      message: { zh: `筛选到 ${found.length} 个订单`, en: `${found.length} order(s) match the filter` },
      refs: { count: String(found.length), orderIds: found.map((o) => o.id).join(',') },
    },
  ];
}

function assertBeforeShipment(
  draft: SimState,
  env: SimEnv,
  order: Order,
  code: string,
  verbZh: string,
  verbEn: string,
) {
  if (ORDER_STATE_ROLES[draft.marketplace].beforeShipment.includes(order.status) && !isCancelledOrder(order)) return;
  const label = stateLabel(env, order.status);
  if (isCancelledOrder(order)) {
    refuse(
      code,
      `订单已取消（${order.status}），不能${verbZh}`,
      `This order is cancelled (${order.status}) and cannot be ${verbEn}`,
    );
  }
  refuse(
    code,
    `订单状态为 ${label.zh}，发货后不能${verbZh}`,
    `This order is ${label.en}; it cannot be ${verbEn} after shipment`,
  );
}

/** The listing whose stock an order line draws on. */
const listingOfLine = (draft: SimState, sku: string, listingId: string | null) =>
  draft.listings.find((l) => (listingId !== null ? l.id === listingId : l.sku === sku));

export function modifyOrderReducer(draft: SimState, action: ActionOf<'order.modify'>, env: SimEnv): SimEvent[] {
  const order = findOrder(draft, action.orderId);
  assertBeforeShipment(draft, env, order, 'ORDER_NOT_MODIFIABLE', '修改', 'modified');
  const changed: string[] = [];
  if (action.address) {
    for (const key of ['name', 'line1', 'city', 'postalCode', 'country'] as const) {
      if (action.address[key].trim() === '') {
        refuse('ADDRESS_INCOMPLETE', `收货地址缺少 ${key}`, `The address is missing ${key}`, `address.${key}`);
      }
    }
    order.address = { ...action.address, country: action.address.country.toUpperCase() };
    changed.push('address');
  }
  if (action.sellerNote !== undefined) {
    order.sellerNote = action.sellerNote;
    changed.push('sellerNote');
  }
  for (const [i, req] of (action.lines ?? []).entries()) {
    const line = order.lines.find((l) => l.sku === req.sku);
    if (!line)
      refuse('ORDER_LINE_NOT_FOUND', `订单中没有 SKU ${req.sku}`, `The order has no SKU ${req.sku}`, `lines[${i}].sku`);
    const delta = req.qty - line.qty;
    const listing = listingOfLine(draft, line.sku, line.listingId);
    const stock = listing?.stock ?? 0;
    if (delta > stock) {
      refuse(
        'ORDER_QTY_EXCEEDS_STOCK',
        `SKU ${req.sku} 增加 ${delta} 件，超过可售库存 ${stock}`,
        `SKU ${req.sku}: adding ${delta} exceeds the available stock of ${stock}`,
        `lines[${i}].qty`,
      );
    }
    if (listing) listing.stock -= delta;
    line.qty = req.qty;
    changed.push(`lines.${req.sku}`);
  }
  if (action.lines)
    order.total = roundMoney(order.lines.reduce((s, l) => s + lineValue(l.unitPrice, l.qty), 0) + order.shippingFee);
  order.history.push({
    at: draft.now,
    from: order.status,
    to: order.status,
    by: 'seller',
    note: `modified: ${changed.join(', ')}`,
  });
  return [
    {
      kind: 'order.modified',
      message: {
        zh: `订单 ${order.id} 已修改（${changed.join('、')}）`,
        en: `Order ${order.id} modified (${changed.join(', ')})`,
      },
      refs: { orderId: order.id },
    },
  ];
}

export function extendReceiptReducer(
  draft: SimState,
  action: ActionOf<'order.extendReceipt'>,
  env: SimEnv,
): SimEvent[] {
  const order = findOrder(draft, action.orderId);
  const max = env.rules.orders.maxReceiptExtensionDays.value;
  if (max === null) {
    refuse(
      'RECEIPT_EXTENSION_UNSUPPORTED',
      `${env.rules.name.zh} 不支持延长买家收货时间`,
      `${env.rules.name.en} has no buyer receipt time to extend`,
    );
  }
  if (order.status === 'IN_ISSUE' || order.status === 'IN_FROZEN') {
    const zh = order.status === 'IN_ISSUE' ? '订单纠纷中' : '订单已冻结';
    const en = order.status === 'IN_ISSUE' ? 'in dispute' : 'frozen';
    refuse(
      'RECEIPT_EXTENSION_STATE',
      `${zh}（${order.status}），不能延长收货时间`,
      `The order is ${en} (${order.status}); the receipt time cannot be extended`,
    );
  }
  if (order.status !== 'WAIT_BUYER_ACCEPT_GOODS') {
    const label = stateLabel(env, order.status);
    refuse(
      'RECEIPT_EXTENSION_STATE',
      `只有等待买家收货（WAIT_BUYER_ACCEPT_GOODS）的订单可以延长收货时间，当前为 ${label.zh}`,
      `Only orders waiting for the buyer to accept goods (WAIT_BUYER_ACCEPT_GOODS) can be extended; this one is ${label.en}`,
    );
  }
  if (order.receiptExtendedDays + action.days > max) {
    refuse(
      'RECEIPT_EXTENSION_LIMIT',
      `延长收货时间累计不能超过 ${max} 天，已延长 ${order.receiptExtendedDays} 天`,
      `The receipt time can be extended by at most ${max} days in total; already extended ${order.receiptExtendedDays} days`,
      'days',
    );
  }
  order.receiptExtendedDays += action.days;
  order.receiptDeadline = (order.receiptDeadline ?? draft.now) + action.days * MINUTES_PER_DAY;
  order.history.push({
    at: draft.now,
    from: order.status,
    to: order.status,
    by: 'seller',
    note: `receipt extended ${action.days}d`,
  });
  return [
    {
      kind: 'order.receiptExtended',
      message: {
        zh: `订单 ${order.id} 收货时间延长 ${action.days} 天（累计 ${order.receiptExtendedDays} 天）`,
        en: `Order ${order.id}: receipt time extended by ${action.days} days (${order.receiptExtendedDays} in total)`,
      },
      refs: { orderId: order.id },
    },
  ];
}

/** Cancels an order before shipment: the marketplace's closed state, the reason, refund of what was paid, stock back. */
export function cancelOrder(draft: SimState, order: Order, reason: string, by: 'seller' | 'platform'): number {
  const refund = order.paidAt !== null || (order.tradeAssurance?.paidAmount ?? 0) > 0 ? refundableOf(order) : 0;
  for (const line of order.lines) {
    const listing = listingOfLine(draft, line.sku, line.listingId);
    if (listing) listing.stock += line.qty - line.shippedQty;
  }
  if (refund > 0) {
    addOrderRefund(order, refund);
    order.tradeAssurance?.refunds.push({ amount: refund, reason, at: draft.now });
  }
  order.cancelReason = reason;
  moveOrder(
    draft.marketplace,
    order,
    ORDER_STATE_ROLES[draft.marketplace].cancelled,
    draft.now,
    by,
    `cancel: ${reason}`,
  );
  return refund;
}

/** What is left to refund: the paid amount (TA) or the order total, minus refunds so far. */
export const refundableOf = (order: Order): number =>
  roundMoney((order.tradeAssurance ? order.tradeAssurance.paidAmount : order.total) - orderRefundedAmount(order));

export function cancelOrderReducer(draft: SimState, action: ActionOf<'order.cancel'>, env: SimEnv): SimEvent[] {
  const order = findOrder(draft, action.orderId);
  assertBeforeShipment(draft, env, order, 'ORDER_NOT_CANCELLABLE', '取消', 'cancelled');
  const reasons = ORDER_CANCEL_REASONS[draft.marketplace];
  if (!reasons.some((r) => r.code === action.reason)) {
    refuse(
      'CANCEL_REASON_INVALID',
      `取消原因不在可选范围：${reasons.map((r) => `${r.code}（${r.label.zh}）`).join('、')}`,
      `Choose a cancel reason: ${reasons.map((r) => r.code).join(', ')}`,
      'reason',
    );
  }
  const refund = cancelOrder(draft, order, action.reason, 'seller');
  return [
    {
      kind: 'order.cancelled',
      message: {
        zh: `订单 ${order.id} 已取消（${order.status}），退款 $${refund.toFixed(2)}`,
        en: `Order ${order.id} cancelled (${order.status}); refund $${refund.toFixed(2)}`,
      },
      refs: { orderId: order.id },
    },
  ];
}

export function resolveAbnormalReducer(draft: SimState, action: ActionOf<'order.resolveAbnormal'>): SimEvent[] {
  const order = findOrder(draft, action.orderId);
  const allowed = ABNORMAL_RESOLUTIONS[action.flag as AbnormalFlag] as string[] | undefined;
  if (!allowed) {
    refuse('ABNORMAL_FLAG_UNKNOWN', `异常类型 ${action.flag} 不存在`, `Unknown abnormal flag ${action.flag}`, 'flag');
  }
  if (!order.flags.includes(action.flag as AbnormalFlag)) {
    refuse(
      'ORDER_FLAG_NOT_SET',
      `订单 ${order.id} 没有异常 ${action.flag}`,
      `Order ${order.id} is not flagged ${action.flag}`,
      'flag',
    );
  }
  if (!allowed.includes(action.resolution)) {
    refuse(
      'ABNORMAL_RESOLUTION_INVALID',
      `异常 ${action.flag} 的处理方式只能是：${allowed.join('、')}`,
      `Resolve ${action.flag} with one of: ${allowed.join(', ')}`,
      'resolution',
    );
  }
  order.flags = order.flags.filter((f) => f !== action.flag);
  const note = `abnormal ${action.flag}: ${action.resolution}${action.note ? ` (${action.note})` : ''}`;
  let refund = 0;
  if (action.resolution === 'refund_buyer') {
    const beforeShipment = ORDER_STATE_ROLES[draft.marketplace].beforeShipment.includes(order.status);
    if (beforeShipment && !isCancelledOrder(order)) {
      refund = cancelOrder(draft, order, `abnormal:${action.flag}`, 'seller');
    } else {
      refund = Math.max(0, refundableOf(order));
      addOrderRefund(order, refund);
    }
  }
  order.history.push({ at: draft.now, from: order.status, to: order.status, by: 'seller', note });
  const refundText =
    refund > 0 ? { zh: `，退款 $${refund.toFixed(2)}`, en: `; refund $${refund.toFixed(2)}` } : { zh: '', en: '' };
  return [
    {
      kind: 'order.abnormalResolved',
      message: {
        zh: `订单 ${order.id} 的异常 ${action.flag} 已处理：${action.resolution}${refundText.zh}`,
        en: `Order ${order.id}: ${action.flag} resolved (${action.resolution})${refundText.en}`,
      },
      refs: { orderId: order.id },
    },
  ];
}
