/**
 * Alibaba.com-like Trade Assurance (信用保障) orders: a draft from the contract, shipping on the contract date,
 * refunds up to what was paid, and the supplier's side of the dispute timeline.
 */
import type { ActionOf } from '../core/actions.js';
import { dayOf, nextId } from '../core/ids.js';
import type { SimEvent } from '../core/result.js';
import { refuse } from '../core/result.js';
import type { RuleSource, SimEnv } from '../core/rules.js';
import type { Order, SimState } from '../core/state.js';
import { MINUTES_PER_DAY } from '../core/state.js';
import { addOrderRefund, findOrder, lineValue, roundMoney } from './policy.js';
import { assertShippable, channelOrRefuse, linesToShip, shipOrder } from './ship.js';
import { moveOrder } from './states.js';

export const TA_RULES = {
  /** Contract numbers: 6–30 upper-case letters, digits and hyphens, starting with a letter or digit. */
  contractNoPattern: '^[A-Z0-9][A-Z0-9-]{5,29}$',
  inspectionAgencies: ['SGS', 'TÜV', 'BV', 'Intertek', 'CCIC'],
  claimWindowDaysAfterReceipt: 30,
  supplierResponseDays: 3,
  buyerMayEscalateFromDay: 4,
  autoEscalateOnDay: 8,
  source: {
    title: 'Alibaba.com Trade Assurance: order protection and dispute process',
    url: 'https://tradeassurance.alibaba.com',
    effectiveFrom: '2024-01-01',
    note: 'Claims up to 30 days after receipt; supplier responds within 3 days; buyer may escalate from day 4; automatic escalation on day 8; third-party inspection (SGS, TÜV, BV).',
  } satisfies RuleSource,
} as const;

function taOrder(draft: SimState, orderId: string): Order & { tradeAssurance: NonNullable<Order['tradeAssurance']> } {
  const order = findOrder(draft, orderId);
  if (!order.tradeAssurance) {
    refuse(
      'TA_NOT_TA_ORDER',
      `订单 ${order.id} 不是信用保障订单`,
      `Order ${order.id} is not a Trade Assurance order`,
      'orderId',
    );
  }
  return order as Order & { tradeAssurance: NonNullable<Order['tradeAssurance']> };
}

const taRefunded = (order: Order): number =>
  roundMoney((order.tradeAssurance?.refunds ?? []).reduce((s, r) => s + r.amount, 0));

/** Minimum order quantity of a SKU: the product fact `moq`, else the listing attribute; 1 when neither is set. */
export function moqOf(state: SimState, sku: string): number {
  const product = state.products.find((p) => p.sku === sku);
  const raw = product?.facts.moq ?? state.listings.find((l) => l.sku === sku)?.attributes.moq;
  const n = Number(raw);
  return raw !== undefined && Number.isFinite(n) && n > 0 ? n : 1;
}

