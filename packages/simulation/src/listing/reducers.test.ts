import { describe, expect, it } from 'vitest';
import type { ListingAction, ListingInput } from '../core/actions.js';
import { cloneState } from '../core/clone.js';
import { createEmptyState } from '../core/create.js';
import type { Reducer } from '../core/reducer.js';
import { type ActionResult, SimRefusal } from '../core/result.js';
import type { ImageMeta, SimState } from '../core/state.js';
import { envFor } from '../marketplaces/env.js';
import { listingReducers } from './reducers.js';
import { listingActionSchemas } from './schemas.js';

function run(state: SimState, action: ListingAction): ActionResult<SimState> {
  const draft = cloneState(state);
  try {
    const reducer = listingReducers[action.type] as Reducer<typeof action.type>;
    return { ok: true, state: draft, events: reducer(draft, action as never, envFor(state)) ?? [] };
  } catch (e) {
    if (e instanceof SimRefusal) return { ok: false, refusal: e.toRefusal() };
    throw e;
  }
}
const ok = (s: SimState, a: ListingAction): SimState => {
  const r = run(s, a);
  if (!r.ok) throw new Error(`${r.refusal.code}: ${r.refusal.reason.en}`);
  return r.state;
};
const refusal = (s: SimState, a: ListingAction) => {
  const r = run(s, a);
  if (r.ok) throw new Error('expected a refusal');
  return r.refusal;
};

const image = (id: string, over: Partial<ImageMeta> = {}): ImageMeta => ({
  id,
  format: 'jpeg',
  width: 1600,
  height: 1600,
  bytes: 400_000,
  borderWhiteRatio: 1,
  productFillRatio: 0.9,
  ...over,
});

const input = (over: Partial<ListingInput> = {}): ListingInput => ({
  sku: 'PB-01',
  title: 'Stainless Steel Dog Bowl 750 ml Non Slip Rubber Base, Silver',
  categoryId: 'pet-bowls',
  attributes: { material: 'stainless steel', capacityMl: '750', colour: 'silver' },
  bulletPoints: ['Food-grade stainless steel', 'Rubber base stops sliding', 'Dishwasher safe and rust resistant'],
  description:
    'A 750 ml stainless steel bowl for dogs and cats. The rubber ring on the base keeps it in place and protects floors.',
  searchTerms: 'dog bowl cat bowl pet feeder',
  price: 12.5,
  stock: 100,
  shippingTemplateId: null,
  storeCategoryId: null,
  ...over,
});

function base(): SimState {
  const s = createEmptyState('amazon', '2025-06', 'seed');
  s.store.status = 'verified';
  s.products.push({
    sku: 'PB-01',
    name: '不锈钢宠物碗',
    nameEn: 'Stainless pet bowl',
    categoryId: 'pet-bowls',
    costCny: 12,
    weightKg: 0.3,
    dims: { l: 20, w: 20, h: 6 },
    facts: { material: 'stainless steel', capacityMl: '750', colour: 'silver' },
    hsCode: '7323930000',
    declaredNameCn: '不锈钢宠物碗',
    battery: false,
    liquid: false,
    signals: { monthlySales: 50, trendPct: 2, rating: 4.6, reviews: 30, socialMentions: 3 },
  });
  return s;
}

const created = () => ok(base(), { type: 'listing.create', listing: input() });

