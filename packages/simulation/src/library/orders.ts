/** Order basics (4.3.1–4.3.3, level 5): filter orders, modify an order for the buyer, extend the receipt time. */
import type { TaskDefinition } from '../tasks/types.js';
import { order, SET_NOW, TODAY, thread } from './fixtures.js';
import { all, at, c, check, did, didNot, p } from './helpers.js';
import { PET_BOWL, PHONE_CASE, TSHIRT, WHISK } from './products.js';

const FILTER: TaskDefinition = {
  code: 'X5-ORD-01',
  title: { zh: '按状态和国家筛选订单', en: 'Filter orders by status and country' },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L5/F4/C4.3/S4.3.1'],
  suzhouCategories: ['平台运营', '物流管理'],
  timeLimitMinutes: 10,
  // The target country is drawn through the expected count: the Unshipped orders are added as GB, DE, DE, US, US, US,
  // so the country with exactly n of them is the one at index n(n−1)/2 — no counting computation needed.
  params: { n: { kind: 'choice', options: [1, 2, 3] } },
  computed: {
    nMinus1: { fn: 'sub', args: { a: p('n'), b: 1 } },
    pairs: { fn: 'mul', args: { a: p('n'), b: c('nMinus1') } },
    at: { fn: 'div', args: { a: c('pairs'), b: 2 } },
    country: {
      fn: 'select',
      args: { collection: 'orders', where: { status: 'Unshipped' }, index: c('at'), field: 'buyer.country' },
    },
  },
  scenario: {
    marketplace: 'amazon',
    base: 'verified-store',
    set: SET_NOW,
    add: {
      products: [PHONE_CASE, WHISK, TSHIRT],
      orders: [
        ['O-9101', 'Unshipped', 'GB', PHONE_CASE.sku],
        ['O-9102', 'Unshipped', 'DE', WHISK.sku],
        ['O-9103', 'Unshipped', 'DE', TSHIRT.sku],
        ['O-9104', 'Unshipped', 'US', PHONE_CASE.sku],
        ['O-9105', 'Unshipped', 'US', TSHIRT.sku],
        ['O-9106', 'Unshipped', 'US', WHISK.sku],
        ['O-9107', 'Shipped', 'GB', TSHIRT.sku],
        ['O-9108', 'Pending', 'DE', PHONE_CASE.sku],
        ['O-9109', 'Canceled', 'US', WHISK.sku],
        ['O-9110', 'Shipped', 'US', PHONE_CASE.sku],
        ['O-9111', 'Unshipped', 'JP', TSHIRT.sku],
        ['O-9112', 'Pending', 'GB', WHISK.sku],
      ].map(([id, status, country, sku]) =>
        order({
          id: id!,
          status: status!,
          country: country!,
          sku: sku!,
          qty: 1,
          unitPrice: 9.99,
          shipped: status === 'Shipped',
        }),
      ),
    },
  },
  instructions: {
    zh:
      '物流专员今天只负责发往 {@country} 的包裹。请在订单管理中筛选出状态为“未发货（Unshipped）”且收货国家为 {@country} ' +
      '的订单，并提交这类订单的数量（答案键 unshippedCount）。',
    en:
      'Today the logistics clerk handles only parcels to {@country}. In Orders, filter the orders whose status is ' +
      '"Unshipped" and whose ship-to country is {@country}, and submit how many there are (answer key unshippedCount).',
  },
  checks: [
    check(
      'filtered',
      4,
      ['按订单状态筛选', 'Filtered by status'],
      did('order.filter', { 'filter.status': ['Unshipped'] }),
      ['已按“未发货”状态筛选。', 'Filtered by the Unshipped status.'],
      [
        '待发货订单在仿亚马逊中的状态名是 Unshipped（SP-API OrderStatus）；先按状态筛选，国家用 ISO 两位代码（GB 为英国）。',
        'Orders awaiting shipment are "Unshipped" on the Amazon-like marketplace (SP-API OrderStatus); filter by it, countries by ISO code (GB is the UK).',
      ],
    ),
    check(
      'count',
      6,
      ['订单数量正确', 'Correct number of orders'],
      at('answers.unshippedCount', 'eq', p('n')),
      ['数量正确。', 'The number is correct.'],
      [
        '只统计同时满足两个条件的订单：已取消、已发货或待付款（Pending）的订单都不计入。',
        'Count only orders meeting both conditions: cancelled, shipped and Pending (unpaid) orders do not count.',
      ],
    ),
    check(
      'read-only',
      1,
      ['筛选不改动订单', 'Filtering changes nothing'],
      all(didNot('order.ship'), didNot('order.cancel'), didNot('order.modify')),
      ['只做了筛选，没有误操作订单。', 'Only filtered; no order was touched.'],
      [
        '筛选是查询操作，统计时不要误发货、取消或修改订单。',
        'Filtering is a query: do not ship, cancel or change orders while counting.',
      ],
    ),
  ],
  solution: [
    { type: 'order.filter', filter: { status: ['Unshipped'], country: ['@country'] } },
    { type: 'answer.submit', key: 'unshippedCount', value: '$n' },
  ],
};

