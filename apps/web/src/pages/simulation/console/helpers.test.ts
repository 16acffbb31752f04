import type { CategoryNode } from '@crossskill/simulation';
import { describe, expect, it } from 'vitest';
import {
  categoryOptions,
  categoryPath,
  formatPct,
  formatSimTime,
  orderStatusTabs,
  parcelFor,
  parseAnswerValue,
  utf8Bytes,
} from './helpers';

const cat = (id: string, parentId: string | null, leaf: boolean): CategoryNode => ({
  id,
  name: { zh: `${id}-zh`, en: id },
  parentId,
  leaf,
  attributes: [],
});

const TREE = [
  cat('home', null, false),
  cat('kitchen', 'home', false),
  cat('kitchen-utensils', 'kitchen', true),
  cat('empty-branch', 'home', false),
  cat('phone-cases', null, true),
];

describe('categoryOptions', () => {
  it('nests children under their parents and disables branches without leaves', () => {
    const opts = categoryOptions(TREE, (l) => l.zh);
    expect(opts.map((o) => o.value)).toEqual(['home', 'phone-cases']);
    const home = opts[0];
    expect(home?.children?.map((c) => [c.value, c.disabled ?? false])).toEqual([
      ['kitchen', false],
      ['empty-branch', true],
    ]);
    expect(home?.children?.[0]?.children?.[0]).toEqual({ value: 'kitchen-utensils', label: 'kitchen-utensils-zh' });
  });
});

describe('categoryPath', () => {
  it('gives the ids from the root down to the leaf', () => {
    expect(categoryPath(TREE, 'kitchen-utensils')).toEqual(['home', 'kitchen', 'kitchen-utensils']);
  });
  it('gives an empty path for an unknown or missing id', () => {
    expect(categoryPath(TREE, 'nope')).toEqual([]);
    expect(categoryPath(TREE, null)).toEqual([]);
  });
});

describe('utf8Bytes', () => {
  it('counts bytes, not characters (Chinese is 3 bytes a character)', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('瑜伽垫')).toBe(9);
  });
});

describe('orderStatusTabs', () => {
  it('lists all orders first, then each marketplace state in its order with its count', () => {
    const states = [
      { name: 'Pending', label: { zh: '待处理', en: 'Pending' }, terminal: false },
      { name: 'Unshipped', label: { zh: '未发货', en: 'Unshipped' }, terminal: false },
      { name: 'Shipped', label: { zh: '已发货', en: 'Shipped' }, terminal: false },
    ];
    const tabs = orderStatusTabs(states, [{ status: 'Unshipped' }, { status: 'Unshipped' }, { status: 'Shipped' }]);
    expect(tabs.map((t) => [t.key, t.count])).toEqual([
      ['all', 3],
      ['Pending', 0],
      ['Unshipped', 2],
      ['Shipped', 1],
    ]);
  });
});

describe('parcelFor', () => {
  const products = [
    { sku: 'MAT', weightKg: 1.2, dims: { l: 61, w: 12, h: 12 } },
    { sku: 'WHISK', weightKg: 0.15, dims: { l: 30, w: 7, h: 7 } },
  ];
  it('sums weight × quantity and takes the largest item box', () => {
    expect(
      parcelFor(
        [
          { sku: 'WHISK', qty: 2 },
          { sku: 'MAT', qty: 1 },
        ],
        products,
      ),
    ).toEqual({
      weightKg: 1.5,
      l: 61,
      w: 12,
      h: 12,
    });
  });
  it('falls back to a small default parcel for unknown goods', () => {
    expect(parcelFor([{ sku: 'X', qty: 1 }], products)).toEqual({ weightKg: 0.1, l: 10, w: 10, h: 5 });
  });
});

describe('parseAnswerValue', () => {
  it('turns numbers into numbers, comma lists into lists, and keeps other text', () => {
    expect(parseAnswerValue(' 42.50 ')).toBe(42.5);
    expect(parseAnswerValue('-3')).toBe(-3);
    expect(parseAnswerValue('SKU-1, SKU-2，SKU-3')).toEqual(['SKU-1', 'SKU-2', 'SKU-3']);
    expect(parseAnswerValue('dhl-express')).toBe('dhl-express');
  });
});

describe('formatting', () => {
  it('formats ratios as percentages and missing ratios as a dash', () => {
    expect(formatPct(0.1234)).toBe('12.3%');
    expect(formatPct(null)).toBe('—');
  });
  it('formats simulated minutes as day and clock time', () => {
    expect(formatSimTime(30 * 1440 + 9 * 60 + 5)).toBe('D30 09:05');
    expect(formatSimTime(null)).toBe('—');
  });
});
