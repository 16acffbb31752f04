/** A text in Chinese (first) and English. Every message the simulator shows a person is one of these. */
export interface Loc {
  zh: string;
  en: string;
}

export const loc = (zh: string, en: string): Loc => ({ zh, en });

/**
 * Why the marketplace refused an action, worded like the marketplace would word it.
 * `code` is stable (tests and the API use it); `field` names the input at fault when there is one.
 */
export interface Refusal {
  code: string;
  reason: Loc;
  field?: string;
}

/** Something the action caused that a person should see (e.g. "订单已发货，运费 ¥42.50"). */
export interface SimEvent {
  kind: string;
  message: Loc;
  /** Ids of the entities concerned (order id, listing id …). */
  refs?: Record<string, string>;
}

export type ActionResult<S> = { ok: true; state: S; events: SimEvent[] } | { ok: false; refusal: Refusal };

/** Thrown inside reducers to refuse; `applyAction` turns it into `{ ok: false }`. */
export class SimRefusal extends Error {
  constructor(
    readonly code: string,
    readonly reason: Loc,
    readonly field?: string,
  ) {
    super(`${code}: ${reason.en}`);
  }
  toRefusal(): Refusal {
    return this.field === undefined
      ? { code: this.code, reason: this.reason }
      : { code: this.code, reason: this.reason, field: this.field };
  }
}

/** Refuses the action being applied. */
export function refuse(code: string, zh: string, en: string, field?: string): never {
  throw new SimRefusal(code, { zh, en }, field);
}

/** A broken marketplace rule found by a validator (listing, declaration, registration …). */
export interface RuleViolation {
  /** Stable rule id, e.g. `title.maxLength`. */
  rule: string;
  /** Field at fault, e.g. `title`, `images[0]`, `attributes.material`. */
  field: string;
  message: Loc;
}
