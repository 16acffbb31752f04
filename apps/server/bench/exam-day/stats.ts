/** Latency samples (every request kept, sorted at the end: exact percentiles) and error tallies. */
export class Samples {
  private a = new Float64Array(4096);
  n = 0;
  push(ms: number) {
    if (this.n === this.a.length) {
      const b = new Float64Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = ms;
  }
  summary(): Summary {
    const s = this.a.slice(0, this.n).sort();
    const p = (q: number) => (s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]! : Number.NaN);
    let sum = 0;
    for (const v of s) sum += v;
    return {
      count: s.length,
      mean: s.length ? sum / s.length : Number.NaN,
      p50: p(0.5),
      p95: p(0.95),
      p99: p(0.99),
      p999: p(0.999),
      max: s.length ? s[s.length - 1]! : Number.NaN,
    };
  }
}

export interface Summary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
}

export const fmtMs = (ms: number) =>
  Number.isNaN(ms)
    ? '–'
    : ms >= 1000
      ? `${(ms / 1000).toFixed(2)} s`
      : ms >= 10
        ? `${ms.toFixed(0)} ms`
        : `${ms.toFixed(1)} ms`;

export function fmtSummary(s: Summary) {
  return `n=${s.count} p50 ${fmtMs(s.p50)} p95 ${fmtMs(s.p95)} p99 ${fmtMs(s.p99)} p99.9 ${fmtMs(s.p999)} max ${fmtMs(s.max)}`;
}

/** Counts by key ("save 409 ATTEMPT_CLOSED", "start network ECONNRESET"). */
export class Tally {
  readonly counts = new Map<string, number>();
  /** First few response bodies per key, for the report. */
  readonly examples = new Map<string, string>();
  add(key: string, example?: string) {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (example && !this.examples.has(key)) this.examples.set(key, example.slice(0, 300));
  }
  get total() {
    let t = 0;
    for (const v of this.counts.values()) t += v;
    return t;
  }
  toString() {
    return [...this.counts].map(([k, v]) => `${k}: ${v}`).join(', ') || 'none';
  }
}

/** Per-second counters over a run (requests completed per wall-clock second). */
export class Timeline {
  readonly buckets: number[] = [];
  constructor(private readonly t0: number) {}
  hit(at: number) {
    const i = Math.floor((at - this.t0) / 1000);
    if (i < 0) return;
    while (this.buckets.length <= i) this.buckets.push(0);
    this.buckets[i]!++;
  }
}
