/** `validateListing`: every marketplace rule a listing breaks, worded with the numbers involved. */
import type { RuleViolation } from '../core/result.js';
import type { MarketplaceRuleSet } from '../core/rules.js';
import type { Listing, SimState } from '../core/state.js';
import { findCategory } from '../marketplaces/registry.js';
import { imageViolations } from './validate-images.js';
import { textViolations } from './validate-text.js';
import { violation } from './violation.js';

type CheckedListing = Pick<
  Listing,
  'title' | 'categoryId' | 'attributes' | 'bulletPoints' | 'description' | 'searchTerms' | 'images' | 'price'
>;

const isNumeric = (v: string): boolean => v.trim() !== '' && Number.isFinite(Number(v));

/** Same value for a fact: numbers compare as numbers ("6" = "6.0"), text case- and space-insensitively. */
export function sameFactValue(a: string, b: string): boolean {
  if (isNumeric(a) && isNumeric(b)) return Number(a) === Number(b);
  const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
  return norm(a) === norm(b);
}

function categoryViolations(listing: CheckedListing, rules: MarketplaceRuleSet): RuleViolation[] {
  const category = findCategory(rules, listing.categoryId);
  if (!category?.leaf) {
    return [
      violation(
        'category.leaf',
        'categoryId',
        `类目 ${listing.categoryId} 不是可发布商品的末级类目`,
        `Category ${listing.categoryId} is not a leaf category that can hold listings`,
      ),
    ];
  }
  const out: RuleViolation[] = [];
  for (const attr of category.attributes) {
    const value = listing.attributes[attr.key]?.trim() ?? '';
    const field = `attributes.${attr.key}`;
    if (value === '') {
      if (attr.required) {
        out.push(
          violation(
            'attributes.required',
            field,
            `缺少必填属性：${attr.label.zh}`,
            `Missing required attribute: ${attr.label.en}`,
          ),
        );
      }
      continue;
    }
    if (attr.kind === 'enum' && attr.options && !attr.options.includes(value)) {
      out.push(
        violation(
          'attributes.option',
          field,
          `属性“${attr.label.zh}”的值“${value}”不在可选值中（${attr.options.join(' / ')}）`,
          `${attr.label.en} "${value}" is not one of ${attr.options.join(' / ')}`,
        ),
      );
    }
    if (attr.kind === 'number' && !isNumeric(value)) {
      out.push(
        violation(
          'attributes.number',
          field,
          `属性“${attr.label.zh}”应为数字：${value}`,
          `${attr.label.en} must be a number: ${value}`,
        ),
      );
    }
  }
  return out;
}

/** Rules that need only the listing and the rule set (also what a newer rule-set version is compared on). */
export function listingRuleViolations(listing: CheckedListing, rules: MarketplaceRuleSet): RuleViolation[] {
  const out = [...textViolations(listing, rules.listing), ...categoryViolations(listing, rules)];
  out.push(...imageViolations(listing.images, rules.listing));
  const { min, max } = rules.listing.price.value;
  if (!(listing.price >= min && listing.price <= max)) {
    out.push(
      violation(
        'price.range',
        'price',
        `售价 ${listing.price} 超出允许范围 ${min}–${max}`,
        `Price ${listing.price} is outside ${min}–${max}`,
      ),
    );
  }
  return out;
}

/** The most active listings the store may hold (by its plan when the marketplace caps by plan). */
export function productCapFor(rules: MarketplaceRuleSet, state: SimState): number | null {
  const plan = state.store.registration.plan;
  const byPlan = rules.listing.productCapByPlan?.value;
  if (plan !== undefined && byPlan && byPlan[plan] !== undefined) return byPlan[plan];
  return rules.listing.productCap.value;
}

const normTitle = (t: string): string => t.trim().toLowerCase().replace(/\s+/g, ' ');

function stateViolations(
  listing: CheckedListing & Pick<Listing, 'id' | 'sku' | 'status'>,
  rules: MarketplaceRuleSet,
  state: SimState,
): RuleViolation[] {
  const out: RuleViolation[] = [];
  const others = state.listings.filter((l) => l.id !== listing.id);
  const cap = productCapFor(rules, state);
  const active = others.filter((l) => l.status === 'active').length;
  if (cap !== null && listing.status !== 'active' && active >= cap) {
    out.push(
      violation(
        'product.cap',
        'status',
        `在线商品已有 ${active} 个，达到上限 ${cap}`,
        `${active} listings are online; the cap is ${cap}`,
      ),
    );
  }
  const duplicate = others.find(
    (l) =>
      l.status !== 'inactive' &&
      (l.sku === listing.sku ||
        (l.categoryId === listing.categoryId && normTitle(l.title) === normTitle(listing.title))),
  );
  if (duplicate) {
    out.push(
      violation(
        'listing.duplicate',
        'title',
        `与商品 ${duplicate.id} 重复（同一 SKU 或相同标题）`,
        `Duplicates listing ${duplicate.id} (same SKU or same title)`,
      ),
    );
  }
  const product = state.products.find((p) => p.sku === listing.sku);
  if (product) {
    for (const [key, fact] of Object.entries(product.facts)) {
      const stated = listing.attributes[key];
      if (stated === undefined || stated.trim() === '' || sameFactValue(stated, fact)) continue;
      out.push(
        violation(
          'facts.mismatch',
          `attributes.${key}`,
          `属性 ${key} 填写为“${stated}”，与货品实际“${fact}”不符`,
          `Attribute ${key} says "${stated}" but the goods are "${fact}"`,
        ),
      );
    }
    if (product.categoryId !== listing.categoryId && findCategory(rules, listing.categoryId)?.leaf) {
      out.push(
        violation(
          'category.mismatch',
          'categoryId',
          `类目 ${listing.categoryId} 与货品所属类目 ${product.categoryId} 不符`,
          `Category ${listing.categoryId} does not fit the goods (${product.categoryId})`,
        ),
      );
    }
  }
  return out;
}

/** Every violation of the listing under the rule set, including those that need the store (cap, duplicates, facts). */
export function validateListing(
  listing: CheckedListing & Pick<Listing, 'id' | 'sku' | 'status'>,
  rules: MarketplaceRuleSet,
  state: SimState,
): RuleViolation[] {
  return [...listingRuleViolations(listing, rules), ...stateViolations(listing, rules, state)];
}
