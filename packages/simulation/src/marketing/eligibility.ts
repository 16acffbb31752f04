/** Platform campaign (平台活动) eligibility: every unmet condition is reported, none is hidden behind the first. */
import type { RuleViolation } from '../core/result.js';
import type { PlatformCampaign, SimState } from '../core/state.js';

const v = (rule: string, field: string, zh: string, en: string): RuleViolation => ({
  rule,
  field,
  message: { zh, en },
});

export function promotionProblems(
  state: SimState,
  campaign: PlatformCampaign,
  listingIds: readonly string[],
  discountPct: number,
): RuleViolation[] {
  const problems: RuleViolation[] = [];
  if (discountPct < campaign.minDiscountPct) {
    problems.push(
      v(
        'promotion.minDiscount',
        'discountPct',
        `折扣 ${discountPct}% 低于活动要求的最低折扣 ${campaign.minDiscountPct}%`,
        `Discount ${discountPct}% is below the campaign's minimum of ${campaign.minDiscountPct}%`,
      ),
    );
  }
  if (campaign.requireGoodHealth && state.health.status !== 'good') {
    problems.push(
      v(
        'promotion.accountHealth',
        'health.status',
        `店铺账户健康状况为「${state.health.status}」，活动要求为良好（good）`,
        `Account health is "${state.health.status}"; the campaign requires "good"`,
      ),
    );
  }
  listingIds.forEach((id, i) => {
    const field = `listingIds[${i}]`;
    const l = state.listings.find((x) => x.id === id);
    if (!l) {
      problems.push(v('promotion.listingExists', field, `商品 ${id} 不存在`, `Listing ${id} does not exist`));
      return;
    }
    if (l.status !== 'active') {
      problems.push(
        v(
          'promotion.listingActive',
          field,
          `商品 ${id} 未在售（状态 ${l.status}）`,
          `Listing ${id} is not active (status ${l.status})`,
        ),
      );
    }
    if (campaign.categoryIds && !campaign.categoryIds.includes(l.categoryId)) {
      problems.push(
        v(
          'promotion.category',
          field,
          `商品 ${id} 的类目 ${l.categoryId} 不在活动类目范围内`,
          `Listing ${id}: category ${l.categoryId} is not part of the campaign`,
        ),
      );
    }
    if (l.rating < campaign.minRating) {
      problems.push(
        v(
          'promotion.minRating',
          field,
          `商品 ${id} 评分 ${l.rating} 低于要求的 ${campaign.minRating}`,
          `Listing ${id}: rating ${l.rating} is below the required ${campaign.minRating}`,
        ),
      );
    }
    if (l.reviews < campaign.minReviews) {
      problems.push(
        v(
          'promotion.minReviews',
          field,
          `商品 ${id} 评论数 ${l.reviews} 少于要求的 ${campaign.minReviews}`,
          `Listing ${id}: ${l.reviews} reviews, the campaign requires ${campaign.minReviews}`,
        ),
      );
    }
    if (l.stock < campaign.minStock) {
      problems.push(
        v(
          'promotion.minStock',
          field,
          `商品 ${id} 库存 ${l.stock} 少于要求的 ${campaign.minStock}`,
          `Listing ${id}: stock ${l.stock} is below the required ${campaign.minStock}`,
        ),
      );
    }
  });
  return problems;
}
