/**
 * Injection (issue #6): hostile strings in every text field of a document — title, source
 * name and URL, category, group and level names, level descriptions, entity names, ids and
 * URLs — and in the elements' own text attributes. Everything must render as text, only
 * http(s) URLs become links, no markup from the data becomes an element, and no script runs.
 */
import { expect } from '@open-wc/testing';
import { clearDocumentCache } from '../../src/data/load.js';
import { isolateText } from '../../src/i18n/display-text.js';
import { ELEMENTS, create, nextFrame, outcome, type Tag } from './pages/elements.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Strings that would run script, inject markup or spoof text if they were ever treated as HTML, a URL or a template. */
const CORPUS: readonly string[] = [
  '<script>window.__pwned="script"</script>',
  '<img src=x onerror="window.__pwned=\'img\'">',
  '"><svg onload="window.__pwned=\'svg\'"></svg>',
  "'><iframe src=\"javascript:parent.__pwned='iframe'\"></iframe>",
  '<style>*{display:none!important}</style>',
  '</table></svg><b id="injected">bold</b>',
  'javascript:window.__pwned="href"',
  '${window.__pwned="template"}',
  '{{constructor.constructor("window.__pwned=\'angular\'")()}}',
  '<?lit$123$>lit marker <!--?lit$456$--> $lit$',
  '&lt;b&gt; &amp;amp; &#x3C;i&#x3E;',
  '\u202Eevil\u202C right-to-left override',
  '=HYPERLINK("https://example.com","csv")',
  '__proto__',
  'Ünïcødé ŅĒĻĶ 😀 👩‍👩‍👧 \u200b zero-width',
  'W'.repeat(160),
];

/** Where a document's URLs point: only the http(s) ones may become links. */
const SAFE_URL = 'https://example.org/safe?a=1&b=<2>';
const UNSAFE_URLS = ['javascript:window.__pwned="link"', 'data:text/html,<script>parent.__pwned=1</script>', 'vbscript:msgbox(1)', '//evil.example/x', 'java\u0000script:alert(1)'];

const CATEGORY_IDS = ['communication', 'customer-service', 'open-data', 'internal-processes', 'services'];

/** A valid document with `text` in every text field and `id` as an entity id; `urls` for the entities' links. */
function hostileDocument(text: string, index: number): { doc: Record<string, unknown>; id: string } {
  const id = `e${index}${text.replace(/\s+/g, '')}`;
  const name = (suffix: string) => ({ lv: `${text} ${suffix}`, en: `${text} ${suffix}` });
  return {
    id,
    doc: {
      schema: 'eindex/1',
      title: name('title'),
      source: { name: `${text} source`, url: UNSAFE_URLS[index % UNSAFE_URLS.length] },
      categories: CATEGORY_IDS.map((cid, i) => ({ id: i === 0 ? `${cid}${text.replace(/\s+/g, '')}` : cid, name: name(`category ${i}`) })),
      levels: [
        { level: 1, min: 0, name: name('level 1'), description: `${text} description` },
        { level: 2, min: 50, name: name('level 2'), description: { lv: text, en: text } },
      ],
      groups: [{ id: `g${text.replace(/\s+/g, '')}`, kind: 'municipality', name: name('group') }],
      editions: [
        {
          year: 2021,
          entities: [0, 1, 2].map((n) => ({
            id: n === 0 ? id : `other${n}`,
            name: name(`entity ${n}`),
            group: `g${text.replace(/\s+/g, '')}`,
            total: 40 + n,
            scores: Object.fromEntries(CATEGORY_IDS.map((cid, i) => [i === 0 ? `${cid}${text.replace(/\s+/g, '')}` : cid, 30 + i * 10 + n])),
          })),
        },
        {
          year: 2022,
          summary: { entities: 3, average: 50 },
          entities: [0, 1, 2].map((n) => ({
            id: n === 0 ? id : `other${n}`,
            name: name(`entity ${n}`),
            group: `g${text.replace(/\s+/g, '')}`,
            total: 50 + n * 5,
            level: n === 2 ? 2 : 1,
            url: n === 0 ? SAFE_URL : UNSAFE_URLS[(index + n) % UNSAFE_URLS.length],
            scores: Object.fromEntries(CATEGORY_IDS.map((cid, i) => [i === 0 ? `${cid}${text.replace(/\s+/g, '')}` : cid, 35 + i * 10 + n])),
          })),
        },
      ],
    },
  };
}

function readyAttributes(tag: Tag, id: string): Record<string, string> {
  const spec = ELEMENTS.find((e) => e.tag === tag)!;
  const attributes = spec.ready(id);
  // A hostile id may hold spaces' stand-ins but never spaces, so it stays one token.
  if (tag === 'eindex-ranking') attributes['highlight'] = id;
  return attributes;
}

/** Every element of a shadow tree, nested shadow trees included. */
function allElements(root: ShadowRoot | Element): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...allElements(el.shadowRoot));
  }
  return found;
}

