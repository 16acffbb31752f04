/**
 * Public documents the marketplace rule sets draw on. Titles name the real pages; the simulated marketplaces are
 * only "-like" (仿亚马逊 …) — they reuse the published rule values with these sources so a lecturer can check them.
 */
import type { RuleSource } from '../core/rules.js';

const src = (title: string, effectiveFrom: string, url?: string, note?: string): RuleSource => ({
  title,
  effectiveFrom,
  ...(url === undefined ? {} : { url }),
  ...(note === undefined ? {} : { note }),
});

const SC = 'https://sellercentral.amazon.com/help/hub/reference/external/';

export const AMAZON_SOURCES = {
  title2025: src(
    'Amazon Seller Central: Product title requirements and guidelines (update of January 2025)',
    '2025-01-21',
    `${SC}YTR6SYGFA5E3EQC`,
    '≤ 200 characters incl. spaces; no ! $ ? _ { } ^ ¬ ¦; no promotional phrases; no word more than twice except prepositions, articles and conjunctions.',
  ),
  title2024: src(
    'Amazon Seller Central: Product title requirements (before the January 2025 update)',
    '2019-07-22',
    `${SC}YTR6SYGFA5E3EQC`,
    'Search suppression for titles over the category limit (250 characters was the general ceiling); no decorative characters; no promotional phrases.',
  ),
  detailPage: src('Amazon Seller Central: Product detail page rules', '2019-01-01', `${SC}200390640`),
  images: src('Amazon Seller Central: Product image requirements', '2020-01-01', `${SC}G1881`),
  searchTerms: src(
    'Amazon Seller Central: Use search terms effectively',
    '2018-08-01',
    `${SC}G23501`,
    'Under 250 bytes.',
  ),
  styleGuide: src('Amazon Services Quick Start Style Guide (bullet points and description)', '2019-01-01'),
  registration: src(
    'Amazon Global Selling (亚马逊全球开店): documents needed to register — business licence, legal representative ID, bank account, contact',
    '2024-01-01',
    'https://gs.amazon.cn/',
  ),
  identity: src('Amazon Seller Central: Seller identity verification', '2024-01-01'),
  brandRegistry: src(
    'Amazon Brand Registry: eligibility and enrolment',
    '2024-01-01',
    'https://brandservices.amazon.com/',
  ),
  accountInfo: src(
    'Amazon Seller Central: Seller profile and account info (display name, customer service email)',
    '2024-01-01',
  ),
  vacation: src('Amazon Seller Central: Listing status — going on vacation', '2024-01-01'),
  handlingTime: src('Amazon Seller Central: Set handling time', '2024-01-01'),
  returns: src('Amazon Seller Central: Returns policy for seller-fulfilled products (30-day window)', '2024-01-01'),
  userPermissions: src(
    'Amazon Seller Central: Manage user permissions',
    '2024-01-01',
    undefined,
    'Amazon publishes no fixed user count; the simulator caps sub-accounts so a task can test the limit.',
  ),
  orderStatus: src(
    'Amazon Selling Partner API: Orders API — OrderStatus values',
    '2024-01-01',
    'https://developer-docs.amazon.com/sp-api/docs/orders-api-v0-reference',
  ),
  health: src(
    'Amazon Seller Central: Monitor your account health (performance targets)',
    '2024-01-01',
    `${SC}G200205250`,
    'Order defect rate < 1 %, late shipment rate < 4 %, pre-fulfilment cancel rate < 2.5 %, valid tracking rate > 95 %, contact response time < 24 h for > 90 % of messages.',
  ),
  adsBids: src(
    'Amazon Ads: Sponsored Products — bids and budgets (US marketplace minimums and maximums)',
    '2024-01-01',
    'https://advertising.amazon.com/help',
  ),
  adsPlacement: src(
    'Amazon Ads: Adjust bids by placement (up to 900 %)',
    '2024-01-01',
    'https://advertising.amazon.com/help',
  ),
  adsDynamic: src(
    'Amazon Ads: Dynamic bidding — up and down (up to 100 % for top of search)',
    '2024-01-01',
    'https://advertising.amazon.com/help',
  ),
} as const;

