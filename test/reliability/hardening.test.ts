/**
 * Hardening (issue #13): each finding of the adversarial review, reproduced against the
 * elements as a page uses them (a `src` to fetch, the element in the page). The embed page and
 * embed-host.js findings (items 1, 2 and the embed-host part of 5) are in test/embed/, the
 * loader's cache and caps in test/data/load.test.ts; this file holds the rest.
 *
 * Every scenario runs on all three elements where it applies. Timings use pages/tasks.ts; the
 * issue's bound for hostile input is 300 ms on this machine (docs/design.md §5 says 200 ms in general).
 */
import { expect } from '@open-wc/testing';
import { clearDocumentCache, MAX_DOCUMENT_BYTES } from '../../src/data/load.js';
import { LIMITS } from '../../src/data/validate.js';
import { ELEMENTS, create, nextFrame, outcome, stateOf, type Tag } from './pages/elements.js';
import { expectResponsive, leastBlocked, watchTasks, type Tasks } from './pages/tasks.js';
import { tinyDocument } from '../helpers/docs.js';
import { formatNumber } from '../../src/i18n/format.js';
import { LABEL_MAX } from '../../src/i18n/display-text.js';

const HOSTILE_BUDGET_MS = 300;
const MAX_HEIGHT_PX = 3000;

type Json = Record<string, unknown>;

/** The document as a `data:` URL: the element fetches, parses and validates it like any file. */
function served(doc: unknown): string {
  return `data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(doc))}`;
}

/** tinyDocument() with `categories` replaced, and entity `alpha` of the latest edition scored in each. */
function withCategories(categories: { id: string; name: unknown }[], score = (i: number) => (i * 7) % 100): Json {
  const doc = tinyDocument() as Json;
  doc['categories'] = categories;
  const editions = doc['editions'] as { entities: Json[] }[];
  for (const edition of editions) for (const entity of edition.entities) entity['scores'] = {};
  const alpha = editions[1]!.entities[0]!;
  alpha['scores'] = Object.fromEntries(categories.map((c, i) => [c.id, score(i)]));
  return doc;
}

/** What each element is asked to show: alpha, every category. */
function attributesFor(tag: Tag): Record<string, string> {
  if (tag === 'eindex-ranking') return { columns: 'rank name total categories', download: '' };
  return { entity: 'alpha' };
}

interface Shown {
  readonly el: HTMLElement & { updateComplete: Promise<boolean> };
  readonly type: string;
  readonly detail: { message?: string; path?: string };
}

/** Shows `tag` for `src` in a 360 px wide box and waits for its outcome and its drawing. */
async function show(tag: Tag, src: string, extra: Record<string, string> = {}): Promise<Shown> {
  const box = document.createElement('div');
  box.className = 'box';
  box.style.width = '360px';
  const el = create(tag, { ...attributesFor(tag), lang: 'en', ...extra, src });
  const done = outcome(el);
  box.append(el);
  document.body.append(box);
  const { type, detail } = await done;
  await el.updateComplete;
  await nextFrame();
  return { el, type, detail };
}

/** Shows the element while watching tasks; the least blocked of up to three runs. */
async function showWatched(tag: Tag, doc: unknown): Promise<{ shown: Shown; tasks: Tasks }> {
  let shown: Shown | undefined;
  const tasks = await leastBlocked(async () => {
    document.body.replaceChildren();
    clearDocumentCache();
    const src = served(doc);
    const watch = watchTasks();
    shown = await show(tag, src);
    const result = watch.stop();
    return result;
  }, HOSTILE_BUDGET_MS);
  return { shown: shown!, tasks };
}

function heightOf(el: Element): number {
  return Math.round(el.getBoundingClientRect().height);
}

/** Every text and attribute value in a shadow tree: what any drawing could hold. */
function markup(root: ShadowRoot): string {
  const parts = [root.textContent ?? ''];
  for (const node of root.querySelectorAll('*')) for (const attribute of node.attributes) parts.push(attribute.value);
  return parts.join(' ');
}

/** Text of a shadow tree as a reader gets it, nested shadow roots and attributes for assistive technology included. */
function allText(root: ShadowRoot | Element): string {
  const parts: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'aria-valuetext', 'title']) {
      const value = node.getAttribute(name);
      if (value) parts.push(value);
    }
    if (node.shadowRoot) parts.push(allText(node.shadowRoot));
  }
  return `${root.textContent ?? ''} ${parts.join(' ')}`;
}

