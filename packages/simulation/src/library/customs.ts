/** Export customs for cross-border B2B (9710) and overseas-warehouse (9810) shipments; level 4, logistics choice. */
import type { TaskDefinition } from '../tasks/types.js';
import { all, at, check, p } from './helpers.js';
import { YOGA_MAT } from './products.js';

const ELEMENTS = { 品名: '瑜伽垫', 品牌类型: '无品牌', 出口享惠情况: '不确定', 用途: '健身用', 材质: 'TPE' };

const B2B_DECLARATION: TaskDefinition = {
  code: 'X4-CUS-01',
  title: {
    zh: '选择监管方式并填报 B2B 出口报关单',
    en: 'Choose the supervision mode and file a B2B export declaration',
  },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L4/F4/C4.6/S4.6.3'],
  suzhouCategories: ['物流管理'],
  timeLimitMinutes: 25,
  params: {
    qty: { kind: 'int', min: 200, max: 600, step: 50 },
    unitValue: { kind: 'number', min: 5.5, max: 7.5, decimals: 2 },
    freight: { kind: 'int', min: 300, max: 800, step: 10 },
    insurance: { kind: 'int', min: 10, max: 40 },
    port: { kind: 'choice', options: ['USLAX', 'USNYC', 'USSEA'] },
    cartons: { kind: 'int', min: 10, max: 30 },
  },
  scenario: { marketplace: 'alibaba', base: 'b2b-store', add: { products: [YOGA_MAT] } },
  instructions: {
    zh:
      `一批瑜伽垫（SKU ${YOGA_MAT.sku}，商品编码 ${YOGA_MAT.hsCode}）通过阿里巴巴国际站与美国企业买家成交，直接空运给买家。` +
      '请选择正确的跨境电商监管方式并填报报关单后提交：出境关别 2244，境内发货人海关编码 3205964K8M，运输方式 航空（5），' +
      '运抵国 US，指运港 {port}，成交方式 CIF，运费 {freight} 美元，保费 {insurance} 美元，件数 {cartons}，毛重 300 kg；' +
      '商品 {qty} 张，单价 {unitValue} 美元，原产国 CN，申报要素：品名 瑜伽垫、品牌类型 无品牌、出口享惠情况 不确定、用途 健身用、材质 TPE。',
    en:
      `A lot of yoga mats (SKU ${YOGA_MAT.sku}, commodity code ${YOGA_MAT.hsCode}) was sold on the Alibaba.com-like ` +
      'site to a US business buyer and is flown directly to the buyer. Choose the right CBEC supervision mode, fill ' +
      'in and submit the declaration: port 2244, operator code 3205964K8M, transport air (5), destination US, port ' +
      '{port}, Incoterm CIF, freight US$ {freight}, insurance US$ {insurance}, {cartons} packages, 300 kg gross; ' +
      '{qty} mats at US$ {unitValue}, origin CN, elements: 品名 瑜伽垫, 品牌类型 无品牌, 出口享惠情况 不确定, 用途 健身用, 材质 TPE.',
  },
  checks: [
    check(
      'mode',
      4,
      ['监管方式 9710', 'Supervision mode 9710'],
      at('declarations[-1].mode', 'eq', '9710'),
      ['选择了 9710（跨境电商 B2B 直接出口）。', '9710 (CBEC B2B direct export) was chosen.'],
      [
        '企业对企业、货物直接出口给境外企业用 9710；出口到海外仓用 9810；B2C 零售用 9610（海关总署公告 2020 年第 75 号）。',
        'B2B goods shipped straight to a foreign business use 9710; to an overseas warehouse 9810; B2C retail 9610 (GACC 2020 No. 75).',
      ],
    ),
    check(
      'valid',
      3,
      ['报关单填写完整规范', 'Declaration complete and valid'],
      { kind: 'declarationValid', path: 'declarations[-1]' },
      ['报关单通过校验。', 'The declaration passes validation.'],
      [
        '9710 须填出境关别、发货人海关编码、运输方式、运抵国、指运港、成交方式、件数、毛重；CIF 须同时填运费和保费；申报要素按商品编码填全。',
        '9710 needs port, operator code, transport, destination, port of destination, Incoterm, packages, gross weight; CIF needs freight and insurance; all declaration elements of the code.',
      ],
    ),
    check(
      'values',
      2,
      ['申报数量与价格', 'Quantity and value'],
      all(
        at('declarations[-1].lines[0].qty', 'eq', p('qty')),
        at('declarations[-1].lines[0].unitValue', 'eq', p('unitValue'), 0.001),
      ),
      ['申报数量和单价与成交一致。', 'Quantity and unit value match the sale.'],
      [
        '申报价格须如实，与成交价一致（低报属于违法）。',
        'Declare the real transaction value (under-declaring is illegal).',
      ],
    ),
    check(
      'submitted',
      1,
      ['已提交', 'Submitted'],
      at('declarations[-1].status', 'in', ['submitted', 'released']),
      ['报关单已提交。', 'The declaration is submitted.'],
      ['填好后要提交申报。', 'Submit the declaration once it is complete.'],
    ),
  ],
  solution: [
    {
      type: 'customs.createDeclaration',
      mode: '9710',
      fields: {
        port: '2244',
        operatorCode: '3205964K8M',
        transportMode: '5',
        destinationCountry: 'US',
        destinationPort: '$port',
        incoterm: 'CIF',
        freight: '$freight',
        insurance: '$insurance',
        packages: '$cartons',
        grossWeightKg: 300,
      },
      lines: [
        {
          hsCode: YOGA_MAT.hsCode,
          nameCn: '瑜伽垫',
          elements: ELEMENTS,
          qty: '$qty',
          unit: '张',
          unitValue: '$unitValue',
          currency: 'USD',
          originCountry: 'CN',
        },
      ],
      orderIds: [],
    },
    { type: 'customs.submitDeclaration', declarationId: '#last:D' },
  ],
};

export const CUSTOMS_TASKS: TaskDefinition[] = [B2B_DECLARATION];
