/**
 * Radar chart geometry: pure, no DOM. The element maps the result to lit `svg` templates;
 * tests call it directly with exact numbers.
 *
 * Conventions: angles are in radians, 0 at 12 o'clock, growing clockwise (the convention of
 * d3-shape's `lineRadial` and `arc`); screen y grows downwards, so a point at angle a and
 * radius r sits at (cx + r·sin a, cy − r·cos a).
 */
import { ticks } from 'd3-array';
import { linearScale } from './linear.js';
import { circlePath, polylinePath, symbolPath, type MarkerShape } from './svg-path.js';

import { direction, flatMeasure, labelExtent, labelSides, linesWidth, longestWordWidth, wrapText } from './text-wrap.js';
import type { Extent, Measure, TextAnchor } from './text-wrap.js';

export interface RadarInput {
  /** The axes, in document order. */
  readonly categories: readonly { readonly id: string; readonly label: string }[];
  /** At most four are drawn distinguishably; `values[i]` belongs to `categories[i]`, `null` = not published. */
  readonly series: readonly { readonly id: string; readonly label: string; readonly values: readonly (number | null)[] }[];
  readonly scale: { readonly min: number; readonly max: number };
  /** Width in px of the drawing; the height follows from it. */
  readonly width: number;
  /** Label font size in px (default 12). */
  readonly fontSize?: number;
  /** Width of a line of label text (default: 0.55em per character). */
  readonly measure?: Measure;
}

export type { TextAnchor } from './text-wrap.js';

export interface LabelBox { readonly x: number; readonly y: number; readonly width: number; readonly height: number }

export interface RadarAxis {
  readonly id: string;
  readonly index: number;
  /** Radians, 0 at 12 o'clock, clockwise. */
  readonly angle: number;
  readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number;
  readonly label: {
    readonly lines: readonly string[];
    /** `x` and the baseline `y` of the first line; each further line is `lineHeight` lower. */
    readonly x: number; readonly y: number;
    readonly lineHeight: number;
    readonly anchor: TextAnchor;
    /** The space the label may take (estimated): outside the plot and inside the drawing. */
    readonly box: LabelBox;
  };
}

export interface RadarRing {
  readonly value: number;
  readonly r: number;
  /** A full circle as a path. */
  readonly path: string;
  /** Where the value is written: on the bisector of the first two axes, text-anchor start. */
  readonly label: { readonly x: number; readonly y: number };
}

export type { MarkerShape };

export interface RadarPoint { readonly categoryIndex: number; readonly x: number; readonly y: number; readonly value: number }

export interface RadarSeries {
  readonly id: string;
  readonly label: string;
  readonly index: number;
  /** True when every value is published: `segments[0]` is then one closed polygon that may be filled. */
  readonly closed: boolean;
  /**
   * Path strings. Around an unpublished value the outline is broken: each run of adjacent
   * published values is an open polyline (a single value is only a marker), so no edge ever
   * goes to the centre or through the gap.
   */
  readonly segments: readonly string[];
  readonly points: readonly RadarPoint[];
  /** "Not published" marks: just outside the outer ring, never on the scale. */
  readonly missing: readonly { readonly categoryIndex: number; readonly x: number; readonly y: number }[];
  readonly shape: MarkerShape;
  /** Marker path centred on (0, 0): place it with `translate(x y)`. */
  readonly marker: string;
  /** `stroke-dasharray` ('' = solid). */
  readonly dash: string;
}

export interface RadarLayout {
  readonly width: number;
  readonly height: number;
  readonly center: { readonly x: number; readonly y: number };
  readonly radius: number;
  readonly fontSize: number;
  readonly axes: readonly RadarAxis[];
  readonly rings: readonly RadarRing[];
  readonly series: readonly RadarSeries[];
}

/** Series look apart without colour: each has its own dash pattern and marker shape. */
export const SERIES_STYLES: readonly { readonly shape: MarkerShape; readonly dash: string }[] = [
  { shape: 'circle', dash: '' },
  { shape: 'square', dash: '7 3' },
  { shape: 'triangle', dash: '2 3' },
  { shape: 'diamond', dash: '9 3 2 3' },
];

/** Marker path for a series index, centred on (0, 0); `size` is the area in px². */
export function markerPath(index: number, size = 48): string {
  return symbolPath(SERIES_STYLES[index % SERIES_STYLES.length]!.shape, size);
}

const MARGIN = 4;
/** A wider plot only takes space: past this radius the drawing is centred instead. */
const MAX_RADIUS = 240;

