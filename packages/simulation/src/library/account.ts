/** Account upkeep (4.3.1–4.3.4, level 4): account information after a rule change, association risks, sub-accounts, health. */
import type { Operand, TaskDefinition } from '../tasks/types.js';
import { NOW, order, TODAY, thread } from './fixtures.js';
import { all, at, check, p } from './helpers.js';
import { PET_BOWL, PHONE_CASE } from './products.js';

const SUB_ACCOUNTS = [
  {
    id: 'SA-901',
    name: 'Zhou Lei',
    email: 'zhou.lei@lanwan-trade.cn',
    role: 'order_clerk',
    permissions: ['orders', 'shipping', 'logistics', 'customs'],
    active: true,
  },
  {
    id: 'SA-902',
    name: 'Xu Na',
    email: 'xu.na@lanwan-trade.cn',
    role: 'operator',
    permissions: ['listings', 'ads', 'promotions', 'reports', 'shipping'],
    active: true,
  },
] as unknown as Operand;

const SUB_ACCOUNT_TASK: TaskDefinition = {
  code: 'X4-ACC-01',
  title: { zh: '人员变动后维护子账号', en: 'Maintain sub-accounts after staff changes' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L4/F4/C4.3/S4.3.3'],
  suzhouCategories: ['平台运营'],
  timeLimitMinutes: 15,
  params: {
    newName: { kind: 'choice', options: ['Lin Yue', 'Gao Ming', 'Shen Qi'] },
    newEmail: { kind: 'choice', options: ['cs01@lanwan-trade.cn', 'cs02@lanwan-trade.cn', 'cs03@lanwan-trade.cn'] },
  },
  scenario: { marketplace: 'amazon', base: 'verified-store', set: [{ path: 'subAccounts', value: SUB_ACCOUNTS }] },
  instructions: {
    zh:
      '人事通知：① 订单专员 Zhou Lei（SA-901）今天离职；② 新客服 {newName}（{newEmail}）入职，只负责回复买家消息和查看订单；' +
      '③ 运营 Xu Na（SA-902）不再负责广告，收回其广告权限。请按公司制度维护子账号（最小权限原则）。',
    en:
      'HR notice: ① order clerk Zhou Lei (SA-901) leaves today; ② new customer service agent {newName} ({newEmail}) ' +
      'starts, answering buyer messages and viewing orders only; ③ Xu Na (SA-902) no longer runs ads: remove that ' +
      'permission. Maintain the sub-accounts by the least-privilege rule.',
  },
  checks: [
    check(
      'disabled',
      3,
      ['停用离职员工账号', "Leaver's account disabled"],
      at('subAccounts[id=SA-901].active', 'eq', false),
      ['离职员工子账号已停用。', "The leaver's sub-account is disabled."],
      [
        '员工离职当天停用其子账号，防止数据泄露与误操作（账户安全要求）。',
        'Disable a leaver on the last day to protect data (account security).',
      ],
    ),
    check(
      'new-role',
      3,
      ['新客服账号', 'New agent account'],
      all(
        at('subAccounts[email=$newEmail].role', 'eq', 'customer_service'),
        at('subAccounts[email=$newEmail].name', 'eq', p('newName')),
        at('subAccounts[email=$newEmail].active', 'eq', true),
      ),
      ['新客服账号已按角色创建。', 'The new agent account has the right role.'],
      ['新员工按岗位选择角色（客服专员）。', 'Give a new hire the role of the job (customer service agent).'],
    ),
    check(
      'least',
      2,
      ['最小权限', 'Least privilege'],
      all(
        at('subAccounts[email=$newEmail].permissions', 'includes', 'messages'),
        at('subAccounts[email=$newEmail].permissions', 'excludes', 'finance'),
        at('subAccounts[email=$newEmail].permissions.length', 'lte', 2),
      ),
      ['客服只拥有消息和订单权限。', 'The agent has messages and orders only.'],
      [
        '只授予工作必需的权限，资金、设置等权限不开放给客服。',
        'Grant only what the job needs: no finance or settings for an agent.',
      ],
    ),
    check(
      'ads-removed',
      2,
      ['收回广告权限', 'Ads permission removed'],
      all(
        at('subAccounts[id=SA-902].permissions', 'excludes', 'ads'),
        at('subAccounts[id=SA-902].permissions', 'includes', 'listings'),
      ),
      ['已收回广告权限，保留其他权限。', 'Ads removed, the rest kept.'],
      ['岗位职责变化时只调整相关权限，不要误删其他权限。', 'When duties change adjust only that permission.'],
    ),
  ],
  solution: [
    { type: 'subaccount.disable', subAccountId: 'SA-901' },
    {
      type: 'subaccount.add',
      name: '$newName',
      email: '$newEmail',
      role: 'customer_service',
      permissions: ['messages', 'orders'],
    },
    {
      type: 'subaccount.update',
      subAccountId: 'SA-902',
      permissions: ['listings', 'promotions', 'reports', 'shipping'],
    },
  ],
};

const POLICY_UPDATE: TaskDefinition = {
  code: 'X4-ACC-02',
  title: {
    zh: '按平台新规完善账户信息并排查关联风险',
    en: 'Update the account for new rules and check association risks',
  },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L4/F4/C4.3/S4.3.1', 'L4/F4/C4.3/S4.3.2'],
  suzhouCategories: ['平台运营'],
  timeLimitMinutes: 15,
  params: {
    returnDays: { kind: 'choice', options: [30, 45, 60] },
    phone: { kind: 'choice', options: ['+86 512 6688 1234', '+86 512 6255 8800', '+86 21 5012 3456'] },
  },
  scenario: {
    marketplace: 'amazon',
    base: 'verified-store',
    set: [{ path: 'store.settings.returnPolicyDays', value: 14 }],
  },
  instructions: {
    zh:
      '平台通知：卖家自配送商品的退货期限不得少于 30 天，且必须公布客服电话。请把店铺退货期限改为公司决定的 {returnDays} 天，' +
      '客服电话填写 {phone}。\n另外，公司准备再开一个店铺，请判断下列做法哪些会造成账号关联，把字母按列表提交（答案键 association）：' +
      'A 两个店铺在同一台电脑登录；B 使用不同的营业执照注册；C 两个店铺绑定同一张收款卡；D 使用同一个网络 IP；' +
      'E 两个店铺由不同员工在各自设备上操作；F 两个店铺使用相同的联系邮箱。',
    en:
      'Marketplace notice: merchant-fulfilled returns must be accepted for at least 30 days and a customer service ' +
      'phone must be published. Set the return window to the company decision of {returnDays} days and the service ' +
      'phone to {phone}.\nThe company also plans a second store: which practices link the two accounts? Submit the ' +
      'letters as a list (answer key association): A both stores logged in on one computer; B separate business ' +
      'licences; C the same payout card; D the same network IP; E different staff on their own devices; F the same ' +
      'contact email.',
  },
  checks: [
    check(
      'returns',
      3,
      ['退货期限符合新规', 'Return window meets the rule'],
      at('store.settings.returnPolicyDays', 'eq', p('returnDays')),
      ['退货期限已更新。', 'The return window is updated.'],
      [
        '平台政策变动后要及时修改账户设置：退货期限 ≥ 30 天（仿亚马逊退货政策）。',
        'Update settings when policy changes: returns ≥ 30 days (Amazon-like returns policy).',
      ],
    ),
    check(
      'phone',
      2,
      ['客服电话', 'Service phone'],
      at('store.settings.customerServicePhone', 'eq', p('phone')),
      ['客服电话已公布。', 'The service phone is published.'],
      ['按通知补充客服电话，否则账户信息不完整。', 'Add the service phone as the notice requires.'],
    ),
    check(
      'association',
      5,
      ['关联因素判断', 'Association factors'],
      all(
        at('answers.association', 'includes', 'A'),
        at('answers.association', 'includes', 'C'),
        at('answers.association', 'includes', 'D'),
        at('answers.association', 'includes', 'F'),
        at('answers.association', 'excludes', 'B'),
        at('answers.association', 'excludes', 'E'),
      ),
      ['关联因素判断正确。', 'The association factors are right.'],
      [
        '平台通过设备、网络 IP、收款账户、联系方式等识别关联；不同执照、独立设备与人员不会造成关联。',
        'Marketplaces link accounts by device, IP, payout account and contact details; separate licences and devices do not.',
      ],
    ),
  ],
  solution: [
    { type: 'store.updateSettings', settings: { returnPolicyDays: '$returnDays', customerServicePhone: '$phone' } },
    { type: 'answer.submit', key: 'association', value: ['A', 'C', 'D', 'F'] },
  ],
};

const HEALTH = {
  orderDefectRate: 0.004,
  lateShipmentRate: 0.062,
  cancellationRate: 0.011,
  validTrackingRate: 0.97,
  responseRate24h: 0.93,
  rating: 4.6,
  status: 'at_risk',
} as unknown as Operand;

const HEALTH_TASK: TaskDefinition = {
  code: 'X4-ACC-03',
  title: { zh: '读懂账户表现并消除风险', en: 'Read account health and remove the risk' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L4/F4/C4.3/S4.3.4'],
  suzhouCategories: ['平台运营', '物流管理'],
  timeLimitMinutes: 20,
  params: {
    trackingNo: { kind: 'choice', options: ['YT2501112223334445', 'YT2506667778889990', 'YT2503334445556667'] },
  },
  scenario: {
    marketplace: 'amazon',
    base: 'verified-store',
    set: [
      { path: 'now', value: NOW },
      { path: 'health', value: HEALTH },
    ],
    add: {
      products: [PHONE_CASE, PET_BOWL],
      orders: [
        order({
          id: 'O-9901',
          status: 'Unshipped',
          country: 'US',
          sku: PHONE_CASE.sku,
          qty: 1,
          unitPrice: 9.99,
          placedDay: TODAY - 1,
          shipByDay: TODAY,
        }),
      ],
      messages: [
        thread({
          id: 'M-9901',
          orderId: 'O-9901',
          country: 'US',
          topic: 'logistics',
          hoursAgo: 20,
          text: 'Hello, has my order O-9901 shipped yet? I need it for a trip next week.',
        }),
      ],
    },
  },
  instructions: {
    zh:
      '账户表现页显示店铺状态为“有风险”。请读懂各项指标，找出超出平台目标的指标并提交其英文键名（答案键 riskMetric，' +
      '如 orderDefectRate）。然后消除正在加剧该风险的事项：今天是订单 O-9901 的最晚发货日，请用美国专线 dedicated-us 线下发货' +
      '（运单号 {trackingNo}，0.1 kg，18×10×3 cm），并在 24 小时内回复买家消息 M-9901 告知已发货和运单号。',
    en:
      'Account health shows the store "at risk". Read the metrics, find the one beyond the marketplace target and ' +
      'submit its key (answer key riskMetric, e.g. orderDefectRate). Then stop what is making it worse: today is the ' +
      'ship-by date of O-9901 — ship it offline by the US dedicated line (dedicated-us), tracking {trackingNo}, 0.1 kg, ' +
      '18×10×3 cm — and answer message M-9901 within 24 hours with the shipment and its tracking number.',
  },
  checks: [
    check(
      'metric',
      4,
      ['识别风险指标', 'Risk metric identified'],
      at('answers.riskMetric', 'eq', 'lateShipmentRate'),
      ['正确识别迟发率超标。', 'The late shipment rate is identified.'],
      [
        '迟发率 6.2% 高于目标 < 4%（订单缺陷率 < 1%、取消率 < 2.5%、有效追踪率 > 95% 均达标）——来源：卖家账户状况政策。',
        'Late shipment 6.2 % is above the < 4 % target (ODR < 1 %, cancellation < 2.5 %, valid tracking > 95 % are fine) — account health policy.',
      ],
    ),
    check(
      'shipped',
      3,
      ['当日发货', 'Shipped on time'],
      all(
        at('orders[id=O-9901].status', 'eq', 'Shipped'),
        at('shipments[orderId=O-9901].trackingNo', 'eq', p('trackingNo')),
      ),
      ['订单在最晚发货日前发出。', 'The order shipped by its ship-by date.'],
      [
        '迟发率超标时，最紧迫的是在最晚发货日前发出所有待发订单。',
        'With late shipments over target, ship every order by its ship-by date first.',
      ],
    ),
    check(
      'replied',
      3,
      ['24 小时内回复', 'Answered within 24 h'],
      {
        kind: 'reply',
        path: 'messages[id=M-9901]',
        rubric: {
          language: 'en',
          required: [{ id: 'tracking', label: { zh: '运单号', en: 'Tracking number' }, anyOf: ['$trackingNo'] }],
          forbidden: [],
          maxResponseHours: 24,
        },
      },
      ['已按时回复并提供运单号。', 'Answered in time with the tracking number.'],
      [
        '24 小时回复率是账户健康指标之一；回复中给出运单号便于买家查询。',
        'The 24-hour response rate is a health metric; give the tracking number.',
      ],
    ),
  ],
  solution: [
    { type: 'answer.submit', key: 'riskMetric', value: 'lateShipmentRate' },
    {
      type: 'order.ship',
      orderId: 'O-9901',
      mode: 'offline',
      channelId: 'dedicated-us',
      trackingNo: '$trackingNo',
      parcel: { l: 18, w: 10, h: 3, weightKg: 0.1 },
    },
    {
      type: 'message.reply',
      threadId: 'M-9901',
      text: 'Hello, your order O-9901 shipped today by our US line. Tracking number: {trackingNo}. Delivery takes 7-12 days. Have a great trip!',
    },
  ],
};

export const ACCOUNT_TASKS: TaskDefinition[] = [SUB_ACCOUNT_TASK, POLICY_UPDATE, HEALTH_TASK];
