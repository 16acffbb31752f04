/** Seeded pseudo-random numbers: mulberry32 (32-bit state, fast, good enough for drawing papers). */

export type Seed = number | string;
export type Rng = () => number;

/** A 32-bit hash of a seed (FNV-1a over the string form; integers pass through mixed). */
export function hashSeed(seed: Seed, salt = 0): number {
  const s = typeof seed === 'number' ? `n:${seed}` : `s:${seed}`;
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: uniform numbers in [0, 1) from a 32-bit state. */
export function mulberry32(state: number): Rng {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const rngFor = (seed: Seed, salt = 0): Rng => mulberry32(hashSeed(seed, salt));

/** Integer in [0, n). */
export const randInt = (rng: Rng, n: number) => Math.floor(rng() * n);

/** Fisher–Yates in place. */
export function shuffleInPlace<T>(rng: Rng, a: { length: number; [i: number]: T }): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}
