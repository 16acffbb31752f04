/** Store information (2.3.1–2.3.3, level 5): account registration, store settings, store categories. */
import type { TaskDefinition } from '../tasks/types.js';
import { listing } from './fixtures.js';
import { all, at, check, count, p } from './helpers.js';
import { LED_STRIP, PET_BOWL, YOGA_MAT } from './products.js';

const REGISTER: TaskDefinition = {
  code: 'X5-STORE-01',
  title: { zh: '注册店铺并提交企业资料审核', en: 'Register the store and submit the company details for verification' },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '线上店铺设计与装修',
  skillItems: ['L5/F2/C2.3/S2.3.1'],
  suzhouCategories: ['平台运营'],
  timeLimitMinutes: 15,
  params: {
    company: {
      kind: 'choice',
      options: ['苏州蓝湾贸易有限公司', '苏州恒越电子商务有限公司', '昆山悦途进出口有限公司'],
    },
    uscc: { kind: 'choice', options: ['91320594MA1W8K3L2B', '91320505MA27C4H6XP', '91320583MA1N9RT5Q8'] },
    legalRep: { kind: 'choice', options: ['王静', '李明轩', '陈晓燕'] },
    email: { kind: 'choice', options: ['export@lanwan-trade.cn', 'ops@hengyue-ec.cn', 'sales@yuetu-ie.cn'] },
    bank: { kind: 'choice', options: ['6222021102003456789', '6217856100012345678', '6228480402564890018'] },
    idNo: { kind: 'choice', options: ['320502198807154321', '32058319910203652X', '320506198512300417'] },
    site: { kind: 'choice', options: ['US', 'UK', 'DE'] },
  },
  scenario: { marketplace: 'amazon', base: 'new-store' },
  instructions: {
    zh:
      '公司决定在仿亚马逊平台开设店铺。请按营业执照和开户资料完成注册并提交审核：公司名称 {company}，统一社会信用代码 {uscc}，' +
      '法定代表人 {legalRep}（身份证号 {idNo}），开店站点 {site}，联系邮箱 {email}，联系电话 +86 512 6688 1234，经营地址 江苏省苏州市工业园区星湖街 328 号，' +
      '收款银行账号 {bank}。所有资料必须与证照完全一致。',
    en:
      'The company is opening a store on the Amazon-like marketplace. Register with the details of the business licence ' +
      'and bank account, then submit for verification: company {company}, unified social credit code {uscc}, legal ' +
      'representative {legalRep} (ID card {idNo}), marketplace site {site}, email {email}, phone +86 512 6688 1234, address 328 Xinghu St, SIP, Suzhou, ' +
      'Jiangsu, bank account {bank}. Every detail must match the documents exactly.',
  },
  checks: [
    check(
      'company',
      2,
      ['公司名称与营业执照一致', 'Company name matches the licence'],
      at('store.registration.companyName', 'eq', p('company')),
      ['公司名称正确。', 'Company name is correct.'],
      [
        '公司名称必须与营业执照完全一致（平台卖家身份验证要求）。',
        'The company name must match the business licence exactly (marketplace seller identity verification).',
      ],
    ),
    check(
      'uscc',
      2,
      ['统一社会信用代码正确', 'Unified social credit code correct'],
      at('store.registration.uscc', 'eq', p('uscc')),
      ['统一社会信用代码正确。', 'The credit code is correct.'],
      [
        '统一社会信用代码为 18 位（GB 32100-2015），须逐位照抄执照上的代码。',
        'The unified social credit code has 18 characters (GB 32100-2015); copy it exactly from the licence.',
      ],
    ),
    check(
      'legal-rep',
      1,
      ['法定代表人正确', 'Legal representative correct'],
      at('store.registration.legalRepresentative', 'eq', p('legalRep')),
      ['法定代表人正确。', 'Legal representative is correct.'],
      ['法定代表人须与营业执照一致。', 'The legal representative must match the business licence.'],
    ),
    check(
      'contact',
      1,
      ['联系邮箱正确', 'Contact email correct'],
      at('store.registration.contactEmail', 'eq', p('email')),
      ['联系邮箱正确。', 'Contact email is correct.'],
      [
        '平台通过联系邮箱发送审核结果，必须填写给定邮箱。',
        'Verification results go to the contact email: use the given one.',
      ],
    ),
    check(
      'bank',
      1,
      ['收款账号正确', 'Bank account correct'],
      at('store.registration.bankAccount', 'eq', p('bank')),
      ['收款账号正确。', 'Bank account is correct.'],
      [
        '收款账号错误会导致回款失败，须与开户资料一致。',
        'A wrong bank account means payouts fail: match the bank record.',
      ],
    ),
    check(
      'site',
      1,
      ['开店站点', 'Marketplace site'],
      at('store.registration.marketplaceSite', 'eq', p('site')),
      ['开店站点正确。', 'The marketplace site is correct.'],
      [
        '站点决定店铺面向的市场与币种，须按公司决定选择。',
        'The site decides the market and currency: pick the planned one.',
      ],
    ),
    check(
      'submitted',
      3,
      ['资料已提交审核且无问题', 'Submitted for verification without problems'],
      at('store.status', 'in', ['pending_verification', 'verified']),
      ['资料已提交审核。', 'The details are submitted for verification.'],
      [
        '注册后必须点击“提交审核”，且所有必填项符合格式，店铺才进入审核。',
        'After registering, submit for verification; every required field must be valid first.',
      ],
    ),
  ],
  solution: [
    {
      type: 'store.register',
      fields: {
        companyName: '$company',
        uscc: '$uscc',
        legalRepresentative: '$legalRep',
        contactEmail: '$email',
        contactPhone: '+86 512 6688 1234',
        businessAddress: '江苏省苏州市工业园区星湖街 328 号',
        bankAccount: '$bank',
        legalRepresentativeIdNo: '{idNo}',
        marketplaceSite: '$site',
      },
    },
    { type: 'store.submitVerification' },
  ],
};

