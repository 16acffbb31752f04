/**
 * Logistics rule sets: channels with their limits, volumetric divisors, rounding steps, zone rate cards, fuel
 * surcharges and tracking-number formats, and the overseas warehouses. Limits, divisors and steps are the carriers'
 * published rules; rate-card prices are teaching values in the range of the public 2025 cards (carriers quote
 * contract prices per shipper) — each channel's source says so.
 */
import type { RuleSource } from '../core/rules.js';
import type { LogisticsChannel, LogisticsRuleSet, OverseasWarehouse } from './rules-types.js';
import { logisticsZoneRate as z } from './zones.js';

const EFFECTIVE = '2025-10-01';
const PRICE_NOTE = 'Rate-card prices are teaching values in the range of the public 2025 card; contracts differ.';

const SRC = {
  chinaPost: {
    title: '中国邮政 国际小包业务（挂号小包）资费及规格限制 / China Post international small packet',
    url: 'https://www.ems.com.cn',
    effectiveFrom: '2025-01-01',
    note: `< 2 kg, L+W+H ≤ 90 cm, longest side ≤ 60 cm, no liquids or loose batteries; UPU S10 numbers (RR…CN). ${PRICE_NOTE}`,
  },
  epacket: {
    title: '中国邮政 国际 e 邮宝（ePacket）业务规格 / ePacket service specification',
    url: 'https://www.ems.com.cn',
    effectiveFrom: '2025-01-01',
    note: `≤ 2 kg, minimum face 14 × 11 cm, L+W+H ≤ 90 cm, longest ≤ 60 cm; numbers L?…CN. ${PRICE_NOTE}`,
  },
  dhl: {
    title: 'DHL Express: volumetric weight (L×W×H cm ÷ 5000, rounded up to the next 0.5 kg) and fuel surcharge',
    url: 'https://www.dhl.com',
    effectiveFrom: EFFECTIVE,
    note: `Fuel surcharge revised monthly, indexed to jet fuel with a two-month lag. ${PRICE_NOTE}`,
  },
  sf: {
    title: 'SF International: volumetric weight L×W×H cm ÷ 6000',
    url: 'https://www.sf-international.com',
    effectiveFrom: EFFECTIVE,
    note: PRICE_NOTE,
  },
  ups: {
    title: 'UPS Worldwide Saver: dimensional weight in³ ÷ 139 (lb), here in its cm ÷ 5000 (kg) variant',
    url: 'https://www.ups.com',
    effectiveFrom: EFFECTIVE,
    note: `UPS rounds dimensions to the nearest inch and weight up to the next lb; the cm/kg variant with 0.5 kg steps is used here. Fuel surcharge revised weekly. ${PRICE_NOTE}`,
  },
  dedicated: {
    title: '中美专线（航空干线 + 美国本土派送）: ÷ 6000, 0.1 kg steps',
    effectiveFrom: EFFECTIVE,
    note: `Typical published terms of US dedicated-line carriers (e.g. YunExpress, Yanwen). ${PRICE_NOTE}`,
  },
  fba: {
    title: 'Amazon Seller Central: FBA dimensional weight (in³ ÷ 139 per lb) and box limits (50 lb, 25 in)',
    url: 'https://sellercentral.amazon.com',
    effectiveFrom: '2024-02-05',
    note: `139 in³/lb = 5022 cm³/kg. First-leg (头程) air freight to a US fulfilment centre. ${PRICE_NOTE}`,
  },
  overseas: {
    title: '海外仓一件代发（美国/德国本土派送）: USPS / DHL Paket domestic services',
    effectiveFrom: EFFECTIVE,
    note: `Outbound from the warehouse's stock by domestic carrier; handling fee per order. ${PRICE_NOTE}`,
  },
} satisfies Record<string, RuleSource>;

const NO_LIQUID_NO_BATTERY = { battery: false, liquid: false } as const;

