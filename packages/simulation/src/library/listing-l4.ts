/** Detail pages and main images (2.4.1–2.4.4, 2.5.2; level 4): additional and detail images, layout, campaign images. */
import type { TaskDefinition } from '../tasks/types.js';
import { listing } from './fixtures.js';
import { all, at, badImage, check, count, goodImage, p } from './helpers.js';
import { LED_STRIP, PHONE_CASE, TSHIRT, withFacts, YOGA_MAT } from './products.js';

const img = (id: string, role: 'main' | 'additional' | 'detail') => ({ ...goodImage(id), role });

const DETAIL_PAGE: TaskDefinition = {
  code: 'X4-DETAIL-01',
  title: {
    zh: '制作商品详情页：辅图、详情图与图文描述',
    en: 'Build the detail page: additional images, detail images, layout',
  },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '线上店铺设计与装修',
  skillItems: ['L4/F2/C2.4/S2.4.2', 'L4/F2/C2.4/S2.4.3', 'L4/F2/C2.4/S2.4.4'],
  suzhouCategories: ['美工设计'],
  timeLimitMinutes: 30,
  params: {
    extra: { kind: 'int', min: 3, max: 5 },
    colour: { kind: 'choice', options: ['White', 'Black', 'Sage Green'] },
  },
  scenario: {
    marketplace: 'amazon',
    base: 'catalog-store',
    add: {
      products: [withFacts(TSHIRT, { colour: '$colour' })],
      listings: [
        listing({
          id: 'L-9411',
          sku: TSHIRT.sku,
          title: "Women's Cotton Crew Neck Short Sleeve T-Shirt, {colour}, Size M",
          categoryId: 'womens-tshirts',
          attributes: { material: 'Cotton', size: 'M', colour: '$colour', sleeveLength: 'short' },
          price: 14.9,
          images: [img('L-9411-main', 'main')],
        }),
      ],
    },
  },
  instructions: {
    zh:
      '女士 T 恤 L-9411 只有一张主图，转化率偏低。请按详情页设计规范补充：至少 {extra} 张辅图（正面、背面、细节、上身效果等，' +
      '每张最长边 ≥ 1000 px）、2 张详情描述图（尺码表、面料说明），并把详情描述改写为图文配合的英文说明，须含尺码建议（size）和面料（cotton）。' +
      '图片总数不得超过平台上限（9 张）。',
    en:
      'The T-shirt L-9411 has only a main image and converts poorly. Following the detail-page guidelines add at least {extra} ' +
      'additional images (front, back, detail, worn …; longest side ≥ 1000 px each), 2 detail images (size chart, ' +
      'fabric) and rewrite the description in English to go with them, with sizing advice ("size") and the fabric ' +
      '("cotton"). Stay within the image limit (9).',
  },
  checks: [
    check(
      'additional',
      3,
      ['辅图数量', 'Additional images'],
      count('listings[id=L-9411].images', { role: 'additional' }, 'gte', p('extra')),
      ['辅图数量符合要求。', 'The number of additional images is right.'],
      [
        '辅图从不同角度展示商品（正、背、细节、场景），按要求上传。',
        'Additional images show other angles (back, detail, in use): upload the number asked.',
      ],
    ),
    check(
      'detail',
      2,
      ['详情描述图', 'Detail images'],
      count('listings[id=L-9411].images', { role: 'detail' }, 'eq', 2),
      ['详情图已上传。', 'The detail images are uploaded.'],
      [
        '尺码表与面料图属于详情描述图，帮助买家减少尺码退货。',
        'Size chart and fabric images are detail images: they cut size returns.',
      ],
    ),
    check(
      'resolution',
      2,
      ['图片清晰度', 'Image resolution'],
      all(count('listings[id=L-9411].images', {}, 'gte', 4), at('listings[id=L-9411].images[*].width', 'gte', 1000)),
      ['所有图片最长边 ≥ 1000 px。', 'Every image has a longest side of 1000 px or more.'],
      [
        '图片最长边 ≥ 1000 px 买家才能放大查看细节（平台图片要求）。',
        'A longest side of ≥ 1000 px enables zoom (image requirements).',
      ],
    ),
    check(
      'text',
      2,
      ['图文描述', 'Description with the images'],
      all(
        at('listings[id=L-9411].description', 'includes', 'size'),
        at('listings[id=L-9411].description', 'includes', 'cotton'),
      ),
      ['描述含尺码建议和面料说明。', 'The description covers sizing and fabric.'],
      [
        '图文混排时文字要与图片呼应：尺码建议、面料成分。',
        'Text and images go together: sizing advice and fabric content.',
      ],
    ),
    check(
      'valid',
      1,
      ['符合平台规则', 'Meets the rules'],
      all(
        { kind: 'listingValid', path: 'listings[id=L-9411]' },
        count('listings[id=L-9411].images', { role: 'detail' }, 'gte', 1),
      ),
      ['详情页符合平台规则。', 'The page meets the marketplace rules.'],
      [
        '图片总数不超过 9 张，描述 100–2000 字符（仿亚马逊规则）。',
        'At most 9 images; description 100–2000 characters (Amazon-like rules).',
      ],
    ),
  ],
  solution: [
    ...[1, 2, 3, 4, 5].map((n) => ({
      type: 'listing.attachImage',
      listingId: 'L-9411',
      role: 'additional',
      image: goodImage(`L-9411-add-${n}`),
    })),
    { type: 'listing.attachImage', listingId: 'L-9411', role: 'detail', image: goodImage('L-9411-size-chart') },
    { type: 'listing.attachImage', listingId: 'L-9411', role: 'detail', image: goodImage('L-9411-fabric') },
    {
      type: 'listing.update',
      listingId: 'L-9411',
      patch: {
        description:
          'Soft 100% cotton jersey that breathes on warm days. Size guide: this T-shirt runs true to size; see the size ' +
          'chart image and choose one size up for a relaxed fit. Machine wash cold, tumble dry low.',
      },
    },
  ],
};

