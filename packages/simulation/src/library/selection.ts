/** Product selection (4.4.1–4.4.3, level 4): hot and potential products from platform, tool and social data; profit. */
import type { TaskDefinition } from '../tasks/types.js';
import { at, c, check, p } from './helpers.js';

const PLATFORM: TaskDefinition = {
  code: 'X4-SEL-01',
  title: { zh: '利用平台数据选出热销品和潜力品', en: 'Pick the hot seller and the rising product from platform data' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L4/F4/C4.4/S4.4.1'],
  suzhouCategories: ['开发选品'],
  timeLimitMinutes: 15,
  params: {
    hot: { kind: 'choice', options: ['YM-002', 'PB-001', 'KU-003', 'LS-002'] },
    hotSales: { kind: 'int', min: 5200, max: 8800, step: 100 },
    potential: { kind: 'choice', options: ['PC-002', 'WT-001', 'FS-003', 'PB-003'] },
    trend: { kind: 'int', min: 85, max: 160 },
    newReviews: { kind: 'int', min: 6, max: 45 },
  },
  scenario: {
    marketplace: 'aliexpress',
    base: 'catalog-store',
    set: [
      { path: 'products[sku=$hot].signals.monthlySales', value: p('hotSales') },
      { path: 'products[sku=$potential].signals.trendPct', value: p('trend') },
      { path: 'products[sku=$potential].signals.reviews', value: p('newReviews') },
      { path: 'products[sku=$potential].signals.monthlySales', value: 320 },
    ],
  },
  instructions: {
    zh:
      '打开货源的平台数据（近 30 天销量、销量增速、评分、评论数、社媒提及）。请选出：① 热销品——近 30 天销量最高的商品（答案键 hotSku）；' +
      '② 潜力品——销量增速超过 80% 且评论数不足 100 条的新品（答案键 potentialSku）。提交 SKU，并提交热销品的 30 天销量' +
      '（答案键 hotSales）和潜力品的销量增速（%，答案键 potentialTrend）。',
    en:
      'Open the platform data of the catalogue (30-day sales, sales trend, rating, reviews, social mentions). Pick ① ' +
      'the hot seller — the highest 30-day sales (answer key hotSku); ② the rising product — sales trend above 80 % ' +
      "with fewer than 100 reviews (answer key potentialSku). Submit the SKUs, the hot seller's 30-day sales (answer " +
      "key hotSales) and the rising product's trend (%, answer key potentialTrend).",
  },
  checks: [
    check(
      'hot',
      5,
      ['热销品', 'Hot seller'],
      at('answers.hotSku', 'eq', p('hot')),
      ['热销品判断正确。', 'The hot seller is right.'],
      [
        '热销品看近期销量的绝对值：按 30 天销量降序排在第一的商品。',
        'A hot seller is judged by recent sales volume: sort by 30-day sales.',
      ],
    ),
    check(
      'potential',
      5,
      ['潜力品', 'Rising product'],
      at('answers.potentialSku', 'eq', p('potential')),
      ['潜力品判断正确。', 'The rising product is right.'],
      [
        '潜力品看增长速度与竞争程度：增速高、评论少说明需求在涨而竞争者尚未积累口碑。',
        'A rising product grows fast with few reviews: demand is up and rivals have not built reviews yet.',
      ],
    ),
    check(
      'hot-sales',
      2,
      ['热销品销量', 'Hot seller sales'],
      at('answers.hotSales', 'eq', p('hotSales')),
      ['热销品 30 天销量读取正确。', "The hot seller's 30-day sales are read correctly."],
      [
        '提交热销品的 30 天销量，作为备货量的依据。',
        "Submit the hot seller's 30-day sales: stock planning starts there.",
      ],
    ),
    check(
      'potential-trend',
      2,
      ['潜力品增速', 'Rising product trend'],
      at('answers.potentialTrend', 'eq', p('trend'), 0.5),
      ['潜力品销量增速读取正确。', "The rising product's trend is read correctly."],
      ['提交潜力品的销量增速（%），说明它为什么是潜力品。', 'Submit the trend (%) that makes it a rising product.'],
    ),
  ],
  solution: [
    { type: 'answer.submit', key: 'hotSku', value: '$hot' },
    { type: 'answer.submit', key: 'potentialSku', value: '$potential' },
    { type: 'answer.submit', key: 'hotSales', value: '$hotSales' },
    { type: 'answer.submit', key: 'potentialTrend', value: '$trend' },
  ],
};

const PROFIT: TaskDefinition = {
  code: 'X4-SEL-02',
  title: { zh: '用选品工具数据核算单件利润与利润率', en: 'Work out unit profit and margin from the selection tool' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L4/F4/C4.4/S4.4.2'],
  suzhouCategories: ['开发选品', '产品采购'],
  timeLimitMinutes: 15,
  params: {
    price: { kind: 'number', min: 14, max: 29, decimals: 2 },
    cost: { kind: 'int', min: 18, max: 45 },
    freight: { kind: 'int', min: 12, max: 30 },
    commission: { kind: 'choice', options: [8, 10, 15] },
  },
  computed: {
    rate: { fn: 'div', args: { a: p('commission'), b: 100 } },
    fee: { fn: 'mul', args: { a: p('price'), b: c('rate') } },
    costUsd: { fn: 'div', args: { a: p('cost'), b: 7.2 } },
    freightUsd: { fn: 'div', args: { a: p('freight'), b: 7.2 } },
    afterFee: { fn: 'sub', args: { a: p('price'), b: c('fee') } },
    afterCost: { fn: 'sub', args: { a: c('afterFee'), b: c('costUsd') } },
    profitRaw: { fn: 'sub', args: { a: c('afterCost'), b: c('freightUsd') } },
    profit: { fn: 'round', args: { value: c('profitRaw'), decimals: 2 } },
    marginRaw: { fn: 'div', args: { a: c('profitRaw'), b: p('price') } },
    marginPct: { fn: 'mul', args: { a: c('marginRaw'), b: 100 } },
    margin: { fn: 'round', args: { value: c('marginPct'), decimals: 1 } },
    costUsdRounded: { fn: 'round', args: { value: c('costUsd'), decimals: 2 } },
    feeRounded: { fn: 'round', args: { value: c('fee'), decimals: 2 } },
  },
  scenario: { marketplace: 'amazon', base: 'catalog-store' },
  instructions: {
    zh:
      '第三方选品工具显示：一款宠物饮水碗在目标站点的主流售价为 US$ {price}，平台佣金 {commission}%，1688 采购价 ¥{cost}/件，' +
      '头程加尾程运费 ¥{freight}/件，汇率 7.2。请核算：① 单件利润（美元，保留 2 位小数，答案键 unitProfit）；' +
      '② 利润率（利润 ÷ 售价 × 100，保留 1 位小数，答案键 marginPct）；并提交计算过程中的 ③ 美元采购成本（答案键 costUsd）' +
      '和 ④ 每件佣金（美元，答案键 commissionUsd），均保留 2 位小数。',
    en:
      'The selection tool shows a pet water bowl selling at US$ {price} on the target site; commission {commission} %, ' +
      'purchase price ¥{cost} per piece on 1688, first and last mile freight ¥{freight} per piece, rate 7.2 CNY/USD. ' +
      'Work out ① unit profit (USD, 2 decimals, answer key unitProfit) and ② margin (profit ÷ price × 100, 1 decimal, ' +
      'answer key marginPct), with the steps ③ purchase cost in USD (answer key costUsd) and ④ commission per piece ' +
      '(USD, answer key commissionUsd), 2 decimals.',
  },
  checks: [
    check(
      'profit',
      5,
      ['单件利润', 'Unit profit'],
      at('answers.unitProfit', 'eq', c('profit'), 0.02),
      ['单件利润正确。', 'Unit profit is correct.'],
      [
        '单件利润 = 售价 − 售价 × 佣金率 − 采购价 ÷ 汇率 − 运费 ÷ 汇率（人民币成本须先换算为美元）。',
        'Unit profit = price − price × commission − cost ÷ rate − freight ÷ rate (convert CNY costs to USD first).',
      ],
    ),
    check(
      'margin',
      5,
      ['利润率', 'Margin'],
      at('answers.marginPct', 'eq', c('margin'), 0.15),
      ['利润率正确。', 'The margin is correct.'],
      [
        '利润率 = 单件利润 ÷ 售价 × 100%；一般低于 15% 的商品抗风险能力弱。',
        'Margin = unit profit ÷ price × 100 %; below about 15 % leaves little room for risk.',
      ],
    ),
    check(
      'cost-usd',
      2,
      ['采购成本换算', 'Purchase cost converted'],
      at('answers.costUsd', 'eq', c('costUsdRounded'), 0.01),
      ['采购成本换算正确。', 'The purchase cost is converted correctly.'],
      [
        '人民币成本 ÷ 汇率 = 美元成本，币种统一后才能计算利润。',
        'CNY cost ÷ rate = USD cost: use one currency before computing profit.',
      ],
    ),
    check(
      'fee',
      2,
      ['平台佣金', 'Commission'],
      at('answers.commissionUsd', 'eq', c('feeRounded'), 0.01),
      ['佣金计算正确。', 'The commission is correct.'],
      ['平台佣金按售价的百分比收取：佣金 = 售价 × 佣金率。', 'Commission is a share of the price: price × rate.'],
    ),
  ],
  solution: [
    { type: 'answer.submit', key: 'unitProfit', value: '@profit' },
    { type: 'answer.submit', key: 'marginPct', value: '@margin' },
    { type: 'answer.submit', key: 'costUsd', value: '@costUsdRounded' },
    { type: 'answer.submit', key: 'commissionUsd', value: '@feeRounded' },
  ],
};

const SOCIAL: TaskDefinition = {
  code: 'X4-SEL-03',
  title: { zh: '利用社交媒体热度选出潜力品', en: 'Pick a rising product from social media buzz' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L4/F4/C4.4/S4.4.3'],
  suzhouCategories: ['开发选品', '平台运营'],
  timeLimitMinutes: 15,
  params: {
    viral: { kind: 'choice', options: ['LS-001', 'WT-003', 'YM-003', 'KU-001'] },
    mentions: { kind: 'int', min: 12000, max: 48000, step: 500 },
    viralTrend: { kind: 'int', min: 70, max: 140 },
  },
  scenario: {
    marketplace: 'amazon',
    base: 'catalog-store',
    set: [
      { path: 'products[sku=$viral].signals.socialMentions', value: p('mentions') },
      { path: 'products[sku=$viral].signals.trendPct', value: p('viralTrend') },
    ],
  },
  instructions: {
    zh:
      '运营在 TikTok、Instagram 上监测到一款商品近期被大量讨论。请在货源数据中按社媒提及次数找出这款商品（答案键 socialSku），' +
      '并提交它的社媒提及次数（答案键 socialMentions）和销量增速（%，答案键 socialTrend），用于判断热度是否已转化为销量。',
    en:
      'On TikTok and Instagram the team sees one product talked about a lot. Find it in the catalogue data by social ' +
      'mentions (answer key socialSku) and submit its mentions (answer key socialMentions) and sales trend (%, answer ' +
      'key socialTrend) to judge whether the ' +
      'buzz turns into sales.',
  },
  checks: [
    check(
      'sku',
      6,
      ['社媒热度商品', 'Social buzz product'],
      at('answers.socialSku', 'eq', p('viral')),
      ['找到了社媒热度最高的商品。', 'The product with the most buzz is found.'],
      [
        '社媒选品看提及量（话题热度）：提及量远高于同类的商品可能成为下一个爆款。',
        'Social selection looks at mentions: a product far above its peers may be the next best seller.',
      ],
    ),
    check(
      'trend',
      4,
      ['销量增速', 'Sales trend'],
      at('answers.socialTrend', 'eq', p('viralTrend'), 0.5),
      ['销量增速读取正确。', 'The trend is read correctly.'],
      [
        '社媒热度要与平台销量增速结合判断，增速为正说明热度正在转化为购买。',
        'Combine buzz with the sales trend: a positive trend means buzz turns into sales.',
      ],
    ),
    check(
      'mentions',
      2,
      ['提及次数', 'Mentions'],
      at('answers.socialMentions', 'eq', p('mentions')),
      ['社媒提及次数读取正确。', 'The mentions are read correctly.'],
      ['提交该商品的社媒提及次数，作为热度的量化依据。', 'Submit the mention count: it quantifies the buzz.'],
    ),
  ],
  solution: [
    { type: 'answer.submit', key: 'socialSku', value: '$viral' },
    { type: 'answer.submit', key: 'socialTrend', value: '$viralTrend' },
    { type: 'answer.submit', key: 'socialMentions', value: '$mentions' },
  ],
};

export const SELECTION_TASKS: TaskDefinition[] = [PLATFORM, PROFIT, SOCIAL];
