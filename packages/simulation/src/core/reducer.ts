import type { ActionOf, ActionType } from './actions.js';
import type { SimEvent } from './result.js';
import type { SimEnv } from './rules.js';
import type { SimState } from './state.js';

/**
 * A reducer changes `draft` (a private copy of the state) in place and returns what happened, or throws via
 * `refuse(...)` to refuse the action; a refused action leaves the state exactly as it was.
 */
export type Reducer<T extends ActionType> = (
  draft: SimState,
  action: ActionOf<T>,
  env: SimEnv,
) => SimEvent[] | undefined;

export type ReducerMap = { [T in ActionType]?: Reducer<T> };
