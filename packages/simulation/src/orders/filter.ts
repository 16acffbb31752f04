import type { OrderFilter } from '../core/actions.js';
import { dayOf } from '../core/ids.js';
import type { Order } from '../core/state.js';

/** The orders an order-list filter shows (all criteria must hold; text is a case-insensitive substring). */
export function filterOrders(orders: readonly Order[], filter: OrderFilter): Order[] {
  const text = filter.text?.trim().toLowerCase() ?? '';
  const sku = filter.sku?.trim().toLowerCase() ?? '';
  const countries = filter.country?.map((c) => c.toUpperCase());
  return orders.filter((o) => {
    if (filter.status && filter.status.length > 0 && !filter.status.includes(o.status)) return false;
    if (countries && countries.length > 0 && !countries.includes(o.address.country.toUpperCase())) return false;
    if (sku !== '' && !o.lines.some((l) => l.sku.toLowerCase() === sku)) return false;
    if (filter.flagged !== undefined && o.flags.length > 0 !== filter.flagged) return false;
    if (filter.fulfilment !== undefined && o.fulfilment !== filter.fulfilment) return false;
    const day = dayOf(o.placedAt);
    if (filter.placedFromDay !== undefined && day < filter.placedFromDay) return false;
    if (filter.placedToDay !== undefined && day > filter.placedToDay) return false;
    if (text !== '') {
      const haystack = [o.id, o.buyer.name, o.buyer.email, o.address.name, o.sellerNote, ...o.lines.map((l) => l.sku)]
        .join(' ')
        .toLowerCase();
      if (!haystack.includes(text)) return false;
    }
    return true;
  });
}
