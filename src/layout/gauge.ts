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
import { direction, flatMeasure, labelExtent, labelSides, wrapText } from './text-wrap.js';
import type { Measure, TextAnchor } from './text-wrap.js';

export interface GaugeInput {
  readonly scale: { readonly min: number; readonly max: number };
  /** `null`: nothing published, so no marker and no value arc. */
  readonly value: number | null;
  /**
   * Bands are drawn only when every level declares `min`. Each band is labelled with `label`,
   * or with the level number where some `label` does not fit, or not at all where even that
   * would collide with the thresholds.
   */
  readonly levels: readonly { readonly level: number; readonly min?: number | undefined; readonly label: string }[];
  /** The published average, drawn as a reference tick. */
  readonly average?: number | null | undefined;
  /** The text beside the average tick; left out where it would cross the track (narrow gauges). */
  readonly averageLabel?: string | undefined;
  /** What is written in the value's place when `value` is `null` ("not published"). */
  readonly emptyText?: string | undefined;
  /** The level's name, written under the value in up to two lines. */
  readonly caption?: string | undefined;
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
  /** `null` where no band name fits beside the thresholds (narrow gauges): the colours stay. */
  readonly label: (GaugeText & { readonly text: string }) | null;
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
  /**
   * The numbers of the scale, in order: `scale.min` and `scale.max` under the track's ends
   * (the value moves down below them in a narrow gauge), and the level thresholds outside the
   * track at the band edges.
   */
  readonly ticks: readonly (GaugeText & { readonly value: number })[];
  /** The value, large, under the centre (or, without one, where "not published" goes); never overlapped by other text. */
  readonly valueText: GaugeText & { readonly fontSize: number };
  /** The level's name under the value: `lines`, each `lineHeight` below the last. */
  readonly caption: GaugeText & { readonly lineHeight: number; readonly lines: readonly string[] };
}

const MARGIN = 4;

interface Box { x0: number; x1: number; y0: number; y1: number }
interface Placed extends GaugeText { readonly box: Box }

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * The box of one line of text at baseline `y` (cap height above, descenders below), with
 * 0.15em to spare at each end: the estimate of a width is per character, and a font's digits
 * run wider than it in some engines (DejaVu Sans: 0.64em), so labels placed edge to edge
 * would touch there.
 */
function textBox(x: number, y: number, anchor: TextAnchor, w: number, fontSize: number): Box {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  const spare = fontSize * 0.15;
  return { x0: x0 - spare, x1: x0 + w + spare, y0: y - fontSize * 0.8, y1: y + fontSize * 0.25 };
}

