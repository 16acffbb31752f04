/**
 * The whole state of one simulated store and its market. Plain JSON (no classes, no Dates, no Maps) so it can be
 * stored in the database, sent to the browser and compared. Time is simulated: `now` is minutes since day 0 00:00;
 * only `market.advanceDays` moves it. Money is in the listing currency (USD) unless a field says CNY.
 */
import type { RuleViolation } from './result.js';

export type MarketplaceId = 'amazon' | 'aliexpress' | 'alibaba';
export const MARKETPLACE_IDS: readonly MarketplaceId[] = ['amazon', 'aliexpress', 'alibaba'];

export const MINUTES_PER_DAY = 1440;

export interface SimState {
  v: 1;
  marketplace: MarketplaceId;
  /** Version of the marketplace rule set in force, e.g. "2025-06". */
  rulesVersion: string;
  seed: string;
  /** Simulated minutes since day 0 00:00. */
  now: number;
  /** Next id number; ids are `${prefix}-${seq}` so replay gives the same ids. */
  seq: number;
  store: Store;
  subAccounts: SubAccount[];
  storeCategories: StoreCategory[];
  /** The supplier catalogue: goods the seller may list (facts a listing must match). */
  products: Product[];
  listings: Listing[];
  shippingTemplates: ShippingTemplate[];
  orders: Order[];
  shipments: Shipment[];
  warehouse: Warehouse;
  declarations: CustomsDeclaration[];
  ads: AdCampaign[];
  coupons: Coupon[];
  promotions: PromotionEnrollment[];
  messages: MessageThread[];
  faq: FaqEntry[];
  metrics: DailyMetrics[];
  health: AccountHealth;
  market: MarketConditions;
  /** Answers the candidate submitted (data analysis, product selection, freight calculation …) by key. */
  answers: Record<string, string | number | string[]>;
}

// ── store ────────────────────────────────────────────────────────────────────────────────────────────────

export type StoreStatus = 'unregistered' | 'pending_verification' | 'verified' | 'rejected' | 'suspended';

export interface Store {
  status: StoreStatus;
  /** Registration fields by the rule set's field keys (company name, USCC, legal representative, …). */
  registration: Record<string, string>;
  /** Problems found when verification was last submitted. */
  verificationProblems: RuleViolation[];
  /** Store settings by the rule set's setting keys (store name, return policy days, handling days, …). */
  settings: Record<string, string | number | boolean>;
}

export interface SubAccount {
  id: string;
  name: string;
  email: string;
  role: string;
  /** Permission keys of the rule set (orders, listings, ads, messages, finance, …). */
  permissions: string[];
  active: boolean;
}

export interface StoreCategory {
  id: string;
  name: string;
  nameEn?: string;
  parentId: string | null;
  position: number;
}

// ── catalogue and listings ───────────────────────────────────────────────────────────────────────────────

export interface Dimensions {
  /** Centimetres. */
  l: number;
  w: number;
  h: number;
}

export interface Product {
  sku: string;
  name: string;
  nameEn: string;
  /** Leaf id in the marketplace's category tree. */
  categoryId: string;
  costCny: number;
  weightKg: number;
  dims: Dimensions;
  /** Facts about the goods by attribute key (material, colour, size …): what a truthful listing states. */
  facts: Record<string, string>;
  /** 10-digit commodity code (HS 6 + 4 national digits). */
  hsCode: string;
  declaredNameCn: string;
  battery: boolean;
  liquid: boolean;
  /** Supplier-side signals for product selection: 30-day sales trend, rating, review count, social mentions. */
  signals: { monthlySales: number; trendPct: number; rating: number; reviews: number; socialMentions: number };
}

export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'tiff' | 'webp' | 'other';

/** What the server measured on a real uploaded image (see images/analyze.ts). */
export interface ImageMeta {
  id: string;
  format: ImageFormat;
  width: number;
  height: number;
  bytes: number;
  /** Share of border pixels that are pure white (255,255,255 within tolerance), 0–1. */
  borderWhiteRatio: number;
  /** Share of the frame covered by the bounding box of non-white pixels, 0–1. */
  productFillRatio: number;
}

export type ListingStatus = 'draft' | 'active' | 'inactive' | 'suppressed';

export interface ListingImage extends ImageMeta {
  role: 'main' | 'additional' | 'detail';
}

export interface Listing {
  id: string;
  sku: string;
  title: string;
  categoryId: string;
  attributes: Record<string, string>;
  bulletPoints: string[];
  description: string;
  /** Backend search terms (Amazon-like: < 250 bytes). */
  searchTerms: string;
  images: ListingImage[];
  price: number;
  stock: number;
  status: ListingStatus;
  shippingTemplateId: string | null;
  storeCategoryId: string | null;
  /** Rule violations found at the last publish attempt or rule-set change. */
  violations: RuleViolation[];
  /** 0–1 listing quality computed by the rule set (completeness, images, title) — drives ads and demand. */
  quality: number;
  rating: number;
  reviews: number;
  createdAt: number;
}

