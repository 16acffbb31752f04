import { describe, expect, it } from 'vitest';
import { type PathRefs, parsePath, resolvePath, setAtPath } from './paths.js';

const refs: PathRefs = {
  param: (n) => ({ orderId: 'O-2', idx: 3, country: 'DE' })[n],
  computed: (n) => ({ sku: 'B' })[n],
};

const root = {
  orders: [
    { id: 'O-1', buyer: { country: 'US' }, shipmentIds: ['SH-1'], lines: [{ sku: 'A', qty: 1 }] },
    {
      id: 'O-2',
      buyer: { country: 'DE' },
      shipmentIds: [],
      lines: [
        { sku: 'B', qty: 2 },
        { sku: 'C', qty: 1 },
      ],
    },
    { id: 3, buyer: { country: 'US' }, shipmentIds: [], lines: [] },
  ],
  answers: { freight: 42.5, 'odd key': 1 },
  title: 'Silicone spatula',
};

const one = (path: string) => resolvePath(root, path, refs).values[0];

describe('parsePath', () => {
  it('parses keys, selectors with $param / @computed / literals, [*], indexes and dotted selector keys', () => {
    const p = parsePath("orders[id=$orderId].lines[sku=@sku].qty.length[*][-1][buyer.country='U S']");
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.steps).toEqual([
      { kind: 'key', name: 'orders' },
      { kind: 'where', key: ['id'], value: { kind: 'param', name: 'orderId' } },
      { kind: 'key', name: 'lines' },
      { kind: 'where', key: ['sku'], value: { kind: 'computed', name: 'sku' } },
      { kind: 'key', name: 'qty' },
      { kind: 'key', name: 'length' },
      { kind: 'all' },
      { kind: 'index', index: -1 },
      { kind: 'where', key: ['buyer', 'country'], value: { kind: 'literal', value: 'U S' } },
    ]);
  });

  it.each([
    ['', /empty/],
    ['orders.', /end with/],
    ['orders[', /missing "\]"/],
    ['orders[*', /expected "\]"/],
    ['orders[id]', /selector is/],
    ['orders[id=]', /missing value/],
    ['orders[=x]', /invalid selector field/],
    ['orders[id=$1x]', /invalid reference/],
    ["orders[id='x]", /unclosed quote/],
    ['orders..id', /expected a field name/],
    ['orders]x', /expected "\." or "\["/],
  ])('rejects %j with a clear message', (src, msg) => {
    const p = parsePath(src);
    expect(p.ok).toBe(false);
    if (!p.ok) {
      expect(p.error.en).toMatch(msg);
      expect(p.error.zh).toMatch(/路径/);
    }
  });
});

describe('resolvePath', () => {
  it('selects by parameter, computed value and literal (numbers match their text)', () => {
    expect(one('orders[id=$orderId].buyer.country')).toBe('DE');
    expect(one('orders[id=$orderId].lines[sku=@sku].qty')).toBe(2);
    expect(one('orders[id=3].buyer.country')).toBe('US');
    expect(one('orders[buyer.country=DE].id')).toBe('O-2');
  });

  it('indexes from the start and from the end, and gives lengths of lists and texts', () => {
    expect(one('orders[0].id')).toBe('O-1');
    expect(one('orders[-1].id')).toBe(3);
    expect(one('orders[0].shipmentIds.length')).toBe(1);
    expect(one('title.length')).toBe(16);
    expect(one('orders.length')).toBe(3);
  });

  it('maps over [*] and reports the miss of a selector that finds nothing', () => {
    const r = resolvePath(root, 'orders[*].lines[*].sku', refs);
    expect(r).toMatchObject({ mapped: true, values: ['A', 'B', 'C'] });
    const miss = resolvePath(root, 'orders[id=O-9].status', refs);
    expect(miss.values).toEqual([undefined]);
    expect(miss.miss?.en).toBe('no element [id=O-9] in orders');
    expect(one('answers.nothing.deeper')).toBeUndefined();
    expect(one('constructor')).toBeUndefined();
  });

  it('sets a value at a path, through selectors and on every mapped element', () => {
    const copy = structuredClone(root);
    expect(setAtPath(copy, 'orders[id=$orderId].buyer.country', 'FR', refs)).toBe(1);
    expect(copy.orders[1]!.buyer.country).toBe('FR');
    expect(setAtPath(copy, 'orders[*].flag', true, refs)).toBe(3);
    expect(setAtPath(copy, 'orders[id=O-9].x', 1, refs)).toBe(0);
    expect(() => setAtPath(copy, 'orders[*]', 1, refs)).toThrow(/last step/);
  });
});
