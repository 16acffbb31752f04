/**
 * Makes a task concrete for one candidate: parameters drawn from the seed, the base scenario built, the task's
 * `set` / `add` patch applied, computed values worked out on that initial state, placeholders in the instructions
 * filled. Same definition + same seed ⇒ the same instance (deep-equal), on the server and in the browser.
 */
import { createRng } from '../core/rng.js';
import type { SimEnv } from '../core/rules.js';
import type { SimState } from '../core/state.js';
import { buildScenario } from '../scenarios/build.js';
import { completeEntity, type EntityCollection } from '../scenarios/entities.js';
import { argProblem, COMPUTATIONS } from './computations.js';
import { orderedComputations } from './computed-order.js';
import { at, TaskRunError } from './errors.js';
import { formatPlain } from './format.js';
import { deepResolve, type OperandContext, refsOf } from './operands.js';
import { setAtPath } from './paths.js';
import type { CheckServices } from './services.js';
import { defaultTaskServices } from './task-services.js';
import type { ParamSpec, ParamValue, TaskDefinition, TaskInstance } from './types.js';

export type GetEnv = (state: SimState) => SimEnv;

/** One parameter value; each parameter has its own random stream so adding one does not change the others. */
export function drawParam(spec: ParamSpec, seed: string, name: string): ParamValue {
  const rng = createRng(`${seed}/param/${name}`);
  switch (spec.kind) {
    case 'int': {
      const step = spec.step && spec.step > 0 ? spec.step : 1;
      const steps = Math.floor((spec.max - spec.min) / step);
      return spec.min + rng.int(0, steps) * step;
    }
    case 'number': {
      const f = 10 ** spec.decimals;
      const v = Math.round(rng.float(spec.min, spec.max) * f) / f;
      return Math.min(spec.max, Math.max(spec.min, v));
    }
    case 'choice':
      return rng.pick(spec.options);
  }
}

export function drawParams(specs: Record<string, ParamSpec>, seed: string): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const [name, spec] of Object.entries(specs)) out[name] = drawParam(spec, seed, name);
  return out;
}

/** Fills `{param}` and `{@computed}` in a text; unknown names stay as written. */
export function fillPlaceholders(text: string, ctx: Pick<OperandContext, 'params' | 'computed'>): string {
  return text.replace(/\{(@?)([A-Za-z_][A-Za-z0-9_]*)\}/g, (m, at: string, name: string) => {
    const table: Record<string, unknown> = at ? ctx.computed : ctx.params;
    return Object.hasOwn(table, name) ? formatPlain(table[name]) : m;
  });
}

/** Applies the scenario patch of a task to a freshly built base state (in place). */
export function applyScenarioPatch(
  state: SimState,
  def: TaskDefinition,
  params: Record<string, ParamValue>,
  env: SimEnv,
): void {
  const ctx: OperandContext = { params, computed: {} };
  for (const [i, s] of (def.scenario.set ?? []).entries()) {
    const n = at(`scenario.set[${i}]`, () => setAtPath(state, s.path, deepResolve(s.value, ctx), refsOf(ctx)));
    if (n === 0) throw new TaskRunError(`scenario.set[${i}]`, `nothing at ${s.path}`);
  }
  for (const [collection, items] of Object.entries(def.scenario.add ?? {})) {
    for (const [i, item] of (items ?? []).entries()) {
      const entity = at(`scenario.add.${collection}[${i}]`, () =>
        completeEntity(collection as EntityCollection, deepResolve(item, ctx), state, env),
      );
      (state[collection as EntityCollection] as unknown[]).push(entity);
    }
  }
}

/** Works out the task's computed values on the initial state, each after the ones it uses. */
export function computeValues(
  def: TaskDefinition,
  params: Record<string, ParamValue>,
  state: SimState,
  env: SimEnv,
  services: CheckServices,
): Record<string, unknown> {
  const computed: Record<string, unknown> = {};
  for (const [name, c] of orderedComputations(def.computed)) {
    const fn = COMPUTATIONS[c.fn];
    if (!fn) throw new TaskRunError(`computed.${name}.fn`, `unknown computation ${c.fn}`);
    const args = at(
      `computed.${name}.args`,
      () => deepResolve(c.args, { params, computed, state }) as Record<string, unknown>,
    );
    for (const [arg, spec] of Object.entries(fn.args)) {
      const problem = argProblem(spec, args[arg]);
      if (problem) throw new TaskRunError(`computed.${name}.args.${arg}`, problem.en);
    }
    const value = at(`computed.${name}`, () => fn.run(args, { state, env, services }));
    computed[name] = value === undefined ? null : value;
  }
  return computed;
}

export function instantiateTask(
  def: TaskDefinition,
  seed: string,
  getEnv: GetEnv,
  services: CheckServices = defaultTaskServices,
): TaskInstance {
  const params = drawParams(def.params, seed);
  const state = at('scenario.base', () => buildScenario(def.scenario.base, def.scenario.marketplace, seed, getEnv));
  const env = getEnv(state);
  applyScenarioPatch(state, def, params, env);
  const computed = computeValues(def, params, state, env, services);
  const instructions = {
    zh: fillPlaceholders(def.instructions.zh, { params, computed }),
    en: fillPlaceholders(def.instructions.en, { params, computed }),
  };
  return { seed, params, computed, instructions, initialState: state };
}
