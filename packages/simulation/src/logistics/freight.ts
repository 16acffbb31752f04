/**
 * Freight arithmetic: volumetric and chargeable weight, channel limits, and zone rate-card quotes. Weights are
 * compared and rounded in grams so that 1.2 kg does not become 1.2000000000000002 kg and jump a step.
 */
import type { Loc, RuleViolation } from '../core/result.js';
import type { Dimensions, Parcel } from '../core/state.js';
import type { LogisticsChannel, LogisticsRuleSet } from './rules-types.js';
import { logisticsZoneFor } from './zones.js';

export interface GoodsTraits {
  battery: boolean;
  liquid: boolean;
}

export type FreightQuote =
  | {
      ok: true;
      chargeableWeightKg: number;
      transportCny: number;
      fuelCny: number;
      totalCny: number;
      deliveryDays: [number, number];
      zoneId: string;
    }
  | { ok: false; violations: RuleViolation[] };

/** Kilograms as whole-ish grams with float noise removed (0.1 + 0.2 kg → 300 g). */
const grams = (kg: number): number => Math.round(kg * 1000 * 1e6) / 1e6;
const kgFromGrams = (g: number): number => Math.round(g) / 1000;
const cents = (cny: number): number => Math.round(cny * 100);
const EPSILON_G = 1e-6;

/** Rounds grams up to a multiple of the step (grams); exact multiples stay. */
function ceilToStepG(g: number, stepG: number): number {
  return Math.ceil(g / stepG - EPSILON_G) * stepG;
}

/** Volumetric weight in kg: L × W × H (cm) ÷ divisor (cm³ per kg). */
export function volumetricWeightKg(dims: Dimensions, divisor: number): number {
  return grams((dims.l * dims.w * dims.h) / divisor) / 1000;
}

/** max(actual, volumetric) rounded UP to the channel's step; postal channels (no divisor) use the actual weight. */
export function chargeableWeightKg(parcel: Parcel, channel: LogisticsChannel): number {
  const actualG = grams(parcel.weightKg);
  const volumetricG =
    channel.volumetricDivisor === null ? 0 : grams(volumetricWeightKg(parcel, channel.volumetricDivisor));
  const stepG = Math.round(channel.roundingStepKg * 1000);
  return kgFromGrams(ceilToStepG(Math.max(actualG, volumetricG), stepG));
}

const v = (rule: string, field: string, message: Loc): RuleViolation => ({ rule, field, message });

/** What the channel refuses about this parcel and these goods (weight, size, batteries, liquids). */
export function checkChannelLimits(channel: LogisticsChannel, parcel: Parcel, goods: GoodsTraits): RuleViolation[] {
  const out: RuleViolation[] = [];
  const name = channel.name;
  const lim = channel.limits;
  const sides = [parcel.l, parcel.w, parcel.h];
  if (![parcel.weightKg, ...sides].every((x) => Number.isFinite(x) && x > 0)) {
    out.push(
      v('parcel.positive', 'parcel', {
        zh: '包裹重量和长宽高必须大于 0',
        en: 'Parcel weight and dimensions must be greater than 0',
      }),
    );
    return out;
  }
  const tooHeavy = lim.weightLimitExclusive
    ? grams(parcel.weightKg) >= grams(lim.maxWeightKg)
    : grams(parcel.weightKg) > grams(lim.maxWeightKg);
  if (tooHeavy) {
    const zhLimit = lim.weightLimitExclusive ? `须小于 ${lim.maxWeightKg} kg` : `不能超过 ${lim.maxWeightKg} kg`;
    const enLimit = lim.weightLimitExclusive
      ? `must be under ${lim.maxWeightKg} kg`
      : `may not exceed ${lim.maxWeightKg} kg`;
    out.push(
      v('channel.maxWeight', 'parcel.weightKg', {
        zh: `${name.zh}：包裹重量 ${parcel.weightKg} kg，${zhLimit}`,
        en: `${name.en}: parcel weight ${parcel.weightKg} kg ${enLimit}`,
      }),
    );
  }
  const sorted = [...sides].sort((a, b) => b - a);
  const longest = sorted[0] ?? 0;
  if (longest > lim.maxLongestSideCm) {
    out.push(
      v('channel.maxLongestSide', 'parcel', {
        zh: `${name.zh}：最长边 ${longest} cm，不能超过 ${lim.maxLongestSideCm} cm`,
        en: `${name.en}: longest side ${longest} cm may not exceed ${lim.maxLongestSideCm} cm`,
      }),
    );
  }
  const sum = Math.round((parcel.l + parcel.w + parcel.h) * 1000) / 1000;
  if (lim.maxSumOfSidesCm !== null && sum > lim.maxSumOfSidesCm) {
    out.push(
      v('channel.maxSumOfSides', 'parcel', {
        zh: `${name.zh}：长 + 宽 + 高 = ${sum} cm，不能超过 ${lim.maxSumOfSidesCm} cm`,
        en: `${name.en}: length + width + height = ${sum} cm may not exceed ${lim.maxSumOfSidesCm} cm`,
      }),
    );
  }
  if (lim.minFaceCm !== null && ((sorted[0] ?? 0) < lim.minFaceCm[0] || (sorted[1] ?? 0) < lim.minFaceCm[1])) {
    const [a, b] = lim.minFaceCm;
    out.push(
      v('channel.minFace', 'parcel', {
        zh: `${name.zh}：最大面不能小于 ${a} × ${b} cm`,
        en: `${name.en}: the largest face must be at least ${a} × ${b} cm`,
      }),
    );
  }
  if (goods.battery && !lim.battery) {
    out.push(
      v('channel.battery', 'goods.battery', {
        zh: `${name.zh} 不收寄带电池（含锂电池）的货物`,
        en: `${name.en} does not accept goods with batteries`,
      }),
    );
  }
  if (goods.liquid && !lim.liquid) {
    out.push(
      v('channel.liquid', 'goods.liquid', {
        zh: `${name.zh} 不收寄液体、膏状货物`,
        en: `${name.en} does not accept liquids, gels or creams`,
      }),
    );
  }
  return out;
}