afterEach(() => {
  document.body.replaceChildren();
  clearDocumentCache();
});

describe('hostile documents are refused or drawn bounded (item 4)', function () {
  this.timeout(120_000);
  const long = 'W'.repeat(100_000);
  const cases: { name: string; doc: () => unknown; path: RegExp }[] = [
    {
      name: '10 000 categories',
      doc: () => withCategories(Array.from({ length: 10_000 }, (_, i) => ({ id: `c${i}`, name: `Category ${i}` }))),
      path: /^categories$/,
    },
    {
      name: 'a 100 000-letter category name',
      doc: () => withCategories([{ id: 'long', name: long }, { id: 'short', name: 'Short' }]),
      path: /^categories\[0\]\.name$/,
    },
    {
      name: 'a 100 000-letter entity name',
      doc: () => {
        const doc = tinyDocument() as Json;
        ((doc['editions'] as { entities: Json[] }[])[1]!.entities[0]!)['name'] = { lv: long, en: long };
        return doc;
      },
      path: /^editions\[1\]\.entities\[0\]\.name\.(lv|en)$/,
    },
  ];
  for (const { name, doc, path } of cases) {
    for (const { tag } of ELEMENTS) {
      it(`${name}: <${tag}> says which cap, within ${HOSTILE_BUDGET_MS} ms and ${MAX_HEIGHT_PX} px`, async () => {
        const { shown, tasks } = await showWatched(tag, doc());
        expect(shown.type).to.equal('eindex-error');
        expect(shown.detail.path).to.match(path);
        expect(shown.detail.message).to.match(/at most|longer than/);
        expect(shown.detail.message!.length, 'the message quotes the value cut short').to.be.below(300);
        expect(stateOf(shown.el)).to.equal('error');
        expect(heightOf(shown.el)).to.be.at.most(MAX_HEIGHT_PX);
        expectResponsive(tasks, name, HOSTILE_BUDGET_MS);
      });
    }
  }

  // The most a document may hold in names: every element still draws, bounded.
  const longest = (i: number): string => `${i} ${'Ļoti garš nosaukums '.repeat(40)}`.slice(0, LIMITS.text);
  for (const { tag } of ELEMENTS) {
    it(`${LIMITS.categories} categories named with ${LIMITS.text} letters each: <${tag}> draws within ${HOSTILE_BUDGET_MS} ms and ${MAX_HEIGHT_PX} px`, async () => {
      const doc = withCategories(Array.from({ length: LIMITS.categories }, (_, i) => ({ id: `c${i}`, name: longest(i) })));
      ((doc['editions'] as { entities: Json[] }[])[1]!.entities[0]!)['name'] = longest(99);
      const { shown, tasks } = await showWatched(tag, doc);
      expect(shown.type).to.equal('eindex-load');
      expect(heightOf(shown.el)).to.be.at.most(MAX_HEIGHT_PX);
      // The whole text stays for assistive technology.
      // The ranking and the radar show category names; the gauge, the trend and the levels show the entity's.
      const showsCategories = tag === 'eindex-ranking' || tag === 'eindex-radar';
      expect(allText(shown.el.shadowRoot!)).to.contain(longest(showsCategories ? 3 : 99));
      if (tag === 'eindex-ranking') {
        // On screen the headers are shortened (a 500-letter header made a 1 100 px header row at 360 px).
        const drawn = [...shown.el.shadowRoot!.querySelectorAll('thead [aria-hidden="true"][title]')].map((label) => label.textContent!.trim());
        expect(drawn).to.have.length(LIMITS.categories);
        for (const label of drawn) expect(label.length, label).to.be.at.most(LABEL_MAX);
      }
      expectResponsive(tasks, 'longest names', HOSTILE_BUDGET_MS);
    });
  }

  for (const { tag } of ELEMENTS) {
    it(`an endless response with timeout=0: <${tag}> stops at ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB with a clear error`, async function () {
      // Under a second with the cap; without it the element reads on for ever.
      this.timeout(20_000);
      const { type, detail, el } = await show(tag, '/__test__/endless', { timeout: '0' });
      expect(type).to.equal('eindex-error');
      expect(detail.message).to.contain('larger than 10 MB');
      expect(stateOf(el)).to.equal('error');
    });
  }
});

