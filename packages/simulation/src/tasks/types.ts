/**
 * A task (实训任务 / 技能考核任务): a scenario, instructions, and declarative checks on the final state or the action
 * log, each with points and feedback, tied to the standard's skill items. Plain JSON, so lecturers can author it in
 * the web app and it can be stored as a versioned revision.
 */
import type { Action } from '../core/actions.js';
import type { Loc, Refusal } from '../core/result.js';
import type { MarketplaceId, SimState } from '../core/state.js';

/** A parameter randomised per candidate from a range. */
export type ParamSpec =
  | { kind: 'int'; min: number; max: number; step?: number }
  | { kind: 'number'; min: number; max: number; decimals: number }
  | { kind: 'choice'; options: (string | number)[] };

export type ParamValue = string | number;

/**
 * A value in a check or scenario: a literal, a parameter (`{ param: 'weight' }`), a computed value
 * (`{ computed: 'expectedFreight' }`) or a value read from the state at the end (`{ path: 'orders[id=$orderId].total' }`).
 */
export type Operand =
  | string
  | number
  | boolean
  | null
  | (string | number)[]
  | { param: string }
  | { computed: string }
  | { path: string };

export type CompareOp =
  | 'eq'
  | 'neq'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  /** value is a list; the actual value is one of it */
  | 'in'
  /** actual (string or list) contains value (strings: case-insensitive) */
  | 'includes'
  | 'excludes'
  /** value is a regular expression source */
  | 'matches'
  | 'exists'
  | 'notExists'
  | 'lengthLte'
  | 'lengthGte';

/**
 * Paths: dot-separated segments over the state. `name[key=value]` selects the first element of the array `name`
 * whose `key` equals `value` (`$param` or `@computed` substitutes); `name[*]` maps over every element (a check on a
 * mapped path passes only when it passes for every element, and fails on an empty list); `name[0]` indexes;
 * `.length` is an array's or a string's length. Examples: `listings[sku=$sku].status`,
 * `orders[id=$orderId].shipmentIds.length`, `shipments[orderId=$orderId].channelId`, `answers.freight`.
 */
export type Assertion =
  | { kind: 'path'; path: string; op: CompareOp; value?: Operand; tolerance?: number }
  /** Number of elements of the array at `path` whose fields equal `where` (dot keys allowed), compared with `value`. */
  | { kind: 'count'; path: string; where?: Record<string, Operand>; op: CompareOp; value: Operand }
  /** The marketplace listing rules find no violation on the selected listing (title, attributes, images, …). */
  | { kind: 'listingValid'; path: string; ignoreRules?: string[] }
  /** The customs rules find no problem on the selected declaration. */
  | { kind: 'declarationValid'; path: string }
  /** Actions in the log: of `type`, whose fields equal `where` (dot keys), successful unless `refused` is true. */
  | {
      kind: 'action';
      type: string;
      where?: Record<string, Operand>;
      refused?: boolean;
      op?: CompareOp;
      value?: Operand;
    }
  /** The last seller reply in the selected message thread meets the rubric. */
  | { kind: 'reply'; path: string; rubric: ReplyRubric }
  | { kind: 'all'; of: Assertion[] }
  | { kind: 'any'; of: Assertion[] }
  | { kind: 'not'; of: Assertion };

/** How a customer-service reply is judged (service/rubric.ts). */
export interface ReplyRubric {
  language: string;
  /** Each element: any one of its phrases (case-insensitive) must appear; `$param` / `@computed` substitute. */
  required: { id: string; label: Loc; anyOf: string[] }[];
  /** Phrases that must not appear (promises the seller cannot keep, rude words, off-platform contact …). */
  forbidden: { id: string; label: Loc; anyOf: string[] }[];
  /** Reply within this many simulated hours of the buyer's message. */
  maxResponseHours?: number;
  minWords?: number;
  maxWords?: number;
}

