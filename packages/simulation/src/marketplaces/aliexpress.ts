/** AliExpress-like (仿速卖通) B2C marketplace. */
import type { MarketplaceRuleSet, Sourced } from '../core/rules.js';
import { buildCategoryTree } from './categories.js';
import {
  healthTargets,
  orderStates,
  PERMISSIONS,
  PROMOTIONAL_WORDS,
  SUB_ACCOUNT_ROLES,
  TITLE_REPEAT_EXEMPT,
} from './common.js';
import { commonSettingFields, companyRegistrationFields, USCC_SOURCE } from './fields.js';
import { DOMAIN_NOTES, ALIEXPRESS_SOURCES as S, sourceList } from './sources.js';

const v = <T>(value: T, source: Sourced<T>['source']): Sourced<T> => ({ value, source });

export const ALIEXPRESS_2025_03: MarketplaceRuleSet = {
  id: 'aliexpress',
  version: '2025-03',
  effectiveFrom: '2025-03-01',
  name: { zh: '仿速卖通', en: 'AliExpress-like' },
  model: 'B2C',
  currency: 'USD',
  registrationFields: [
    ...companyRegistrationFields(S.registration),
    {
      key: 'plan',
      label: { zh: '经营计划', en: 'Selling plan' },
      kind: 'enum',
      required: true,
      options: [
        {
          value: 'standard',
          label: { zh: '标准销售计划（在线商品 3000 个）', en: 'Standard plan (3,000 online products)' },
        },
        { value: 'basic', label: { zh: '基础销售计划（在线商品 300 个）', en: 'Basic plan (300 online products)' } },
      ],
      source: S.plans,
    },
    {
      key: 'enterpriseAlipay',
      label: { zh: '企业支付宝账号', en: 'Enterprise Alipay account' },
      kind: 'text',
      required: true,
      minLength: 5,
      maxLength: 100,
      source: S.registration,
    },
    {
      key: 'mainCategory',
      label: { zh: '经营大类', en: 'Main business category' },
      kind: 'enum',
      required: true,
      options: buildCategoryTree()
        .filter((c) => c.parentId === null)
        .map((c) => ({ value: c.id, label: c.name })),
      source: S.plans,
    },
    {
      key: 'brandName',
      label: { zh: '品牌名称（可选）', en: 'Brand name (optional)' },
      kind: 'text',
      required: false,
      maxLength: 50,
      source: S.registration,
    },
  ],
  settingFields: commonSettingFields(S.registration, {
    storeNameMax: 64,
    returnDays: { min: 15, max: 60, source: S.returns },
    handlingDays: { min: 1, max: 7, source: S.shipping },
    vacationSource: S.registration,
  }),
  categories: buildCategoryTree(),
  listing: {
    title: {
      maxLength: v(128, S.listing),
      forbiddenChars: v(['$', '{', '}', '^', '¬', '¦'], S.listing),
      forbiddenWords: v(PROMOTIONAL_WORDS, S.prohibited),
      maxWordRepeat: v(3, S.listing),
      repeatExempt: TITLE_REPEAT_EXEMPT,
      noAllCaps: v(false, S.listing),
    },
    searchTermsMaxBytes: v(null, S.listing),
    bulletPoints: v({ min: 0, max: 6, maxLength: 300 }, S.listing),
    description: v(
      { minLength: 30, maxLength: 5000, forbiddenWords: ['free shipping', 'best seller', 'whatsapp', 'wechat'] },
      S.prohibited,
    ),
    mainImage: v(
      {
        whiteBackground: false,
        minFill: 0.6,
        minLongestSide: 800,
        maxLongestSide: 5000,
        formats: ['jpeg', 'png'],
        maxBytes: 5 * 1024 * 1024,
      },
      S.images,
    ),
    maxImages: v(6, S.images),
    productCap: v(3000, S.plans),
    productCapByPlan: v({ standard: 3000, basic: 300 }, S.plans),
    price: v({ min: 0.01, max: 10000 }, S.listing),
  },
  permissions: PERMISSIONS,
  subAccountRoles: SUB_ACCOUNT_ROLES,
  maxSubAccounts: v(10, S.subAccounts),
  orders: {
    states: v(
      orderStates([
        ['PLACE_ORDER_SUCCESS', '下单成功，等待买家付款', 'Order placed, awaiting payment', false],
        ['IN_CANCEL', '买家申请取消', 'Cancellation requested', false],
        ['RISK_CONTROL', '风控审核中（付款后 24 小时）', 'Risk control (24 h after payment)', false],
        ['WAIT_SELLER_SEND_GOODS', '等待卖家发货', 'Awaiting seller shipment', false],
        ['SELLER_PART_SEND_GOODS', '卖家部分发货', 'Partially shipped', false],
        ['WAIT_BUYER_ACCEPT_GOODS', '等待买家收货', 'Awaiting buyer receipt', false],
        ['FUND_PROCESSING', '资金处理中', 'Funds processing', false],
        ['IN_ISSUE', '纠纷中', 'In dispute', false],
        ['IN_FROZEN', '冻结中', 'Frozen', false],
        ['WAIT_SELLER_EXAMINE_MONEY', '等待卖家确认金额', 'Awaiting seller to confirm amount', false],
        ['FINISH', '订单结束', 'Finished', true],
      ]),
      S.orders,
    ),
    awaitingShipment: 'WAIT_SELLER_SEND_GOODS',
    shipWithinDays: v(7, S.shipping),
    receiptWindowDays: v(60, S.receipt),
    maxReceiptExtensionDays: v(30, S.receipt),
    returnWindowDays: v(15, S.returns),
  },
  health: healthTargets(S.service),
  ads: {
    bid: v({ min: 0.05, max: 50 }, S.ads),
    dailyBudget: v({ min: 5, max: 100000 }, S.ads),
    topOfSearchPct: v({ max: 300 }, S.ads),
    dynamicUpMaxPct: v(100, S.ads),
    maxKeywordsPerCampaign: 200,
  },
  sources: [...sourceList(S), USCC_SOURCE, DOMAIN_NOTES],
};
