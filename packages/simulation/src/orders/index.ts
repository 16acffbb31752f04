export { advanceOrdersDay, ORDER_MARKET_ODDS, orderDeliveredAt } from './advance.js';
export { filterOrders } from './filter.js';
export {
  ABNORMAL_RESOLUTIONS,
  isCancelledOrder,
  ORDER_CANCEL_REASONS,
  type OrderCancelReason,
  orderRefundedAmount,
} from './policy.js';
export { orderReducers } from './reducers.js';
export type * from './rules-types.js';
export { orderActionSchemas } from './schemas.js';
export * from './states.js';
export { moqOf, TA_RULES } from './trade-assurance.js';
