import { describe, expect, it } from 'vitest';
import { ENGINE_SAMPLE_TASK } from './sample-task.js';
import type { TaskDefinition } from './types.js';
import { validateTaskDefinition } from './validate.js';

const clone = (): TaskDefinition => structuredClone(ENGINE_SAMPLE_TASK);

function problemsOf(mutate: (t: TaskDefinition & Record<string, unknown>) => void) {
  const t = clone() as TaskDefinition & Record<string, unknown>;
  mutate(t);
  const v = validateTaskDefinition(t);
  if (v.ok) return [];
  for (const p of v.problems) {
    expect(p.message.zh.length).toBeGreaterThan(0);
    expect(p.message.en.length).toBeGreaterThan(0);
  }
  return v.problems;
}

const paths = (ps: { path: string }[]) => ps.map((p) => p.path);

describe('validateTaskDefinition', () => {
  it('accepts the sample task and returns it typed', () => {
    const v = validateTaskDefinition(clone());
    expect(v.ok).toBe(true);
  });

  it('rejects non-objects, oversized input and structural errors with the zod path', () => {
    expect(validateTaskDefinition(null)).toMatchObject({ ok: false });
    expect(paths(problemsOf((t) => (t.checks[0]!.points = -1)))).toEqual(['checks[0].points']);
    expect(paths(problemsOf((t) => (t.level = 7 as never)))).toEqual(['level']);
    expect(
      paths(problemsOf((t) => (t.checks[1]!.assert = { kind: 'path', path: 'x', op: 'approx' } as never))),
    ).toEqual(['checks[1].assert.op']);
    expect(paths(problemsOf((t) => (t.extra = 1)))).toEqual(['']);
    const big = clone();
    big.instructions = { zh: 'x'.repeat(20000), en: 'y'.repeat(20000) };
    big.solution = Array.from({ length: 400 }, () => ({ type: 'answer.submit', key: 'k', value: 'v'.repeat(3000) }));
    expect(validateTaskDefinition(big)).toMatchObject({ ok: false, problems: [{ path: '' }] });
  });

  it('points at duplicate check ids', () => {
    const ps = problemsOf((t) => (t.checks[3]!.id = t.checks[0]!.id));
    expect(ps).toEqual([
      { path: 'checks[3].id', message: expect.objectContaining({ en: 'check id "freight" repeats checks[0]' }) },
    ]);
  });

  it('points at a path syntax error inside a nested assertion', () => {
    const ps = problemsOf((t) => {
      t.checks[9]!.assert = {
        kind: 'all',
        of: [
          { kind: 'path', path: 'answers.acos', op: 'exists' },
          { kind: 'path', path: 'orders[id=', op: 'exists' },
        ],
      };
    });
    expect(paths(ps)).toEqual(['checks[9].assert.of[1].path']);
  });

  it('points at unknown parameters and computed values in paths, operands, where and instructions', () => {
    const ps = problemsOf((t) => {
      t.checks[2]!.assert = { kind: 'path', path: 'orders[id=$nope].status', op: 'eq', value: { param: 'gone' } };
      t.checks[3]!.assert = { kind: 'count', path: 'shipments', where: { orderId: '@missing' }, op: 'eq', value: 1 };
      t.instructions = { zh: '寄往 {country}，运费 {@nothing}', en: 'to {place}' };
    });
    expect(paths(ps)).toEqual([
      'instructions.zh',
      'instructions.en',
      'checks[2].assert.path',
      'checks[2].assert.value.param',
      'checks[3].assert.where.orderId',
    ]);
    expect(ps[0]!.message.en).toBe('unknown computed value "nothing"');
  });

  it('points at unknown computations, unknown or missing arguments and badly typed literals', () => {
    const ps = problemsOf((t) => {
      t.computed!.fee = { fn: 'freightQuoteX', args: {} };
      t.computed!.cheapest = { fn: 'cheapestChannel', args: { country: 5, parcel: { param: 'l' }, speed: 1 } };
      t.computed!.acos = { fn: 'round', args: { value: '@later' } };
    });
    expect(paths(ps)).toEqual([
      'computed.fee.fn',
      'computed.cheapest.args.speed',
      'computed.cheapest.args.country',
      'computed.acos.args.value',
    ]);
    expect(ps[3]!.message.en).toBe('unknown computed value "later"');
  });

  it('accepts computed values in any order but points at a cycle', () => {
    const later = problemsOf((t) => {
      t.computed = { a: { fn: 'round', args: { value: { computed: 'b' } } }, b: { fn: 'add', args: { a: 1, b: 2 } } };
    });
    expect(later.filter((p) => p.path.startsWith('computed.'))).toEqual([]);
    const ps = problemsOf((t) => {
      t.computed = {
        a: { fn: 'round', args: { value: { computed: 'b' } } },
        b: { fn: 'add', args: { a: { computed: 'a' }, b: 2 } },
      };
    });
    expect(ps.some((p) => p.message.en === 'computed value "b" and this one refer to each other (a cycle)')).toBe(true);
  });

  it('points at unknown action types in checks and in the solution', () => {
    const ps = problemsOf((t) => {
      t.checks[4]!.assert = { kind: 'action', type: 'order.teleport' };
      t.solution = [{ type: 'order.ship' }, { type: 'nope' }];
    });
    expect(paths(ps)).toEqual(['checks[4].assert.type', 'solution[1].type']);
  });

  it('points at the scenario base, marketplace availability and computed values used in the scenario', () => {
    expect(paths(problemsOf((t) => (t.scenario.base = 'mall')))).toEqual(['scenario.base']);
    expect(paths(problemsOf((t) => (t.scenario.marketplace = 'alibaba')))).toEqual(['scenario.marketplace']);
    expect(paths(problemsOf((t) => (t.scenario.marketplace = 'ebay' as never)))).toEqual(['scenario.marketplace']);
    const ps = problemsOf((t) => {
      t.scenario.set = [
        { path: 'store..x', value: 1 },
        { path: 'store.settings.handlingDays', value: { computed: 'fee' } },
      ];
    });
    expect(paths(ps)).toEqual(['scenario.set[0].path', 'scenario.set[1].value.computed']);
  });

  it('points at skill items, the weight item, the time limit and parameter ranges', () => {
    const ps = problemsOf((t) => {
      t.skillItems = ['L4/F3', 'L6/F1', 'L4/F3/C3.1/X3.1.1'];
      t.weightItem = '选品';
      t.timeLimitMinutes = 300;
      t.params.l = { kind: 'int', min: 50, max: 20 };
    });
    expect(paths(ps)).toEqual(['timeLimitMinutes', 'weightItem', 'skillItems[1]', 'skillItems[2]', 'params.l.min']);
  });

  it('points at comparisons without a value, bad regular expressions and non-list "in" values', () => {
    const ps = problemsOf((t) => {
      t.checks[0]!.assert = { kind: 'path', path: 'answers.freight', op: 'gt' };
      t.checks[1]!.assert = { kind: 'path', path: 'answers.channel', op: 'matches', value: '([a-z' };
      t.checks[2]!.assert = { kind: 'path', path: 'answers.channel', op: 'in', value: 'epacket' };
      t.checks[3]!.assert = { kind: 'path', path: 'answers.channel', op: 'lengthLte', value: 'ten' };
    });
    expect(paths(ps)).toEqual([
      'checks[0].assert.value',
      'checks[1].assert.value',
      'checks[2].assert.value',
      'checks[3].assert.value',
    ]);
  });

  it('points at rubric phrases with unknown parameters and at too deep nesting', () => {
    const ps = problemsOf((t) => {
      const reply = t.checks[7]!.assert as Extract<TaskDefinition['checks'][number]['assert'], { kind: 'reply' }>;
      reply.rubric.required[0]!.anyOf.push('$ghost');
      let a: TaskDefinition['checks'][number]['assert'] = { kind: 'path', path: 'x', op: 'exists' };
      for (let i = 0; i < 7; i++) a = { kind: 'not', of: a };
      t.checks[10]!.assert = a;
    });
    expect(paths(ps)).toEqual(['checks[7].assert.rubric.required[0].anyOf[3]', 'checks[10].assert.of.of.of.of.of.of']);
  });
});