describe('listing reducers', () => {
  it('creates a draft with a quality score', () => {
    const s = created();
    expect(s.listings[0]).toMatchObject({ id: 'L-1', status: 'draft', images: [] });
    expect(s.listings[0]!.quality).toBeGreaterThan(0);
  });

  it('refuses an unknown SKU, a second listing of a SKU and a non-leaf category', () => {
    expect(refusal(base(), { type: 'listing.create', listing: input({ sku: 'NOPE' }) }).code).toBe(
      'LISTING_SKU_UNKNOWN',
    );
    expect(refusal(created(), { type: 'listing.create', listing: input() }).code).toBe('LISTING_SKU_EXISTS');
    const r = refusal(base(), { type: 'listing.create', listing: input({ categoryId: 'pet-supplies' }) });
    expect(r).toMatchObject({ code: 'LISTING_CATEGORY_NOT_LEAF', field: 'listing.categoryId' });
  });

  it('replaces the main image and refuses more images than allowed', () => {
    let s = ok(created(), { type: 'listing.attachImage', listingId: 'L-1', role: 'main', image: image('a') });
    s = ok(s, { type: 'listing.attachImage', listingId: 'L-1', role: 'main', image: image('b') });
    expect(s.listings[0]!.images.map((i) => [i.id, i.role])).toEqual([['b', 'main']]);
    for (let i = 0; i < 8; i++)
      s = ok(s, { type: 'listing.attachImage', listingId: 'L-1', role: 'additional', image: image(`x${i}`) });
    expect(
      refusal(s, { type: 'listing.attachImage', listingId: 'L-1', role: 'additional', image: image('y') }).code,
    ).toBe('LISTING_IMAGES_MAX');
    s = ok(s, { type: 'listing.removeImage', listingId: 'L-1', imageId: 'x0' });
    expect(s.listings[0]!.images).toHaveLength(8);
  });

  it('refuses to publish with every violation in the reason, the first one naming the field', () => {
    const s = ok(created(), {
      type: 'listing.update',
      listingId: 'L-1',
      patch: { title: 'BEST SELLER DOG BOWL!' },
    });
    const r = refusal(s, { type: 'listing.publish', listingId: 'L-1' });
    expect(r.code).toBe('LISTING_RULES_VIOLATED');
    expect(r.field).toBe('title');
    expect(r.reason.zh.split('；')).toHaveLength(4);
    expect(r.reason.zh).toContain('缺少主图');
    expect(r.reason.en).toContain('The main image is missing');
  });

  it('publishes a clean listing, suppresses it when an edit breaks a rule and reinstates it when fixed', () => {
    let s = ok(created(), { type: 'listing.attachImage', listingId: 'L-1', role: 'main', image: image('m') });
    s = ok(s, { type: 'listing.publish', listingId: 'L-1' });
    expect(s.listings[0]).toMatchObject({ status: 'active', violations: [] });
    const broken = run(s, { type: 'listing.update', listingId: 'L-1', patch: { title: 'Dog Bowl Free Shipping' } });
    if (!broken.ok) throw new Error('update refused');
    expect(broken.state.listings[0]!.status).toBe('suppressed');
    expect(broken.events.map((e) => e.kind)).toContain('listing.suppressed');
    s = ok(broken.state, { type: 'listing.update', listingId: 'L-1', patch: { title: input().title } });
    expect(s.listings[0]!.status).toBe('active');
    s = ok(s, { type: 'listing.deactivate', listingId: 'L-1' });
    expect(s.listings[0]!.status).toBe('inactive');
    expect(refusal(s, { type: 'listing.deactivate', listingId: 'L-1' }).code).toBe('LISTING_NOT_ACTIVE');
  });

  it('refuses to publish before the store is verified', () => {
    const s = ok(created(), { type: 'listing.attachImage', listingId: 'L-1', role: 'main', image: image('m') });
    s.store.status = 'pending_verification';
    expect(refusal(s, { type: 'listing.publish', listingId: 'L-1' }).code).toBe('STORE_NOT_VERIFIED');
  });

  it('refuses a patch that changes the SKU in the schema and in the reducer', () => {
    const update = listingActionSchemas.find((x) => (x.shape.type as { value: string }).value === 'listing.update')!;
    expect(update.safeParse({ type: 'listing.update', listingId: 'L-1', patch: { sku: 'X' } }).success).toBe(false);
    const patch = { sku: 'X' } as unknown as Partial<ListingInput>;
    expect(refusal(created(), { type: 'listing.update', listingId: 'L-1', patch }).code).toBe('LISTING_SKU_LOCKED');
  });
});
