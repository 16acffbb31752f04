import type { Loc } from '../core/result.js';
import type { RuleSource } from '../core/rules.js';

export type ChannelKind = 'postal' | 'epacket' | 'express' | 'dedicated' | 'fba' | 'overseas_warehouse';

/** A price row of a channel for one zone: first weight and additional weight per step. */
export interface ZoneRate {
  zoneId: string;
  countries: string[];
  firstWeightKg: number;
  firstPriceCny: number;
  stepKg: number;
  stepPriceCny: number;
  deliveryDays: [number, number];
}

export interface LogisticsChannel {
  id: string;
  name: Loc;
  kind: ChannelKind;
  /** Volumetric divisor, cm³ per kg (5000, 6000 …); null = no volumetric weight (postal by actual weight). */
  volumetricDivisor: number | null;
  /** Chargeable weight is rounded up to this step (kg). */
  roundingStepKg: number;
  limits: {
    maxWeightKg: number;
    /** True when the weight must stay strictly below `maxWeightKg` (China Post small packet: "< 2 kg"). */
    weightLimitExclusive?: boolean;
    maxLongestSideCm: number;
    maxSumOfSidesCm: number | null;
    minFaceCm: [number, number] | null;
    battery: boolean;
    liquid: boolean;
  };
  zones: ZoneRate[];
  /** Fuel surcharge as a % of the transport charge (0 for postal). */
  fuelSurchargePct: number;
  /** Regular expression source for a valid tracking number (e.g. ^[A-Z]{2}\d{9}CN$). */
  trackingPattern: string;
  source: RuleSource;
}

export interface OverseasWarehouse {
  id: string;
  name: Loc;
  country: string;
  /** Outbound handling fee per order, CNY. */
  outboundFeeCny: number;
  /** Storage fee per unit per day, CNY. */
  storageFeeCny: number;
  /** Days from inbound shipment to stock received. */
  inboundDays: number;
  /** Channel used for outbound parcels from this warehouse (`ow-us`, `ow-de`). */
  outboundChannelId: string;
  /** Countries the warehouse delivers to. */
  serves: string[];
}

export interface LogisticsRuleSet {
  version: string;
  effectiveFrom: string;
  channels: LogisticsChannel[];
  warehouses: OverseasWarehouse[];
  sources: RuleSource[];
}
