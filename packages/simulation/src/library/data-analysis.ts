/** Business data analysis (6.1–6.2): store data from the back end (level 5), collection and cleaning (level 4). */
import type { TaskDefinition } from '../tasks/types.js';
import { all, at, c, check, p } from './helpers.js';

const STORE_SALES: TaskDefinition = {
  code: 'X5-DATA-01',
  title: { zh: '从店铺后台获取商品近 7 天销售数据', en: "Get a listing's last-7-day sales from the back end" },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '商务数据分析',
  skillItems: ['L5/F6/C6.1/S6.1.1', 'L5/F6/C6.2/S6.2.1'],
  suzhouCategories: ['开发选品', '平台运营'],
  timeLimitMinutes: 15,
  params: { pick: { kind: 'int', min: 0, max: 2 } },
  computed: {
    listingId: { fn: 'select', args: { collection: 'listings', where: { status: 'active' }, index: p('pick') } },
    sales: { fn: 'metric', args: { name: 'sales', fromDay: 23, toDay: 29, listingId: c('listingId') } },
    orders: { fn: 'metric', args: { name: 'orders', fromDay: 23, toDay: 29, listingId: c('listingId') } },
    units: { fn: 'metric', args: { name: 'units', fromDay: 23, toDay: 29, listingId: c('listingId') } },
  },
  scenario: { marketplace: 'amazon', base: 'trading-store' },
  instructions: {
    zh:
      '在“业务报告”中查看商品 {@listingId} 最近 7 天（第 23–29 天）的数据，用电子表格汇总后提交：① 销售额（美元，答案键 sales7）；' +
      '② 订单量（答案键 orders7）；③ 销量件数（答案键 units7）。',
    en:
      'In the business reports look at listing {@listingId} for the last 7 days (days 23–29), total them in a ' +
      'spreadsheet and submit ① sales (USD, answer key sales7), ② orders (answer key orders7) and ③ units (answer key ' +
      'units7).',
  },
  checks: [
    check(
      'sales',
      5,
      ['7 天销售额', '7-day sales'],
      at('answers.sales7', 'eq', c('sales'), 0.05),
      ['销售额汇总正确。', 'The sales total is correct.'],
      [
        '只汇总指定商品、指定 7 天的每日销售额，不要混入其他商品或日期。',
        'Sum the daily sales of that listing for those 7 days only.',
      ],
    ),
    check(
      'orders',
      5,
      ['7 天订单量', '7-day orders'],
      at('answers.orders7', 'eq', c('orders')),
      ['订单量汇总正确。', 'The order count is correct.'],
      ['订单量是订单数而不是件数（units）。', 'Orders count orders, not units.'],
    ),
    check(
      'units',
      2,
      ['7 天销量件数', '7-day units'],
      at('answers.units7', 'eq', c('units')),
      ['销量件数汇总正确。', 'The units total is correct.'],
      [
        '件数（units）可能多于订单数：一个订单可以买多件。',
        'Units may exceed orders: one order can hold several units.',
      ],
    ),
  ],
  solution: [
    { type: 'answer.submit', key: 'sales7', value: '@sales' },
    { type: 'answer.submit', key: 'orders7', value: '@orders' },
    { type: 'answer.submit', key: 'units7', value: '@units' },
  ],
};

