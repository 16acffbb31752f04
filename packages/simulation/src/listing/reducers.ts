import type { ListingInput } from '../core/actions.js';
import { nextId } from '../core/ids.js';
import type { ReducerMap } from '../core/reducer.js';
import { refuse, type SimEvent } from '../core/result.js';
import type { SimEnv } from '../core/rules.js';
import type { Listing, SimState } from '../core/state.js';
import { findCategory } from '../marketplaces/registry.js';
import { listingQuality } from './quality.js';
import { validateListing } from './validate.js';

function listingOrRefuse(draft: SimState, id: string): Listing {
  const found = draft.listings.find((l) => l.id === id);
  return found ?? refuse('LISTING_NOT_FOUND', `商品 ${id} 不存在`, `No listing ${id}`, 'listingId');
}

/** Checks the references a listing input makes (category, shipping template, store category). */
function checkReferences(draft: SimState, env: SimEnv, input: Partial<ListingInput>, prefix: string): void {
  if (input.categoryId !== undefined && !findCategory(env.rules, input.categoryId)?.leaf) {
    refuse(
      'LISTING_CATEGORY_NOT_LEAF',
      `类目 ${input.categoryId} 不是末级类目，请选择到最后一级`,
      `Category ${input.categoryId} is not a leaf category; choose the last level`,
      `${prefix}categoryId`,
    );
  }
  const template = input.shippingTemplateId;
  if (template != null && !draft.shippingTemplates.some((t) => t.id === template)) {
    refuse(
      'LISTING_TEMPLATE_UNKNOWN',
      `运费模板 ${template} 不存在`,
      `No shipping template ${template}`,
      `${prefix}shippingTemplateId`,
    );
  }
  const storeCategory = input.storeCategoryId;
  if (storeCategory != null && !draft.storeCategories.some((c) => c.id === storeCategory)) {
    refuse(
      'LISTING_STORE_CATEGORY_UNKNOWN',
      `店铺分组 ${storeCategory} 不存在`,
      `No store category ${storeCategory}`,
      `${prefix}storeCategoryId`,
    );
  }
}

/**
 * After an edit: recompute quality; a live listing that now breaks a rule is suppressed (as the marketplaces do),
 * and a suppressed one that is clean again goes back online.
 */
function recheck(draft: SimState, listing: Listing, env: SimEnv): SimEvent[] {
  listing.quality = listingQuality(listing, env.rules);
  if (listing.status !== 'active' && listing.status !== 'suppressed') return [];
  const violations = validateListing(listing, env.rules, draft);
  listing.violations = violations;
  const next = violations.length === 0 ? 'active' : 'suppressed';
  if (next === listing.status) return [];
  listing.status = next;
  return [
    next === 'suppressed'
      ? {
          kind: 'listing.suppressed',
          message: {
            zh: `商品 ${listing.id} 因违反规则被屏蔽：${violations.map((v) => v.message.zh).join('；')}`,
            en: `Listing ${listing.id} suppressed: ${violations.map((v) => v.message.en).join('; ')}`,
          },
          refs: { listingId: listing.id },
        }
      : {
          kind: 'listing.reinstated',
          message: { zh: `商品 ${listing.id} 已恢复在售`, en: `Listing ${listing.id} is active again` },
          refs: { listingId: listing.id },
        },
  ];
}

