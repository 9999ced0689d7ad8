/**
 * Geometry of the drawn charts (issues #12 and #15), in the browser's own text metrics: radar,
 * gauge, trend and levels × width × language × colour scheme × real, fictional and sparse
 * data. Fails on chart text under 12 px (computed font size × the SVG's scale), two texts
 * whose boxes overlap, text outside the element, a radar at 360 px whose rings span less than
 * half its width, a sparse radar that is not drawn as bars, a trend without a point per
 * published edition, and levels without a bar per edition.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { EIndexDocument } from '../../src/data/types.js';

const WIDTHS = [120, 160, 200, 320, 360, 768, 1200];
const docs: Record<string, EIndexDocument> = {};
before(async () => {
  for (const name of ['municipalities-2021', 'institutions', 'fictional']) {
    docs[name] = (await (await fetch(`/data/${name}.json`)).json()) as EIndexDocument;
  }
});
afterEach(() => document.body.replaceChildren());

interface Case { readonly doc: string; readonly attrs: Record<string, string> }
type Tag = 'radar' | 'gauge' | 'trend' | 'levels';
const CASES: Record<Tag, Record<'real' | 'fictional' | 'sparse', Case>> = {
  radar: {
    real: { doc: 'institutions', attrs: { entity: 'vtua', compare: 'average previous' } },
    fictional: { doc: 'fictional', attrs: { entity: 'velvavas-pilseta', compare: 'group-average best previous' } },
    // Cēsis 2021: 2 of 5 categories published (data/municipalities-2021.json).
    sparse: { doc: 'municipalities-2021', attrs: { entity: 'cesis', compare: 'average best' } },
  },
  gauge: {
    real: { doc: 'municipalities-2021', attrs: { entity: 'ventspils' } },
    fictional: { doc: 'fictional', attrs: { entity: 'velvavas-pilseta' } },
    sparse: { doc: 'municipalities-2021', attrs: { entity: 'riga' } },
  },
  trend: {
    // CSP published 2017–2019 and not 2021–2022; VTUA 2017 and 2022 with 2018–2021 between.
    real: { doc: 'institutions', attrs: { entity: 'csp', compare: 'vtua average' } },
    fictional: { doc: 'fictional', attrs: { entity: 'velvavas-pilseta', compare: 'average group-average' } },
    // ATD: one published edition (2021), and that without a total.
    sparse: { doc: 'institutions', attrs: { entity: 'atd', compare: 'average' } },
  },
  levels: {
    // 2022 publishes summary.levels; 2017–2021 neither publish them nor give entities' levels.
    real: { doc: 'institutions', attrs: { editions: 'all', entity: 'vtua' } },
    fictional: { doc: 'fictional', attrs: { editions: 'all', entity: 'velvavas-pilseta' } },
    // 2021 municipalities: no published levels, counted from the three entities that have one.
    sparse: { doc: 'municipalities-2021', attrs: { entity: 'cesis' } },
  },
};
/** Fewest chart texts a drawing can have: the radar's axes, the trend's ticks and years, a bar's label. */
const MIN_TEXTS: Record<Tag, number> = { radar: 6, gauge: 2, trend: 3, levels: 1 };

async function draw(tag: Tag, c: Case, width: number, lang: string, scheme: string): Promise<HTMLElement> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  box.style.colorScheme = scheme;
  // The widest of the sans-serif UI fonts the text-width estimate is written for: the page's
  // default serif has narrower digits and would hide a label the estimate made too short.
  box.style.fontFamily = "'DejaVu Sans', sans-serif";
  const el = document.createElement(`eindex-${tag}`);
  for (const [name, value] of Object.entries(c.attrs)) el.setAttribute(name, value);
  el.setAttribute('lang', lang);
  (el as HTMLElement & { data: unknown }).data = docs[c.doc];
  box.append(el);
  const loaded = oneEvent(el, 'eindex-load');
  document.body.append(box);
  await loaded;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

interface TextBox { readonly text: string; readonly owner: Element; readonly rect: DOMRect }

/**
 * The box the glyphs of a text (or one line of it) fill on screen: the union of its
 * characters' extents, through the SVG's scale. Not getBoundingClientRect, which in Firefox
 * also counts the halo's stroke, so the engines would measure different things.
 */