export function radarLayout(input: RadarInput): RadarLayout {
  const { categories, scale } = input;
  const width = Math.max(0, input.width);
  const fontSize = input.fontSize ?? 12;
  const measure = input.measure ?? flatMeasure(fontSize);
  const lineHeight = Math.round(fontSize * 1.25 * 100) / 100;
  const n = categories.length;
  const seriesIn = input.series.slice(0, SERIES_STYLES.length);
  const angles = categories.map((_, i) => (2 * Math.PI * i) / n);

  const hasMissing = seriesIn.some((s) => categories.some((_, i) => s.values[i] == null));
  const markSize = fontSize * 0.7;
  // Room between the outer ring and the labels; more when "not published" marks sit there.
  const gap = fontSize * 0.5 + (hasMissing ? markSize * 2 : 0);
  const available = Math.max(0, width - 2 * MARGIN);

  // Label wrap width: as wide as leaves a useful plot, never narrower than the longest word
  // (unless the drawing itself is narrower), so Latvian names break between words.
  const longestWord = Math.max(0, ...categories.map((c) => longestWordWidth(c.label, measure)));
  // First narrow the labels down to the longest word for a plot of a good size; break words
  // with a hyphen only when even that leaves the plot too small (very narrow drawings).
  const noHyphen = Math.min(longestWord, available * 0.4);
  let wrapWidth = Math.min(Math.max(available * 0.24, noHyphen), fontSize * 13);
  let labels: { lines: string[]; w: number; h: number }[] = [];
  let radius = 0;
  for (;;) {
    labels = categories.map((c, i) => {
      // Labels at 12 and 6 o'clock extend both ways, so they may be twice as wide.
      const limit = labelSides(angles[i]!).anchor === 'middle' ? Math.min(available, wrapWidth * 2) : wrapWidth;
      const lines = wrapText(c.label, limit, measure);
      return { lines, w: Math.min(limit, linesWidth(lines, measure)), h: lines.length * lineHeight };
    });
    radius = Math.min(fitRadius(angles, labels, gap, available), MAX_RADIUS);
    const floor = radius >= available * 0.15 ? noHyphen : fontSize * 3;
    if (radius >= Math.min(available * 0.28, MAX_RADIUS) || wrapWidth <= floor) break;
    wrapWidth = Math.max(floor, wrapWidth * 0.85);
  }

  // Place the centre so the whole drawing, labels included, starts at the margin.
  const extents = separate(angles, extentsAt(angles, labels, radius, gap));
  const minX = Math.min(-radius, ...extents.map((e) => e.x0));
  const maxX = Math.max(radius, ...extents.map((e) => e.x1));
  const minY = Math.min(-radius, ...extents.map((e) => e.y0));
  const maxY = Math.max(radius, ...extents.map((e) => e.y1));
  const cx = MARGIN + Math.max(0, (available - (maxX - minX)) / 2) - minX;
  const cy = MARGIN - minY;
  const height = Math.ceil(maxY - minY + 2 * MARGIN);

  const r = linearScale([scale.min, scale.max], [0, radius]);
  const at = (angle: number, radiusPx: number): [number, number] => {
    const [sx, sy] = direction(angle);
    return [cx + sx * radiusPx, cy + sy * radiusPx];
  };

  const axes: RadarAxis[] = categories.map((c, i) => {
    const angle = angles[i]!;
    const [x2, y2] = at(angle, radius);
    const { lines, w, h } = labels[i]!;
    const e = extents[i]!;
    const { anchor } = labelSides(angle);
    const x = anchor === 'start' ? cx + e.x0 : anchor === 'end' ? cx + e.x1 : cx + (e.x0 + e.x1) / 2;
    // First baseline: the line box's top plus most of the font size (ascent).
    const y = cy + e.y0 + (lineHeight - fontSize) / 2 + fontSize * 0.8;
    return {
      id: c.id, index: i, angle, x1: cx, y1: cy, x2, y2,
      label: { lines, x, y, lineHeight, anchor, box: { x: cx + e.x0, y: cy + e.y0, width: w, height: h } },
    };
  });

  const ringValues = ticks(scale.min, scale.max, radius < 90 ? 2 : 4).filter((v) => v > scale.min);
  if (ringValues[ringValues.length - 1] !== scale.max) ringValues.push(scale.max);
  const bisector = n > 1 ? Math.PI / n : Math.PI / 4;
  const rings: RadarRing[] = ringValues.map((value) => {
    const rr = r(value);
    const [lx, ly] = at(bisector, rr);
    return {
      value, r: rr,
      path: circlePath(cx, cy, rr),
      label: { x: lx + fontSize * 0.25, y: ly - fontSize * 0.25 },
    };
  });

  const series: RadarSeries[] = seriesIn.map((s, index) => {
    const points: (RadarPoint | null)[] = categories.map((_, i) => {
      const value = s.values[i];
      if (value == null || !Number.isFinite(value)) return null;
      const [x, y] = at(angles[i]!, r(value));
      return { categoryIndex: i, x, y, value };
    });
    const published = points.filter((p): p is RadarPoint => p !== null);
    const closed = n > 0 && published.length === n;
    const segments = closed
      ? [polylinePath(published, true)]
      : runs(points).filter((run) => run.length > 1).map((run) => polylinePath(run, false));
    // Missing marks of different series side by side, across the axis.
    const offset = (index - (seriesIn.length - 1) / 2) * markSize * 1.6;
    const missing = points.flatMap((p, i) => {
      if (p) return [];
      const angle = angles[i]!;
      const [ox, oy] = at(angle, radius + fontSize * 0.25 + markSize * 0.8);
      const [tx, ty] = direction(angle + Math.PI / 2);
      return [{ categoryIndex: i, x: ox + tx * offset, y: oy + ty * offset }];
    });
    const style = SERIES_STYLES[index]!;
    return {
      id: s.id, label: s.label, index, closed, segments, points: published, missing,
      shape: style.shape, dash: style.dash, marker: markerPath(index, radius < 90 ? 32 : 48),
    };
  });

  return { width, height, center: { x: cx, y: cy }, radius, fontSize, axes, rings, series };
}

