import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Whether the host is on screen or near it. An off-screen host draws only when it comes near
 * the viewport (or when the page is idle), so a page with many elements spends its first
 * frames on what the reader sees.
 */
export class NearViewportController implements ReactiveController {
  near = false;
  /** Resolves when an off-screen host is revealed; undefined while nothing waits. */
  revealed: Promise<void> | undefined;
  #resolve: (() => void) | undefined;
  #stop: (() => void) | undefined;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    const rect = this.host.getBoundingClientRect();
    const margin = window.innerHeight / 2;
    // Every browser of the es2022 target has IntersectionObserver; not every one has requestIdleCallback.
    if (rect.bottom >= -margin && rect.top <= window.innerHeight + margin) {
      this.#reveal();
      return;
    }
    this.revealed ??= new Promise((resolve) => (this.#resolve = resolve));
    let stopped = false;
    const reveal = (): void => {
      if (!stopped) this.#reveal();
    };
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) reveal();
    }, { rootMargin: '50% 0px' });
    observer.observe(this.host);
    // Off-screen hosts still draw once the page is idle: nothing should wait for a scroll
    // that may never come (printing, the browser's find-in-page, a script reading the table).
    if (typeof requestIdleCallback === 'function') requestIdleCallback(reveal, { timeout: 1000 });
    else setTimeout(reveal, 200);
    this.#stop = () => {
      stopped = true;
      observer.disconnect();
    };
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }

  readonly #reveal = (): void => {
    this.hostDisconnected();
    this.near = true;
    this.#resolve?.();
    this.host.requestUpdate();
  };
}
