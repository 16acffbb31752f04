/**
 * Order state machines as data: for each marketplace, the states an order may move to from each state. Every status
 * change in the simulator goes through `moveOrder`, so an illegal transition cannot happen silently.
 */

import { refuse } from '../core/result.js';
import type { RuleSource } from '../core/rules.js';
import type { MarketplaceId, Order } from '../core/state.js';

export const ORDER_TRANSITIONS: Record<MarketplaceId, Record<string, readonly string[]>> = {
  amazon: {
    PendingAvailability: ['Pending', 'Canceled'],
    Pending: ['Unshipped', 'Canceled'],
    Unshipped: ['PartiallyShipped', 'Shipped', 'InvoiceUnconfirmed', 'Canceled', 'Unfulfillable'],
    PartiallyShipped: ['Shipped'],
    InvoiceUnconfirmed: ['Shipped'],
    Shipped: [],
    Canceled: [],
    Unfulfillable: [],
  },
  aliexpress: {
    PLACE_ORDER_SUCCESS: ['RISK_CONTROL', 'IN_CANCEL', 'FINISH'],
    RISK_CONTROL: ['WAIT_SELLER_SEND_GOODS', 'FINISH'],
    WAIT_SELLER_SEND_GOODS: ['SELLER_PART_SEND_GOODS', 'WAIT_BUYER_ACCEPT_GOODS', 'IN_CANCEL', 'FINISH'],
    IN_CANCEL: ['FINISH', 'WAIT_SELLER_SEND_GOODS'],
    SELLER_PART_SEND_GOODS: ['WAIT_BUYER_ACCEPT_GOODS'],
    WAIT_BUYER_ACCEPT_GOODS: ['FINISH', 'IN_ISSUE', 'IN_FROZEN', 'FUND_PROCESSING'],
    IN_ISSUE: ['WAIT_BUYER_ACCEPT_GOODS', 'FUND_PROCESSING', 'FINISH'],
    IN_FROZEN: ['WAIT_BUYER_ACCEPT_GOODS', 'FINISH'],
    FUND_PROCESSING: ['FINISH'],
    WAIT_SELLER_EXAMINE_MONEY: ['WAIT_SELLER_SEND_GOODS', 'FINISH'],
    FINISH: [],
  },
  alibaba: {
    WAIT_BUYER_CONFIRM: ['WAIT_BUYER_PAY', 'CLOSED'],
    WAIT_BUYER_PAY: ['WAIT_SUPPLIER_SHIP', 'CLOSED'],
    WAIT_SUPPLIER_SHIP: ['WAIT_BUYER_RECEIVE', 'IN_DISPUTE', 'CLOSED'],
    WAIT_BUYER_RECEIVE: ['COMPLETED', 'IN_DISPUTE'],
    IN_DISPUTE: ['WAIT_SUPPLIER_SHIP', 'WAIT_BUYER_RECEIVE', 'COMPLETED', 'CLOSED'],
    // The buyer may still claim up to 30 days after receipt.
    COMPLETED: ['IN_DISPUTE'],
    CLOSED: [],
  },
};

export const ORDER_TRANSITION_SOURCES: Record<MarketplaceId, RuleSource> = {
  amazon: {
    title: 'Amazon Selling Partner API: Orders API OrderStatus',
    url: 'https://developer-docs.amazon.com/sp-api/docs/orders-api-v0-reference',
    effectiveFrom: '2024-01-01',
  },
  aliexpress: {
    title: 'AliExpress Open Platform: order status (orderStatus) of aliexpress.trade.seller.orderlist.get',
    url: 'https://openservice.aliexpress.com',
    effectiveFrom: '2024-01-01',
    note: 'A seller-cancelled order is closed (FINISH) with the reason; IN_CANCEL is the buyer’s pending cancel request.',
  },
  alibaba: {
    title: 'Alibaba.com Trade Assurance: order process and dispute rules',
    url: 'https://tradeassurance.alibaba.com',
    effectiveFrom: '2024-01-01',
    note: 'Supplier responds to a claim within 3 days; the buyer may escalate from day 4; automatic escalation on day 8.',
  },
};

/** The roles states play in the operations, per marketplace. */
export interface OrderStateRoles {
  awaiting: string;
  partial: string | null;
  shipped: string;
  cancelled: string;
  /** States in which the seller may still change or cancel the order (before shipment). */
  beforeShipment: readonly string[];
}

export const ORDER_STATE_ROLES: Record<MarketplaceId, OrderStateRoles> = {
  amazon: {
    awaiting: 'Unshipped',
    partial: 'PartiallyShipped',
    shipped: 'Shipped',
    cancelled: 'Canceled',
    beforeShipment: ['PendingAvailability', 'Pending', 'Unshipped'],
  },
  aliexpress: {
    awaiting: 'WAIT_SELLER_SEND_GOODS',
    partial: 'SELLER_PART_SEND_GOODS',
    shipped: 'WAIT_BUYER_ACCEPT_GOODS',
    cancelled: 'FINISH',
    beforeShipment: ['PLACE_ORDER_SUCCESS', 'RISK_CONTROL', 'WAIT_SELLER_SEND_GOODS', 'IN_CANCEL'],
  },
  alibaba: {
    awaiting: 'WAIT_SUPPLIER_SHIP',
    partial: null,
    shipped: 'WAIT_BUYER_RECEIVE',
    cancelled: 'CLOSED',
    beforeShipment: ['WAIT_BUYER_CONFIRM', 'WAIT_BUYER_PAY', 'WAIT_SUPPLIER_SHIP'],
  },
};

export const canOrderTransition = (marketplace: MarketplaceId, from: string, to: string): boolean =>
  ORDER_TRANSITIONS[marketplace][from]?.includes(to) ?? false;

/** Moves an order to `to` and records it in the history; an illegal move is refused (it is a rule, not a crash). */
export function moveOrder(
  marketplace: MarketplaceId,
  order: Order,
  to: string,
  at: number,
  by: 'seller' | 'buyer' | 'platform',
  note?: string,
): void {
  if (!canOrderTransition(marketplace, order.status, to)) {
    refuse(
      'ORDER_ILLEGAL_TRANSITION',
      `订单状态不能从 ${order.status} 变为 ${to}`,
      `An order cannot move from ${order.status} to ${to}`,
      'status',
    );
  }
  order.history.push(
    note === undefined ? { at, from: order.status, to, by } : { at, from: order.status, to, by, note },
  );
  order.status = to;
}
