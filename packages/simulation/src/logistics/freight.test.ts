import { describe, expect, it } from 'vitest';
import {
  chargeableWeightKg,
  cheapestChannel,
  checkChannelLimits,
  fastestChannel,
  quoteAllChannels,
  quoteFreight,
  volumetricWeightKg,
} from './freight.js';
import { LOGISTICS_RULE_SETS, logisticsChannelById, logisticsRulesFor } from './rules.js';
import { isValidTrackingNo, makeTrackingNo, s10CheckDigit } from './tracking.js';

const rules = logisticsRulesFor('2025-10');
const ch = (id: string) => {
  const c = logisticsChannelById(rules, id);
  if (!c) throw new Error(`missing channel ${id}`);
  return c;
};
const NONE = { battery: false, liquid: false };

describe('rule sets', () => {
  it('returns the latest rule set when no version is given and refuses unknown versions', () => {
    expect(logisticsRulesFor().version).toBe('2025-10');
    expect(() => logisticsRulesFor('1999-01')).toThrow(RangeError);
  });

  it('has every channel and warehouse id of the shared vocabulary, each with a source', () => {
    const ids = rules.channels.map((c) => c.id);
    for (const id of [
      'cn-post-small',
      'epacket',
      'dhl-express',
      'sf-intl',
      'ups-saver',
      'dedicated-us',
      'fba-us',
      'ow-us',
    ]) {
      expect(ids).toContain(id);
    }
    expect(rules.warehouses.map((w) => w.id)).toEqual(['ow-us-la', 'ow-de-fra']);
    for (const c of LOGISTICS_RULE_SETS.flatMap((r) => r.channels)) expect(c.source.title.length).toBeGreaterThan(0);
  });

  it('expresses the FBA 139 in³/lb divisor in cm³/kg', () => {
    const cm3PerKg = (139 * 2.54 ** 3) / 0.45359237;
    expect(Math.abs(ch('fba-us').volumetricDivisor! - cm3PerKg)).toBeLessThan(1);
  });
});

describe('chargeable weight', () => {
  it('computes volumetric weight as L×W×H ÷ divisor', () => {
    expect(volumetricWeightKg({ l: 40, w: 30, h: 20 }, 5000)).toBe(4.8);
    expect(volumetricWeightKg({ l: 60, w: 40, h: 30 }, 6000)).toBe(12);
  });

  it('DHL: takes the volumetric weight when larger and rounds up to the next 0.5 kg', () => {
    expect(chargeableWeightKg({ l: 40, w: 30, h: 20, weightKg: 3.2 }, ch('dhl-express'))).toBe(5);
    expect(chargeableWeightKg({ l: 10, w: 10, h: 10, weightKg: 2.01 }, ch('dhl-express'))).toBe(2.5);
  });

  it('does not jump a step on floating-point noise (1.2 kg volumetric, 0.1+0.2+1.2 kg actual)', () => {
    expect(chargeableWeightKg({ l: 30, w: 20, h: 10, weightKg: 1 }, ch('dhl-express'))).toBe(1.5);
    expect(chargeableWeightKg({ l: 10, w: 10, h: 10, weightKg: 0.1 + 0.2 + 1.2 }, ch('dhl-express'))).toBe(1.5);
    expect(chargeableWeightKg({ l: 10, w: 10, h: 10, weightKg: 0.5 }, ch('dhl-express'))).toBe(0.5);
  });

  it('postal small packet ignores volume and charges the actual weight in 10 g steps', () => {
    expect(chargeableWeightKg({ l: 59, w: 20, h: 10, weightKg: 0.234 }, ch('cn-post-small'))).toBe(0.24);
  });

  it('US dedicated line: ÷ 6000 rounded up to 0.1 kg', () => {
    expect(chargeableWeightKg({ l: 25, w: 20, h: 15, weightKg: 1.2 }, ch('dedicated-us'))).toBe(1.3);
  });
});

describe('channel limits', () => {
  const small = { l: 20, w: 15, h: 5, weightKg: 0.5 };
  const rulesOf = (id: string, parcel = small, goods = NONE) =>
    checkChannelLimits(ch(id), parcel, goods).map((v) => v.rule);

  it('China Post small packet accepts 1.99 kg but not 2 kg (strictly under 2 kg)', () => {
    expect(rulesOf('cn-post-small', { ...small, weightKg: 1.99 })).toEqual([]);
    expect(rulesOf('cn-post-small', { ...small, weightKg: 2 })).toEqual(['channel.maxWeight']);
  });

  it('ePacket accepts exactly 2 kg and refuses a face smaller than 14 × 11 cm', () => {
    expect(rulesOf('epacket', { ...small, weightKg: 2 })).toEqual([]);
    expect(rulesOf('epacket', { l: 13, w: 11, h: 5, weightKg: 0.2 })).toEqual(['channel.minFace']);
  });

  it('postal: L+W+H ≤ 90 cm and longest side ≤ 60 cm', () => {
    expect(rulesOf('cn-post-small', { l: 60, w: 20, h: 10, weightKg: 1 })).toEqual([]);
    expect(rulesOf('cn-post-small', { l: 61, w: 20, h: 9, weightKg: 1 })).toEqual(['channel.maxLongestSide']);
    expect(rulesOf('cn-post-small', { l: 50, w: 30, h: 11, weightKg: 1 })).toEqual(['channel.maxSumOfSides']);
  });

  it('postal refuses liquids and batteries; DHL accepts both; the US line accepts batteries only', () => {
    expect(rulesOf('cn-post-small', small, { battery: true, liquid: true })).toEqual([
      'channel.battery',
      'channel.liquid',
    ]);
    expect(rulesOf('epacket', small, { battery: false, liquid: true })).toEqual(['channel.liquid']);
    expect(rulesOf('dhl-express', small, { battery: true, liquid: true })).toEqual([]);
    expect(rulesOf('dedicated-us', small, { battery: true, liquid: true })).toEqual(['channel.liquid']);
  });

  it('refuses a parcel without weight or with a zero side', () => {
    expect(rulesOf('dhl-express', { ...small, weightKg: 0 })).toEqual(['parcel.positive']);
  });

  it('words the refusal in Chinese and English', () => {
    const [v] = checkChannelLimits(ch('cn-post-small'), small, { battery: false, liquid: true });
    expect(v?.message.zh).toContain('液体');
    expect(v?.message.en).toContain('liquids');
  });
});

