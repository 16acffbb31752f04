/**
 * China export customs rules for cross-border e-commerce: supervision modes 9610 / 9710 / 9810 / 1210 with their
 * announcements, the fields each mode requires (patterns from the GACC message and declaration-form standards),
 * Incoterms with the freight/insurance they imply, and the declaration elements (申报要素) by commodity-code prefix.
 */
import type { RuleSource } from '../core/rules.js';
import type { CustomsRuleSet, DeclarationFieldRule } from './rules-types.js';

const SRC = {
  gacc2014n12: {
    title: '海关总署公告2014年第12号（关于增列海关监管方式代码的公告）— 9610 跨境贸易电子商务',
    url: 'http://www.customs.gov.cn',
    effectiveFrom: '2014-02-10',
    note: 'B2C retail export released against a list (清单核放、汇总申报).',
  },
  gacc2014n57: {
    title: '海关总署公告2014年第57号（关于增列海关监管方式代码的公告）— 1210 保税跨境贸易电子商务',
    url: 'http://www.customs.gov.cn',
    effectiveFrom: '2014-08-01',
    note: 'Goods in special customs supervision areas or bonded logistics centres (type B).',
  },
  gacc2020n75: {
    title: '海关总署公告2020年第75号（关于开展跨境电子商务企业对企业出口监管试点的公告）— 9710 / 9810',
    url: 'http://www.customs.gov.cn',
    effectiveFrom: '2020-07-01',
    note: '9710 B2B direct export; 9810 export to an overseas warehouse (overseas warehouse registration required).',
  },
  gacc2018n113: {
    title: '海关总署公告2018年第113号（跨境电子商务统一版信息化系统企业接入报文规范）',
    url: 'http://www.customs.gov.cn',
    effectiveFrom: '2018-09-01',
    note: '9610 list fields: customsCode (4), declTime YYYYMMDDhhmmss, orderNo, ebpCode, logisticsNo, logisticsCode.',
  },
  declForm: {
    title: '《中华人民共和国海关进出口货物报关单填制规范》（海关总署公告2019年第18号）',
    url: 'http://www.customs.gov.cn',
    effectiveFrom: '2019-02-01',
    note: 'Port, 10-character operator code, transport mode, 成交方式 with 运费/保费, packages, gross weight; 申报要素 by code.',
  },
  incoterms: {
    title: 'ICC Incoterms® 2020',
    url: 'https://iccwbo.org/business-solutions/incoterms-rules/',
    effectiveFrom: '2020-01-01',
    note: 'Freight/insurance per term follows the declaration-form rule: FOB-type none, CFR-type freight, CIF-type both.',
  },
} satisfies Record<string, RuleSource>;

const f = (
  key: string,
  zh: string,
  en: string,
  requiredFor: DeclarationFieldRule['requiredFor'],
  extra: Partial<DeclarationFieldRule> = {},
): DeclarationFieldRule => ({ key, label: { zh, en }, requiredFor, ...extra });

const B2B: DeclarationFieldRule['requiredFor'] = ['9710', '9810'];

export const CUSTOMS_FIELDS_2025_01: DeclarationFieldRule[] = [
  // 9610 list (清单)
  f('customsCode', '申报地海关代码', 'Customs code (4 digits)', ['9610'], { pattern: '^\\d{4}$' }),
  f('declTime', '申报时间', 'Declaration time (YYYYMMDDhhmmss)', ['9610'], { pattern: '^\\d{14}$', kind: 'datetime' }),
  f('orderNo', '订单编号', 'Order number', ['9610'], { pattern: '^[0-9A-Za-z_-]{1,60}$' }),
  f('ebpCode', '电商平台代码', 'E-commerce platform code (10 characters)', ['9610'], { pattern: '^[0-9A-Z]{10}$' }),
  f('logisticsNo', '物流运单编号', 'Waybill number', ['9610'], { pattern: '^[0-9A-Z]{6,40}$' }),
  f('logisticsCode', '物流企业代码', 'Logistics company code (10 characters)', ['9610'], { pattern: '^[0-9A-Z]{10}$' }),
  // declaration form (报关单)
  f('port', '出境关别', 'Port of exit (4-digit customs code)', [...B2B, '1210'], { pattern: '^\\d{4}$' }),
  f('operatorCode', '境内发货人海关编码', 'Operator customs code (10 characters)', [...B2B, '1210'], {
    pattern: '^[0-9A-Z]{10}$',
  }),
  f('transportMode', '运输方式', 'Transport mode', B2B, {
    options: ['2', '3', '4', '5', '6', '9'],
    hint: { zh: '2 水路 3 铁路 4 公路 5 航空 6 邮件 9 其他', en: '2 sea 3 rail 4 road 5 air 6 post 9 other' },
  }),
  f('destinationCountry', '运抵国（地区）', 'Destination country', B2B, { pattern: '^[A-Z]{2,3}$' }),
  f('destinationPort', '指运港', 'Destination port (UN/LOCODE, e.g. USLAX)', B2B, { pattern: '^[A-Z]{2}[A-Z0-9]{3}$' }),
  f('incoterm', '成交方式', 'Incoterm', B2B, {
    options: ['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CPT', 'CIF', 'CIP', 'DAP', 'DPU', 'DDP'],
  }),
  f('freight', '运费', 'Freight', [], { kind: 'number' }),
  f('insurance', '保费', 'Insurance', [], { kind: 'number' }),
  f('packages', '件数', 'Packages', B2B, { kind: 'integer' }),
  f('grossWeightKg', '毛重（千克）', 'Gross weight (kg)', B2B, { kind: 'number' }),
  f('overseasWarehouseRef', '海外仓备案编号', 'Overseas warehouse reference', ['9810'], {
    pattern: '^[0-9A-Za-z-]{2,64}$',
  }),
  f('bondedAreaCode', '特殊监管区域（保税物流中心）代码', 'Bonded area code', ['1210'], {
    pattern: '^[0-9A-Z]{4,12}$',
  }),
];

