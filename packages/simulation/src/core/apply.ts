import { customsReducers } from '../customs/reducers.js';
import { listingReducers } from '../listing/reducers.js';
import { logisticsReducers } from '../logistics/reducers.js';
import { marketReducers } from '../market/reducers.js';
import { marketingReducers } from '../marketing/reducers.js';
import { orderReducers } from '../orders/reducers.js';
import { serviceReducers } from '../service/reducers.js';
import { shippingReducers } from '../shipping/reducers.js';
import { storeReducers } from '../store/reducers.js';
import type { Action, ActionType } from './actions.js';
import { cloneState } from './clone.js';
import type { Reducer, ReducerMap } from './reducer.js';
import { type ActionResult, SimRefusal } from './result.js';
import type { SimEnv } from './rules.js';
import type { SimState } from './state.js';

export const REDUCERS: ReducerMap = {
  ...storeReducers,
  ...listingReducers,
  ...shippingReducers,
  ...orderReducers,
  ...logisticsReducers,
  ...customsReducers,
  ...marketingReducers,
  ...serviceReducers,
  ...marketReducers,
};

/**
 * Applies one action. Pure: the given state is never changed; a refused action returns the marketplace's reason.
 * The action must already have passed `actionSchema` (its shape); reducers check the business rules.
 */
export function applyAction(state: SimState, action: Action, env: SimEnv): ActionResult<SimState> {
  const reducer = REDUCERS[action.type] as Reducer<ActionType> | undefined;
  if (!reducer) {
    return {
      ok: false,
      refusal: {
        code: 'UNKNOWN_ACTION',
        reason: { zh: `不支持的操作：${action.type}`, en: `Unknown action: ${action.type}` },
      },
    };
  }
  const draft = cloneState(state);
  try {
    const events = reducer(draft, action as never, env) ?? [];
    return { ok: true, state: draft, events };
  } catch (error) {
    if (error instanceof SimRefusal) return { ok: false, refusal: error.toRefusal() };
    throw error;
  }
}
