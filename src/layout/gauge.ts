/**
 * Maturity gauge geometry: pure, no DOM.
 *
 * A half circle over the scale: `scale.min` at 9 o'clock, `scale.max` at 3 o'clock, through
 * 12 o'clock. Angles are radians, 0 at 12 o'clock, clockwise (as in d3-shape's `arc`), so the
 * scale runs from −π/2 to +π/2. The height depends on the width only (band labels get a
 * fixed reserve unless they are wider), so an element can reserve its final size before
 * the data arrives.
 */
import { levelThresholdsKnown } from '../data/query.js';
import { linearScale } from './linear.js';
import { sectorPath } from './svg-path.js';
import { direction, flatMeasure, labelExtent, labelSides } from './text-wrap.js';
import type { Measure, TextAnchor } from './text-wrap.js';

export interface GaugeInput {
  readonly scale: { readonly min: number; readonly max: number };
  /** `null`: nothing published, so no marker and no value arc. */
  readonly value: number | null;
  /**
   * Bands are drawn only when every level declares `min`. Each band is labelled with `label`,
   * or with the level number where some `label` does not fit.
   */
  readonly levels: readonly { readonly level: number; readonly min?: number | undefined; readonly label: string }[];
  /** The published average, drawn as a reference tick. */
  readonly average?: number | null | undefined;
  /** The text beside the average tick; left out where it would cross the track (narrow gauges). */
  readonly averageLabel?: string | undefined;
  readonly width: number;
  readonly fontSize?: number;
  readonly measure?: Measure;
}

export interface GaugeText { readonly x: number; readonly y: number; readonly anchor: TextAnchor }

export interface GaugeBand {
  readonly level: number;
  readonly from: number;
  readonly to: number;
  readonly path: string;
  readonly label: GaugeText & { readonly text: string };
}

export interface GaugeLayout {
  readonly width: number;
  readonly height: number;
  readonly cx: number;
  readonly cy: number;
  /** Outer and inner radius of the track. */
  readonly r: number;
  readonly innerRadius: number;
  readonly fontSize: number;
  readonly track: string;
  readonly bands: readonly GaugeBand[];
  /** From `scale.min` to the value, on the track; only without bands (bands already colour the track). */
  readonly valueArc: string | null;
  /** A line across the track at the value; `angle` in radians (0 at 12 o'clock, clockwise). */
  readonly marker: { readonly x: number; readonly y: number; readonly angle: number; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number } | null;
  /**
   * Points inwards from the inner edge of the track; the label sits further in, or is `null`
   * when it would not fit inside the track (the element's note states the average anyway).
   */
  readonly averageTick: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly label: (GaugeText & { readonly text: string }) | null } | null;
  /** `scale.min` and `scale.max`, written under the two ends of the track. */
  readonly ticks: readonly (GaugeText & { readonly value: number })[];
  /** The value, large, under the centre; the level name (`caption`) under it, up to two lines of `caption.maxWidth`. */
  readonly valueText: GaugeText & { readonly fontSize: number };
  readonly caption: GaugeText & { readonly lineHeight: number; readonly maxWidth: number };
}

const MARGIN = 4;
/** Widest drawing: a bigger gauge only takes space. */
const MAX_RADIUS = 200;

