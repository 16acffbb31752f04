import type { CategoryNode, Loc, Order, OrderStateDef } from '@crossskill/simulation';

/** Pure helpers of the console (tested in helpers.test.ts). */

export interface CascaderOption {
  value: string;
  label: string;
  disabled?: boolean;
  children?: CascaderOption[];
}

/** The marketplace's category tree as cascader options; only leaves hold listings, so empty branches are disabled. */
export function categoryOptions(categories: readonly CategoryNode[], pick: (l: Loc) => string): CascaderOption[] {
  const byParent = new Map<string | null, CategoryNode[]>();
  for (const c of categories) {
    const list = byParent.get(c.parentId) ?? [];
    list.push(c);
    byParent.set(c.parentId, list);
  }
  const build = (parentId: string | null, depth: number): CascaderOption[] =>
    (byParent.get(parentId) ?? []).map((c) => {
      if (c.leaf || depth > 8) return { value: c.id, label: pick(c.name) };
      const children = build(c.id, depth + 1);
      return children.length > 0
        ? { value: c.id, label: pick(c.name), children }
        : { value: c.id, label: pick(c.name), disabled: true };
    });
  return build(null, 0);
}

/** Ids from the root down to `leafId` (the cascader's value), or [] when the id is not in the tree. */
export function categoryPath(categories: readonly CategoryNode[], leafId: string | null | undefined): string[] {
  if (!leafId) return [];
  const byId = new Map(categories.map((c) => [c.id, c]));
  const path: string[] = [];
  let cur = byId.get(leafId);
  while (cur && path.length < 10) {
    path.unshift(cur.id);
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return path;
}

/** Length in UTF-8 bytes (backend search terms are limited in bytes, not characters). */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Filter tabs of the order list: all, then the marketplace's states in its own order, with counts. */
export function orderStatusTabs(
  states: readonly OrderStateDef[],
  orders: readonly Pick<Order, 'status'>[],
): { key: string; name: string; label: Loc | null; count: number }[] {
  const counts = new Map<string, number>();
  for (const o of orders) counts.set(o.status, (counts.get(o.status) ?? 0) + 1);
  return [
    { key: 'all', name: 'all', label: null, count: orders.length },
    ...states.map((s) => ({ key: s.name, name: s.name, label: s.label, count: counts.get(s.name) ?? 0 })),
  ];
}

export function formatPct(v: number | null, digits = 1): string {
  return v === null ? '—' : `${(v * 100).toFixed(digits)}%`;
}

export function formatMoney(v: number | null, currency = '$'): string {
  return v === null ? '—' : `${currency}${v.toFixed(2)}`;
}

/** A simulated time (minutes since day 0) as "D12 14:05". */
export function formatSimTime(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return '—';
  const day = Math.floor(minutes / 1440);
  const rest = minutes - day * 1440;
  const hh = String(Math.floor(rest / 60)).padStart(2, '0');
  const mm = String(rest % 60).padStart(2, '0');
  return `D${day} ${hh}:${mm}`;
}

/** A first guess at an order's parcel: the goods' weights times quantities, the largest item's box. */
export function parcelFor(
  lines: readonly { sku: string; qty: number }[],
  products: readonly { sku: string; weightKg: number; dims: { l: number; w: number; h: number } }[],
): { weightKg: number; l: number; w: number; h: number } {
  let weight = 0;
  let box = { l: 10, w: 10, h: 5 };
  let largest = 0;
  for (const line of lines) {
    const p = products.find((x) => x.sku === line.sku);
    if (!p) continue;
    weight += p.weightKg * line.qty;
    const volume = p.dims.l * p.dims.w * p.dims.h;
    if (volume > largest) {
      largest = volume;
      box = { ...p.dims };
    }
  }
  return { weightKg: Math.round(weight * 1000) / 1000 || 0.1, ...box };
}

/** A number answer stays a number ("12.5" → 12.5); a comma list becomes a list; anything else is text. */
export function parseAnswerValue(raw: string): string | number | string[] {
  const text = raw.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text.includes(',') || text.includes('，')) {
    return text
      .split(/[,，]/)
      .map((s) => s.trim())
      .filter(Boolean);
  }
  return text;
}
