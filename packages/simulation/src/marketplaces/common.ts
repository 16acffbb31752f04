/** Parts the marketplace rule sets share: seller permissions, sub-account roles, health targets, stop words. */
import type { Loc } from '../core/result.js';
import type { HealthRules, RuleSource, SubAccountRole } from '../core/rules.js';
import type { OrderStateDef } from '../orders/rules-types.js';

export const PERMISSIONS: { key: string; label: Loc }[] = [
  { key: 'listings', label: { zh: '商品管理', en: 'Listings' } },
  { key: 'orders', label: { zh: '订单管理', en: 'Orders' } },
  { key: 'shipping', label: { zh: '运费模板与发货', en: 'Shipping settings and fulfilment' } },
  { key: 'logistics', label: { zh: '物流与海外仓', en: 'Logistics and warehouses' } },
  { key: 'ads', label: { zh: '广告', en: 'Advertising' } },
  { key: 'promotions', label: { zh: '营销活动与优惠券', en: 'Promotions and coupons' } },
  { key: 'messages', label: { zh: '买家消息', en: 'Buyer messages' } },
  { key: 'reports', label: { zh: '数据报告', en: 'Reports' } },
  { key: 'finance', label: { zh: '资金与结算', en: 'Payments and settlement' } },
  { key: 'settings', label: { zh: '店铺设置', en: 'Store settings' } },
  { key: 'customs', label: { zh: '报关', en: 'Customs declarations' } },
];

export const SUB_ACCOUNT_ROLES: SubAccountRole[] = [
  {
    key: 'operator',
    label: { zh: '运营专员', en: 'Operations specialist' },
    permissions: ['listings', 'ads', 'promotions', 'reports', 'shipping'],
  },
  {
    key: 'order_clerk',
    label: { zh: '订单与物流专员', en: 'Order and logistics clerk' },
    permissions: ['orders', 'shipping', 'logistics', 'customs'],
  },
  {
    key: 'customer_service',
    label: { zh: '客服专员', en: 'Customer service agent' },
    permissions: ['messages', 'orders'],
  },
  {
    key: 'designer',
    label: { zh: '美工', en: 'Image designer' },
    permissions: ['listings'],
  },
  {
    key: 'finance',
    label: { zh: '财务', en: 'Finance' },
    permissions: ['finance', 'reports'],
  },
  {
    key: 'manager',
    label: { zh: '店铺主管', en: 'Store manager' },
    permissions: PERMISSIONS.map((p) => p.key).filter((k) => k !== 'finance'),
  },
];

/** Prepositions, articles and conjunctions: not counted by the "no word more than twice" title rule. */
export const TITLE_REPEAT_EXEMPT: string[] = [
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'for',
  'so',
  'yet',
  'in',
  'on',
  'at',
  'to',
  'of',
  'with',
  'by',
  'from',
  'over',
  'under',
  'into',
  'onto',
  'per',
  'as',
  'up',
  'off',
  'out',
  'about',
  'without',
];

export const PROMOTIONAL_WORDS: string[] = [
  'best seller',
  'free shipping',
  '100% quality',
  '100% quality guaranteed',
  'hot sale',
  'hot item',
  'sale',
  'cheapest',
  'limited time',
  'top rated',
];

export function healthTargets(source: RuleSource): HealthRules {
  return {
    targets: {
      value: {
        orderDefectRate: 0.01,
        lateShipmentRate: 0.04,
        cancellationRate: 0.025,
        validTrackingRate: 0.95,
        responseRate24h: 0.9,
      },
      source,
    },
  };
}

/** Order states from `[name, zh, en, terminal]` rows. */
export const orderStates = (rows: [string, string, string, boolean][]): OrderStateDef[] =>
  rows.map(([name, zh, en, terminal]) => ({ name, label: { zh, en }, terminal }));
