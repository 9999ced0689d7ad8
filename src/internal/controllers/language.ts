import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Hosts whose language follows the page: one observer for the whole document watches `lang`
 * attributes (the page's lv/en switch usually flips `<html lang>`) and asks each connected
 * host to draw again. It exists only while a host is connected.
 */
const listeners = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

/** Draws the host again when a `lang` changes anywhere in the page, or when it is moved under another. */
export class LanguageController implements ReactiveController {
  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    listeners.add(this.host);
    if (!observer) {
      observer = new MutationObserver(() => listeners.forEach((host) => host.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    // Moved under another `lang`: no attribute changed, so draw again in the new language.
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    listeners.delete(this.host);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