export interface CheckDefinition {
  /** Stable within the task, e.g. `title-length`. */
  id: string;
  title: Loc;
  points: number;
  assert: Assertion;
  feedback: { pass: Loc; fail: Loc };
}

/**
 * An argument of a computation: an operand, or an object of them (a parcel `{ l, w, h, weightKg }`, the `where` of
 * `select`), resolved deeply.
 */
export type ComputationArg = Operand | { [key: string]: ComputationArg };

/** Named simulator calculations a task can use for expected values (tasks/computations.ts). */
export interface Computation {
  fn: string;
  args: Record<string, ComputationArg>;
}

/**
 * How the initial state is made: a base scenario of the marketplace (scenarios/), then the patch. Operands in the
 * patch are resolved against the parameters first.
 */
export interface ScenarioSpec {
  marketplace: MarketplaceId;
  /** Base scenario id: 'new-store' | 'verified-store' | 'catalog-store' | 'trading-store' | 'b2b-store' (scenarios/). */
  base: string;
  /**
   * Set values at paths of the initial state (after the base is built). `{ literal: … }` sets any JSON (objects,
   * arrays of objects, e.g. `market.platformCampaigns`), deep-resolved against parameters like `add`.
   */
  set?: { path: string; value: Operand | { literal: unknown } }[];
  /** Extra entities by state collection (orders, messages, products …), deep-resolved against parameters. */
  add?: Partial<
    Record<
      | 'products'
      | 'listings'
      | 'orders'
      | 'messages'
      | 'shippingTemplates'
      | 'declarations'
      | 'metrics'
      | 'subAccounts'
      | 'storeCategories'
      | 'ads'
      | 'coupons'
      | 'faq'
      | 'shipments',
      unknown[]
    >
  >;
}

export type TaskLevel = 1 | 2 | 3 | 4 | 5;

export interface TaskDefinition {
  /** Unique code, e.g. `X5-LIST-01`. */
  code: string;
  title: Loc;
  level: TaskLevel;
  workType: '网商' | '跨境电子商务师';
  /** Skill-table row (职业功能 name) of 003 §4.2 this task counts for in a skill-exam blueprint. */
  weightItem: string;
  /** Standard node ids (`L5/F2/C2.4/S2.4.1`) the task gives evidence for. */
  skillItems: string[];
  /** Suzhou (004) personnel categories the task also fits. */
  suzhouCategories: ('开发选品' | '产品采购' | '美工设计' | '平台运营' | '物流管理')[];
  timeLimitMinutes: number;
  params: Record<string, ParamSpec>;
  computed?: Record<string, Computation>;
  scenario: ScenarioSpec;
  /** May contain `{param}` and `{@computed}` placeholders. */
  instructions: Loc;
  checks: CheckDefinition[];
  /**
   * A reference solution (strings may hold `$param`, `@computed`, and `#ref` placeholders resolved when applied)
   * that scores full points — the library's tests prove every task can be solved.
   */
  solution?: unknown[];
}

/** A task made concrete for one candidate. */
export interface TaskInstance {
  seed: string;
  params: Record<string, ParamValue>;
  computed: Record<string, unknown>;
  instructions: Loc;
  initialState: SimState;
}

export interface LoggedAction {
  seq: number;
  action: Action;
  ok: boolean;
  refusal?: Refusal;
  /** Milliseconds since the run started (server time), for the replay's timeline. */
  atMs?: number;
}

export interface CheckResult {
  checkId: string;
  title: Loc;
  points: number;
  passed: boolean;
  awarded: number;
  feedback: Loc;
  /** What the checker saw, e.g. "title has 214 characters (max 200)". */
  detail: Loc;
}

export interface CheckReport {
  results: CheckResult[];
  awarded: number;
  total: number;
}

export interface TaskProblem {
  /** JSON path into the definition, e.g. `checks[3].assert.path`. */
  path: string;
  message: Loc;
}