const CAMPAIGN_IMAGES: TaskDefinition = {
  code: 'X4-IMG-01',
  title: { zh: '为活动商品重做不合规主图', en: 'Redo non-compliant main images before a campaign' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '线上店铺设计与装修',
  skillItems: ['L4/F2/C2.4/S2.4.1', 'L4/F2/C2.5/S2.5.2'],
  suzhouCategories: ['美工设计', '平台运营'],
  timeLimitMinutes: 20,
  params: { small: { kind: 'choice', options: [600, 800, 900] } },
  scenario: {
    marketplace: 'aliexpress',
    base: 'catalog-store',
    add: {
      products: [YOGA_MAT, PHONE_CASE, LED_STRIP],
      listings: [
        listing({
          id: 'L-9421',
          sku: YOGA_MAT.sku,
          title: 'TPE Yoga Mat 6mm Non Slip',
          categoryId: 'yoga-mats',
          attributes: YOGA_MAT.facts,
          price: 19.9,
          images: [{ ...goodImage('L-9421-main'), width: p('small'), height: p('small'), role: 'main' }],
        }),
        listing({
          id: 'L-9422',
          sku: PHONE_CASE.sku,
          title: 'Clear Shockproof Case for iPhone 15',
          categoryId: 'phone-cases',
          attributes: PHONE_CASE.facts,
          price: 5.9,
          images: [{ ...badImage('L-9422-main'), role: 'main' }],
        }),
        listing({
          id: 'L-9423',
          sku: LED_STRIP.sku,
          title: 'USB LED Strip Light 5m RGB',
          categoryId: 'led-strips',
          attributes: LED_STRIP.facts,
          price: 11.9,
          images: [img('L-9423-main', 'main')],
        }),
      ],
    },
  },
  instructions: {
    zh:
      '三件商品要报名下周的平台大促，活动审核要求主图符合平台主图规范。请检查 L-9421、L-9422、L-9423 的主图：' +
      '不合规的（像素不足 {small} px 的、非白底的）删除并换成合规主图（白底、≥ 1000 px、商品占比 ≥ 85%），合规的不要动。',
    en:
      "Three listings will enter next week's sale; the campaign review requires compliant main images. Check the main " +
      'images of L-9421, L-9422 and L-9423: replace the non-compliant ones (the {small} px one, the one not on white) ' +
      'with compliant images (white, ≥ 1000 px, product ≥ 85 %), and leave the compliant one alone.',
  },
  checks: [
    check(
      'mat',
      3,
      ['瑜伽垫主图像素', 'Yoga mat main image size'],
      all(
        at('listings[id=L-9421].images[role=main].width', 'gte', 1000),
        count('listings[id=L-9421].images', { role: 'main' }, 'eq', 1),
      ),
      ['瑜伽垫主图已换成高清图。', 'The yoga mat has a sharp main image now.'],
      ['主图最长边低于 1000 px 无法放大，活动审核不通过。', 'Below 1000 px there is no zoom and the review fails.'],
    ),
    check(
      'case',
      3,
      ['手机壳主图白底', 'Phone case main image on white'],
      all(
        at('listings[id=L-9422].images[role=main].borderWhiteRatio', 'gte', 0.95),
        at('listings[id=L-9422].images[role=main].productFillRatio', 'gte', 0.85),
        count('listings[id=L-9422].images', { role: 'main' }, 'eq', 1),
      ),
      ['手机壳主图已换成白底图。', 'The phone case has a white-background main image now.'],
      [
        '主图须纯白背景、商品占画面 85% 以上（平台主图规范）。',
        'Main images need pure white and ≥ 85 % product (main image rules).',
      ],
    ),
    check(
      'untouched',
      2,
      ['合规主图未改动', 'Compliant image kept'],
      at('listings[id=L-9423].images[role=main].id', 'eq', 'L-9423-main'),
      ['合规的主图保持不变。', 'The compliant image is unchanged.'],
      [
        '合规的主图不必替换：频繁换主图会影响商品点击数据的连续性。',
        'Do not replace a compliant image: it breaks the click history.',
      ],
    ),
    check(
      'valid',
      2,
      ['三件商品均合规', 'All three compliant'],
      all(
        { kind: 'listingValid', path: 'listings[id=L-9421]' },
        { kind: 'listingValid', path: 'listings[id=L-9422]' },
        { kind: 'listingValid', path: 'listings[id=L-9423]' },
      ),
      ['店内商品全部符合规则。', 'Every listing meets the rules.'],
      ['报名前逐一核对每件商品的主图规则。', 'Check every listing against the image rules before entering.'],
    ),
  ],
  solution: [
    { type: 'listing.removeImage', listingId: 'L-9421', imageId: 'L-9421-main' },
    { type: 'listing.attachImage', listingId: 'L-9421', role: 'main', image: goodImage('L-9421-main-hd') },
    { type: 'listing.removeImage', listingId: 'L-9422', imageId: 'L-9422-main' },
    { type: 'listing.attachImage', listingId: 'L-9422', role: 'main', image: goodImage('L-9422-main-white') },
  ],
};

export const LISTING_L4_TASKS: TaskDefinition[] = [DETAIL_PAGE, CAMPAIGN_IMAGES];
