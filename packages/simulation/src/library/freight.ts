/** International logistics (4.6.1–4.6.3, level 4): freight enquiry and calculation, channel choice, overseas warehouse. */
import type { Operand, TaskDefinition } from '../tasks/types.js';
import { order, SET_NOW } from './fixtures.js';
import { all, at, c, check, did, p } from './helpers.js';
import { PHONE_CASE, YOGA_MAT } from './products.js';

/** A parcel argument for the freight computations, built from the task's parameters. */
const parcelArg = (l: Operand, w: Operand, h: Operand, weightKg: Operand): Operand =>
  ({ l, w, h, weightKg }) as unknown as Operand;

const CALCULATE: TaskDefinition = {
  code: 'X4-FRT-01',
  title: { zh: '查询运价并核算快递运费', en: 'Look up the rate and calculate express freight' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L4/F4/C4.6/S4.6.1', 'L4/F4/C4.6/S4.6.2'],
  suzhouCategories: ['物流管理'],
  timeLimitMinutes: 15,
  params: {
    l: { kind: 'int', min: 30, max: 60 },
    w: { kind: 'int', min: 25, max: 45 },
    h: { kind: 'int', min: 15, max: 35 },
    weight: { kind: 'number', min: 2, max: 9, decimals: 1 },
    country: { kind: 'choice', options: ['US', 'GB', 'DE', 'AU', 'JP'] },
  },
  computed: {
    chargeable: {
      fn: 'chargeableWeight',
      args: { channel: 'dhl-express', parcel: parcelArg(p('l'), p('w'), p('h'), p('weight')) },
    },
    freightRaw: {
      fn: 'freightQuote',
      args: { channel: 'dhl-express', country: p('country'), parcel: parcelArg(p('l'), p('w'), p('h'), p('weight')) },
    },
    freight: { fn: 'round', args: { value: c('freightRaw'), decimals: 2 } },
  },
  scenario: { marketplace: 'aliexpress', base: 'verified-store' },
  instructions: {
    zh:
      '一票样品要用 DHL 国际快递寄往 {country}：外箱 {l}×{w}×{h} cm，实重 {weight} kg。请先在运价查询工具中查询，再核算：' +
      '① 计费重（kg，答案键 chargeableKg）；② 含燃油附加费的运费（元，答案键 freightCny）。',
    en:
      'A sample shipment goes by DHL Express to {country}: carton {l}×{w}×{h} cm, actual weight {weight} kg. Look ' +
      'the rate up with the freight tool, then work out ① the chargeable weight (kg, answer key chargeableKg) and ② ' +
      'the freight including fuel surcharge (CNY, answer key freightCny).',
  },
  checks: [
    check(
      'quoted',
      2,
      ['使用运价查询', 'Used the rate tool'],
      did('logistics.quote'),
      ['已查询运价。', 'The rate was looked up.'],
      ['核算前先按目的地、重量和尺寸查询渠道运价。', 'Look up the rate by destination, weight and size first.'],
    ),
    check(
      'chargeable',
      4,
      ['计费重', 'Chargeable weight'],
      at('answers.chargeableKg', 'eq', c('chargeable'), 0.001),
      ['计费重正确。', 'The chargeable weight is correct.'],
      [
        'DHL 计费重 = max(实重, 长×宽×高 ÷ 5000)，再按 0.5 kg 进位（DHL Express 体积重规则）。',
        'DHL chargeable weight = max(actual, L×W×H ÷ 5000), rounded up to the next 0.5 kg (DHL volumetric rule).',
      ],
    ),
    check(
      'freight',
      4,
      ['运费', 'Freight'],
      at('answers.freightCny', 'eq', c('freight'), 0.5),
      ['运费正确。', 'The freight is correct.'],
      [
        '运费 = 首重价 + 续重步数 × 续重价，再加燃油附加费（运费 × 燃油费率，DHL 按月调整）。',
        'Freight = first-weight price + steps × step price, plus the fuel surcharge (a monthly % of the transport charge).',
      ],
    ),
  ],
  solution: [
    { type: 'logistics.quote', destination: '$country', parcel: { l: '$l', w: '$w', h: '$h', weightKg: '$weight' } },
    { type: 'answer.submit', key: 'chargeableKg', value: '@chargeable' },
    { type: 'answer.submit', key: 'freightCny', value: '@freight' },
  ],
};

const EXPRESS = ['dhl-express', 'ups-saver', 'sf-intl'];

const CHOOSE: TaskDefinition = {
  code: 'X4-FRT-02',
  title: { zh: '比较报价选择最经济的快递渠道发货', en: 'Compare quotes and ship by the cheapest express' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L4/F4/C4.6/S4.6.2', 'L4/F4/C4.6/S4.6.3'],
  suzhouCategories: ['物流管理'],
  timeLimitMinutes: 20,
  params: {
    country: { kind: 'choice', options: ['US', 'GB', 'DE', 'AU'] },
    qty: { kind: 'int', min: 2, max: 5 },
    h: { kind: 'int', min: 30, max: 60, step: 5 },
  },
  computed: {
    parcelKg: { fn: 'mul', args: { a: p('qty'), b: 1 } },
    best: {
      fn: 'cheapestChannel',
      args: { country: p('country'), parcel: parcelArg(65, 30, p('h'), c('parcelKg')), channels: EXPRESS },
    },
  },
  scenario: {
    marketplace: 'amazon',
    base: 'verified-store',
    set: SET_NOW,
    add: {
      products: [YOGA_MAT],
      orders: [
        order({
          id: 'O-9801',
          status: 'Unshipped',
          country: '{country}',
          sku: YOGA_MAT.sku,
          qty: p('qty'),
          unitPrice: 24.9,
        }),
      ],
    },
  },
  instructions: {
    zh:
      '订单 O-9801 是 {qty} 张瑜伽垫，买家要求一周内送达 {country}。打包后外箱 65×30×{h} cm，重 {qty} kg（泡货）。' +
      '可选渠道：DHL、UPS、顺丰国际，时效都满足。请比较三家报价（注意各自的体积重除数），选择总运费最低的渠道线上发货。',
    en:
      'Order O-9801 is {qty} yoga mats; the buyer needs it in {country} within a week. Packed: 65×30×{h} cm, {qty} ' +
      'kg (bulky). DHL, UPS and SF International all meet the time. Compare the three quotes (mind their volumetric ' +
      'divisors) and ship online by the cheapest.',
  },
  checks: [
    check(
      'quoted',
      2,
      ['比较了报价', 'Compared quotes'],
      did('logistics.quote'),
      ['已查询并比较报价。', 'Quotes were compared.'],
      ['选择渠道前要查询各渠道报价进行比较。', 'Compare the channel quotes before choosing.'],
    ),
    check(
      'cheapest',
      5,
      ['选择最经济的渠道', 'Cheapest channel chosen'],
      at('shipments[orderId=O-9801].channelId', 'eq', c('best')),
      ['选择了总运费最低的渠道。', 'The cheapest channel was chosen.'],
      [
        '泡货按体积重计费：DHL、UPS 除以 5000，顺丰除以 6000，再按各自首续重价和燃油附加费比较总价。',
        'Bulky goods pay by volume: DHL and UPS divide by 5000, SF by 6000; then compare first/step prices plus fuel.',
      ],
    ),
    check(
      'shipped',
      3,
      ['订单已发货', 'Order shipped'],
      all(at('orders[id=O-9801].status', 'eq', 'Shipped'), at('shipments[orderId=O-9801].mode', 'eq', 'online')),
      ['订单已线上发货。', 'The order is shipped online.'],
      ['选好渠道后在平台线上发货，生成运单号。', 'Ship online with the chosen channel to get the tracking number.'],
    ),
  ],
  solution: [
    {
      type: 'logistics.quote',
      destination: '$country',
      parcel: { l: 65, w: 30, h: '$h', weightKg: '@parcelKg' },
      channelIds: EXPRESS,
    },
    {
      type: 'order.ship',
      orderId: 'O-9801',
      mode: 'online',
      channelId: '@best',
      parcel: { l: 65, w: 30, h: '$h', weightKg: '@parcelKg' },
    },
  ],
};

const WAREHOUSE: TaskDefinition = {
  code: 'X4-OW-01',
  title: { zh: '海外仓补货入库与一件代发', en: 'Replenish the overseas warehouse and fulfil from it' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L4/F4/C4.6/S4.6.3'],
  suzhouCategories: ['物流管理', '产品采购'],
  timeLimitMinutes: 20,
  params: {
    daily: { kind: 'int', min: 8, max: 20 },
    safety: { kind: 'int', min: 5, max: 10 },
    stock: { kind: 'int', min: 40, max: 90 },
  },
  computed: {
    cover: { fn: 'add', args: { a: 12, b: p('safety') } },
    demand: { fn: 'mul', args: { a: p('daily'), b: c('cover') } },
    need: { fn: 'sub', args: { a: c('demand'), b: p('stock') } },
    parcelRaw: { fn: 'mul', args: { a: c('need'), b: 0.06 } },
    parcelKg: { fn: 'round', args: { value: c('parcelRaw'), decimals: 1 } },
  },
  scenario: {
    marketplace: 'amazon',
    base: 'verified-store',
    set: [
      ...SET_NOW,
      {
        path: 'warehouse.stock',
        value: [{ warehouseId: 'ow-us-la', sku: PHONE_CASE.sku, qty: p('stock') }] as unknown as Operand,
      },
    ],
    add: {
      products: [PHONE_CASE],
      orders: [
        {
          ...order({ id: 'O-9802', status: 'Unshipped', country: 'US', sku: PHONE_CASE.sku, qty: 1, unitPrice: 9.99 }),
          fulfilment: 'WAREHOUSE',
        },
      ],
    },
  },
  instructions: {
    zh:
      '美国洛杉矶海外仓（ow-us-la）手机壳日均销量 {daily} 个，现有库存 {stock} 个；头程到仓需 12 天，安全库存按 {safety} 天销量。' +
      '① 按“补货量 = 日均销量 × (头程天数 + 安全天数) − 现有库存”创建入库单并用 DHL 发出头程（外箱 60×40×40 cm，' +
      '重量按每个 0.06 kg 计，保留 1 位小数）；② 订单 O-9802 从海外仓一件代发。',
    en:
      'The Los Angeles warehouse (ow-us-la) sells {daily} phone cases a day and holds {stock}; inbound takes 12 days ' +
      'and safety stock is {safety} days of sales. ① Create an inbound for "reorder = daily sales × (inbound days + ' +
      'safety days) − stock" and send it by DHL (carton 60×40×40 cm, weight 0.06 kg per piece, one decimal); ② ' +
      'fulfil order O-9802 from the warehouse.',
  },
  checks: [
    check(
      'qty',
      4,
      ['补货数量', 'Reorder quantity'],
      at('warehouse.inbound[warehouseId=ow-us-la].lines[0].qty', 'eq', c('need')),
      ['补货数量正确。', 'The reorder quantity is correct.'],
      [
        '补货量 = 日均销量 × (头程天数 + 安全库存天数) − 现有库存；补少会断货，补多会增加仓储费。',
        'Reorder = daily sales × (inbound + safety days) − stock; too few runs out, too many costs storage.',
      ],
    ),
    check(
      'sent',
      2,
      ['头程已发出', 'Inbound sent'],
      at('warehouse.inbound[warehouseId=ow-us-la].status', 'in', ['shipped', 'received']),
      ['入库单已发出。', 'The inbound is on its way.'],
      ['创建入库单后要安排头程发货，海外仓才会收货上架。', 'Ship the inbound so the warehouse can receive it.'],
    ),
    check(
      'fulfilled',
      4,
      ['海外仓发货', 'Fulfilled from the warehouse'],
      all(
        at('warehouse.outbound[orderId=O-9802].warehouseId', 'eq', 'ow-us-la'),
        at('orders[id=O-9802].status', 'eq', 'Shipped'),
      ),
      ['订单已由海外仓一件代发。', 'The order shipped from the warehouse.'],
      [
        '海外仓订单在系统中创建出库，由仓库本地派送，时效 2–5 天。',
        'Warehouse orders ship by an outbound from local stock (2–5 days).',
      ],
    ),
  ],
  solution: [
    { type: 'warehouse.createInbound', warehouseId: 'ow-us-la', lines: [{ sku: PHONE_CASE.sku, qty: '@need' }] },
    {
      type: 'warehouse.shipInbound',
      inboundId: '#last:IB',
      channelId: 'dhl-express',
      parcel: { l: 60, w: 40, h: 40, weightKg: '@parcelKg' },
    },
    { type: 'warehouse.fulfil', warehouseId: 'ow-us-la', orderId: 'O-9802' },
  ],
};

export const FREIGHT_TASKS: TaskDefinition[] = [CALCULATE, CHOOSE, WAREHOUSE];