export const listingReducers: ReducerMap = {
  'listing.create': (draft, action, env) => {
    const input = action.listing;
    if (!draft.products.some((p) => p.sku === input.sku)) {
      refuse(
        'LISTING_SKU_UNKNOWN',
        `货品 ${input.sku} 不在商品库中`,
        `SKU ${input.sku} is not in the catalogue`,
        'listing.sku',
      );
    }
    const existing = draft.listings.find((l) => l.sku === input.sku);
    if (existing) {
      refuse(
        'LISTING_SKU_EXISTS',
        `SKU ${input.sku} 已有商品 ${existing.id}`,
        `SKU ${input.sku} already has listing ${existing.id}`,
        'listing.sku',
      );
    }
    checkReferences(draft, env, input, 'listing.');
    const listing: Listing = {
      id: nextId(draft, 'L'),
      ...input,
      attributes: { ...input.attributes },
      bulletPoints: [...input.bulletPoints],
      images: [],
      status: 'draft',
      violations: [],
      quality: 0,
      rating: 0,
      reviews: 0,
      createdAt: draft.now,
    };
    listing.quality = listingQuality(listing, env.rules);
    draft.listings.push(listing);
    return [
      {
        kind: 'listing.created',
        message: { zh: `已创建商品草稿 ${listing.id}`, en: `Draft listing ${listing.id} created` },
        refs: { listingId: listing.id },
      },
    ];
  },

  'listing.update': (draft, action, env) => {
    const listing = listingOrRefuse(draft, action.listingId);
    if ('sku' in action.patch) refuse('LISTING_SKU_LOCKED', 'SKU 不可修改', 'The SKU cannot be changed', 'patch.sku');
    checkReferences(draft, env, action.patch, 'patch.');
    Object.assign(listing, action.patch);
    return [
      {
        kind: 'listing.updated',
        message: { zh: `已保存商品 ${listing.id}`, en: `Listing ${listing.id} saved` },
        refs: { listingId: listing.id },
      },
      ...recheck(draft, listing, env),
    ];
  },

  'listing.attachImage': (draft, action, env) => {
    const listing = listingOrRefuse(draft, action.listingId);
    if (listing.images.some((i) => i.id === action.image.id)) {
      refuse('LISTING_IMAGE_DUPLICATE', '该图片已添加', 'This image is already attached', 'image.id');
    }
    const kept = action.role === 'main' ? listing.images.filter((i) => i.role !== 'main') : listing.images;
    const max = env.rules.listing.maxImages.value;
    if (kept.length >= max) {
      refuse('LISTING_IMAGES_MAX', `图片最多 ${max} 张`, `At most ${max} images`, 'image');
    }
    const image = { ...action.image, role: action.role };
    listing.images = action.role === 'main' ? [image, ...kept] : [...kept, image];
    return [
      {
        kind: 'listing.imageAttached',
        message: { zh: `已为商品 ${listing.id} 添加图片`, en: `Image added to listing ${listing.id}` },
        refs: { listingId: listing.id, imageId: image.id },
      },
      ...recheck(draft, listing, env),
    ];
  },

  'listing.removeImage': (draft, action, env) => {
    const listing = listingOrRefuse(draft, action.listingId);
    if (!listing.images.some((i) => i.id === action.imageId)) {
      refuse('LISTING_IMAGE_NOT_FOUND', `图片 ${action.imageId} 不存在`, `No image ${action.imageId}`, 'imageId');
    }
    listing.images = listing.images.filter((i) => i.id !== action.imageId);
    return [
      {
        kind: 'listing.imageRemoved',
        message: { zh: `已删除商品 ${listing.id} 的图片`, en: `Image removed from listing ${listing.id}` },
        refs: { listingId: listing.id, imageId: action.imageId },
      },
      ...recheck(draft, listing, env),
    ];
  },

  'listing.publish': (draft, action, env) => {
    const listing = listingOrRefuse(draft, action.listingId);
    if (draft.store.status !== 'verified') {
      refuse(
        'STORE_NOT_VERIFIED',
        '店铺未通过审核，不能发布商品',
        'The store must be verified before listings go online',
      );
    }
    if (listing.status === 'active')
      refuse('LISTING_ALREADY_ACTIVE', '商品已在售', 'The listing is already active', 'listingId');
    const violations = validateListing(listing, env.rules, draft);
    const first = violations[0];
    if (first) {
      refuse(
        'LISTING_RULES_VIOLATED',
        violations.map((v) => v.message.zh).join('；'),
        violations.map((v) => v.message.en).join('; '),
        first.field,
      );
    }
    listing.status = 'active';
    listing.violations = [];
    listing.quality = listingQuality(listing, env.rules);
    return [
      {
        kind: 'listing.published',
        message: { zh: `商品 ${listing.id} 已发布`, en: `Listing ${listing.id} is online` },
        refs: { listingId: listing.id },
      },
    ];
  },

  'listing.deactivate': (draft, action) => {
    const listing = listingOrRefuse(draft, action.listingId);
    if (listing.status !== 'active' && listing.status !== 'suppressed') {
      refuse(
        'LISTING_NOT_ACTIVE',
        '只有在售或被屏蔽的商品可以下架',
        'Only active or suppressed listings can be deactivated',
        'listingId',
      );
    }
    listing.status = 'inactive';
    return [
      {
        kind: 'listing.deactivated',
        message: { zh: `商品 ${listing.id} 已下架`, en: `Listing ${listing.id} deactivated` },
        refs: { listingId: listing.id },
      },
    ];
  },
};
