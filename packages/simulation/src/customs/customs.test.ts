import { describe, expect, it } from 'vitest';
import type { Action } from '../core/actions.js';
import type { CustomsDeclaration, DeclarationLine, SupervisionMode } from '../core/state.js';
import { actOk, fixtureOrder, fixtureState, refusalOf } from '../orders/test-fixtures.js';
import { CUSTOMS_RULE_SETS, customsRulesFor, requiredElementsFor } from './rules.js';
import { isDeclarationTime, validateDeclaration } from './validate.js';

const rules = customsRulesFor('2025-01');

const line = (over: Partial<DeclarationLine> = {}): DeclarationLine => ({
  hsCode: '3924100000',
  nameCn: '硅胶厨具',
  elements: { 品名: '硅胶锅铲', 品牌类型: '无品牌', 出口享惠情况: '不享惠', 用途: '厨房用', 材质: '硅胶' },
  qty: 200,
  unit: '个',
  unitValue: 3.5,
  currency: 'USD',
  originCountry: 'CN',
  ...over,
});

const B2B_FIELDS = {
  port: '5141',
  operatorCode: '4403960ABC',
  transportMode: '2',
  destinationCountry: 'US',
  destinationPort: 'USLAX',
  incoterm: 'FOB',
  packages: 10,
  grossWeightKg: 65,
};

const FIELDS: Record<SupervisionMode, Record<string, string | number>> = {
  '9610': {
    customsCode: '5141',
    declTime: '20250315103000',
    orderNo: 'O-1',
    ebpCode: '4403960XYZ',
    logisticsNo: 'RR123456785CN',
    logisticsCode: '1100980EMS',
  },
  '9710': B2B_FIELDS,
  '9810': { ...B2B_FIELDS, overseasWarehouseRef: 'OW-US-LA-2025' },
  '1210': { port: '5141', operatorCode: '4403960ABC', bondedAreaCode: '5165' },
};

const decl = (mode: SupervisionMode, over: Partial<CustomsDeclaration> = {}): CustomsDeclaration => ({
  id: 'D-1',
  mode,
  fields: { ...FIELDS[mode] },
  lines: [line()],
  orderIds: [],
  status: 'draft',
  problems: [],
  createdAt: 0,
  ...over,
});

const problems = (d: CustomsDeclaration) =>
  validateDeclaration(d, rules, fixtureState('amazon')).map((p) => `${p.rule}@${p.field}`);

describe('customs rules', () => {
  it('has the four supervision modes with their GACC announcements', () => {
    expect(customsRulesFor().version).toBe('2025-01');
    expect(() => customsRulesFor('1990-01')).toThrow(RangeError);
    const byCode = Object.fromEntries(CUSTOMS_RULE_SETS[0]!.modes.map((m) => [m.code, m.source.title]));
    expect(byCode['9610']).toContain('2014年第12号');
    expect(byCode['9710']).toContain('2020年第75号');
    expect(byCode['9810']).toContain('2020年第75号');
    expect(byCode['1210']).toContain('2014年第57号');
  });

  it('takes the declaration elements of the longest matching code prefix, else the defaults', () => {
    expect(requiredElementsFor(rules, '6109100021')).toContain('成分含量');
    expect(requiredElementsFor(rules, '8517130000')).toEqual(['品名', '品牌类型', '出口享惠情况']);
  });

  it('checks the declaration time is a real YYYYMMDDhhmmss', () => {
    expect(isDeclarationTime('20240229235959')).toBe(true);
    expect(isDeclarationTime('20250229120000')).toBe(false);
    expect(isDeclarationTime('20251301120000')).toBe(false);
    expect(isDeclarationTime('2025-03-15 10:30')).toBe(false);
  });
});

