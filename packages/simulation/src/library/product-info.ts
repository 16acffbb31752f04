/** Product information (1.1 text collection and writing): level-4 copywriting and localisation, level-5 B2B entry. */
import type { TaskDefinition } from '../tasks/types.js';
import { listing } from './fixtures.js';
import { all, at, check, goodImage, p } from './helpers.js';
import { LED_STRIP, TSHIRT, withFacts } from './products.js';

const COPYWRITING: TaskDefinition = {
  code: 'X4-INFO-01',
  title: {
    zh: '采集商品资料并撰写五点描述与搜索词',
    en: 'Collect the product facts and write bullets and search terms',
  },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '产品及服务信息管理',
  skillItems: ['L4/F1/C1.1/S1.1.1', 'L4/F1/C1.1/S1.1.2'],
  suzhouCategories: ['平台运营', '开发选品'],
  timeLimitMinutes: 30,
  params: {
    colour: { kind: 'choice', options: ['White', 'Black', 'Navy'] },
    size: { kind: 'choice', options: ['S', 'M', 'L', 'XL'] },
    price: { kind: 'number', min: 12, max: 19, decimals: 2 },
  },
  scenario: {
    marketplace: 'amazon',
    base: 'catalog-store',
    add: { products: [withFacts(TSHIRT, { colour: '$colour', size: '$size' })] },
  },
  instructions: {
    zh:
      `请从货源资料中采集女士 T 恤（SKU ${TSHIRT.sku}）的材质、尺码、颜色、袖长，发布到仿亚马逊店铺：` +
      '写满 5 条英文五点描述（分别讲面料、版型尺码、颜色搭配、洗护、适用场合，第一条写明 cotton）；后台搜索词不超过 249 字节、' +
      '不含其他品牌名（如 Nike、Zara）、不重复标题中的词；售价 US$ {price}，库存 100，然后发布（主图用拍好的白底图）。',
    en:
      `Collect the material, size, colour and sleeve length of the women's T-shirt (SKU ${TSHIRT.sku}) from the ` +
      'catalogue and list it on the Amazon-like store: five English bullet points (fabric, fit and size, colour ' +
      'matching, care, occasions; the first says "cotton"); backend search terms within 249 bytes, with no other ' +
      'brand names (e.g. Nike, Zara); price US$ {price}, stock 100; then publish (use the white-background photo).',
  },
  checks: [
    check(
      'facts',
      3,
      ['属性采集准确', 'Facts collected correctly'],
      all(
        at(`listings[sku=${TSHIRT.sku}].attributes.size`, 'eq', p('size')),
        at(`listings[sku=${TSHIRT.sku}].attributes.colour`, 'eq', p('colour')),
        at(`listings[sku=${TSHIRT.sku}].attributes.material`, 'eq', 'Cotton'),
      ),
      ['材质、尺码、颜色与货源一致。', 'Material, size and colour match the catalogue.'],
      [
        '文案所需的信息要从货源资料准确采集，属性与实物一致。',
        'Collect the facts from the catalogue exactly; attributes must match the goods.',
      ],
    ),
    check(
      'bullets',
      3,
      ['五条五点描述', 'Five bullet points'],
      all(
        at(`listings[sku=${TSHIRT.sku}].bulletPoints.length`, 'eq', 5),
        at(`listings[sku=${TSHIRT.sku}].bulletPoints[0]`, 'includes', 'cotton'),
      ),
      ['五点描述完整，首条写明面料。', 'Five bullets, the first on the fabric.'],
      [
        '仿亚马逊最多 5 条五点描述，要写满并把最重要的卖点（面料）放第一条。',
        'Use all 5 bullets and lead with the key selling point (fabric).',
      ],
    ),
    check(
      'search-terms',
      2,
      ['搜索词合规', 'Search terms compliant'],
      all(
        at(`listings[sku=${TSHIRT.sku}].searchTerms`, 'lengthLte', 249),
        at(`listings[sku=${TSHIRT.sku}].searchTerms`, 'excludes', 'nike'),
        at(`listings[sku=${TSHIRT.sku}].searchTerms`, 'excludes', 'zara'),
        at(`listings[sku=${TSHIRT.sku}].searchTerms`, 'lengthGte', 10),
      ),
      ['搜索词长度与内容合规。', 'Search terms are within the limit and clean.'],
      [
        '后台搜索词 < 250 字节，不得含其他品牌名（侵权），也不必重复标题词（Amazon 搜索词规范）。',
        'Search terms stay under 250 bytes, with no other brands (infringement) and no title repeats (Amazon search-terms guide).',
      ],
    ),
    check(
      'live',
      2,
      ['已发布', 'Published'],
      all(at(`listings[sku=${TSHIRT.sku}].status`, 'eq', 'active'), {
        kind: 'listingValid',
        path: `listings[sku=${TSHIRT.sku}]`,
      }),
      ['商品已发布且符合规则。', 'The listing is live and compliant.'],
      ['全部字段符合规则后才能发布。', 'Every field must pass the rules before publishing.'],
    ),
  ],
  solution: [
    {
      type: 'listing.create',
      listing: {
        sku: TSHIRT.sku,
        title: "Women's Cotton Crew Neck T-Shirt, Short Sleeve Casual Summer Top, {colour}, Size {size}",
        categoryId: 'womens-tshirts',
        attributes: { material: 'Cotton', size: '$size', colour: '$colour', sleeveLength: 'short' },
        bulletPoints: [
          'Soft breathable cotton jersey, gentle on the skin all day',
          'Regular fit, true to size; see the size chart before ordering',
          'Classic {colour} goes with jeans, shorts and skirts',
          'Machine wash cold, tumble dry low, keeps its shape',
          'Ideal for work, weekends, travel and the gym',
        ],
        description:
          "A wardrobe basic in soft cotton jersey: this women's crew neck T-shirt has short sleeves and a regular fit " +
          'that works on its own or under a shirt. Machine washable.',
        searchTerms: 'basic tee ladies top summer blouse casual shirt',
        price: '$price',
        stock: 100,
        shippingTemplateId: null,
        storeCategoryId: null,
      },
    },
    { type: 'listing.attachImage', listingId: '#last:L', role: 'main', image: goodImage('IMG-TEE-1') },
    { type: 'listing.publish', listingId: '#last:L' },
  ],
};