const STORE_RATES: TaskDefinition = {
  code: 'X5-DATA-02',
  title: { zh: '整理店铺点击率与转化率', en: 'Work out the store click-through and conversion rates' },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '商务数据分析',
  skillItems: ['L5/F6/C6.1/S6.1.1', 'L5/F6/C6.2/S6.2.1'],
  suzhouCategories: ['开发选品', '平台运营'],
  timeLimitMinutes: 15,
  params: { fromDay: { kind: 'choice', options: [0, 10, 15] } },
  computed: {
    ctr: { fn: 'metric', args: { name: 'ctr', fromDay: p('fromDay'), toDay: 29 } },
    cvr: { fn: 'metric', args: { name: 'cvr', fromDay: p('fromDay'), toDay: 29 } },
    ctrPctRaw: { fn: 'mul', args: { a: c('ctr'), b: 100 } },
    cvrPctRaw: { fn: 'mul', args: { a: c('cvr'), b: 100 } },
    ctrPct: { fn: 'round', args: { value: c('ctrPctRaw'), decimals: 2 } },
    cvrPct: { fn: 'round', args: { value: c('cvrPctRaw'), decimals: 2 } },
    impressions: { fn: 'metric', args: { name: 'impressions', fromDay: p('fromDay'), toDay: 29 } },
    clicks: { fn: 'metric', args: { name: 'clicks', fromDay: p('fromDay'), toDay: 29 } },
  },
  scenario: { marketplace: 'aliexpress', base: 'trading-store' },
  instructions: {
    zh:
      '导出第 {fromDay}–29 天全店所有商品的曝光、点击、订单数据，整理后计算：① 点击率 CTR = 点击 ÷ 曝光（%，保留 2 位小数，答案键 ctrPct）；' +
      '② 转化率 CVR = 订单 ÷ 点击（%，保留 2 位小数，答案键 cvrPct）；并提交汇总的总曝光（impressions）和总点击（clicks）。',
    en:
      'Export impressions, clicks and orders of every listing for days {fromDay}–29, total them and work out ① CTR = ' +
      'clicks ÷ impressions (%, 2 decimals, answer key ctrPct) and ② CVR = orders ÷ clicks (%, 2 decimals, answer key ' +
      'cvrPct); also submit the total impressions (impressions) and clicks (clicks).',
  },
  checks: [
    check(
      'ctr',
      5,
      ['点击率', 'Click-through rate'],
      at('answers.ctrPct', 'eq', c('ctrPct'), 0.02),
      ['点击率正确。', 'CTR is correct.'],
      [
        '全店 CTR = 总点击 ÷ 总曝光，先求和再相除，不能把每天的点击率取平均。',
        'Store CTR = total clicks ÷ total impressions: sum first, never average daily rates.',
      ],
    ),
    check(
      'cvr',
      5,
      ['转化率', 'Conversion rate'],
      at('answers.cvrPct', 'eq', c('cvrPct'), 0.02),
      ['转化率正确。', 'CVR is correct.'],
      ['CVR = 订单数 ÷ 点击数（不是 ÷ 曝光）。', 'CVR = orders ÷ clicks (not ÷ impressions).'],
    ),
    check(
      'totals',
      2,
      ['汇总数据', 'Totals'],
      all(at('answers.impressions', 'eq', c('impressions')), at('answers.clicks', 'eq', c('clicks'))),
      ['曝光与点击汇总正确。', 'Impressions and clicks are totalled correctly.'],
      [
        '先汇总曝光与点击，再计算比率；汇总时不要漏掉任何商品或日期。',
        'Total impressions and clicks first, then the rates; miss no listing or day.',
      ],
    ),
  ],
  solution: [
    { type: 'answer.submit', key: 'ctrPct', value: '@ctrPct' },
    { type: 'answer.submit', key: 'cvrPct', value: '@cvrPct' },
    { type: 'answer.submit', key: 'impressions', value: '@impressions' },
    { type: 'answer.submit', key: 'clicks', value: '@clicks' },
  ],
};