export const ALIEXPRESS_SOURCES = {
  listing: src(
    'AliExpress Seller Rules: 商品信息发布规范 (product information publishing rules)',
    '2025-03-01',
    'https://sell.aliexpress.com/',
  ),
  prohibited: src('AliExpress Seller Rules: 禁限售及违规信息 — misleading and promotional wording', '2025-03-01'),
  duplicate: src('AliExpress Seller Rules: 重复铺货 (duplicate listings prohibited)', '2025-03-01'),
  plans: src(
    'AliExpress Seller Center: 商家入驻与经营大类 — annual plans (standard plan 3,000 online products, basic plan 300)',
    '2025-03-01',
    'https://sell.aliexpress.com/',
  ),
  registration: src(
    'AliExpress Seller Center: 入驻资质 — enterprise registration, business licence and enterprise Alipay',
    '2025-03-01',
  ),
  images: src(
    'AliExpress Seller Rules: 商品图片规范 (main image white or light background, ≥ 800 × 800)',
    '2025-03-01',
  ),
  orders: src(
    'AliExpress Open Platform: order status (PLACE_ORDER_SUCCESS … FINISH)',
    '2025-03-01',
    'https://openservice.aliexpress.com/',
  ),
  receipt: src(
    'AliExpress Buyer Protection: delivery-time guarantee of up to 60 days; seller may extend the buyer receipt time',
    '2025-03-01',
    undefined,
    'Window depends on the promised delivery time per shipping method (express ≈ 23 days, post ≈ 39–60 days); the simulator uses the 60-day ceiling and lets the seller add at most 30 days in total.',
  ),
  shipping: src('AliExpress Seller Rules: 发货期 (handling time, 3 or 7 days as set on the product)', '2025-03-01'),
  returns: src('AliExpress Buyer Protection: refund request up to 15 days after order completion', '2025-03-01'),
  service: src('AliExpress Seller Rules: 卖家服务等级 / 服务分 (seller service level)', '2025-03-01'),
  subAccounts: src(
    'AliExpress Seller Center: 子账号管理 (sub-account management)',
    '2025-03-01',
    undefined,
    'Simulator cap.',
  ),
  ads: src('AliExpress Seller Center: 直通车 (Search ads) bidding and daily budget', '2025-03-01'),
} as const;

export const ALIBABA_SOURCES = {
  tradeAssurance: src('Alibaba.com Trade Assurance Rules', '2025-01-01', 'https://rule.alibaba.com/'),
  listing: src(
    'Alibaba.com Product Listing Policy (product title up to 128 characters, MOQ and price tiers)',
    '2025-01-01',
    'https://rule.alibaba.com/',
  ),
  prohibited: src('Alibaba.com Listing Policy: prohibited and misleading information', '2025-01-01'),
  registration: src(
    'Alibaba.com Supplier verification (Gold Supplier onsite check / A&V) — company information',
    '2025-01-01',
  ),
  images: src(
    'Alibaba.com Product Listing Policy: product image requirements (≥ 640 × 640, white background recommended)',
    '2025-01-01',
  ),
  subAccounts: src(
    'Alibaba.com My Alibaba: sub-account management (Gold Supplier)',
    '2025-01-01',
    undefined,
    'Simulator cap.',
  ),
  dispute: src(
    'Alibaba.com Trade Assurance Rules: dispute process — claim within 30 days of receipt, supplier 3 days to respond, escalation',
    '2025-01-01',
  ),
  service: src('Alibaba.com Supplier Service Index: response rate and on-time shipment', '2025-01-01'),
  ads: src('Alibaba.com Pay for Performance (P4P / 外贸直通车) bidding', '2025-01-01'),
} as const;

export const DOMAIN_NOTES = src(
  'CrossSkill cbec-domain-notes (collected public seller documentation)',
  '2025-01-01',
  undefined,
  'Cross-checked summary used when a marketplace publishes no single page for the value.',
);

/** Every source of a record of sources, for a rule set's `sources` list. */
export const sourceList = (...groups: Record<string, RuleSource>[]): RuleSource[] =>
  groups.flatMap((g) => Object.values(g));
