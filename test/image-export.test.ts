/**
 * Image export (`download` on the charts): the framed picture as a pure string, and each
 * element's buttons producing the file. Downloads cannot be caught in the test runner, so the
 * tests replace `imageSaver.save` (the one seam) and read the Blob the click path hands it.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../src/radar/define.js';
import '../src/gauge/define.js';
import '../src/trend/define.js';
import '../src/levels/define.js';
import { clearDocumentCache } from '../src/data/load.js';
import { imageSaver } from '../src/internal/image-file.js';
import { saveFile } from '../src/internal/save-file.js';
import { composeImage, escapeXml } from '../src/layout/image-frame.js';
import { expectAccessible, mount, shadow } from './helpers/element.js';
import { tinyDocument, trendDocument } from './helpers/docs.js';
import { deepActiveElement } from './a11y/colors.js';

const MUNICIPALITIES = '/data/municipalities-2021.json';
const FICTIONAL = '/data/fictional.json';
const INSTITUTIONS = '/data/institutions.json';

interface Saved { readonly blob: Blob; readonly name: string }

/** Replaces the saver for one click; resolves with what the element handed it, fails on its eindex-error. */
function nextSave(el: HTMLElement): Promise<Saved> {
  return new Promise((resolve, reject) => {
    imageSaver.save = (blob, name) => {
      imageSaver.save = saveFile;
      resolve({ blob, name });
    };
    el.addEventListener('eindex-error', (event) => reject(new Error(`eindex-error: ${event.detail.message}`)), { once: true });
  });
}

async function download(el: HTMLElement, format: 'SVG' | 'PNG'): Promise<Saved> {
  const button = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="download"] button')].find((b) => b.textContent === format);
  expect(button, `${format} button`).to.not.equal(undefined);
  const saved = nextSave(el);
  button!.click();
  return saved;
}

function parse(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  // Booleans, not elements: chai's message for a failing element comparison hung the browser.
  expect(doc.querySelector('parsererror')?.textContent ?? 'well-formed', 'the file is well-formed XML').to.equal('well-formed');
  return doc;
}

/** A PNG of twice the SVG's size that is not blank: a background corner, and dark text somewhere. */
async function expectPicturePng(png: Saved, svg: Document): Promise<void> {
  expect(png.blob.type).to.equal('image/png');
  const bitmap = await createImageBitmap(png.blob);
  expect(bitmap.width).to.equal(2 * Number(svg.documentElement.getAttribute('width')));
  expect(bitmap.height).to.equal(2 * Number(svg.documentElement.getAttribute('height')));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
  expect([...pixels.slice(0, 4)]).to.deep.equal([255, 255, 255, 255]);
  let dark = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 100 && pixels[i + 1]! < 100 && pixels[i + 2]! < 100) dark++;
  expect(dark).to.be.greaterThan(500);
}

const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());

afterEach(() => {
  imageSaver.save = saveFile;
});

