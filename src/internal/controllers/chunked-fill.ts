import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Draws a long list in steps: `step` items first, then as many again in each later task, so
 * the first screenful paints within a frame and no task grows long. The host sets `total` and
 * draws the first `filled` items; `pending` resolves when the last step is drawn.
 */
export class ChunkedFillController implements ReactiveController {
  /** How many items to draw now. */
  filled = Infinity;
  /** How many items there are. */
  total = 0;
  /** Resolves once every item is drawn; undefined when no step is to come. */
  pending: Promise<void> | undefined;
  #resolve: (() => void) | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly step: number,
  ) {
    host.addController(this);
  }

  /** Starts again from the first step, or keeps `keep` items drawn (a "show more" keeps what is there). */
  restart(keep = 0): void {
    this.filled = Math.max(this.step, keep);
  }

  hostUpdated(): void {
    if (this.#timer !== undefined) return;
    if (this.total > this.filled) {
      this.pending ??= new Promise((resolve) => (this.#resolve = resolve));
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        this.filled += this.step;
        this.host.requestUpdate();
      });
    } else {
      this.#finish();
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.filled = Infinity;
    this.#finish();
  }

  #finish(): void {
    this.#resolve?.();
    this.pending = this.#resolve = undefined;
  }
}
