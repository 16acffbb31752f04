import { describe, expect, it } from 'vitest';
import { cloneState } from '../core/clone.js';
import { createEmptyState } from '../core/create.js';
import type { Listing, ListingImage, Product, SimState } from '../core/state.js';
import { ruleSetFor } from '../marketplaces/registry.js';
import { rulesChangeImpact } from './impact.js';
import { listingQuality } from './quality.js';
import { validateListing } from './validate.js';

const RULES_2025 = ruleSetFor('amazon', '2025-06');
const RULES_2024 = ruleSetFor('amazon', '2024-01');

const product: Product = {
  sku: 'YM-01',
  name: '瑜伽垫',
  nameEn: 'Yoga mat',
  categoryId: 'yoga-mats',
  costCny: 35,
  weightKg: 1.1,
  dims: { l: 61, w: 15, h: 15 },
  facts: { material: 'TPE', thicknessMm: '6', colour: 'Purple', lengthCm: '183' },
  hsCode: '9506911000',
  declaredNameCn: '瑜伽垫',
  battery: false,
  liquid: false,
  signals: { monthlySales: 100, trendPct: 5, rating: 4.5, reviews: 80, socialMentions: 10 },
};

const mainImage = (over: Partial<ListingImage> = {}): ListingImage => ({
  id: 'img-main',
  role: 'main',
  format: 'jpeg',
  width: 2000,
  height: 2000,
  bytes: 500_000,
  borderWhiteRatio: 1,
  productFillRatio: 0.9,
  ...over,
});

const goodListing = (): Listing => ({
  id: 'L-1',
  sku: 'YM-01',
  title: 'Non Slip Yoga Mat 6mm Thick TPE Exercise Mat with Carrying Strap, Purple',
  categoryId: 'yoga-mats',
  attributes: { material: 'TPE', thicknessMm: '6', colour: 'Purple', lengthCm: '183' },
  bulletPoints: [
    'Non-slip texture on both sides keeps you steady in every pose',
    '6 mm cushioning protects knees and elbows on hard floors',
    'Lightweight TPE, free of PVC and latex, easy to clean',
  ],
  description:
    'A 183 cm long, 6 mm thick TPE yoga mat with a non-slip surface on both sides. Comes with a carrying strap for the studio or the park.',
  searchTerms: 'yoga mat non slip exercise pilates',
  images: [mainImage()],
  price: 25.99,
  stock: 50,
  status: 'draft',
  shippingTemplateId: null,
  storeCategoryId: null,
  violations: [],
  quality: 0,
  rating: 0,
  reviews: 0,
  createdAt: 0,
});

function stateWith(listings: Listing[] = [], marketplace: 'amazon' | 'aliexpress' = 'amazon'): SimState {
  const s = createEmptyState(marketplace, marketplace === 'amazon' ? '2025-06' : '2025-03', 'seed');
  s.store.status = 'verified';
  s.products.push(product);
  s.listings.push(...listings);
  return s;
}

const rulesOf = (listing: Listing, rules = RULES_2025, state = stateWith()) =>
  validateListing(listing, rules, state).map((v) => v.rule);

const TITLE_214 = `Yoga Mat Non Slip Yoga Mat Thick Exercise Mat for Home Gym Pilates Stretching and Floor Workouts, Extra Long Extra Wide Cushioned Surface with Strap for Women and Men, Travel Friendly, Easy Clean TPE Purple 6mm Set`;

