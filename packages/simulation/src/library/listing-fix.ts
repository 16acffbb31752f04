/** Fixing listings (2.4.2–2.4.4 and 1.1 / 1.2, level 5): attributes, main image, description. */
import type { TaskDefinition } from '../tasks/types.js';
import { listing } from './fixtures.js';
import { at, badImage, check, count, goodImage, p } from './helpers.js';
import { LED_STRIP, PET_BOWL, WHISK, withFacts } from './products.js';

const ATTRIBUTES: TaskDefinition = {
  code: 'X5-LIST-03',
  title: { zh: '按属性规范补全商品属性', en: 'Complete the attributes by the attribute rules' },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '线上店铺设计与装修',
  skillItems: ['L5/F2/C2.4/S2.4.2'],
  suzhouCategories: ['平台运营', '开发选品'],
  timeLimitMinutes: 15,
  params: {
    plug: { kind: 'choice', options: ['US', 'EU', 'UK', 'AU', 'USB'] },
    length: { kind: 'choice', options: [3, 5, 10] },
    voltage: { kind: 'choice', options: ['5V', '12V', '24V'] },
  },
  scenario: {
    marketplace: 'aliexpress',
    base: 'catalog-store',
    add: {
      products: [withFacts(LED_STRIP, { plugType: '$plug', lengthM: '{length}', voltage: '$voltage' })],
      listings: [
        listing({
          id: 'L-9403',
          sku: LED_STRIP.sku,
          title: 'RGB LED Strip Light {length}m Colour Changing with Remote',
          categoryId: 'led-strips',
          attributes: { colour: 'RGB' },
          price: 13.5,
          status: 'draft',
        }),
      ],
    },
  },
  instructions: {
    zh:
      '草稿商品 L-9403（LED 灯带）缺少必填属性，无法发布。请查看货源资料（电压 {voltage}、长度 {length} 米、插头 {plug}），' +
      '按平台属性规范补全属性后发布。',
    en:
      'The draft L-9403 (LED strip) misses required attributes and cannot be published. Look at the catalogue facts ' +
      '(voltage {voltage}, length {length} m, plug {plug}), complete the attributes by the rules and publish.',
  },
  checks: [
    check(
      'voltage',
      2,
      ['电压', 'Voltage'],
      at('listings[id=L-9403].attributes.voltage', 'eq', p('voltage')),
      ['电压填写正确。', 'Voltage is correct.'],
      ['电压属于必填属性，须与货源一致；写错会导致买家买错。', 'Voltage is required and must match the goods.'],
    ),
    check(
      'length',
      2,
      ['长度（数字）', 'Length (a number)'],
      at('listings[id=L-9403].attributes.lengthM', 'eq', p('length')),
      ['长度填写正确。', 'Length is correct.'],
      [
        '数字型属性只填数字（单位由属性名给出），例如 5，不要写“5 meters”。',
        'A number attribute takes the number only (the unit is in its name), e.g. 5, not "5 meters".',
      ],
    ),
    check(
      'plug',
      2,
      ['插头类型（枚举）', 'Plug type (from the list)'],
      at('listings[id=L-9403].attributes.plugType', 'eq', p('plug')),
      ['插头类型正确。', 'Plug type is correct.'],
      [
        '枚举型属性必须从平台给出的选项中选择，并与实物一致。',
        "An enumerated attribute must be one of the marketplace's options and match the goods.",
      ],
    ),
    check(
      'valid',
      2,
      ['属性完整', 'Attributes complete'],
      { kind: 'listingValid', path: 'listings[id=L-9403]' },
      ['全部必填属性已填写。', 'Every required attribute is filled in.'],
      ['类目的必填属性一项都不能缺（见类目属性表）。', "None of the category's required attributes may be missing."],
    ),
    check(
      'active',
      2,
      ['已发布', 'Published'],
      at('listings[id=L-9403].status', 'eq', 'active'),
      ['商品已发布。', 'The listing is published.'],
      ['补全属性后要点击发布。', 'Publish after completing the attributes.'],
    ),
  ],
  solution: [
    {
      type: 'listing.update',
      listingId: 'L-9403',
      patch: { attributes: { colour: 'RGB', voltage: '$voltage', lengthM: '{length}', plugType: '$plug' } },
    },
    { type: 'listing.publish', listingId: 'L-9403' },
  ],
};

