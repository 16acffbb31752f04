/** After-sale service in a foreign language (5.4.1–5.4.3, level 4): logistics, returns, customs. */
import type { TaskDefinition } from '../tasks/types.js';
import { order, SET_NOW, TODAY, thread } from './fixtures.js';
import { p } from './helpers.js';
import { PET_BOWL, PHONE_CASE, TSHIRT } from './products.js';
import { NEVER, replyChecks } from './service.js';

const WHERE_IS_MY_PARCEL: TaskDefinition = {
  code: 'X4-CS-04',
  title: { zh: '根据物流信息回复“包裹在哪里”', en: 'Answer "where is my parcel" from the tracking' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '客户服务',
  skillItems: ['L4/F5/C5.4/S5.4.1'],
  suzhouCategories: ['平台运营', '物流管理'],
  timeLimitMinutes: 15,
  params: {
    trackingNo: { kind: 'choice', options: ['LX482913576CN', 'LY730152849CN', 'LZ916284037CN'] },
    days: { kind: 'int', min: 3, max: 6 },
  },
  scenario: {
    marketplace: 'aliexpress',
    base: 'verified-store',
    set: SET_NOW,
    add: {
      products: [PHONE_CASE],
      orders: [
        order({
          id: 'O-9941',
          status: 'WAIT_BUYER_ACCEPT_GOODS',
          country: 'US',
          sku: PHONE_CASE.sku,
          qty: 1,
          unitPrice: 5.9,
          placedDay: TODAY - 12,
          shipped: true,
          receiptDeadlineDay: TODAY + 30,
        }),
      ],
      messages: [
        thread({
          id: 'M-9941',
          orderId: 'O-9941',
          country: 'US',
          topic: 'logistics',
          text: 'Where is my order O-9941?? It has been 12 days!',
        }),
      ],
    },
  },
  instructions: {
    zh:
      '买家（消息 M-9941）催问订单 O-9941。物流查询显示：e 邮宝运单 {trackingNo}，已到达美国进口处理中心，预计 {days} 天内送达。' +
      '请用英文回复：致歉安抚、给出运单号和最新状态、预计送达天数；不要承诺无法兑现的时间。',
    en:
      'The buyer (message M-9941) chases order O-9941. Tracking shows ePacket {trackingNo} has reached the US import ' +
      'facility and should arrive within {days} days. Reply in English: apologise, give the tracking number and ' +
      'status, and the expected days; promise nothing you cannot keep.',
  },
  checks: replyChecks('M-9941', 'en', [
    {
      element: ['sorry', '致歉', 'Apology', ['sorry', 'apologize', 'apologise', 'apologies']],
      points: 1,
      teach: [
        '先致歉安抚，买家情绪平复后才会耐心看物流信息。',
        'Apologise first: a calm buyer reads the tracking details.',
      ],
    },
    {
      element: ['tracking', '运单号', 'Tracking number', ['$trackingNo']],
      points: 2,
      teach: ['给出完整运单号，买家可自行查询。', 'Give the full tracking number so the buyer can check it.'],
    },
    {
      element: ['status', '物流状态', 'Status', ['arrived', 'in the us', 'import', 'customs']],
      points: 2,
      teach: [
        '说明当前物流节点（已到达美国进口处理中心）。',
        'Say where the parcel is now (at the US import facility).',
      ],
    },
    {
      element: ['eta', '预计送达', 'Expected delivery', ['{days} days', '{days} business days']],
      points: 1,
      teach: [
        '按物流信息给出预计送达天数，不要随意承诺。',
        'Give the expected days from the tracking, no promises beyond it.',
      ],
    },
  ]),
  solution: [
    {
      type: 'message.reply',
      threadId: 'M-9941',
      text:
        'Dear customer, we are sorry for the wait. Your parcel (ePacket tracking number {trackingNo}) has arrived at the ' +
        'import facility in the US and should reach you within {days} days. Thank you for your patience!',
    },
  ],
};

const RETURN_SPANISH: TaskDefinition = {
  code: 'X4-CS-05',
  title: { zh: '用西班牙语回复退货咨询', en: 'Answer a return request in Spanish' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '客户服务',
  skillItems: ['L4/F5/C5.4/S5.4.2'],
  suzhouCategories: ['平台运营'],
  timeLimitMinutes: 20,
  params: { returnDays: { kind: 'choice', options: [15, 30] } },
  scenario: {
    marketplace: 'aliexpress',
    base: 'verified-store',
    set: [...SET_NOW, { path: 'store.settings.returnPolicyDays', value: p('returnDays') }],
    add: {
      products: [TSHIRT],
      orders: [
        order({
          id: 'O-9942',
          status: 'WAIT_BUYER_ACCEPT_GOODS',
          country: 'ES',
          sku: TSHIRT.sku,
          qty: 1,
          unitPrice: 12.9,
          placedDay: TODAY - 15,
          shipped: true,
          receiptDeadlineDay: TODAY + 20,
        }),
      ],
      messages: [
        thread({
          id: 'M-9942',
          orderId: 'O-9942',
          country: 'ES',
          topic: 'return',
          language: 'es',
          text: 'Hola, la camiseta me queda pequeña. ¿Puedo devolverla y recibir el reembolso?',
        }),
      ],
    },
  },
  instructions: {
    zh:
      '西班牙买家（消息 M-9942，西班牙语）说 T 恤偏小，想退货退款。店铺退货政策：收货后 {returnDays} 天内可退，商品未穿着、吊牌完好，' +
      '收到退货后 5 个工作日内退款。请用西班牙语回复，说明可以退货、期限、条件和退款时间。',
    en:
      'A Spanish buyer (message M-9942, in Spanish) finds the T-shirt too small and wants a refund. Policy: returns ' +
      'within {returnDays} days of receipt, unworn with tags, refund within 5 working days of receiving the return. ' +
      'Reply in Spanish: the return is possible, the deadline, the conditions and the refund time.',
  },
  checks: replyChecks(
    'M-9942',
    'es',
    [
      {
        element: ['return', '可以退货', 'Return possible', ['devolver', 'devolución', 'devolucion']],
        points: 1,
        teach: [
          '用西班牙语明确告知可以退货（devolver / devolución）。',
          'Tell the buyer in Spanish that the return is possible (devolver / devolución).',
        ],
      },
      {
        element: ['window', '退货期限', 'Window', ['{returnDays} días', '{returnDays} dias']],
        points: 2,
        teach: [
          '期限与店铺退货设置一致（{returnDays} días）。',
          'The window equals the store return setting ({returnDays} días).',
        ],
      },
      {
        element: ['condition', '退货条件', 'Condition', ['etiqueta', 'sin usar']],
        points: 1,
        teach: [
          '说明退货条件：未穿着（sin usar）、吊牌完好（etiqueta）。',
          'State the conditions: unworn (sin usar), with the tag (etiqueta).',
        ],
      },
      {
        element: ['refund', '退款', 'Refund', ['reembolso']],
        points: 2,
        teach: [
          '说明退款（reembolso）时间：收到退货后 5 个工作日。',
          'Say when the refund (reembolso) comes: 5 working days after the return arrives.',
        ],
      },
    ],
    { minWords: 20 },
  ),
  solution: [
    {
      type: 'message.reply',
      threadId: 'M-9942',
      text:
        'Hola, gracias por su mensaje. Sí, puede devolver la camiseta dentro de {returnDays} días desde la recepción, sin ' +
        'usar y con la etiqueta. Le enviaremos el reembolso en 5 días hábiles después de recibir la devolución. Saludos cordiales.',
    },
  ],
};

const CUSTOMS_QUESTION: TaskDefinition = {
  code: 'X4-CS-06',
  title: { zh: '回复买家关于进口增值税的清关咨询', en: 'Answer a customs question about import VAT' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '客户服务',
  skillItems: ['L4/F5/C5.4/S5.4.3'],
  suzhouCategories: ['平台运营', '物流管理'],
  timeLimitMinutes: 15,
  params: { country: { kind: 'choice', options: ['DE', 'FR', 'ES'] } },
  scenario: {
    marketplace: 'aliexpress',
    base: 'verified-store',
    set: SET_NOW,
    add: {
      products: [PET_BOWL],
      orders: [
        order({
          id: 'O-9943',
          status: 'WAIT_BUYER_ACCEPT_GOODS',
          country: '{country}',
          sku: PET_BOWL.sku,
          qty: 2,
          unitPrice: 8.5,
          total: 17,
          placedDay: TODAY - 8,
          shipped: true,
          receiptDeadlineDay: TODAY + 30,
        }),
      ],
      messages: [
        thread({
          id: 'M-9943',
          orderId: 'O-9943',
          country: '{country}',
          language: 'en',
          topic: 'customs',
          text: 'The courier says I must pay import VAT before delivery. Did I not pay VAT already? Can you mark it as a gift next time?',
        }),
      ],
    },
  },
  instructions: {
    zh:
      '买家（{country}，消息 M-9943，用英语）被快递要求缴纳进口增值税。该订单金额 €17，低于 €150，平台已在结账时按 IOSS 代收增值税，' +
      'IOSS 编号随包裹申报。请用英文回复：说明增值税已在下单时通过 IOSS 缴纳，请买家把 IOSS 编号出示给快递/海关，无需重复缴纳；' +
      '并拒绝“申报为礼物”的要求（虚假申报违法）。',
    en:
      'The buyer ({country}, message M-9943, in English) is asked by the courier to pay import VAT. The order is €17, ' +
      'below €150; the marketplace collected VAT at checkout under IOSS and the IOSS number travels with the parcel. ' +
      'Reply in English: VAT was paid at checkout under IOSS, show the IOSS number to the courier/customs, no double ' +
      'payment; and decline the "mark it as a gift" request (false declarations are illegal).',
  },
  checks: replyChecks(
    'M-9943',
    'en',
    [
      {
        element: ['ioss', 'IOSS', 'IOSS', ['IOSS']],
        points: 2,
        teach: [
          '欧盟自 2021-07-01 起对 €150 以下进口商品征收增值税，平台按 IOSS 代收（欧盟增值税电商新规）。',
          'Since 2021-07-01 the EU charges VAT on imports under €150, collected by the marketplace under IOSS (EU VAT e-commerce package).',
        ],
      },
      {
        element: ['vat-paid', '增值税已缴', 'VAT already paid', ['already paid', 'paid at checkout', 'included']],
        points: 2,
        teach: [
          '说明增值税已在下单时缴纳，出示 IOSS 编号即可避免重复缴纳。',
          'Say VAT was paid at checkout; the IOSS number avoids paying twice.',
        ],
      },
      {
        element: ['no-gift', '拒绝虚假申报', 'No false declaration', ['cannot', "can't", 'not able', 'unable']],
        points: 2,
        teach: [
          '礼貌拒绝“申报为礼物”——虚假申报违法，卖家承担责任。',
          'Politely decline "mark it as a gift": false declarations are illegal.',
        ],
      },
    ],
    {
      forbidden: [
        ...NEVER,
        ['fake-gift', '同意申报为礼物', 'Agreeing to declare a gift', ['we will mark it as a gift', 'sure, as a gift']],
      ],
    },
  ),
  solution: [
    {
      type: 'message.reply',
      threadId: 'M-9943',
      text:
        'Hello, the import VAT was already paid at checkout: the marketplace collected it under the EU IOSS scheme. Please ' +
        'show the IOSS number on the parcel label to the courier so you do not pay twice. We cannot declare goods as a ' +
        'gift, as false declarations are illegal. Thank you for understanding.',
    },
  ],
};

export const AFTER_SALE_SERVICE_TASKS: TaskDefinition[] = [WHERE_IS_MY_PARCEL, RETURN_SPANISH, CUSTOMS_QUESTION];
