/** Customer service in a foreign language (5.3 pre-sale, 5.4 after-sale, 5.5 FAQ; level 4). */
import type { Assertion, CheckDefinition, ReplyRubric, TaskDefinition } from '../tasks/types.js';
import { SET_NOW, thread } from './fixtures.js';
import { c, check, p, type ZhEn } from './helpers.js';
import { PET_BOWL, withFacts, YOGA_MAT } from './products.js';

export type Element = readonly [id: string, zh: string, en: string, anyOf: string[]];

/** Off-platform contact and promises a seller cannot keep: never allowed in a reply. */
export const NEVER: Element[] = [
  ['off-platform', '站外联系方式', 'Off-platform contact', ['whatsapp', 'wechat', 'telegram', 'skype']],
  [
    'false-promise',
    '无法兑现的承诺',
    'Promise that cannot be kept',
    ['100% guarantee', 'guaranteed delivery tomorrow'],
  ],
];

const el = ([id, zh, en, anyOf]: Element) => ({ id, label: { zh, en }, anyOf });

export const reply = (threadId: string, r: ReplyRubric): Assertion => ({
  kind: 'reply',
  path: `messages[id=${threadId}]`,
  rubric: r,
});

/** One point the reply must make, and what to teach when it is missing. */
export interface ReplyPoint {
  element: Element;
  points: number;
  teach: ZhEn;
}

/**
 * The checks of a reply: one per required point (so the feedback says exactly what was missing), one for clean
 * content (nothing forbidden, long enough) and one for answering within 24 simulated hours.
 */
export function replyChecks(
  threadId: string,
  language: string,
  points: ReplyPoint[],
  options: { forbidden?: Element[]; minWords?: number; cleanTeach?: ZhEn } = {},
): CheckDefinition[] {
  const only = (required: Element[], extra: Partial<ReplyRubric>): ReplyRubric => ({
    language,
    required: required.map(el),
    forbidden: [],
    ...extra,
  });
  const perPoint = points.map(({ element, points: pts, teach }) =>
    check(
      `reply-${element[0]}`,
      pts,
      [`回复要点：${element[1]}`, `Reply point: ${element[2]}`],
      reply(threadId, only([element], {})),
      [`回复包含“${element[1]}”。`, `The reply covers "${element[2]}".`],
      teach,
    ),
  );
  const forbidden = options.forbidden ?? NEVER;
  return [
    ...perPoint,
    check(
      'reply-clean',
      2,
      ['内容规范', 'Clean content'],
      reply(threadId, { ...only([], { minWords: options.minWords ?? 15 }), forbidden: forbidden.map(el) }),
      ['回复完整、礼貌，没有违规内容。', 'The reply is complete and polite, with nothing prohibited.'],
      options.cleanTeach ?? [
        '回复要成句、礼貌（至少 15 个词），不得留站外联系方式或作无法兑现的承诺（平台站外引流禁令）。',
        'Write full polite sentences (15+ words); no off-platform contact or promises you cannot keep (marketplace rules).',
      ],
    ),
    check(
      'reply-time',
      2,
      ['24 小时内回复', 'Answered within 24 hours'],
      reply(threadId, only([], { maxResponseHours: 24 })),
      ['已在 24 小时内回复。', 'Answered within 24 hours.'],
      [
        '买家消息须在 24 小时内回复（平台客服响应时效，计入账户健康）。',
        'Answer buyer messages within 24 hours (response-time rule, part of account health).',
      ],
    ),
  ];
}

