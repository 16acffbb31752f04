/**
 * Order policies shared by the reducers: cancel reasons per marketplace, the resolutions each abnormal flag allows,
 * extra order fields the simulator tracks, and lookups with marketplace-style refusals.
 */
import type { Loc } from '../core/result.js';
import { refuse } from '../core/result.js';
import type { SimEnv } from '../core/rules.js';
import type { AbnormalFlag, MarketplaceId, Order, SimState } from '../core/state.js';

export interface OrderCancelReason {
  code: string;
  label: Loc;
}

const r = (code: string, zh: string, en: string): OrderCancelReason => ({ code, label: { zh, en } });

/** Cancel reasons a seller may choose (Amazon: the order-acknowledgement CancelReason codes). */
export const ORDER_CANCEL_REASONS: Record<MarketplaceId, OrderCancelReason[]> = {
  amazon: [
    r('NoInventory', '无库存', 'No inventory'),
    r('ShippingAddressUndeliverable', '收货地址无法配送', 'Shipping address undeliverable'),
    r('BuyerCanceled', '买家要求取消', 'Buyer cancelled'),
    r('CustomerExchange', '买家要求换货', 'Customer exchange'),
    r('PricingError', '价格错误', 'Pricing error'),
    r('GeneralAdjustment', '其他调整', 'General adjustment'),
  ],
  aliexpress: [
    r('buyer_request', '买家要求取消订单', 'Buyer asked to cancel the order'),
    r('out_of_stock', '库存不足，无法发货', 'Out of stock'),
    r('cannot_deliver', '无法配送到买家地址', 'Cannot deliver to the buyer’s address'),
    r('price_error', '商品价格设置错误', 'Wrong product price'),
    r('risk_order', '风险订单', 'Risky order'),
  ],
  alibaba: [
    r('buyer_request', '买家要求取消', 'Buyer asked to cancel'),
    r('cannot_meet_delivery', '无法按合同交期发货', 'Cannot meet the contract ship date'),
    r('terms_changed', '双方协商变更合同条款', 'Contract terms renegotiated'),
    r('out_of_stock', '库存不足', 'Out of stock'),
  ],
};

/** Resolutions a seller may choose per abnormal flag (`refund_buyer` refunds the order; the others are recorded). */
export const ABNORMAL_RESOLUTIONS: Record<AbnormalFlag, string[]> = {
  address_unverified: ['confirmed_with_buyer', 'address_corrected'],
  payment_risk: ['payment_verified', 'refund_buyer'],
  out_of_stock: ['restocked', 'refund_buyer'],
  lost_parcel: ['reshipped_free', 'carrier_claim', 'refund_buyer'],
  customs_hold: ['documents_provided', 'duties_paid', 'refund_buyer'],
};

export const orderRefundedAmount = (order: Order): number => order.refundedAmount ?? 0;

/** Adds a refund to the order's running total (rounded to cents). */
export function addOrderRefund(order: Order, amount: number): void {
  order.refundedAmount = Math.round(((order.refundedAmount ?? 0) + amount) * 100) / 100;
}

export const isCancelledOrder = (order: Order): boolean =>
  order.status === 'Canceled' || order.cancelReason !== undefined;

export function findOrder(state: SimState, orderId: string): Order {
  const order = state.orders.find((o) => o.id === orderId);
  if (!order) refuse('ORDER_NOT_FOUND', `订单 ${orderId} 不存在`, `Order ${orderId} not found`, 'orderId');
  return order;
}

/** "已发货（Shipped）" — the rule set's label of a state followed by its name. */
export function stateLabel(env: SimEnv, status: string): Loc {
  const def = env.rules.orders.states.value.find((s) => s.name === status);
  return def ? { zh: `${def.label.zh}（${status}）`, en: `${def.label.en} (${status})` } : { zh: status, en: status };
}

/** Order value of a line, in the listing currency. */
export const lineValue = (unitPrice: number, qty: number): number => Math.round(unitPrice * qty * 100) / 100;

export const roundMoney = (x: number): number => Math.round(x * 100) / 100;
