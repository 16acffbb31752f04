/** How the task engine shows values in instructions and check details. */

/** A number without float noise (0.1 + 0.2 → 0.3); with `decimals`, exactly that many (45.2 → "45.20"). */
export function formatNumber(n: number, decimals?: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (decimals !== undefined) return n.toFixed(decimals);
  return String(Math.round(n * 1e6) / 1e6);
}

/** Decimals a tolerance implies (0.01 → 2, 0.0005 → 4, 1 → 0). */
export function decimalsOf(tolerance: number): number {
  for (let d = 0; d <= 8; d++) if (Math.abs(Math.round(tolerance * 10 ** d) - tolerance * 10 ** d) < 1e-9) return d;
  return 8;
}

/** A value for a person to read (short: long lists and texts are cut). */
export function formatValue(v: unknown, decimals?: number): string {
  if (v === undefined) return '∅';
  if (v === null) return 'null';
  if (typeof v === 'number') return formatNumber(v, decimals);
  if (typeof v === 'string') return v.length > 80 ? `"${v.slice(0, 77)}…"` : `"${v}"`;
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    const shown = v.slice(0, 5).map(formatValue).join(', ');
    return `[${shown}${v.length > 5 ? `, … (${v.length})` : ''}]`;
  }
  const s = JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/** A value placed into instruction text (no quotes around strings). */
export function formatPlain(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(formatPlain).join(', ');
  return formatValue(v);
}
