/**
 * Smoke test of the built files, as a page loads them from a copied dist/ folder or a CDN:
 * the whole set, each element's own file and the embed page. `npm test` builds before the
 * browser tests; the test server serves dist/ as written at /__built__/ (web-test-runner.config.mjs),
 * so the build's template and CSS minifiers are under test too. Each file loads in a fresh
 * iframe (a registry of its own) and must define its tags and draw every element it defines.
 */
import { expect } from '@open-wc/testing';
import { ELEMENTS, completeEntity, outcome, stateOf, type Tag } from './reliability/pages/elements.js';
import { loadFrame } from './embed/frames.js';
import type { EIndexDocument } from '../src/data/types.js';

const DATA = '/data/fictional.json';

let entity: string;
let elementNames: string[];

before(async () => {
  const built = await fetch('/__built__/eindex-widgets.js', { method: 'HEAD' });
  if (!built.ok) throw new Error('dist/ is not built: run `npm run build` (npm test does) before this test');
  entity = completeEntity((await (await fetch(DATA)).json()) as EIndexDocument).id;
  elementNames = (await (await fetch('/__test__/element-names')).json()) as string[];
});

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

/** An empty same-origin page with the built file loaded as a module; fails on any error it reports. */
async function pageWith(file: string): Promise<{ win: Window; doc: Document; errors: string[] }> {
  const frame = await loadFrame('about:blank');
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  doc.documentElement.lang = 'en';
  const errors: string[] = [];
  win.addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = new URL(`/__built__/${file}`, location.href).href;
  await new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`${file} did not load`)));
    doc.head.append(script);
  });
  return { win, doc, errors };
}

/** Creates `tag` in the page, in its ready state on the fictional data, and expects a drawing. */
async function expectDraws(doc: Document, tag: Tag): Promise<void> {
  const spec = ELEMENTS.find((candidate) => candidate.tag === tag)!;
  const el = doc.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  for (const [name, value] of Object.entries(spec.ready(entity))) el.setAttribute(name, value);
  el.setAttribute('src', DATA);
  const result = outcome(el);
  doc.body.append(el);
  expect((await result).type, `<${tag}> outcome`).to.equal('eindex-load');
  await el.updateComplete;
  expect(stateOf(el), `<${tag}> state`).to.equal('ready');
}

describe('the built files', () => {
  it('cover every element: one file each, and a reliability case for each', () => {
    expect(elementNames.map((name) => `eindex-${name}`)).to.have.members(ELEMENTS.map((spec) => spec.tag));
  });

  it('dist/eindex-widgets.js defines every element, and each draws', async () => {
    const { win, doc, errors } = await pageWith('eindex-widgets.js');
    for (const { tag } of ELEMENTS) {
      expect(win.customElements.get(tag), `<${tag}> defined`).to.not.equal(undefined);
      await expectDraws(doc, tag);
    }
    expect(errors).to.deep.equal([]);
  });

  it('dist/eindex-widgets.js loads its worded problem messages only on a failure, from dist/chunks/', async () => {
    const { win, doc, errors } = await pageWith('eindex-widgets.js');
    const chunksLoaded = (): string[] =>
      win.performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('/chunks/'));
    await expectDraws(doc, 'eindex-ranking');
    expect(chunksLoaded(), 'drawing loads no on-demand file').to.deep.equal([]);

    const broken = doc.createElement('eindex-radar');
    broken.setAttribute('src', '/data/no-such-file.json');
    const result = outcome(broken);
    doc.body.append(broken);
    const { type, detail } = await result;
    expect(type).to.equal('eindex-error');
    // The worded message (problems.ts), not the stand-in the loader keeps for a chunk that cannot load.
    expect(detail.message).to.match(/404/);
    expect(broken.shadowRoot!.querySelector('[part~="error"] .message')!.textContent).to.match(/404/);
    expect(chunksLoaded().map((name) => name.replace(/^.*\/chunks\/([a-z-]+)-.*$/, '$1'))).to.deep.equal(['failure-text']);
    expect(errors).to.deep.equal([]);
  });

  for (const { tag } of ELEMENTS) {
    it(`dist/${tag}.js defines <${tag}> alone, and it draws`, async () => {
      const { win, doc, errors } = await pageWith(`${tag}.js`);
      const defined = ELEMENTS.map((spec) => spec.tag).filter((other) => win.customElements.get(other));
      expect(defined).to.deep.equal([tag]);
      await expectDraws(doc, tag);
      expect(errors).to.deep.equal([]);
    });
  }

  for (const { tag, ready } of ELEMENTS) {
    it(`dist/embed.html shows <${tag}> drawn`, async () => {
      const query = new URLSearchParams({ element: tag, src: DATA, lang: 'en', ...ready(entity) });
      const frame = await loadFrame(`/__built__/embed.html?${query}`);
      const el = frame.contentDocument!.querySelector(tag) as (HTMLElement & { updateComplete: Promise<boolean>; document?: unknown }) | null;
      expect(el, `<${tag}> in the embed page`).to.not.equal(null);
      if (!el!.document) await outcome(el!);
      await el!.updateComplete;
      expect(stateOf(el!)).to.equal('ready');
    });
  }
});
