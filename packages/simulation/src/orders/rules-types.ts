import type { Loc } from '../core/result.js';
import type { Sourced } from '../core/rules.js';

export interface OrderStateDef {
  name: string;
  label: Loc;
  terminal: boolean;
}

/** Order rules of a marketplace rule set: its state names and the limits of its operations. */
export interface OrderRules {
  states: Sourced<OrderStateDef[]>;
  /** State of a newly placed, paid order that waits for the seller to ship (Amazon `Unshipped`, …). */
  awaitingShipment: string;
  /** Days to ship after payment (handling time limit). */
  shipWithinDays: Sourced<number>;
  /** AliExpress-like buyer receipt window after shipping, and the most it may be extended in total. */
  receiptWindowDays: Sourced<number | null>;
  maxReceiptExtensionDays: Sourced<number | null>;
  /** Days after delivery in which the buyer may ask for a return. */
  returnWindowDays: Sourced<number>;
}