const MODIFY: TaskDefinition = {
  code: 'X5-ORD-02',
  title: { zh: '按买家要求修改订单收货地址', en: "Change an order's address at the buyer's request" },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L5/F4/C4.3/S4.3.2'],
  suzhouCategories: ['平台运营'],
  timeLimitMinutes: 10,
  params: {
    street: { kind: 'choice', options: ['55 Harbor Street', '1207 Oak Lane', '78 Sunset Blvd Apt 4'] },
    zip: { kind: 'choice', options: ['43210', '43085', '43017'] },
    city: { kind: 'choice', options: ['Columbus', 'Worthington', 'Dublin'] },
  },
  scenario: {
    marketplace: 'aliexpress',
    base: 'verified-store',
    set: SET_NOW,
    add: {
      products: [PET_BOWL],
      orders: [
        order({
          id: 'O-9201',
          status: 'WAIT_SELLER_SEND_GOODS',
          country: 'US',
          sku: PET_BOWL.sku,
          qty: 2,
          unitPrice: 8.5,
          total: 17,
        }),
      ],
      messages: [
        thread({
          id: 'M-9201',
          orderId: 'O-9201',
          country: 'US',
          topic: 'order_change',
          text: 'Hi, I just moved. Please send order O-9201 to {street}, {city}, OH {zip}, United States. Thanks!',
        }),
      ],
    },
  },
  instructions: {
    zh: '买家来信（消息 M-9201）要求修改订单 O-9201 的收货地址。请在发货前按买家提供的新地址修改订单，并在卖家备注中记录“按买家消息修改地址”。',
    en:
      'The buyer wrote (message M-9201) asking to change the address of order O-9201. Before shipping, change the ' +
      'order to the new address and note "address changed at buyer request" in the seller note.',
  },
  checks: [
    check(
      'street',
      3,
      ['街道地址', 'Street'],
      at('orders[id=O-9201].address.line1', 'eq', p('street')),
      ['街道地址已修改。', 'The street is updated.'],
      [
        '按买家消息逐字核对新地址，错一个门牌号包裹就会退回。',
        'Copy the new street exactly: one wrong number and the parcel returns.',
      ],
    ),
    check(
      'zip-city',
      3,
      ['邮编和城市', 'ZIP code and city'],
      {
        kind: 'all',
        of: [
          at('orders[id=O-9201].address.postalCode', 'eq', p('zip')),
          at('orders[id=O-9201].address.city', 'eq', p('city')),
        ],
      },
      ['邮编和城市正确。', 'ZIP code and city are correct.'],
      ['美国邮编为 5 位，与城市要对应。', 'US ZIP codes have 5 digits and must match the city.'],
    ),
    check(
      'not-shipped',
      2,
      ['订单仍待发货', 'Order still awaiting shipment'],
      at('orders[id=O-9201].status', 'eq', 'WAIT_SELLER_SEND_GOODS'),
      ['订单状态正确，可继续发货。', 'The order still waits for shipment.'],
      ['修改地址只能在发货前进行，不要取消订单。', 'Addresses change only before shipment; do not cancel the order.'],
    ),
    check(
      'note',
      2,
      ['卖家备注', 'Seller note'],
      at('orders[id=O-9201].sellerNote', 'lengthGte', 4),
      ['已记录修改原因。', 'The reason is recorded.'],
      ['修改订单要在备注中留痕，便于售后核对。', 'Record why the order changed so after-sales can check it.'],
    ),
  ],
  solution: [
    {
      type: 'order.modify',
      orderId: 'O-9201',
      address: {
        name: 'Emily Carter',
        line1: '$street',
        city: '$city',
        state: 'OH',
        postalCode: '$zip',
        country: 'US',
        phone: '+1 555 0100',
      },
      sellerNote: 'Address changed at buyer request (M-9201)',
    },
  ],
};

