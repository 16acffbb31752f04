import { describe, expect, it } from 'vitest';
import { TASK_LIBRARY } from '../library/index.js';
import { envFor } from '../marketplaces/env.js';
import { orderedComputations } from './computed-order.js';
import { instantiateTask } from './instantiate.js';
import type { TaskDefinition } from './types.js';

/** What a jsonb column gives back: every object's keys sorted by length, then bytewise. */
function jsonbOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(jsonbOrder);
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((k) => [k, jsonbOrder((value as Record<string, unknown>)[k])]));
}

describe('computed values whatever the order of the definition’s keys (e.g. read back from jsonb)', () => {
  it('puts computed values after the ones they use, whatever order the column returns', () => {
    const def = {
      computed: {
        nMinus1: { fn: 'sub', args: { a: { param: 'n' }, b: 1 } },
        pairs: { fn: 'mul', args: { a: { param: 'n' }, b: { computed: 'nMinus1' } } },
        at: { fn: 'div', args: { a: { computed: 'pairs' }, b: 2 } },
        label: { fn: 'concat', args: { text: 'pair @at of {@pairs}' } },
      },
    } as unknown as TaskDefinition;
    const stored = jsonbOrder(def) as TaskDefinition;
    expect(Object.keys(stored.computed!)).toEqual(['at', 'label', 'pairs', 'nMinus1']);
    expect(orderedComputations(stored.computed).map(([n]) => n)).toEqual(['nMinus1', 'pairs', 'at', 'label']);
  });

  it('makes every library task instantiate from its stored form exactly as from the original', () => {
    for (const def of TASK_LIBRARY as readonly TaskDefinition[]) {
      const original = instantiateTask(def, 'seed-1', envFor);
      const fromDb = instantiateTask(jsonbOrder(def) as TaskDefinition, 'seed-1', envFor);
      expect(JSON.parse(JSON.stringify(fromDb)), def.code).toEqual(JSON.parse(JSON.stringify(original)));
    }
  });
});
