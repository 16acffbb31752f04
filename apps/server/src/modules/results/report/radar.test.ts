import { describe, expect, it } from 'vitest';
import { axisPoint, labelAnchor, RADAR_RINGS, radarPolygon, ringPolygon, svgPath } from './radar.js';

describe('radar geometry', () => {
  it('starts the first axis straight up and goes clockwise (y down)', () => {
    expect(axisPoint(0, 4, 100, 1)).toEqual({ x: 0, y: -100 });
    expect(axisPoint(1, 4, 100, 1)).toEqual({ x: 100, y: 0 });
    expect(axisPoint(2, 4, 100, 1)).toEqual({ x: 0, y: 100 });
    expect(axisPoint(3, 4, 100, 1)).toEqual({ x: -100, y: 0 });
  });

  it('places values at their fraction of the radius, clamped to 0–100 %', () => {
    const poly = radarPolygon([50, 100, null, 150, -10, 25], 80);
    const dist = poly.map((p) => Math.round(Math.hypot(p.x, p.y) * 100) / 100);
    expect(dist).toEqual([40, 80, 0, 80, 0, 20]);
  });

  it('puts every vertex of a ring at the same distance from the centre', () => {
    for (const ring of RADAR_RINGS) {
      for (const p of ringPolygon(7, 100, ring)) expect(Math.hypot(p.x, p.y)).toBeCloseTo(ring, 2);
    }
    expect(RADAR_RINGS).toEqual([20, 40, 60, 80, 100]);
  });

  it('writes a closed SVG path through the points', () => {
    expect(svgPath(ringPolygon(4, 10, 100))).toBe('M 0 -10 L 10 0 L 0 10 L -10 0 Z');
    expect(svgPath([])).toBe('');
  });

  it('aligns labels by the side of the chart they are on', () => {
    expect(labelAnchor(0, 4, 100, 10).align).toBe('center');
    expect(labelAnchor(1, 4, 100, 10)).toMatchObject({ x: 110, align: 'left' });
    expect(labelAnchor(3, 4, 100, 10).align).toBe('right');
  });
});
