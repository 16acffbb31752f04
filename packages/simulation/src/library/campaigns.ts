/** Platform campaigns (3.5.1–3.5.4, level 4): choosing and entering a campaign, a coupon for it. */
import type { TaskDefinition } from '../tasks/types.js';
import { TODAY } from './fixtures.js';
import { all, at, c, check, count, did, p } from './helpers.js';
import { BOWL_LISTING } from './marketing.js';
import { PET_BOWL } from './products.js';

const PLATFORM_CAMPAIGN: TaskDefinition = {
  code: 'X4-MKT-04',
  title: { zh: '选择符合条件的平台活动并报名', en: 'Choose an eligible platform campaign and enrol' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '营销推广',
  skillItems: ['L4/F3/C3.5/S3.5.1', 'L4/F3/C3.5/S3.5.2', 'L4/F3/C3.5/S3.5.3'],
  suzhouCategories: ['平台运营'],
  timeLimitMinutes: 15,
  params: { maxDiscount: { kind: 'choice', options: [10, 12, 14] } },
  scenario: { marketplace: 'amazon', base: 'trading-store', add: { products: [PET_BOWL], listings: [BOWL_LISTING] } },
  instructions: {
    zh:
      '平台正在招商两个活动：“夏季大促”（最低折扣 15%，需账户健康良好）和“家居宠物周”（家居厨房、宠物碗类目，最低折扣 10%，评分 ≥ 3.8，库存 ≥ 10）。' +
      '老板规定狗碗 L-9951 的活动折扣不超过 {maxDiscount}%。请核对报名条件，选择狗碗能参加的活动，以 {maxDiscount}% 折扣报名。',
    en:
      'Two platform campaigns are open: "Summer Deals" (at least 15 % off, good account health) and "Home & Pet Week" ' +
      '(kitchen and pet bowl categories, at least 10 % off, rating ≥ 3.8, stock ≥ 10). The owner allows at most ' +
      '{maxDiscount} % off on the dog bowl L-9951. Check the conditions, choose the campaign it can join and enrol at ' +
      '{maxDiscount} %.',
  },
  checks: [
    check(
      'approved',
      5,
      ['报名成功', 'Enrolment approved'],
      at('promotions[campaignId=PCMP-home-pet].status', 'eq', 'approved'),
      ['已成功报名“家居宠物周”。', 'Enrolled in Home & Pet Week.'],
      [
        '报名前逐条核对类目、折扣、评分、库存等条件，只报名能满足条件的活动。',
        'Check category, discount, rating and stock before enrolling; enrol only where you qualify.',
      ],
    ),
    check(
      'discount',
      3,
      ['活动折扣', 'Campaign discount'],
      at('promotions[campaignId=PCMP-home-pet].discountPct', 'eq', p('maxDiscount')),
      ['折扣符合活动要求和公司限制。', 'The discount meets both the campaign and the company limit.'],
      [
        '折扣须 ≥ 活动最低折扣，且不超过公司利润允许的上限。',
        'The discount must reach the campaign minimum and stay within the company limit.',
      ],
    ),
    check(
      'no-summer',
      2,
      ['未报名不符合条件的活动', 'No ineligible enrolment'],
      count('promotions', { campaignId: 'PCMP-summer' }, 'eq', 0),
      ['没有报名折扣要求超出限制的“夏季大促”。', 'Summer Deals (beyond the discount limit) was not entered.'],
      [
        '“夏季大促”要求至少 15% 折扣，超过公司上限，不应报名。',
        'Summer Deals needs 15 % off, beyond the company limit: do not enter.',
      ],
    ),
  ],
  solution: [
    { type: 'promotion.enroll', campaignId: 'PCMP-home-pet', listingIds: ['L-9951'], discountPct: '$maxDiscount' },
  ],
};

const COUPON: TaskDefinition = {
  code: 'X4-MKT-05',
  title: { zh: '按活动规则设置优惠券', en: 'Set up a coupon by the campaign rules' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '营销推广',
  skillItems: ['L4/F3/C3.5/S3.5.4', 'L4/F3/C3.4/S3.4.1'],
  suzhouCategories: ['平台运营'],
  timeLimitMinutes: 15,
  params: {
    pct: { kind: 'choice', options: [5, 8, 10] },
    minOrder: { kind: 'choice', options: [20, 25, 30] },
    budget: { kind: 'int', min: 100, max: 300, step: 50 },
  },
  computed: { start: { fn: 'add', args: { a: TODAY, b: 3 } }, end: { fn: 'add', args: { a: TODAY, b: 9 } } },
  scenario: { marketplace: 'amazon', base: 'trading-store', add: { products: [PET_BOWL], listings: [BOWL_LISTING] } },
  instructions: {
    zh:
      '为配合“家居宠物周”（第 33–39 天），给狗碗 L-9951 设置一张优惠券：{pct}% off，订单满 US$ {minOrder} 可用，' +
      '有效期与活动相同（第 33 天至第 39 天），预算 US$ {budget}。',
    en:
      'For "Home & Pet Week" (days 33–39) set a coupon on the dog bowl L-9951: {pct} % off, orders from US$ {minOrder}, ' +
      'valid for the campaign (day 33 to day 39), budget US$ {budget}.',
  },
  checks: [
    check(
      'created',
      2,
      ['已创建优惠券', 'Coupon created'],
      did('coupon.create', { kind: 'percent' }),
      ['优惠券已创建。', 'The coupon is created.'],
      ['在营销工具中创建折扣类型为百分比的优惠券。', 'Create a percentage coupon in the marketing tools.'],
    ),
    check(
      'terms',
      4,
      ['折扣与门槛', 'Discount and threshold'],
      all(
        at('coupons[-1].listingIds', 'includes', 'L-9951'),
        at('coupons[-1].value', 'eq', p('pct')),
        at('coupons[-1].minOrder', 'eq', p('minOrder')),
        at('coupons[-1].budget', 'eq', p('budget')),
      ),
      ['折扣、门槛和预算正确。', 'Discount, threshold and budget are right.'],
      [
        '满额门槛能提高客单价；预算用完优惠券自动停止，控制成本。',
        'A threshold lifts basket size; the budget caps the cost.',
      ],
    ),
    check(
      'dates',
      4,
      ['有效期与活动一致', 'Dates match the campaign'],
      all(at('coupons[-1].startDay', 'eq', c('start')), at('coupons[-1].endDay', 'eq', c('end'))),
      ['有效期与活动一致。', 'The dates match the campaign.'],
      [
        '优惠券有效期要与平台活动同步，提前或延后都会浪费预算。',
        'Align the coupon with the campaign dates; earlier or later wastes budget.',
      ],
    ),
  ],
  solution: [
    {
      type: 'coupon.create',
      listingIds: ['L-9951'],
      kind: 'percent',
      value: '$pct',
      minOrder: '$minOrder',
      startDay: '@start',
      endDay: '@end',
      budget: '$budget',
    },
  ],
};

export const CAMPAIGN_TASKS: TaskDefinition[] = [PLATFORM_CAMPAIGN, COUPON];
