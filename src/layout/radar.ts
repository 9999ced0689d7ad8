/**
 * Radar chart geometry: pure, no DOM. The element maps the result to lit `svg` templates;
 * tests call it directly with exact numbers.
 *
 * Conventions: angles are in radians, 0 at 12 o'clock, growing clockwise (the convention of
 * d3-shape's `lineRadial` and `arc`); screen y grows downwards, so a point at angle a and
 * radius r sits at (cx + r·sin a, cy − r·cos a).
 *
 * Two forms share the series, markers and tooltips: the radar itself, and (`radarBarsLayout`)
 * horizontal bars per category for a first series with fewer than three published values,
 * where a polygon would mislead (a "polygon" of two points is a line through the centre).
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
  /** Label font size in px (default 12). Nothing is drawn smaller. */
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
    /** The category's name wrapped, or (in a keyed layout) its number in the key. */
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
  /**
   * Where the value is written (text-anchor middle, `y` the baseline), on the bisector of the
   * two axes whose gap the series cross least; `null` where it would touch a category label.
   */
  readonly label: { readonly x: number; readonly y: number; readonly box: LabelBox } | null;
}

export type { MarkerShape };

export interface RadarPoint { readonly categoryIndex: number; readonly x: number; readonly y: number; readonly value: number }

export interface RadarSeries {
  readonly id: string;
  readonly label: string;
  readonly index: number;
  /** True when every value is published: `segments[0]` is then one closed polygon. */
  readonly closed: boolean;
  /** Only the first series is filled: overlapping fills mix into grey and hide the rings. */
  readonly filled: boolean;
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
  readonly form: 'radar';
  readonly width: number;
  readonly height: number;
  readonly center: { readonly x: number; readonly y: number };
  readonly radius: number;
  readonly fontSize: number;
  /**
   * True when the category names did not fit around a plot of a useful size (phones, narrow
   * columns): the axes are labelled 1, 2, 3 … and the element lists the names in a key.
   */
  readonly keyed: boolean;
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

/** A polygon needs three published values of the first series; below that the chart draws bars. */
export function isSparse(series: RadarInput['series'], categoryCount: number): boolean {
  const first = series[0];
  return first !== undefined && categoryCount > 0 && first.values.slice(0, categoryCount).filter(isValue).length < 3;
}

const isValue = (v: number | null | undefined): v is number => v != null && Number.isFinite(v);

const MARGIN = 4;
/** A wider plot only takes space: past this radius the drawing is centred instead. */
const MAX_RADIUS = 240;
/** Names go around the plot only while it keeps this share of the width (issue #12: rings ≥ half the width at 360 px). */
const MIN_RADIUS_SHARE = 0.27;

export function radarLayout(input: RadarInput): RadarLayout {
  const { categories, scale } = input;
  const width = Math.max(0, input.width);
  const fontSize = input.fontSize ?? 12;
  const measure = input.measure ?? flatMeasure(fontSize);
  const lineHeight = Math.round(fontSize * 1.25 * 100) / 100;
  const n = categories.length;
  const seriesIn = input.series.slice(0, SERIES_STYLES.length);
  const angles = categories.map((_, i) => (2 * Math.PI * i) / n);

  const hasMissing = seriesIn.some((s) => categories.some((_, i) => !isValue(s.values[i])));
  const markSize = fontSize * 0.7;
  // Room between the outer ring and the labels; more when "not published" marks sit there.
  const gap = fontSize * 0.5 + (hasMissing ? markSize * 2 : 0);
  const available = Math.max(0, width - 2 * MARGIN);
  const wanted = Math.min(available * MIN_RADIUS_SHARE, MAX_RADIUS);

  // Names wrap between words, never narrower than the longest word, to a width that leaves a
  // plot of the wanted size; where none does, the axes get numbers and the names go to a key
  // (a name broken into syllables over six lines reads worse than "3" and a list).
  const longestWord = Math.max(0, ...categories.map((c) => longestWordWidth(c.label, measure)));
  const wrapped = (wrapWidth: number) => categories.map((c, i) => {
    // Labels at 12 and 6 o'clock extend both ways, so they may be twice as wide.
    const limit = labelSides(angles[i]!).anchor === 'middle' ? Math.min(available, wrapWidth * 2) : wrapWidth;
    const lines = wrapText(c.label, limit, measure);
    return { lines, w: Math.min(limit, linesWidth(lines, measure)), h: lines.length * lineHeight };
  });
  let wrapWidth = Math.min(Math.max(available * 0.24, longestWord), fontSize * 13);
  let labels = wrapped(wrapWidth);
  let radius = Math.min(fitRadius(angles, labels, gap, available), MAX_RADIUS);
  while (radius < wanted && wrapWidth > longestWord) {
    wrapWidth = Math.max(longestWord, wrapWidth * 0.85);
    labels = wrapped(wrapWidth);
    radius = Math.min(fitRadius(angles, labels, gap, available), MAX_RADIUS);
  }
  const keyed = radius < wanted;
  if (keyed) {
    labels = categories.map((_, i) => {
      const text = String(i + 1);
      return { lines: [text], w: measure(text), h: lineHeight };
    });
    radius = Math.min(fitRadius(angles, labels, gap, available), MAX_RADIUS);
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
    return {
      id: c.id, index: i, angle, x1: cx, y1: cy, x2, y2,
      label: { lines, x, y: baseline(cy + e.y0, lineHeight, fontSize), lineHeight, anchor, box: { x: cx + e.x0, y: cy + e.y0, width: w, height: h } },
    };
  });

