import type { ReducerMap } from '../core/reducer.js';

// TODO(helper): reducers of this domain's actions (see core/actions.ts).
export const orderReducers: ReducerMap = {};
