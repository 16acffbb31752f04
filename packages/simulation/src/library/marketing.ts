/** Marketing (3.4 store and product promotion, level 4): manual and automatic ads, reading ad data. */
import type { TaskDefinition } from '../tasks/types.js';
import { listing, TODAY } from './fixtures.js';
import { all, at, c, check, p } from './helpers.js';
import { PET_BOWL } from './products.js';

/** The pet bowl the marketing tasks promote: active, well rated, in stock. */
export const BOWL_LISTING = listing({
  id: 'L-9951',
  sku: PET_BOWL.sku,
  title: 'Stainless Steel Dog Bowl 800 ml with Non Slip Rubber Base',
  categoryId: 'pet-bowls',
  attributes: PET_BOWL.facts,
  price: 12.99,
  stock: 60,
  rating: 4.6,
  reviews: 85,
  quality: 0.85,
});

const MANUAL_ADS: TaskDefinition = {
  code: 'X4-MKT-01',
  title: { zh: '按营销方案创建手动关键词广告', en: 'Create a manual keyword campaign from the plan' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '营销推广',
  skillItems: ['L4/F3/C3.4/S3.4.1'],
  suzhouCategories: ['平台运营'],
  timeLimitMinutes: 20,
  params: {
    name: { kind: 'choice', options: ['SP - Dog Bowl - Exact', 'SP - Bowl Launch', 'SP - Pet Bowl Manual'] },
    budget: { kind: 'int', min: 10, max: 40, step: 5 },
    exactBid: { kind: 'number', min: 0.6, max: 1.2, decimals: 2 },
    phraseBid: { kind: 'number', min: 0.4, max: 0.8, decimals: 2 },
  },
  scenario: { marketplace: 'amazon', base: 'trading-store', add: { products: [PET_BOWL], listings: [BOWL_LISTING] } },
  instructions: {
    zh:
      '营销方案：为新品狗碗 L-9951 建立手动投放的商品推广活动“{name}”，日预算 US$ {budget}，固定竞价；关键词 “stainless steel dog bowl”' +
      ' 精准匹配出价 US$ {exactBid}，“dog bowl” 词组匹配出价 US$ {phraseBid}；否定关键词 “plastic” 和 “ceramic”（不相关流量）。',
    en:
      'Plan: a manual sponsored-products campaign "{name}" for the new dog bowl L-9951, daily budget US$ {budget}, fixed ' +
      'bids; keyword "stainless steel dog bowl" exact at US$ {exactBid}, "dog bowl" phrase at US$ {phraseBid}; negative ' +
      'keywords "plastic" and "ceramic" (irrelevant traffic).',
  },
  checks: [
    check(
      'campaign',
      2,
      ['活动设置', 'Campaign set-up'],
      all(
        at('ads[name=$name].targeting', 'eq', 'manual'),
        at('ads[name=$name].dailyBudget', 'eq', p('budget')),
        at('ads[name=$name].biddingStrategy', 'eq', 'fixed'),
        at('ads[name=$name].listingIds', 'includes', 'L-9951'),
      ),
      ['活动类型、预算、竞价策略和商品正确。', 'Targeting, budget, strategy and listing are right.'],
      [
        '按方案设置投放方式、日预算和竞价策略；推广的商品要选对。',
        'Set targeting, daily budget and bidding as planned, on the right listing.',
      ],
    ),
    check(
      'exact',
      3,
      ['精准匹配关键词', 'Exact keyword'],
      all(
        at("ads[name=$name].keywords[text='stainless steel dog bowl'].match", 'eq', 'exact'),
        at("ads[name=$name].keywords[text='stainless steel dog bowl'].bid", 'eq', p('exactBid'), 0.001),
      ),
      ['精准词和出价正确。', 'The exact keyword and bid are right.'],
      [
        '精准匹配只在搜索词与关键词一致时展示，适合转化高的核心词，出价可以更高。',
        'Exact match shows only for that search: use it for core converting terms, with a higher bid.',
      ],
    ),
    check(
      'phrase',
      2,
      ['词组匹配关键词', 'Phrase keyword'],
      all(
        at("ads[name=$name].keywords[text='dog bowl'].match", 'eq', 'phrase'),
        at("ads[name=$name].keywords[text='dog bowl'].bid", 'eq', p('phraseBid'), 0.001),
      ),
      ['词组词和出价正确。', 'The phrase keyword and bid are right.'],
      [
        '词组匹配覆盖包含该词组的搜索，用于拓展流量。',
        'Phrase match covers searches containing the phrase: it widens reach.',
      ],
    ),
    check(
      'negative',
      3,
      ['否定关键词', 'Negative keywords'],
      all(
        at('ads[name=$name].negativeKeywords', 'includes', 'plastic'),
        at('ads[name=$name].negativeKeywords', 'includes', 'ceramic'),
      ),
      ['否定关键词已设置。', 'Negative keywords are set.'],
      [
        '否定关键词屏蔽不相关搜索，避免浪费广告费、拉高 ACoS。',
        'Negatives block irrelevant searches, saving spend and ACoS.',
      ],
    ),
  ],
  solution: [
    {
      type: 'ads.createCampaign',
      name: '$name',
      targeting: 'manual',
      dailyBudget: '$budget',
      biddingStrategy: 'fixed',
      topOfSearchPct: 0,
      listingIds: ['L-9951'],
      keywords: [
        { text: 'stainless steel dog bowl', match: 'exact', bid: '$exactBid' },
        { text: 'dog bowl', match: 'phrase', bid: '$phraseBid' },
      ],
      negativeKeywords: ['plastic', 'ceramic'],
      defaultBid: '$phraseBid',
    },
  ],
};

const AUTO_ADS: TaskDefinition = {
  code: 'X4-MKT-02',
  title: { zh: '设置智能（自动）投放广告', en: 'Set up an automatic (smart) campaign' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '营销推广',
  skillItems: ['L4/F3/C3.4/S3.4.3'],
  suzhouCategories: ['平台运营'],
  timeLimitMinutes: 15,
  params: {
    bid: { kind: 'number', min: 0.5, max: 0.9, decimals: 2 },
    top: { kind: 'choice', options: [20, 30, 50] },
    budget: { kind: 'int', min: 10, max: 25 },
    days: { kind: 'int', min: 14, max: 30 },
  },
  computed: { endDay: { fn: 'add', args: { a: TODAY, b: p('days') } } },
  scenario: { marketplace: 'amazon', base: 'trading-store', add: { products: [PET_BOWL], listings: [BOWL_LISTING] } },
  instructions: {
    zh:
      '新品 L-9951 缺少搜索词数据，运营决定先用自动投放让系统找词：活动名“SP - Auto - Bowl”，日预算 US$ {budget}，默认竞价 US$ {bid}，' +
      '竞价策略“动态竞价-提高和降低”，搜索结果顶部加价 {top}%，投放 {days} 天（结束日 = 今天第 30 天 + {days}），否定关键词 “free”。',
    en:
      'The new L-9951 has no search data yet, so start with automatic targeting to find terms: campaign "SP - Auto - ' +
      'Bowl", budget US$ {budget}, default bid US$ {bid}, dynamic bids up and down, top of search +{top} %, running {days} ' +
      'days (end day = today, day 30, + {days}), negative keyword "free".',
  },
  checks: [
    check(
      'auto',
      3,
      ['自动投放', 'Automatic targeting'],
      all(
        at("ads[name='SP - Auto - Bowl'].targeting", 'eq', 'auto'),
        at("ads[name='SP - Auto - Bowl'].defaultBid", 'eq', p('bid'), 0.001),
      ),
      ['自动投放与默认竞价正确。', 'Automatic targeting and default bid are right.'],
      [
        '自动投放由系统按商品信息匹配搜索词，只需设置默认竞价。',
        'Auto targeting matches searches from the listing; you set the default bid.',
      ],
    ),
    check(
      'dynamic',
      3,
      ['动态竞价与顶部加价', 'Dynamic bids and placement'],
      all(
        at("ads[name='SP - Auto - Bowl'].biddingStrategy", 'eq', 'up_and_down'),
        at("ads[name='SP - Auto - Bowl'].topOfSearchPct", 'eq', p('top')),
      ),
      ['竞价策略与位置加价正确。', 'Strategy and placement adjustment are right.'],
      [
        '“提高和降低”时，系统在顶部位置最多可把出价提高 100%，再叠加位置加价（广告竞价策略说明）。',
        'Up-and-down lets the system raise top-of-search bids by up to 100 %, on top of the placement adjustment.',
      ],
    ),
    check(
      'budget-end',
      2,
      ['预算与结束日', 'Budget and end day'],
      all(
        at("ads[name='SP - Auto - Bowl'].dailyBudget", 'eq', p('budget')),
        at("ads[name='SP - Auto - Bowl'].endDay", 'eq', c('endDay')),
      ),
      ['预算与投放周期正确。', 'Budget and schedule are right.'],
      ['测试期的自动广告要设结束日，控制试错成本。', 'A test campaign needs an end day to cap its cost.'],
    ),
    check(
      'negative',
      2,
      ['否定关键词', 'Negative keyword'],
      at("ads[name='SP - Auto - Bowl'].negativeKeywords", 'includes', 'free'),
      ['否定关键词已设置。', 'The negative keyword is set.'],
      ['“free” 类搜索几乎不转化，应否定。', '"free" searches hardly convert: add it as a negative.'],
    ),
  ],
  solution: [
    {
      type: 'ads.createCampaign',
      name: 'SP - Auto - Bowl',
      targeting: 'auto',
      dailyBudget: '$budget',
      biddingStrategy: 'up_and_down',
      topOfSearchPct: '$top',
      listingIds: ['L-9951'],
      keywords: [],
      negativeKeywords: ['free'],
      defaultBid: '$bid',
      endDay: '@endDay',
    },
  ],
};

const READ_ADS: TaskDefinition = {
  code: 'X4-MKT-03',
  title: {
    zh: '读懂广告数据：找出 ACoS 最高的活动并止损',
    en: 'Read ad data: find the highest-ACoS campaign and stop the loss',
  },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '营销推广',
  skillItems: ['L4/F3/C3.4/S3.4.3'],
  suzhouCategories: ['平台运营', '开发选品'],
  timeLimitMinutes: 20,
  params: { fromDay: { kind: 'choice', options: [0, 15] } },
  computed: {
    worst: { fn: 'highestAcosCampaign', args: { fromDay: p('fromDay'), toDay: 29 } },
    acos: { fn: 'campaignMetric', args: { campaignId: c('worst'), name: 'acos', fromDay: p('fromDay'), toDay: 29 } },
    acosPctRaw: { fn: 'mul', args: { a: c('acos'), b: 100 } },
    acosPct: { fn: 'round', args: { value: c('acosPctRaw'), decimals: 1 } },
  },
  scenario: { marketplace: 'amazon', base: 'trading-store' },
  instructions: {
    zh:
      '查看第 {fromDay}–29 天的广告报告，计算各广告活动的 ACoS（广告花费 ÷ 广告销售额），提交 ACoS 最高的活动编号（答案键 worstCampaign）' +
      '和它的 ACoS（%，保留 1 位小数，答案键 worstAcos），然后暂停该活动止损。',
    en:
      "Read the ad report for days {fromDay}–29, work out each campaign's ACoS (ad spend ÷ ad sales), submit the " +
      'campaign with the highest ACoS (answer key worstCampaign) and its ACoS (%, 1 decimal, answer key worstAcos), ' +
      'then pause that campaign to stop the loss.',
  },
  checks: [
    check(
      'which',
      3,
      ['ACoS 最高的活动', 'Highest-ACoS campaign'],
      at('answers.worstCampaign', 'eq', c('worst')),
      ['找对了 ACoS 最高的活动。', 'The highest-ACoS campaign is found.'],
      [
        'ACoS = 广告花费 ÷ 广告销售额，越高说明每 1 美元销售花的广告费越多。',
        'ACoS = ad spend ÷ ad sales: the higher, the more each sales dollar costs.',
      ],
    ),
    check(
      'acos',
      4,
      ['ACoS 数值', 'ACoS value'],
      at('answers.worstAcos', 'eq', c('acosPct'), 0.2),
      ['ACoS 计算正确。', 'ACoS is computed correctly.'],
      [
        '先汇总时间段内的花费和销售额再相除，不要平均每日 ACoS。',
        'Sum spend and sales over the period first, then divide — never average daily ACoS.',
      ],
    ),
    check(
      'paused',
      3,
      ['暂停活动', 'Campaign paused'],
      at('ads[id=@worst].status', 'eq', 'paused'),
      ['已暂停高 ACoS 活动。', 'The high-ACoS campaign is paused.'],
      [
        'ACoS 远高于毛利率的活动在亏钱，应先暂停再优化关键词和出价。',
        'A campaign whose ACoS exceeds the margin loses money: pause it, then fix keywords and bids.',
      ],
    ),
  ],
  solution: [
    { type: 'answer.submit', key: 'worstCampaign', value: '@worst' },
    { type: 'answer.submit', key: 'worstAcos', value: '@acosPct' },
    { type: 'ads.updateCampaign', campaignId: '@worst', status: 'paused' },
  ],
};

export const MARKETING_TASKS: TaskDefinition[] = [MANUAL_ADS, AUTO_ADS, READ_ADS];
