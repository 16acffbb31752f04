/**
 * The supplier goods the library's scenarios add to the base store (sku prefix `LIB-`), so every task knows exactly
 * which facts, weights and commodity codes the candidate sees whatever the base scenario holds.
 */
import type { Product } from '../core/state.js';

const signals = (monthlySales: number, trendPct: number, rating: number, reviews: number, socialMentions: number) => ({
  monthlySales,
  trendPct,
  rating,
  reviews,
  socialMentions,
});

export const YOGA_MAT: Product = {
  sku: 'LIB-YM-6',
  name: 'TPE 双色瑜伽垫 6mm',
  nameEn: 'TPE Two-Tone Yoga Mat 6 mm',
  categoryId: 'yoga-mats',
  costCny: 38,
  weightKg: 0.95,
  dims: { l: 62, w: 13, h: 13 },
  facts: { material: 'TPE', thicknessMm: '6', colour: 'Purple', lengthCm: '183' },
  hsCode: '9506919000',
  declaredNameCn: '瑜伽垫',
  battery: false,
  liquid: false,
  signals: signals(820, 12, 4.5, 310, 140),
};

export const WHISK: Product = {
  sku: 'LIB-KU-W',
  name: '不锈钢打蛋器 30cm',
  nameEn: 'Stainless Steel Balloon Whisk 30 cm',
  categoryId: 'kitchen-utensils',
  costCny: 9.5,
  weightKg: 0.12,
  dims: { l: 31, w: 7, h: 7 },
  facts: { material: 'Stainless Steel', colour: 'Silver' },
  hsCode: '8215990000',
  declaredNameCn: '不锈钢打蛋器',
  battery: false,
  liquid: false,
  signals: signals(1500, -4, 4.6, 2200, 35),
};

export const PHONE_CASE: Product = {
  sku: 'LIB-PC-15',
  name: 'iPhone 15 防摔透明手机壳',
  nameEn: 'Shockproof Clear Case for iPhone 15',
  categoryId: 'phone-cases',
  costCny: 6.8,
  weightKg: 0.05,
  dims: { l: 17, w: 9, h: 2 },
  facts: { compatibleModel: 'iPhone 15', material: 'TPU', colour: 'Clear' },
  hsCode: '3926909090',
  declaredNameCn: '塑料手机壳',
  battery: false,
  liquid: false,
  signals: signals(4200, 3, 4.3, 5100, 220),
};

export const TSHIRT: Product = {
  sku: 'LIB-TS-M',
  name: '女士纯棉圆领短袖 T 恤',
  nameEn: "Women's Cotton Crew Neck Short Sleeve T-Shirt",
  categoryId: 'womens-tshirts',
  costCny: 22,
  weightKg: 0.18,
  dims: { l: 30, w: 25, h: 3 },
  facts: { material: 'Cotton', size: 'M', colour: 'White', sleeveLength: 'short' },
  hsCode: '6109100022',
  declaredNameCn: '棉制针织女式T恤衫',
  battery: false,
  liquid: false,
  signals: signals(2600, 8, 4.4, 980, 640),
};

export const LED_STRIP: Product = {
  sku: 'LIB-LED-5',
  name: '5 米 RGB LED 灯带 USB 供电',
  nameEn: '5 m RGB LED Strip Light, USB Powered',
  categoryId: 'led-strips',
  costCny: 19,
  weightKg: 0.32,
  dims: { l: 18, w: 14, h: 5 },
  facts: { voltage: '5V', lengthM: '5', colour: 'RGB', plugType: 'USB' },
  hsCode: '9405420000',
  declaredNameCn: 'LED灯带',
  battery: false,
  liquid: false,
  signals: signals(950, 35, 4.2, 120, 1800),
};

export const PET_BOWL: Product = {
  sku: 'LIB-PB-8',
  name: '不锈钢防滑宠物碗 800ml',
  nameEn: 'Non-Slip Stainless Steel Pet Bowl 800 ml',
  categoryId: 'pet-bowls',
  costCny: 14,
  weightKg: 0.26,
  dims: { l: 20, w: 20, h: 7 },
  facts: { material: 'Stainless Steel', capacityMl: '800', colour: 'Silver' },
  hsCode: '7323930000',
  declaredNameCn: '不锈钢宠物碗',
  battery: false,
  liquid: false,
  signals: signals(700, 22, 4.7, 85, 410),
};

export const SERUM: Product = {
  sku: 'LIB-FS-30',
  name: '玻尿酸保湿精华液 30ml',
  nameEn: 'Hyaluronic Acid Hydrating Serum 30 ml',
  categoryId: 'face-serums',
  costCny: 16,
  weightKg: 0.11,
  dims: { l: 12, w: 5, h: 5 },
  facts: { volumeMl: '30', skinType: 'all' },
  hsCode: '3304990099',
  declaredNameCn: '保湿精华液',
  battery: false,
  liquid: true,
  signals: signals(1300, 15, 4.4, 640, 900),
};

/** A product whose facts are (partly) drawn per candidate: values may be `$param` / `{param}` placeholders. */
export function withFacts(product: Product, facts: Record<string, string>): Product {
  return { ...product, facts: { ...product.facts, ...facts } };
}
