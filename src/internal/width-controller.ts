import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The content-box width of a chart element, kept current by a ResizeObserver; the host
 * re-renders when it changes by a whole pixel. Charts lay themselves out for this width, and
 * for `fallback` until the element has a width (not yet measured, or in a hidden box).
 */
export class WidthController implements ReactiveController {
  #measured = 0;
  #observer: ResizeObserver | undefined;
  #frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly fallback: number) {
    host.addController(this);
  }

  get width(): number {
    return this.#measured || this.fallback;
  }

  hostConnected(): void {
    // Measure once now, so the first render already has the final width (no shift).
    this.#measured = Math.floor(this.host.clientWidth);
    this.#observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1]?.contentRect.width ?? 0);
      if (width === this.#measured) return;
      // Re-render in the next frame, not inside the observer's callback: a new drawing changes
      // the element's height, which inside the callback would be a "ResizeObserver loop".
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => {
        this.#measured = width;
        this.host.requestUpdate();
      });
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    cancelAnimationFrame(this.#frame);
  }
}

/**
 * Reserves a height for the loading and empty states (the shared `--_reserve`), so the
 * element does not shift when its content arrives. A constructed stylesheet keeps it CSP-safe
 * and off the host's `style` attribute.
 */
export class ReserveController {
  #sheet: CSSStyleSheet | undefined;
  #value = '';

  /** Needs none of the host's lifecycle: the sheet stays adopted by the shadow root across reconnection. */
  constructor(private readonly host: HTMLElement) {}

  /**
   * Reserves the drawing's height in pixels plus room for text around it in `em` (caption,
   * legend, notes), which follows the font. Charts also keep this as their minimum height
   * once drawn, so an upper-bound estimate means the content below never moves.
   */
  set(heightPx: number, textEm: number): void {
    const value = `:host { --_reserve: calc(${Math.max(0, Math.round(heightPx))}px + ${textEm}em); }`;
    if (value === this.#value) return;
    this.#value = value;
    const root = this.host.shadowRoot;
    if (!root) return;
    if (!this.#sheet) {
      this.#sheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
    }
    this.#sheet.replaceSync(value);
  }
}
