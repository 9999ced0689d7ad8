/**
 * Geometry of `<eindex-trend>`: pure, no DOM. Editions are bands on the x axis in document
 * order (a year missing from the document is not a gap in time the chart invents); values
 * map linearly to y, or for places (`rank`) with 1 at the top. A series is solid only
 * between editions next to each other that both publish a value: across an unpublished
 * edition it is a dashed bridge (never a solid line, never a 0).
 */
import { ticks } from 'd3-array';
import { linearScale } from './linear.js';
import { markerPath } from './radar.js';
import { polylinePath } from './svg-path.js';
import type { Measure } from './text-wrap.js';

export interface TrendInput {
  /** Edition years in document order. */
  readonly years: readonly number[];
  /** One value per year (`null` = not published). */
  readonly series: readonly { readonly label: string; readonly values: readonly (number | null)[] }[];
  /** The value range; for places, `[1, last place]`. */
  readonly domain: readonly [number, number];
  /** Places: 1 at the top, whole numbers only. */
  readonly rank?: boolean;
  readonly width: number;
  readonly fontSize: number;
  readonly measure: Measure;
  /** Writes a tick value as the page does (`64,8`). */
  readonly format: (value: number) => string;
}

export interface TrendPoint { readonly yearIndex: number; readonly x: number; readonly y: number; readonly value: number }

export interface TrendSeries {
  readonly index: number;
  readonly label: string;
  /** Solid paths, one per run of neighbouring published editions (a run of one is a point only). */
  readonly segments: readonly string[];
  /** Dashed bridges over unpublished editions, from the last published point to the next. */
  readonly bridges: readonly string[];
  readonly points: readonly TrendPoint[];
  /** Series differ without colour by their marker's shape (the radar's shapes, in the same order). */
  readonly marker: string;
}

export interface TrendTick { readonly value: number; readonly y: number; readonly text: string }
export interface YearTick { readonly year: number; readonly x: number; readonly shown: boolean }

export interface TrendLayout {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly yTicks: readonly TrendTick[];
  readonly years: readonly YearTick[];
  /** Baseline of the year labels. */
  readonly yearLabelY: number;
  readonly series: readonly TrendSeries[];
}

const GAP = 6;

export function trendLayout(input: TrendInput): TrendLayout {
  const { years, fontSize, measure, format } = input;
  const width = Math.max(1, Math.round(input.width));
  // A phone gets a taller-than-wide-ratio plot: the values need the height more than the years need the width.
  const plotHeight = Math.round(Math.min(320, Math.max(120, width * 0.45)));
  const top = Math.ceil(fontSize);
  const [d0, d1] = input.domain;
  const tickValues = input.rank
    ? ticks(d0, d1, Math.max(2, Math.floor(plotHeight / (fontSize * 2.5)))).filter(Number.isInteger)
    : ticks(d0, d1, Math.max(2, Math.floor(plotHeight / (fontSize * 2.5))));
  if (input.rank && !tickValues.includes(d0)) tickValues.unshift(d0);
  const tickTexts = tickValues.map((value) => format(value));
  const left = Math.ceil(Math.max(0, ...tickTexts.map((text) => measure(text))) + GAP);
  // Room on the right for the last point's marker and half a year label.
  const right = width - Math.ceil(Math.max(fontSize * 0.75, measure('2000') / 2 - 8));
  const bottom = top + plotHeight;
  const y = linearScale(input.rank ? [d0, d1] : [d0, d1], input.rank ? [top, bottom] : [bottom, top]);
  const band = years.length === 0 ? 0 : (right - left) / years.length;
  const xOf = (i: number): number => left + band * (i + 0.5);
  // Year labels thin out (every 2nd, 3rd, …) when they would touch; the last year always shows.
  const yearWidth = Math.max(0, ...years.map((year) => measure(String(year))));
  const step = Math.max(1, Math.ceil((yearWidth + GAP) / Math.max(band, 1)));
  const last = years.length - 1;
  const yearTicks = years.map((year, i) => ({
    year, x: xOf(i), shown: (last - i) % step === 0,
  }));
  const series = input.series.map((s, index): TrendSeries => {
    const points: TrendPoint[] = [];
    s.values.forEach((value, i) => {
      if (value !== null && Number.isFinite(value)) points.push({ yearIndex: i, x: xOf(i), y: y(value), value });
    });
    const segments: string[] = [];
    const bridges: string[] = [];
    let run: TrendPoint[] = [];
    points.forEach((point, i) => {
      const previous = points[i - 1];
      if (previous && point.yearIndex === previous.yearIndex + 1) {
        run.push(point);
        return;
      }
      if (run.length > 1) segments.push(polylinePath(run, false));
      if (previous) bridges.push(polylinePath([previous, point], false));
      run = [point];
    });
    if (run.length > 1) segments.push(polylinePath(run, false));
    return { index, label: s.label, segments, bridges, points, marker: markerPath(index, width < 360 ? 32 : 48) };
  });
  return {
    width,
    height: Math.ceil(bottom + fontSize * 1.8),
    fontSize,
    plot: { left, right, top, bottom },
    yTicks: tickValues.map((value, i) => ({ value, y: y(value), text: tickTexts[i]! })),
    years: yearTicks,
    yearLabelY: bottom + fontSize * 1.4,
    series,
  };
}

/** A trend's tooltip goes toward the middle of the plot, where the years either side leave room. */
export function trendTooltipSide(layout: TrendLayout, at: { readonly x: number }): 'left' | 'right' {
  return at.x < (layout.plot.left + layout.plot.right) / 2 ? 'right' : 'left';
}
