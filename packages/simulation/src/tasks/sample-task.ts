/**
 * A representative task of the engine's own (trading store, 11 checks of every kind, with a reference solution): the
 * engine's tests and the task-check benchmark use it, and it shows authors the format at work.
 */
import type { TaskDefinition } from './types.js';

const parcel = { l: { param: 'l' }, w: { param: 'w' }, h: { param: 'h' }, weightKg: { param: 'weight' } };

export const ENGINE_SAMPLE_TASK: TaskDefinition = {
  code: 'ENGINE-SAMPLE-01',
  title: { zh: '店铺日常运营综合任务', en: 'A day of store operations' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L4/F3', 'L4/F3/C3.1'],
  suzhouCategories: ['平台运营', '物流管理'],
  timeLimitMinutes: 45,
  params: {
    weight: { kind: 'number', min: 0.3, max: 1.8, decimals: 2 },
    l: { kind: 'int', min: 20, max: 40, step: 5 },
    w: { kind: 'int', min: 15, max: 30 },
    h: { kind: 'int', min: 5, max: 15 },
    country: { kind: 'choice', options: ['US', 'DE', 'GB'] },
  },
  computed: {
    fee: { fn: 'freightQuote', args: { channel: 'dhl-express', country: { param: 'country' }, parcel } },
    cheapest: { fn: 'cheapestChannel', args: { country: { param: 'country' }, parcel } },
    orderId: {
      fn: 'select',
      args: { collection: 'orders', where: { status: 'Unshipped', 'flags.length': 0, fulfilment: 'MFN' } },
    },
    threadId: { fn: 'select', args: { collection: 'messages', where: { status: 'awaiting_reply', topic: 'product' } } },
    brokenId: { fn: 'select', args: { collection: 'listings', where: { status: 'suppressed' } } },
    brokenSku: { fn: 'select', args: { collection: 'listings', where: { id: '@brokenId' }, field: 'sku' } },
    material: { fn: 'select', args: { collection: 'products', where: { sku: '@brokenSku' }, field: 'facts.material' } },
    colour: { fn: 'select', args: { collection: 'products', where: { sku: '@brokenSku' }, field: 'facts.colour' } },
    bestSeller: { fn: 'bestSellingListing', args: { by: 'units' } },
    acosRaw: { fn: 'metric', args: { name: 'acos' } },
    acos: { fn: 'round', args: { value: '@acosRaw', decimals: 4 } },
  },
  scenario: { marketplace: 'amazon', base: 'trading-store', set: [{ path: 'store.settings.handlingDays', value: 2 }] },
  instructions: {
    zh: '1. 查询 {weight} kg、{l}×{w}×{h} cm 的包裹用 DHL 寄往 {country} 的运费，提交到 freight；提交最便宜渠道到 channel。2. 用 DHL 发出订单 {@orderId}。3. 修正被屏蔽的商品 {@brokenId}。4. 回复产品咨询 {@threadId}。5. 提交近 30 天销量最高的商品编号（bestSeller）与店铺 ACoS（acos，保留 4 位小数）。',
    en: '1. Quote DHL for a {weight} kg, {l}×{w}×{h} cm parcel to {country} and submit it as freight; submit the cheapest channel as channel. 2. Ship order {@orderId} by DHL. 3. Fix the suppressed listing {@brokenId}. 4. Answer the product question {@threadId}. 5. Submit the best-selling listing of the last 30 days (bestSeller) and the store ACoS (acos, 4 decimals).',
  },
  checks: [
    {
      id: 'freight',
      title: { zh: '运费计算', en: 'Freight' },
      points: 10,
      assert: { kind: 'path', path: 'answers.freight', op: 'eq', value: { computed: 'fee' }, tolerance: 0.01 },
      feedback: { pass: { zh: '运费正确', en: 'Correct freight' }, fail: { zh: '运费不正确', en: 'Wrong freight' } },
    },
    {
      id: 'channel',
      title: { zh: '最便宜渠道', en: 'Cheapest channel' },
      points: 5,
      assert: { kind: 'path', path: 'answers.channel', op: 'eq', value: { computed: 'cheapest' } },
      feedback: {
        pass: { zh: '渠道正确', en: 'Right channel' },
        fail: { zh: '渠道不是最便宜的', en: 'Not the cheapest' },
      },
    },
    {
      id: 'shipped',
      title: { zh: '订单已发货', en: 'Order shipped' },
      points: 15,
      assert: { kind: 'path', path: 'orders[id=@orderId].status', op: 'eq', value: 'Shipped' },
      feedback: { pass: { zh: '已发货', en: 'Shipped' }, fail: { zh: '订单未发货', en: 'Not shipped' } },
    },
    {
      id: 'shipment',
      title: { zh: '生成运单', en: 'Shipment created' },
      points: 5,
      assert: {
        kind: 'count',
        path: 'shipments',
        where: { orderId: '@orderId', channelId: 'dhl-express' },
        op: 'eq',
        value: 1,
      },
      feedback: {
        pass: { zh: '有一票 DHL 运单', en: 'One DHL shipment' },
        fail: { zh: '运单不对', en: 'Wrong shipments' },
      },
    },
    {
      id: 'ship-action',
      title: { zh: '在线发货操作', en: 'Shipped online' },
      points: 5,
      assert: { kind: 'action', type: 'order.ship', where: { orderId: '@orderId', mode: 'online' } },
      feedback: {
        pass: { zh: '在线发货', en: 'Shipped online' },
        fail: { zh: '没有在线发货', en: 'Not shipped online' },
      },
    },
    {
      id: 'listing-valid',
      title: { zh: '商品符合规则', en: 'Listing meets the rules' },
      points: 15,
      assert: { kind: 'listingValid', path: 'listings[id=@brokenId]' },
      feedback: {
        pass: { zh: '商品已合规', en: 'Listing is clean' },
        fail: { zh: '商品仍违规', en: 'Still breaks rules' },
      },
    },
    {
      id: 'listing-active',
      title: { zh: '商品恢复在售', en: 'Listing active again' },
      points: 5,
      assert: { kind: 'path', path: 'listings[id=@brokenId].status', op: 'eq', value: 'active' },
      feedback: { pass: { zh: '已恢复', en: 'Active' }, fail: { zh: '未恢复在售', en: 'Not active' } },
    },
    {
      id: 'reply',
      title: { zh: '英文回复买家', en: 'Reply to the buyer' },
      points: 20,
      assert: {
        kind: 'reply',
        path: 'messages[id=@threadId]',
        rubric: {
          language: 'en',
          required: [
            { id: 'greet', label: { zh: '问候', en: 'Greeting' }, anyOf: ['hello', 'hi', 'dear'] },
            { id: 'material', label: { zh: '说明材质', en: 'States the material' }, anyOf: ['material'] },
            { id: 'care', label: { zh: '清洁方法', en: 'How to clean' }, anyOf: ['clean', 'wash'] },
          ],
          forbidden: [
            { id: 'offsite', label: { zh: '站外联系', en: 'Off-platform contact' }, anyOf: ['whatsapp', 'wechat'] },
          ],
          maxResponseHours: 24,
          minWords: 15,
        },
      },
      feedback: { pass: { zh: '回复得体完整', en: 'Good reply' }, fail: { zh: '回复不完整', en: 'Incomplete reply' } },
    },
    {
      id: 'best-seller',
      title: { zh: '销量最高商品', en: 'Best seller' },
      points: 10,
      assert: { kind: 'path', path: 'answers.bestSeller', op: 'eq', value: { computed: 'bestSeller' } },
      feedback: { pass: { zh: '正确', en: 'Correct' }, fail: { zh: '不正确', en: 'Wrong' } },
    },
    {
      id: 'acos',
      title: { zh: 'ACoS 计算', en: 'ACoS' },
      points: 5,
      assert: {
        kind: 'all',
        of: [
          { kind: 'path', path: 'answers.acos', op: 'exists' },
          { kind: 'path', path: 'answers.acos', op: 'eq', value: { computed: 'acos' }, tolerance: 0.0005 },
        ],
      },
      feedback: { pass: { zh: '正确', en: 'Correct' }, fail: { zh: '不正确', en: 'Wrong' } },
    },
    {
      id: 'no-cancel',
      title: { zh: '没有取消订单', en: 'No order cancelled' },
      points: 5,
      assert: { kind: 'not', of: { kind: 'action', type: 'order.cancel' } },
      feedback: {
        pass: { zh: '没有误取消', en: 'Nothing cancelled' },
        fail: { zh: '不应取消订单', en: 'Do not cancel' },
      },
    },
  ],
  solution: [
    { type: 'logistics.quote', destination: '$country', parcel: { l: '$l', w: '$w', h: '$h', weightKg: '$weight' } },
    { type: 'answer.submit', key: 'freight', value: '@fee' },
    { type: 'answer.submit', key: 'channel', value: '@cheapest' },
    {
      type: 'order.ship',
      orderId: '@orderId',
      mode: 'online',
      channelId: 'dhl-express',
      parcel: { l: 30, w: 20, h: 10, weightKg: 0.5 },
    },
    {
      type: 'listing.update',
      listingId: '@brokenId',
      patch: {
        title: 'Stainless Steel Whisk for Whisking Eggs, Cream and Batter',
        attributes: { material: '@material', colour: '@colour' },
      },
    },
    {
      type: 'message.reply',
      threadId: '@threadId',
      text: 'Hello, thank you for your question. The material is food-grade silicone as described on the page. You can wash it by hand with warm soapy water or clean it in the dishwasher. Best regards',
    },
    { type: 'answer.submit', key: 'bestSeller', value: '@bestSeller' },
    { type: 'answer.submit', key: 'acos', value: '@acos' },
  ],
};