const MAIN_IMAGE: TaskDefinition = {
  code: 'X5-LIST-04',
  title: { zh: '更换不合规主图', en: 'Replace a non-compliant main image' },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '线上店铺设计与装修',
  skillItems: ['L5/F2/C2.4/S2.4.3', 'L5/F1/C1.2/S1.2.2'],
  suzhouCategories: ['美工设计'],
  timeLimitMinutes: 15,
  params: { price: { kind: 'number', min: 6, max: 12, decimals: 2 } },
  scenario: {
    marketplace: 'amazon',
    base: 'catalog-store',
    add: {
      products: [WHISK],
      listings: [
        listing({
          id: 'L-9404',
          sku: WHISK.sku,
          title: 'Stainless Steel Balloon Whisk 30 cm for Baking, Beating and Stirring',
          categoryId: 'kitchen-utensils',
          attributes: WHISK.facts,
          price: p('price'),
          status: 'suppressed',
          images: [{ ...badImage('IMG-BAD-1'), role: 'main' }],
        }),
      ],
    },
  },
  instructions: {
    zh:
      '打蛋器 L-9404 因主图不合规被屏蔽：主图是灰色背景的场景图，尺寸 800×600，商品只占画面约一半。请用图片工具处理成' +
      '纯白背景、商品占画面 85% 以上、最长边至少 1000 px 的主图，删除旧主图，上传新主图并重新上架。',
    en:
      'The whisk L-9404 is suppressed for its main image: a grey lifestyle photo, 800×600, the product filling half ' +
      'of it. Make a main image on pure white with the product filling at least 85 % and a longest side of at least ' +
      '1000 px, remove the old one, upload the new one and reactivate the listing.',
  },
  checks: [
    check(
      'old-removed',
      2,
      ['删除旧主图', 'Old main image removed'],
      count('listings[id=L-9404].images', { id: 'IMG-BAD-1' }, 'eq', 0),
      ['不合规的主图已删除。', 'The non-compliant image is removed.'],
      ['不合规主图必须删除，否则商品仍会被屏蔽。', 'Remove the non-compliant image or the listing stays suppressed.'],
    ),
    check(
      'white',
      2,
      ['纯白背景', 'Pure white background'],
      at('listings[id=L-9404].images[role=main].borderWhiteRatio', 'gte', 0.95),
      ['主图背景为纯白。', 'The main image background is pure white.'],
      [
        '主图背景必须为纯白 RGB(255,255,255)（来源：Amazon 商品图片要求）。',
        'The main image background must be pure white RGB(255,255,255) (source: Amazon product image requirements).',
      ],
    ),
    check(
      'size',
      2,
      ['像素尺寸', 'Pixel size'],
      at('listings[id=L-9404].images[role=main].width', 'gte', 1000),
      ['主图最长边 ≥ 1000 px，可放大查看。', 'The longest side is ≥ 1000 px, so zoom works.'],
      ['最长边至少 1000 px 才能启用放大功能。', 'The longest side needs ≥ 1000 px to enable zoom.'],
    ),
    check(
      'fill',
      2,
      ['商品占比', 'Product fill'],
      at('listings[id=L-9404].images[role=main].productFillRatio', 'gte', 0.85),
      ['商品占画面 85% 以上。', 'The product fills 85 % or more.'],
      ['商品应占主图画面的 85% 以上。', 'The product should fill 85 % or more of the frame.'],
    ),
    check(
      'active',
      2,
      ['已恢复上架', 'Listing reactivated'],
      {
        kind: 'all',
        of: [at('listings[id=L-9404].status', 'eq', 'active'), { kind: 'listingValid', path: 'listings[id=L-9404]' }],
      },
      ['商品已恢复在售。', 'The listing is live again.'],
      ['更换主图后要重新发布。', 'Publish again after replacing the image.'],
    ),
  ],
  solution: [
    { type: 'listing.removeImage', listingId: 'L-9404', imageId: 'IMG-BAD-1' },
    { type: 'listing.attachImage', listingId: 'L-9404', role: 'main', image: goodImage('IMG-WHISK-1') },
  ],
};

