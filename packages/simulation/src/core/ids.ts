import type { SimState } from './state.js';

/** The next id with a prefix, e.g. `L-12`. Ids come from the state's counter so a replay gives the same ids. */
export function nextId(state: SimState, prefix: string): string {
  state.seq += 1;
  return `${prefix}-${state.seq}`;
}

/** The simulated day of a time in minutes. */
export const dayOf = (minutes: number): number => Math.floor(minutes / 1440);
