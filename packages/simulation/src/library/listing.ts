/** Listing (2.4.1–2.4.4, level 5): publish a complete new listing, fix a non-compliant title. */
import type { TaskDefinition } from '../tasks/types.js';
import { listing } from './fixtures.js';
import { at, check, count, goodImage, p } from './helpers.js';
import { PET_BOWL, withFacts, YOGA_MAT } from './products.js';

const MAT_DESCRIPTION =
  'This {thick} mm TPE yoga mat cushions knees and joints on hard floors. The textured surface grips on both sides, ' +
  'the mat is free of latex and PVC, rolls up light for the gym bag and wipes clean with a damp cloth.';

const CREATE: TaskDefinition = {
  code: 'X5-LIST-01',
  title: {
    zh: '发布一件新商品（标题、属性、图片、描述）',
    en: 'Publish a new listing (title, attributes, images, description)',
  },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '线上店铺设计与装修',
  skillItems: ['L5/F2/C2.4/S2.4.1', 'L5/F2/C2.4/S2.4.2', 'L5/F2/C2.4/S2.4.3', 'L5/F2/C2.4/S2.4.4'],
  suzhouCategories: ['平台运营', '美工设计'],
  timeLimitMinutes: 30,
  params: {
    colour: { kind: 'choice', options: ['Purple', 'Blue', 'Black', 'Pink'] },
    thick: { kind: 'choice', options: [4, 6, 8] },
    keyword: { kind: 'choice', options: ['Non Slip', 'Exercise Mat', 'Workout Mat'] },
    price: { kind: 'number', min: 18, max: 32, decimals: 2 },
    stock: { kind: 'int', min: 50, max: 300, step: 10 },
  },
  scenario: {
    marketplace: 'amazon',
    base: 'catalog-store',
    add: { products: [withFacts(YOGA_MAT, { colour: '$colour', thicknessMm: '{thick}' })] },
  },
  instructions: {
    zh:
      '请把货源中的瑜伽垫（SKU LIB-YM-6，{colour}，厚 {thick} mm）发布到仿亚马逊店铺：标题须含核心关键词“{keyword}”' +
      '并符合平台标题规则；按商品实际情况填写全部必填属性；上传符合要求的主图；写 3–5 条五点描述和不少于 100 字符的' +
      '英文详情描述；售价 US$ {price}，库存 {stock}；最后发布上架。',
    en:
      'List the yoga mat of the catalogue (SKU LIB-YM-6, {colour}, {thick} mm) on the Amazon-like store: the title ' +
      'must contain the keyword "{keyword}" and follow the title rules; fill every required attribute truthfully; ' +
      'upload a compliant main image; write 3–5 bullet points and an English description of at least 100 ' +
      'characters; price US$ {price}, stock {stock}; then publish.',
  },
  checks: [
    check(
      'active',
      3,
      ['商品已上架', 'Listing is live'],
      at(`listings[sku=${YOGA_MAT.sku}].status`, 'eq', 'active'),
      ['商品已成功发布。', 'The listing is published.'],
      [
        '商品只有通过平台校验才能发布；查看被拒原因并逐条修正后再发布。',
        'A listing goes live only after it passes the marketplace checks: fix each reason shown and publish again.',
      ],
    ),
    check(
      'valid',
      3,
      ['符合平台规则', 'Meets the marketplace rules'],
      { kind: 'listingValid', path: `listings[sku=${YOGA_MAT.sku}]` },
      ['标题、属性、图片、描述均符合规则。', 'Title, attributes, images and description meet the rules.'],
      [
        '仿亚马逊规则：标题 ≤ 200 字符、不含 ! $ ? _ { } ^ 等字符和促销词、同一词不超过 2 次；主图纯白背景、最长边 ≥ 1000 px。',
        'Amazon-like rules: title ≤ 200 characters, no ! $ ? _ { } ^ or promotional words, no word more than twice; main image on pure white, longest side ≥ 1000 px.',
      ],
    ),
    check(
      'keyword',
      2,
      ['标题含核心关键词', 'Title holds the keyword'],
      at(`listings[sku=${YOGA_MAT.sku}].title`, 'includes', p('keyword')),
      ['标题包含核心关键词。', 'The title contains the keyword.'],
      [
        '核心关键词应放在标题靠前位置，买家才能搜到（平台标题撰写建议）。',
        'Put the main keyword early in the title so buyers find it (title style guide).',
      ],
    ),
    check(
      'attributes',
      3,
      ['属性与商品一致', 'Attributes match the goods'],
      {
        kind: 'all',
        of: [
          at(`listings[sku=${YOGA_MAT.sku}].attributes.colour`, 'eq', p('colour')),
          at(`listings[sku=${YOGA_MAT.sku}].attributes.thicknessMm`, 'eq', p('thick')),
          at(`listings[sku=${YOGA_MAT.sku}].attributes.material`, 'eq', 'TPE'),
        ],
      },
      ['颜色、厚度、材质与货源一致。', 'Colour, thickness and material match the goods.'],
      [
        '属性必须与实物一致（颜色、厚度、材质），虚假属性会引发退货和“与描述不符”投诉。',
        'Attributes must match the goods (colour, thickness, material); false attributes cause "not as described" returns.',
      ],
    ),
    check(
      'price-stock',
      2,
      ['售价与库存', 'Price and stock'],
      {
        kind: 'all',
        of: [
          at(`listings[sku=${YOGA_MAT.sku}].price`, 'eq', p('price'), 0.001),
          at(`listings[sku=${YOGA_MAT.sku}].stock`, 'eq', p('stock')),
        ],
      },
      ['售价、库存正确。', 'Price and stock are correct.'],
      ['售价与库存按运营计划填写。', 'Use the planned price and stock.'],
    ),
    check(
      'main-image',
      2,
      ['有且只有一张主图', 'Exactly one main image'],
      count(`listings[sku=${YOGA_MAT.sku}].images`, { role: 'main' }, 'eq', 1),
      ['主图已上传。', 'The main image is uploaded.'],
      ['每件商品必须有一张主图（搜索结果中展示）。', 'Every listing needs one main image (shown in search results).'],
    ),
  ],
  solution: [
    {
      type: 'listing.create',
      listing: {
        sku: YOGA_MAT.sku,
        title: 'TPE Yoga Mat {thick}mm {keyword} for Home Workout, Pilates and Stretching, {colour}',
        categoryId: 'yoga-mats',
        attributes: { material: 'TPE', thicknessMm: '{thick}', colour: '$colour', lengthCm: '183' },
        bulletPoints: [
          'Thick {thick} mm cushioning protects knees and joints',
          'Double-sided texture grips the floor and your hands',
          'Latex-free and PVC-free TPE, light to carry',
        ],
        description: MAT_DESCRIPTION,
        searchTerms: 'pilates mat fitness mat gym mat stretching mat',
        price: '$price',
        stock: '$stock',
        shippingTemplateId: null,
        storeCategoryId: null,
      },
    },
    { type: 'listing.attachImage', listingId: '#last:L', role: 'main', image: goodImage('IMG-MAT-1') },
    { type: 'listing.publish', listingId: '#last:L' },
  ],
};

