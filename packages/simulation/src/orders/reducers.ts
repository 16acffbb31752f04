import type { ActionOf } from '../core/actions.js';
import type { ReducerMap } from '../core/reducer.js';
import type { SimEvent } from '../core/result.js';
import { refuse } from '../core/result.js';
import type { SimEnv } from '../core/rules.js';
import type { SimState } from '../core/state.js';
import { isDirectChannel } from '../logistics/freight.js';
import { findOrder } from './policy.js';
import { approveReturnReducer, refundReturnReducer, rejectReturnReducer, reshipExchangeReducer } from './returns.js';
import {
  cancelOrderReducer,
  extendReceiptReducer,
  filterOrdersReducer,
  modifyOrderReducer,
  resolveAbnormalReducer,
} from './seller-ops.js';
import { assertShippable, channelOrRefuse, linesToShip, shipOrder } from './ship.js';
import { draftTaReducer, refundTaReducer, respondDisputeReducer, shipTaReducer } from './trade-assurance.js';

/** Flags that must be resolved before an order may ship. */
const BLOCKING_FLAGS = ['address_unverified', 'payment_risk'] as const;

function shipOrderReducer(draft: SimState, action: ActionOf<'order.ship'>, env: SimEnv): SimEvent[] {
  const order = findOrder(draft, action.orderId);
  assertShippable(draft, env, order);
  const blocking = order.flags.filter((f) => (BLOCKING_FLAGS as readonly string[]).includes(f));
  if (blocking.length > 0) {
    refuse(
      'ORDER_ABNORMAL',
      `异常订单请先处理异常（${blocking.join('、')}）再发货`,
      `Resolve the order's abnormal flags (${blocking.join(', ')}) before shipping`,
      'orderId',
    );
  }
  const channel = channelOrRefuse(env, action.channelId);
  if (!isDirectChannel(channel)) {
    refuse(
      'CHANNEL_NOT_DIRECT',
      `${channel.name.zh} 须通过海外仓/FBA 出库，不能直发`,
      `${channel.name.en} ships from warehouse stock; use warehouse fulfilment`,
      'channelId',
    );
  }
  const lines = linesToShip(order, action.lines);
  const { events } = shipOrder(draft, env, order, {
    channel,
    mode: action.mode,
    parcel: action.parcel,
    lines,
    ...(action.mode === 'offline' && action.trackingNo !== undefined ? { trackingNo: action.trackingNo } : {}),
  });
  return events;
}

export const orderReducers: ReducerMap = {
  'order.filter': filterOrdersReducer,
  'order.modify': modifyOrderReducer,
  'order.extendReceipt': extendReceiptReducer,
  'order.cancel': cancelOrderReducer,
  'order.ship': shipOrderReducer,
  'order.resolveAbnormal': resolveAbnormalReducer,
  'return.approve': approveReturnReducer,
  'return.reject': rejectReturnReducer,
  'return.refund': refundReturnReducer,
  'exchange.reship': reshipExchangeReducer,
  'ta.draft': draftTaReducer,
  'ta.ship': shipTaReducer,
  'ta.refund': refundTaReducer,
  'ta.respondDispute': respondDisputeReducer,
};
