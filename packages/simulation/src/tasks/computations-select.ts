/**
 * The `select` computation: picks an element of a list in the initial state and returns one of its fields, e.g.
 * `{ fn: 'select', args: { collection: 'orders', where: { status: 'Unshipped' }, index: 0, field: 'id' } }`.
 * `collection` is a path to a list (`orders`, `market.competitors`); `where` uses dot keys (a list = one of);
 * `index` counts from 0 (negative from the end); `field` is a dot key (default `id`; `''` returns the element).
 */
import type { SimState } from '../core/state.js';
import { compareValues } from './compare.js';
import { readDotted, resolvePath } from './paths.js';

const NO_REFS = { param: () => undefined, computed: () => undefined };

/** The elements of the list at `args.collection` whose dot keys equal `args.where` (a list = one of). */
function matching(state: SimState, args: Record<string, unknown>, fn: string): unknown[] {
  const path = String(args.collection);
  const r = resolvePath(state, path, NO_REFS);
  const list = r.mapped ? r.values : r.values[0];
  if (!Array.isArray(list)) throw new Error(`${fn}: ${path} is not a list`);
  const where = (args.where ?? {}) as Record<string, unknown>;
  return list.filter((item) =>
    Object.entries(where).every(([k, want]) => {
      const have = readDotted(item, k.split('.'));
      return Array.isArray(want) && !Array.isArray(have)
        ? compareValues(have, 'in', want)
        : compareValues(have, 'eq', want);
    }),
  );
}

export function selectFromState(state: SimState, args: Record<string, unknown>): unknown {
  const path = String(args.collection);
  const where = (args.where ?? {}) as Record<string, unknown>;
  const hits = matching(state, args, 'select');
  const index = args.index === undefined ? 0 : Number(args.index);
  const item = hits[index < 0 ? hits.length + index : index];
  if (item === undefined) throw new Error(`select: no element ${index} of ${path} where ${JSON.stringify(where)}`);
  const field = args.field === undefined ? 'id' : String(args.field);
  return field === '' ? item : readDotted(item, field.split('.'));
}

/**
 * The `aggregate` computation: `op` over the matching elements — `count`, or `sum` / `avg` / `min` / `max` of the
 * numeric dot key `field`. `avg`/`min`/`max` of no element is an error (the task would have no right answer).
 */
export function aggregateFromState(state: SimState, args: Record<string, unknown>): number {
  const hits = matching(state, args, 'aggregate');
  const op = String(args.op);
  if (op === 'count') return hits.length;
  const field = String(args.field ?? '');
  const values = hits.map((item) => Number(readDotted(item, field.split('.'))));
  if (values.some((v) => !Number.isFinite(v))) throw new Error(`aggregate: ${field} is not a number everywhere`);
  if (op === 'sum') return values.reduce((a, b) => a + b, 0);
  if (values.length === 0) throw new Error(`aggregate: no element matches for ${op}`);
  if (op === 'avg') return values.reduce((a, b) => a + b, 0) / values.length;
  return op === 'min' ? Math.min(...values) : Math.max(...values);
}

/** The `top` computation: the `field` (default `id`) of the matching element with the largest `by` (ties: first). */
export function topFromState(state: SimState, args: Record<string, unknown>): unknown {
  const hits = matching(state, args, 'top');
  const by = String(args.by).split('.');
  let best: unknown;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (const item of hits) {
    const v = Number(readDotted(item, by));
    if (Number.isFinite(v) && v > bestValue) {
      best = item;
      bestValue = v;
    }
  }
  if (best === undefined)
    throw new Error(`top: no element of ${String(args.collection)} has a number at ${String(args.by)}`);
  const field = args.field === undefined ? 'id' : String(args.field);
  return field === '' ? best : readDotted(best, field.split('.'));
}
