import { expect } from '@open-wc/testing';
import { circlePath, polylinePath, sectorPath, symbolPath } from '../../src/layout/svg-path.js';

/** The corners of a path made of M/L/h/v commands (no arcs). */
function corners(d: string): [number, number][] {
  const points: [number, number][] = [];
  for (const [, command, args] of d.matchAll(/([MLhvZ])([^MLhvZ]*)/g)) {
    const numbers = args!.split(',').filter(Boolean).map(Number);
    const [x, y] = points[points.length - 1] ?? [0, 0];
    if (command === 'M' || command === 'L') points.push([numbers[0]!, numbers[1]!]);
    else if (command === 'h') points.push([x + numbers[0]!, y]);
    else if (command === 'v') points.push([x, y + numbers[0]!]);
  }
  return points;
}

/** Shoelace formula: the area a closed polygon encloses. */
function area(points: [number, number][]): number {
  let twice = 0;
  points.forEach(([x0, y0], i) => {
    const [x1, y1] = points[(i + 1) % points.length]!;
    twice += x0 * y1 - x1 * y0;
  });
  return Math.abs(twice) / 2;
}

/** The centroid of a polygon's corners. */
function centre(points: [number, number][]): [number, number] {
  return [points.reduce((s, p) => s + p[0], 0) / points.length, points.reduce((s, p) => s + p[1], 0) / points.length];
}

describe('svg-path', () => {
  it('writes straight segments to 3 decimals, closed on request', () => {
    const points = [{ x: 1.23456, y: 2 }, { x: 3, y: -0.0001 }, { x: 5, y: 6.5 }];
    expect(polylinePath(points, false)).to.equal('M1.235,2L3,0L5,6.5');
    expect(polylinePath(points, true)).to.equal('M1.235,2L3,0L5,6.5Z');
  });

  it('draws each marker with the asked area, centred on the origin', () => {
    for (const shape of ['square', 'triangle', 'diamond'] as const) {
      const points = corners(symbolPath(shape, 48));
      expect(area(points), shape).to.be.closeTo(48, 0.05);
      // The triangle's corners average to its centroid, which sits on the origin.
      const [x, y] = centre(shape === 'square' ? points.slice(0, 4) : points);
      expect(Math.abs(x), shape).to.be.below(0.01);
      expect(Math.abs(y), shape).to.be.below(0.01);
    }
    const r = Math.sqrt(48 / Math.PI);
    const circle = symbolPath('circle', 48);
    expect(circle).to.match(/^M[\d.]+,0A[\d.]+,[\d.]+,0,1,1,-[\d.]+,0A[\d.]+,[\d.]+,0,1,1,[\d.]+,0Z$/);
    expect(Number(/^M([\d.]+)/.exec(circle)![1])).to.be.closeTo(r, 1e-3);
  });

  it('draws a full circle as two half-circle arcs from 3 o’clock, to 3 decimals', () => {
    expect(circlePath(100, 50, 20.00049)).to.equal('M120,50A20,20,0,1,1,80,50A20,20,0,1,1,120,50Z');
  });

  it('gives the four markers four different outlines', () => {
    const shapes = ['circle', 'square', 'triangle', 'diamond'] as const;
    expect(new Set(shapes.map((shape) => symbolPath(shape, 32))).size).to.equal(4);
  });

  it('draws a sector from 12 o’clock clockwise, the large arc only past a half turn', () => {
    // A quarter from 12 to 3 o'clock around (100, 100), radii 40 and 50.
    const quarter = sectorPath(100, 100, 40, 50, 0, Math.PI / 2);
    expect(quarter).to.equal('M100,50A50,50,0,0,1,150,100L140,100A40,40,0,0,0,100,60Z');
    // The gauge's track: a half turn from 9 to 3 o'clock over the top.
    expect(sectorPath(100, 100, 40, 50, -Math.PI / 2, Math.PI / 2)).to.equal('M50,100A50,50,0,1,1,150,100L140,100A40,40,0,1,0,60,100Z');
    expect(sectorPath(0, 0, 1, 2, 0, 1.5 * Math.PI)).to.match(/^M0,-2A2,2,0,1,1,/);
  });
});
