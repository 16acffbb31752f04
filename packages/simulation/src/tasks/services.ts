/**
 * What the task engine uses from the domains: listing and declaration validators, the reply rubric, freight.
 * The engine talks to this interface only; `defaultTaskServices` (task-services.ts) wires the real domain functions.
 */
import type { Loc, RuleViolation } from '../core/result.js';
import type { MarketplaceRuleSet, SimEnv } from '../core/rules.js';
import type { CustomsDeclaration, Listing, MessageThread, Parcel, SimState } from '../core/state.js';
import type { ReplyRubric } from './types.js';

export type FreightQuoteOutcome =
  | { ok: true; totalCny: number; chargeableWeightKg: number; deliveryDays: [number, number] }
  | { ok: false; reason: Loc };

export interface CheckServices {
  validateListing(listing: Listing, rules: MarketplaceRuleSet, state: SimState): RuleViolation[];
  validateDeclaration(declaration: CustomsDeclaration, env: SimEnv, state: SimState): RuleViolation[];
  evaluateReply(
    thread: MessageThread,
    rubric: ReplyRubric,
    resolve: (s: string) => string,
  ): { passed: boolean; detail: Loc };
  /** Freight for one parcel by one channel to a country (transport + fuel surcharge, CNY). */
  quoteFreight(
    env: SimEnv,
    channelId: string,
    country: string,
    parcel: Parcel,
    goods?: { battery: boolean; liquid: boolean },
  ): FreightQuoteOutcome;
  /** Chargeable weight of a parcel on a channel (max of actual and volumetric, rounded up by the channel's step). */
  chargeableWeightKg(env: SimEnv, channelId: string, parcel: Parcel): number;
}