export function gaugeLayout(input: GaugeInput): GaugeLayout {
  const { scale } = input;
  const width = Math.max(0, input.width);
  const fontSize = input.fontSize ?? 12;
  const measure = input.measure ?? flatMeasure(fontSize);
  const lineHeight = fontSize * 1.25;
  const gap = fontSize * 0.5;

  const bandsKnown = levelThresholdsKnown(input.levels);
  // Room beside the track for band labels: a fixed share of the width, whatever the data,
  // so the height depends on the width only. A label that does not fit there is shortened.
  const labelRoom = Math.min(fontSize * 5.5, Math.max(fontSize * 2, width * 0.14));
  const r = Math.max(fontSize * 2, Math.min(MAX_RADIUS, (width - 2 * MARGIN) / 2 - gap - labelRoom));
  const thickness = Math.min(28, Math.max(8, r * 0.2));
  const innerRadius = r - thickness;
  const cx = width / 2;
  const cy = MARGIN + lineHeight + gap + r;

  const angle = linearScale([scale.min, scale.max], [-Math.PI / 2, Math.PI / 2]);
  const arcPath = (a0: number, a1: number): string => sectorPath(cx, cy, innerRadius, r, a0, a1);
  const at = (a: number, radius: number): [number, number] => {
    const [sx, sy] = direction(a);
    return [cx + sx * radius, cy + sy * radius];
  };

  // Full labels where all of them fit beside the track, else short ones for every band (not a mix).
  const sorted = bandsKnown ? [...input.levels].sort((a, b) => a.min! - b.min!) : [];
  const spans = sorted
    .map((l, i) => ({ l, from: Math.max(scale.min, l.min!), to: Math.min(scale.max, sorted[i + 1]?.min ?? scale.max) }))
    .filter((b) => b.to > b.from);
  const place = (text: string, from: number, to: number) => {
    const mid = (angle(from) + angle(to)) / 2;
    const e = labelExtent(mid, r + gap, measure(text), lineHeight);
    return { e, anchor: labelSides(mid).anchor, fits: cx + e.x0 >= MARGIN && cx + e.x1 <= width - MARGIN };
  };
  const full = spans.every((b) => place(b.l.label, b.from, b.to).fits);
  const bands: GaugeBand[] = spans.map(({ l, from, to }) => {
    const text = full ? l.label : String(l.level);
    const { e, anchor } = place(text, from, to);
    const x = anchor === 'start' ? cx + e.x0 : anchor === 'end' ? cx + e.x1 : cx + (e.x0 + e.x1) / 2;
    return {
      level: l.level, from, to, path: arcPath(angle(from), angle(to)),
      label: { x, y: cy + e.y0 + (lineHeight - fontSize) / 2 + fontSize * 0.8, anchor, text },
    };
  });

  const value = input.value != null && Number.isFinite(input.value) ? input.value : null;
  let marker: GaugeLayout['marker'] = null;
  if (value !== null) {
    const a = angle(value);
    const [x, y] = at(a, (r + innerRadius) / 2);
    const [x1, y1] = at(a, innerRadius - 4);
    const [x2, y2] = at(a, r + 4);
    marker = { x, y, angle: a, x1, y1, x2, y2 };
  }
  const valueArc = value !== null && bands.length === 0 && value > scale.min ? arcPath(-Math.PI / 2, angle(value)) : null;

  let averageTick: GaugeLayout['averageTick'] = null;
  if (input.average != null && Number.isFinite(input.average)) {
    const a = angle(input.average);
    const tick = Math.max(6, thickness * 0.5);
    const [x1, y1] = at(a, innerRadius - 2);
    const [x2, y2] = at(a, innerRadius - 2 - tick);
    // The label points inwards: the mirror image of an outside label.
    const inward = labelSides(a + Math.PI);
    const [lx, ly] = at(a, innerRadius - 2 - tick - gap / 2);
    const y = inward.vertical === 'below' ? ly + fontSize * 0.85 : inward.vertical === 'above' ? ly : ly + fontSize * 0.35;
    const text = input.averageLabel ?? '';
    const w = measure(text);
    const left = inward.anchor === 'start' ? lx : inward.anchor === 'end' ? lx - w : lx - w / 2;
    // Every corner of the label's box (cap height to descender) must lie inside the track's inner edge.
    const inside = [left, left + w].every((x) =>
      [y - fontSize * 0.75, y + fontSize * 0.2].every((yy) => Math.hypot(x - cx, yy - cy) <= innerRadius),
    );
    averageTick = { x1, y1, x2, y2, label: text && inside ? { x: lx, y, anchor: inward.anchor, text } : null };
  }

  const tickY = cy + fontSize * 1.2;
  const ticks = [
    { value: scale.min, x: cx - (r + innerRadius) / 2, y: tickY, anchor: 'middle' as const },
    { value: scale.max, x: cx + (r + innerRadius) / 2, y: tickY, anchor: 'middle' as const },
  ];

  const valueFontSize = Math.round(Math.min(40, Math.max(20, r * 0.3)));
  const valueY = cy + fontSize * 0.3 + valueFontSize * 0.85;
  const captionY = valueY + fontSize * 1.5;
  const height = Math.ceil(captionY + lineHeight + fontSize * 0.3 + MARGIN);

  return {
    width, height, cx, cy, r, innerRadius, fontSize,
    track: arcPath(-Math.PI / 2, Math.PI / 2),
    bands, valueArc, marker, averageTick, ticks,
    valueText: { x: cx, y: valueY, anchor: 'middle', fontSize: valueFontSize },
    caption: { x: cx, y: captionY, anchor: 'middle', lineHeight, maxWidth: Math.min(width - 2 * MARGIN, 2 * r + 2 * labelRoom) },
  };
}