// ── shipping templates ───────────────────────────────────────────────────────────────────────────────────

export interface ShippingRule {
  /** Zone id of the rule set (e.g. `US`, `EU`, `ROW`) or a country code list. */
  zoneId: string;
  countries: string[];
  channelId: string;
  firstWeightKg: number;
  firstPrice: number;
  additionalWeightKg: number;
  additionalPrice: number;
  /** Free shipping when the order value reaches this (listing currency); null = never. */
  freeShippingThreshold: number | null;
  deliveryDays: [number, number];
}

export interface ShippingTemplate {
  id: string;
  name: string;
  handlingDays: number;
  rules: ShippingRule[];
  isDefault: boolean;
}

// ── orders ───────────────────────────────────────────────────────────────────────────────────────────────

export interface Address {
  name: string;
  line1: string;
  line2?: string;
  city: string;
  state?: string;
  postalCode: string;
  country: string;
  phone?: string;
}

export interface OrderLine {
  sku: string;
  listingId: string | null;
  qty: number;
  unitPrice: number;
  shippedQty: number;
}

export type AbnormalFlag = 'address_unverified' | 'payment_risk' | 'out_of_stock' | 'lost_parcel' | 'customs_hold';

export interface ReturnRequest {
  id: string;
  kind: 'return' | 'exchange';
  sku: string;
  qty: number;
  reason: string;
  status: 'requested' | 'approved' | 'rejected' | 'received' | 'refunded' | 'reshipped';
  refundAmount: number | null;
  requestedAt: number;
}

export interface TradeAssurance {
  contractNo: string;
  incoterm: string;
  /** Day by which the supplier must ship (contract date). */
  shipByDay: number;
  amount: number;
  paidAmount: number;
  refunds: { amount: number; reason: string; at: number }[];
  dispute: TradeAssuranceDispute | null;
  inspection: string | null;
}

export interface TradeAssuranceDispute {
  openedAt: number;
  claim: string;
  status: 'awaiting_supplier' | 'negotiating' | 'escalated' | 'closed';
  timeline: { at: number; event: string; by: 'buyer' | 'supplier' | 'platform' }[];
}

export interface Order {
  id: string;
  /** The marketplace's own state name (Amazon `Unshipped`, AliExpress `WAIT_SELLER_SEND_GOODS`, …). */
  status: string;
  fulfilment: 'MFN' | 'AFN' | 'WAREHOUSE';
  buyer: { name: string; country: string; email: string; language: string };
  address: Address;
  lines: OrderLine[];
  total: number;
  shippingFee: number;
  placedAt: number;
  paidAt: number | null;
  /** Latest ship date (simulated minutes). */
  shipBy: number;
  /** AliExpress-like: when the buyer's receipt window ends (simulated minutes); null before shipping. */
  receiptDeadline: number | null;
  /** Days the receipt window has been extended in total. */
  receiptExtendedDays: number;
  flags: AbnormalFlag[];
  returns: ReturnRequest[];
  tradeAssurance: TradeAssurance | null;
  shipmentIds: string[];
  sellerNote: string;
  /** Running total of refunds (cancel, return, abnormal, Trade Assurance). */
  refundedAmount?: number;
  /** Reason code when cancelled (AliExpress-like closes cancelled orders as FINISH: the status alone does not say). */
  cancelReason?: string;
  /** Shipped after `shipBy` (Trade Assurance: after the contract date). */
  lateShipment?: boolean;
  history: { at: number; from: string; to: string; by: 'seller' | 'buyer' | 'platform'; note?: string }[];
}

export interface Parcel extends Dimensions {
  weightKg: number;
}

export interface Shipment {
  id: string;
  orderId: string | null;
  channelId: string;
  mode: 'online' | 'offline' | 'warehouse';
  trackingNo: string;
  parcel: Parcel;
  destination: string;
  chargeableWeightKg: number;
  /** Freight in CNY including fuel surcharge. */
  costCny: number;
  shippedAt: number;
  status: 'in_transit' | 'delivered' | 'lost' | 'returned';
  deliveredAt: number | null;
  /** Drawn once from the zone's delivery days (on the first market day after shipping). */
  expectedDeliveryDay?: number;
}

// ── warehouses ───────────────────────────────────────────────────────────────────────────────────────────

export interface Warehouse {
  stock: { warehouseId: string; sku: string; qty: number }[];
  inbound: {
    id: string;
    warehouseId: string;
    lines: { sku: string; qty: number }[];
    status: 'created' | 'shipped' | 'received';
    createdAt: number;
    receivedAt: number | null;
    /** The consignment carrying the inbound and when it left. */
    shipmentId?: string;
    shippedAt?: number;
  }[];
  outbound: { id: string; warehouseId: string; orderId: string; status: 'created' | 'shipped'; createdAt: number }[];
}

