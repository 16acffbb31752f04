/** Amazon-like (仿亚马逊) B2C marketplace: the current rule set and the older one it replaced. */
import type { MarketplaceRuleSet, Sourced } from '../core/rules.js';
import type { ListingRules } from '../listing/rules-types.js';
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
import { DOMAIN_NOTES, AMAZON_SOURCES as S, sourceList } from './sources.js';

const v = <T>(value: T, source: Sourced<T>['source']): Sourced<T> => ({ value, source });

function amazonListing(title: ListingRules['title']): ListingRules {
  return {
    title,
    searchTermsMaxBytes: v(249, S.searchTerms),
    bulletPoints: v({ min: 3, max: 5, maxLength: 500 }, S.styleGuide),
    description: v(
      { minLength: 100, maxLength: 2000, forbiddenWords: ['free shipping', 'best seller', '100% quality', 'hot sale'] },
      S.detailPage,
    ),
    mainImage: v(
      {
        whiteBackground: true,
        minFill: 0.85,
        minLongestSide: 1000,
        maxLongestSide: 10000,
        formats: ['jpeg', 'png', 'tiff', 'gif'],
        maxBytes: 10 * 1024 * 1024,
      },
      S.images,
    ),
    maxImages: v(9, S.images),
    productCap: v(null, DOMAIN_NOTES),
    price: v({ min: 0.01, max: 100000 }, S.detailPage),
  };
}

const title2025: ListingRules['title'] = {
  maxLength: v(200, S.title2025),
  forbiddenChars: v(['!', '$', '?', '_', '{', '}', '^', '¬', '¦'], S.title2025),
  forbiddenWords: v(PROMOTIONAL_WORDS, S.title2025),
  maxWordRepeat: v(2, S.title2025),
  repeatExempt: TITLE_REPEAT_EXEMPT,
  noAllCaps: v(true, S.title2025),
};

const title2024: ListingRules['title'] = {
  maxLength: v(250, S.title2024),
  forbiddenChars: v(['!', '$', '?', '_', '{', '}', '^', '¬', '¦'], S.title2024),
  forbiddenWords: v(PROMOTIONAL_WORDS, S.title2024),
  maxWordRepeat: v(null, S.title2024),
  repeatExempt: TITLE_REPEAT_EXEMPT,
  noAllCaps: v(true, S.title2024),
};

function amazonRuleSet(version: string, effectiveFrom: string, title: ListingRules['title']): MarketplaceRuleSet {
  const otherTitleSource = title === title2025 ? S.title2024 : S.title2025;
  return {
    id: 'amazon',
    version,
    effectiveFrom,
    name: { zh: '仿亚马逊', en: 'Amazon-like' },
    model: 'B2C',
    currency: 'USD',
    registrationFields: [
      ...companyRegistrationFields(S.registration),
      {
        key: 'legalRepresentativeIdNo',
        label: { zh: '法定代表人身份证号', en: "Legal representative's ID card number" },
        kind: 'text',
        required: true,
        pattern: '^[1-9]\\d{16}[0-9X]$',
        hint: { zh: '18 位，末位可为 X', en: '18 characters, the last may be X' },
        source: S.identity,
      },
      {
        key: 'marketplaceSite',
        label: { zh: '开店站点', en: 'Marketplace site' },
        kind: 'enum',
        required: true,
        options: [
          { value: 'US', label: { zh: '美国站', en: 'United States' } },
          { value: 'UK', label: { zh: '英国站', en: 'United Kingdom' } },
          { value: 'DE', label: { zh: '德国站', en: 'Germany' } },
          { value: 'JP', label: { zh: '日本站', en: 'Japan' } },
        ],
        source: S.registration,
      },
      {
        key: 'brandName',
        label: { zh: '品牌名称（品牌备案，可选）', en: 'Brand name (Brand Registry, optional)' },
        kind: 'text',
        required: false,
        maxLength: 50,
        source: S.brandRegistry,
      },
      {
        key: 'trademarkNo',
        label: { zh: '商标注册号', en: 'Trademark registration number' },
        kind: 'text',
        required: false,
        pattern: '^[0-9]{6,10}$',
        source: S.brandRegistry,
      },
    ],
    settingFields: commonSettingFields(S.accountInfo, {
      storeNameMax: 40,
      returnDays: { min: 30, max: 90, source: S.returns },
      handlingDays: { min: 1, max: 30, source: S.handlingTime },
      vacationSource: S.vacation,
    }),
    categories: buildCategoryTree(),
    listing: amazonListing(title),
    permissions: PERMISSIONS,
    subAccountRoles: SUB_ACCOUNT_ROLES,
    maxSubAccounts: v(20, S.userPermissions),
    orders: {
      states: v(
        orderStates([
          ['PendingAvailability', '预售待到货', 'Pending availability', false],
          ['Pending', '待付款确认', 'Pending', false],
          ['Unshipped', '未发货', 'Unshipped', false],
          ['PartiallyShipped', '部分发货', 'Partially shipped', false],
          ['Shipped', '已发货', 'Shipped', true],
          ['InvoiceUnconfirmed', '发票未确认', 'Invoice unconfirmed', false],
          ['Canceled', '已取消', 'Canceled', true],
          ['Unfulfillable', '无法配送', 'Unfulfillable', true],
        ]),
        S.orderStatus,
      ),
      awaitingShipment: 'Unshipped',
      shipWithinDays: v(2, S.handlingTime),
      receiptWindowDays: v(null, S.orderStatus),
      maxReceiptExtensionDays: v(null, S.orderStatus),
      returnWindowDays: v(30, S.returns),
    },
    health: healthTargets(S.health),
    ads: {
      bid: v({ min: 0.02, max: 100 }, S.adsBids),
      dailyBudget: v({ min: 1, max: 1000000 }, S.adsBids),
      topOfSearchPct: v({ max: 900 }, S.adsPlacement),
      dynamicUpMaxPct: v(100, S.adsDynamic),
      maxKeywordsPerCampaign: 1000,
    },
    sources: [...sourceList(S).filter((s) => s !== otherTitleSource), USCC_SOURCE, DOMAIN_NOTES],
  };
}

/** Current: January 2025 title rules (200 characters, no word more than twice). */
export const AMAZON_2025_06 = amazonRuleSet('2025-06', '2025-06-01', title2025);
/** Older: 250-character titles and no word-repeat rule — listings valid here may be suppressed under 2025-06. */
export const AMAZON_2024_01 = amazonRuleSet('2024-01', '2024-01-01', title2024);