describe('quotes', () => {
  it('DHL to the US: 5 kg = 260 + 9 × 75 = 935, fuel 24.5 % = 229.08, total 1164.08', () => {
    const q = quoteFreight(ch('dhl-express'), 'US', { l: 40, w: 30, h: 20, weightKg: 3.2 });
    expect(q).toEqual({
      ok: true,
      chargeableWeightKg: 5,
      transportCny: 935,
      fuelCny: 229.08,
      totalCny: 1164.08,
      deliveryDays: [3, 5],
      zoneId: 'US',
    });
  });

  it('SF to Germany (EU zone): 12 kg volumetric = 200 + 23 × 58 = 1534, fuel 15 % = 230.10', () => {
    const q = quoteFreight(ch('sf-intl'), 'DE', { l: 60, w: 40, h: 30, weightKg: 8 });
    expect(q.ok && [q.zoneId, q.chargeableWeightKg, q.transportCny, q.fuelCny, q.totalCny]).toEqual([
      'EU',
      12,
      1534,
      230.1,
      1764.1,
    ]);
  });

  it('postal to the US: 0.24 kg = 27 + 14 × 1.00 = 41, no fuel surcharge', () => {
    const q = quoteFreight(ch('cn-post-small'), 'US', { l: 20, w: 15, h: 5, weightKg: 0.234 });
    expect(q.ok && [q.transportCny, q.fuelCny, q.totalCny]).toEqual([41, 0, 41]);
  });

  it('a weight within the first weight costs the first price only', () => {
    const q = quoteFreight(ch('dhl-express'), 'JP', { l: 10, w: 10, h: 10, weightKg: 0.3 });
    expect(q.ok && [q.chargeableWeightKg, q.transportCny, q.fuelCny]).toEqual([0.5, 170, 41.65]);
  });

  it('countries outside the listed zones fall into ROW; a channel without ROW refuses them', () => {
    const q = quoteFreight(ch('cn-post-small'), 'BR', { l: 20, w: 15, h: 5, weightKg: 0.1 });
    expect(q.ok && q.zoneId).toBe('ROW');
    const refused = quoteFreight(ch('dedicated-us'), 'DE', { l: 20, w: 15, h: 5, weightKg: 0.1 });
    expect(refused.ok ? [] : refused.violations.map((v) => v.rule)).toEqual(['channel.zone']);
  });

  it('a liquid cannot be quoted on postal channels', () => {
    const q = quoteFreight(
      ch('epacket'),
      'US',
      { l: 20, w: 15, h: 5, weightKg: 0.2 },
      { battery: false, liquid: true },
    );
    expect(q.ok).toBe(false);
  });

  it('quotes every direct channel (not FBA or warehouse outbound) and picks the cheapest and the fastest', () => {
    const parcel = { l: 20, w: 15, h: 5, weightKg: 0.3 };
    const ids = quoteAllChannels(rules, 'US', parcel, NONE).map((q) => q.channelId);
    expect(ids).not.toContain('fba-us');
    expect(ids).not.toContain('ow-us');
    // dedicated-us 25 + 2 × 8.5 = 42 beats postal 27 + 20 × 1 = 47 and ePacket 21 + 25 × 1.05 = 47.25
    expect(cheapestChannel(rules, 'US', parcel, NONE)?.channelId).toBe('dedicated-us');
    // DHL and UPS both 3–5 days: UPS 250 × 1.2775 = 319.38 is cheaper than DHL 260 × 1.245 = 323.70
    expect(fastestChannel(rules, 'US', parcel, NONE)?.channelId).toBe('ups-saver');
    expect(cheapestChannel(rules, 'US', { ...parcel, weightKg: 500 }, NONE)).toBeNull();
  });
});

describe('tracking numbers', () => {
  it('computes the UPU S10 check digit (EE123456785GB is the standard example)', () => {
    expect(s10CheckDigit('12345678')).toBe(5);
  });

  it('makes deterministic numbers that match every channel pattern and differ by sequence', () => {
    for (const c of rules.channels) {
      const a = makeTrackingNo(c, 7);
      expect(isValidTrackingNo(c, a)).toBe(true);
      expect(makeTrackingNo(c, 7)).toBe(a);
      expect(makeTrackingNo(c, 8)).not.toBe(a);
    }
    expect(makeTrackingNo(ch('cn-post-small'), 12)).toMatch(/^RR00000012\dCN$/);
  });

  it('rejects a number of another carrier', () => {
    expect(isValidTrackingNo(ch('cn-post-small'), '1234567890')).toBe(false);
    expect(isValidTrackingNo(ch('dhl-express'), 'RR123456785CN')).toBe(false);
  });
});
