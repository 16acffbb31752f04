/**
 * Entities the library's scenarios add to a base store: orders, listings and buyer messages with ids that cannot
 * collide with the ones reducers create (`O-9xxx`, `L-9xxx`, `M-9xxx`). Values may be operands (`{ param }`) —
 * the task engine resolves them per candidate.
 */
import type { Operand } from '../tasks/types.js';
import { goodImage } from './helpers.js';

/** The day the library's scenarios treat as "today" (orders placed the day before, etc.). */
export const TODAY = 30;
export const NOW = TODAY * 1440 + 9 * 60;
/** Scenario patch putting the clock at NOW (the base stores without history start at day 0). */
export const SET_NOW = [{ path: 'now', value: NOW }];

type Val = Operand;

export const ADDRESSES: Record<string, Record<string, string>> = {
  US: { name: 'Emily Carter', line1: '418 Maple Ave', city: 'Columbus', state: 'OH', postalCode: '43215' },
  DE: { name: 'Lukas Becker', line1: 'Bahnhofstraße 12', city: 'München', postalCode: '80335' },
  GB: { name: 'Oliver Smith', line1: '27 Kings Road', city: 'London', postalCode: 'SW3 4NB' },
  FR: { name: 'Camille Martin', line1: '15 Rue de Rivoli', city: 'Paris', postalCode: '75004' },
  ES: { name: 'Lucía García', line1: 'Calle Mayor 8', city: 'Madrid', postalCode: '28013' },
  AU: { name: 'Jack Wilson', line1: '9 George St', city: 'Sydney', state: 'NSW', postalCode: '2000' },
  JP: { name: 'Yuki Tanaka', line1: '1-2-3 Shibuya', city: 'Tokyo', postalCode: '150-0002' },
};

const LANG: Record<string, string> = { US: 'en', GB: 'en', AU: 'en', DE: 'de', FR: 'fr', ES: 'es', JP: 'ja' };

export interface OrderSpec {
  id: string;
  status: Val;
  country: string;
  sku: string;
  qty: Val;
  unitPrice: Val;
  total?: Val;
  shippingFee?: number;
  fulfilment?: 'MFN' | 'AFN' | 'WAREHOUSE';
  placedDay?: number;
  shipByDay?: number;
  shipped?: boolean;
  receiptDeadlineDay?: number | null;
  flags?: string[];
  returns?: unknown[];
  tradeAssurance?: unknown;
  listingId?: string | null;
  extraLines?: { sku: string; qty: number; unitPrice: number }[];
  /** The state the order was in before its current one (recorded in the history, e.g. before a dispute). */
  previousStatus?: string;
}

/** A buyer order in any state; `country` picks a real-looking address. */
export function order(spec: OrderSpec) {
  const addr = ADDRESSES[spec.country] ?? ADDRESSES.US!;
  const placed = (spec.placedDay ?? TODAY - 1) * 1440 + 14 * 60;
  const lines = [
    { sku: spec.sku, listingId: spec.listingId ?? null, qty: spec.qty, unitPrice: spec.unitPrice, shippedQty: 0 },
    ...(spec.extraLines ?? []).map((l) => ({ ...l, listingId: null, shippedQty: 0 })),
  ];
  if (spec.shipped) for (const l of lines) l.shippedQty = l.qty as number;
  return {
    id: spec.id,
    status: spec.status,
    fulfilment: spec.fulfilment ?? 'MFN',
    buyer: {
      name: addr.name,
      country: spec.country,
      email: `${addr.name!.split(' ')[0]!.toLowerCase()}@buyer.example`,
      language: LANG[spec.country] ?? 'en',
    },
    address: { ...addr, country: spec.country, phone: '+1 555 0100' },
    lines,
    total: spec.total ?? spec.unitPrice,
    shippingFee: spec.shippingFee ?? 0,
    placedAt: placed,
    paidAt: placed + 5,
    shipBy: (spec.shipByDay ?? TODAY + 2) * 1440 + 23 * 60 + 59,
    receiptDeadline:
      spec.receiptDeadlineDay === undefined || spec.receiptDeadlineDay === null
        ? null
        : spec.receiptDeadlineDay * 1440 + 23 * 60 + 59,
    receiptExtendedDays: 0,
    flags: spec.flags ?? [],
    returns: spec.returns ?? [],
    tradeAssurance: spec.tradeAssurance ?? null,
    shipmentIds: [],
    sellerNote: '',
    history: spec.previousStatus
      ? [
          { at: placed, from: '', to: spec.previousStatus, by: 'buyer' },
          { at: NOW - 1440, from: spec.previousStatus, to: spec.status, by: 'buyer' },
        ]
      : [],
  };
}

export interface ListingSpec {
  id: string;
  sku: string;
  title: Val;
  categoryId: string;
  attributes: Record<string, Val>;
  price: Val;
  stock?: Val;
  status?: string;
  images?: unknown[];
  bulletPoints?: string[];
  description?: string;
  rating?: number;
  reviews?: number;
  quality?: number;
}

/** A listing already in the store (active unless told otherwise). */
export function listing(spec: ListingSpec) {
  return {
    id: spec.id,
    sku: spec.sku,
    title: spec.title,
    categoryId: spec.categoryId,
    attributes: spec.attributes,
    bulletPoints: spec.bulletPoints ?? [
      'Durable material for daily use',
      'Easy to clean and store',
      'Backed by a 30-day return policy',
    ],
    description:
      spec.description ??
      'Quality product checked before shipping. Please check the size and the details in the pictures before ordering.',
    searchTerms: '',
    images: spec.images ?? [{ ...goodImage(`${spec.id}-img1`), role: 'main' }],
    price: spec.price,
    stock: spec.stock ?? 50,
    status: spec.status ?? 'active',
    shippingTemplateId: null,
    storeCategoryId: null,
    violations: [],
    quality: spec.quality ?? 0.8,
    rating: spec.rating ?? 4.5,
    reviews: spec.reviews ?? 120,
    createdAt: (TODAY - 20) * 1440,
  };
}

/** A buyer message thread waiting for the seller's reply, received `hoursAgo` before NOW. */
export function thread(spec: {
  id: string;
  orderId: string | null;
  country: string;
  topic: string;
  text: Val;
  hoursAgo?: number;
  language?: string;
}) {
  const addr = ADDRESSES[spec.country] ?? ADDRESSES.US!;
  const at = NOW - (spec.hoursAgo ?? 3) * 60;
  return {
    id: spec.id,
    orderId: spec.orderId,
    buyer: { name: addr.name, country: spec.country, language: spec.language ?? LANG[spec.country] ?? 'en' },
    topic: spec.topic,
    messages: [{ from: 'buyer', text: spec.text, at }],
    status: 'awaiting_reply',
    receivedAt: at,
    firstReplyAt: null,
  };
}
