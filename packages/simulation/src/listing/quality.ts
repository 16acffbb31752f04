/**
 * Listing quality 0–1 (drives ad rank and demand): a complete, rule-abiding listing with good images scores near 1.
 * Weights: title 0.2, attributes 0.25, images 0.25, bullet points 0.15, description 0.15.
 */
import type { MarketplaceRuleSet } from '../core/rules.js';
import type { Listing } from '../core/state.js';
import { findCategory } from '../marketplaces/registry.js';
import { imageViolations } from './validate-images.js';
import { titleViolations } from './validate-text.js';
import { charCount } from './violation.js';

type Scored = Pick<Listing, 'title' | 'categoryId' | 'attributes' | 'bulletPoints' | 'description' | 'images'>;

const clamp01 = (x: number): number => Math.max(0, Math.min(1, x));

function titleScore(listing: Scored, rules: MarketplaceRuleSet): number {
  const length = charCount(listing.title.trim());
  if (length === 0) return 0;
  const lengthScore = clamp01(length / 40);
  return titleViolations(listing.title, rules.listing.title).length === 0 ? lengthScore : lengthScore * 0.4;
}

function attributeScore(listing: Scored, rules: MarketplaceRuleSet): number {
  const attributes = findCategory(rules, listing.categoryId)?.attributes ?? [];
  if (attributes.length === 0) return 0;
  let have = 0;
  let total = 0;
  for (const a of attributes) {
    const weight = a.required ? 2 : 1;
    total += weight;
    if ((listing.attributes[a.key] ?? '').trim() !== '') have += weight;
  }
  return have / total;
}

function imageScore(listing: Scored, rules: MarketplaceRuleSet): number {
  const main = listing.images.find((i) => i.role === 'main');
  if (!main) return 0;
  const mainOk = imageViolations([main], rules.listing).length === 0 ? 0.6 : 0.25;
  const extra = listing.images.length - 1;
  const wanted = Math.max(1, Math.min(rules.listing.maxImages.value, 7) - 1);
  return mainOk + 0.4 * clamp01(extra / wanted);
}

function bulletScore(listing: Scored, rules: MarketplaceRuleSet): number {
  const { min, max } = rules.listing.bulletPoints.value;
  const target = Math.max(min, Math.min(max, 5));
  if (target === 0) return 1;
  return clamp01(listing.bulletPoints.filter((b) => charCount(b.trim()) >= 10).length / target);
}

function descriptionScore(listing: Scored, rules: MarketplaceRuleSet): number {
  const length = charCount(listing.description.trim());
  if (length < rules.listing.description.value.minLength || length === 0) return clamp01(length / 1000) * 0.5;
  return 0.5 + 0.5 * clamp01(length / 1000);
}

export function listingQuality(listing: Scored, rules: MarketplaceRuleSet): number {
  const score =
    0.2 * titleScore(listing, rules) +
    0.25 * attributeScore(listing, rules) +
    0.25 * imageScore(listing, rules) +
    0.15 * bulletScore(listing, rules) +
    0.15 * descriptionScore(listing, rules);
  return Math.round(clamp01(score) * 1000) / 1000;
}
