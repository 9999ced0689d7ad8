/**
 * SVG path data for the few shapes the charts draw: straight segments, circles, an annular
 * sector and the four series markers, as d3-path and d3-shape's symbol types drew them before (the same
 * shapes and numbers, to 3 decimals); those libraries cost about 1 KB gzip in each chart's
 * module (issue #7's size budget) for what is here a few template strings.
 *
 * Angles are radians, 0 at 12 o'clock, clockwise; screen y grows downwards.
 */

/** 3 decimals: enough for any screen, and short path data. */
const round = (n: number): number => Math.round(n * 1000) / 1000;

/** `x,y` of the point at `angle` on the circle of radius `r` around (cx, cy). */
function pointAt(cx: number, cy: number, r: number, angle: number): string {
  // Measured from 3 o'clock, as the canvas and d3 do, so the numbers are exactly theirs.
  return `${round(cx + r * Math.cos(angle - Math.PI / 2))},${round(cy + r * Math.sin(angle - Math.PI / 2))}`;
}

/** A full circle of radius `r` around (cx, cy), as two half-circle arcs (one arc cannot close on itself). */
export function circlePath(cx: number, cy: number, r: number): string {
  const [right, left, y, radius] = [round(cx + r), round(cx - r), round(cy), round(r)];
  return `M${right},${y}A${radius},${radius},0,1,1,${left},${y}A${radius},${radius},0,1,1,${right},${y}Z`;
}

/** Straight segments through the points, closed back to the first when `closed`. */
export function polylinePath(points: readonly { readonly x: number; readonly y: number }[], closed: boolean): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)},${round(p.y)}`).join('') + (closed ? 'Z' : '');
}

/**
 * An annular sector from angle `a0` clockwise to `a1` (less than a full turn): the outer edge
 * clockwise, then the inner edge back.
 */
export function sectorPath(cx: number, cy: number, innerRadius: number, outerRadius: number, a0: number, a1: number): string {
  // The span as d3-path measured it (from 3 o'clock), so a half turn is exactly π.
  const large = a1 - Math.PI / 2 - (a0 - Math.PI / 2) >= Math.PI ? 1 : 0;
  const [r0, r1] = [round(innerRadius), round(outerRadius)];
  return (
    `M${pointAt(cx, cy, outerRadius, a0)}A${r1},${r1},0,${large},1,${pointAt(cx, cy, outerRadius, a1)}` +
    `L${pointAt(cx, cy, innerRadius, a1)}A${r0},${r0},0,${large},0,${pointAt(cx, cy, innerRadius, a0)}Z`
  );
}

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

/**
 * Corners of a polygon marker of area 1 px², centred on (0, 0), as d3-shape's symbol types of
 * the same names: the triangle is equilateral and centred on its centroid (apex twice as far
 * above it as the base below); the diamond is a rhombus with 60° and 120° corners. Worked out
 * in the call, not in module constants, so a bundle without markers (the gauge) drops them.
 */
function unitCorners(shape: Exclude<MarkerShape, 'circle'>): [number, number][] {
  const root3 = Math.sqrt(3);
  if (shape === 'square') return [[-0.5, -0.5], [0.5, -0.5], [0.5, 0.5], [-0.5, 0.5]];
  if (shape === 'triangle') {
    const t = 1 / Math.sqrt(3 * root3);
    return [[0, -2 * t], [root3 * t, t], [-root3 * t, t]];
  }
  const d = Math.sqrt(root3 / 2);
  return [[0, -d], [d / root3, 0], [0, d], [-d / root3, 0]];
}

/** A marker of area `size` px² centred on (0, 0). */
export function symbolPath(shape: MarkerShape, size: number): string {
  const scale = Math.sqrt(size);
  if (shape !== 'circle') return polylinePath(unitCorners(shape).map(([x, y]) => ({ x: x * scale, y: y * scale })), true);
  return circlePath(0, 0, scale / Math.sqrt(Math.PI));
}