describe('composeImage (the standalone picture, pure)', () => {
  const input = {
    chart: { markup: '<circle r="5"/>', width: 400, height: 300 },
    title: 'E-index <script>alert(1)</script>',
    subtitle: 'Alfa & Bēta, 2021',
    source: 'Source: "VARAM" & co',
    legend: [{ swatch: '<line x2="36"/>', label: '<b>Alfa</b>' }],
    colours: { text: 'rgb(27, 27, 31)', background: 'rgb(255, 255, 255)' },
  };

  it('escapes every text it writes: <script> and & in names stay text in well-formed XML', () => {
    const { svg } = composeImage(input);
    expect(svg).not.to.contain('<script>');
    expect(svg).not.to.contain('<b>');
    const doc = parse(svg);
    expect(doc.querySelector('script')).to.equal(null);
    expect(texts(doc)).to.include.members(['E-index <script>alert(1)</script>', 'Alfa & Bēta, 2021', 'Source: "VARAM" & co', '<b>Alfa</b>']);
    expect(escapeXml(`<&>"'`)).to.equal('&#60;&#38;&#62;&#34;&#39;');
  });

  it('is a standalone image: xmlns, role="img" with a <title>, size, explicit colours, system fonts', () => {
    const { svg, width, height } = composeImage(input);
    const root = parse(svg).documentElement;
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(root.getAttribute('role')).to.equal('img');
    expect(root.querySelector('title')!.textContent).to.equal('E-index <script>alert(1)</script>. Alfa & Bēta, 2021');
    expect([root.getAttribute('width'), root.getAttribute('height')]).to.deep.equal([String(width), String(height)]);
    expect(width).to.equal(432); // the chart plus 16 px either side
    expect(root.getAttribute('fill')).to.equal('rgb(27, 27, 31)');
    expect(root.querySelector('rect')!.getAttribute('fill')).to.equal('rgb(255, 255, 255)');
    expect(root.getAttribute('font-family')).to.match(/sans-serif$/);
    expect(svg).not.to.match(/var\(|class=/);
  });

  it('places the chart under the words and above the legend and source, and writes "fictional" only when asked', () => {
    const plain = composeImage(input);
    const fictional = composeImage({ ...input, fictional: 'Fictional example' });
    expect(texts(parse(plain.svg))).not.to.include('Fictional example');
    expect(texts(parse(fictional.svg))).to.include('Fictional example');
    expect(fictional.height).to.be.greaterThan(plain.height);
    const doc = parse(plain.svg);
    const chart = doc.querySelector('svg > svg')!;
    const chartTop = Number(chart.getAttribute('y'));
    const ys = (match: string) => Number([...doc.querySelectorAll('text')].find((t) => t.textContent!.includes(match))!.getAttribute('y'));
    expect(ys('Alfa & Bēta')).to.be.lessThan(chartTop);
    expect(ys('<b>Alfa</b>')).to.be.greaterThan(chartTop + 300);
    expect(ys('Source')).to.be.greaterThan(ys('<b>Alfa</b>'));
    expect(ys('Source')).to.be.lessThan(plain.height);
  });
});

describe('"Download image" on <eindex-radar>', () => {
  beforeEach(() => clearDocumentCache());

  it('offers an SVG whose file holds the chart, the entity, the edition and the source (Cēsis 2021, real data)', async () => {
    const { el } = await mount<HTMLElement>(html`<eindex-radar lang="en" src=${MUNICIPALITIES} entity="cesis" download></eindex-radar>`);
    const { blob, name } = await download(el, 'SVG');
    expect(name).to.equal('eindex-radar-cesis-2021.svg');
    expect(blob.type).to.equal('image/svg+xml;charset=utf-8');
    const text = await blob.text();
    const doc = parse(text);
    const words = texts(doc);
    expect(words).to.include('E-index 2021: municipalities (published results)');
    expect(words).to.include('Cēsis, 2021');
    expect(words.some((w) => w.startsWith('Source: VARAM'))).to.equal(true);
    expect(words).not.to.include('Fictional example, not real E-index results');
    // The chart: the rings, the series outline and its points, with the drawn colours written out.
    const outline = doc.querySelector('path[stroke-dasharray], path[fill="none"]');
    expect(doc.querySelectorAll('path').length).to.be.greaterThan(5);
    expect(outline).to.not.equal(null);
    const strokes = new Set([...doc.querySelectorAll('[stroke]')].map((n) => n.getAttribute('stroke')));
    expect([...strokes].some((s) => /^rgb/.test(s!))).to.equal(true);
    expect(text).not.to.match(/var\(--|class=|tabindex|aria-/);
    // The sparse entity's unpublished categories are in the picture as axis labels too.
    expect(words.some((w) => w.includes('Customer service'))).to.equal(true);
  });

  it('marks a fictional document and speaks Latvian in lv; the PNG is an image twice the SVG size', async () => {
    const { el } = await mount<HTMLElement>(html`<eindex-radar lang="lv" src=${FICTIONAL} entity="kanades-novads" compare="average" download></eindex-radar>`);
    expect(shadow(el).querySelector('[part="download"]')!.textContent).to.contain('Lejupielādēt attēlu');
    const svg = await download(el, 'SVG');
    const doc = parse(await svg.blob.text());
    expect(texts(doc)).to.include('Fiktīvs piemērs, nevis īsti E-indeksa rezultāti');
    expect(texts(doc).some((w) => w.startsWith('Avots: '))).to.equal(true);
    // Both series are in the legend drawn into the file.
    expect(texts(doc)).to.include('Vidējais šajā failā');
    const png = await download(el, 'PNG');
    expect(png.name).to.match(/^eindex-radar-kanades-novads-\d{4}\.png$/);
    await expectPicturePng(png, doc);
  });

  it('keeps names with <script> and & as text in the file', async () => {
    const data = tinyDocument() as { editions: { entities: { id: string; name: unknown }[] }[] };
    for (const edition of data.editions) {
      const alpha = edition.entities.find((e) => e.id === 'alpha');
      if (alpha) alpha.name = '<script>alert(1)</script> & Co';
    }
    const { el } = await mount<HTMLElement>(html`<eindex-radar lang="en" .data=${data} entity="alpha" download></eindex-radar>`);
    const text = await (await download(el, 'SVG')).blob.text();
    expect(text).not.to.contain('<script>');
    const doc = parse(text);
    expect(doc.querySelector('script')).to.equal(null);
    expect(texts(doc).some((w) => w.startsWith('<script>alert(1)</script> & Co'))).to.equal(true);
  });
});

describe('"Download image" on <eindex-gauge>', () => {
  beforeEach(() => clearDocumentCache());

  it('offers an SVG of the gauge with the entity, its value and the source (Cēsis 2021, real data)', async () => {
    const { el } = await mount<HTMLElement>(html`<eindex-gauge lang="en" src=${MUNICIPALITIES} entity="cesis" download></eindex-gauge>`);
    const { blob, name } = await download(el, 'SVG');
    expect(name).to.equal('eindex-gauge-cesis-2021.svg');
    const doc = parse(await blob.text());
    expect(texts(doc)).to.include.members(['Cēsis, 2021', '64.4']);
    expect(texts(doc).some((w) => w.startsWith('Source: VARAM'))).to.equal(true);
    await expectAccessible(el);
  });

  it('draws the level bands in their own colours, and marks fictional data (lv)', async () => {
    const { el } = await mount<HTMLElement>(html`<eindex-gauge lang="lv" src=${FICTIONAL} entity="kanades-novads" download></eindex-gauge>`);
    const doc = parse(await (await download(el, 'SVG')).blob.text());
    const fills = new Set([...doc.querySelectorAll('path')].map((p) => p.getAttribute('fill')).filter((f) => f !== 'none'));
    expect(fills.size, 'five bands in distinct colours, and the track').to.be.greaterThan(5);
    expect(texts(doc)).to.include('Fiktīvs piemērs, nevis īsti E-indeksa rezultāti');
    await expectAccessible(el);
  });
});

describe('"Download image" on <eindex-trend>', () => {
  beforeEach(() => clearDocumentCache());

  it('offers an SVG of VTUA 2017–2022 (real data): its points, the dotted bridge over the gap, years, legend, title and source', async () => {
    const { el } = await mount<HTMLElement>(html`<eindex-trend lang="en" src=${INSTITUTIONS} entity="vtua" download></eindex-trend>`);
    const { blob, name } = await download(el, 'SVG');
    expect(name).to.equal('eindex-trend-vtua-2017-2022.svg');
    const text = await blob.text();
    const doc = parse(text);
    const words = texts(doc);
    expect(words).to.include('E-index 2017–2022: state institutions (published results)');
    const caption = shadow(el).querySelector('[part="caption"]')!.textContent!;
    expect(words).to.include(`${caption}, 2017–2022`);
    expect(words.some((w) => w.startsWith('Source: VARAM'))).to.equal(true);
    expect(words).to.include.members(['2017', '2022', 'not published between']);
    expect(words).not.to.include('Fictional example, not real E-index results');
    // Published in 2017 and 2022 only: two points, and between them a dotted bridge, not a solid line.
    const drawn = doc.querySelector('svg > svg')!;
    const bridges = [...drawn.querySelectorAll('path[stroke-dasharray]')];
    expect(bridges.length, 'one dotted bridge in the chart').to.equal(1);
    expect(bridges[0]!.getAttribute('stroke')).to.match(/^rgb/);
    const markers = [...drawn.querySelectorAll('g[transform] > path')];
    expect(markers.length, 'a marker per published edition').to.equal(2);
    expect(text).not.to.match(/var\(--|class=|tabindex|aria-|role="img" aria/);
  });

  it('marks fictional data and speaks Latvian, with the average in the legend; the PNG is the picture at twice the size', async () => {
    const { el } = await mount<HTMLElement>(html`<eindex-trend lang="lv" src=${FICTIONAL} entity="kanades-novads" compare="average" download></eindex-trend>`);
    expect(shadow(el).querySelector('[part="download"]')!.textContent).to.contain('Lejupielādēt attēlu');
    const svg = await download(el, 'SVG');
    expect(svg.name).to.equal('eindex-trend-kanades-novads-2019-2022.svg');
    const doc = parse(await svg.blob.text());
    const words = texts(doc);
    expect(words).to.include('Fiktīvs piemērs, nevis īsti E-indeksa rezultāti');
    expect(words).to.include.members(['Kanades novads: kopvērtējums pa gadiem, 2019–2022', 'Publicētais vidējais']);
    expect(words.some((w) => w.startsWith('Avots: '))).to.equal(true);
    const png = await download(el, 'PNG');
    expect(png.name).to.equal('eindex-trend-kanades-novads-2019-2022.png');
    await expectPicturePng(png, doc);
  });

  it('leaves the tooltip of a hovered point out of the picture', async () => {
    const { el } = await mount<HTMLElement & { updateComplete: Promise<unknown> }>(html`<eindex-trend lang="en" .data=${trendDocument()} entity="alpha" download></eindex-trend>`);
    shadow(el).querySelector<SVGGElement>('[part="point"]')!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="tooltip"]') !== null, 'a tooltip shows').to.equal(true);
    const doc = parse(await (await download(el, 'SVG')).blob.text());
    expect(texts(doc).some((w) => w.includes('Alpha') && w.includes('50')), 'no tooltip text').to.equal(false);
  });
});

describe('"Download image" on <eindex-levels>', () => {
  beforeEach(() => clearDocumentCache());

  it('offers an SVG of 2022 as published (real data): counts and shares on the bars, "115 assessed", the legend and the marked entity', async () => {
    const { el } = await mount<HTMLElement>(html`<eindex-levels lang="en" src=${INSTITUTIONS} entity="vtua" download></eindex-levels>`);
    const { blob, name } = await download(el, 'SVG');
    expect(name).to.equal('eindex-levels-vtua-2022.svg');
    const doc = parse(await blob.text());
    const words = texts(doc);
    const entity = (await (await fetch(INSTITUTIONS)).json() as { editions: { year: number; entities: { id: string; name: { en: string } }[] }[] })
      .editions.find((e) => e.year === 2022)!.entities.find((e) => e.id === 'vtua')!.name.en;
    expect(words).to.include.members([
      'E-index 2017–2022: state institutions (published results)',
      `Maturity levels, 2022. Marked: ${entity}`,
      // VTUA's 2022 level is not published, and its row says so.
      `2022: as published, 115 assessed. ${entity}: level not published`,
      'L1: 25 · 22 %', 'L2: 83 · 72 %', 'L3: 7 · 6 %',
    ]);
    expect(words.some((w) => w.startsWith('Source: VARAM'))).to.equal(true);
    // The legend names every level, each with its colour.
    const legendFills = new Set([...doc.querySelectorAll('svg[width="36"] rect')].map((r) => r.getAttribute('fill')));
    expect(legendFills.size, 'a swatch colour per declared level').to.equal(doc.querySelectorAll('svg[width="36"]').length);
    expect(legendFills.size).to.be.greaterThan(2);
  });

  it('counts from the file where nothing is published, and marks fictional data (lv, every edition); the PNG draws it', async () => {
    const { el } = await mount<HTMLElement>(html`<eindex-levels lang="lv" src=${MUNICIPALITIES} download></eindex-levels>`);
    const doc = parse(await (await download(el, 'SVG')).blob.text());
    expect(texts(doc).some((w) => w.startsWith('2021: saskaitīts no'))).to.equal(true);
    expect(texts(doc)).to.include('Brieduma līmeņi, 2021');
    expect(texts(doc)).not.to.include('Fiktīvs piemērs, nevis īsti E-indeksa rezultāti');

    // In a box of its own width: the page's scrollbar, which comes with the second chart, must
    // not narrow the chart between its SVG and its PNG (Firefox redrew 12 px narrower).
    const box = document.createElement('div');
    box.style.width = '600px';
    const all = document.createElement('eindex-levels');
    for (const [name, value] of [['lang', 'lv'], ['src', FICTIONAL], ['editions', 'all'], ['entity', 'kanades-novads'], ['download', '']]) all.setAttribute(name!, value!);
    const loaded = oneEvent(all, 'eindex-load');
    box.append(all);
    document.body.append(box);
    await loaded;
    await all.updateComplete;
    const svg = await download(all, 'SVG');
    expect(svg.name).to.equal('eindex-levels-kanades-novads-2019-2022.svg');
    const fictional = parse(await svg.blob.text());
    expect(texts(fictional)).to.include.members(['Fiktīvs piemērs, nevis īsti E-indeksa rezultāti', 'Brieduma līmeņi, 2019–2022. Atzīmēts: Kanades novads']);
    expect(texts(fictional).filter((w) => /^20(19|20|21|22): kā publicēts/.test(w))).to.have.length(4);
    // The entity's mark in each bar, with its level's name.
    expect(texts(fictional).filter((w) => /^Kanades novads: .*līmenis/.test(w))).to.have.length(4);
    await expectPicturePng(await download(all, 'PNG'), fictional);
  });
});

describe('"Download image" controls on the radar, the trend and the levels', () => {
  const cases = [
    { tag: 'eindex-radar', view: (lang: string) => html`<eindex-radar lang=${lang} .data=${tinyDocument()} entity="alpha" compare="average" download></eindex-radar>`, file: 'eindex-radar-alpha-2021.png' },
    { tag: 'eindex-trend', view: (lang: string) => html`<eindex-trend lang=${lang} .data=${trendDocument()} entity="alpha" compare="average" download></eindex-trend>`, file: 'eindex-trend-alpha-2020-2023.png' },
    { tag: 'eindex-levels', view: (lang: string) => html`<eindex-levels lang=${lang} .data=${tinyDocument()} entity="alpha" download></eindex-levels>`, file: 'eindex-levels-alpha-2021.png' },
  ];
  for (const { tag, view, file } of cases) {
    it(`${tag}: no control without \`download\`, and axe finds nothing with it (lv and en)`, async () => {
      const { el: plain } = await mount<HTMLElement>(view('en'));
      plain.removeAttribute('download');
      await (plain as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(shadow(plain).querySelector('[part="download"]') === null, 'no download control').to.equal(true);
      for (const lang of ['lv', 'en']) {
        const { el } = await mount<HTMLElement>(view(lang));
        expect(shadow(el).querySelector('[part="download"]')!.getAttribute('role')).to.equal('group');
        await expectAccessible(el);
      }
    });

    it(`${tag}: Tab from the table toggle reaches SVG and PNG, Enter saves`, async () => {
      const { el } = await mount<HTMLElement>(view('en'));
      shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()!.textContent).to.equal('SVG');
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()!.textContent).to.equal('PNG');
      const saved = nextSave(el);
      await sendKeys({ press: 'Enter' });
      expect((await saved).name).to.equal(file);
    });
  }
});