  const series: RadarSeries[] = seriesIn.map((s, index) => {
    const points: (RadarPoint | null)[] = categories.map((_, i) => {
      const value = s.values[i];
      if (!isValue(value)) return null;
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
    return {
      ...seriesLook(s, index, radius < 90 ? 32 : 48), closed, filled: closed && index === 0, segments, points: published, missing,
    };
  });

  // Ring values go in the gap between two axes where the series pass furthest from them, on
  // top of the series with a halo; a value that would touch a category label is left out
  // (the outer ring is the scale's maximum, which the table and tooltips say as well).
  const ringValues = ticks(scale.min, scale.max, radius < 90 ? 2 : 4).filter((v) => v > scale.min);
  if (ringValues[ringValues.length - 1] !== scale.max) ringValues.push(scale.max);
  const ringBox = (value: number, angle: number): LabelBox => {
    const [x, y] = at(angle, r(value));
    const w = measure(String(value)) + 4;
    return { x: x - w / 2, y: y - lineHeight / 2, width: w, height: lineHeight };
  };
  const edges = series.flatMap((s) => edgesOf(s, n));
  const bisectors = n > 1 ? angles.map((a) => a + Math.PI / n) : [Math.PI / 4];
  const clearance = (angle: number) => Math.min(Infinity, ...ringValues.flatMap((v) => {
    const b = ringBox(v, angle);
    return [...edges.map((e) => boxSegmentDistance(b, e)), ...series.flatMap((s) => s.points.map((p) => boxPointDistance(b, p)))];
  }));
  // The first gap unless another is clearly freer (stable drawings for similar data).
  const ringAngle = bisectors.reduce((best, a) => (clearance(a) > clearance(best) + 1 ? a : best), bisectors[0]!);
  const rings: RadarRing[] = ringValues.map((value) => {
    const box = ringBox(value, ringAngle);
    const free = axes.every((a) => !boxesOverlap(box, a.label.box));
    return {
      value, r: r(value), path: circlePath(cx, cy, r(value)),
      label: free ? { x: box.x + box.width / 2, y: baseline(box.y, lineHeight, fontSize), box } : null,
    };
  });

  return { form: 'radar', width, height, center: { x: cx, y: cy }, radius, fontSize, keyed, axes, rings, series };
}

/** What every series has in both forms: its id and label, dash pattern and marker. */
function seriesLook(s: RadarInput['series'][number], index: number, markerSize: number) {
  const style = SERIES_STYLES[index]!;
  return { id: s.id, label: s.label, index, shape: style.shape, dash: style.dash, marker: markerPath(index, markerSize) };
}

/** The first baseline of text whose line box starts at `top`: the box's top plus most of the font size (ascent). */
function baseline(top: number, lineHeight: number, fontSize: number): number {
  return top + (lineHeight - fontSize) / 2 + fontSize * 0.8;
}

type Segment = readonly [{ x: number; y: number }, { x: number; y: number }];

/** The straight edges a series draws: between adjacent published points, around the circle. */
function edgesOf(s: RadarSeries, n: number): Segment[] {
  const byCategory = new Map(s.points.map((p) => [p.categoryIndex, p]));
  return s.points.flatMap((p) => {
    const next = byCategory.get((p.categoryIndex + 1) % n);
    return next && next !== p ? [[p, next] as const] : [];
  });
}

function boxPointDistance(b: LabelBox, p: { x: number; y: number }): number {
  return Math.hypot(Math.max(b.x - p.x, 0, p.x - b.x - b.width), Math.max(b.y - p.y, 0, p.y - b.y - b.height));
}

/** Shortest distance between a box and a segment (0 where they touch): sampled, which is plenty for choosing a gap. */
function boxSegmentDistance(b: LabelBox, [a, c]: Segment): number {
  let min = Infinity;
  for (let k = 0; k <= 16; k++) min = Math.min(min, boxPointDistance(b, { x: a.x + ((c.x - a.x) * k) / 16, y: a.y + ((c.y - a.y) * k) / 16 }));
  return min;
}

export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
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

// ---- The bar form ---------------------------------------------------------------------

export interface RadarBar {
  readonly categoryIndex: number;
  readonly x: number; readonly y: number; readonly width: number; readonly height: number;
  /** The value written after the bar's marker (baseline `y`, text-anchor start). */
  readonly text: { readonly x: number; readonly y: number };
}

export interface RadarBarsSeries extends Omit<RadarSeries, 'closed' | 'filled' | 'segments'> {
  /** One bar per published value; `points` are the markers at the bars' ends. */
  readonly bars: readonly RadarBar[];
  /** Where "not published" is written beside each `missing` mark (baseline, text-anchor start). */
  readonly missingText: readonly { readonly categoryIndex: number; readonly x: number; readonly y: number }[];
}

export interface RadarBarsLayout {
  readonly form: 'bars';
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  /** Category names, wrapped: above their bars (narrow) or beside them. */
  readonly labels: readonly { readonly categoryIndex: number; readonly lines: readonly string[]; readonly x: number; readonly y: number; readonly lineHeight: number; readonly box: LabelBox }[];
  /** Vertical grid lines with their values written above the bars. */
  readonly grid: readonly { readonly value: number; readonly x: number; readonly y1: number; readonly y2: number; readonly anchor: TextAnchor; readonly textY: number }[];
  readonly series: readonly RadarBarsSeries[];
}

/**
 * Horizontal bars, one row per category and in it one bar per series, for data too sparse
 * for a polygon. `notPublished` is the text written where a value is missing (never a bar of 0).
 */
export function radarBarsLayout(input: RadarInput & { readonly notPublished: string }): RadarBarsLayout {
  const { categories, scale } = input;
  const width = Math.max(0, input.width);
  const fontSize = input.fontSize ?? 12;
  const measure = input.measure ?? flatMeasure(fontSize);
  const lineHeight = Math.round(fontSize * 1.25 * 100) / 100;
  const seriesIn = input.series.slice(0, SERIES_STYLES.length);
  const available = Math.max(0, width - 2 * MARGIN);
  // Names beside the bars where that leaves the bars most of the width, else above them.
  const nameWidth = Math.min(fontSize * 14, available * 0.34);
  const beside = available >= 480 && nameWidth >= Math.max(0, ...categories.map((c) => longestWordWidth(c.label, measure)));
  const plotX0 = MARGIN + (beside ? nameWidth + fontSize : 0);
  const markerSize = 32;
  const markerRadius = Math.sqrt(markerSize / Math.PI) + 1;
  // Room after the longest bar for its marker and a value such as "99,5".
  const valueRoom = measure(`${scale.max}.0`) + markerRadius + fontSize * 0.5;
  const plotX1 = Math.max(plotX0 + 1, width - MARGIN - valueRoom);
  const x = linearScale([scale.min, scale.max], [plotX0, plotX1]);
  const rowHeight = Math.max(lineHeight, fontSize * 1.4);
  const barHeight = Math.round(fontSize * 0.6);

  const gridTop = MARGIN + lineHeight;
  let y = gridTop + fontSize * 0.5;
  const labels: RadarBarsLayout['labels'][number][] = [];
  const rows = categories.map((c, i) => {
    // A little narrower than the room: real fonts may run wider than the estimate.
    const lines = wrapText(c.label, (beside ? nameWidth : available) - fontSize * 0.5, measure);
    const h = lines.length * lineHeight;
    const top = y;
    labels.push({ categoryIndex: i, lines, x: MARGIN, y: baseline(top, lineHeight, fontSize), lineHeight, box: { x: MARGIN, y: top, width: linesWidth(lines, measure), height: h } });
    const barsTop = beside ? top : top + h;
    const rowsHeight = seriesIn.length * rowHeight;
    y = (beside ? Math.max(top + h, barsTop + rowsHeight) : barsTop + rowsHeight) + fontSize * 0.75;
    return { barsTop };
  });
  const height = Math.ceil(y + MARGIN);

  const gridValues = ticks(scale.min, scale.max, available < 300 ? 2 : 4);
  const grid = gridValues.map((value, k) => ({
    value, x: x(value), y1: gridTop, y2: y - fontSize * 0.5,
    anchor: (k === 0 && value === scale.min ? 'start' : k === gridValues.length - 1 && value === scale.max ? 'end' : 'middle') as TextAnchor,
    textY: baseline(MARGIN, lineHeight, fontSize),
  }));

  const series: RadarBarsSeries[] = seriesIn.map((s, index) => {
    const points: RadarPoint[] = [];
    const bars: RadarBar[] = [];
    const missing: RadarBarsSeries['missing'][number][] = [];
    const missingText: RadarBarsSeries['missingText'][number][] = [];
    categories.forEach((_, i) => {
      const mid = rows[i]!.barsTop + index * rowHeight + rowHeight / 2;
      const textY = mid + fontSize * 0.35;
      const value = s.values[i];
      if (!isValue(value)) {
        missing.push({ categoryIndex: i, x: plotX0 + markerRadius, y: mid });
        missingText.push({ categoryIndex: i, x: plotX0 + 2 * markerRadius + fontSize * 0.4, y: textY });
        return;
      }
      const end = x(value);
      points.push({ categoryIndex: i, x: end, y: mid, value });
      bars.push({ categoryIndex: i, x: plotX0, y: mid - barHeight / 2, width: end - plotX0, height: barHeight, text: { x: end + markerRadius + fontSize * 0.3, y: textY } });
    });
    return { ...seriesLook(s, index, markerSize), points, missing, bars, missingText };
  });

  return { form: 'bars', width, height, fontSize, labels, grid, series };
}

// ---- Tooltips ---------------------------------------------------------------------------

/** A radar's tooltip goes away from the centre, over no other point; a bar's to the right, past the bar's end. */
export function radarTooltipSide(layout: RadarLayout | RadarBarsLayout, at: { readonly x: number }): 'left' | 'right' {
  return layout.form === 'radar' && at.x < layout.center.x ? 'left' : 'right';
}
