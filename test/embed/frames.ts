/** Iframe helpers for the embed tests: load a page, wait for what it posts. */

export interface HeightMessage {
  readonly type: 'eindex-height';
  readonly height: number;
}

/** Heights each frame posted since it was created: a page may post before its load event. */
const posted = new WeakMap<HTMLIFrameElement, number[]>();

function isHeightFrom(frame: HTMLIFrameElement, event: MessageEvent): event is MessageEvent<HeightMessage> {
  const data = event.data as Partial<HeightMessage> | null;
  return event.source === frame.contentWindow && data?.type === 'eindex-height' && typeof data.height === 'number';
}

/** Adds an iframe and resolves when its page (and its module scripts) have loaded. */
export async function loadFrame(src: string, attributes: Record<string, string> = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const heights: number[] = [];
  posted.set(frame, heights);
  const record = (event: MessageEvent): void => {
    if (!frame.isConnected) window.removeEventListener('message', record);
    else if (isHeightFrom(frame, event)) heights.push(event.data.height);
  };
  window.addEventListener('message', record);
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  frame.style.width = '800px';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Every height `frame` has posted so far. */
export function heightsPosted(frame: HTMLIFrameElement): readonly number[] {
  return posted.get(frame) ?? [];
}

/** Resolves with the first height `frame` posted (already, or from now on) that `accept` takes. */
export function heightFrom(frame: HTMLIFrameElement, accept: (height: number) => boolean = () => true): Promise<number> {
  const earlier = posted.get(frame)?.find(accept);
  if (earlier !== undefined) return Promise.resolve(earlier);
  return new Promise((resolve) => {
    const listener = (event: MessageEvent): void => {
      if (!isHeightFrom(frame, event) || !accept(event.data.height)) return;
      window.removeEventListener('message', listener);
      resolve(event.data.height);
    };
    window.addEventListener('message', listener);
  });
}

/** Resolves once the eindex element in `frame` has loaded its document. */
export async function loadedElement<T extends HTMLElement & { document?: unknown; updateComplete: Promise<boolean> }>(
  frame: HTMLIFrameElement,
  tag: string,
): Promise<T> {
  const element = frame.contentDocument!.querySelector(tag) as T | null;
  if (!element) throw new Error(`no <${tag}> in ${frame.src}`);
  if (!element.document) await new Promise((resolve) => element.addEventListener('eindex-load', resolve, { once: true }));
  await element.updateComplete;
  return element;
}

export function pageHeight(frame: HTMLIFrameElement): number {
  return Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
}
