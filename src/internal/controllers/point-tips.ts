import { svg, type ReactiveController, type ReactiveElement, type SVGTemplateResult } from 'lit';
import type { TooltipBox } from '../../layout/tooltip.js';

/**
 * The focusable points of a chart and their tooltip (radar, trend): one point holds the
 * chart's single tab stop (roving tabindex), and a tooltip shows for the point hovered or
 * focused. WCAG 1.4.13: a tooltip shown by hover stays while the pointer moves from its point
 * onto it (the point's hit circle overlaps the tooltip, so there is no gap to cross), and
 * Escape dismisses it wherever the focus is. `Cell` names a point: series and category, or
 * series and point.
 */
export class PointTipsController<Cell> implements ReactiveController {
  /** The point holding the tab stop. */
  active: Cell;
  /** The point whose tooltip shows, if any. */
  tip: Cell | undefined;

  constructor(private readonly host: ReactiveElement, private readonly first: Cell) {
    this.active = first;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.#onDocumentKeydown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#onDocumentKeydown);
  }

  /** New data or a new selection: the tab stop goes back to the first point, no tooltip. Call it while the host updates. */
  reset(): void {
    this.active = this.first;
    this.tip = undefined;
  }

  /** Hovered (`focused` false) or focused: the point's tooltip shows; a focused point takes the tab stop. */
  show(cell: Cell, focused: boolean): void {
    this.tip = cell;
    if (focused) this.active = cell;
    this.host.requestUpdate();
  }

  hide(): void {
    if (this.tip === undefined) return;
    this.tip = undefined;
    this.host.requestUpdate();
  }

  /** A key moved to `cell`: it takes the tab stop and the tooltip, and its point (`selector`) the focus once drawn. */
  moveTo(cell: Cell, selector: string): void {
    this.show(cell, true);
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<SVGGElement>(selector)?.focus());
  }

  /** Leaving a point or the tooltip for anything but another of them hides the tooltip. */
  readonly onPointerLeave = (event: PointerEvent): void => {
    const to = event.relatedTarget;
    if (to instanceof Element && to.closest('.tooltip, .point')) return;
    this.hide();
  };

  /** The tooltip at `box`, its first line a heading; hidden from assistive technology, which reads the point's label. */
  tooltip(box: TooltipBox, lines: readonly string[]): SVGTemplateResult {
    return svg`<g class="tooltip" part="tooltip" aria-hidden="true" transform="translate(${box.x} ${box.y})" @pointerleave=${this.onPointerLeave}>
      <rect width=${box.width} height=${box.height} rx="4"></rect>
      <text>${lines.map((line, i) => svg`<tspan class=${i === 0 ? 'tip-heading' : ''} x=${box.pad} y=${box.baselines[i]}>${line}</tspan>`)}</text>
    </g>`;
  }

  readonly #onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.hide();
  };
}