describe('ids named like Object.prototype members (item 5)', () => {
  const ids = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty'];
  const doc = (): Json => {
    const d = withCategories(ids.map((id) => ({ id, name: `Category ${id}` })));
    // alpha is scored only in valueOf; the others have no scores at all.
    const editions = d['editions'] as { entities: Json[] }[];
    editions[1]!.entities[0]!['scores'] = { valueOf: 42 };
    return d;
  };

  it('read as not published in the ranking, and places are not all tied', async () => {
    const { el, type } = await show('eindex-ranking', served(doc()), { sort: 'toString', columns: 'rank name categories' });
    expect(type).to.equal('eindex-load');
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows.length).to.be.greaterThan(2);
    for (const row of rows) {
      const cells = [...row.querySelectorAll('td')].slice(-ids.length).map((td) => td.textContent!.trim());
      const expected = ids.map((id) => (row.getAttribute('data-id') === 'alpha' && id === 'valueOf' ? '42' : 'not published'));
      expect(cells.map((c) => (/not published/i.test(c) ? 'not published' : c)), row.getAttribute('data-id')!).to.deep.equal(expected);
    }
    // Nobody is scored in toString, so nobody has a place by it (before: everyone tied at 1).
    expect(el.shadowRoot!.textContent).not.to.match(/\b1=/);
  });

  for (const tag of ['eindex-radar'] as const) {
    it(`read as not published in <${tag}>`, async () => {
      const { el, type } = await show(tag, served(doc()));
      expect(type).to.equal('eindex-load');
      const text = allText(el.shadowRoot!);
      expect(text).to.contain('42');
      expect(text).not.to.match(/function|\[native code\]|NaN/);
    });
  }
});

describe('data text cannot reorder the element\'s own words (item 5)', () => {
  const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
  const named = (name: string): Json => {
    const doc = tinyDocument() as Json;
    ((doc['editions'] as { entities: Json[] }[])[1]!.entities[0]!)['name'] = name;
    return doc;
  };

  for (const { tag } of ELEMENTS) {
    it(`<${tag}>: a name ending in U+202E leaves no override in the text, so the words after it keep their order`, async () => {
      const { el, type } = await show(tag, served(named('Cēsis\u202E')), tag === 'eindex-ranking' ? { columns: 'rank name total' } : {});
      expect(type).to.equal('eindex-load');
      const text = allText(el.shadowRoot!);
      expect(text).to.contain('Cēsis');
      expect(text).not.to.match(/\u202E/);
    });

    it(`<${tag}>: a right-to-left name is isolated (FSI … PDI) from the words around it`, async () => {
      const { el } = await show(tag, served(named('\u05E9\u05DC\u05D5\u05DD, 12')), tag === 'eindex-ranking' ? { columns: 'rank name total' } : {});
      const text = allText(el.shadowRoot!);
      expect(text).to.contain('\u2068\u05E9\u05DC\u05D5\u05DD, 12\u2069');
      expect(text.replace(/\u2068[^\u2069]*\u2069/g, '')).not.to.match(BIDI);
    });
  }
});

