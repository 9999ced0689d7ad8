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
  /** Whether the narrow layout was chosen last. */
  #narrow = false;
  /** The table body last measured; a new one has not been styled or laid out yet. */
  #body: Element | null | undefined;
  #observer: ResizeObserver | undefined;
  #frame = 0;
  #lastWidth = -1;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    /** The region's accessible name, asked for only when the table scrolls. */
    private readonly regionLabel: () => string,
    /**
     * Whether to measure an update now, in the next frame or not at all: each measurement lays
     * the table out at once, so a list drawn in steps is measured at its first step (what the
     * reader sees) and after its last, in the frame that lays it out anyway (in the last step's
     * own task, that layout of the whole page of rows came on top of drawing them: in Chromium
     * here 65–90 ms of CPU, the longest task while typing into a 10 000-row ranking's search).
     */
    private readonly when: () => boolean | 'frame',
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
      this.#fitInFrame();
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    cancelAnimationFrame(this.#frame);
  }

  hostUpdated(): void {
    const when = this.when();
    if (when === 'frame') this.#fitInFrame();
    else if (when) this.fit();
  }

  #fitInFrame(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.fit());
  }

  /** The columns or their texts changed: the next fit tries the wide layout again. */
  reset(): void {
    this.#wideWidth = 0;
    this.#narrow = false;
    this.#body = undefined;
  }

  fit(): void {
    const scroller = this.host.renderRoot.querySelector<HTMLElement>('.scroller');
    const frame = scroller?.parentElement;
    if (!scroller || !frame) return;
    const classes = frame.classList;
    const body = scroller.querySelector('tbody');
    let narrow = this.#narrow;
    // A new table tries the wide layout with its header row alone first, the body hidden (so
    // neither styled nor laid out): rows only add width, so a header too wide for the box sends
    // the table narrow with its rows styled and laid out once, not once wide and once narrow.
    if (!narrow && body && body !== this.#body) {
      body.hidden = true;
      const header = scroller.scrollWidth;
      narrow = header > scroller.clientWidth;
      body.hidden = false;
      if (narrow) this.#wideWidth = header;
    }
    // Set again: the template may have rewritten the frame's classes (places of 1000 and more).
    classes.toggle('narrow', narrow);
    const width = scroller.clientWidth;
    // Not laid out (display: none, or not in the page): nothing to measure yet.
    if (!width) return;
    this.#body = body;
    if (narrow && width >= this.#wideWidth) classes.toggle('narrow', (narrow = false));
    if (!narrow && scroller.scrollWidth > width) {
      this.#wideWidth = scroller.scrollWidth;
      classes.toggle('narrow', (narrow = true));
    }
    this.#narrow = narrow;
    const scrolls = scroller.scrollWidth > scroller.clientWidth;
    classes.toggle('scrolls', scrolls);
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
    // On the sticky cells themselves: a property of the frame would restyle every cell it inherits to.
    const rule = `.sticky-2{inset-inline-start:${first.getBoundingClientRect().width}px}`;
    if (rule === this.#stickyRule) return;
    this.#stickyRule = rule;
    if (!this.#sheet) {
      // The element's shadow root (lit renders into it).
      const root = this.host.renderRoot as ShadowRoot;
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
