import type { ZoneRate } from './rules-types.js';

/** Zone ids shared by every channel's rate card. `ROW` (rest of world) has no list: it takes every other country. */
export const LOGISTICS_ZONE_COUNTRIES: Record<string, string[]> = {
  US: ['US'],
  EU: ['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'PL', 'SE', 'DK', 'FI', 'IE', 'PT', 'CZ', 'GR', 'HU', 'RO', 'LU'],
  UK: ['GB'],
  AU: ['AU'],
  JP: ['JP'],
  ROW: [],
};

/** A rate-card row: first weight and its price, then a price per additional step (CNY). */
export function logisticsZoneRate(
  zoneId: string,
  firstWeightKg: number,
  firstPriceCny: number,
  stepKg: number,
  stepPriceCny: number,
  deliveryDays: [number, number],
): ZoneRate {
  return {
    zoneId,
    countries: LOGISTICS_ZONE_COUNTRIES[zoneId] ?? [],
    firstWeightKg,
    firstPriceCny,
    stepKg,
    stepPriceCny,
    deliveryDays,
  };
}

/** The zone of a channel's rate card that serves a country: its own list first, then `ROW`; null when not served. */
export function logisticsZoneFor(zones: readonly ZoneRate[], country: string): ZoneRate | null {
  const code = country.toUpperCase();
  return zones.find((z) => z.countries.includes(code)) ?? zones.find((z) => z.zoneId === 'ROW') ?? null;
}
