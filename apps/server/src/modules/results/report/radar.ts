/**
 * Radar chart geometry for the report PDF — pure (unit-tested in radar.test.ts). Coordinates are relative to the
 * centre with y pointing DOWN (SVG convention, as pdf-lib's drawSvgPath expects); the first axis points up and
 * the axes go clockwise.
 */

export interface Point {
  x: number;
  y: number;
}

/** Angle of axis i of n, clockwise from "up", in radians. */
export const axisAngle = (i: number, n: number) => (2 * Math.PI * i) / n;

/** The point at `fraction` (0–1, clamped) of radius `r` on axis i of n. */
export function axisPoint(i: number, n: number, r: number, fraction: number): Point {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const a = axisAngle(i, n);
  const x = r * f * Math.sin(a);
  const y = -r * f * Math.cos(a);
  // Avoid -0 and binary noise in the drawn coordinates.
  return { x: Math.round(x * 1000) / 1000 + 0, y: Math.round(y * 1000) / 1000 + 0 };
}

/** The polygon of values (percent 0–100, null = 0) on n = values.length axes. */
export function radarPolygon(values: readonly (number | null)[], r: number): Point[] {
  return values.map((v, i) => axisPoint(i, values.length, r, (v ?? 0) / 100));
}

/** The grid ring at `percent` as a polygon over n axes. */
export const ringPolygon = (n: number, r: number, percent: number): Point[] =>
  Array.from({ length: n }, (_, i) => axisPoint(i, n, r, percent / 100));

/** An SVG path through the points, closed. */
export function svgPath(points: readonly Point[], close = true): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  return `M ${first!.x} ${first!.y} ${rest.map((p) => `L ${p.x} ${p.y}`).join(' ')}${close ? ' Z' : ''}`.replace(
    /\s+/g,
    ' ',
  );
}

/** Where an axis label goes (outside the outer ring) and how to align it. */
export function labelAnchor(
  i: number,
  n: number,
  r: number,
  gap: number,
): Point & { align: 'left' | 'center' | 'right' } {
  const p = axisPoint(i, n, r + gap, 1);
  const align = Math.abs(p.x) < r * 0.05 ? 'center' : p.x > 0 ? 'left' : 'right';
  return { ...p, align };
}

export const RADAR_RINGS = [20, 40, 60, 80, 100] as const;
