export interface Measurement {
  name: string;
  ms: number;
  baselineName?: string;
  baselineMs?: number;
  /** The budget this measurement must stay under. */
  targetMs?: number;
}

export interface Benchmark {
  name: string;
  description: string;
  run(log: (message: string) => void): Promise<Measurement[]>;
}

export async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}