const DESCRIPTION: TaskDefinition = {
  code: 'X5-LIST-05',
  title: { zh: '撰写商品详情描述', en: 'Write the product description' },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '产品及服务信息管理',
  skillItems: ['L5/F2/C2.4/S2.4.4', 'L5/F1/C1.1/S1.1.2'],
  suzhouCategories: ['平台运营', '美工设计'],
  timeLimitMinutes: 20,
  params: {
    capacity: { kind: 'choice', options: [400, 800, 1200] },
    colour: { kind: 'choice', options: ['Silver', 'Black', 'Rose Gold'] },
  },
  scenario: {
    marketplace: 'aliexpress',
    base: 'catalog-store',
    add: {
      products: [withFacts(PET_BOWL, { capacityMl: '{capacity}', colour: '$colour' })],
      listings: [
        listing({
          id: 'L-9405',
          sku: PET_BOWL.sku,
          title: 'Stainless Steel Pet Bowl {capacity} ml Non Slip Dog Cat Food Bowl',
          categoryId: 'pet-bowls',
          attributes: { material: 'Stainless Steel', capacityMl: '{capacity}', colour: '$colour' },
          price: 7.9,
          status: 'draft',
          description: 'Good bowl.',
        }),
      ],
    },
  },
  instructions: {
    zh:
      '草稿商品 L-9405（宠物碗）的详情描述只有一句“Good bowl.”。请按平台详情描述规则用英文重写：写明材质（Stainless Steel）、' +
      '容量 {capacity} ml、颜色 {colour}、防滑底座和清洁方式，不得出现“free shipping”“best seller”等促销语和站外联系方式，然后发布。',
    en:
      'The draft L-9405 (pet bowl) says only "Good bowl." Rewrite the description in English by the description ' +
      'rules: material (Stainless Steel), capacity {capacity} ml, colour {colour}, non-slip base and how to clean it; ' +
      'no promotional words such as "free shipping" or "best seller" and no off-platform contact; then publish.',
  },
  checks: [
    check(
      'length',
      2,
      ['描述长度', 'Description length'],
      at('listings[id=L-9405].description', 'lengthGte', 100),
      ['描述内容充实。', 'The description is substantial.'],
      ['详情描述应完整介绍商品，至少 100 个字符。', 'Describe the product fully: at least 100 characters.'],
    ),
    check(
      'facts',
      3,
      ['写明关键参数', 'Key facts stated'],
      {
        kind: 'all',
        of: [
          at('listings[id=L-9405].description', 'includes', p('capacity')),
          at('listings[id=L-9405].description', 'includes', 'stainless steel'),
          at('listings[id=L-9405].description', 'includes', p('colour')),
        ],
      },
      ['容量、材质、颜色都已写明。', 'Capacity, material and colour are stated.'],
      [
        '描述要写清容量、材质、颜色等买家决策所需的参数，且与实物一致。',
        'State the capacity, material and colour buyers need.',
      ],
    ),
    check(
      'no-promo',
      2,
      ['无违规用语', 'No prohibited wording'],
      {
        kind: 'all',
        of: [
          at('listings[id=L-9405].description', 'excludes', 'free shipping'),
          at('listings[id=L-9405].description', 'excludes', 'whatsapp'),
        ],
      },
      ['描述不含违规用语。', 'No prohibited wording.'],
      [
        '详情中禁止促销语和站外联系方式（WhatsApp、微信等），违者商品会被下架（平台禁限售与引流规则）。',
        'Promotional claims and off-platform contact (WhatsApp, WeChat …) are prohibited in descriptions.',
      ],
    ),
    check(
      'active',
      3,
      ['发布成功', 'Published'],
      {
        kind: 'all',
        of: [at('listings[id=L-9405].status', 'eq', 'active'), { kind: 'listingValid', path: 'listings[id=L-9405]' }],
      },
      ['商品已发布。', 'The listing is published.'],
      ['描述修改后要发布上架。', 'Publish after rewriting the description.'],
    ),
  ],
  solution: [
    {
      type: 'listing.update',
      listingId: 'L-9405',
      patch: {
        description:
          'Made of food-grade Stainless Steel, this {colour} bowl holds {capacity} ml of food or water. The non-slip ' +
          'rubber base keeps it in place while your dog or cat eats. Rust-resistant, easy to clean by hand or in the dishwasher.',
      },
    },
    { type: 'listing.publish', listingId: 'L-9405' },
  ],
};

export const LISTING_FIX_TASKS: TaskDefinition[] = [ATTRIBUTES, MAIN_IMAGE, DESCRIPTION];