const SETTINGS: TaskDefinition = {
  code: 'X5-STORE-02',
  title: { zh: '设置店铺基本信息', en: 'Set up the store information' },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '线上店铺设计与装修',
  skillItems: ['L5/F2/C2.3/S2.3.2'],
  suzhouCategories: ['平台运营'],
  timeLimitMinutes: 10,
  params: {
    storeName: { kind: 'choice', options: ['Lanwan Home Studio', 'Hengyue Outdoor', 'Yuetu Living'] },
    returnDays: { kind: 'choice', options: [15, 30] },
    handlingDays: { kind: 'int', min: 2, max: 5 },
    csEmail: { kind: 'choice', options: ['service@lanwan-trade.cn', 'help@hengyue-ec.cn', 'care@yuetu-ie.cn'] },
  },
  scenario: { marketplace: 'aliexpress', base: 'verified-store' },
  instructions: {
    zh:
      '店铺已通过审核。请按运营方案设置店铺信息：店铺名称“{storeName}”，客服邮箱 {csEmail}，退货期限 {returnDays} 天，' +
      '备货期 {handlingDays} 天，并用英文写一句店铺简介（说明主营家居运动用品，面向海外买家）。',
    en:
      'The store is verified. Set the store information of the operating plan: store name "{storeName}", customer ' +
      'service email {csEmail}, return window {returnDays} days, handling time {handlingDays} days, and a one-sentence ' +
      'English store description (home and sports goods for overseas buyers).',
  },
  checks: [
    check(
      'name',
      2,
      ['店铺名称', 'Store name'],
      at('store.settings.storeName', 'eq', p('storeName')),
      ['店铺名称正确。', 'Store name is correct.'],
      ['店铺名称须与运营方案一致，且不超过平台的字数限制。', 'Use the planned store name, within the length limit.'],
    ),
    check(
      'email',
      1,
      ['客服邮箱', 'Customer service email'],
      at('store.settings.customerServiceEmail', 'eq', p('csEmail')),
      ['客服邮箱正确。', 'Customer service email is correct.'],
      ['客服邮箱是买家联系卖家的渠道，须填写方案中的邮箱。', 'Buyers reach the seller there: use the planned email.'],
    ),
    check(
      'returns',
      2,
      ['退货期限', 'Return window'],
      at('store.settings.returnPolicyDays', 'eq', p('returnDays')),
      ['退货期限正确。', 'Return window is correct.'],
      [
        '退货期限要按方案设置，且不得低于平台规定的最短期限（见规则页来源）。',
        'Set the planned return window; it may not be shorter than the marketplace minimum (see the rules page).',
      ],
    ),
    check(
      'handling',
      2,
      ['备货期', 'Handling time'],
      at('store.settings.handlingDays', 'eq', p('handlingDays')),
      ['备货期正确。', 'Handling time is correct.'],
      [
        '备货期决定最晚发货时间，设置过长会降低转化，过短会导致延迟发货。',
        'Handling time sets the ship-by date: too long hurts conversion, too short causes late shipments.',
      ],
    ),
    check(
      'description',
      1,
      ['英文店铺简介', 'English store description'],
      all(
        at('store.settings.storeDescription', 'lengthGte', 20),
        at('store.settings.storeDescription', 'includes', 'sports'),
      ),
      ['已填写英文店铺简介。', 'The English store description is filled in.'],
      ['面向海外买家的店铺简介应使用英文，至少一句完整的话。', 'Write at least one full English sentence for buyers.'],
    ),
  ],
  solution: [
    {
      type: 'store.updateSettings',
      settings: {
        storeName: '$storeName',
        customerServiceEmail: '$csEmail',
        returnPolicyDays: '$returnDays',
        handlingDays: '$handlingDays',
        storeDescription: 'Quality home and sports goods shipped worldwide from our own warehouse.',
      },
    },
  ],
};