export function draftTaReducer(draft: SimState, action: ActionOf<'ta.draft'>, env: SimEnv): SimEvent[] {
  if (draft.marketplace !== 'alibaba') {
    refuse(
      'TA_NOT_SUPPORTED',
      `${env.rules.name.zh} 不支持信用保障订单`,
      `${env.rules.name.en} has no Trade Assurance orders`,
    );
  }
  if (!new RegExp(TA_RULES.contractNoPattern).test(action.contractNo)) {
    refuse(
      'TA_CONTRACT_NO_INVALID',
      '合同编号须为 6–30 位大写字母、数字或连字符',
      'The contract number must be 6–30 upper-case letters, digits or hyphens',
      'contractNo',
    );
  }
  if (draft.orders.some((o) => o.tradeAssurance?.contractNo === action.contractNo)) {
    refuse(
      'TA_CONTRACT_DUPLICATE',
      `合同编号 ${action.contractNo} 已存在`,
      `Contract ${action.contractNo} already exists`,
      'contractNo',
    );
  }
  if (!env.customs.incoterms.includes(action.incoterm)) {
    refuse(
      'TA_INCOTERM_INVALID',
      `贸易术语 ${action.incoterm} 不合法，可选：${env.customs.incoterms.join('、')}`,
      `Incoterm ${action.incoterm} is invalid; use one of ${env.customs.incoterms.join(', ')}`,
      'incoterm',
    );
  }
  const seen = new Set<string>();
  for (const [i, line] of action.lines.entries()) {
    if (!draft.products.some((p) => p.sku === line.sku)) {
      refuse('SKU_NOT_FOUND', `商品 ${line.sku} 不存在`, `Product ${line.sku} not found`, `lines[${i}].sku`);
    }
    if (seen.has(line.sku))
      refuse('TA_LINE_DUPLICATE', `SKU ${line.sku} 重复`, `SKU ${line.sku} appears twice`, `lines[${i}].sku`);
    seen.add(line.sku);
    const moq = moqOf(draft, line.sku);
    if (line.qty < moq) {
      refuse(
        'TA_BELOW_MOQ',
        `SKU ${line.sku} 的订购数量 ${line.qty} 低于最小起订量 ${moq}`,
        `Quantity ${line.qty} of SKU ${line.sku} is below the minimum order quantity of ${moq}`,
        `lines[${i}].qty`,
      );
    }
  }
  const today = dayOf(draft.now);
  if (action.shipByDay < today) {
    refuse(
      'TA_SHIP_DATE_PAST',
      `合同发货日期不能早于今天（第 ${today} 天）`,
      `The contract ship date cannot be before today (day ${today})`,
      'shipByDay',
    );
  }
  const inspection = action.inspection ?? null;
  if (inspection !== null && !(TA_RULES.inspectionAgencies as readonly string[]).includes(inspection)) {
    refuse(
      'TA_INSPECTION_INVALID',
      `验货机构只能是：${TA_RULES.inspectionAgencies.join('、')}`,
      `Inspection agency must be one of ${TA_RULES.inspectionAgencies.join(', ')}`,
      'inspection',
    );
  }
  const amount = roundMoney(action.lines.reduce((s, l) => s + lineValue(l.unitPrice, l.qty), 0) + action.shippingFee);
  const order: Order = {
    id: nextId(draft, 'O'),
    status: 'WAIT_BUYER_CONFIRM',
    fulfilment: 'MFN',
    buyer: { name: action.buyerName, country: action.buyerCountry, email: '', language: 'en' },
    address: { name: action.buyerName, line1: '', city: '', postalCode: '', country: action.buyerCountry },
    lines: action.lines.map((l) => ({
      sku: l.sku,
      listingId: draft.listings.find((x) => x.sku === l.sku)?.id ?? null,
      qty: l.qty,
      unitPrice: l.unitPrice,
      shippedQty: 0,
    })),
    total: amount,
    shippingFee: action.shippingFee,
    placedAt: draft.now,
    paidAt: null,
    shipBy: (action.shipByDay + 1) * MINUTES_PER_DAY - 1,
    receiptDeadline: null,
    receiptExtendedDays: 0,
    flags: [],
    returns: [],
    tradeAssurance: {
      contractNo: action.contractNo,
      incoterm: action.incoterm,
      shipByDay: action.shipByDay,
      amount,
      paidAmount: 0,
      refunds: [],
      dispute: null,
      inspection,
    },
    shipmentIds: [],
    sellerNote: '',
    history: [
      { at: draft.now, from: '', to: 'WAIT_BUYER_CONFIRM', by: 'seller', note: `TA draft ${action.contractNo}` },
    ],
  };
  draft.orders.push(order);
  return [
    {
      kind: 'ta.drafted',
      message: {
        zh: `信用保障订单 ${order.id}（合同 ${action.contractNo}，${action.incoterm}，$${amount.toFixed(2)}）已发送给买家确认`,
        en: `Trade Assurance order ${order.id} (contract ${action.contractNo}, ${action.incoterm}, $${amount.toFixed(2)}) sent to the buyer to confirm`,
      },
      refs: { orderId: order.id },
    },
  ];
}

export function shipTaReducer(draft: SimState, action: ActionOf<'ta.ship'>, env: SimEnv): SimEvent[] {
  const order = taOrder(draft, action.orderId);
  assertShippable(draft, env, order);
  const channel = channelOrRefuse(env, action.channelId);
  const typed = action.trackingNo?.trim();
  const { events } = shipOrder(draft, env, order, {
    channel,
    mode: typed ? 'offline' : 'online',
    parcel: action.parcel,
    lines: linesToShip(order),
    ...(typed ? { trackingNo: typed } : {}),
  });
  return events;
}

export function refundTaReducer(draft: SimState, action: ActionOf<'ta.refund'>): SimEvent[] {
  const order = taOrder(draft, action.orderId);
  const ta = order.tradeAssurance;
  if (!['WAIT_SUPPLIER_SHIP', 'WAIT_BUYER_RECEIVE', 'IN_DISPUTE', 'COMPLETED'].includes(order.status)) {
    refuse(
      'TA_REFUND_STATE',
      `订单状态为 ${order.status}，买家尚未付款或订单已关闭，不能退款`,
      `Order is ${order.status}: nothing paid or already closed`,
    );
  }
  const refundable = roundMoney(ta.paidAmount - taRefunded(order));
  if (!(action.amount > 0) || roundMoney(action.amount) > refundable) {
    refuse(
      'TA_REFUND_EXCEEDS',
      `退款金额须大于 0 且不超过已付款减已退款 $${refundable.toFixed(2)}`,
      `The refund must be above 0 and at most paid minus refunded, $${refundable.toFixed(2)}`,
      'amount',
    );
  }
  const amount = roundMoney(action.amount);
  ta.refunds.push({ amount, reason: action.reason, at: draft.now });
  addOrderRefund(order, amount);
  if (amount === refundable && order.status === 'WAIT_SUPPLIER_SHIP') {
    moveOrder(draft.marketplace, order, 'CLOSED', draft.now, 'seller', `refunded in full: ${action.reason}`);
  }
  return [
    {
      kind: 'ta.refunded',
      message: {
        zh: `信用保障订单 ${order.id} 退款 $${amount.toFixed(2)}`,
        en: `Trade Assurance order ${order.id}: refunded $${amount.toFixed(2)}`,
      },
      refs: { orderId: order.id },
    },
  ];
}