const LOCALISE: TaskDefinition = {
  code: 'X4-INFO-02',
  title: { zh: '为英国站本地化商品信息', en: 'Localise the product information for the UK site' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '产品及服务信息管理',
  skillItems: ['L4/F1/C1.1/S1.1.2', 'L4/F1/C1.1/S1.1.1'],
  suzhouCategories: ['平台运营', '开发选品'],
  timeLimitMinutes: 20,
  params: { length: { kind: 'choice', options: [3, 5, 10] } },
  scenario: {
    marketplace: 'amazon',
    base: 'catalog-store',
    add: {
      products: [withFacts(LED_STRIP, { plugType: 'UK', voltage: '230V', lengthM: '{length}' })],
      listings: [
        listing({
          id: 'L-9431',
          sku: LED_STRIP.sku,
          title: 'LED Strip Lights {length}m RGB Color Changing with US Plug',
          categoryId: 'led-strips',
          attributes: { voltage: '110V', lengthM: '{length}', colour: 'RGB', plugType: 'US' },
          price: 15.99,
          description:
            'Light up your room with this RGB LED strip. 16 colors, remote control, easy to cut and stick. Comes with a US ' +
            'plug adapter for 110V outlets.',
        }),
      ],
    },
  },
  instructions: {
    zh:
      '供应商为英国市场改用了英规插头和 230V 电源（见货源资料）。请把 L-9431 的信息本地化：属性改为英规插头（UK）和 230V；' +
      '标题和描述改用英式拼写“colour”（不要出现 color），去掉“US Plug”字样，描述中写明 UK plug 和 230V。',
    en:
      'For the UK market the supplier now ships a UK plug and a 230 V power supply (see the catalogue). Localise ' +
      'L-9431: attributes UK plug and 230V; title and description in British spelling "colour" (no "color"), no ' +
      '"US Plug"; the description states the UK plug and 230V.',
  },
  checks: [
    check(
      'attributes',
      3,
      ['插头与电压属性', 'Plug and voltage'],
      all(
        at('listings[id=L-9431].attributes.plugType', 'eq', 'UK'),
        at('listings[id=L-9431].attributes.voltage', 'eq', '230V'),
      ),
      ['插头与电压属性已按英国标准修改。', 'Plug and voltage follow the UK standard.'],
      [
        '英国使用 BS 1363 英规插头、230V 电压，属性必须与实物一致。',
        'The UK uses BS 1363 plugs at 230 V; attributes must match the goods.',
      ],
    ),
    check(
      'spelling',
      2,
      ['英式拼写', 'British spelling'],
      all(
        at('listings[id=L-9431].title', 'excludes', 'color '),
        at('listings[id=L-9431].title', 'includes', 'colour'),
        at('listings[id=L-9431].description', 'excludes', 'color '),
      ),
      ['已使用英式拼写。', 'British spelling is used.'],
      [
        '面向英国买家用英式拼写（colour），更符合当地阅读习惯和搜索词。',
        'UK buyers read and search in British spelling (colour).',
      ],
    ),
    check(
      'no-us',
      2,
      ['去掉美规信息', 'US details removed'],
      at('listings[id=L-9431].title', 'excludes', 'US Plug'),
      ['标题不再出现美规插头。', 'The title no longer mentions a US plug.'],
      ['与实物不符的规格描述会导致退货。', 'Specs that do not match the goods cause returns.'],
    ),
    check(
      'description',
      3,
      ['描述写明英规与电压', 'Description states plug and voltage'],
      all(
        at('listings[id=L-9431].description', 'includes', 'UK plug'),
        at('listings[id=L-9431].description', 'includes', '230V'),
      ),
      ['描述已写明英规插头与 230V。', 'The description states the UK plug and 230V.'],
      ['描述要写清插头类型和电压，避免买家买错。', 'State plug type and voltage so buyers do not buy the wrong one.'],
    ),
  ],
  solution: [
    {
      type: 'listing.update',
      listingId: 'L-9431',
      patch: {
        title: 'LED Strip Lights {length}m RGB Colour Changing with Remote and UK Plug',
        attributes: { voltage: '230V', lengthM: '{length}', colour: 'RGB', plugType: 'UK' },
        description:
          'Light up your room with this RGB LED strip: 16 colours, remote control, easy to cut and stick. Supplied with a ' +
          'UK plug for 230V sockets, ready to use in the United Kingdom.',
      },
    },
  ],
};

const B2B_LISTING: TaskDefinition = {
  code: 'X5-INFO-01',
  title: { zh: '按发布要求录入 B2B 商品信息', en: 'Enter a B2B product by the posting requirements' },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '产品及服务信息管理',
  skillItems: ['L5/F1/C1.1/S1.1.1', 'L5/F2/C2.4/S2.4.2'],
  suzhouCategories: ['平台运营', '产品采购'],
  timeLimitMinutes: 25,
  params: {
    moq: { kind: 'choice', options: [100, 200, 300, 500] },
    price: { kind: 'number', min: 2.8, max: 4.2, decimals: 2 },
    colour: { kind: 'choice', options: ['White', 'Black', 'Grey'] },
  },
  scenario: {
    marketplace: 'alibaba',
    base: 'b2b-store',
    add: { products: [withFacts(TSHIRT, { colour: '$colour', moq: '{moq}' })] },
  },
  instructions: {
    zh:
      `请按批发商品发布要求把女士 T 恤（SKU ${TSHIRT.sku}）录入仿阿里巴巴国际站：标题写明品名、材质和“Wholesale”；` +
      '按货源填写材质、尺码、颜色、袖长；最小起订量（moq）{moq} 件；FOB 单价 US$ {price}；库存 5000；' +
      '英文描述不少于 100 字符，写明起订量和可定制 logo；上传白底主图并发布。',
    en:
      `Enter the women's T-shirt (SKU ${TSHIRT.sku}) on the Alibaba.com-like site by the wholesale posting rules: ` +
      'title with product name, material and "Wholesale"; material, size, colour and sleeve length from the ' +
      'catalogue; minimum order quantity (moq) {moq} pcs; FOB unit price US$ {price}; stock 5000; an English ' +
      'description of at least 100 characters mentioning the MOQ and custom logos; a white main image; publish.',
  },
  checks: [
    check(
      'moq',
      3,
      ['最小起订量', 'Minimum order quantity'],
      at(`listings[sku=${TSHIRT.sku}].attributes.moq`, 'eq', p('moq')),
      ['最小起订量正确。', 'MOQ is correct.'],
      [
        'B2B 商品必须填写最小起订量（MOQ），它决定买家能否下单。',
        'A B2B listing needs its minimum order quantity: it decides who can order.',
      ],
    ),
    check(
      'attributes',
      2,
      ['属性', 'Attributes'],
      all(
        at(`listings[sku=${TSHIRT.sku}].attributes.material`, 'eq', 'Cotton'),
        at(`listings[sku=${TSHIRT.sku}].attributes.colour`, 'eq', p('colour')),
      ),
      ['属性与货源一致。', 'Attributes match the catalogue.'],
      ['按货源资料逐项录入属性。', 'Enter each attribute from the catalogue.'],
    ),
    check(
      'title',
      2,
      ['标题要素', 'Title elements'],
      all(
        at(`listings[sku=${TSHIRT.sku}].title`, 'includes', 'wholesale'),
        at(`listings[sku=${TSHIRT.sku}].title`, 'includes', 'cotton'),
      ),
      ['标题含批发与材质信息。', 'The title says wholesale and the material.'],
      [
        'B2B 标题 = 修饰词（Wholesale/Custom）+ 材质 + 品名，方便采购商搜索。',
        'A B2B title = qualifier (Wholesale/Custom) + material + product, as buyers search.',
      ],
    ),
    check(
      'price',
      1,
      ['价格', 'Price'],
      at(`listings[sku=${TSHIRT.sku}].price`, 'eq', p('price'), 0.001),
      ['价格正确。', 'The price is correct.'],
      ['按报价单录入 FOB 单价。', 'Enter the FOB unit price from the price list.'],
    ),
    check(
      'live',
      2,
      ['已发布', 'Published'],
      all(at(`listings[sku=${TSHIRT.sku}].status`, 'eq', 'active'), {
        kind: 'listingValid',
        path: `listings[sku=${TSHIRT.sku}]`,
      }),
      ['商品已发布。', 'The listing is live.'],
      ['全部必填项（含 MOQ）通过校验才能发布。', 'Every required field, MOQ included, must pass before publishing.'],
    ),
  ],
  solution: [
    {
      type: 'listing.create',
      listing: {
        sku: TSHIRT.sku,
        title: "Wholesale Women's Cotton Crew Neck T-Shirt Short Sleeve Blank Tee Custom Logo",
        categoryId: 'womens-tshirts',
        attributes: { material: 'Cotton', size: 'M', colour: '$colour', sleeveLength: 'short', moq: '{moq}' },
        bulletPoints: ['100% cotton 180 gsm jersey', 'Sizes XS to 3XL', 'Custom logo printing and labels'],
        description:
          "Wholesale women's cotton T-shirts, MOQ {moq} pcs. Blank or with your custom logo by screen print or embroidery. " +
          'Sampling in 7 days, bulk production in 20 days.',
        searchTerms: '',
        price: '$price',
        stock: 5000,
        shippingTemplateId: null,
        storeCategoryId: null,
      },
    },
    { type: 'listing.attachImage', listingId: '#last:L', role: 'main', image: goodImage('IMG-B2B-TEE') },
    { type: 'listing.publish', listingId: '#last:L' },
  ],
};

export const PRODUCT_INFO_TASKS: TaskDefinition[] = [COPYWRITING, LOCALISE, B2B_LISTING];
