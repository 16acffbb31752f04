/** Shipping by contract date (4.4.3) and partial shipment (4.4.1), level 5. */
import type { TaskDefinition } from '../tasks/types.js';
import { order, SET_NOW, TODAY } from './fixtures.js';
import { all, any, at, check, p } from './helpers.js';
import { PHONE_CASE, TSHIRT, WHISK } from './products.js';

const TA_ORDER = {
  contractNo: '{contract}',
  incoterm: 'FOB',
  shipByDay: TODAY + 3,
  amount: 1860,
  paidAmount: 1860,
  refunds: [],
  dispute: null,
  inspection: null,
};

const TRADE_ASSURANCE: TaskDefinition = {
  code: 'X5-SHIP-03',
  title: { zh: '信保订单按合同交期发货', en: 'Ship a Trade Assurance order by the contract date' },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L5/F4/C4.4/S4.4.3'],
  suzhouCategories: ['物流管理'],
  timeLimitMinutes: 15,
  params: {
    contract: { kind: 'choice', options: ['TA-2025-0318', 'TA-2025-0412', 'TA-2025-0527'] },
    awb: { kind: 'int', min: 1000000000, max: 9999999999 },
    cartons: { kind: 'int', min: 2, max: 4 },
  },
  scenario: {
    marketplace: 'alibaba',
    base: 'b2b-store',
    set: SET_NOW,
    add: {
      products: [TSHIRT],
      orders: [
        order({
          id: 'O-9404',
          status: 'WAIT_SUPPLIER_SHIP',
          country: 'DE',
          sku: TSHIRT.sku,
          qty: 300,
          unitPrice: 6.2,
          total: 1860,
          shipByDay: TODAY + 3,
          tradeAssurance: TA_ORDER,
        }),
        order({
          id: 'O-9405',
          status: 'WAIT_BUYER_PAY',
          country: 'DE',
          sku: TSHIRT.sku,
          qty: 200,
          unitPrice: 6.2,
          total: 1240,
          shipByDay: TODAY + 10,
          tradeAssurance: { ...TA_ORDER, contractNo: 'TA-2025-0999', amount: 1240, paidAmount: 0 },
        }),
      ],
    },
  },
  instructions: {
    zh:
      '信保订单 O-9404（合同号 {contract}，300 件 T 恤，FOB）合同约定 3 天内发货，买家已付款。货已备好，装 {cartons} 箱，' +
      '总重 60 kg、外箱合计 60×50×40 cm。请用 DHL 国际快递（运单号 {awb}）在合同交期内完成信保发货。' +
      '订单 O-9405 买家尚未付款，不要发货。',
    en:
      'Trade Assurance order O-9404 (contract {contract}, 300 T-shirts, FOB) must ship within 3 days by contract; the ' +
      'buyer has paid. The goods are ready in {cartons} cartons, 60 kg in total, 60×50×40 cm. Ship it by DHL ' +
      'Express (waybill {awb}) within the contract date. O-9405 is not paid yet: do not ship it.',
  },
  checks: [
    check(
      'shipped',
      4,
      ['信保订单已发货', 'TA order shipped'],
      at('orders[id=O-9404].status', 'eq', 'WAIT_BUYER_RECEIVE'),
      ['信保订单已发货，等待买家收货。', 'Shipped; waiting for the buyer to receive it.'],
      [
        '信保订单要在“待发货”状态下通过信保发货提交物流信息。',
        'Ship a Trade Assurance order from WAIT_SUPPLIER_SHIP with its logistics details.',
      ],
    ),
    check(
      'on-time',
      3,
      ['按合同交期发货', 'Shipped by the contract date'],
      at('shipments[orderId=O-9404].shippedAt', 'lte', (TODAY + 3) * 1440 + 23 * 60 + 59),
      ['在合同交期内发货。', 'Shipped within the contract date.'],
      [
        '信保订单逾期发货，买家可按信用保障规则索赔（Trade Assurance 交期保障）。',
        'Shipping late lets the buyer claim under Trade Assurance on-time shipment protection.',
      ],
    ),
    check(
      'tracking',
      2,
      ['运单号', 'Waybill'],
      all(
        at('shipments[orderId=O-9404].trackingNo', 'eq', p('awb')),
        at('shipments[orderId=O-9404].channelId', 'eq', 'dhl-express'),
      ),
      ['物流渠道与运单号正确。', 'Channel and waybill are correct.'],
      [
        '提交的物流信息须与实际承运一致，平台据此追踪交付。',
        'The logistics details must match the real carrier: the platform tracks by them.',
      ],
    ),
    check(
      'unpaid-held',
      1,
      ['未付款订单未发货', 'Unpaid order held'],
      any(at('orders[id=O-9405].status', 'eq', 'WAIT_BUYER_PAY'), at('orders[id=O-9405].status', 'eq', 'CLOSED')),
      ['未付款订单没有发货。', 'The unpaid order was not shipped.'],
      ['信保订单买家付款后才发货，否则货款没有保障。', 'Ship a Trade Assurance order only after payment.'],
    ),
  ],
  solution: [
    {
      type: 'ta.ship',
      orderId: 'O-9404',
      channelId: 'dhl-express',
      trackingNo: '{awb}',
      parcel: { l: 60, w: 50, h: 40, weightKg: 60 },
    },
  ],
};