/** The state an order was in before its dispute opened. */
/** The state the dispute interrupted (an order written straight into IN_DISPUTE, e.g. by a scenario, has none). */
const stateBeforeDispute = (order: Order): string =>
  [...order.history].reverse().find((h) => h.to === 'IN_DISPUTE' && h.from !== '')?.from || 'WAIT_BUYER_RECEIVE';

export function respondDisputeReducer(draft: SimState, action: ActionOf<'ta.respondDispute'>): SimEvent[] {
  const order = taOrder(draft, action.orderId);
  const ta = order.tradeAssurance;
  const dispute = ta.dispute;
  if (order.status !== 'IN_DISPUTE' || !dispute || dispute.status === 'closed') {
    refuse('TA_NO_DISPUTE', `订单 ${order.id} 没有进行中的纠纷`, `Order ${order.id} has no open dispute`, 'orderId');
  }
  const deadline = dispute.openedAt + TA_RULES.supplierResponseDays * MINUTES_PER_DAY;
  if (dispute.status === 'escalated' || (dispute.status === 'awaiting_supplier' && draft.now > deadline)) {
    refuse(
      'TA_DISPUTE_DEADLINE',
      '已超过 3 天答复期限，纠纷已升级',
      'The 3-day response period has passed; the dispute has been escalated',
    );
  }
  if (dispute.status !== 'awaiting_supplier') {
    refuse('TA_DISPUTE_ANSWERED', '已答复该纠纷，等待买家回应', 'You have already answered; waiting for the buyer');
  }
  dispute.timeline.push({
    at: draft.now,
    event: `supplier proposes ${action.proposal}: ${action.response}`,
    by: 'supplier',
  });
  if (action.proposal === 'reject') {
    dispute.status = 'negotiating';
    return [
      disputeEvent(
        order,
        '已拒绝买家诉求，等待买家回应（买家可在第 4 天起升级纠纷）',
        'Claim rejected; the buyer may escalate from day 4',
      ),
    ];
  }
  if (action.proposal === 'refund') {
    const refundable = roundMoney(ta.paidAmount - taRefunded(order));
    const amount = roundMoney(action.amount ?? 0);
    if (!(amount > 0) || amount > refundable) {
      refuse(
        'TA_REFUND_EXCEEDS',
        `退款金额须大于 0 且不超过已付款减已退款 $${refundable.toFixed(2)}`,
        `The refund must be above 0 and at most paid minus refunded, $${refundable.toFixed(2)}`,
        'amount',
      );
    }
    ta.refunds.push({ amount, reason: `dispute: ${action.response}`, at: draft.now });
    addOrderRefund(order, amount);
    dispute.status = 'closed';
    dispute.timeline.push({ at: draft.now, event: 'buyer accepted the refund', by: 'buyer' });
    const to = amount === refundable ? 'CLOSED' : stateBeforeDispute(order);
    moveOrder(draft.marketplace, order, to, draft.now, 'buyer', 'dispute closed: refund');
    return [
      disputeEvent(order, `纠纷已解决：退款 $${amount.toFixed(2)}`, `Dispute resolved: refund $${amount.toFixed(2)}`),
    ];
  }
  // Reship: the goods go out again; the contract date moves a week on from today.
  for (const line of order.lines) line.shippedQty = 0;
  ta.shipByDay = dayOf(draft.now) + 7;
  order.shipBy = (ta.shipByDay + 1) * MINUTES_PER_DAY - 1;
  dispute.status = 'closed';
  dispute.timeline.push({ at: draft.now, event: 'buyer accepted a reshipment', by: 'buyer' });
  moveOrder(draft.marketplace, order, 'WAIT_SUPPLIER_SHIP', draft.now, 'buyer', 'dispute closed: reship');
  return [
    disputeEvent(
      order,
      `纠纷已解决：重新发货，须在第 ${ta.shipByDay} 天前发出`,
      `Dispute resolved: reship by day ${ta.shipByDay}`,
    ),
  ];
}

const disputeEvent = (order: Order, zh: string, en: string): SimEvent => ({
  kind: 'ta.dispute',
  message: { zh: `订单 ${order.id}：${zh}`, en: `Order ${order.id}: ${en}` },
  refs: { orderId: order.id },
});
