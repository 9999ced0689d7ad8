/**
 * "Download image" under the strict policy: the radar, the gauge, the trend and the levels each make an SVG and a
 * PNG (the PNG draws the SVG as an image, which `img-src 'self' data:` must allow), and the
 * ranking its CSV (made by a module loaded on the click); the page posts what it got and every
 * violation to the test.
 */
import { violations } from './csp-watch.js';
import '../../../src/radar/define.js';
import '../../../src/gauge/define.js';
import '../../../src/trend/define.js';
import '../../../src/levels/define.js';
import '../../../src/ranking/define.js';
import { imageSaver } from '../../../src/internal/image-file.js';

export interface ImageResult {
  readonly tag: string;
  readonly format: string;
  readonly name: string;
  readonly type: string;
  /** PNG: the decoded width; SVG and CSV: whether the file names the entity. */
  readonly width?: number;
  readonly namesEntity?: boolean;
  readonly error?: string;
}

const errors: string[] = [];
window.addEventListener('error', (event) => errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

async function exportOf(el: HTMLElement, tag: string, format: 'SVG' | 'PNG'): Promise<ImageResult> {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="download"] button')].find((b) => b.textContent === format)!;
  const outcome = new Promise<{ blob: Blob; name: string } | { error: string }>((resolve) => {
    imageSaver.save = (blob, name) => resolve({ blob, name });
    el.addEventListener('eindex-error', (event) => resolve({ error: event.detail.message }), { once: true });
  });
  button.click();
  const result = await outcome;
  if ('error' in result) return { tag, format, name: '', type: '', error: result.error };
  const { blob, name } = result;
  if (format === 'PNG') return { tag, format, name, type: blob.type, width: (await createImageBitmap(blob)).width };
  return { tag, format, name, type: blob.type, namesEntity: (await blob.text()).includes('Kanade municipality') };
}

/** The ranking's "Download CSV": the file handed to the link, whose download is stopped. */
async function csvOf(el: HTMLElement): Promise<ImageResult> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return original.call(URL, object);
  };
  let stop: (event: Event) => void = () => undefined;
  const outcome = new Promise<{ name: string } | { error: string }>((resolve) => {
    stop = (event) => {
      const link = event.target as HTMLAnchorElement;
      if (link.localName !== 'a') return;
      event.preventDefault();
      resolve({ name: link.download });
    };
    el.addEventListener('eindex-error', (event) => resolve({ error: event.detail.message }), { once: true });
  });
  el.shadowRoot!.addEventListener('click', stop, { capture: true });
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="download"]')!.click();
  const result = await outcome;
  URL.createObjectURL = original;
  el.shadowRoot!.removeEventListener('click', stop, { capture: true });
  if ('error' in result || !blob) return { tag: 'eindex-ranking', format: 'CSV', name: '', type: '', error: 'error' in result ? result.error : 'no file' };
  return { tag: 'eindex-ranking', format: 'CSV', name: result.name, type: blob.type, namesEntity: (await blob.text()).includes('Kanade municipality') };
}

const results: ImageResult[] = [];
for (const tag of ['eindex-radar', 'eindex-gauge', 'eindex-trend', 'eindex-levels']) {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  for (const [name, value] of [['lang', 'en'], ['src', '/data/fictional.json'], ['entity', 'kanades-novads'], ['download', '']]) el.setAttribute(name!, value!);
  const loaded = new Promise((resolve) => el.addEventListener('eindex-load', resolve, { once: true }));
  document.getElementById('elements')!.append(el);
  await loaded;
  await el.updateComplete;
  results.push(await exportOf(el, tag, 'SVG'), await exportOf(el, tag, 'PNG'));
}
const ranking = document.createElement('eindex-ranking') as HTMLElement & { updateComplete: Promise<unknown> };
for (const [name, value] of [['lang', 'en'], ['src', '/data/fictional.json'], ['download', '']]) ranking.setAttribute(name!, value!);
const rankingLoaded = new Promise((resolve) => ranking.addEventListener('eindex-load', resolve, { once: true }));
document.getElementById('elements')!.append(ranking);
await rankingLoaded;
await ranking.updateComplete;
results.push(await csvOf(ranking));
parent.postMessage({ results, violations: [...violations], errors }, location.origin);