const CLEANING: TaskDefinition = {
  code: 'X4-DATA-01',
  title: { zh: '清洗一份采集来的销售数据', en: 'Clean a collected sales table' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '商务数据分析',
  skillItems: ['L4/F6/C6.2/S6.2.1', 'L4/F6/C6.2/S6.2.2', 'L4/F6/C6.2/S6.2.3', 'L4/F6/C6.2/S6.2.4'],
  suzhouCategories: ['开发选品'],
  timeLimitMinutes: 20,
  params: {
    d1: { kind: 'int', min: 1100, max: 1900 },
    d2: { kind: 'int', min: 1100, max: 1900 },
    d4: { kind: 'int', min: 1100, max: 1900 },
    d5: { kind: 'int', min: 1100, max: 1900 },
    d6: { kind: 'int', min: 1100, max: 1900 },
  },
  computed: {
    s12: { fn: 'add', args: { a: p('d1'), b: p('d2') } },
    s124: { fn: 'add', args: { a: c('s12'), b: p('d4') } },
    s1245: { fn: 'add', args: { a: c('s124'), b: p('d5') } },
    total: { fn: 'add', args: { a: c('s1245'), b: p('d6') } },
    meanRaw: { fn: 'div', args: { a: c('total'), b: 5 } },
    mean: { fn: 'round', args: { value: c('meanRaw'), decimals: 1 } },
  },
  scenario: { marketplace: 'amazon', base: 'catalog-store' },
  instructions: {
    zh:
      '采集工具导出了竞品近 7 天的日销售额（美元），数据有问题：\n' +
      '第 1 天 "{d1}"；第 2 天 "{d2}"；第 2 天 "{d2}"（重复行）；第 3 天（空值）；第 4 天 "{d4}"；第 5 天 "{d5}"；' +
      '第 6 天 "{d6}"；第 7 天 "999999"（采集错误，明显异常）。数值以文本存储。\n请清洗：删除重复行、剔除空值和异常值、' +
      '把文本转为数值，然后提交：① 有效天数的销售额合计（答案键 cleanTotal）；② 有效天数的日均销售额（保留 1 位小数，答案键 cleanMean）；' +
      '③ 有效天数（答案键 validDays）。',
    en:
      'The collection tool exported a competitor\'s daily sales (USD) for 7 days, with problems:\nday 1 "{d1}"; day 2 ' +
      '"{d2}"; day 2 "{d2}" (duplicate row); day 3 (empty); day 4 "{d4}"; day 5 "{d5}"; day 6 "{d6}"; day 7 "999999" ' +
      '(a collection error, an obvious outlier). Numbers are stored as text.\nClean it: drop the duplicate, remove ' +
      'the empty value and the outlier, convert text to numbers, then submit ① the total of the valid days (answer ' +
      'key cleanTotal), ② the daily mean of the valid days (1 decimal, answer key cleanMean), ③ the number of valid ' +
      'days (answer key validDays).',
  },
  checks: [
    check(
      'days',
      2,
      ['有效天数', 'Valid days'],
      at('answers.validDays', 'eq', 5),
      ['有效天数正确（5 天）。', 'Valid days are right (5).'],
      [
        '重复行只保留一条；空值和异常值的那一天不计入有效天数。',
        'Keep one of the duplicates; the empty and outlier days are not valid.',
      ],
    ),
    check(
      'total',
      4,
      ['合计', 'Total'],
      at('answers.cleanTotal', 'eq', c('total'), 0.5),
      ['合计正确。', 'The total is correct.'],
      [
        '重复值会重复计算、异常值会严重拉高合计，都要先处理（数据清洗：重复值、异常值）。',
        'Duplicates double-count and outliers inflate the total: remove them first.',
      ],
    ),
    check(
      'mean',
      4,
      ['日均', 'Daily mean'],
      at('answers.cleanMean', 'eq', c('mean'), 0.1),
      ['日均值正确。', 'The mean is correct.'],
      [
        '空值不能当作 0 参与平均；日均 = 有效合计 ÷ 有效天数。',
        'An empty value is not 0: mean = valid total ÷ valid days.',
      ],
    ),
  ],
  solution: [
    { type: 'answer.submit', key: 'validDays', value: 5 },
    { type: 'answer.submit', key: 'cleanTotal', value: '@total' },
    { type: 'answer.submit', key: 'cleanMean', value: '@mean' },
  ],
};

const BEST_SELLER: TaskDefinition = {
  code: 'X4-DATA-02',
  title: { zh: '采集店铺运营数据找出最畅销商品', en: 'Collect store data and find the best seller' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '商务数据分析',
  skillItems: ['L4/F6/C6.1/S6.1.1'],
  suzhouCategories: ['开发选品', '平台运营'],
  timeLimitMinutes: 15,
  params: { fromDay: { kind: 'choice', options: [16, 20, 23] } },
  computed: {
    best: { fn: 'bestSellingListing', args: { fromDay: p('fromDay'), toDay: 29, by: 'units' } },
    units: { fn: 'metric', args: { name: 'units', fromDay: p('fromDay'), toDay: 29, listingId: c('best') } },
    sales: { fn: 'metric', args: { name: 'sales', fromDay: p('fromDay'), toDay: 29, listingId: c('best') } },
  },
  scenario: { marketplace: 'amazon', base: 'trading-store' },
  instructions: {
    zh:
      '用数据采集工具导出第 {fromDay}–29 天各商品的销量数据，找出销量（件数）最高的商品，提交其商品编号（答案键 bestListing）' +
      '、这段时间的销量件数（答案键 bestUnits）和销售额（美元，答案键 bestSales）。',
    en:
      'Export the units sold per listing for days {fromDay}–29 with the collection tool, find the listing with the ' +
      'most units and submit its id (answer key bestListing), its units (answer key bestUnits) and its sales (USD, ' +
      'answer key bestSales) in that period.',
  },
  checks: [
    check(
      'best',
      6,
      ['最畅销商品', 'Best seller'],
      at('answers.bestListing', 'eq', c('best')),
      ['最畅销商品判断正确。', 'The best seller is right.'],
      [
        '按指定时间段汇总每个商品的件数后比较，而不是看某一天。',
        'Total each listing over the period, then compare — not a single day.',
      ],
    ),
    check(
      'units',
      4,
      ['销量件数', 'Units'],
      at('answers.bestUnits', 'eq', c('units')),
      ['销量件数正确。', 'The units are correct.'],
      [
        '件数（units）与订单数不同：一个订单可能买多件。',
        'Units differ from orders: one order may hold several units.',
      ],
    ),
    check(
      'sales',
      2,
      ['销售额', 'Sales'],
      at('answers.bestSales', 'eq', c('sales'), 0.05),
      ['该商品销售额汇总正确。', "The listing's sales total is correct."],
      ['同时采集销售额，便于比较“卖得多”与“卖得贵”。', 'Collect sales too, to compare volume with value.'],
    ),
  ],
  solution: [
    { type: 'answer.submit', key: 'bestListing', value: '@best' },
    { type: 'answer.submit', key: 'bestUnits', value: '@units' },
    { type: 'answer.submit', key: 'bestSales', value: '@sales' },
  ],
};

export const DATA_TASKS: TaskDefinition[] = [STORE_SALES, STORE_RATES, CLEANING, BEST_SELLER];