const PRODUCT_QUESTION: TaskDefinition = {
  code: 'X4-CS-01',
  title: { zh: '用英语回复商品咨询', en: 'Answer a product question in English' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '客户服务',
  skillItems: ['L4/F5/C5.3/S5.3.1'],
  suzhouCategories: ['平台运营'],
  timeLimitMinutes: 15,
  params: { thick: { kind: 'choice', options: [4, 6, 8] }, height: { kind: 'int', min: 178, max: 192 } },
  scenario: {
    marketplace: 'amazon',
    base: 'catalog-store',
    set: SET_NOW,
    add: {
      products: [withFacts(YOGA_MAT, { thicknessMm: '{thick}' })],
      messages: [
        thread({
          id: 'M-9931',
          orderId: null,
          country: 'GB',
          topic: 'product',
          text: "Hi, is your yoga mat latex free? How thick is it, and is it long enough for me? I'm {height} cm tall.",
        }),
      ],
    },
  },
  instructions: {
    zh:
      '英国买家（消息 M-9931）售前咨询瑜伽垫。货源资料：TPE 材质、不含乳胶、厚 {thick} mm、长 183 cm。请用英文礼貌回复：' +
      '回答是否含乳胶、厚度、长度是否合适（买家身高 {height} cm，瑜伽垫一般够用到身高 180 cm 左右，更高者建议平躺时头或脚略出垫面），' +
      '不得提供站外联系方式。',
    en:
      'A UK buyer (message M-9931) asks about the yoga mat before buying. Catalogue: TPE, latex-free, {thick} mm ' +
      'thick, 183 cm long. Reply politely in English: latex, thickness, and whether the length suits a {height} cm ' +
      'buyer (a mat suits up to about 180 cm; taller users lie with head or feet slightly off the mat). No off-platform ' +
      'contact.',
  },
  checks: replyChecks('M-9931', 'en', [
    {
      element: ['latex', '是否含乳胶', 'Latex', ['latex free', 'latex-free', 'no latex', 'free of latex']],
      points: 2,
      teach: [
        '按货源资料说明材质不含乳胶（TPE），乳胶过敏买家最关心这一点。',
        'State from the facts that the TPE mat is latex-free: allergic buyers ask first.',
      ],
    },
    {
      element: ['thickness', '厚度', 'Thickness', ['{thick} mm', '{thick}mm']],
      points: 2,
      teach: [
        '厚度要给出准确数值和单位（mm），不能说“很厚”。',
        'Give the exact thickness with its unit (mm), not "quite thick".',
      ],
    },
    {
      element: ['length', '长度', 'Length', ['183 cm', '183cm']],
      points: 2,
      teach: [
        '结合买家身高说明垫子长度 183 cm 是否合适，体现针对性。',
        "Relate the 183 cm length to the buyer's height.",
      ],
    },
  ]),
  solution: [
    {
      type: 'message.reply',
      threadId: 'M-9931',
      text:
        'Hello, thank you for your question! Our mat is made of TPE and is latex free. It is {thick} mm thick and 183 cm ' +
        'long. At {height} cm you can use it comfortably for standing and seated poses; lying down, your head or feet ' +
        'may rest slightly off the mat. Best regards.',
    },
  ],
};

const PRICE_QUESTION: TaskDefinition = {
  code: 'X4-CS-02',
  title: { zh: '按报价单用英语回复批量价格咨询', en: 'Quote a bulk price in English from the price list' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '客户服务',
  skillItems: ['L4/F5/C5.3/S5.3.2'],
  suzhouCategories: ['平台运营', '产品采购'],
  timeLimitMinutes: 15,
  params: {
    t1: { kind: 'number', min: 11, max: 13, decimals: 2 },
    t2: { kind: 'number', min: 9.5, max: 10.8, decimals: 2 },
    t3: { kind: 'number', min: 8.2, max: 9.3, decimals: 2 },
  },
  computed: {
    totalRaw: { fn: 'mul', args: { a: p('t2'), b: 60 } },
    total: { fn: 'round', args: { value: c('totalRaw') } },
  },
  scenario: {
    marketplace: 'alibaba',
    base: 'b2b-store',
    set: SET_NOW,
    add: {
      products: [PET_BOWL],
      messages: [
        thread({
          id: 'M-9932',
          orderId: null,
          country: 'US',
          topic: 'price',
          text: 'Hello, what is your best price for 60 pcs of the 800 ml stainless steel pet bowl? Shipping FOB Ningbo.',
        }),
      ],
    },
  },
  instructions: {
    zh:
      '买家（消息 M-9932）询问 60 个不锈钢宠物碗的价格。公司报价单（FOB 宁波，美元/个）：1–49 个 {t1}；50–199 个 {t2}；200 个以上 {t3}。' +
      '请用英文回复：给出适用的阶梯单价和 60 个的总价，说明价格条款 FOB Ningbo，并提示订购 200 个以上可享更低单价。',
    en:
      'A buyer (message M-9932) asks the price of 60 stainless steel pet bowls. Price list (FOB Ningbo, USD each): ' +
      '1–49 pcs {t1}; 50–199 pcs {t2}; 200+ pcs {t3}. Reply in English with the applicable unit price and the total ' +
      'for 60, state the term FOB Ningbo and mention the lower price from 200 pcs.',
  },
  checks: replyChecks('M-9932', 'en', [
    {
      element: ['unit', '阶梯单价', 'Tier unit price', ['{t2}']],
      points: 2,
      teach: ['60 个落在 50–199 档，按该档单价报价。', '60 pcs fall in the 50–199 tier: quote that unit price.'],
    },
    {
      element: ['total', '总价', 'Total', ['@total']],
      points: 2,
      teach: ['总价 = 阶梯单价 × 数量，方便买家决策。', 'Total = tier price × quantity, so the buyer can decide.'],
    },
    {
      element: ['term', '价格条款', 'Price term', ['FOB Ningbo', 'FOB']],
      points: 1,
      teach: [
        '报价必须写明贸易术语（FOB 宁波），否则价格含义不清（Incoterms 2020）。',
        'A quote names its trade term (FOB Ningbo), or the price is unclear (Incoterms 2020).',
      ],
    },
    {
      element: ['upsell', '更高阶梯', 'Next tier', ['{t3}']],
      points: 1,
      teach: [
        '告知下一档更低单价，引导买家加大订量。',
        'Mention the lower next-tier price to encourage a larger order.',
      ],
    },
  ]),
  solution: [
    {
      type: 'message.reply',
      threadId: 'M-9932',
      text:
        'Dear customer, thank you for your inquiry. For 60 pcs the unit price is US$ {t2}, so the total is US$ @total, ' +
        'FOB Ningbo. From 200 pcs the price drops to US$ {t3} each. Looking forward to your order!',
    },
  ],
};

const SHIPPING_QUESTION: TaskDefinition = {
  code: 'X4-CS-03',
  title: { zh: '按店铺物流方案回复运费与时效咨询', en: 'Answer a shipping question from the store plan' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '客户服务',
  skillItems: ['L4/F5/C5.3/S5.3.3'],
  suzhouCategories: ['平台运营', '物流管理'],
  timeLimitMinutes: 15,
  params: { zone: { kind: 'choice', options: ['AU', 'JP', 'US'] } },
  computed: {
    first: {
      fn: 'select',
      args: { collection: 'shippingTemplates[0].rules', where: { zoneId: p('zone') }, field: 'firstPrice' },
    },
    dmin: {
      fn: 'round',
      args: { value: { path: 'shippingTemplates[0].rules[zoneId=$zone].deliveryDays[0]' }, decimals: 0 },
    },
    dmax: {
      fn: 'round',
      args: { value: { path: 'shippingTemplates[0].rules[zoneId=$zone].deliveryDays[1]' }, decimals: 0 },
    },
  },
  scenario: {
    marketplace: 'aliexpress',
    base: 'catalog-store',
    set: SET_NOW,
    add: {
      messages: [
        thread({
          id: 'M-9933',
          orderId: null,
          country: '{zone}',
          topic: 'logistics',
          text: 'Hi! How much is shipping to my country and how long does it take? Is there tracking?',
        }),
      ],
    },
  },
  instructions: {
    zh:
      '来自 {zone} 的买家（消息 M-9933）询问运费和时效。请查看店铺运费模板中 {zone} 区的首重运费和承诺时效，用英文回复：' +
      '首重运费（美元）、送达时效（天数区间）、有物流追踪号。',
    en:
      'A buyer from {zone} (message M-9933) asks about shipping cost and time. Look up the {zone} rule of the store ' +
      'shipping template and reply in English with the first-weight price (USD), the delivery time (range of days) ' +
      'and that the parcel is tracked.',
  },
  checks: replyChecks('M-9933', 'en', [
    {
      element: ['price', '运费', 'Shipping price', ['@first']],
      points: 2,
      teach: [
        '运费以店铺运费模板中该区域的首重价格为准，不能估计。',
        "Quote the zone's first-weight price from the store template, never a guess.",
      ],
    },
    {
      element: ['days', '时效', 'Delivery time', ['@dmin-@dmax', '@dmin–@dmax', '@dmin to @dmax']],
      points: 2,
      teach: [
        '时效用模板中的承诺天数区间（如 7-15 days）。',
        'Give the promised range of days from the template (e.g. 7-15 days).',
      ],
    },
    {
      element: ['tracking', '物流追踪', 'Tracking', ['tracking', 'tracked']],
      points: 2,
      teach: [
        '告诉买家包裹可追踪，减少“包裹在哪”的咨询。',
        'Say the parcel is tracked: it prevents "where is it" questions.',
      ],
    },
  ]),
  solution: [
    {
      type: 'message.reply',
      threadId: 'M-9933',
      text:
        'Hello! Shipping to your country starts at US$ @first for the first weight. Delivery takes @dmin-@dmax days and ' +
        'every parcel has a tracking number. Thank you for shopping with us!',
    },
  ],
};

export const PRE_SALE_TASKS: TaskDefinition[] = [PRODUCT_QUESTION, PRICE_QUESTION, SHIPPING_QUESTION];