const BAD_TITLE =
  'BEST SELLER!!! Stainless Steel Pet Bowl Pet Bowl Pet Bowl for Dogs and Cats $ FREE SHIPPING Non Slip Bowl';

const TITLE_FIX: TaskDefinition = {
  code: 'X5-LIST-02',
  title: { zh: '修改违规标题并恢复上架', en: 'Fix a non-compliant title and reactivate the listing' },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '线上店铺设计与装修',
  skillItems: ['L5/F2/C2.4/S2.4.1'],
  suzhouCategories: ['平台运营'],
  timeLimitMinutes: 15,
  params: {
    keyword: { kind: 'choice', options: ['Dog Bowl', 'Cat Bowl', 'Pet Food Bowl'] },
    capacity: { kind: 'choice', options: [400, 800, 1200] },
  },
  scenario: {
    marketplace: 'amazon',
    base: 'catalog-store',
    add: {
      products: [withFacts(PET_BOWL, { capacityMl: '{capacity}' })],
      listings: [
        listing({
          id: 'L-9402',
          sku: PET_BOWL.sku,
          title: BAD_TITLE,
          categoryId: 'pet-bowls',
          attributes: { material: 'Stainless Steel', capacityMl: '{capacity}', colour: 'Silver' },
          price: 12.99,
          status: 'suppressed',
        }),
      ],
    },
  },
  instructions: {
    zh:
      '平台规则更新后，宠物碗 L-9402 因标题违规被下架。请按当前标题规则重写标题（保留核心关键词“{keyword}”和容量 {capacity} ml，' +
      '去掉促销词、禁用字符和重复词），然后重新上架。',
    en:
      'After the rule update the pet bowl L-9402 was suppressed for its title. Rewrite the title under the current ' +
      'rules (keep the keyword "{keyword}" and the capacity {capacity} ml; remove promotional words, forbidden ' +
      'characters and repeated words), then reactivate it.',
  },
  checks: [
    check(
      'no-chars',
      2,
      ['无禁用字符', 'No forbidden characters'],
      {
        kind: 'all',
        of: [at('listings[id=L-9402].title', 'excludes', '!'), at('listings[id=L-9402].title', 'excludes', '$')],
      },
      ['标题不含禁用字符。', 'No forbidden characters in the title.'],
      [
        '仿亚马逊 2025 标题规则禁止 ! $ ? _ { } ^ ¬ ¦ 等字符（来源：Amazon 商品标题要求，2025-01）。',
        'The 2025 Amazon-like title rule forbids ! $ ? _ { } ^ ¬ ¦ (source: Amazon product title requirements, 2025-01).',
      ],
    ),
    check(
      'no-promo',
      2,
      ['无促销用语', 'No promotional wording'],
      {
        kind: 'all',
        of: [
          at('listings[id=L-9402].title', 'excludes', 'best seller'),
          at('listings[id=L-9402].title', 'excludes', 'free shipping'),
        ],
      },
      ['标题不含促销用语。', 'No promotional wording in the title.'],
      [
        '标题只描述商品本身，“Best Seller”“Free Shipping”等促销语属于违规内容。',
        'A title describes the product; "Best Seller" and "Free Shipping" are prohibited promotional claims.',
      ],
    ),
    check(
      'keyword',
      2,
      ['保留关键词与容量', 'Keyword and capacity kept'],
      {
        kind: 'all',
        of: [
          at('listings[id=L-9402].title', 'includes', p('keyword')),
          at('listings[id=L-9402].title', 'includes', p('capacity')),
        ],
      },
      ['关键词与容量都在标题中。', 'Keyword and capacity are in the title.'],
      ['修改标题时不能丢掉核心关键词和关键规格。', 'Keep the main keyword and the key specification when rewriting.'],
    ),
    check(
      'valid',
      2,
      ['标题通过平台校验', 'Title passes the checks'],
      { kind: 'listingValid', path: 'listings[id=L-9402]' },
      ['商品通过全部规则校验。', 'The listing passes every rule.'],
      [
        '检查长度（≤ 200）、大写、同一词出现不超过 2 次（介词、冠词除外）。',
        'Check the length (≤ 200), capitals, and that no word appears more than twice (prepositions and articles aside).',
      ],
    ),
    check(
      'active',
      2,
      ['已重新上架', 'Listing reactivated'],
      at('listings[id=L-9402].status', 'eq', 'active'),
      ['商品已恢复在售。', 'The listing is live again.'],
      ['修改后要重新发布，商品才会恢复在售。', 'Publish again after editing to bring it back.'],
    ),
  ],
  solution: [
    {
      type: 'listing.update',
      listingId: 'L-9402',
      patch: {
        title: 'Stainless Steel {keyword} {capacity} ml, Non Slip Rubber Base Food and Water Bowl for Dogs and Cats',
      },
    },
  ],
};

export const LISTING_TASKS: TaskDefinition[] = [CREATE, TITLE_FIX];
