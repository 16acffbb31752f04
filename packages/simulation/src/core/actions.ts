/**
 * Every operation a seller can perform in the console. An action is plain JSON; the action log of a run is the list
 * of actions in order, and replaying it from the run's initial state gives the same final state (the reducers are
 * pure and use only the state, the action and the rule set).
 */
import type {
  Address,
  AdKeyword,
  DeclarationLine,
  Dimensions,
  FaqEntry,
  ImageMeta,
  Parcel,
  ShippingRule,
  SupervisionMode,
} from './state.js';

// store / account (store/)
export type StoreAction =
  | { type: 'store.register'; fields: Record<string, string> }
  | { type: 'store.submitVerification' }
  | { type: 'store.updateSettings'; settings: Record<string, string | number | boolean> }
  | { type: 'store.addCategory'; name: string; nameEn?: string; parentId?: string | null }
  | { type: 'store.updateCategory'; categoryId: string; name?: string; nameEn?: string; position?: number }
  | { type: 'store.removeCategory'; categoryId: string }
  | { type: 'subaccount.add'; name: string; email: string; role: string; permissions: string[] }
  | { type: 'subaccount.update'; subAccountId: string; role?: string; permissions?: string[] }
  | { type: 'subaccount.disable'; subAccountId: string };

// listings (listing/)
export interface ListingInput {
  sku: string;
  title: string;
  categoryId: string;
  attributes: Record<string, string>;
  bulletPoints: string[];
  description: string;
  searchTerms: string;
  price: number;
  stock: number;
  shippingTemplateId: string | null;
  storeCategoryId: string | null;
}

export type ListingAction =
  | { type: 'listing.create'; listing: ListingInput }
  | { type: 'listing.update'; listingId: string; patch: Partial<Omit<ListingInput, 'sku'>> }
  /** The server replaces `image` with what it measured on the uploaded file (never trusts the client's numbers). */
  | { type: 'listing.attachImage'; listingId: string; role: 'main' | 'additional' | 'detail'; image: ImageMeta }
  | { type: 'listing.removeImage'; listingId: string; imageId: string }
  | { type: 'listing.publish'; listingId: string }
  | { type: 'listing.deactivate'; listingId: string };

// shipping templates (shipping/)
export type ShippingAction =
  | { type: 'shippingTemplate.create'; name: string; handlingDays: number; rules: ShippingRule[]; isDefault?: boolean }
  | {
      type: 'shippingTemplate.update';
      templateId: string;
      name?: string;
      handlingDays?: number;
      rules?: ShippingRule[];
      isDefault?: boolean;
    }
  | { type: 'shippingTemplate.delete'; templateId: string };

// orders (orders/)
export interface OrderFilter {
  status?: string[];
  country?: string[];
  sku?: string;
  flagged?: boolean;
  fulfilment?: 'MFN' | 'AFN' | 'WAREHOUSE';
  placedFromDay?: number;
  placedToDay?: number;
  text?: string;
}

export type OrderAction =
  /** Filtering changes nothing; it is logged because the standard examines it (4.3.1 订单筛选). */
  | { type: 'order.filter'; filter: OrderFilter }
  | {
      type: 'order.modify';
      orderId: string;
      address?: Address;
      sellerNote?: string;
      lines?: { sku: string; qty: number }[];
    }
  | { type: 'order.extendReceipt'; orderId: string; days: number }
  | { type: 'order.cancel'; orderId: string; reason: string }
  | {
      type: 'order.ship';
      orderId: string;
      mode: 'online' | 'offline';
      channelId: string;
      trackingNo?: string;
      parcel: Parcel;
      /** Partial shipment: lines and quantities; absent = everything still unshipped. */
      lines?: { sku: string; qty: number }[];
    }
  | { type: 'order.resolveAbnormal'; orderId: string; flag: string; resolution: string; note?: string }
  | { type: 'return.approve'; orderId: string; returnId: string }
  | { type: 'return.reject'; orderId: string; returnId: string; reason: string }
  | { type: 'return.refund'; orderId: string; returnId: string; amount: number }
  | { type: 'exchange.reship'; orderId: string; returnId: string; channelId: string; parcel: Parcel }
  | {
      type: 'ta.draft';
      buyerName: string;
      buyerCountry: string;
      contractNo: string;
      incoterm: string;
      lines: { sku: string; qty: number; unitPrice: number }[];
      shipByDay: number;
      shippingFee: number;
      inspection?: string | null;
    }
  | { type: 'ta.ship'; orderId: string; channelId: string; parcel: Parcel; trackingNo?: string }
  | { type: 'ta.refund'; orderId: string; amount: number; reason: string }
  | {
      type: 'ta.respondDispute';
      orderId: string;
      response: string;
      proposal: 'refund' | 'reship' | 'reject';
      amount?: number;
    };