describe('validateDeclaration', () => {
  it.each(['9610', '9710', '9810', '1210'] as const)('%s: a complete declaration has no problem', (mode) => {
    expect(problems(decl(mode))).toEqual([]);
  });

  it('line checks: 10-digit code, required elements, quantity, value, currency, origin', () => {
    const bad = decl('9710', {
      lines: [
        line({ hsCode: '392410', qty: 0 }),
        line({ elements: { 品名: '锅铲' }, unitValue: 0, currency: 'RMB', originCountry: 'china' }),
      ],
    });
    expect(problems(bad)).toEqual([
      'line.hsCode@lines[0].hsCode',
      'line.qty@lines[0].qty',
      'line.element@lines[1].elements.品牌类型',
      'line.element@lines[1].elements.出口享惠情况',
      'line.element@lines[1].elements.用途',
      'line.element@lines[1].elements.材质',
      'line.unitValue@lines[1].unitValue',
      'line.currency@lines[1].currency',
      'line.origin@lines[1].originCountry',
    ]);
  });

  it('9610 list: 4-digit customs code, valid declaration time, platform and logistics codes', () => {
    const bad = decl('9610', {
      fields: { ...FIELDS['9610'], customsCode: '51410', declTime: '20251340103000', ebpCode: '' },
    });
    expect(problems(bad)).toEqual([
      'field.pattern@fields.customsCode',
      'field.datetime@fields.declTime',
      'field.required@fields.ebpCode',
    ]);
    const { logisticsNo: _n, logisticsCode: _c, ...rest } = FIELDS['9610'];
    expect(problems(decl('9610', { fields: rest }))).toEqual([
      'field.required@fields.logisticsNo',
      'field.required@fields.logisticsCode',
    ]);
  });

  it('9710: port, 10-character operator code, transport mode, destination, packages and gross weight', () => {
    const bad = decl('9710', {
      fields: {
        ...B2B_FIELDS,
        operatorCode: '4403960AB',
        transportMode: '7',
        destinationPort: 'Los Angeles',
        packages: 0,
        grossWeightKg: '',
      },
    });
    expect(problems(bad)).toEqual([
      'field.pattern@fields.operatorCode',
      'field.option@fields.transportMode',
      'field.pattern@fields.destinationPort',
      'field.number@fields.packages',
      'field.required@fields.grossWeightKg',
    ]);
  });

  it('Incoterms: FOB forbids freight and insurance, CFR needs freight only, CIF needs both', () => {
    const withTerm = (incoterm: string, extra: Record<string, number> = {}) =>
      decl('9710', { fields: { ...B2B_FIELDS, incoterm, ...extra } });
    expect(problems(withTerm('FOB', { freight: 300 }))).toEqual(['incoterm.freightForbidden@fields.freight']);
    expect(problems(withTerm('CFR'))).toEqual(['incoterm.freightRequired@fields.freight']);
    expect(problems(withTerm('CFR', { freight: 300, insurance: 5 }))).toEqual([
      'incoterm.insuranceForbidden@fields.insurance',
    ]);
    expect(problems(withTerm('CIF', { freight: 300 }))).toEqual(['incoterm.insuranceRequired@fields.insurance']);
    expect(problems(withTerm('CIF', { freight: 300, insurance: 5 }))).toEqual([]);
    expect(problems(withTerm('XYZ'))).toEqual(['field.option@fields.incoterm']);
  });

  it('9810 needs the overseas warehouse reference; 1210 needs the bonded area code', () => {
    const { overseasWarehouseRef: _w, ...no9810 } = FIELDS['9810'];
    expect(problems(decl('9810', { fields: no9810 }))).toEqual(['field.required@fields.overseasWarehouseRef']);
    expect(problems(decl('9710', { fields: no9810 }))).toEqual([]);
    expect(problems(decl('1210', { fields: { port: '5141', operatorCode: '4403960ABC' } }))).toEqual([
      'field.required@fields.bondedAreaCode',
    ]);
  });

  it('links to orders: unknown orders and commodity codes that do not match the ordered goods', () => {
    const state = fixtureState('amazon', [fixtureOrder('O-1', 'Shipped')]);
    const run = (d: CustomsDeclaration) => validateDeclaration(d, rules, state).map((p) => p.rule);
    expect(run(decl('9610', { orderIds: ['O-1'] }))).toEqual([]);
    expect(run(decl('9610', { orderIds: ['O-1', 'O-9'] }))).toEqual(['orderIds.unknown']);
    expect(run(decl('9610', { orderIds: ['O-1'], lines: [line({ hsCode: '3926909090' })] }))).toEqual([
      'line.hsCodeMismatch',
    ]);
  });
});

describe('declaration actions', () => {
  const create = (mode: SupervisionMode, fields = FIELDS[mode]): Action => ({
    type: 'customs.createDeclaration',
    mode,
    fields,
    lines: [line()],
    orderIds: [],
  });

  it('saves a draft with its problems, then submit refuses it listing every problem', () => {
    const state = actOk(fixtureState('alibaba'), create('9710', { ...B2B_FIELDS, incoterm: 'CIF' }));
    const d = state.declarations[0]!;
    expect(d).toMatchObject({ id: 'D-101', status: 'draft' });
    expect(d.problems.map((p) => p.rule)).toEqual(['incoterm.freightRequired', 'incoterm.insuranceRequired']);
    const refusal = refusalOf(state, { type: 'customs.submitDeclaration', declarationId: 'D-101' });
    expect(refusal.code).toBe('DECLARATION_INVALID');
    expect(refusal.zh).toContain('须填报运费');
    expect(refusal.zh).toContain('须填报保费');
  });

  it('update fixes the draft, submit releases it, and a released declaration is locked', () => {
    let state = actOk(fixtureState('alibaba'), create('9710', { ...B2B_FIELDS, incoterm: 'CIF' }));
    state = actOk(state, {
      type: 'customs.updateDeclaration',
      declarationId: 'D-101',
      fields: { freight: 300, insurance: 6 },
    });
    expect(state.declarations[0]?.problems).toEqual([]);
    state = actOk(state, { type: 'customs.submitDeclaration', declarationId: 'D-101' });
    expect(state.declarations[0]?.status).toBe('released');
    expect(
      refusalOf(state, { type: 'customs.updateDeclaration', declarationId: 'D-101', fields: { freight: 1 } }).code,
    ).toBe('DECLARATION_LOCKED');
    expect(refusalOf(state, { type: 'customs.submitDeclaration', declarationId: 'D-101' }).code).toBe(
      'DECLARATION_LOCKED',
    );
    expect(refusalOf(state, { type: 'customs.submitDeclaration', declarationId: 'D-9' }).code).toBe(
      'DECLARATION_NOT_FOUND',
    );
  });
});
