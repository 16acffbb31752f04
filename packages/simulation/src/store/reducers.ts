import type { ReducerMap } from '../core/reducer.js';
import { accountReducers } from './reducers-account.js';
import { categoryReducers } from './reducers-categories.js';
import { subAccountReducers } from './reducers-subaccounts.js';

export const storeReducers: ReducerMap = { ...accountReducers, ...categoryReducers, ...subAccountReducers };