/** A placed text without its box, as the element draws it. */
function strip<T extends Placed>({ box: _box, ...rest }: T): Omit<T, 'box'> {
  return rest;
}
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
  // Room beside the track for band labels and thresholds: a fixed share of the width,
  // whatever the data, so the height depends on the width only. A label that does not fit
  // there is shortened or left out.
  const labelRoom = Math.min(fontSize * 5.5, Math.max(fontSize * 1.6, width * 0.14));
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

  // The scale's ends go under the track's ends, and the value, large, under the centre; in a
  // narrow gauge the value would run into the ends there, so it moves down below them. That
  // is decided for the widest value the scale allows, so it depends on the width only.
  const valueFontSize = Math.round(Math.min(40, Math.max(20, r * 0.3)));
  const under = (r + innerRadius) / 2;
  const tickY = cy + fontSize * 1.2;
  const ends = [scale.min, scale.max].map((v, i) => {
    const x = i === 0 ? cx - under : cx + under;
    return { value: v, x, y: tickY, anchor: 'middle' as TextAnchor, box: textBox(x, tickY, 'middle', measure(String(v)), fontSize) };
  });
  const valueBoxAt = (y: number, w: number, size: number): Box => ({ x0: cx - w / 2, x1: cx + w / 2, y0: y - size * 0.8, y1: y + size * 0.2 });
  const widest = (measure(`${scale.max}.0`) * valueFontSize * 1.1) / fontSize; // bold
  const besideCentre = cy + fontSize * 0.3 + valueFontSize * 0.85;
  const valueY = ends.some((e) => overlaps(e.box, valueBoxAt(besideCentre, widest, valueFontSize)))
    ? tickY + fontSize * 0.25 + valueFontSize * 0.8 + 2
    : besideCentre;
  const value = input.value != null && Number.isFinite(input.value) ? input.value : null;
  // Under the value's descenders. Without a value there is no level name, and "not published"
  // (written smaller, and wider than a number) takes its place, clear of the ends.
  const captionY = valueY + valueFontSize * 0.25 + fontSize * 1.1;
  const textY = value === null ? captionY : valueY;
  const valueBox = value === null ? valueBoxAt(captionY, measure(input.emptyText ?? ''), fontSize) : valueBoxAt(valueY, widest, valueFontSize);
  const shownEnds = ends.filter((e) => !overlaps(e.box, valueBox));

  // Outside the track: the thresholds at the band edges (where every level declares `min`),
  // then the band names in the middle of each band, full, else short (the level number), else
  // none where even those would collide (the colours stay, and the level is named in words
  // under the value).
  const sorted = bandsKnown ? [...input.levels].sort((a, b) => a.min! - b.min!) : [];
  const spans = sorted
    .map((l, i) => ({ l, from: Math.max(scale.min, l.min!), to: Math.min(scale.max, sorted[i + 1]?.min ?? scale.max) }))
    .filter((b) => b.to > b.from);
  const outside = (text: string, a: number): Placed => {
    const e = labelExtent(a, r + gap, measure(text), lineHeight);
    const { anchor } = labelSides(a);
    const x = anchor === 'start' ? cx + e.x0 : anchor === 'end' ? cx + e.x1 : cx + (e.x0 + e.x1) / 2;
    const y = cy + e.y0 + (lineHeight - fontSize) / 2 + fontSize * 0.8;
    return { x, y, anchor, box: textBox(x, y, anchor, measure(text), fontSize) };
  };
  const inside = (p: Placed) => p.box.x0 >= MARGIN && p.box.x1 <= width - MARGIN && p.box.y0 >= 0;
  const apart = (placed: readonly Placed[]) =>
    placed.every((p, i) => inside(p) && !overlaps(p.box, valueBox) && placed.slice(i + 1).every((q) => !overlaps(p.box, q.box)));
  let thresholds = spans.slice(1).map(({ from }) => ({ value: from, ...outside(String(from), angle(from)) }));
  if (!apart([...shownEnds, ...thresholds])) thresholds = [];
  const bandLabels = (short: boolean) => spans.map(({ l, from, to }) => {
    const text = short ? String(l.level) : l.label;
    return { text, ...outside(text, (angle(from) + angle(to)) / 2) };
  });
  const named = [bandLabels(false), bandLabels(true)].find((labels) => apart([...shownEnds, ...thresholds, ...labels]));
  const bands: GaugeBand[] = spans.map(({ l, from, to }, i) => ({
    level: l.level, from, to, path: arcPath(angle(from), angle(to)), label: named ? strip(named[i]!) : null,
  }));

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
    // Every corner of the label's box (cap height to descender) must lie inside the track's
    // inner edge, and the box clear of the value.
    const fits = [left, left + w].every((x) =>
      [y - fontSize * 0.75, y + fontSize * 0.2].every((yy) => Math.hypot(x - cx, yy - cy) <= innerRadius),
    ) && !overlaps({ x0: left, x1: left + w, y0: y - fontSize * 0.8, y1: y + fontSize * 0.25 }, valueBox);
    averageTick = { x1, y1, x2, y2, label: text && fits ? { x: lx, y, anchor: inward.anchor, text } : null };
  }

  const ticks = [...shownEnds, ...thresholds].sort((p, q) => p.value - q.value).map((p) => ({ ...strip(p), value: p.value }));

  const captionLines = input.caption ? wrapText(input.caption, width - 2 * MARGIN, measure).slice(0, 2) : [];
  // Room for two caption lines whatever the caption, so the height depends on the width only.
  const height = Math.ceil(captionY + 2 * lineHeight + fontSize * 0.3 + MARGIN);

  return {
    width, height, cx, cy, r, innerRadius, fontSize,
    track: arcPath(-Math.PI / 2, Math.PI / 2),
    bands, valueArc, marker, averageTick, ticks,
    valueText: { x: cx, y: textY, anchor: 'middle', fontSize: valueFontSize },
    caption: { x: cx, y: captionY, anchor: 'middle', lineHeight, lines: captionLines },
  };
}
