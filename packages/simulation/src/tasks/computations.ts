/**
 * Named calculations a task uses for expected values (`computed: { fee: { fn: 'freightQuote', args: … } }`). They run
 * once on the INITIAL state when a task is instantiated, so the expected value is fixed before the candidate acts.
 * Arguments are operands (literals, `{ param }`, earlier `{ computed }`, `{ path }` into the initial state).
 */
import type { Loc } from '../core/result.js';
import type { SimEnv } from '../core/rules.js';
import type { Parcel, SimState } from '../core/state.js';
import { aggregateFromState, selectFromState, topFromState } from './computations-select.js';
import {
  adCampaignStats,
  highestAcos,
  METRIC_NAMES,
  type MetricName,
  metricValue,
  topListing,
} from './metrics-calc.js';
import type { CheckServices } from './services.js';

export type ArgKind = 'string' | 'number' | 'parcel' | 'stringList' | 'record' | 'any';

export interface ArgSpec {
  kind: ArgKind;
  required: boolean;
  options?: readonly string[];
}

export interface ComputationContext {
  state: SimState;
  env: SimEnv;
  services: CheckServices;
}

export interface ComputationDef {
  label: Loc;
  args: Record<string, ArgSpec>;
  run(args: Record<string, unknown>, c: ComputationContext): unknown;
}

const req = (kind: ArgKind, options?: readonly string[]): ArgSpec =>
  options ? { kind, required: true, options } : { kind, required: true };
const opt = (kind: ArgKind, options?: readonly string[]): ArgSpec =>
  options ? { kind, required: false, options } : { kind, required: false };

const DIRECT_KINDS = new Set(['postal', 'epacket', 'express', 'dedicated']);

/** Channels that can carry the parcel to the country, with their quotes (direct-to-buyer kinds unless listed). */
/** Battery / liquid traits of the goods named by the optional `sku` argument (plain goods otherwise). */
function goodsOf(c: ComputationContext, args: Record<string, unknown>) {
  const p = args.sku === undefined ? undefined : c.state.products.find((x) => x.sku === args.sku);
  return { battery: p?.battery ?? false, liquid: p?.liquid ?? false };
}

function quotes(c: ComputationContext, args: Record<string, unknown>) {
  const wanted = Array.isArray(args.channels) ? (args.channels as string[]) : null;
  const channels = c.env.logistics.channels.filter((ch) =>
    wanted ? wanted.includes(ch.id) : DIRECT_KINDS.has(ch.kind),
  );
  const out: { id: string; totalCny: number; days: [number, number] }[] = [];
  for (const ch of channels) {
    const q = c.services.quoteFreight(c.env, ch.id, String(args.country), args.parcel as Parcel, goodsOf(c, args));
    if (q.ok) out.push({ id: ch.id, totalCny: q.totalCny, days: q.deliveryDays });
  }
  return out;
}

const num = (v: unknown): number => Number(v);
const dayRange = (args: Record<string, unknown>, state: SimState): [number, number] => {
  const last = state.metrics.reduce((m, x) => Math.max(m, x.day), 0);
  const to = args.toDay === undefined ? last : num(args.toDay);
  const from = args.fromDay === undefined ? to - 29 : num(args.fromDay);
  return [from, to];
};