export const CHANNELS_2025_10: LogisticsChannel[] = [
  {
    id: 'cn-post-small',
    name: { zh: '中国邮政挂号小包', en: 'China Post registered small packet' },
    kind: 'postal',
    volumetricDivisor: null,
    roundingStepKg: 0.01,
    limits: {
      maxWeightKg: 2,
      weightLimitExclusive: true,
      maxLongestSideCm: 60,
      maxSumOfSidesCm: 90,
      minFaceCm: null,
      ...NO_LIQUID_NO_BATTERY,
    },
    zones: [
      z('US', 0.1, 27, 0.01, 1.0, [15, 30]),
      z('EU', 0.1, 24, 0.01, 0.8, [15, 30]),
      z('UK', 0.1, 22, 0.01, 0.75, [12, 25]),
      z('AU', 0.1, 25, 0.01, 0.85, [15, 30]),
      z('JP', 0.1, 18, 0.01, 0.55, [8, 15]),
      z('ROW', 0.1, 28, 0.01, 1.1, [20, 40]),
    ],
    fuelSurchargePct: 0,
    trackingPattern: '^R[A-Z]\\d{9}CN$',
    source: SRC.chinaPost,
  },
  {
    id: 'epacket',
    name: { zh: '国际 e 邮宝', en: 'ePacket' },
    kind: 'epacket',
    volumetricDivisor: null,
    roundingStepKg: 0.01,
    limits: { maxWeightKg: 2, maxLongestSideCm: 60, maxSumOfSidesCm: 90, minFaceCm: [14, 11], ...NO_LIQUID_NO_BATTERY },
    zones: [
      z('US', 0.05, 21, 0.01, 1.05, [7, 15]),
      z('EU', 0.05, 20, 0.01, 0.9, [8, 15]),
      z('UK', 0.05, 19, 0.01, 0.8, [7, 12]),
      z('AU', 0.05, 20, 0.01, 0.9, [7, 15]),
      z('JP', 0.05, 15, 0.01, 0.6, [5, 10]),
    ],
    fuelSurchargePct: 0,
    trackingPattern: '^L[A-Z]\\d{9}CN$',
    source: SRC.epacket,
  },
  {
    id: 'dhl-express',
    name: { zh: 'DHL 国际快递', en: 'DHL Express Worldwide' },
    kind: 'express',
    volumetricDivisor: 5000,
    roundingStepKg: 0.5,
    limits: {
      maxWeightKg: 70,
      maxLongestSideCm: 120,
      maxSumOfSidesCm: null,
      minFaceCm: null,
      battery: true,
      liquid: true,
    },
    zones: [
      z('US', 0.5, 260, 0.5, 75, [3, 5]),
      z('EU', 0.5, 240, 0.5, 65, [3, 6]),
      z('UK', 0.5, 235, 0.5, 62, [3, 5]),
      z('AU', 0.5, 220, 0.5, 60, [3, 6]),
      z('JP', 0.5, 170, 0.5, 42, [2, 4]),
      z('ROW', 0.5, 300, 0.5, 90, [4, 8]),
    ],
    fuelSurchargePct: 24.5,
    trackingPattern: '^\\d{10}$',
    source: SRC.dhl,
  },
  {
    id: 'sf-intl',
    name: { zh: '顺丰国际标快', en: 'SF International Express' },
    kind: 'express',
    volumetricDivisor: 6000,
    roundingStepKg: 0.5,
    limits: {
      maxWeightKg: 68,
      maxLongestSideCm: 150,
      maxSumOfSidesCm: null,
      minFaceCm: null,
      battery: true,
      liquid: false,
    },
    zones: [
      z('US', 0.5, 190, 0.5, 55, [4, 7]),
      z('EU', 0.5, 200, 0.5, 58, [5, 8]),
      z('UK', 0.5, 195, 0.5, 56, [5, 8]),
      z('AU', 0.5, 170, 0.5, 48, [4, 7]),
      z('JP', 0.5, 120, 0.5, 30, [2, 4]),
      z('ROW', 0.5, 240, 0.5, 70, [6, 10]),
    ],
    fuelSurchargePct: 15,
    trackingPattern: '^SF\\d{13}$',
    source: SRC.sf,
  },
  {
    id: 'ups-saver',
    name: { zh: 'UPS 全球速快', en: 'UPS Worldwide Saver' },
    kind: 'express',
    volumetricDivisor: 5000,
    roundingStepKg: 0.5,
    limits: {
      maxWeightKg: 70,
      maxLongestSideCm: 274,
      maxSumOfSidesCm: null,
      minFaceCm: null,
      battery: true,
      liquid: true,
    },
    zones: [
      z('US', 0.5, 250, 0.5, 70, [3, 5]),
      z('EU', 0.5, 245, 0.5, 68, [3, 6]),
      z('UK', 0.5, 240, 0.5, 66, [3, 5]),
      z('AU', 0.5, 230, 0.5, 64, [3, 6]),
      z('JP', 0.5, 175, 0.5, 45, [2, 4]),
      z('ROW', 0.5, 310, 0.5, 92, [4, 8]),
    ],
    fuelSurchargePct: 27.75,
    trackingPattern: '^1Z[0-9A-Z]{16}$',
    source: SRC.ups,
  },
  {
    id: 'dedicated-us',
    name: { zh: '美国专线（带电）', en: 'US dedicated line (battery accepted)' },
    kind: 'dedicated',
    volumetricDivisor: 6000,
    roundingStepKg: 0.1,
    limits: {
      maxWeightKg: 30,
      maxLongestSideCm: 120,
      maxSumOfSidesCm: null,
      minFaceCm: null,
      battery: true,
      liquid: false,
    },
    zones: [z('US', 0.1, 25, 0.1, 8.5, [7, 12])],
    fuelSurchargePct: 0,
    trackingPattern: '^YT\\d{16}$',
    source: SRC.dedicated,
  },
  {
    id: 'fba-us',
    name: { zh: 'FBA 头程（美国空派）', en: 'FBA inbound (US air)' },
    kind: 'fba',
    volumetricDivisor: 5022,
    roundingStepKg: 0.5,
    limits: {
      maxWeightKg: 22.68,
      maxLongestSideCm: 63.5,
      maxSumOfSidesCm: null,
      minFaceCm: null,
      battery: false,
      liquid: true,
    },
    zones: [z('US', 1, 60, 0.5, 30, [10, 15])],
    fuelSurchargePct: 0,
    trackingPattern: '^FBA[0-9A-Z]{9}$',
    source: SRC.fba,
  },
  {
    id: 'ow-us',
    name: { zh: '美国海外仓一件代发', en: 'US overseas warehouse outbound' },
    kind: 'overseas_warehouse',
    volumetricDivisor: 5022,
    roundingStepKg: 0.5,
    limits: {
      maxWeightKg: 31.5,
      maxLongestSideCm: 274,
      maxSumOfSidesCm: null,
      minFaceCm: null,
      battery: true,
      liquid: true,
    },
    zones: [z('US', 0.5, 35, 0.5, 9, [2, 5])],
    fuelSurchargePct: 0,
    trackingPattern: '^9\\d{21}$',
    source: SRC.overseas,
  },
  {
    id: 'ow-de',
    name: { zh: '德国海外仓一件代发', en: 'Germany overseas warehouse outbound' },
    kind: 'overseas_warehouse',
    volumetricDivisor: 5000,
    roundingStepKg: 0.5,
    limits: {
      maxWeightKg: 31.5,
      maxLongestSideCm: 120,
      maxSumOfSidesCm: null,
      minFaceCm: null,
      battery: true,
      liquid: true,
    },
    zones: [z('EU', 0.5, 38, 0.5, 8, [2, 5])],
    fuelSurchargePct: 0,
    trackingPattern: '^00340\\d{15}$',
    source: SRC.overseas,
  },
];