// ── customs ──────────────────────────────────────────────────────────────────────────────────────────────

export type SupervisionMode = '9610' | '9710' | '9810' | '1210';

export interface DeclarationLine {
  hsCode: string;
  nameCn: string;
  /** 申报要素: the declaration elements the commodity code requires, by element name. */
  elements: Record<string, string>;
  qty: number;
  unit: string;
  unitValue: number;
  currency: string;
  originCountry: string;
}

export interface CustomsDeclaration {
  id: string;
  mode: SupervisionMode;
  /** Header fields by key (port, operatorCode, transportMode, destinationCountry, incoterm, freight, …). */
  fields: Record<string, string | number>;
  lines: DeclarationLine[];
  orderIds: string[];
  status: 'draft' | 'submitted' | 'released' | 'rejected';
  problems: RuleViolation[];
  createdAt: number;
}

// ── marketing ────────────────────────────────────────────────────────────────────────────────────────────

export type MatchType = 'exact' | 'phrase' | 'broad';

export interface AdKeyword {
  text: string;
  match: MatchType;
  bid: number;
}

export interface AdCampaign {
  id: string;
  name: string;
  targeting: 'manual' | 'auto';
  dailyBudget: number;
  biddingStrategy: 'fixed' | 'down_only' | 'up_and_down';
  /** Extra bid for top-of-search placement, % (0–900). */
  topOfSearchPct: number;
  status: 'enabled' | 'paused' | 'archived';
  startDay: number;
  endDay: number | null;
  listingIds: string[];
  keywords: AdKeyword[];
  negativeKeywords: string[];
  /** Bid for auto targeting. */
  defaultBid: number;
}

export interface Coupon {
  id: string;
  listingIds: string[];
  kind: 'percent' | 'amount';
  value: number;
  minOrder: number | null;
  startDay: number;
  endDay: number;
  budget: number | null;
  spent: number;
  status: 'scheduled' | 'active' | 'ended';
}

export interface PromotionEnrollment {
  id: string;
  /** Platform campaign id from `market.platformCampaigns`. */
  campaignId: string;
  listingIds: string[];
  discountPct: number;
  status: 'approved' | 'rejected';
  problems: RuleViolation[];
}

// ── customer service ─────────────────────────────────────────────────────────────────────────────────────

export type MessageTopic =
  | 'logistics'
  | 'return'
  | 'exchange'
  | 'customs'
  | 'product'
  | 'price'
  | 'order_change'
  | 'payment';

export interface MessageThread {
  id: string;
  orderId: string | null;
  buyer: { name: string; country: string; language: string };
  topic: MessageTopic;
  /** `glossZh`: a Chinese gloss of a foreign-language buyer message, for the trainee. */
  messages: { from: 'buyer' | 'seller'; text: string; at: number; glossZh?: string }[];
  status: 'awaiting_reply' | 'replied' | 'closed';
  receivedAt: number;
  firstReplyAt: number | null;
}

export interface FaqEntry {
  id: string;
  topic: 'logistics' | 'payment' | 'return' | 'product' | 'other';
  question: string;
  answer: string;
}

// ── metrics and health ───────────────────────────────────────────────────────────────────────────────────

export interface DailyMetrics {
  day: number;
  listingId: string;
  impressions: number;
  clicks: number;
  orders: number;
  units: number;
  sales: number;
  adImpressions: number;
  adClicks: number;
  adSpend: number;
  adOrders: number;
  adSales: number;
}

export interface AccountHealth {
  orderDefectRate: number;
  lateShipmentRate: number;
  cancellationRate: number;
  validTrackingRate: number;
  /** Share of buyer messages answered within 24 h. */
  responseRate24h: number;
  rating: number;
  status: 'good' | 'at_risk' | 'critical';
}

// ── the market around the store ──────────────────────────────────────────────────────────────────────────

export interface CompetitorOffer {
  id: string;
  categoryId: string;
  keywords: string[];
  price: number;
  quality: number;
  rating: number;
  reviews: number;
  shippingDays: number;
  /** Bid per click on its keywords. */
  bid: number;
}

export interface MarketKeyword {
  text: string;
  categoryId: string;
  /** Searches per simulated day. */
  dailySearches: number;
}

export interface PlatformCampaign {
  id: string;
  name: string;
  nameEn: string;
  startDay: number;
  endDay: number;
  /** Eligibility: minimum discount %, minimum rating, minimum reviews, stock, listing status, account health. */
  minDiscountPct: number;
  minRating: number;
  minReviews: number;
  minStock: number;
  requireGoodHealth: boolean;
  categoryIds: string[] | null;
}

export interface MarketConditions {
  competitors: CompetitorOffer[];
  keywords: MarketKeyword[];
  platformCampaigns: PlatformCampaign[];
  /** Exchange rate CNY per listing-currency unit, for profit figures. */
  fxCnyPerUnit: number;
}
