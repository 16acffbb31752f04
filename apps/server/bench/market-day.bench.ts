import { advanceMarketDayInPlace, buildBenchStore, type SimState, simulateMarketDay } from '@crossskill/simulation';
import type { Benchmark } from './support.js';

const STORES = 1_000;
const RUNS = 5;
const WARMUP_STORES = 100;

/** A full collection when the bench runs with --expose-gc (npm run bench does), else nothing. */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();
const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function totals(before: readonly SimState[], after: readonly SimState[]) {
  let orders = 0;
  let messages = 0;
  let adSpend = 0;
  let sales = 0;
  after.forEach((s, i) => {
    const b = before[i]!;
    if (s.now !== b.now + 1440) throw new Error(`store ${i}: time did not move on by one day`);
    orders += s.orders.length - b.orders.length;
    messages += s.messages.length - b.messages.length;
    for (const r of s.metrics.slice(b.metrics.length)) {
      adSpend += r.adSpend;
      sales += r.sales;
    }
  });
  return { orders, messages, adSpend, sales };
}

export const marketDayBenchmark: Benchmark = {
  name: 'market-day',
  description: `one simulated market day for ${STORES.toLocaleString('en')} trading stores (5 listings, 6 keywords × 10 competitors, 2 ad campaigns, a coupon, ~60 past orders each): searches, GSP auctions, demand, orders, messages, order and carrier clocks, metrics and health`,
  async run(log) {
    let t = now();
    const states = Array.from({ length: STORES }, (_, i) => buildBenchStore(`bench-${i}`));
    const bytes = JSON.stringify(states[0]).length;
    log(`${STORES} stores built in ${(now() - t).toFixed(0)} ms (${(bytes / 1024).toFixed(0)} KiB of JSON each)`);

    simulateMarketDay(Array.from({ length: WARMUP_STORES }, (_, i) => buildBenchStore(`warmup-${i}`)));

    // The day itself on states the caller owns (in place), the copy of the states as the baseline, and the pure
    // variant (copy + day) that the action API uses, for the record.
    const dayTimes: number[] = [];
    const cloneTimes: number[] = [];
    const pureTimes: number[] = [];
    let last: SimState[] = [];
    for (let k = 0; k < RUNS; k++) {
      t = now();
      const copies = states.map((s) => structuredClone(s));
      cloneTimes.push(now() - t);
      // Collect the garbage the copying left, so the day is not charged for the baseline's allocations.
      collectGarbage();
      t = now();
      advanceMarketDayInPlace(copies);
      dayTimes.push(now() - t);
      last = copies;
      collectGarbage();
      t = now();
      const pure = simulateMarketDay(states);
      pureTimes.push(now() - t);
      if (JSON.stringify(pure[0]) !== JSON.stringify(copies[0])) throw new Error('in-place and pure days differ');
    }
    const again = simulateMarketDay(states.slice(0, 10));
    if (JSON.stringify(again) !== JSON.stringify(last.slice(0, 10)))
      throw new Error('the market day is not deterministic');
    const sum = totals(states, last);
    log(
      `per run: ${sum.orders} orders, ${sum.messages} buyer messages, sales $${sum.sales.toFixed(0)}, ad spend $${sum.adSpend.toFixed(0)}; deterministic on re-run`,
    );
    log(
      `day runs: ${dayTimes.map((x) => x.toFixed(0)).join(', ')} ms (${(median(dayTimes) / STORES).toFixed(3)} ms per store); copy + day: ${pureTimes.map((x) => x.toFixed(0)).join(', ')} ms; baseline runs: ${cloneTimes.map((x) => x.toFixed(0)).join(', ')} ms`,
    );
    const baselineName = `structuredClone of the ${STORES.toLocaleString('en')} states`;
    const baselineMs = median(cloneTimes);
    return [
      {
        name: `market day, ${STORES.toLocaleString('en')} stores (median of ${RUNS})`,
        ms: median(dayTimes),
        baselineName,
        baselineMs,
        targetMs: 1000,
      },
      {
        name: `copy + market day (the pure simulateMarketDay), ${STORES.toLocaleString('en')} stores`,
        ms: median(pureTimes),
        baselineName,
        baselineMs,
      },
    ];
  },
};
