/** Shipping orders (4.4.1–4.4.2, level 5): offline with the carrier's waybill, online with the marketplace label. */
import type { TaskDefinition } from '../tasks/types.js';
import { order, SET_NOW } from './fixtures.js';
import { all, at, check, p } from './helpers.js';
import { PHONE_CASE, SERUM } from './products.js';

const OFFLINE: TaskDefinition = {
  code: 'X5-SHIP-01',
  title: { zh: '为液体商品选择渠道并线下发货', en: 'Choose a channel for a liquid product and ship offline' },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L5/F4/C4.4/S4.4.1'],
  suzhouCategories: ['物流管理'],
  timeLimitMinutes: 15,
  params: {
    qty: { kind: 'int', min: 1, max: 3 },
    dhlAwb: { kind: 'int', min: 1000000000, max: 9999999999 },
    epacketNo: { kind: 'choice', options: ['LX123456785CN', 'LY204861937CN', 'LZ318275640CN'] },
    weight: { kind: 'choice', options: [0.6, 0.8] },
  },
  scenario: {
    marketplace: 'amazon',
    base: 'verified-store',
    set: SET_NOW,
    add: {
      products: [SERUM],
      orders: [
        order({ id: 'O-9401', status: 'Unshipped', country: 'US', sku: SERUM.sku, qty: p('qty'), unitPrice: 15.9 }),
      ],
    },
  },
  instructions: {
    zh:
      '订单 O-9401 购买了 {qty} 瓶玻尿酸精华液（液体）。货代已为你预订了两个渠道：e 邮宝（运单号 {epacketNo}）和 DHL 国际快递' +
      '（运单号 {dhlAwb}）。请根据商品特性选择能承运的渠道，在后台以“线下发货”方式填写对应运单号发货。包裹 {weight} kg，20×15×10 cm。',
    en:
      'Order O-9401 bought {qty} bottles of hyaluronic serum (a liquid). The forwarder booked two options for you: ' +
      'ePacket (waybill {epacketNo}) and DHL Express (waybill {dhlAwb}). Pick the channel that may carry these goods ' +
      'and ship offline with its waybill number. Parcel {weight} kg, 20×15×10 cm.',
  },
  checks: [
    check(
      'shipped',
      3,
      ['订单已发货', 'Order shipped'],
      at('orders[id=O-9401].status', 'eq', 'Shipped'),
      ['订单已发货。', 'The order is shipped.'],
      [
        '线下发货要在后台填写运单号确认发货，订单才会变为 Shipped。',
        'Confirm shipment with the waybill so the order becomes Shipped.',
      ],
    ),
    check(
      'channel',
      4,
      ['渠道可承运液体', 'Channel accepts liquids'],
      at('shipments[orderId=O-9401].channelId', 'eq', 'dhl-express'),
      ['选择了可承运液体的 DHL 国际快递。', 'DHL Express, which accepts liquids, was chosen.'],
      [
        '邮政小包和 e 邮宝不收液体、粉末类商品（中国邮政国际业务禁限寄规定），液体应走商业快递。',
        'Postal small packets and ePacket refuse liquids (China Post prohibited items); ship liquids by express.',
      ],
    ),
    check(
      'tracking',
      2,
      ['运单号正确', 'Correct waybill'],
      at('shipments[orderId=O-9401].trackingNo', 'eq', p('dhlAwb')),
      ['运单号与渠道一致。', 'The waybill matches the channel.'],
      [
        '填写的运单号必须是所选承运商的真实单号，否则追踪无效会影响“有效追踪率”。',
        "Enter the chosen carrier's real waybill, or the valid-tracking rate suffers.",
      ],
    ),
    check(
      'offline',
      1,
      ['线下发货', 'Offline shipping'],
      at('shipments[orderId=O-9401].mode', 'eq', 'offline'),
      ['使用了线下发货。', 'Shipped offline.'],
      ['自行联系货代取得运单号的，在后台选择“线下发货”。', 'When the forwarder gives the waybill, ship offline.'],
    ),
  ],
  solution: [
    {
      type: 'order.ship',
      orderId: 'O-9401',
      mode: 'offline',
      channelId: 'dhl-express',
      trackingNo: '{dhlAwb}',
      parcel: { l: 20, w: 15, h: 10, weightKg: '$weight' },
    },
  ],
};

