/**
 * Replaying an action log, and running a task's reference solution.
 *
 * `replayLog` re-applies every logged action to the initial state with `applyAction`; a step whose outcome (ok or
 * refused, and the refusal code) differs from what the log recorded is a divergence.
 *
 * `runSolution` resolves the solution's placeholders in each step, then applies it, building the log as the console
 * would. Placeholders (whole strings unless noted):
 * - `$param`, `@computed` — the instance's values (keeping numbers as numbers); inside longer text they are replaced
 *   by their text, as are `{param}` and `{@computed}`.
 * - `#last:<prefix>` — the id most recently created with that prefix by an earlier step (`#last:L`, `#last:SH`).
 * - `#<kind>:<n>` — the n-th (from 1) entity of that kind in the INITIAL state, `#<kind>:<status>:<n>` the n-th with
 *   that status. Kinds: order, listing, product (gives the sku), thread, campaign, template, declaration, coupon.
 *   E.g. `#order:Unshipped:1`, `#thread:awaiting_reply:2`, `#product:3`.
 */
import { parseAction } from '../core/action-schema.js';
import type { Action } from '../core/actions.js';
import { applyAction } from '../core/apply.js';
import type { Refusal, SimEvent } from '../core/result.js';
import type { SimState } from '../core/state.js';
import { at, TaskRunError } from './errors.js';
import type { GetEnv } from './instantiate.js';
import { deepResolve } from './operands.js';
import type { LoggedAction, TaskDefinition, TaskInstance } from './types.js';

export interface ReplayStep {
  seq: number;
  ok: boolean;
  refusal?: Refusal;
  events: SimEvent[];
}

export interface ReplayResult {
  state: SimState;
  steps: ReplayStep[];
  /** `seq` of every step whose outcome differs from the log. */
  divergences: number[];
}

export function replayLog(initialState: SimState, log: readonly LoggedAction[], getEnv: GetEnv): ReplayResult {
  let state = initialState;
  const steps: ReplayStep[] = [];
  const divergences: number[] = [];
  for (const entry of log) {
    const r = applyAction(state, entry.action, getEnv(state));
    if (r.ok) {
      state = r.state;
      steps.push({ seq: entry.seq, ok: true, events: r.events });
    } else {
      steps.push({ seq: entry.seq, ok: false, refusal: r.refusal, events: [] });
    }
    const sameRefusal = r.ok || entry.ok || entry.refusal === undefined || entry.refusal.code === r.refusal.code;
    if (r.ok !== entry.ok || !sameRefusal) divergences.push(entry.seq);
  }
  return { state, steps, divergences };
}

const KIND_COLLECTION: Record<
  string,
  { list: (s: SimState) => { id?: string; sku?: string; status?: string }[]; key: 'id' | 'sku' }
> = {
  order: { list: (s) => s.orders, key: 'id' },
  listing: { list: (s) => s.listings, key: 'id' },
  product: { list: (s) => s.products, key: 'sku' },
  thread: { list: (s) => s.messages, key: 'id' },
  campaign: { list: (s) => s.ads, key: 'id' },
  template: { list: (s) => s.shippingTemplates, key: 'id' },
  declaration: { list: (s) => s.declarations, key: 'id' },
  coupon: { list: (s) => s.coupons, key: 'id' },
};

/** Resolves `#kind:n` / `#kind:status:n` against the initial state; undefined when the text is not such a reference. */
export function resolveInitialRef(text: string, initial: SimState): string | undefined {
  const m = /^#([a-z]+):(?:([A-Za-z_]+):)?(\d+)$/.exec(text);
  if (!m || m[1] === 'last') return undefined;
  const kind = KIND_COLLECTION[m[1]!];
  if (!kind) throw new Error(`unknown reference kind in ${text}`);
  const items = kind.list(initial).filter((x) => m[2] === undefined || x.status === m[2]);
  const item = items[Number(m[3]) - 1];
  if (!item) throw new Error(`${text}: the initial state has no such entity`);
  return String(item[kind.key]);
}

/** Ids in `state` created after counter value `since` (ids are `${prefix}-${seq}`), with their prefix. */
function createdIds(state: SimState, since: number): { prefix: string; id: string; n: number }[] {
  const out: { prefix: string; id: string; n: number }[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    const id = (v as { id?: unknown }).id;
    if (typeof id === 'string') {
      const m = /^([A-Z]+)-(\d+)$/.exec(id);
      if (m && Number(m[2]) > since) out.push({ prefix: m[1]!, id, n: Number(m[2]) });
    }
    for (const x of Object.values(v)) if (typeof x === 'object') visit(x);
  };
  visit(state);
  return out.sort((a, b) => a.n - b.n);
}

export function runSolution(
  def: TaskDefinition,
  instance: TaskInstance,
  getEnv: GetEnv,
): { state: SimState; log: LoggedAction[] } {
  let state = instance.initialState;
  const last = new Map<string, string>();
  const log: LoggedAction[] = [];
  const ctx = { params: instance.params, computed: instance.computed };
  const extra = (s: string): unknown => {
    const lastRef = /^#last:([A-Z]+)$/.exec(s);
    if (lastRef) {
      const id = last.get(lastRef[1]!);
      if (!id) throw new Error(`${s}: no id with prefix ${lastRef[1]} was created yet`);
      return id;
    }
    return resolveInitialRef(s, instance.initialState);
  };
  (def.solution ?? []).forEach((step, i) => {
    const parsed = at(`solution[${i}]`, () => parseAction(deepResolve(step, ctx, extra)));
    if (!parsed.ok) {
      throw new TaskRunError(`solution[${i}]`, parsed.problems.map((p) => p.message.en).join('; '));
    }
    const before = state.seq;
    const action: Action = parsed.action;
    const r = applyAction(state, action, getEnv(state));
    if (r.ok) {
      state = r.state;
      for (const c of createdIds(state, before)) last.set(c.prefix, c.id);
      log.push({ seq: i + 1, action, ok: true });
    } else {
      log.push({ seq: i + 1, action, ok: false, refusal: r.refusal });
    }
  });
  return { state, log };
}
