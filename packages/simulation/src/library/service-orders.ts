/** Order-change replies (5.4.4) and the store FAQ (5.5.1–5.5.3), level 4. */
import type { TaskDefinition } from '../tasks/types.js';
import { listing, order, SET_NOW, thread } from './fixtures.js';
import { all, at, check, p } from './helpers.js';
import { PET_BOWL } from './products.js';
import { replyChecks } from './service.js';

const ORDER_CHANGE: TaskDefinition = {
  code: 'X4-CS-07',
  title: { zh: '按买家要求修改订单数量并用英语确认', en: 'Change the quantity for the buyer and confirm in English' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '客户服务',
  skillItems: ['L4/F5/C5.4/S5.4.4'],
  suzhouCategories: ['平台运营'],
  timeLimitMinutes: 15,
  params: { newQty: { kind: 'int', min: 2, max: 4 } },
  scenario: {
    marketplace: 'aliexpress',
    base: 'verified-store',
    set: SET_NOW,
    add: {
      products: [PET_BOWL],
      listings: [
        listing({
          id: 'L-9944',
          sku: PET_BOWL.sku,
          title: 'Stainless Steel Pet Bowl 800 ml Non Slip',
          categoryId: 'pet-bowls',
          attributes: PET_BOWL.facts,
          price: 8.5,
          stock: 40,
        }),
      ],
      orders: [
        order({
          id: 'O-9944',
          status: 'WAIT_SELLER_SEND_GOODS',
          country: 'GB',
          sku: PET_BOWL.sku,
          qty: 1,
          unitPrice: 8.5,
          listingId: 'L-9944',
        }),
      ],
      messages: [
        thread({
          id: 'M-9944',
          orderId: 'O-9944',
          country: 'GB',
          topic: 'order_change',
          text: 'Hi, can I change my order O-9944 to {newQty} bowls instead of 1? Same address.',
        }),
      ],
    },
  },
  instructions: {
    zh: '买家（消息 M-9944）要求把未发货订单 O-9944 的宠物碗数量从 1 个改为 {newQty} 个。请修改订单数量，并用英文回复确认修改后的数量和订单号。',
    en:
      'The buyer (message M-9944) wants order O-9944, not yet shipped, changed from 1 to {newQty} bowls. Change the ' +
      'quantity and confirm the new quantity and the order number in English.',
  },
  checks: [
    check(
      'qty',
      4,
      ['订单数量已修改', 'Quantity changed'],
      all(
        at(`orders[id=O-9944].lines[sku=${PET_BOWL.sku}].qty`, 'eq', p('newQty')),
        at('orders[id=O-9944].status', 'eq', 'WAIT_SELLER_SEND_GOODS'),
      ),
      ['订单数量已按买家要求修改。', 'The quantity is changed as asked.'],
      ['发货前可按买家要求修改订单数量；发货后只能另行下单。', 'Quantities change only before shipment.'],
    ),
    ...replyChecks('M-9944', 'en', [
      {
        element: ['order', '订单号', 'Order number', ['O-9944']],
        points: 1,
        teach: ['确认时复述订单号，避免改错订单。', 'Repeat the order number so the right order is changed.'],
      },
      {
        element: [
          'qty',
          '新数量',
          'New quantity',
          ['{newQty} bowls', '{newQty} pcs', '{newQty} pieces', 'quantity to {newQty}', 'quantity {newQty}'],
        ],
        points: 2,
        teach: ['写明修改后的数量，让买家核对。', 'State the new quantity for the buyer to check.'],
      },
    ]),
  ],
  solution: [
    { type: 'order.modify', orderId: 'O-9944', lines: [{ sku: PET_BOWL.sku, qty: '$newQty' }] },
    {
      type: 'message.reply',
      threadId: 'M-9944',
      text: 'Hello, done! We have changed the quantity of order O-9944 to {newQty} bowls, same address. It will ship within 2 days. Thank you!',
    },
  ],
};

const FAQ: TaskDefinition = {
  code: 'X4-FAQ-01',
  title: { zh: '设置店铺常见问题（物流、支付、退换货）', en: 'Set up the store FAQ (shipping, payment, returns)' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '客户服务',
  skillItems: ['L4/F5/C5.5/S5.5.1', 'L4/F5/C5.5/S5.5.2', 'L4/F5/C5.5/S5.5.3'],
  suzhouCategories: ['平台运营'],
  timeLimitMinutes: 25,
  params: {
    handling: { kind: 'int', min: 1, max: 3 },
    returnDays: { kind: 'choice', options: [30, 45, 60] },
  },
  scenario: {
    marketplace: 'amazon',
    base: 'verified-store',
    set: [
      { path: 'store.settings.handlingDays', value: p('handling') },
      { path: 'store.settings.returnPolicyDays', value: p('returnDays') },
    ],
  },
  instructions: {
    zh:
      '客服统计出三类高频问题。请在 FAQ 中用英文各设置一条：① 物流（logistics）：备货期 {handling} 天、发货后提供追踪号（tracking）；' +
      '② 支付（payment）：支持信用卡（credit card）和 PayPal，扣款币种为美元；③ 退换货（return）：收货 {returnDays} 天内可退换，质量问题卖家承担运费。',
    en:
      'Customer service found three frequent questions. Add one English FAQ entry for each: ① logistics: {handling} ' +
      'handling days, a tracking number once shipped; ② payment: credit card and PayPal accepted, charged in USD; ③ ' +
      'return: returns and exchanges within {returnDays} days of receipt, the seller pays return postage for defects.',
  },
  checks: [
    check(
      'logistics',
      4,
      ['物流 FAQ', 'Shipping FAQ'],
      all(
        at('faq[topic=logistics].answer', 'includes', 'tracking'),
        at('faq[topic=logistics].answer', 'includes', p('handling')),
      ),
      ['物流 FAQ 与店铺物流方案一致。', 'The shipping FAQ matches the logistics plan.'],
      [
        '物流 FAQ 要写清备货期和追踪方式，与店铺设置一致。',
        'State the handling time and tracking, as set in the store.',
      ],
    ),
    check(
      'payment',
      3,
      ['支付 FAQ', 'Payment FAQ'],
      all(
        at('faq[topic=payment].answer', 'includes', 'credit card'),
        at('faq[topic=payment].answer', 'includes', 'paypal'),
      ),
      ['支付 FAQ 完整。', 'The payment FAQ is complete.'],
      [
        '支付 FAQ 说明支持的支付方式与币种，减少下单犹豫。',
        'List the payment methods and currency to remove doubts at checkout.',
      ],
    ),
    check(
      'returns',
      3,
      ['退换货 FAQ', 'Returns FAQ'],
      all(
        at('faq[topic=return].answer', 'includes', p('returnDays')),
        at('faq[topic=return].answer', 'includes', 'exchange'),
      ),
      ['退换货 FAQ 与店铺政策一致。', 'The returns FAQ matches the policy.'],
      [
        '退换货 FAQ 的期限必须与店铺退货设置一致，否则会引发纠纷。',
        'The FAQ window must equal the store return setting, or disputes follow.',
      ],
    ),
  ],
  solution: [
    {
      type: 'faq.add',
      topic: 'logistics',
      question: 'When will my order ship?',
      answer: 'We ship within {handling} business days and email you a tracking number as soon as the parcel leaves.',
    },
    {
      type: 'faq.add',
      topic: 'payment',
      question: 'Which payment methods do you accept?',
      answer: 'We accept credit card and PayPal. All prices are charged in USD.',
    },
    {
      type: 'faq.add',
      topic: 'return',
      question: 'Can I return or exchange an item?',
      answer:
        'Yes: return or exchange within {returnDays} days of receipt. For defective items we pay the return postage.',
    },
  ],
};

export const ORDER_SERVICE_TASKS: TaskDefinition[] = [ORDER_CHANGE, FAQ];