export const COMPUTATIONS: Record<string, ComputationDef> = {
  freightQuote: {
    label: { zh: '运费（元，含燃油附加费）', en: 'Freight (CNY, incl. fuel surcharge)' },
    args: { channel: req('string'), country: req('string'), parcel: req('parcel'), sku: opt('string') },
    run: (a, c) => {
      const q = c.services.quoteFreight(c.env, String(a.channel), String(a.country), a.parcel as Parcel, goodsOf(c, a));
      if (!q.ok) throw new Error(`freightQuote: ${q.reason.en}`);
      return q.totalCny;
    },
  },
  chargeableWeight: {
    label: { zh: '计费重（千克）', en: 'Chargeable weight (kg)' },
    args: { channel: req('string'), parcel: req('parcel') },
    run: (a, c) => c.services.chargeableWeightKg(c.env, String(a.channel), a.parcel as Parcel),
  },
  volumetricWeight: {
    label: { zh: '体积重（千克，不取整）', en: 'Volumetric weight (kg, unrounded)' },
    args: { parcel: req('parcel'), divisor: opt('number'), channel: opt('string') },
    run: (a, c) => {
      const p = a.parcel as Parcel;
      const divisor =
        a.divisor !== undefined
          ? num(a.divisor)
          : (c.env.logistics.channels.find((ch) => ch.id === a.channel)?.volumetricDivisor ?? null);
      if (!divisor) throw new Error('volumetricWeight: no divisor (give divisor or a channel with one)');
      return Math.round(((p.l * p.w * p.h) / divisor) * 1000) / 1000;
    },
  },
  cheapestChannel: {
    label: { zh: '最便宜的可用渠道', en: 'Cheapest usable channel' },
    args: { country: req('string'), parcel: req('parcel'), channels: opt('stringList'), sku: opt('string') },
    run: (a, c) => {
      const qs = quotes(c, a).sort((x, y) => x.totalCny - y.totalCny || x.id.localeCompare(y.id));
      if (!qs[0]) throw new Error('cheapestChannel: no channel can carry the parcel');
      return qs[0].id;
    },
  },
  fastestChannel: {
    label: { zh: '时效最快的可用渠道', en: 'Fastest usable channel' },
    args: { country: req('string'), parcel: req('parcel'), channels: opt('stringList'), sku: opt('string') },
    run: (a, c) => {
      const qs = quotes(c, a).sort((x, y) => x.days[1] - y.days[1] || x.days[0] - y.days[0] || x.totalCny - y.totalCny);
      if (!qs[0]) throw new Error('fastestChannel: no channel can carry the parcel');
      return qs[0].id;
    },
  },
  metric: {
    label: { zh: '店铺指标（初始状态）', en: 'Store metric (initial state)' },
    args: { name: req('string', METRIC_NAMES), fromDay: opt('number'), toDay: opt('number'), listingId: opt('string') },
    run: (a, c) => {
      const [from, to] = dayRange(a, c.state);
      const listing = a.listingId === undefined ? null : String(a.listingId);
      return metricValue(c.state, a.name as MetricName, from, to, listing);
    },
  },
  orderTotal: {
    label: { zh: '订单金额', en: 'Order total' },
    args: { orderId: req('string') },
    run: (a, c) => {
      const o = c.state.orders.find((x) => x.id === a.orderId);
      if (!o) throw new Error(`orderTotal: no order ${String(a.orderId)}`);
      return o.total;
    },
  },
  bestSellingListing: {
    label: { zh: '销量最高的商品', en: 'Best-selling listing' },
    args: { fromDay: opt('number'), toDay: opt('number'), by: opt('string', ['units', 'sales', 'orders']) },
    run: (a, c) => {
      const [from, to] = dayRange(a, c.state);
      return topListing(c.state.metrics, (a.by as 'units' | 'sales' | 'orders' | undefined) ?? 'units', from, to);
    },
  },
  highestAcosListing: {
    label: { zh: 'ACoS 最高的商品', en: 'Listing with the highest ACoS' },
    args: { fromDay: opt('number'), toDay: opt('number') },
    run: (a, c) => {
      const [from, to] = dayRange(a, c.state);
      const ids = [...new Set(c.state.metrics.map((m) => m.listingId))].map((id) => ({ id, listingIds: [id] }));
      return highestAcos(c.state.metrics, ids, from, to);
    },
  },
  highestAcosCampaign: {
    label: { zh: 'ACoS 最高的广告活动', en: 'Campaign with the highest ACoS' },
    args: { fromDay: opt('number'), toDay: opt('number') },
    run: (a, c) => {
      const [from, to] = dayRange(a, c.state);
      return highestAcos(c.state.metrics, c.state.ads, from, to);
    },
  },
  campaignMetric: {
    label: { zh: '广告活动指标', en: 'Campaign metric' },
    args: {
      campaignId: req('string'),
      name: req('string', ['acos', 'roas', 'cpc', 'ctr', 'adSpend', 'adSales']),
      fromDay: opt('number'),
      toDay: opt('number'),
    },
    run: (a, c) => {
      const camp = c.state.ads.find((x) => x.id === a.campaignId);
      if (!camp) throw new Error(`campaignMetric: no campaign ${String(a.campaignId)}`);
      const [from, to] = dayRange(a, c.state);
      return adCampaignStats(c.state.metrics, camp.listingIds, from, to)[a.name as 'acos'];
    },
  },
  select: {
    label: { zh: '从初始状态选取', en: 'Pick from the initial state' },
    args: { collection: req('string'), where: opt('record'), index: opt('number'), field: opt('string') },
    run: (a, c) => selectFromState(c.state, a),
  },
  aggregate: {
    label: { zh: '统计（计数、求和、平均、最小、最大）', en: 'Aggregate (count, sum, average, min, max)' },
    args: {
      collection: req('string'),
      where: opt('record'),
      field: opt('string'),
      op: req('string', ['count', 'sum', 'avg', 'min', 'max']),
    },
    run: (a, c) => aggregateFromState(c.state, a),
  },
  top: {
    label: { zh: '取最大者', en: 'The element with the largest value' },
    args: { collection: req('string'), where: opt('record'), by: req('string'), field: opt('string') },
    run: (a, c) => topFromState(c.state, a),
  },
  round: {
    label: { zh: '四舍五入', en: 'Round' },
    args: { value: req('number'), decimals: opt('number') },
    run: (a) => {
      const f = 10 ** (a.decimals === undefined ? 2 : num(a.decimals));
      return Math.round((num(a.value) + Number.EPSILON) * f) / f;
    },
  },
  mul: {
    label: { zh: '乘', en: 'Multiply' },
    args: { a: req('number'), b: req('number') },
    run: (a) => num(a.a) * num(a.b),
  },
  add: {
    label: { zh: '加', en: 'Add' },
    args: { a: req('number'), b: req('number') },
    run: (a) => num(a.a) + num(a.b),
  },
  sub: {
    label: { zh: '减', en: 'Subtract' },
    args: { a: req('number'), b: req('number') },
    run: (a) => num(a.a) - num(a.b),
  },
  div: {
    label: { zh: '除', en: 'Divide' },
    args: { a: req('number'), b: req('number') },
    run: (a) => {
      if (num(a.b) === 0) throw new Error('div: division by zero');
      return num(a.a) / num(a.b);
    },
  },
};