function fillBox(node: SVGTextContentElement): DOMRect {
  const matrix = node.getScreenCTM()!;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < node.getNumberOfChars(); i++) {
    const e = node.getExtentOfChar(i);
    for (const [x, y] of [[e.x, e.y], [e.x + e.width, e.y + e.height]] as const) {
      const p = new DOMPoint(x, y).matrixTransform(matrix);
      [x0, y0, x1, y1] = [Math.min(x0, p.x), Math.min(y0, p.y), Math.max(x1, p.x), Math.max(y1, p.y)];
    }
  }
  return new DOMRect(x0, y0, x1 - x0, y1 - y0);
}

/** Every line of chart text with its box on screen: a tspan where the text has lines, else the text. */
function chartTexts(el: HTMLElement): TextBox[] {
  const texts = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('svg text')].filter((t) => !t.closest('.tooltip'));
  return texts.flatMap((t) => {
    const lines = t.querySelectorAll('tspan');
    return (lines.length ? [...lines] : [t])
      .filter((node) => (node.textContent ?? '').trim() !== '')
      .map((node) => ({ text: node.textContent!.trim(), owner: t, rect: fillBox(node) }));
  });
}

/** Boxes overlap by more than `slack` px both ways (glyph boxes include the font's ascent and descent). */
const overlap = (a: DOMRect, b: DOMRect, slack = 1) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;

for (const tag of ['radar', 'gauge', 'trend', 'levels'] as const) {
  describe(`<eindex-${tag}> geometry`, () => {
    for (const width of WIDTHS) {
      for (const lang of ['lv', 'en']) {
        for (const scheme of ['light', 'dark']) {
          for (const kind of ['real', 'fictional', 'sparse'] as const) {
            it(`${width} px, ${lang}, ${scheme}, ${kind}: text ≥ 12 px, no two texts overlap, all inside`, async () => {
              const el = await draw(tag, CASES[tag][kind], width, lang, scheme);
              const svg = el.shadowRoot!.querySelector('svg')!;
              const scale = svg.getBoundingClientRect().width / svg.width.baseVal.value;
              const texts = chartTexts(el);
              expect(texts.length, 'chart text drawn').to.be.at.least(MIN_TEXTS[tag]);
              const host = el.getBoundingClientRect();
              for (const t of texts) {
                const size = parseFloat(getComputedStyle(t.owner).fontSize) * scale;
                expect(size, `font size of "${t.text}"`).to.be.at.least(12 - 1e-6);
                expect(t.rect.left, `"${t.text}" starts inside`).to.be.at.least(host.left - 0.5);
                expect(t.rect.right, `"${t.text}" ends inside`).to.be.at.most(host.right + 0.5);
              }
              for (const [i, a] of texts.entries()) {
                for (const b of texts.slice(i + 1)) {
                  if (a.owner === b.owner) continue; // lines of one text
                  expect(overlap(a.rect, b.rect), `"${a.text}" overlaps "${b.text}"`).to.equal(false);
                }
              }
              if (tag === 'radar' && kind === 'sparse') {
                expect(el.shadowRoot!.querySelectorAll('[part="bar"]').length, 'bars').to.be.above(0);
                expect(el.shadowRoot!.querySelector('.ring[d]'), 'no rings').to.equal(null);
              }
              if (tag === 'radar' && kind !== 'sparse' && width === 360) {
                const rings = [...el.shadowRoot!.querySelectorAll('path.ring')].map((r) => r.getBoundingClientRect().width);
                expect(Math.max(...rings), 'ring diameter').to.be.at.least(el.clientWidth / 2);
              }
              if (tag === 'gauge' && kind !== 'sparse') {
                const value = el.shadowRoot!.querySelector('[part="value"]')!.getBoundingClientRect();
                expect(value.width, 'value drawn').to.be.above(0);
              }
              if (tag === 'trend') {
                const points = el.shadowRoot!.querySelectorAll('[part="point"]').length;
                expect(points, 'a point per published edition').to.be.at.least(kind === 'sparse' ? 1 : 4);
              }
              if (tag === 'levels') {
                const editions = kind === 'sparse' ? 1 : docs[CASES.levels[kind].doc]!.editions.length;
                expect(el.shadowRoot!.querySelectorAll('[part="bar"]').length, 'a bar per edition').to.equal(editions);
              }
            });
          }
        }
      }
    }
  });
}
