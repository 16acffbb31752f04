/** Shipping templates (2.3.4, level 5): zones, first and additional weight, free-shipping thresholds, delivery time. */
import type { TaskDefinition } from '../tasks/types.js';
import { at, check, p } from './helpers.js';

const EU = ['DE', 'FR', 'ES', 'IT', 'NL'];

const CREATE: TaskDefinition = {
  code: 'X5-STPL-01',
  title: { zh: '按运费组合方案新建运费模板', en: 'Create a shipping template from the freight plan' },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '线上店铺设计与装修',
  skillItems: ['L5/F2/C2.3/S2.3.4'],
  suzhouCategories: ['物流管理', '平台运营'],
  timeLimitMinutes: 20,
  params: {
    name: { kind: 'choice', options: ['Light parcels 2025', 'Standard small goods', 'Under 2 kg plan'] },
    usFirst: { kind: 'number', min: 2.5, max: 4.5, decimals: 2 },
    usAdd: { kind: 'number', min: 0.6, max: 1.2, decimals: 2 },
    freeFrom: { kind: 'choice', options: [15, 20, 25, 30] },
    euFirst: { kind: 'number', min: 3, max: 5, decimals: 2 },
    euAdd: { kind: 'number', min: 0.8, max: 1.5, decimals: 2 },
    handling: { kind: 'int', min: 2, max: 4 },
  },
  scenario: { marketplace: 'aliexpress', base: 'verified-store' },
  instructions: {
    zh:
      '物流主管给出运费组合方案，请新建运费模板“{name}”，备货期 {handling} 天，并设为默认模板：\n' +
      '① 美国（US）：e 邮宝 epacket，首重 0.1 kg 收 US$ {usFirst}，续重每 0.1 kg 收 US$ {usAdd}，订单满 US$ {freeFrom} 包邮，时效 7–15 天；\n' +
      '② 欧盟（EU：DE FR ES IT NL）：e 邮宝 epacket，首重 0.1 kg 收 US$ {euFirst}，续重每 0.1 kg 收 US$ {euAdd}，不包邮，时效 8–15 天。',
    en:
      'The logistics lead gives you the freight plan. Create the shipping template "{name}" with {handling} handling ' +
      'days and make it the default:\n① US: ePacket (epacket), first 0.1 kg US$ {usFirst}, each further 0.1 kg US$ {usAdd}, ' +
      'free shipping from US$ {freeFrom}, 7–15 days;\n② EU (DE FR ES IT NL): ePacket, first 0.1 kg US$ {euFirst}, each ' +
      'further 0.1 kg US$ {euAdd}, no free shipping, 8–15 days.',
  },
  checks: [
    check(
      'exists',
      1,
      ['模板已建立并为默认', 'Template created as default'],
      at('shippingTemplates[name=$name].isDefault', 'eq', true),
      ['模板已建立并设为默认。', 'The template exists and is the default.'],
      [
        '新建的模板要设为默认，否则新发布的商品仍使用旧模板。',
        'Make the new template the default, otherwise new listings keep the old one.',
      ],
    ),
    check(
      'handling',
      1,
      ['备货期', 'Handling days'],
      at('shippingTemplates[name=$name].handlingDays', 'eq', p('handling')),
      ['备货期正确。', 'Handling days are correct.'],
      ['备货期按方案填写；它决定订单的最晚发货时间。', 'Use the planned handling days: they set the ship-by date.'],
    ),
    check(
      'us-first',
      2,
      ['美国首重', 'US first weight'],
      {
        kind: 'all',
        of: [
          at('shippingTemplates[name=$name].rules[zoneId=US].firstWeightKg', 'eq', 0.1),
          at('shippingTemplates[name=$name].rules[zoneId=US].firstPrice', 'eq', p('usFirst'), 0.001),
          at('shippingTemplates[name=$name].rules[zoneId=US].channelId', 'eq', 'epacket'),
        ],
      },
      ['美国区首重、首重价格与渠道正确。', 'US first weight, price and channel are correct.'],
      [
        '首重是运费的计价起点：首重重量与首重价格都要按方案填写，渠道为 e 邮宝。',
        'The first weight is where the price starts: set both its weight and its price, channel ePacket.',
      ],
    ),
    check(
      'us-add',
      2,
      ['美国续重', 'US additional weight'],
      {
        kind: 'all',
        of: [
          at('shippingTemplates[name=$name].rules[zoneId=US].additionalWeightKg', 'eq', 0.1),
          at('shippingTemplates[name=$name].rules[zoneId=US].additionalPrice', 'eq', p('usAdd'), 0.001),
        ],
      },
      ['美国区续重正确。', 'US additional weight is correct.'],
      [
        '续重按“每续重单位价格”计：单位 0.1 kg，单价按方案。',
        'Additional weight is priced per step: step 0.1 kg, price as planned.',
      ],
    ),
    check(
      'us-free',
      2,
      ['美国包邮门槛', 'US free-shipping threshold'],
      at('shippingTemplates[name=$name].rules[zoneId=US].freeShippingThreshold', 'eq', p('freeFrom')),
      ['包邮门槛正确。', 'Free-shipping threshold is correct.'],
      [
        '满额包邮是常用的提高客单价手段，门槛按方案设置。',
        'Free shipping above an order value raises basket size: use the planned threshold.',
      ],
    ),
    check(
      'eu',
      2,
      ['欧盟区规则', 'EU rule'],
      {
        kind: 'all',
        of: [
          at('shippingTemplates[name=$name].rules[zoneId=EU].firstPrice', 'eq', p('euFirst'), 0.001),
          at('shippingTemplates[name=$name].rules[zoneId=EU].additionalPrice', 'eq', p('euAdd'), 0.001),
          at('shippingTemplates[name=$name].rules[zoneId=EU].freeShippingThreshold', 'eq', null),
          at('shippingTemplates[name=$name].rules[zoneId=EU].countries', 'includes', 'DE'),
        ],
      },
      ['欧盟区规则正确。', 'The EU rule is correct.'],
      [
        '欧盟区要覆盖方案中的国家，价格按方案，且不包邮（门槛留空）。',
        'The EU rule covers the planned countries, with the planned prices and no free shipping (empty threshold).',
      ],
    ),
    check(
      'eu-days',
      1,
      ['欧盟时效', 'EU delivery time'],
      at('shippingTemplates[name=$name].rules[zoneId=EU].deliveryDays', 'eq', [8, 15]),
      ['承诺时效正确。', 'Promised delivery time is correct.'],
      [
        '承诺时效要与渠道实际时效一致（e 邮宝欧盟 8–15 天），否则会产生延误纠纷。',
        'Promise what the channel delivers (ePacket EU 8–15 days), or late-delivery disputes follow.',
      ],
    ),
  ],
  solution: [
    {
      type: 'shippingTemplate.create',
      name: '$name',
      handlingDays: '$handling',
      isDefault: true,
      rules: [
        {
          zoneId: 'US',
          countries: ['US'],
          channelId: 'epacket',
          firstWeightKg: 0.1,
          firstPrice: '$usFirst',
          additionalWeightKg: 0.1,
          additionalPrice: '$usAdd',
          freeShippingThreshold: '$freeFrom',
          deliveryDays: [7, 15],
        },
        {
          zoneId: 'EU',
          countries: EU,
          channelId: 'epacket',
          firstWeightKg: 0.1,
          firstPrice: '$euFirst',
          additionalWeightKg: 0.1,
          additionalPrice: '$euAdd',
          freeShippingThreshold: null,
          deliveryDays: [8, 15],
        },
      ],
    },
  ],
};

