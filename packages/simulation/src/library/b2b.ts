/** Trade Assurance (4.5.4–4.5.5, level 4): draft an order from a contract, refund a short shipment, answer a claim. */
import type { TaskDefinition } from '../tasks/types.js';
import { NOW, order, SET_NOW, TODAY } from './fixtures.js';
import { all, at, c, check, count, did, p } from './helpers.js';
import { PET_BOWL, TSHIRT, YOGA_MAT } from './products.js';

const DRAFT: TaskDefinition = {
  code: 'X4-TA-01',
  title: { zh: '根据合同起草信保订单', en: 'Draft a Trade Assurance order from the contract' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L4/F4/C4.5/S4.5.4'],
  suzhouCategories: ['产品采购', '平台运营'],
  timeLimitMinutes: 20,
  params: {
    contract: { kind: 'choice', options: ['SC-2025-1107', 'SC-2025-1123', 'SC-2025-1208'] },
    buyer: { kind: 'choice', options: ['Nordic Home GmbH', 'Maison Verte SARL', 'Casa Viva S.L.'] },
    country: { kind: 'choice', options: ['DE', 'FR', 'ES'] },
    incoterm: { kind: 'choice', options: ['FOB', 'CIF', 'EXW'] },
    qty: { kind: 'int', min: 300, max: 1200, step: 100 },
    unitPrice: { kind: 'number', min: 3.2, max: 4.6, decimals: 2 },
    fee: { kind: 'int', min: 120, max: 380, step: 10 },
    leadDays: { kind: 'int', min: 15, max: 35 },
  },
  computed: {
    goods: { fn: 'mul', args: { a: p('qty'), b: p('unitPrice') } },
    total: { fn: 'add', args: { a: c('goods'), b: p('fee') } },
    amount: { fn: 'round', args: { value: c('total'), decimals: 2 } },
    shipBy: { fn: 'add', args: { a: TODAY, b: p('leadDays') } },
  },
  scenario: { marketplace: 'alibaba', base: 'b2b-store', set: SET_NOW, add: { products: [PET_BOWL] } },
  instructions: {
    zh:
      `与买家 {buyer}（{country}）签订的合同 {contract} 约定：不锈钢宠物碗（SKU ${PET_BOWL.sku}）{qty} 个，单价 US$ {unitPrice}，` +
      '贸易术语 {incoterm}，运费 US$ {fee}，自今天（第 30 天）起 {leadDays} 天内发货，不做第三方验货。请据此起草信保订单发给买家确认。',
    en:
      `Contract {contract} with {buyer} ({country}): stainless steel pet bowls (SKU ${PET_BOWL.sku}), {qty} pcs at ` +
      'US$ {unitPrice}, Incoterm {incoterm}, freight US$ {fee}, shipment within {leadDays} days from today (day ' +
      '30), no third-party inspection. Draft the Trade Assurance order for the buyer to confirm.',
  },
  checks: [
    check(
      'drafted',
      3,
      ['信保订单已起草', 'TA order drafted'],
      at('orders[tradeAssurance.contractNo=$contract].status', 'eq', 'WAIT_BUYER_CONFIRM'),
      ['信保订单已发给买家确认。', 'The order waits for the buyer to confirm.'],
      [
        '起草后订单处于“待买家确认”（WAIT_BUYER_CONFIRM），合同号须与合同一致。',
        'A draft waits for the buyer (WAIT_BUYER_CONFIRM); use the contract number.',
      ],
    ),
    check(
      'amount',
      3,
      ['订单金额', 'Order amount'],
      at('orders[tradeAssurance.contractNo=$contract].tradeAssurance.amount', 'eq', c('amount'), 0.01),
      ['信保金额 = 货值 + 运费，正确。', 'Amount = goods + freight: correct.'],
      [
        '信保订单金额 = 数量 × 单价 + 运费；金额错误买家无法按合同付款。',
        'Amount = quantity × unit price + freight; a wrong amount blocks payment.',
      ],
    ),
    check(
      'terms',
      2,
      ['贸易术语与买家', 'Incoterm and buyer'],
      all(
        at('orders[tradeAssurance.contractNo=$contract].tradeAssurance.incoterm', 'eq', p('incoterm')),
        at('orders[tradeAssurance.contractNo=$contract].buyer.country', 'eq', p('country')),
      ),
      ['贸易术语和买家国家正确。', 'Incoterm and buyer country are correct.'],
      [
        '贸易术语决定风险与费用划分（Incoterms 2020），须与合同一致。',
        'The Incoterm splits risk and cost (Incoterms 2020): copy the contract.',
      ],
    ),
    check(
      'ship-by',
      2,
      ['发货期', 'Ship-by date'],
      at('orders[tradeAssurance.contractNo=$contract].tradeAssurance.shipByDay', 'eq', c('shipBy')),
      ['发货期与合同一致。', 'The ship-by date matches the contract.'],
      [
        '信保保障按订单上的发货期判断是否延迟，须按合同换算（今天 + 天数）。',
        'Trade Assurance judges lateness by this date: today + the contract days.',
      ],
    ),
  ],
  solution: [
    {
      type: 'ta.draft',
      buyerName: '$buyer',
      buyerCountry: '$country',
      contractNo: '$contract',
      incoterm: '$incoterm',
      lines: [{ sku: PET_BOWL.sku, qty: '$qty', unitPrice: '$unitPrice' }],
      shipByDay: '@shipBy',
      shippingFee: '$fee',
      inspection: null,
    },
  ],
};

const TA = (contractNo: string, amount: number, shipByDay: number) => ({
  contractNo,
  incoterm: 'FOB',
  shipByDay,
  amount,
  paidAmount: amount,
  refunds: [],
  dispute: null,
  inspection: null,
});

const REFUND: TaskDefinition = {
  code: 'X4-TA-02',
  title: { zh: '信保订单短装退款', en: 'Refund a short shipment on a Trade Assurance order' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L4/F4/C4.5/S4.5.5'],
  suzhouCategories: ['产品采购'],
  timeLimitMinutes: 15,
  params: { short: { kind: 'int', min: 12, max: 60, step: 4 } },
  computed: {
    refund: { fn: 'mul', args: { a: p('short'), b: 6.2 } },
    refundRounded: { fn: 'round', args: { value: c('refund') } },
  },
  scenario: {
    marketplace: 'alibaba',
    base: 'b2b-store',
    set: SET_NOW,
    add: {
      products: [TSHIRT],
      orders: [
        order({
          id: 'O-9701',
          status: 'WAIT_BUYER_RECEIVE',
          country: 'DE',
          sku: TSHIRT.sku,
          qty: 400,
          unitPrice: 6.2,
          total: 2480,
          placedDay: TODAY - 25,
          shipped: true,
          tradeAssurance: TA('TA-2025-0611', 2480, TODAY - 5),
        }),
      ],
    },
  },
  instructions: {
    zh:
      '信保订单 O-9701（400 件 T 恤，单价 US$ 6.20）装箱时少装了 {short} 件，买家收货核对后申请按差额退款。工厂确认少装属实。' +
      '请按信保退款规则只退还少装部分的货款，并写明退款原因。',
    en:
      'Trade Assurance order O-9701 (400 T-shirts at US$ 6.20) was packed {short} pieces short; the buyer counted on ' +
      'arrival and asks for the difference. The factory confirms. Under the refund rules refund only the short ' +
      'part and state the reason.',
  },
  checks: [
    check(
      'amount',
      5,
      ['退款金额', 'Refund amount'],
      at('orders[id=O-9701].tradeAssurance.refunds[0].amount', 'eq', c('refundRounded'), 0.01),
      ['退款金额 = 短装数量 × 单价，正确。', 'Refund = short quantity × unit price: correct.'],
      [
        '短装只退短装部分：短装数量 × 合同单价，多退造成损失，少退引发纠纷。',
        'Refund only the short part: short quantity × contract price.',
      ],
    ),
    check(
      'once',
      2,
      ['只退一次', 'One refund'],
      count('orders[id=O-9701].tradeAssurance.refunds', {}, 'eq', 1),
      ['只发起了一笔退款。', 'One refund was made.'],
      ['同一事项只退一次，重复退款无法追回。', 'Refund once per issue: a duplicate cannot be recalled.'],
    ),
    check(
      'reason',
      1,
      ['退款原因', 'Refund reason'],
      at('orders[id=O-9701].tradeAssurance.refunds[0].reason', 'lengthGte', 8),
      ['已写明退款原因。', 'The reason is stated.'],
      ['信保退款须写明原因，作为交易记录和纠纷证据。', 'State the reason: it is the record and the evidence.'],
    ),
    check(
      'not-cancelled',
      2,
      ['订单未关闭', 'Order not closed'],
      at('orders[id=O-9701].status', 'in', ['WAIT_BUYER_RECEIVE', 'COMPLETED']),
      ['订单其余部分正常履约。', 'The rest of the order continues.'],
      ['部分退款不等于取消订单，其余货物照常交付。', 'A partial refund does not cancel the order.'],
    ),
  ],
  solution: [
    {
      type: 'ta.refund',
      orderId: 'O-9701',
      amount: '@refundRounded',
      reason: 'Short shipment of {short} pcs confirmed by the factory',
    },
  ],
};

const DISPUTE: TaskDefinition = {
  code: 'X4-TA-03',
  title: { zh: '在时限内回应信保纠纷', en: 'Answer a Trade Assurance claim in time' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L4/F4/C4.5/S4.5.5'],
  suzhouCategories: ['产品采购', '平台运营'],
  timeLimitMinutes: 15,
  params: { defective: { kind: 'int', min: 5, max: 30 } },
  computed: {
    refund: { fn: 'mul', args: { a: p('defective'), b: 9.5 } },
    refundRounded: { fn: 'round', args: { value: c('refund') } },
  },
  scenario: {
    marketplace: 'alibaba',
    base: 'b2b-store',
    set: SET_NOW,
    add: {
      products: [YOGA_MAT],
      orders: [
        order({
          id: 'O-9702',
          status: 'IN_DISPUTE',
          previousStatus: 'WAIT_BUYER_RECEIVE',
          country: 'US',
          sku: YOGA_MAT.sku,
          qty: 200,
          unitPrice: 9.5,
          total: 1900,
          placedDay: TODAY - 40,
          shipped: true,
          tradeAssurance: {
            ...TA('TA-2025-0702', 1900, TODAY - 20),
            dispute: {
              openedAt: NOW - 1440,
              claim: '{defective} mats arrived torn; photos and video attached.',
              status: 'awaiting_supplier',
              timeline: [{ at: NOW - 1440, event: 'Buyer opened a quality claim', by: 'buyer' }],
            },
          },
        }),
      ],
    },
  },
  instructions: {
    zh:
      '信保订单 O-9702 的买家昨天发起质量纠纷：{defective} 张瑜伽垫到货破损，附照片和视频。质检复核认可。按信保规则供应商须在 3 天内回应，' +
      '否则买家可升级到平台仲裁。请在后台回应纠纷，提出按破损数量退款的方案（单价 US$ 9.50）。',
    en:
      'Yesterday the buyer of Trade Assurance order O-9702 opened a quality claim: {defective} mats arrived torn ' +
      '(photos and video). Your QC agrees. The supplier must respond within 3 days or the buyer may escalate. ' +
      'Respond with a refund proposal for the damaged quantity (unit price US$ 9.50).',
  },
  checks: [
    check(
      'responded',
      3,
      ['已回应纠纷', 'Claim answered'],
      did('ta.respondDispute', { orderId: 'O-9702', proposal: 'refund' }),
      ['已提出退款方案。', 'A refund was proposed.'],
      [
        '质量问题属实时应提出退款或补发方案，而不是拒绝。',
        'When the defect is real, offer a refund or a reshipment instead of rejecting.',
      ],
    ),
    check(
      'amount',
      4,
      ['方案金额', 'Proposed amount'],
      did('ta.respondDispute', { orderId: 'O-9702', amount: c('refundRounded') }),
      ['退款金额 = 破损数量 × 单价。', 'Refund = damaged quantity × unit price.'],
      [
        '方案金额按破损数量 × 合同单价计算，有理有据买家才会接受。',
        'Base the amount on damaged quantity × contract price.',
      ],
    ),
    check(
      'in-time',
      2,
      ['3 天内回应', 'Within 3 days'],
      at('orders[id=O-9702].tradeAssurance.dispute.status', 'in', ['negotiating', 'closed']),
      ['纠纷进入协商，未被升级。', 'The claim is in negotiation, not escalated.'],
      [
        '供应商 3 天内不回应，买家第 4 天起可升级，第 8 天自动升级（信保纠纷规则）。',
        'No answer within 3 days lets the buyer escalate from day 4; day 8 escalates automatically.',
      ],
    ),
  ],
  solution: [
    {
      type: 'ta.respondDispute',
      orderId: 'O-9702',
      response: 'We are sorry: our QC confirmed {defective} damaged mats. We propose a refund for them.',
      proposal: 'refund',
      amount: '@refundRounded',
    },
  ],
};

export const B2B_TASKS: TaskDefinition[] = [DRAFT, REFUND, DISPUTE];
