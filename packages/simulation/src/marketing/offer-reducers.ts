import { dayOf, nextId } from '../core/ids.js';
import type { ReducerMap } from '../core/reducer.js';
import { refuse } from '../core/result.js';
import type { Listing, SimState } from '../core/state.js';
import { promotionProblems } from './eligibility.js';

/** Amazon-like coupons run at most 90 days. */
export const COUPON_MAX_DAYS = 90;

const isCents = (x: number) => Math.abs(Math.round(x * 100) - x * 100) < 1e-6;

function listingOf(state: SimState, id: string, field: string): Listing {
  const l = state.listings.find((x) => x.id === id);
  if (!l) refuse('LISTING_NOT_FOUND', `商品 ${id} 不存在`, `Listing ${id} does not exist`, field);
  return l;
}

export const offerReducers: ReducerMap = {
  'coupon.create': (draft, a) => {
    const today = dayOf(draft.now);
    if (a.listingIds.length === 0) {
      refuse('COUPON_NO_LISTING', '优惠券至少需要一个商品', 'A coupon needs at least one listing', 'listingIds');
    }
    if (a.kind === 'percent' && !(Number.isInteger(a.value) && a.value >= 1 && a.value <= 90)) {
      refuse('COUPON_PERCENT_RANGE', '百分比折扣须为 1–90 的整数', 'A percentage off must be a whole 1–90', 'value');
    }
    if (a.kind === 'amount' && !(a.value > 0 && isCents(a.value))) {
      refuse(
        'COUPON_AMOUNT_INVALID',
        '减免金额须大于 0（精确到分）',
        'The amount off must be above 0 (in cents)',
        'value',
      );
    }
    if (a.startDay < today) {
      refuse('COUPON_START_IN_PAST', '开始日期不能早于今天', 'The start date cannot be before today', 'startDay');
    }
    if (a.endDay < a.startDay) {
      refuse('COUPON_END_BEFORE_START', '结束日期不能早于开始日期', 'The end date is before the start date', 'endDay');
    }
    if (a.endDay - a.startDay + 1 > COUPON_MAX_DAYS) {
      refuse(
        'COUPON_TOO_LONG',
        `优惠券有效期最长 ${COUPON_MAX_DAYS} 天`,
        `A coupon may run for at most ${COUPON_MAX_DAYS} days`,
        'endDay',
      );
    }
    if (a.minOrder !== null && !(a.minOrder > 0)) {
      refuse('COUPON_MIN_ORDER_INVALID', '最低订单金额须大于 0', 'The minimum order must be above 0', 'minOrder');
    }
    if (a.budget !== null && !(a.budget > 0)) {
      refuse('COUPON_BUDGET_INVALID', '优惠券预算须大于 0', 'The coupon budget must be above 0', 'budget');
    }
    a.listingIds.forEach((id, i) => {
      const field = `listingIds[${i}]`;
      const l = listingOf(draft, id, field);
      if (l.status !== 'active') {
        refuse('COUPON_LISTING_NOT_ACTIVE', `商品 ${id} 未在售`, `Listing ${id} is not active`, field);
      }
      if (a.kind === 'amount' && a.value >= l.price) {
        refuse(
          'COUPON_AMOUNT_TOO_HIGH',
          `减免金额 $${a.value.toFixed(2)} 须低于商品 ${id} 的售价 $${l.price.toFixed(2)}`,
          `The amount off $${a.value.toFixed(2)} must be below the price of ${id} ($${l.price.toFixed(2)})`,
          'value',
        );
      }
      const clash = draft.coupons.find(
        (c) => c.status !== 'ended' && c.listingIds.includes(id) && c.startDay <= a.endDay && a.startDay <= c.endDay,
      );
      if (clash) {
        refuse(
          'COUPON_ALREADY_ACTIVE',
          `商品 ${id} 在该时段已有优惠券 ${clash.id}，同一商品同时只能有一张有效优惠券`,
          `Listing ${id} already has coupon ${clash.id} in that period; one active coupon per listing`,
          field,
        );
      }
    });
    const id = nextId(draft, 'CP');
    draft.coupons.push({
      id,
      listingIds: [...a.listingIds],
      kind: a.kind,
      value: a.value,
      minOrder: a.minOrder,
      startDay: a.startDay,
      endDay: a.endDay,
      budget: a.budget,
      spent: 0,
      status: a.startDay <= today ? 'active' : 'scheduled',
    });
    return [
      { kind: 'coupon.created', message: { zh: `优惠券 ${id} 已创建`, en: `Coupon ${id} created` }, refs: { id } },
    ];
  },
  'coupon.end': (draft, a) => {
    const c = draft.coupons.find((x) => x.id === a.couponId);
    if (!c)
      refuse('COUPON_NOT_FOUND', `优惠券 ${a.couponId} 不存在`, `Coupon ${a.couponId} does not exist`, 'couponId');
    if (c.status === 'ended')
      refuse('COUPON_ALREADY_ENDED', `优惠券 ${c.id} 已结束`, `Coupon ${c.id} has already ended`);
    c.status = 'ended';
    c.endDay = Math.min(c.endDay, Math.max(c.startDay, dayOf(draft.now)));
    return [
      {
        kind: 'coupon.ended',
        message: { zh: `优惠券 ${c.id} 已结束`, en: `Coupon ${c.id} ended` },
        refs: { id: c.id },
      },
    ];
  },
  'listing.setPrice': (draft, a, env) => {
    const l = listingOf(draft, a.listingId, 'listingId');
    const { min, max } = env.rules.listing.price.value;
    if (!(a.price >= min && a.price <= max) || !isCents(a.price)) {
      refuse(
        'PRICE_OUT_OF_RANGE',
        `价格须在 $${min.toFixed(2)}–$${max.toFixed(2)} 之间并精确到分`,
        `The price must be between $${min.toFixed(2)} and $${max.toFixed(2)}, in cents`,
        'price',
      );
    }
    const before = l.price;
    l.price = a.price;
    return [
      {
        kind: 'listing.price',
        message: {
          zh: `商品 ${l.id} 价格 $${before.toFixed(2)} → $${a.price.toFixed(2)}`,
          en: `Listing ${l.id} price $${before.toFixed(2)} → $${a.price.toFixed(2)}`,
        },
        refs: { id: l.id },
      },
    ];
  },
  'promotion.enroll': (draft, a) => {
    const campaign = draft.market.platformCampaigns.find((p) => p.id === a.campaignId);
    if (!campaign) {
      refuse(
        'PROMOTION_NOT_FOUND',
        `平台活动 ${a.campaignId} 不存在`,
        `Campaign ${a.campaignId} does not exist`,
        'campaignId',
      );
    }
    if (dayOf(draft.now) > campaign.endDay) {
      refuse('PROMOTION_ENDED', `平台活动「${campaign.name}」已结束`, `The campaign "${campaign.nameEn}" has ended`);
    }
    if (a.listingIds.length === 0) {
      refuse('PROMOTION_NO_LISTING', '请选择参加活动的商品', 'Choose the listings to enrol', 'listingIds');
    }
    const already = a.listingIds.find((id) =>
      draft.promotions.some(
        (e) => e.campaignId === campaign.id && e.status === 'approved' && e.listingIds.includes(id),
      ),
    );
    if (already) {
      refuse(
        'PROMOTION_ALREADY_ENROLLED',
        `商品 ${already} 已报名该活动`,
        `Listing ${already} is already enrolled in this campaign`,
        'listingIds',
      );
    }
    const problems = promotionProblems(draft, campaign, a.listingIds, a.discountPct);
    const id = nextId(draft, 'PE');
    const status = problems.length === 0 ? 'approved' : 'rejected';
    draft.promotions.push({
      id,
      campaignId: campaign.id,
      listingIds: [...a.listingIds],
      discountPct: a.discountPct,
      status,
      problems,
    });
    return [
      {
        kind: `promotion.${status}`,
        message:
          status === 'approved'
            ? { zh: `已报名平台活动「${campaign.name}」`, en: `Enrolled in "${campaign.nameEn}"` }
            : {
                zh: `报名「${campaign.name}」未通过：${problems.map((p) => p.message.zh).join('；')}`,
                en: `Enrolment in "${campaign.nameEn}" refused: ${problems.map((p) => p.message.en).join('; ')}`,
              },
        refs: { id },
      },
    ];
  },
};