const FOB_TYPE = { freight: 'forbidden', insurance: 'forbidden' } as const;
const CFR_TYPE = { freight: 'required', insurance: 'forbidden' } as const;
const CIF_TYPE = { freight: 'required', insurance: 'required' } as const;
const D_TYPE = { freight: 'required', insurance: 'optional' } as const;

export const CUSTOMS_RULE_SETS: CustomsRuleSet[] = [
  {
    version: '2025-01',
    effectiveFrom: '2025-01-01',
    modes: [
      {
        code: '9610',
        name: { zh: '跨境贸易电子商务（B2C 零售出口）', en: 'CBEC retail export (B2C)' },
        source: SRC.gacc2014n12,
      },
      {
        code: '9710',
        name: { zh: '跨境电子商务企业对企业直接出口', en: 'CBEC B2B direct export' },
        source: SRC.gacc2020n75,
      },
      {
        code: '9810',
        name: { zh: '跨境电子商务出口海外仓', en: 'CBEC export to overseas warehouse' },
        source: SRC.gacc2020n75,
      },
      { code: '1210', name: { zh: '保税跨境贸易电子商务', en: 'Bonded CBEC' }, source: SRC.gacc2014n57 },
    ],
    fields: CUSTOMS_FIELDS_2025_01,
    incoterms: ['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CPT', 'CIF', 'CIP', 'DAP', 'DPU', 'DDP'],
    incotermCosts: {
      EXW: FOB_TYPE,
      FCA: FOB_TYPE,
      FAS: FOB_TYPE,
      FOB: FOB_TYPE,
      CFR: CFR_TYPE,
      CPT: CFR_TYPE,
      CIF: CIF_TYPE,
      CIP: CIF_TYPE,
      DAP: D_TYPE,
      DPU: D_TYPE,
      DDP: D_TYPE,
    },
    elementsByHsPrefix: {
      '3924': ['品名', '品牌类型', '出口享惠情况', '用途', '材质'],
      '3926': ['品名', '品牌类型', '出口享惠情况', '用途', '材质'],
      '3304': ['品名', '品牌类型', '出口享惠情况', '用途', '成分', '包装规格'],
      '6109': ['品名', '品牌类型', '出口享惠情况', '织造方法', '种类', '成分含量'],
      '6912': ['品名', '品牌类型', '出口享惠情况', '材质', '用途'],
      '7323': ['品名', '品牌类型', '出口享惠情况', '材质', '用途'],
      '8539': ['品名', '品牌类型', '出口享惠情况', '用途', '功率', '电压'],
      '9405': ['品名', '品牌类型', '出口享惠情况', '用途', '光源种类', '材质'],
      '9506': ['品名', '品牌类型', '出口享惠情况', '用途', '材质'],
    },
    defaultElements: ['品名', '品牌类型', '出口享惠情况'],
    currencies: ['USD', 'EUR', 'GBP', 'JPY', 'AUD', 'CAD', 'HKD', 'CNY'],
    sources: Object.values(SRC),
  },
];

/** The customs rule set of a version (the latest when omitted); an unknown version is a programming error. */
export function customsRulesFor(version?: string): CustomsRuleSet {
  const found =
    version === undefined
      ? [...CUSTOMS_RULE_SETS].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0]
      : CUSTOMS_RULE_SETS.find((r) => r.version === version);
  if (!found) throw new RangeError(`Unknown customs rule set version: ${String(version)}`);
  return found;
}

/** The declaration elements a commodity code requires: the longest matching prefix rule, else the defaults. */
export function requiredElementsFor(rules: CustomsRuleSet, hsCode: string): string[] {
  let best: string | null = null;
  for (const prefix of Object.keys(rules.elementsByHsPrefix)) {
    if (hsCode.startsWith(prefix) && (best === null || prefix.length > best.length)) best = prefix;
  }
  return best === null ? rules.defaultElements : (rules.elementsByHsPrefix[best] ?? rules.defaultElements);
}
