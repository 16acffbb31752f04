/** Listings the scenario stores already have: complete, truthful and within the marketplace's listing rules. */
import type { Rng } from '../core/rng.js';
import type { MarketplaceRuleSet } from '../core/rules.js';
import type { Listing, ListingImage, Product } from '../core/state.js';

const FEATURES: Record<string, { title: string; bullets: string[] }> = {
  'kitchen-utensils': {
    title: 'Heat Resistant Kitchen Tool for Cooking and Baking',
    bullets: [
      'Heat resistant up to 230 °C, safe for non-stick pans',
      'One-piece design with no gaps where food can collect',
      'Easy to clean by hand or in the dishwasher',
    ],
  },
  'phone-cases': {
    title: 'Slim Protective Cover with Raised Camera Edge',
    bullets: [
      'Raised edges protect the screen and the camera lenses',
      'Precise cut-outs for buttons, ports and speakers',
      'Supports wireless charging without removing the case',
    ],
  },
  'yoga-mats': {
    title: 'Non-Slip Exercise Mat for Pilates and Floor Workouts',
    bullets: [
      'Textured non-slip surface on both sides',
      'Cushioning protects knees and joints on hard floors',
      'Light and easy to roll up, carrying strap included',
    ],
  },
  'womens-tshirts': {
    title: 'Casual Soft Top for Everyday Wear',
    bullets: [
      'Soft breathable knit fabric that keeps its shape',
      'Classic fit, true to size; see the size chart',
      'Machine wash cold, tumble dry low',
    ],
  },
  'led-strips': {
    title: 'Colour Changing Light Strip with Remote for Bedroom and TV',
    bullets: [
      'Self-adhesive backing, can be cut along the marked lines',
      'Remote control with brightness and colour modes',
      'Low heat LEDs for long hours of use',
    ],
  },
  'pet-bowls': {
    title: 'Food and Water Dish for Cats and Small Dogs',
    bullets: [
      'Non-slip base keeps the bowl in place',
      'Smooth surface that does not hold odours',
      'Easy to clean and dishwasher safe',
    ],
  },
  'face-serums': {
    title: 'Hydrating Facial Serum for Daily Skin Care',
    bullets: [
      'Lightweight texture that absorbs quickly',
      'Apply two to three drops morning and evening',
      'Dermatologically tested, fragrance free',
    ],
  },
};

const titleCase = (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase());

/** Main image and two more, as the server would have measured good product photos. */
export function goodImages(sku: string): ListingImage[] {
  const base = { format: 'jpeg' as const, borderWhiteRatio: 0.995 };
  return [
    { ...base, id: `img-${sku}-1`, role: 'main', width: 1600, height: 1600, bytes: 412_000, productFillRatio: 0.88 },
    {
      ...base,
      id: `img-${sku}-2`,
      role: 'additional',
      width: 1500,
      height: 1500,
      bytes: 365_000,
      productFillRatio: 0.8,
    },
    {
      ...base,
      id: `img-${sku}-3`,
      role: 'additional',
      width: 1500,
      height: 1500,
      bytes: 388_000,
      productFillRatio: 0.76,
    },
  ];
}

/** A USD price that covers cost, freight and fees (about three times the cost), ending in .99. */
export function listPriceFor(product: Product, fxCnyPerUnit: number, rng: Rng): number {
  const raw = (product.costCny / fxCnyPerUnit) * rng.float(2.6, 3.4) + 4;
  return Math.max(5.99, Math.floor(raw) + 0.99);
}

export function buildListing(
  id: string,
  product: Product,
  rules: MarketplaceRuleSet,
  brand: string,
  price: number,
  rng: Rng,
  createdAt: number,
): Listing {
  const f = FEATURES[product.categoryId] ?? { title: '', bullets: [] };
  const colour = product.facts.colour ? `, ${titleCase(product.facts.colour)}` : '';
  const maxTitle = rules.listing.title.maxLength.value;
  const title = `${brand} ${product.nameEn} ${f.title}${colour}`.slice(0, maxTitle).trim();
  const leaf = rules.categories.find((c) => c.id === product.categoryId);
  const attributes: Record<string, string> = {};
  for (const a of leaf?.attributes ?? []) {
    if (product.facts[a.key] !== undefined) attributes[a.key] = product.facts[a.key]!;
    else if (a.key === 'brand') attributes.brand = brand;
  }
  const bulletRule = rules.listing.bulletPoints.value;
  const factsLine = Object.entries(product.facts)
    .filter(([k]) => k !== 'moq')
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
  const bullets = [
    `${product.nameEn}: ${factsLine}`,
    ...f.bullets,
    'Ships from China with tracking; questions answered within 24 hours',
  ]
    .slice(0, bulletRule.max)
    .map((b) => b.slice(0, bulletRule.maxLength));
  const description = [
    `${brand} ${product.nameEn}. ${f.bullets.join('. ')}.`,
    `Specifications: ${factsLine}. Package size ${product.dims.l} x ${product.dims.w} x ${product.dims.h} cm, weight ${product.weightKg} kg.`,
    'In the box: 1 x item as described. If anything is wrong with your order, message us and we will help within 24 hours.',
  ].join('\n');
  return {
    id,
    sku: product.sku,
    title,
    categoryId: product.categoryId,
    attributes,
    bulletPoints: bullets,
    description,
    searchTerms: `${product.nameEn.toLowerCase()} ${product.categoryId.replace('-', ' ')}`.slice(0, 200),
    images: goodImages(product.sku),
    price,
    stock: rng.int(40, 300),
    status: 'active',
    shippingTemplateId: null,
    storeCategoryId: null,
    violations: [],
    quality: Math.round(rng.float(0.72, 0.92) * 100) / 100,
    rating: Math.round(rng.float(3.9, 4.8) * 10) / 10,
    reviews: rng.int(8, 420),
    createdAt,
  };
}