const ONLINE: TaskDefinition = {
  code: 'X5-SHIP-02',
  title: { zh: '平台线上发货', en: 'Ship online through the marketplace' },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L5/F4/C4.4/S4.4.2'],
  suzhouCategories: ['物流管理', '平台运营'],
  timeLimitMinutes: 10,
  params: {
    country: { kind: 'choice', options: ['FR', 'DE', 'ES', 'GB'] },
    weight: { kind: 'choice', options: [0.08, 0.1, 0.12] },
  },
  scenario: {
    marketplace: 'aliexpress',
    base: 'verified-store',
    set: SET_NOW,
    add: {
      products: [PHONE_CASE],
      orders: [
        order({
          id: 'O-9402',
          status: 'WAIT_SELLER_SEND_GOODS',
          country: '{country}',
          sku: PHONE_CASE.sku,
          qty: 1,
          unitPrice: 4.99,
        }),
        order({
          id: 'O-9403',
          status: 'IN_CANCEL',
          country: '{country}',
          sku: PHONE_CASE.sku,
          qty: 1,
          unitPrice: 4.99,
        }),
      ],
    },
  },
  instructions: {
    zh:
      '订单 O-9402（手机壳，发往 {country}）买家选择了“中国邮政挂号小包”。请通过平台线上发货：选择该渠道，包裹 {weight} kg、' +
      '18×10×3 cm，由平台生成运单号。订单 O-9403 买家已申请取消，不要发货。',
    en:
      'For order O-9402 (phone case to {country}) the buyer chose China Post registered small packet. Ship it online ' +
      'through the marketplace with that channel, parcel {weight} kg, 18×10×3 cm; the marketplace issues the tracking ' +
      'number. The buyer of O-9403 asked to cancel: do not ship it.',
  },
  checks: [
    check(
      'status',
      3,
      ['订单进入等待买家收货', 'Order awaits buyer receipt'],
      at('orders[id=O-9402].status', 'eq', 'WAIT_BUYER_ACCEPT_GOODS'),
      ['订单已发货，等待买家收货。', 'Shipped; waiting for the buyer to receive it.'],
      [
        '线上发货成功后订单由 WAIT_SELLER_SEND_GOODS 变为 WAIT_BUYER_ACCEPT_GOODS。',
        'After shipping the order moves to WAIT_BUYER_ACCEPT_GOODS.',
      ],
    ),
    check(
      'online',
      2,
      ['线上发货', 'Online shipping'],
      all(
        at('shipments[orderId=O-9402].mode', 'eq', 'online'),
        at('shipments[orderId=O-9402].trackingNo', 'matches', '^R[A-Z]\\d{9}CN$'),
      ),
      ['使用线上发货，平台生成了挂号小包单号。', 'Shipped online with a registered small-packet number.'],
      [
        '线上发货由平台生成运单号（挂号小包格式 RX123456789CN）。',
        'Online shipping issues the number (small packet format RX123456789CN).',
      ],
    ),
    check(
      'channel',
      2,
      ['买家选择的渠道', "Buyer's channel"],
      at('shipments[orderId=O-9402].channelId', 'eq', 'cn-post-small'),
      ['渠道与买家选择一致。', "The channel matches the buyer's choice."],
      [
        '发货渠道应与买家下单时选择的物流方式一致，否则可能引起纠纷。',
        "Ship with the buyer's chosen method, or a dispute may follow.",
      ],
    ),
    check(
      'cancel-respected',
      3,
      ['申请取消的订单未发货', 'Cancel request respected'],
      all(at('orders[id=O-9403].shipmentIds.length', 'eq', 0), {
        kind: 'not',
        of: { kind: 'action', type: 'order.ship', where: { orderId: 'O-9403' }, refused: true },
      }),
      ['没有给申请取消的订单发货。', 'The order under a cancel request was not shipped.'],
      [
        '买家申请取消（IN_CANCEL）的订单不能发货，也不要尝试发货，应先处理取消申请。',
        'Do not ship, or try to ship, an order in IN_CANCEL; handle the cancel request instead.',
      ],
    ),
  ],
  solution: [
    {
      type: 'order.ship',
      orderId: 'O-9402',
      mode: 'online',
      channelId: 'cn-post-small',
      parcel: { l: 18, w: 10, h: 3, weightKg: '$weight' },
    },
  ],
};

export const SHIPPING_TASKS: TaskDefinition[] = [OFFLINE, ONLINE];