/** Resolves after every image, frame or script that might have been created has had its chance to load. */
async function settleSideEffects(): Promise<void> {
  await nextFrame();
  await new Promise<void>((resolve) => {
    const image = new Image();
    image.onload = image.onerror = () => resolve();
    image.src = `/__test__/status/404?after=${Math.random()}`;
  });
  await nextFrame();
}

const FORBIDDEN = new Set(['script', 'iframe', 'img', 'object', 'embed', 'style', 'b', 'i', 'link', 'meta', 'base', 'form']);

function expectOnlyText(el: HTMLElement, baselineTags: ReadonlySet<string>, label: string): void {
  const elements = allElements(el.shadowRoot!);
  for (const node of elements) {
    const tag = node.localName;
    expect(FORBIDDEN.has(tag) && !baselineTags.has(tag), `${label}: <${tag}> created from data`).to.equal(false);
    expect(baselineTags.has(tag), `${label}: <${tag}> not drawn for plain text`).to.equal(true);
    for (const attribute of node.getAttributeNames()) {
      expect(/^on/i.test(attribute), `${label}: ${tag}[${attribute}]`).to.equal(false);
    }
    for (const name of ['href', 'xlink:href', 'src', 'action', 'formaction']) {
      const value = node.getAttribute(name);
      if (value === null || (name === 'href' && node.localName !== 'a' && value.startsWith('#'))) continue;
      expect(new URL(value, location.href).protocol, `${label}: ${tag}[${name}=${value}]`).to.match(/^https?:$/);
    }
  }
  expect(el.shadowRoot!.getElementById('injected'), `${label}: injected id`).to.equal(null);
}

describe('hostile strings in every text field', () => {
  beforeEach(() => {
    clearDocumentCache();
    delete window.__pwned;
  });
  afterEach(() => document.body.replaceChildren());

  for (const lang of ['lv', 'en']) {
    for (const { tag } of ELEMENTS) {
      describe(`<${tag} lang=${lang}>`, () => {
        // The tags an element draws for harmless text: hostile text may not add any.
        let baselineTags: ReadonlySet<string>;
        before(async () => {
          const plain = hostileDocument('Plain text', 0);
          const baseline = create(tag, { ...readyAttributes(tag, plain.id), lang });
          baseline.data = plain.doc;
          const done = outcome(baseline);
          document.body.append(baseline);
          expect((await done).type).to.equal('eindex-load');
          await baseline.updateComplete;
          baselineTags = new Set(allElements(baseline.shadowRoot!).map((node) => node.localName));
          baseline.remove();
        });

        CORPUS.forEach((text, i) => {
          it(`shows ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)} as text, links only http(s) and runs nothing`, async () => {
            const { doc, id } = hostileDocument(text, i);
            const el = create(tag, { ...readyAttributes(tag, id), lang });
            if (tag === 'eindex-ranking') el.setAttribute('caption', `${text} caption`);
            el.data = doc;
            const done = outcome(el);
            document.body.append(el);
            const result = await done;
            expect(result.type, `${tag} with ${JSON.stringify(text)}: ${result.detail.message}`).to.equal('eindex-load');
            await el.updateComplete;
            const label = `${tag} ${JSON.stringify(text)}`;
            const shown = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
            // As text, isolated from the element's own words (bidi controls removed, issue #13).
            expect(shown, `${label}: the string is shown as text`).to.contain(isolateText(text).replace(/\s+/g, ' ').trim());
            expectOnlyText(el, baselineTags, label);
            const links = [...el.shadowRoot!.querySelectorAll('a')];
            for (const link of links) expect(link.href, label).to.match(/^https?:\/\//);
            if (tag === 'eindex-ranking') {
              // The safe URL of the first entity is a link; the unsafe ones of the others and the source's are not.
              expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([new URL(SAFE_URL).href]);
            }
            await settleSideEffects();
            expect(window.__pwned, 'a script from the data ran').to.equal(undefined);
            expect(document.querySelector('#injected, body > img, body > script')).to.equal(null);
          });
        });
      });
    }
  }

  for (const { tag } of ELEMENTS) {
    it(`<${tag}> quotes hostile values in its error message as text`, async () => {
      const text = CORPUS[1]!;
      const { doc, id } = hostileDocument(text, 1);
      const editions = (doc['editions'] as { entities: { group: string }[] }[]);
      editions[1]!.entities[0]!.group = text;
      const el = create(tag, { ...readyAttributes(tag, id), lang: 'en' });
      el.data = doc;
      const done = outcome(el);
      document.body.append(el);
      const result = await done;
      expect(result.type).to.equal('eindex-error');
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('<img src=x');
      expect(alert.querySelector('img')).to.equal(null);
      expect(result.detail.path).to.equal('editions[1].entities[0].group');
      await settleSideEffects();
      expect(window.__pwned).to.equal(undefined);
    });
  }
});
