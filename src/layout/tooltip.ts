/**
 * Where a chart point's tooltip goes (radar and trend): beside the point, on the side the
 * chart prefers when the box fits there, else on the other, always inside the drawing. 8 px
 * from the point, inside its hit circle (radius ≥ 10), so the pointer can move from the point
 * onto the tooltip without leaving both (WCAG 1.4.13). Pure: tests call it with exact numbers.
 */
import { linesWidth, type Measure } from './text-wrap.js';

export interface TooltipBox {
  readonly x: number; readonly y: number; readonly width: number; readonly height: number;
  /** Baselines of the lines, relative to the box; text starts at `pad`. */
  readonly baselines: readonly number[];
  readonly pad: number;
}

/** The drawing the tooltip stays inside, and its text size. */
export interface TooltipArea {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
}

const GAP = 8;

export function tooltipBox(
  area: TooltipArea, at: { readonly x: number; readonly y: number }, lines: readonly string[], measure: Measure, side: 'left' | 'right',
): TooltipBox {
  const { fontSize } = area;
  const pad = 6;
  const lineHeight = fontSize * 1.3;
  const width = Math.min(area.width, linesWidth(lines, measure) + 2 * pad);
  const height = lines.length * lineHeight + 2 * pad;
  // The other side where the preferred one has no room; where neither has, the box is kept inside below.
  const right = side === 'right' ? at.x + GAP + width <= area.width : at.x - GAP - width < 0;
  const x = Math.min(Math.max(0, right ? at.x + GAP : at.x - GAP - width), area.width - width);
  const y = Math.min(Math.max(0, at.y - height / 2), area.height - height);
  return { x, y, width, height, pad, baselines: lines.map((_, i) => pad + fontSize + i * lineHeight) };
}
