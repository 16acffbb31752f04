/** Competitor data (6.1.3 / 6.2.3, level 5): collect and tidy the offers of competitors in one category. */
import type { Operand, TaskDefinition } from '../tasks/types.js';
import { at, c, check, p } from './helpers.js';

const offer = (id: string, categoryId: string, price: Operand, rating: number, reviews: number) => ({
  id,
  categoryId,
  keywords: [],
  price,
  quality: 0.7,
  rating,
  reviews,
  shippingDays: 8,
  bid: 0.6,
});

const COMPETITORS = [
  offer('CMP-MAT-A', 'yoga-mats', p('p3'), 4.4, 820),
  offer('CMP-BOWL-A', 'pet-bowls', 9.99, 4.5, 300),
  offer('CMP-MAT-B', 'yoga-mats', p('p1'), 4.1, 150),
  offer('CMP-MAT-C', 'yoga-mats', p('p4'), 4.7, 2300),
  offer('CMP-LED-A', 'led-strips', 11.5, 4.2, 640),
  offer('CMP-MAT-D', 'yoga-mats', p('p2'), 4.3, 460),
  offer('CMP-CASE-A', 'phone-cases', 7.99, 4.0, 1200),
] as unknown as Operand;

const COMPETITOR_PRICES: TaskDefinition = {
  code: 'X5-DATA-03',
  title: { zh: '采集并整理竞争对手价格数据', en: "Collect and tidy competitors' price data" },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '商务数据分析',
  skillItems: ['L5/F6/C6.1/S6.1.3', 'L5/F6/C6.2/S6.2.3'],
  suzhouCategories: ['开发选品'],
  timeLimitMinutes: 15,
  params: {
    p1: { kind: 'number', min: 12, max: 14.5, decimals: 2 },
    p2: { kind: 'number', min: 15, max: 17.5, decimals: 2 },
    p3: { kind: 'number', min: 18, max: 20.5, decimals: 2 },
    p4: { kind: 'number', min: 21, max: 25, decimals: 2 },
  },
  computed: {
    s12: { fn: 'add', args: { a: p('p1'), b: p('p2') } },
    s123: { fn: 'add', args: { a: c('s12'), b: p('p3') } },
    sum: { fn: 'add', args: { a: c('s123'), b: p('p4') } },
    meanRaw: { fn: 'div', args: { a: c('sum'), b: 4 } },
    mean: { fn: 'round', args: { value: c('meanRaw'), decimals: 2 } },
  },
  scenario: { marketplace: 'amazon', base: 'trading-store', set: [{ path: 'market.competitors', value: COMPETITORS }] },
  instructions: {
    zh:
      '定价前要了解竞品。请在“市场与竞品”中采集瑜伽垫（yoga-mats）类目的全部竞品报价，用电子表格整理后提交：' +
      '① 竞品数量（答案键 rivals）；② 最低价（美元，答案键 lowest）；③ 平均价（美元，保留 2 位小数，答案键 average）；' +
      '④ 评论数最多的竞品编号（答案键 leader）。其他类目的竞品不要计入。',
    en:
      'Before pricing, study the competition. In "Market and competitors" collect every competitor offer in the ' +
      'yoga mats category, tidy them in a spreadsheet and submit ① how many there are (answer key rivals), ② the ' +
      'lowest price (USD, answer key lowest), ③ the average price (USD, 2 decimals, answer key average), ④ the ' +
      'competitor with the most reviews (answer key leader). Leave out other categories.',
  },
  checks: [
    check(
      'count',
      2,
      ['竞品数量', 'Number of competitors'],
      at('answers.rivals', 'eq', 4),
      ['竞品数量正确。', 'The number of competitors is right.'],
      [
        '只统计同一类目的竞品：不同类目的商品不构成直接竞争。',
        'Count only the same category: other categories are not direct rivals.',
      ],
    ),
    check(
      'lowest',
      3,
      ['最低价', 'Lowest price'],
      at('answers.lowest', 'eq', p('p1'), 0.005),
      ['最低价正确。', 'The lowest price is right.'],
      ['最低价决定价格带下限，是定价的重要参考。', 'The lowest price marks the floor of the price band.'],
    ),
    check(
      'average',
      3,
      ['平均价', 'Average price'],
      at('answers.average', 'eq', c('mean'), 0.01),
      ['平均价正确。', 'The average is right.'],
      [
        '平均价 = 同类竞品价格之和 ÷ 竞品数量，不要把其他类目混进来。',
        'Average = sum of the category prices ÷ their number, other categories left out.',
      ],
    ),
    check(
      'leader',
      2,
      ['头部竞品', 'Leading competitor'],
      at('answers.leader', 'eq', 'CMP-MAT-C'),
      ['找到了评论最多的头部竞品。', 'The competitor with the most reviews is found.'],
      [
        '评论数反映累计销量与口碑，评论最多的竞品是需要重点研究的对手。',
        'Reviews reflect sales and reputation: the most-reviewed rival is the one to study.',
      ],
    ),
  ],
  solution: [
    { type: 'answer.submit', key: 'rivals', value: 4 },
    { type: 'answer.submit', key: 'lowest', value: '$p1' },
    { type: 'answer.submit', key: 'average', value: '@mean' },
    { type: 'answer.submit', key: 'leader', value: 'CMP-MAT-C' },
  ],
};

export const COMPETITOR_TASKS: TaskDefinition[] = [COMPETITOR_PRICES];
