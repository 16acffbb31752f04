/** Alibaba.com-like (仿阿里巴巴国际站) B2B marketplace with Trade Assurance orders. */
import type { MarketplaceRuleSet, Sourced } from '../core/rules.js';
import { buildCategoryTree, MOQ_ATTRIBUTE } from './categories.js';
import {
  healthTargets,
  orderStates,
  PERMISSIONS,
  PROMOTIONAL_WORDS,
  SUB_ACCOUNT_ROLES,
  TITLE_REPEAT_EXEMPT,
} from './common.js';
import { commonSettingFields, companyRegistrationFields, USCC_SOURCE } from './fields.js';
import { DOMAIN_NOTES, ALIBABA_SOURCES as S, sourceList } from './sources.js';

const v = <T>(value: T, source: Sourced<T>['source']): Sourced<T> => ({ value, source });

export const ALIBABA_2025_01: MarketplaceRuleSet = {
  id: 'alibaba',
  version: '2025-01',
  effectiveFrom: '2025-01-01',
  name: { zh: '仿阿里巴巴国际站', en: 'Alibaba.com-like' },
  model: 'B2B',
  currency: 'USD',
  registrationFields: [
    ...companyRegistrationFields(S.registration),
    {
      key: 'businessType',
      label: { zh: '企业类型', en: 'Business type' },
      kind: 'enum',
      required: true,
      options: [
        { value: 'manufacturer', label: { zh: '生产厂家', en: 'Manufacturer' } },
        { value: 'trading', label: { zh: '贸易公司', en: 'Trading company' } },
      ],
      source: S.registration,
    },
    {
      key: 'mainProducts',
      label: { zh: '主营产品', en: 'Main products' },
      kind: 'text',
      required: true,
      minLength: 2,
      maxLength: 200,
      source: S.registration,
    },
    {
      key: 'yearEstablished',
      label: { zh: '成立年份', en: 'Year established' },
      kind: 'number',
      required: true,
      min: 1900,
      max: 2025,
      source: S.registration,
    },
    {
      key: 'exportMarkets',
      label: { zh: '主要出口市场', en: 'Main export markets' },
      kind: 'text',
      required: false,
      maxLength: 200,
      source: S.registration,
    },
  ],
  settingFields: [
    ...commonSettingFields(S.registration, {
      storeNameMax: 128,
      returnDays: { min: 0, max: 90, source: S.tradeAssurance },
      handlingDays: { min: 1, max: 60, source: S.tradeAssurance },
      vacationSource: S.registration,
    }),
    {
      key: 'tradeAssuranceEnabled',
      label: { zh: '开通信保（Trade Assurance）', en: 'Trade Assurance enabled' },
      kind: 'boolean',
      required: false,
      source: S.tradeAssurance,
    },
  ],
  categories: buildCategoryTree([MOQ_ATTRIBUTE]),
  listing: {
    title: {
      maxLength: v(128, S.listing),
      forbiddenChars: v(['!', '$', '{', '}', '^', '¬', '¦'], S.listing),
      forbiddenWords: v(PROMOTIONAL_WORDS, S.prohibited),
      maxWordRepeat: v(3, S.listing),
      repeatExempt: TITLE_REPEAT_EXEMPT,
      noAllCaps: v(true, S.listing),
    },
    searchTermsMaxBytes: v(384, {
      ...S.listing,
      note: 'Three product keywords of up to 128 characters each.',
    }),
    bulletPoints: v({ min: 0, max: 5, maxLength: 300 }, S.listing),
    description: v(
      { minLength: 100, maxLength: 50000, forbiddenWords: ['best seller', 'cheapest', 'whatsapp', 'wechat'] },
      S.prohibited,
    ),
    mainImage: v(
      {
        whiteBackground: true,
        minFill: 0.6,
        minLongestSide: 640,
        maxLongestSide: 5000,
        formats: ['jpeg', 'png'],
        maxBytes: 5 * 1024 * 1024,
      },
      S.images,
    ),
    maxImages: v(6, S.images),
    productCap: v(null, S.listing),
    price: v({ min: 0.01, max: 1000000 }, S.listing),
  },
  permissions: PERMISSIONS,
  subAccountRoles: SUB_ACCOUNT_ROLES,
  maxSubAccounts: v(5, S.subAccounts),
  orders: {
    states: v(
      orderStates([
        ['WAIT_BUYER_CONFIRM', '草稿待买家确认', 'Draft sent, awaiting buyer confirmation', false],
        ['WAIT_BUYER_PAY', '等待买家付款', 'Awaiting buyer payment', false],
        ['WAIT_SUPPLIER_SHIP', '等待供应商发货', 'Awaiting supplier shipment', false],
        ['WAIT_BUYER_RECEIVE', '等待买家收货', 'Awaiting buyer receipt', false],
        ['IN_DISPUTE', '纠纷中', 'In dispute', false],
        ['COMPLETED', '交易完成', 'Completed', true],
        ['CLOSED', '交易关闭', 'Closed', true],
      ]),
      S.tradeAssurance,
    ),
    awaitingShipment: 'WAIT_SUPPLIER_SHIP',
    shipWithinDays: v(30, { ...S.tradeAssurance, note: 'Default when the contract names no ship date.' }),
    receiptWindowDays: v(null, S.tradeAssurance),
    maxReceiptExtensionDays: v(null, S.tradeAssurance),
    returnWindowDays: v(30, S.dispute),
  },
  health: healthTargets(S.service),
  ads: {
    bid: v({ min: 0.1, max: 100 }, S.ads),
    dailyBudget: v({ min: 5, max: 100000 }, S.ads),
    topOfSearchPct: v({ max: 300 }, S.ads),
    dynamicUpMaxPct: v(100, S.ads),
    maxKeywordsPerCampaign: 200,
  },
  sources: [...sourceList(S), USCC_SOURCE, DOMAIN_NOTES],
};
