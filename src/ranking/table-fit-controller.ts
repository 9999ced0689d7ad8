import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Fits the ranking's table to its box, measured rather than guessed at a breakpoint: how wide
 * a table is depends on its columns, its names and its language. When the wide layout does not
 * fit, the frame gets the class `narrow` (group under the name, level as a badge, short
 * headers); when even that does not fit, `scrolls`, and the scroller becomes a focusable,
 * named region, with `more-before` / `more-after` on the frame while there is more to the side.
 *
 * It works on the frame's classes and the region's attributes only, after each update and on a
 * resize, before the browser paints: no second render, and nothing the template binds.
 */
export class TableFitController implements ReactiveController {
  /** The width the wide layout needed when it last did not fit: it comes back from that width up. */
  #wideWidth = 0;
  #observer: ResizeObserver | undefined;
  #frame = 0;
  #lastWidth = -1;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    /** The region's accessible name, asked for only when the table scrolls. */
    private readonly regionLabel: () => string,
    /**
     * Whether an update is worth measuring: each measurement lays the table out at once, so a
     * list drawn in steps is measured at its first step (what the reader sees) and its last.
     */
    private readonly worthMeasuring: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1]?.contentRect.width ?? 0);
      if (width === this.#lastWidth) return;
      this.#lastWidth = width;
      // In the next frame: changing the layout inside the observer's callback changes the
      // element's height, which the observer would report as a "ResizeObserver loop".
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.fit());
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    cancelAnimationFrame(this.#frame);
  }

  hostUpdated(): void {
    if (this.worthMeasuring()) this.fit();
  }

  /** The columns or their texts changed: the next fit tries the wide layout again. */
  reset(): void {
    this.#wideWidth = 0;
  }

  fit(): void {
    const scroller = this.host.renderRoot.querySelector<HTMLElement>('.scroller');
    const frame = scroller?.parentElement;
    if (!scroller || !frame) return;
    const width = scroller.clientWidth;
    // Not laid out (display: none, or not in the page): nothing to measure yet.
    if (width === 0) return;
    if (frame.classList.contains('narrow') && width >= this.#wideWidth) frame.classList.remove('narrow');
    if (!frame.classList.contains('narrow') && scroller.scrollWidth > width) {
      this.#wideWidth = scroller.scrollWidth;
      frame.classList.add('narrow');
    }
    const scrolls = scroller.scrollWidth > scroller.clientWidth;
    frame.classList.toggle('scrolls', scrolls);
    // Written only when they change: a rewrite would still reach the accessibility tree.
    const region = { role: 'region', tabindex: '0', 'aria-label': this.regionLabel() };
    for (const [name, value] of Object.entries(region)) {
      if (!scrolls) scroller.removeAttribute(name);
      else if (scroller.getAttribute(name) !== value) scroller.setAttribute(name, value);
    }
    // The edges first, from the layout just measured: after the sticky rule's new stylesheet
    // they would lay the whole table out once more within this task (in WebKit 15–190 ms of a
    // 10 000-row ranking's first drawing, on a loaded machine); the sticky rule is applied
    // in the next rendering instead.
    this.onScroll();
    this.#placeStickyColumns(scroller);
  }

  #sheet: CSSStyleSheet | undefined;
  #stickyRule = '';

  /**
   * The second sticky column starts where the first one ends, measured: a place column is as
   * wide as its header word in the reader's font, which differs between engines and pages.
   * Set through a constructed stylesheet, which a strict CSP allows (a style attribute it does not).
   */
  #placeStickyColumns(scroller: HTMLElement): void {
    const first = scroller.querySelector<HTMLElement>('thead .sticky-1');
    if (!first || !scroller.querySelector('.sticky-2')) return;
    const rule = `.frame { --_sticky-2-start: ${first.getBoundingClientRect().width}px; }`;
    if (rule === this.#stickyRule) return;
    const root = this.host.shadowRoot;
    if (!root) return;
    this.#stickyRule = rule;
    if (!this.#sheet) {
      this.#sheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
    }
    this.#sheet.replaceSync(rule);
  }

  /** Marks the sides that hold more of the table, for the shadow edges (also on every scroll). */
  readonly onScroll = (): void => {
    const scroller = this.host.renderRoot.querySelector<HTMLElement>('.scroller');
    const frame = scroller?.parentElement;
    if (!scroller || !frame) return;
    // scrollLeft is negative in a right-to-left table; the distance from the start is its size.
    const fromStart = Math.abs(scroller.scrollLeft);
    const hidden = scroller.scrollWidth - scroller.clientWidth;
    frame.classList.toggle('more-before', hidden > 0 && fromStart > 1);
    frame.classList.toggle('more-after', hidden > 0 && fromStart < hidden - 1);
  };
}
