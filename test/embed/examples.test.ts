import { expect } from '@open-wc/testing';
import type { EIndexRanking } from '../../src/ranking/eindex-ranking.js';
import { loadFrame, loadedElement } from './frames.js';

// The examples in examples/ and docs/usage.md, loaded as a reader would open them. The test
// server serves `/dist/eindex-*.js` and `eindex-widgets/*` from src/ (test/embed/package-alias-plugin.mjs).

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('examples', () => {
  it('plain HTML: one script tag, a ranking from a file and one from inline JSON', async () => {
    const frame = await loadFrame('/examples/plain-html/index.html');
    const fromSrc = await loadedElement<EIndexRanking>(frame, '#from-src');
    expect(fromSrc.shadowRoot!.textContent).to.contain('Cēsis');
    const inline = await loadedElement<EIndexRanking>(frame, '#inline');
    expect(inline.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(2);
    expect(inline.shadowRoot!.textContent).to.contain('Izdomāts piemērs');
  });

  it('bundler import: `eindex-widgets/ranking` registers the ranking and nothing else', async () => {
    const frame = await loadFrame('/examples/bundler/index.html');
    const ranking = await loadedElement<EIndexRanking>(frame, '#ministries');
    expect(ranking.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
    expect(frame.contentWindow!.customElements.get('eindex-ranking')).to.not.equal(undefined);
    expect(frame.contentWindow!.customElements.get('eindex-radar')).to.equal(undefined);
  });
});

interface DocSnippet {
  readonly id: string;
  readonly doc: string;
  readonly line: number;
  readonly kind: string;
  readonly code: string;
}

/** Every eindex element in `frame`, and in the embed.html iframes inside it, once each has loaded (or failed: then it rejects with the element's message). */
async function everyElementLoaded(frame: HTMLIFrameElement, where: string): Promise<HTMLElement[]> {
  const doc = frame.contentDocument!;
  const inner = [...doc.querySelectorAll('iframe')];
  await Promise.all(inner.map((f) => (f.contentDocument?.readyState === 'complete' && f.contentDocument.URL !== 'about:blank' ? undefined : new Promise((r) => f.addEventListener('load', r, { once: true })))));
  const docs = [doc, ...inner.map((f) => f.contentDocument!)];
  const elements = docs.flatMap((d) => [...d.querySelectorAll<HTMLElement & { document?: unknown; updateComplete: Promise<boolean> }>('*')].filter((el) => el.localName.startsWith('eindex-')));
  await Promise.all(
    elements.map(async (el) => {
      await el.ownerDocument.defaultView!.customElements.whenDefined(el.localName);
      if (!el.document) {
        await new Promise<void>((resolve, reject) => {
          el.addEventListener('eindex-load', () => resolve(), { once: true });
          el.addEventListener('eindex-error', (event) => reject(new Error(`${where}: <${el.localName}> ${(event as CustomEvent<{ message: string }>).detail.message}`)), { once: true });
        });
      }
      await el.updateComplete;
    }),
  );
  return elements;
}

describe('docs snippets (README.md, docs/*.md)', () => {
  let snippets: DocSnippet[] = [];
  before(async () => {
    snippets = (await (await fetch('/docs-snippets.json')).json()) as DocSnippet[];
  });

  it('every block is of a kind something runs or checks', () => {
    expect(snippets.length).to.be.greaterThan(10);
    const unknown = snippets.filter((s) => !['html', 'css', 'js', 'tsx', 'ts', 'vue', 'sh', 'config', 'text'].includes(s.kind));
    expect(unknown.map((s) => `${s.doc}:${s.line} (${s.kind})`)).to.deep.equal([]);
  });

  it('every html snippet renders its elements with data, no error', async () => {
    const html = snippets.filter((s) => s.kind === 'html');
    expect(html.length).to.be.greaterThan(5);
    for (const snippet of html) {
      const where = `${snippet.doc}:${snippet.line}`;
      const frame = await loadFrame(`/docs-snippets/${snippet.id}.html`, { height: '900' });
      const elements = await everyElementLoaded(frame, where);
      const win = frame.contentWindow as Window & Record<symbol, unknown>;
      if (/embed-host\.js/.test(snippet.code)) expect(win[Symbol.for('eindex-embed-host')], `${where}: embed-host.js ran`).to.equal(true);
      // A script tag alone (the CDN recipe) registers the elements.
      else if (elements.length === 0) expect(win.customElements.get('eindex-ranking'), `${where}: registers the elements`).to.not.equal(undefined);
      for (const el of elements) expect(el.shadowRoot!.querySelector('[role="alert"]'), `${where}: <${el.localName}> shows no error`).to.equal(null);
      // A stylesheet the snippet links (the static renderings' one) is there and is the real one.
      for (const link of frame.contentDocument!.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
        const selectors = [...(link.sheet?.cssRules ?? [])].map((rule) => (rule as CSSStyleRule).selectorText);
        expect(selectors, `${where}: ${link.getAttribute('href')} loaded`).to.include('.eindex-static');
      }
      frame.remove();
    }
  });

  it('every js snippet runs as a module and draws what it creates', async () => {
    const js = snippets.filter((s) => s.kind === 'js');
    expect(js.length).to.be.greaterThan(0);
    for (const snippet of js) {
      const frame = await loadFrame('/examples/bundler/index.html');
      const script = frame.contentDocument!.createElement('script');
      script.type = 'module';
      script.src = `/docs-snippets/${snippet.id}.js`;
      const ran = new Promise((resolve, reject) => {
        script.addEventListener('load', resolve, { once: true });
        script.addEventListener('error', () => reject(new Error(`${snippet.doc}:${snippet.line} did not load`)), { once: true });
      });
      frame.contentDocument!.body.append(script);
      await ran;
      const elements = await everyElementLoaded(frame, `${snippet.doc}:${snippet.line}`);
      expect(elements.length).to.be.greaterThan(1);
      frame.remove();
    }
  });

  it('every css snippet parses whole', () => {
    const css = snippets.filter((s) => s.kind === 'css');
    expect(css.length).to.be.greaterThan(1);
    for (const snippet of css) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(snippet.code);
      const written = snippet.code.replace(/\/\*[\s\S]*?\*\//g, '').match(/\{/g)?.length ?? 0;
      expect(sheet.cssRules.length, `${snippet.doc}:${snippet.line}: rules kept`).to.equal(written);
    }
  });
});
