/**
 * `dist/embed-host.js`: on a page with eindex iframes (`embed.html`), sets each iframe's height
 * to its content's, from the `{ type: "eindex-height", height }` messages the iframes post.
 * Without it an iframe keeps the fixed height written on it.
 *
 * Only a message sent by one of this page's own iframes is heard, and it sizes only that
 * iframe; the height must be a finite number of pixels within sane bounds.
 */
export {};

const MIN_HEIGHT = 1;
const MAX_HEIGHT = 20_000;
const FLAG = Symbol.for('eindex-embed-host');

function onMessage(event: MessageEvent): void {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== 'eindex-height') return;
  const height = (data as { height?: unknown }).height;
  if (typeof height !== 'number' || !Number.isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT) return;
  if (!event.source) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) {
      // CSSOM, not a style attribute, so a host page's CSP allows it.
      frame.style.height = `${Math.ceil(height)}px`;
      return;
    }
  }
}

// Included twice (two embeds, two snippets), it still listens once.
const host = window as unknown as Record<symbol, boolean>;
if (!host[FLAG]) {
  host[FLAG] = true;
  window.addEventListener('message', onMessage);
}
