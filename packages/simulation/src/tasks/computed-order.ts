import type { Computation } from './types.js';

/** Names of computed values an argument tree refers to: `{ computed: name }`, `@name` and `{@name}` in strings. */
function computedRefs(value: unknown, names: Set<string>, out: Set<string>): void {
  if (typeof value === 'string') {
    for (const m of value.matchAll(/@([A-Za-z_][A-Za-z0-9_]*)/g)) if (names.has(m[1]!)) out.add(m[1]!);
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) computedRefs(v, names, out);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const ref = (value as { computed?: unknown }).computed;
  if (typeof ref === 'string' && names.has(ref)) out.add(ref);
  for (const v of Object.values(value)) computedRefs(v, names, out);
}

/**
 * The task's computations in an order where each comes after the values it uses (`{ computed: name }`, `@name`,
 * `{@name}`); ties keep the written order, and a cycle (which the validator refuses) is left as written. The order
 * of an object's keys is not something to rely on: a jsonb column, for one, returns them sorted by length.
 */
export function orderedComputations(computed: Record<string, Computation> | undefined): [string, Computation][] {
  if (!computed) return [];
  const names = new Set(Object.keys(computed));
  const deps = new Map<string, Set<string>>();
  for (const [name, c] of Object.entries(computed)) {
    const refs = new Set<string>();
    computedRefs(c.args, names, refs);
    refs.delete(name);
    deps.set(name, refs);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < names.size) {
    const next = [...names].find((n) => !placed.has(n) && [...(deps.get(n) ?? [])].every((d) => placed.has(d)));
    if (!next) break;
    ordered.push(next);
    placed.add(next);
  }
  for (const n of names) if (!placed.has(n)) ordered.push(n);
  return ordered.map((n) => [n, computed[n] as Computation]);
}
