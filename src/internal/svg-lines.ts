import { svg, type SVGTemplateResult } from 'lit';

/**
 * A wrapped label's lines as `<tspan>`s, each starting at the label's `x`, one `lineHeight`
 * under the one before (the radar's category names, the levels' segment labels, the gauge's
 * level name: the layouts wrap them, SVG text does not).
 */
export function labelLines(label: { readonly x: number; readonly lineHeight: number; readonly lines: readonly string[] }): SVGTemplateResult[] {
  return label.lines.map((line, i) => svg`<tspan x=${label.x} dy=${i === 0 ? 0 : label.lineHeight}>${line}</tspan>`);
}