/** Runs of adjacent published points, read around the circle (the last run may wrap to the first). */
function runs(points: readonly (RadarPoint | null)[]): RadarPoint[][] {
  const n = points.length;
  const start = points.findIndex((p, i) => p !== null && points[(i - 1 + n) % n] === null);
  if (start < 0) return [];
  const result: RadarPoint[][] = [];
  let current: RadarPoint[] = [];
  for (let k = 0; k < n; k++) {
    const p = points[(start + k) % n];
    if (p) current.push(p);
    else if (current.length) {
      result.push(current);
      current = [];
    }
  }
  if (current.length) result.push(current);
  return result;
}

function extentsAt(angles: readonly number[], labels: readonly { w: number; h: number }[], radius: number, gap: number): Extent[] {
  return angles.map((a, i) => labelExtent(a, radius + gap, labels[i]!.w, labels[i]!.h));
}

/**
 * Moves labels apart vertically where tall (wrapped) labels would overlap, e.g. the label at
 * 12 o'clock and its neighbours. Labels above the plot only move up and labels below only
 * move down, away from the plot, so each stays in its quadrant and clear of the plot; the
 * widths are unchanged, so the horizontal fit holds.
 */
function separate(angles: readonly number[], extents: readonly Extent[]): Extent[] {
  const out = extents.map((e) => ({ ...e }));
  const overlapX = (a: Extent, b: Extent) => a.x0 < b.x1 && b.x0 < a.x1;
  const side = (i: number) => labelSides(angles[i]!).vertical;
  const placed: Extent[] = out.filter((_, i) => side(i) === 'middle');
  const above = out.filter((_, i) => side(i) === 'above').sort((a, b) => b.y1 - a.y1);
  const below = out.filter((_, i) => side(i) === 'below').sort((a, b) => a.y0 - b.y0);
  const upper = [...placed];
  for (const e of above) {
    const limit = Math.min(e.y1, ...upper.filter((p) => overlapX(p, e)).map((p) => p.y0));
    e.y0 -= e.y1 - limit;
    e.y1 = limit;
    upper.push(e);
  }
  const lower = [...placed];
  for (const e of below) {
    const limit = Math.max(e.y0, ...lower.filter((p) => overlapX(p, e)).map((p) => p.y1));
    e.y1 += limit - e.y0;
    e.y0 = limit;
    lower.push(e);
  }
  return out;
}

/** The largest plot radius whose labels still fit in `available` px of width (bisection: the width grows with the radius). */
function fitRadius(angles: readonly number[], labels: readonly { w: number; h: number }[], gap: number, available: number): number {
  const spanAt = (radius: number): number => {
    const e = extentsAt(angles, labels, radius, gap);
    return Math.max(radius, ...e.map((x) => x.x1)) - Math.min(-radius, ...e.map((x) => x.x0));
  };
  let lo = 0;
  let hi = available / 2;
  if (spanAt(lo) > available) return 0;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (spanAt(mid) <= available) lo = mid;
    else hi = mid;
  }
  return Math.floor(lo * 100) / 100;
}
