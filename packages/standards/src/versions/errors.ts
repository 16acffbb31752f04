/** Stable codes of {@link StandardEditError}. */
export type StandardEditErrorCode =
  /** No node with this id. */
  | 'NODE_NOT_FOUND'
  /** The parent does not exist, is of the wrong kind or in another level. */
  | 'INVALID_PARENT'
  /** Another active sibling has this code. */
  | 'DUPLICATE_CODE'
  /** The node (or an ancestor, or the target parent) is retired. */
  | 'NODE_RETIRED'
  /** A field that this kind of node does not have (e.g. `text` on a function), or nothing to change. */
  | 'INVALID_FIELD'
  /** Empty code, name or text. */
  | 'EMPTY_VALUE'
  /** Work types not of the level, or wider than the parent's. */
  | 'INVALID_WORK_TYPES'
  /** Position outside the sibling list. */
  | 'INVALID_POSITION'
  /** Unknown level or work type of a weight column. */
  | 'INVALID_WEIGHT_COLUMN'
  /** A weight that is not a whole number 0–100, an item listed twice, or an item that is no function of the level. */
  | 'INVALID_WEIGHT'
  /** The column does not sum to 100. */
  | 'WEIGHTS_DO_NOT_SUM';

/** The one error the edit operations throw; `message` is Chinese, `params` feed localised messages. */
export class StandardEditError extends Error {
  override readonly name = 'StandardEditError';
  constructor(
    readonly code: StandardEditErrorCode,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

export const isStandardEditError = (e: unknown): e is StandardEditError => e instanceof StandardEditError;