// logistics (logistics/)
export type LogisticsAction =
  /** A freight enquiry (运价查询): changes nothing, logged as evidence of 4.6.1. */
  | { type: 'logistics.quote'; destination: string; parcel: Parcel; channelIds?: string[] }
  | { type: 'warehouse.createInbound'; warehouseId: string; lines: { sku: string; qty: number }[] }
  | { type: 'warehouse.shipInbound'; inboundId: string; channelId: string; parcel: Parcel }
  | { type: 'warehouse.fulfil'; warehouseId: string; orderId: string };

// customs (customs/)
export type CustomsAction =
  | {
      type: 'customs.createDeclaration';
      mode: SupervisionMode;
      fields: Record<string, string | number>;
      lines: DeclarationLine[];
      orderIds: string[];
    }
  | {
      type: 'customs.updateDeclaration';
      declarationId: string;
      fields?: Record<string, string | number>;
      lines?: DeclarationLine[];
    }
  | { type: 'customs.submitDeclaration'; declarationId: string };

// marketing (marketing/)
export type MarketingAction =
  | {
      type: 'ads.createCampaign';
      name: string;
      targeting: 'manual' | 'auto';
      dailyBudget: number;
      biddingStrategy: 'fixed' | 'down_only' | 'up_and_down';
      topOfSearchPct: number;
      listingIds: string[];
      keywords: AdKeyword[];
      negativeKeywords: string[];
      defaultBid: number;
      endDay?: number | null;
    }
  | {
      type: 'ads.updateCampaign';
      campaignId: string;
      dailyBudget?: number;
      status?: 'enabled' | 'paused' | 'archived';
      biddingStrategy?: 'fixed' | 'down_only' | 'up_and_down';
      topOfSearchPct?: number;
      defaultBid?: number;
    }
  | { type: 'ads.setKeywords'; campaignId: string; keywords: AdKeyword[]; negativeKeywords?: string[] }
  | {
      type: 'coupon.create';
      listingIds: string[];
      kind: 'percent' | 'amount';
      value: number;
      minOrder: number | null;
      startDay: number;
      endDay: number;
      budget: number | null;
    }
  | { type: 'coupon.end'; couponId: string }
  | { type: 'listing.setPrice'; listingId: string; price: number }
  | { type: 'promotion.enroll'; campaignId: string; listingIds: string[]; discountPct: number };

// customer service (service/)
export type ServiceAction =
  | { type: 'message.reply'; threadId: string; text: string }
  | { type: 'message.close'; threadId: string }
  | { type: 'faq.add'; topic: FaqEntry['topic']; question: string; answer: string }
  | { type: 'faq.update'; faqId: string; question?: string; answer?: string }
  | { type: 'faq.remove'; faqId: string };

// market and answers (market/)
export type MarketAction =
  /** Runs the market for whole simulated days: demand, ads, orders, deliveries, messages, metrics, health. */
  | { type: 'market.advanceDays'; days: number }
  /** A candidate's answer to a question of the task (data analysis, product selection, freight figure …). */
  | { type: 'answer.submit'; key: string; value: string | number | string[] };

export type Action =
  | StoreAction
  | ListingAction
  | ShippingAction
  | OrderAction
  | LogisticsAction
  | CustomsAction
  | MarketingAction
  | ServiceAction
  | MarketAction;

export type ActionType = Action['type'];
export type ActionOf<T extends ActionType> = Extract<Action, { type: T }>;

/** Parcel dimensions helper type re-exported for domain code. */
export type { Dimensions };
