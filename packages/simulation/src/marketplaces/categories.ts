/**
 * The category tree shared by the three marketplaces: the leaf ids and their required attributes are fixed for the
 * whole simulator (product `facts` use the same keys); parents group them like the marketplaces' browse trees.
 */

import type { Loc } from '../core/result.js';
import type { AttributeRule, CategoryNode } from '../core/rules.js';

const text = (key: string, zh: string, en: string, required = true): AttributeRule => ({
  key,
  label: { zh, en },
  kind: 'text',
  required,
});
const num = (key: string, zh: string, en: string, required = true): AttributeRule => ({
  key,
  label: { zh, en },
  kind: 'number',
  required,
});
const oneOf = (key: string, zh: string, en: string, options: string[], required = true): AttributeRule => ({
  key,
  label: { zh, en },
  kind: 'enum',
  required,
  options,
});

const material = text('material', '材质', 'Material');
const colour = text('colour', '颜色', 'Colour');
const brand = text('brand', '品牌', 'Brand', false);
const countryOfOrigin = text('countryOfOrigin', '原产地', 'Country of origin', false);

/** Minimum order quantity: Alibaba.com-like B2B leaves require it. */
export const MOQ_ATTRIBUTE: AttributeRule = num('moq', '最小起订量', 'Minimum order quantity');

interface LeafSpec {
  id: string;
  parentId: string;
  name: Loc;
  attributes: AttributeRule[];
}

const PARENTS: { id: string; name: Loc }[] = [
  { id: 'home-kitchen', name: { zh: '家居厨房', en: 'Home & Kitchen' } },
  { id: 'cell-phone-accessories', name: { zh: '手机配件', en: 'Cell Phones & Accessories' } },
  { id: 'sports-outdoors', name: { zh: '运动户外', en: 'Sports & Outdoors' } },
  { id: 'clothing', name: { zh: '服装', en: 'Clothing, Shoes & Jewelry' } },
  { id: 'lighting', name: { zh: '灯具照明', en: 'Lighting' } },
  { id: 'pet-supplies', name: { zh: '宠物用品', en: 'Pet Supplies' } },
  { id: 'beauty', name: { zh: '美容护肤', en: 'Beauty & Personal Care' } },
];

const LEAVES: LeafSpec[] = [
  {
    id: 'kitchen-utensils',
    parentId: 'home-kitchen',
    name: { zh: '厨房用具', en: 'Kitchen Utensils & Gadgets' },
    attributes: [material, colour, brand, text('dishwasherSafe', '可洗碗机清洗', 'Dishwasher safe', false)],
  },
  {
    id: 'phone-cases',
    parentId: 'cell-phone-accessories',
    name: { zh: '手机壳', en: 'Phone Cases' },
    attributes: [text('compatibleModel', '适用机型', 'Compatible phone model'), material, colour, brand],
  },
  {
    id: 'yoga-mats',
    parentId: 'sports-outdoors',
    name: { zh: '瑜伽垫', en: 'Yoga Mats' },
    attributes: [
      material,
      num('thicknessMm', '厚度（毫米）', 'Thickness (mm)'),
      colour,
      num('lengthCm', '长度（厘米）', 'Length (cm)'),
      brand,
    ],
  },
  {
    id: 'womens-tshirts',
    parentId: 'clothing',
    name: { zh: '女士 T 恤', en: "Women's T-Shirts" },
    attributes: [
      material,
      oneOf('size', '尺码', 'Size', ['XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL']),
      colour,
      oneOf('sleeveLength', '袖长', 'Sleeve length', ['short', 'long', '3/4', 'sleeveless']),
      brand,
      countryOfOrigin,
    ],
  },
  {
    id: 'led-strips',
    parentId: 'lighting',
    name: { zh: 'LED 灯带', en: 'LED Strip Lights' },
    attributes: [
      text('voltage', '电压', 'Voltage'),
      num('lengthM', '长度（米）', 'Length (m)'),
      colour,
      oneOf('plugType', '插头类型', 'Plug type', ['US', 'EU', 'UK', 'AU', 'USB']),
      brand,
    ],
  },
  {
    id: 'pet-bowls',
    parentId: 'pet-supplies',
    name: { zh: '宠物碗', en: 'Pet Bowls' },
    attributes: [material, num('capacityMl', '容量（毫升）', 'Capacity (ml)'), colour, brand],
  },
  {
    id: 'face-serums',
    parentId: 'beauty',
    name: { zh: '面部精华', en: 'Face Serums' },
    attributes: [
      num('volumeMl', '容量（毫升）', 'Volume (ml)'),
      oneOf('skinType', '适用肤质', 'Skin type', ['all', 'dry', 'oily', 'combination', 'sensitive', 'normal']),
      brand,
      countryOfOrigin,
    ],
  },
];

/** The tree; B2B marketplaces pass `extraLeafAttributes` (MOQ) that every leaf requires. */
export function buildCategoryTree(extraLeafAttributes: AttributeRule[] = []): CategoryNode[] {
  const parents: CategoryNode[] = PARENTS.map((p) => ({ ...p, parentId: null, leaf: false, attributes: [] }));
  const leaves: CategoryNode[] = LEAVES.map((l) => ({
    id: l.id,
    name: l.name,
    parentId: l.parentId,
    leaf: true,
    attributes: [...l.attributes, ...extraLeafAttributes],
  }));
  return [...parents, ...leaves];
}

export const LEAF_CATEGORY_IDS: readonly string[] = LEAVES.map((l) => l.id);