describe('validateListing', () => {
  it('finds nothing wrong with a complete listing under both amazon versions', () => {
    expect(validateListing(goodListing(), RULES_2025, stateWith())).toEqual([]);
    expect(validateListing(goodListing(), RULES_2024, stateWith())).toEqual([]);
  });

  const cases: [string, (l: Listing) => void][] = [
    ['title.maxLength', (l) => (l.title = `${l.title} ${'x'.repeat(140)}`)],
    ['title.forbiddenChars', (l) => (l.title = `${l.title}!`)],
    ['title.forbiddenWords', (l) => (l.title = `${l.title} Free Shipping`)],
    ['title.wordRepeat', (l) => (l.title = 'Yoga Mat Yoga Strap Yoga Block Set for Beginners')],
    ['title.allCaps', (l) => (l.title = 'NON SLIP YOGA MAT 6MM')],
    ['searchTerms.bytes', (l) => (l.searchTerms = '瑜伽垫'.repeat(30))],
    ['bullets.count', (l) => (l.bulletPoints = ['Only one bullet'])],
    ['bullets.length', (l) => (l.bulletPoints[0] = 'y'.repeat(501))],
    ['description.length', (l) => (l.description = 'Too short.')],
    ['description.forbiddenWords', (l) => (l.description += ' Best seller of the year.')],
    ['attributes.required', (l) => delete l.attributes.lengthCm],
    ['attributes.number', (l) => (l.attributes.thicknessMm = 'thick')],
    ['category.leaf', (l) => (l.categoryId = 'sports-outdoors')],
    ['image.mainMissing', (l) => (l.images = [])],
    ['image.format', (l) => (l.images = [mainImage({ format: 'webp' })])],
    ['image.whiteBackground', (l) => (l.images = [mainImage({ borderWhiteRatio: 0.5 })])],
    ['image.fill', (l) => (l.images = [mainImage({ productFillRatio: 0.6 })])],
    ['image.minSize', (l) => (l.images = [mainImage({ width: 800, height: 600 })])],
    ['image.maxSize', (l) => (l.images = [mainImage({ width: 12000, height: 9000 })])],
    ['image.bytes', (l) => (l.images = [mainImage({ bytes: 11 * 1024 * 1024 })])],
    [
      'images.max',
      (l) =>
        (l.images = [
          mainImage(),
          ...Array.from({ length: 9 }, (_, i) => mainImage({ id: `a${i}`, role: 'additional' })),
        ]),
    ],
    ['price.range', (l) => (l.price = 0)],
    ['facts.mismatch', (l) => (l.attributes.material = 'PVC')],
  ];

  it.each(cases)('reports %s and only the rules the change breaks', (rule, mutate) => {
    const listing = goodListing();
    mutate(listing);
    const found = rulesOf(listing);
    expect(found).toContain(rule);
    expect(rulesOf(goodListing())).not.toContain(rule);
  });

  it('reports an enum attribute value outside its options', () => {
    const listing = goodListing();
    listing.categoryId = 'womens-tshirts';
    listing.attributes = { material: 'cotton', size: 'XXXXL', colour: 'white', sleeveLength: 'short' };
    expect(rulesOf(listing)).toEqual(expect.arrayContaining(['attributes.option', 'category.mismatch']));
  });

  it('does not count prepositions or articles as repeated words, nor "wholesale" as "sale"', () => {
    const listing = goodListing();
    listing.title = 'Mat for Yoga, for Pilates and for Stretching with a Strap and a Bag and a Towel, Wholesale Pack';
    expect(rulesOf(listing)).toEqual([]);
  });

  it('differs between the 2024 and 2025 amazon rules on the same 214-character title', () => {
    const listing = goodListing();
    listing.title = TITLE_214;
    expect(TITLE_214.length).toBe(214);
    const now = validateListing(listing, RULES_2025, stateWith());
    expect(now.map((v) => v.rule).sort()).toEqual(['title.maxLength', 'title.wordRepeat']);
    expect(now[0]?.message.zh).toBe('标题 214 个字符，超过上限 200');
    expect(now[0]?.message.en).toBe('Title has 214 characters; the maximum is 200');
    expect(validateListing(listing, RULES_2024, stateWith())).toEqual([]);
  });

  it('lists a live listing that the newer rule set would suppress', () => {
    const live = { ...goodListing(), title: TITLE_214, status: 'active' as const };
    const fine = { ...goodListing(), id: 'L-2', status: 'active' as const };
    const impact = rulesChangeImpact([live, fine], RULES_2024, RULES_2025);
    expect(impact).toHaveLength(1);
    expect(impact[0]?.listingId).toBe('L-1');
    expect(impact[0]?.violations.map((v) => v.rule).sort()).toEqual(['title.maxLength', 'title.wordRepeat']);
  });

  it('reports a duplicate of another listing with the same title in the same category', () => {
    const other = { ...goodListing(), id: 'L-7', sku: 'YM-02', status: 'active' as const };
    expect(rulesOf(goodListing(), RULES_2025, stateWith([other]))).toEqual(['listing.duplicate']);
    expect(rulesOf(goodListing(), RULES_2025, stateWith([{ ...other, status: 'inactive' }]))).toEqual([]);
  });

  it('caps online products by the AliExpress-like plan', () => {
    const rules = ruleSetFor('aliexpress');
    const state = stateWith([], 'aliexpress');
    state.store.registration.plan = 'basic';
    for (let i = 0; i < 300; i++) {
      state.listings.push({ ...goodListing(), id: `L-x${i}`, sku: `S${i}`, title: `Item ${i}`, status: 'active' });
    }
    expect(validateListing(goodListing(), rules, state).map((v) => v.rule)).toContain('product.cap');
    const standard = cloneState(state);
    standard.store.registration.plan = 'standard';
    expect(validateListing(goodListing(), rules, standard).map((v) => v.rule)).not.toContain('product.cap');
  });
});

describe('listingQuality', () => {
  it('scores a complete listing high and a bare one low, always within 0–1', () => {
    const full = goodListing();
    full.images.push(...Array.from({ length: 6 }, (_, i) => mainImage({ id: `a${i}`, role: 'additional' })));
    full.bulletPoints.push('Includes a carrying strap for easy transport', 'Size 183 × 61 cm fits most people');
    const bare = { ...goodListing(), attributes: {}, bulletPoints: [], description: '', images: [] };
    const high = listingQuality(full, RULES_2025);
    const low = listingQuality(bare, RULES_2025);
    expect(high).toBeGreaterThan(0.85);
    expect(high).toBeLessThanOrEqual(1);
    expect(low).toBeLessThan(0.3);
    expect(low).toBeGreaterThanOrEqual(0);
  });

  it('lowers the score of a title that breaks a rule', () => {
    const bad = { ...goodListing(), title: `${goodListing().title} Hot Sale` };
    expect(listingQuality(bad, RULES_2025)).toBeLessThan(listingQuality(goodListing(), RULES_2025));
  });
});
