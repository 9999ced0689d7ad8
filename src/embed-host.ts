/**
 * `dist/embed-host.js`: on a page with eindex iframes (`embed.html`), sets each iframe's height
 * to its content's, from the `{ type: "eindex-height", height }` messages the iframes post.
 * Without it an iframe keeps the fixed height written on it.
 *
 * A message sizes one iframe only when all of these hold (docs/design.md §4): the iframe's window sent
 * it, the iframe's `src` is an `embed.html` page, and that page's origin is the origin the
 * message came from. Any other iframe on the page (an advertisement, a video, a form) is never
 * resized by what it posts: one made itself 20 000 px tall before. Iframes inside open shadow
 * roots are found too; the height must be a finite number of pixels within sane bounds.
 */
export {};

const MIN_HEIGHT = 1;
const MAX_HEIGHT = 20_000;
const FLAG = Symbol.for('eindex-embed-host');
const EMBED_PAGE = /\/embed\.html$/;

/** Whether `frame` shows an embed.html page of `origin`. */
function isEmbedOf(frame: HTMLIFrameElement, origin: string): boolean {
  try {
    const url = new URL(frame.src, frame.baseURI);
    return url.origin === origin && EMBED_PAGE.test(url.pathname);
  } catch {
    return false;
  }
}

/** The iframe whose window is `source`, in the document or in any open shadow root. */
function frameOf(source: MessageEventSource, root: Document | ShadowRoot = document): HTMLIFrameElement | undefined {
  for (const frame of root.querySelectorAll('iframe')) if (frame.contentWindow === source) return frame;
  // Then open shadow roots (a closed one's iframes are its component's business).
  for (const element of root.querySelectorAll('*')) {
    const found = element.shadowRoot ? frameOf(source, element.shadowRoot) : undefined;
    if (found) return found;
  }
  return undefined;
}

function onMessage(event: MessageEvent): void {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== 'eindex-height') return;
  const height = (data as { height?: unknown }).height;
  if (typeof height !== 'number' || !Number.isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT) return;
  if (!event.source) return;
  const frame = frameOf(event.source);
  if (!frame || !isEmbedOf(frame, event.origin)) return;
  // CSSOM, not a style attribute, so a host page's CSP allows it.
  frame.style.height = `${Math.ceil(height)}px`;
}

// Included twice (two embeds, two snippets), it still listens once.
const host = window as unknown as Record<symbol, boolean>;
if (!host[FLAG]) {
  host[FLAG] = true;
  window.addEventListener('message', onMessage);
}
