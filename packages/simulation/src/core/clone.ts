/** Deep copy of plain JSON state (structuredClone exists in Node 17+ and every current browser). */
export const cloneState = <T>(value: T): T =>
  (globalThis as unknown as { structuredClone<U>(v: U): U }).structuredClone(value);
