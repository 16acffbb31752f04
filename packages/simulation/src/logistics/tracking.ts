/**
 * Deterministic tracking numbers in each carrier's format. Postal numbers follow UPU S10 (two letters, eight serial
 * digits, a mod-11 check digit, the country code); DHL waybills carry a mod-7 check digit.
 */
import type { LogisticsChannel } from './rules-types.js';

const pad = (n: number, width: number): string => String(n % 10 ** width).padStart(width, '0');

/** UPU S10 check digit of an eight-digit serial. */
export function s10CheckDigit(serial8: string): number {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(serial8[i]), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

const s10 = (prefix: string, seq: number): string => {
  const serial = pad(seq, 8);
  return `${prefix}${serial}${s10CheckDigit(serial)}CN`;
};

const GENERATORS: Record<string, (seq: number) => string> = {
  'cn-post-small': (seq) => s10('RR', seq),
  epacket: (seq) => s10('LK', seq),
  'dhl-express': (seq) => {
    const serial = 100_000_000 + (seq % 900_000_000);
    return `${serial}${serial % 7}`;
  },
  'sf-intl': (seq) => `SF${pad(1_000_000_000_000 + seq, 13)}`,
  'ups-saver': (seq) => `1ZCS771666${pad(seq, 8)}`,
  'dedicated-us': (seq) => `YT2525${pad(seq, 12)}`,
  'fba-us': (seq) => `FBA${seq.toString(36).toUpperCase().padStart(9, '0').slice(-9)}`,
  'ow-us': (seq) => `9400111${pad(seq, 15)}`,
  'ow-de': (seq) => `00340${pad(seq, 15)}`,
};

/** A tracking number for shipment number `seq` on `channel`, matching the channel's pattern. */
export function makeTrackingNo(channel: LogisticsChannel, seq: number): string {
  const make = GENERATORS[channel.id];
  const trackingNo = make ? make(Math.abs(Math.trunc(seq))) : '';
  if (!new RegExp(channel.trackingPattern).test(trackingNo)) {
    throw new Error(`No tracking-number format for channel ${channel.id}`);
  }
  return trackingNo;
}

/** Whether a tracking number a seller typed matches the channel's format. */
export const isValidTrackingNo = (channel: LogisticsChannel, trackingNo: string): boolean =>
  new RegExp(channel.trackingPattern).test(trackingNo.trim());