/** A quote of one channel to one country: limits first, then the zone's rate card and the fuel surcharge. */
export function quoteFreight(
  channel: LogisticsChannel,
  country: string,
  parcel: Parcel,
  goods: GoodsTraits = { battery: false, liquid: false },
): FreightQuote {
  const violations = checkChannelLimits(channel, parcel, goods);
  const zone = logisticsZoneFor(channel.zones, country);
  if (!zone) {
    violations.push(
      v('channel.zone', 'destination', {
        zh: `${channel.name.zh} 不能寄往 ${country}`,
        en: `${channel.name.en} does not deliver to ${country}`,
      }),
    );
  }
  if (!zone || violations.length > 0) return { ok: false, violations };
  const weight = chargeableWeightKg(parcel, channel);
  const extraG = Math.max(0, grams(weight) - grams(zone.firstWeightKg));
  const steps = extraG <= EPSILON_G ? 0 : Math.ceil(extraG / grams(zone.stepKg) - EPSILON_G);
  // Money in whole fen (cents) so that 935 × 24.5 % is 229.08, not 229.07 from 229.07499….
  const transportFen = cents(zone.firstPriceCny) + steps * cents(zone.stepPriceCny);
  const fuelFen = Math.round((transportFen * channel.fuelSurchargePct) / 100);
  return {
    ok: true,
    chargeableWeightKg: weight,
    transportCny: transportFen / 100,
    fuelCny: fuelFen / 100,
    totalCny: (transportFen + fuelFen) / 100,
    deliveryDays: zone.deliveryDays,
    zoneId: zone.zoneId,
  };
}

export interface ChannelQuote {
  channelId: string;
  quote: FreightQuote;
}

/** Channels that ship a parcel from China to the buyer (not FBA first leg, not warehouse outbound). */
export const isDirectChannel = (c: LogisticsChannel): boolean => c.kind !== 'fba' && c.kind !== 'overseas_warehouse';

/** Quotes of every direct channel (or of the channels named) for a parcel. */
export function quoteAllChannels(
  rules: LogisticsRuleSet,
  country: string,
  parcel: Parcel,
  goods: GoodsTraits = { battery: false, liquid: false },
  channelIds?: string[],
): ChannelQuote[] {
  const channels = channelIds
    ? rules.channels.filter((c) => channelIds.includes(c.id))
    : rules.channels.filter(isDirectChannel);
  return channels.map((c) => ({ channelId: c.id, quote: quoteFreight(c, country, parcel, goods) }));
}

type OkQuote = ChannelQuote & { quote: Extract<FreightQuote, { ok: true }> };
const okQuotes = (quotes: ChannelQuote[]): OkQuote[] => quotes.filter((q): q is OkQuote => q.quote.ok);

/** The cheapest channel that accepts the parcel (ties: faster, then id); null when none does. */
export function cheapestChannel(
  rules: LogisticsRuleSet,
  country: string,
  parcel: Parcel,
  goods?: GoodsTraits,
): OkQuote | null {
  const sorted = okQuotes(quoteAllChannels(rules, country, parcel, goods)).sort(
    (a, b) =>
      a.quote.totalCny - b.quote.totalCny ||
      a.quote.deliveryDays[1] - b.quote.deliveryDays[1] ||
      a.channelId.localeCompare(b.channelId),
  );
  return sorted[0] ?? null;
}

/** The fastest channel (latest delivery day, then earliest) that accepts the parcel; ties: cheaper. */
export function fastestChannel(
  rules: LogisticsRuleSet,
  country: string,
  parcel: Parcel,
  goods?: GoodsTraits,
): OkQuote | null {
  const sorted = okQuotes(quoteAllChannels(rules, country, parcel, goods)).sort(
    (a, b) =>
      a.quote.deliveryDays[1] - b.quote.deliveryDays[1] ||
      a.quote.deliveryDays[0] - b.quote.deliveryDays[0] ||
      a.quote.totalCny - b.quote.totalCny ||
      a.channelId.localeCompare(b.channelId),
  );
  return sorted[0] ?? null;
}