export const WAREHOUSES_2025_10: OverseasWarehouse[] = [
  {
    id: 'ow-us-la',
    name: { zh: '美国洛杉矶海外仓', en: 'Los Angeles overseas warehouse (US)' },
    country: 'US',
    outboundFeeCny: 18,
    storageFeeCny: 0.15,
    inboundDays: 12,
    outboundChannelId: 'ow-us',
    serves: ['US'],
  },
  {
    id: 'ow-de-fra',
    name: { zh: '德国法兰克福海外仓', en: 'Frankfurt overseas warehouse (DE)' },
    country: 'DE',
    outboundFeeCny: 20,
    storageFeeCny: 0.18,
    inboundDays: 15,
    outboundChannelId: 'ow-de',
    serves: [...(CHANNELS_2025_10.find((c) => c.id === 'ow-de')?.zones[0]?.countries ?? [])],
  },
];

export const LOGISTICS_RULE_SETS: LogisticsRuleSet[] = [
  {
    version: '2025-10',
    effectiveFrom: EFFECTIVE,
    channels: CHANNELS_2025_10,
    warehouses: WAREHOUSES_2025_10,
    sources: Object.values(SRC),
  },
];

/** The logistics rule set of a version (the latest when omitted); an unknown version is a programming error. */
export function logisticsRulesFor(version?: string): LogisticsRuleSet {
  const found =
    version === undefined
      ? [...LOGISTICS_RULE_SETS].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0]
      : LOGISTICS_RULE_SETS.find((r) => r.version === version);
  if (!found) throw new RangeError(`Unknown logistics rule set version: ${String(version)}`);
  return found;
}

/** A channel of a rule set by id, or undefined. */
export const logisticsChannelById = (rules: LogisticsRuleSet, id: string): LogisticsChannel | undefined =>
  rules.channels.find((c) => c.id === id);
