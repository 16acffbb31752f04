/** Returns and exchanges after delivery: approve, reject with a reason, refund (≤ the returned goods' value), reship. */
import type { ActionOf } from '../core/actions.js';
import type { SimEvent } from '../core/result.js';
import { refuse } from '../core/result.js';
import type { SimEnv } from '../core/rules.js';
import type { Order, ReturnRequest, SimState } from '../core/state.js';
import { addOrderRefund, findOrder, lineValue, roundMoney } from './policy.js';
import { refundableOf } from './seller-ops.js';
import { channelOrRefuse, createShipment } from './ship.js';
import { moveOrder } from './states.js';

function findReturn(order: Order, returnId: string): ReturnRequest {
  const found = order.returns.find((r) => r.id === returnId);
  if (!found)
    refuse('RETURN_NOT_FOUND', `退货/换货申请 ${returnId} 不存在`, `Return request ${returnId} not found`, 'returnId');
  return found;
}

function assertStatus(ret: ReturnRequest, allowed: ReturnRequest['status'][], zh: string, en: string): void {
  if (!allowed.includes(ret.status))
    refuse('RETURN_STATE', `${zh}（当前 ${ret.status}）`, `${en} (now ${ret.status})`, 'returnId');
}

/** AliExpress-like: an order in dispute (IN_ISSUE) leaves it once no return is open any more. */
function settleIssue(draft: SimState, order: Order): void {
  if (draft.marketplace !== 'aliexpress' || order.status !== 'IN_ISSUE') return;
  if (order.returns.some((r) => r.status === 'requested' || r.status === 'approved' || r.status === 'received')) return;
  const refunded = order.returns.some((r) => r.status === 'refunded');
  moveOrder(
    draft.marketplace,
    order,
    refunded ? 'FUND_PROCESSING' : 'WAIT_BUYER_ACCEPT_GOODS',
    draft.now,
    'platform',
    'issue settled',
  );
}

const event = (kind: string, order: Order, ret: ReturnRequest, zh: string, en: string): SimEvent[] => [
  { kind, message: { zh, en }, refs: { orderId: order.id, returnId: ret.id } },
];

export function approveReturnReducer(draft: SimState, action: ActionOf<'return.approve'>): SimEvent[] {
  const order = findOrder(draft, action.orderId);
  const ret = findReturn(order, action.returnId);
  assertStatus(ret, ['requested'], '只能同意待处理的申请', 'Only a pending request can be approved');
  ret.status = 'approved';
  return event(
    'return.approved',
    order,
    ret,
    `已同意${ret.kind === 'exchange' ? '换货' : '退货'}申请 ${ret.id}`,
    `Request ${ret.id} approved`,
  );
}

export function rejectReturnReducer(draft: SimState, action: ActionOf<'return.reject'>): SimEvent[] {
  const order = findOrder(draft, action.orderId);
  const ret = findReturn(order, action.returnId);
  assertStatus(ret, ['requested'], '只能拒绝待处理的申请', 'Only a pending request can be rejected');
  if (action.reason.trim().length < 5) {
    refuse(
      'RETURN_REJECT_REASON',
      '拒绝退货须写明理由（至少 5 个字符）',
      'Give a reason for rejecting (at least 5 characters)',
      'reason',
    );
  }
  ret.status = 'rejected';
  order.history.push({
    at: draft.now,
    from: order.status,
    to: order.status,
    by: 'seller',
    note: `return ${ret.id} rejected: ${action.reason}`,
  });
  settleIssue(draft, order);
  return event(
    'return.rejected',
    order,
    ret,
    `已拒绝申请 ${ret.id}：${action.reason}`,
    `Request ${ret.id} rejected: ${action.reason}`,
  );
}

export function refundReturnReducer(draft: SimState, action: ActionOf<'return.refund'>): SimEvent[] {
  const order = findOrder(draft, action.orderId);
  const ret = findReturn(order, action.returnId);
  assertStatus(ret, ['approved', 'received'], '请先同意申请再退款', 'Approve the request before refunding');
  const line = order.lines.find((l) => l.sku === ret.sku);
  const cap = Math.min(lineValue(line?.unitPrice ?? 0, ret.qty), refundableOf(order));
  if (!(action.amount > 0) || roundMoney(action.amount) > cap) {
    refuse(
      'RETURN_REFUND_EXCEEDS',
      `退款金额须大于 0 且不超过退货商品金额 $${cap.toFixed(2)}`,
      `The refund must be above 0 and at most the returned goods' value of $${cap.toFixed(2)}`,
      'amount',
    );
  }
  ret.status = 'refunded';
  ret.refundAmount = roundMoney(action.amount);
  addOrderRefund(order, ret.refundAmount);
  settleIssue(draft, order);
  return event(
    'return.refunded',
    order,
    ret,
    `申请 ${ret.id} 已退款 $${ret.refundAmount.toFixed(2)}`,
    `Request ${ret.id} refunded $${ret.refundAmount.toFixed(2)}`,
  );
}

export function reshipExchangeReducer(draft: SimState, action: ActionOf<'exchange.reship'>, env: SimEnv): SimEvent[] {
  const order = findOrder(draft, action.orderId);
  const ret = findReturn(order, action.returnId);
  if (ret.kind !== 'exchange')
    refuse('RETURN_KIND_MISMATCH', '退货申请不能补发，只有换货可以', 'Only an exchange can be reshipped', 'returnId');
  assertStatus(ret, ['approved', 'received'], '请先同意换货申请再补发', 'Approve the exchange before reshipping');
  const channel = channelOrRefuse(env, action.channelId);
  const shipment = createShipment(draft, order.id, {
    channel,
    mode: 'online',
    parcel: action.parcel,
    destination: order.address.country,
    lines: [{ sku: ret.sku, qty: ret.qty }],
  });
  order.shipmentIds.push(shipment.id);
  ret.status = 'reshipped';
  settleIssue(draft, order);
  return event(
    'exchange.reshipped',
    order,
    ret,
    `换货 ${ret.id} 已补发：${channel.name.zh} ${shipment.trackingNo}，运费 ¥${shipment.costCny.toFixed(2)}`,
    `Exchange ${ret.id} reshipped by ${channel.name.en} ${shipment.trackingNo}, freight ¥${shipment.costCny.toFixed(2)}`,
  );
}