describe('odd numbers and attributes (items 5 and 6)', () => {
  for (const { tag, ready } of ELEMENTS) {
    it(`<${tag}>: timeout=3000000000 (beyond 2^31 − 1 ms) loads normally`, async () => {
      const { type, el } = await show(tag, '/data/municipalities-2021.json', { ...ready('ventspils'), timeout: '3000000000' });
      expect(type).to.equal('eindex-load');
      expect(stateOf(el)).to.equal('ready');
    });
  }

  it('formatNumber writes -0 and negatives that round to zero as 0, and nothing else changes', () => {
    for (const lang of ['lv', 'en'] as const) {
      expect(formatNumber(-0, lang)).to.equal('0');
      expect(formatNumber(-0.001, lang)).to.equal('0');
      expect(formatNumber(-0.01, lang)).to.match(/^[-−]0[.,]01$/);
      expect(formatNumber(NaN, lang), 'not hidden as 0').not.to.equal('0');
    }
  });

  it('a total of -0 shows as 0, never "-0"', async () => {
    const doc = tinyDocument() as Json;
    doc['scale'] = { min: -10, max: 100 };
    ((doc['editions'] as { entities: Json[] }[])[1]!.entities[0]!)['total'] = -0;
    const { el } = await show('eindex-ranking', served(doc), { columns: 'rank name total' });
    const row = el.shadowRoot!.querySelector('tr[data-id="alpha"]')!;
    expect(row.textContent).not.to.match(/[-−]0(?![.,\d])/);
    const gauge = await show('eindex-gauge', served(doc));
    expect(gauge.el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).not.to.match(/[-−]0(?![.,\d])/);
  });

  for (const { tag } of ELEMENTS) {
    it(`<${tag}>: a scale of ±1e308 is refused, and no NaN reaches a drawing`, async () => {
      const doc = tinyDocument() as Json;
      doc['scale'] = { min: -1e308, max: 1e308 };
      const { type, detail, el } = await show(tag, served(doc));
      expect(type).to.equal('eindex-error');
      expect(detail.path).to.equal('scale.min');
      expect(markup(el.shadowRoot!)).not.to.contain('NaN');
    });
  }

  it('the widest scale allowed draws with no NaN', async () => {
    const doc = tinyDocument() as Json;
    doc['scale'] = { min: -LIMITS.scale, max: LIMITS.scale };
    for (const { tag } of ELEMENTS) {
      const { type, el } = await show(tag, served(doc));
      expect(type, tag).to.equal('eindex-load');
      expect(markup(el.shadowRoot!), tag).not.to.contain('NaN');
    }
  });

  it('a year of 1e+21 is refused', async () => {
    const doc = tinyDocument() as Json;
    (doc['editions'] as Json[])[1]!['year'] = 1e21;
    const { type, detail } = await show('eindex-ranking', served(doc));
    expect(type).to.equal('eindex-error');
    expect(detail.path).to.equal('editions[1].year');
    expect(detail.message).to.contain('1990');
  });
});

describe('"try again" after an invalid document (item 5)', () => {
  it('fetches the file again, and shows it once it has been fixed', async () => {
    const realFetch = window.fetch;
    const bad = tinyDocument() as Json;
    bad['schema'] = 'eindex/0';
    const answers = [bad, tinyDocument()];
    let calls = 0;
    window.fetch = () => Promise.resolve(new Response(JSON.stringify(answers[Math.min(calls++, 1)])));
    try {
      const { el, type } = await show('eindex-ranking', '/never-fetched.json', { columns: 'rank name total' });
      expect(type).to.equal('eindex-error');
      const loaded = outcome(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      expect((await loaded).type).to.equal('eindex-load');
      expect(calls).to.equal(2);
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('CSV download (item 3)', () => {
  async function downloadedCsv(el: HTMLElement): Promise<string> {
    const original = URL.createObjectURL;
    let blob: Blob | undefined;
    URL.createObjectURL = (object: Blob | MediaSource) => {
      blob = object as Blob;
      return original.call(URL, object);
    };
    // The file is made by a module loaded on the click: wait for its link's click.
    let saved!: () => void;
    const downloaded = new Promise<void>((resolve) => (saved = resolve));
    const stop = (event: Event): void => {
      if ((event.target as Element).localName === 'a') {
        event.preventDefault();
        saved();
      }
    };
    el.shadowRoot!.addEventListener('click', stop, { capture: true });
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="download"]')!.click();
      await downloaded;
    } finally {
      URL.createObjectURL = original;
      el.shadowRoot!.removeEventListener('click', stop, { capture: true });
    }
    return new TextDecoder().decode(new Uint8Array(await blob!.arrayBuffer()).slice(3));
  }

  it('defuses a formula-like category name in the header, and formulas after spaces, NBSP or in full-width forms', async () => {
    const doc = withCategories([
      { id: 'evil', name: '=HYPERLINK("https://evil.example","x")' },
      { id: 'plus', name: '+cmd' },
    ]);
    const entities = (doc['editions'] as { entities: Json[] }[])[1]!.entities;
    entities[0]!['name'] = '  =1+1';
    entities[1]!['name'] = '\u00A0@SUM(A1)';
    entities[2]!['name'] = '\uFF1D1+1';
    entities[3]!['name'] = '-2+3';
    const { el } = await show('eindex-ranking', served(doc), { columns: 'rank name categories', lang: 'en' });
    const lines = (await downloadedCsv(el)).split('\r\n');
    expect(lines[0]).to.equal(`Place,Name,"'=HYPERLINK(""https://evil.example"",""x"")",'+cmd`);
    const names = lines.slice(1).map((line) => line.split(',')[1]);
    for (const name of ["'  =1+1", "'\u00A0@SUM(A1)", "'\uFF1D1+1", "'-2+3"]) expect(names).to.include(name);
  });
});