const CATEGORIES: TaskDefinition = {
  code: 'X5-STORE-03',
  title: { zh: '设置店铺商品分类栏目', en: 'Set up the store product categories' },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '线上店铺设计与装修',
  skillItems: ['L5/F2/C2.3/S2.3.3'],
  suzhouCategories: ['平台运营', '美工设计'],
  timeLimitMinutes: 15,
  params: {
    parentName: { kind: 'choice', options: ['Home & Living', 'Home Essentials', 'For Your Home'] },
    sportsName: { kind: 'choice', options: ['Fitness', 'Yoga & Fitness', 'Sports'] },
  },
  scenario: {
    marketplace: 'aliexpress',
    base: 'verified-store',
    add: {
      products: [YOGA_MAT, PET_BOWL, LED_STRIP],
      listings: [
        listing({
          id: 'L-9301',
          sku: YOGA_MAT.sku,
          title: 'TPE Yoga Mat 6mm Non Slip Exercise Mat',
          categoryId: 'yoga-mats',
          attributes: YOGA_MAT.facts,
          price: 19.9,
        }),
        listing({
          id: 'L-9302',
          sku: PET_BOWL.sku,
          title: 'Stainless Steel Pet Bowl 800ml Non Slip',
          categoryId: 'pet-bowls',
          attributes: PET_BOWL.facts,
          price: 8.5,
        }),
        listing({
          id: 'L-9303',
          sku: LED_STRIP.sku,
          title: 'USB LED Strip Light 5m RGB',
          categoryId: 'led-strips',
          attributes: LED_STRIP.facts,
          price: 11.9,
        }),
      ],
    },
  },
  instructions: {
    zh:
      '请为店铺建立两级商品分类：一级分类“{parentName}”下设二级分类“Pet Supplies”；一级分类“{sportsName}”下设二级分类' +
      '“Yoga Mats”。然后把 LED 灯带（L-9303）直接放入“{parentName}”，宠物碗（L-9302）放入 Pet Supplies，瑜伽垫（L-9301）放入 Yoga Mats。',
    en:
      'Create a two-level category menu: top category "{parentName}" with the sub-category "Pet Supplies", and top ' +
      'category "{sportsName}" with the sub-category "Yoga Mats". Then put the LED strip (L-9303) directly in ' +
      '"{parentName}", the pet bowl (L-9302) in Pet Supplies and the yoga mat (L-9301) in Yoga Mats.',
  },
  checks: [
    check(
      'tops',
      2,
      ['两个一级分类', 'Two top categories'],
      {
        kind: 'all',
        of: [
          count('storeCategories', { name: p('parentName'), parentId: null }, 'eq', 1),
          count('storeCategories', { name: p('sportsName'), parentId: null }, 'eq', 1),
        ],
      },
      ['一级分类已建立。', 'The top categories exist.'],
      ['一级分类的上级为空；名称按方案填写，不要重复建立。', 'A top category has no parent; create each once.'],
    ),
    check(
      'children',
      3,
      ['二级分类挂在正确的一级分类下', 'Sub-categories under the right parent'],
      {
        kind: 'all',
        of: [
          at('storeCategories[name=Pet Supplies].parentId', 'exists'),
          at('storeCategories[name=Yoga Mats].parentId', 'exists'),
          at('storeCategories[name=Pet Supplies].parentId', 'eq', { path: 'storeCategories[name=$parentName].id' }),
          at('storeCategories[name=Yoga Mats].parentId', 'eq', { path: 'storeCategories[name=$sportsName].id' }),
        ],
      },
      ['两个二级分类都挂在正确的一级分类下。', 'Both sub-categories sit under the right top category.'],
      [
        '二级分类必须选择上级分类，否则会成为一级分类，买家按层级浏览时找不到。',
        'A sub-category needs its parent, otherwise it becomes a top category and breaks the browse path.',
      ],
    ),
    check(
      'led',
      2,
      ['灯带归类', 'LED strip placed'],
      at('listings[id=L-9303].storeCategoryId', 'eq', { path: 'storeCategories[name=$parentName].id' }),
      ['灯带已归入一级分类。', 'The LED strip is in the top category.'],
      ['按方案，灯带直接放在一级分类下。', 'By the plan the LED strip sits directly in the top category.'],
    ),
    check(
      'bowl',
      2,
      ['宠物碗归类', 'Pet bowl placed'],
      at('listings[id=L-9302].storeCategoryId', 'eq', { path: 'storeCategories[name=Pet Supplies].id' }),
      ['宠物碗已归入 Pet Supplies。', 'The pet bowl is in Pet Supplies.'],
      ['商品要放进与其品类一致的栏目，方便买家浏览。', 'Put each product in the category that matches it.'],
    ),
    check(
      'mat',
      2,
      ['瑜伽垫归类', 'Yoga mat placed'],
      at('listings[id=L-9301].storeCategoryId', 'eq', { path: 'storeCategories[name=Yoga Mats].id' }),
      ['瑜伽垫已归入 Yoga Mats。', 'The yoga mat is in Yoga Mats.'],
      ['瑜伽垫应放入最具体的分类 Yoga Mats。', 'Put the yoga mat in the most specific category, Yoga Mats.'],
    ),
  ],
  solution: [
    { type: 'store.addCategory', name: '$parentName', nameEn: '$parentName', parentId: null },
    { type: 'listing.update', listingId: 'L-9303', patch: { storeCategoryId: '#last:SC' } },
    { type: 'store.addCategory', name: 'Pet Supplies', nameEn: 'Pet Supplies', parentId: '#last:SC' },
    { type: 'listing.update', listingId: 'L-9302', patch: { storeCategoryId: '#last:SC' } },
    { type: 'store.addCategory', name: '$sportsName', nameEn: '$sportsName', parentId: null },
    { type: 'store.addCategory', name: 'Yoga Mats', nameEn: 'Yoga Mats', parentId: '#last:SC' },
    { type: 'listing.update', listingId: 'L-9301', patch: { storeCategoryId: '#last:SC' } },
  ],
};

export const STORE_INFO_TASKS: TaskDefinition[] = [REGISTER, SETTINGS, CATEGORIES];