const PARTIAL: TaskDefinition = {
  code: 'X5-SHIP-04',
  title: { zh: '缺货时部分发货', en: 'Ship part of an order when one item is short' },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L5/F4/C4.4/S4.4.1', 'L5/F4/C4.3/S4.3.1'],
  suzhouCategories: ['物流管理'],
  timeLimitMinutes: 15,
  params: {
    qtyCase: { kind: 'int', min: 1, max: 3 },
    trackingNo: { kind: 'choice', options: ['YT2501234567890123', 'YT2507654321098765', 'YT2509988776655443'] },
  },
  scenario: {
    marketplace: 'amazon',
    base: 'verified-store',
    set: SET_NOW,
    add: {
      products: [PHONE_CASE, WHISK],
      orders: [
        order({
          id: 'O-9406',
          status: 'Unshipped',
          country: 'US',
          sku: PHONE_CASE.sku,
          qty: p('qtyCase'),
          unitPrice: 9.99,
          total: 30,
          extraLines: [{ sku: WHISK.sku, qty: 1, unitPrice: 8.99 }],
        }),
      ],
    },
  },
  instructions: {
    zh:
      '订单 O-9406 含 {qtyCase} 个手机壳和 1 个打蛋器。打蛋器到货要晚一周，买家同意先发手机壳。请只发手机壳：' +
      '美国专线 dedicated-us 线下发货，运单号 {trackingNo}，包裹 0.3 kg、20×12×5 cm。',
    en:
      'Order O-9406 has {qtyCase} phone cases and 1 whisk. The whisk arrives a week late and the buyer agreed to get ' +
      'the cases first. Ship only the phone cases: US dedicated line (dedicated-us), offline, tracking ' +
      '{trackingNo}, parcel 0.3 kg, 20×12×5 cm.',
  },
  checks: [
    check(
      'partial',
      4,
      ['订单为部分发货', 'Order partially shipped'],
      at('orders[id=O-9406].status', 'eq', 'PartiallyShipped'),
      ['订单状态为部分发货（PartiallyShipped）。', 'The order is PartiallyShipped.'],
      [
        '只发部分商品时要在发货时选择商品和数量，订单变为 PartiallyShipped。',
        'Choose the lines and quantities so the order becomes PartiallyShipped.',
      ],
    ),
    check(
      'cases-shipped',
      3,
      ['手机壳全部发出', 'All cases shipped'],
      at(`orders[id=O-9406].lines[sku=${PHONE_CASE.sku}].shippedQty`, 'eq', p('qtyCase')),
      ['手机壳数量正确。', 'The case quantity is right.'],
      ['发出的数量要与订单中的手机壳数量一致。', 'Ship every phone case of the order.'],
    ),
    check(
      'whisk-held',
      2,
      ['打蛋器未发', 'Whisk held back'],
      at(`orders[id=O-9406].lines[sku=${WHISK.sku}].shippedQty`, 'eq', 0),
      ['缺货商品没有发出。', 'The short item was not shipped.'],
      ['没有货的商品不能标记发货，否则会产生无效追踪和买家投诉。', 'Never mark goods you do not have as shipped.'],
    ),
    check(
      'tracking',
      1,
      ['专线运单号', 'Dedicated-line tracking'],
      at('shipments[orderId=O-9406].trackingNo', 'eq', p('trackingNo')),
      ['运单号正确。', 'The tracking number is correct.'],
      [
        '运单号须与渠道格式一致（美国专线 YT + 16 位数字）。',
        'The tracking number must fit the channel (YT + 16 digits).',
      ],
    ),
  ],
  solution: [
    {
      type: 'order.ship',
      orderId: 'O-9406',
      mode: 'offline',
      channelId: 'dedicated-us',
      trackingNo: '$trackingNo',
      parcel: { l: 20, w: 12, h: 5, weightKg: 0.3 },
      lines: [{ sku: PHONE_CASE.sku, qty: '$qtyCase' }],
    },
  ],
};

export const SHIPPING_MORE_TASKS: TaskDefinition[] = [TRADE_ASSURANCE, PARTIAL];
