/**
 * Geometry of `<eindex-levels>`: pure, no DOM. One 100 % stacked bar per edition, a segment
 * per maturity level in level order. Each segment's count and share is written on the
 * segment when it fits there with room to spare, else beside it on a line under the bar
 * (with a swatch, so a small segment's label still says whose it is); labels that would
 * touch go to the next line, so no label is ever clipped or drawn over another.
 */
import type { Measure } from './text-wrap.js';
import { wrapText } from './text-wrap.js';

export interface LevelsRowInput {
  /** The row's heading (the year and where its counts come from); it wraps to the width. */
  readonly label: string;
  /** Counts in level order; levels with 0 are listed but take no width. */
  readonly counts: readonly { readonly level: number; readonly count: number }[];
}

export interface LevelsInput {
  readonly rows: readonly LevelsRowInput[];
  readonly width: number;
  readonly fontSize: number;
  readonly measure: Measure;
  /** A segment's label, on it or beside it; it names the level, so no level is told by colour alone ("2. līm.: 83 · 72 %"). */
  readonly label: (level: number, count: number, share: number) => string;
  /** Entities to mark: the row, the level and the text above the mark (at most one per row). */
  readonly marks?: readonly { readonly row: number; readonly level: number; readonly text: string }[];
}

export interface LevelsLabel { readonly text: string; readonly x: number; readonly y: number; readonly anchor: 'start' | 'middle' }

/** A segment's label: one line on the segment, or beside it one line, or more where the width is narrower than the text. */
export interface SegmentLabel extends LevelsLabel { readonly lines: readonly string[]; readonly lineHeight: number }

export interface LevelsSegment {
  readonly level: number;
  readonly count: number;
  /** 0–1 of the row's counted entities. */
  readonly share: number;
  readonly x: number;
  readonly width: number;
  readonly label: SegmentLabel;
  /** Where a label beside the bar has its colour swatch (a square of `swatch` px). */
  readonly swatch?: { readonly x: number; readonly y: number } | undefined;
}

export interface LevelsRow {
  readonly heading: readonly LevelsLabel[];
  /** Whether the row has any count to draw (else the bar area says so). */
  readonly empty: boolean;
  readonly bar: { readonly y: number; readonly height: number };
  readonly segments: readonly LevelsSegment[];
  /** The entity's mark: a triangle pointing at its segment and the text above it. */
  readonly mark?: { readonly path: string; readonly lines: readonly LevelsLabel[] } | undefined;
}

export interface LevelsLayout {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly swatch: number;
  readonly rows: readonly LevelsRow[];
}

const PAD = 4;

export function levelsLayout(input: LevelsInput): LevelsLayout {
  const { fontSize, measure } = input;
  const width = Math.max(1, Math.round(input.width));
  const lineHeight = Math.round(fontSize * 1.35);
  const barHeight = Math.round(Math.max(24, fontSize * 2));
  const swatch = Math.round(fontSize * 0.75);
  let y = 0;
  const rows = input.rows.map((row, rowIndex): LevelsRow => {
    const heading = wrapText(row.label, width, measure).map((text, i): LevelsLabel => ({
      text, x: 0, y: y + fontSize + i * lineHeight, anchor: 'start',
    }));
    y += heading.length * lineHeight;
    const total = row.counts.reduce((sum, c) => sum + c.count, 0);
    const drawn = row.counts.filter((c) => c.count > 0);
    let mark: LevelsRow['mark'];
    const marked = input.marks?.find((m) => m.row === rowIndex);
    let x = 0;
    const spans = drawn.map((c) => {
      const w = total === 0 ? 0 : (c.count / total) * width;
      const span = { ...c, share: total === 0 ? 0 : c.count / total, x, width: w };
      x += w;
      return span;
    });
    if (marked) {
      const span = spans.find((s) => s.level === marked.level);
      const cx = span ? span.x + span.width / 2 : width / 2;
      const lines = wrapText(marked.text, width, measure).map((text, i) => {
        const w = measure(text);
        return { text, x: Math.min(Math.max(0, cx - w / 2), width - w), y: y + fontSize + i * lineHeight, anchor: 'start' as const };
      });
      y += lines.length * lineHeight;
      const tip = y + 8;
      const half = 6;
      const mx = Math.min(Math.max(half, cx), width - half);
      mark = { path: `M${round(mx - half)},${round(y + 1)}L${round(mx + half)},${round(y + 1)}L${round(mx)},${round(tip)}Z`, lines };
      y = tip + 2;
    }
    const bar = { y, height: barHeight };
    y += barHeight;
    // Labels beside the bar, placed left to right on as many lines as they need.
    let line = -1;
    let cursor = Infinity;
    const segments = spans.map((span): LevelsSegment => {
      const text = input.label(span.level, span.count, span.share);
      if (measure(text) + 2 * PAD <= span.width) {
        const label = { text, lines: [text], lineHeight, x: span.x + span.width / 2, y: bar.y + barHeight / 2 + fontSize * 0.35, anchor: 'middle' as const };
        return { ...span, label };
      }
      const besideText = text;
      const room = width - swatch - PAD;
      // Narrower than its text (a phone's flex column): the label wraps and takes lines of its own.
      const lines = measure(besideText) <= room ? [besideText] : wrapText(besideText, Math.max(room, 1), measure);
      const w = swatch + PAD + Math.max(...lines.map((l) => measure(l)));
      const wanted = Math.min(Math.max(0, span.x + span.width / 2 - w / 2), Math.max(0, width - w));
      let at = Math.max(wanted, cursor + 2 * PAD);
      if (line < 0 || at + w > width || lines.length > 1) {
        line += 1;
        at = wanted;
      }
      cursor = lines.length > 1 ? Infinity : at + w;
      const baseline = y + PAD + fontSize + line * lineHeight;
      line += lines.length - 1;
      return {
        ...span,
        label: { text: besideText, lines, lineHeight, x: at + swatch + PAD, y: baseline, anchor: 'start' },
        swatch: { x: at, y: baseline - swatch },
      };
    });
    y += line >= 0 ? PAD + (line + 1) * lineHeight : 0;
    y += lineHeight * 0.75;
    return { heading, empty: total === 0, bar, segments, mark };
  });
  return { width, height: Math.ceil(y), fontSize, swatch, rows };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