const EXTEND: TaskDefinition = {
  code: 'X5-ORD-03',
  title: { zh: '延长买家收货时间', en: "Extend the buyer's receipt time" },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L5/F4/C4.3/S4.3.3'],
  suzhouCategories: ['平台运营', '物流管理'],
  timeLimitMinutes: 10,
  params: { days: { kind: 'int', min: 5, max: 15 } },
  scenario: {
    marketplace: 'aliexpress',
    base: 'verified-store',
    set: SET_NOW,
    add: {
      products: [TSHIRT, PHONE_CASE],
      orders: [
        order({
          id: 'O-9301',
          status: 'WAIT_BUYER_ACCEPT_GOODS',
          country: 'ES',
          sku: TSHIRT.sku,
          qty: 1,
          unitPrice: 12.9,
          placedDay: TODAY - 40,
          shipped: true,
          receiptDeadlineDay: TODAY + 2,
        }),
        order({
          id: 'O-9302',
          status: 'IN_ISSUE',
          country: 'FR',
          sku: PHONE_CASE.sku,
          qty: 1,
          unitPrice: 5.9,
          placedDay: TODAY - 35,
          shipped: true,
          receiptDeadlineDay: TODAY + 4,
        }),
      ],
      messages: [
        thread({
          id: 'M-9301',
          orderId: 'O-9301',
          country: 'ES',
          topic: 'logistics',
          language: 'es',
          text: 'Hola, mi paquete está retenido en aduanas. ¿Puede ampliar el plazo de recepción {days} días? Gracias.',
        }),
      ],
    },
  },
  instructions: {
    zh:
      '西班牙买家（消息 M-9301）说包裹在海关滞留，请求把订单 O-9301 的收货时间延长 {days} 天。另有法国订单 O-9302 也快到期，' +
      '但它正处于纠纷中。请按平台规则处理：能延长的延长，不能延长的不要操作。',
    en:
      'A Spanish buyer (message M-9301) says the parcel is held in customs and asks to extend the receipt time of ' +
      'order O-9301 by {days} days. The French order O-9302 is also about to expire but is in dispute. Apply the ' +
      'rules: extend what may be extended, leave the rest.',
  },
  checks: [
    check(
      'extended',
      4,
      ['O-9301 已延长', 'O-9301 extended'],
      at('orders[id=O-9301].receiptExtendedDays', 'eq', p('days')),
      ['已按买家要求延长收货时间。', 'The receipt time is extended as the buyer asked.'],
      [
        '等待买家收货（WAIT_BUYER_ACCEPT_GOODS）状态下卖家可延长收货时间，天数按买家要求且不超过平台上限。',
        'While WAIT_BUYER_ACCEPT_GOODS the seller may extend the receipt time, by the days asked, within the limit.',
      ],
    ),
    check(
      'deadline',
      2,
      ['收货截止时间顺延', 'Deadline moved'],
      at('orders[id=O-9301].receiptDeadline', 'gt', (TODAY + 2) * 1440 + 23 * 60 + 59),
      ['收货截止时间已顺延。', 'The receipt deadline moved.'],
      ['延长后收货截止时间应顺延相应天数。', 'The deadline moves by the days extended.'],
    ),
    check(
      'dispute-untouched',
      3,
      ['纠纷订单未延长', 'Disputed order not extended'],
      {
        kind: 'all',
        of: [
          at('orders[id=O-9302].receiptExtendedDays', 'eq', 0),
          didNot('order.extendReceipt', { orderId: 'O-9302' }),
          {
            kind: 'not',
            of: { kind: 'action', type: 'order.extendReceipt', where: { orderId: 'O-9302' }, refused: true },
          },
        ],
      },
      ['没有对纠纷中的订单尝试延长。', 'No extension was attempted on the disputed order.'],
      [
        '纠纷中（IN_ISSUE）或冻结（IN_FROZEN）的订单不能延长收货时间（速卖通订单状态规则）。',
        'Orders in dispute (IN_ISSUE) or frozen (IN_FROZEN) cannot be extended (AliExpress order rules).',
      ],
    ),
  ],
  solution: [{ type: 'order.extendReceipt', orderId: 'O-9301', days: '$days' }],
};

export const ORDER_TASKS: TaskDefinition[] = [FILTER, MODIFY, EXTEND];