const OLD_TEMPLATE = {
  id: 'ST-9501',
  name: 'Standard Shipping',
  handlingDays: 3,
  isDefault: true,
  rules: [
    {
      zoneId: 'US',
      countries: ['US'],
      channelId: 'dedicated-us',
      firstWeightKg: 0.5,
      firstPrice: 4.99,
      additionalWeightKg: 0.5,
      additionalPrice: 1.5,
      freeShippingThreshold: null,
      deliveryDays: [7, 12],
    },
  ],
};

const UPDATE: TaskDefinition = {
  code: 'X5-STPL-02',
  title: { zh: '调整运费模板：包邮门槛与英国区', en: 'Adjust the shipping template: free shipping and a UK zone' },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '线上店铺设计与装修',
  skillItems: ['L5/F2/C2.3/S2.3.4'],
  suzhouCategories: ['物流管理'],
  timeLimitMinutes: 15,
  params: {
    freeFrom: { kind: 'choice', options: [25, 35, 49] },
    ukFirst: { kind: 'number', min: 3.5, max: 6, decimals: 2 },
    ukAdd: { kind: 'number', min: 1, max: 2, decimals: 2 },
    handling: { kind: 'int', min: 1, max: 2 },
  },
  scenario: { marketplace: 'amazon', base: 'verified-store', add: { shippingTemplates: [OLD_TEMPLATE] } },
  instructions: {
    zh:
      '为提高转化，运营决定调整模板“Standard Shipping”（ST-9501）：美国区保持原价，但订单满 US$ {freeFrom} 包邮；' +
      '新增英国区（GB），渠道 e 邮宝 epacket，首重 0.5 kg US$ {ukFirst}，续重每 0.5 kg US$ {ukAdd}，不包邮，时效 7–12 天；' +
      '备货期改为 {handling} 天。',
    en:
      'To lift conversion, change the template "Standard Shipping" (ST-9501): keep the US prices but give free ' +
      'shipping from US$ {freeFrom}; add a UK zone (GB) by ePacket (epacket), first 0.5 kg US$ {ukFirst}, each further 0.5 ' +
      'kg US$ {ukAdd}, no free shipping, 7–12 days; set handling to {handling} days.',
  },
  checks: [
    check(
      'us-free',
      3,
      ['美国区包邮门槛', 'US free shipping'],
      at('shippingTemplates[id=ST-9501].rules[zoneId=US].freeShippingThreshold', 'eq', p('freeFrom')),
      ['美国区包邮门槛正确。', 'US free-shipping threshold is correct.'],
      ['在原美国区规则上设置满额包邮门槛。', 'Set the free-shipping threshold on the existing US rule.'],
    ),
    check(
      'us-kept',
      2,
      ['美国区原价不变', 'US prices unchanged'],
      {
        kind: 'all',
        of: [
          at('shippingTemplates[id=ST-9501].rules[zoneId=US].firstPrice', 'eq', 4.99),
          at('shippingTemplates[id=ST-9501].rules[zoneId=US].additionalPrice', 'eq', 1.5),
        ],
      },
      ['美国区价格保持不变。', 'US prices are unchanged.'],
      [
        '方案只调整包邮门槛，原首重、续重价格不能改。',
        'Only the threshold changes; keep the first and additional prices.',
      ],
    ),
    check(
      'uk',
      3,
      ['英国区规则', 'UK rule'],
      {
        kind: 'all',
        of: [
          at('shippingTemplates[id=ST-9501].rules[zoneId=UK].countries', 'includes', 'GB'),
          at('shippingTemplates[id=ST-9501].rules[zoneId=UK].channelId', 'eq', 'epacket'),
          at('shippingTemplates[id=ST-9501].rules[zoneId=UK].firstPrice', 'eq', p('ukFirst'), 0.001),
          at('shippingTemplates[id=ST-9501].rules[zoneId=UK].additionalPrice', 'eq', p('ukAdd'), 0.001),
          at('shippingTemplates[id=ST-9501].rules[zoneId=UK].additionalWeightKg', 'eq', 0.5),
        ],
      },
      ['英国区规则正确。', 'The UK rule is correct.'],
      [
        '英国的 ISO 国家代码是 GB（不是 UK）；首重、续重按方案填写。',
        "The UK's ISO country code is GB (not UK); use the planned first and additional prices.",
      ],
    ),
    check(
      'handling',
      2,
      ['备货期', 'Handling days'],
      at('shippingTemplates[id=ST-9501].handlingDays', 'eq', p('handling')),
      ['备货期已调整。', 'Handling days are updated.'],
      ['缩短备货期能让预计送达更早，提高转化。', 'A shorter handling time shows an earlier delivery date.'],
    ),
  ],
  solution: [
    {
      type: 'shippingTemplate.update',
      templateId: 'ST-9501',
      handlingDays: '$handling',
      rules: [
        { ...OLD_TEMPLATE.rules[0], freeShippingThreshold: '$freeFrom' },
        {
          zoneId: 'UK',
          countries: ['GB'],
          channelId: 'epacket',
          firstWeightKg: 0.5,
          firstPrice: '$ukFirst',
          additionalWeightKg: 0.5,
          additionalPrice: '$ukAdd',
          freeShippingThreshold: null,
          deliveryDays: [7, 12],
        },
      ],
    },
  ],
};

export const SHIPPING_TEMPLATE_TASKS: TaskDefinition[] = [CREATE, UPDATE];
