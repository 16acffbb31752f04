/** Daily order handling (4.5.1–4.5.3, level 4): returns, exchanges and abnormal orders. */
import type { TaskDefinition } from '../tasks/types.js';
import { NOW, order, SET_NOW, TODAY } from './fixtures.js';
import { all, at, c, check, p } from './helpers.js';
import { PET_BOWL, PHONE_CASE, TSHIRT, WHISK } from './products.js';

const returnRequest = (
  id: string,
  kind: 'return' | 'exchange',
  sku: string,
  qty: unknown,
  reason: string,
  daysAgo: number,
) => ({
  id,
  kind,
  sku,
  qty,
  reason,
  status: 'requested',
  refundAmount: null,
  requestedAt: NOW - daysAgo * 1440,
});

const RETURNS: TaskDefinition = {
  code: 'X4-RET-01',
  title: { zh: '按退货制度处理两笔退货申请', en: 'Handle two return requests by the return policy' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L4/F4/C4.5/S4.5.1'],
  suzhouCategories: ['平台运营'],
  timeLimitMinutes: 15,
  params: {
    qty: { kind: 'int', min: 1, max: 3 },
  },
  computed: {
    refund: { fn: 'mul', args: { a: p('qty'), b: 14.99 } },
    refundRounded: { fn: 'round', args: { value: c('refund'), decimals: 2 } },
  },
  scenario: {
    marketplace: 'amazon',
    base: 'verified-store',
    set: SET_NOW,
    add: {
      products: [PET_BOWL, WHISK],
      orders: [
        {
          ...order({
            id: 'O-9501',
            status: 'Shipped',
            country: 'US',
            sku: PET_BOWL.sku,
            qty: 3,
            unitPrice: 14.99,
            total: 44.97,
            placedDay: TODAY - 14,
            shipped: true,
          }),
          returns: [returnRequest('R-9501', 'return', PET_BOWL.sku, p('qty'), 'Arrived dented (photos attached)', 1)],
        },
        order({
          id: 'O-9502',
          status: 'Shipped',
          country: 'US',
          sku: WHISK.sku,
          qty: 1,
          unitPrice: 8.99,
          placedDay: TODAY - 60,
          shipped: true,
          returns: [returnRequest('R-9502', 'return', WHISK.sku, 1, 'Changed my mind', 1)],
        }),
      ],
    },
  },
  instructions: {
    zh:
      '店铺退货制度：签收后 30 天内可退货；商品破损的由卖家承担，全额退还商品款。今天收到两笔退货申请：' +
      '① 订单 O-9501 共 3 个宠物碗（单价 $14.99），4 天前签收，买家反映其中 {qty} 个到货凹陷并附照片，申请退这 {qty} 个；' +
      '② 订单 O-9502，打蛋器，52 天前签收，买家“改变主意”。请分别处理：符合制度的批准并退款，不符合的拒绝并写明理由。',
    en:
      'Return policy: returns within 30 days of delivery; damaged goods are on the seller, with a full refund of the ' +
      'goods. Two requests came in today: ① order O-9501, 3 pet bowls at $14.99, delivered 4 days ago; {qty} of ' +
      'them arrived dented (photos attached) and the buyer returns those {qty}; ② order O-9502, a whisk, delivered 52 days ago, "changed my mind". Approve and ' +
      'refund what the policy allows, reject the other with the reason.',
  },
  checks: [
    check(
      'approved',
      3,
      ['批准合规退货', 'Valid return approved'],
      at('orders[id=O-9501].returns[id=R-9501].status', 'in', ['approved', 'received', 'refunded']),
      ['已批准破损商品的退货。', 'The damaged-goods return is approved.'],
      ['在退货期内且商品破损，按店铺退货制度应批准退货。', 'Within the window and damaged: the policy says approve.'],
    ),
    check(
      'refund',
      4,
      ['退款金额正确', 'Correct refund'],
      all(
        at('orders[id=O-9501].returns[id=R-9501].status', 'eq', 'refunded'),
        at('orders[id=O-9501].returns[id=R-9501].refundAmount', 'eq', c('refundRounded'), 0.01),
      ),
      ['已全额退还商品款。', 'The goods are refunded in full.'],
      [
        '破损由卖家承担：退款 = 退货数量 × 单价（全额商品款），不能少退。',
        'Damage is on the seller: refund = returned quantity × unit price (the full goods value).',
      ],
    ),
    check(
      'rejected',
      3,
      ['拒绝超期退货', 'Late return rejected'],
      at('orders[id=O-9502].returns[id=R-9502].status', 'eq', 'rejected'),
      ['超出退货期的申请已拒绝。', 'The request past the window is rejected.'],
      [
        '签收 52 天已超过 30 天退货期（平台退货政策），且非质量问题，应拒绝。',
        '52 days after delivery is past the 30-day window (marketplace returns policy) and not a defect: reject it.',
      ],
    ),
  ],
  solution: [
    { type: 'return.approve', orderId: 'O-9501', returnId: 'R-9501' },
    { type: 'return.refund', orderId: 'O-9501', returnId: 'R-9501', amount: '@refundRounded' },
    {
      type: 'return.reject',
      orderId: 'O-9502',
      returnId: 'R-9502',
      reason: 'The item was delivered 52 days ago, past our 30-day return window, and is not defective.',
    },
  ],
};

const EXCHANGE: TaskDefinition = {
  code: 'X4-EXC-01',
  title: { zh: '按换货制度为买家换尺码', en: 'Exchange a size by the exchange policy' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L4/F4/C4.5/S4.5.2'],
  suzhouCategories: ['平台运营', '物流管理'],
  timeLimitMinutes: 15,
  params: {
    country: { kind: 'choice', options: ['FR', 'DE', 'ES'] },
    weight: { kind: 'choice', options: [0.22, 0.25, 0.3] },
  },
  scenario: {
    marketplace: 'aliexpress',
    base: 'verified-store',
    set: SET_NOW,
    add: {
      products: [TSHIRT],
      orders: [
        {
          ...order({
            id: 'O-9503',
            status: 'WAIT_BUYER_ACCEPT_GOODS',
            country: '{country}',
            sku: TSHIRT.sku,
            qty: 1,
            unitPrice: 12.9,
            placedDay: TODAY - 20,
            shipped: true,
            receiptDeadlineDay: TODAY + 10,
          }),
          returns: [returnRequest('R-9503', 'exchange', TSHIRT.sku, 1, 'Size M too small, please send size L', 1)],
        },
      ],
    },
  },
  instructions: {
    zh:
      '店铺换货制度：收货 15 天内尺码不合适可免费换货一次，卖家重新寄出新尺码。订单 O-9503（发往 {country}）的买家申请把 M 码 T 恤换成 L 码。' +
      '请同意换货，并用 e 邮宝 epacket 重新寄出（包裹 {weight} kg，25×20×3 cm）。',
    en:
      'Exchange policy: within 15 days of receipt a wrong size is exchanged once for free and the seller sends the ' +
      'new size. The buyer of O-9503 (to {country}) asks to swap the M T-shirt for an L. Approve the exchange and ' +
      'reship by ePacket (epacket), parcel {weight} kg, 25×20×3 cm.',
  },
  checks: [
    check(
      'approved',
      3,
      ['同意换货', 'Exchange approved'],
      at('orders[id=O-9503].returns[id=R-9503].status', 'in', ['approved', 'received', 'reshipped']),
      ['已同意换货。', 'The exchange is approved.'],
      ['符合换货制度（15 天内、尺码问题）应同意换货。', 'Within 15 days and a size problem: the policy says approve.'],
    ),
    check(
      'reshipped',
      4,
      ['已寄出新尺码', 'New size shipped'],
      at('orders[id=O-9503].returns[id=R-9503].status', 'eq', 'reshipped'),
      ['换货商品已寄出。', 'The replacement is shipped.'],
      ['同意换货后要安排重新发货，换货才算完成。', 'An exchange is done only when the replacement ships.'],
    ),
    check(
      'channel',
      3,
      ['换货渠道', 'Reship channel'],
      at('shipments[orderId=O-9503].channelId', 'eq', 'epacket'),
      ['使用了 e 邮宝寄出。', 'Reshipped by ePacket.'],
      ['轻小件换货用 e 邮宝，成本低且可追踪。', 'A light replacement goes by ePacket: cheap and tracked.'],
    ),
  ],
  solution: [
    { type: 'return.approve', orderId: 'O-9503', returnId: 'R-9503' },
    {
      type: 'exchange.reship',
      orderId: 'O-9503',
      returnId: 'R-9503',
      channelId: 'epacket',
      parcel: { l: 25, w: 20, h: 3, weightKg: '$weight' },
    },
  ],
};

const ABNORMAL: TaskDefinition = {
  code: 'X4-ABN-01',
  title: { zh: '处理三笔异常订单', en: 'Handle three abnormal orders' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L4/F4/C4.5/S4.5.3'],
  suzhouCategories: ['平台运营', '物流管理'],
  timeLimitMinutes: 20,
  params: {
    zip: { kind: 'choice', options: ['10001', '10016', '10027'] },
    street: { kind: 'choice', options: ['350 5th Ave', '12 W 31st St', '240 Lenox Ave'] },
  },
  scenario: {
    marketplace: 'amazon',
    base: 'verified-store',
    set: SET_NOW,
    add: {
      products: [PHONE_CASE, WHISK, TSHIRT],
      orders: [
        {
          ...order({ id: 'O-9601', status: 'Unshipped', country: 'US', sku: PHONE_CASE.sku, qty: 1, unitPrice: 9.99 }),
          flags: ['address_unverified'],
          address: {
            name: 'Emily Carter',
            line1: '350 Fith Avenu',
            city: 'New York',
            state: 'NY',
            postalCode: '1000',
            country: 'US',
          },
        },
        order({
          id: 'O-9602',
          status: 'Unshipped',
          country: 'US',
          sku: WHISK.sku,
          qty: 5,
          unitPrice: 8.99,
          total: 44.95,
          flags: ['payment_risk'],
        }),
        order({
          id: 'O-9603',
          status: 'Unshipped',
          country: 'US',
          sku: TSHIRT.sku,
          qty: 1,
          unitPrice: 14.9,
          flags: ['out_of_stock'],
        }),
      ],
    },
  },
  instructions: {
    zh:
      '订单管理中有三笔异常订单，请逐一处理：\n① O-9601 地址未通过校验，买家回复正确地址为 {street}, New York, NY {zip}：修改地址并以“地址已更正”结案；\n' +
      '② O-9602 支付风控提示为盗卡风险，买家无法提供验证：退款给买家（取消订单）；\n' +
      '③ O-9603 缺货，但补货今天已入库、仍在发货期内：以“已补货”结案，不要取消。',
    en:
      'Three orders are flagged; handle each:\n① O-9601 failed address verification; the buyer replied with the ' +
      'right address {street}, New York, NY {zip}: correct it and resolve as "address corrected";\n② O-9602 has a ' +
      'stolen-card payment risk and the buyer cannot verify: refund the buyer (cancel);\n③ O-9603 is out of stock, ' +
      'but the restock arrived today within the ship-by date: resolve as "restocked", do not cancel.',
  },
  checks: [
    check(
      'address',
      3,
      ['地址已更正', 'Address corrected'],
      all(
        at('orders[id=O-9601].address.postalCode', 'eq', p('zip')),
        at('orders[id=O-9601].address.line1', 'eq', p('street')),
        at('orders[id=O-9601].flags', 'excludes', 'address_unverified'),
      ),
      ['地址已更正，异常已解除。', 'The address is corrected and the flag cleared.'],
      [
        '地址异常要先按买家确认的地址修改，再解除异常（address_corrected）。',
        'Fix the address the buyer confirmed, then resolve the flag (address_corrected).',
      ],
    ),
    check(
      'risk',
      3,
      ['风险订单已退款取消', 'Risky order refunded'],
      all(at('orders[id=O-9602].status', 'eq', 'Canceled'), at('orders[id=O-9602].flags', 'excludes', 'payment_risk')),
      ['风险订单已取消并退款。', 'The risky order is cancelled and refunded.'],
      [
        '支付风险无法核实时不能发货，应退款取消，避免拒付（chargeback）损失。',
        'An unverifiable payment risk must not ship: refund and cancel to avoid a chargeback.',
      ],
    ),
    check(
      'restocked',
      3,
      ['缺货订单保留', 'Restocked order kept'],
      all(at('orders[id=O-9603].status', 'eq', 'Unshipped'), at('orders[id=O-9603].flags', 'excludes', 'out_of_stock')),
      ['已补货，订单保留待发。', 'Restocked; the order stays to be shipped.'],
      [
        '能在发货期内补货的缺货订单不要取消——卖家取消会计入取消率（账户健康指标 < 2.5%）。',
        'If stock arrives within the ship-by date, do not cancel: seller cancellations count against the cancellation rate (< 2.5 %).',
      ],
    ),
  ],
  solution: [
    {
      type: 'order.modify',
      orderId: 'O-9601',
      address: {
        name: 'Emily Carter',
        line1: '$street',
        city: 'New York',
        state: 'NY',
        postalCode: '$zip',
        country: 'US',
      },
    },
    { type: 'order.resolveAbnormal', orderId: 'O-9601', flag: 'address_unverified', resolution: 'address_corrected' },
    { type: 'order.resolveAbnormal', orderId: 'O-9602', flag: 'payment_risk', resolution: 'refund_buyer' },
    { type: 'order.resolveAbnormal', orderId: 'O-9603', flag: 'out_of_stock', resolution: 'restocked' },
  ],
};

export const AFTER_SALES_TASKS: TaskDefinition[] = [RETURNS, EXCHANGE, ABNORMAL];