/** Checks a resolved argument against its spec; returns the problem or null. */
export function argProblem(spec: ArgSpec, value: unknown): Loc | null {
  if (value === undefined) return spec.required ? { zh: '缺少必填参数', en: 'missing required argument' } : null;
  const bad = (zh: string, en: string): Loc => ({ zh, en });
  switch (spec.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : bad('应为数字', 'must be a number');
    case 'string':
      if (typeof value !== 'string') return bad('应为文本', 'must be a text');
      return spec.options && !spec.options.includes(value)
        ? bad(`应为 ${spec.options.join(' / ')} 之一`, `must be one of ${spec.options.join(', ')}`)
        : null;
    case 'stringList':
      return Array.isArray(value) && value.every((x) => typeof x === 'string')
        ? null
        : bad('应为文本列表', 'must be a list of texts');
    case 'parcel': {
      const p = value as Record<string, unknown>;
      const ok =
        typeof p === 'object' &&
        p !== null &&
        ['l', 'w', 'h', 'weightKg'].every((k) => typeof p[k] === 'number' && (p[k] as number) > 0);
      return ok
        ? null
        : bad('应为包裹 { l, w, h, weightKg }（正数）', 'must be a parcel { l, w, h, weightKg } (positive)');
    }
    case 'record':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? null
        : bad('应为对象', 'must be an object');
    case 'any':
      return null;
  }
}
