import { expect, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import '../src/ranking/define.js';
import '../src/radar/define.js';
import type { EIndexRadar } from '../src/radar/eindex-radar.js';
import type { EIndexRanking } from '../src/ranking/eindex-ranking.js';
import { clearDocumentCache } from '../src/data/load.js';
import { captureWarnings, expectAccessible, mount, noticeTexts, shadow } from './helpers/element.js';
import { tinyDocument } from './helpers/docs.js';

/** The tiny document with one decimal score, to see the number format. */
function doc(): Record<string, unknown> {
  const d = tinyDocument() as { editions: { entities: { id: string; scores: Record<string, number | null> }[] }[] };
  const alpha = d.editions[1]!.entities.find((e) => e.id === 'alpha')!;
  alpha.scores = { communication: 70.5, 'customer-service': 60, 'open-data': 93, services: 55 }; // internal-processes not published
  const beta = d.editions[1]!.entities.find((e) => e.id === 'beta')!;
  beta.scores = { communication: 40, 'customer-service': 50, 'open-data': 80, 'internal-processes': 45, services: 65 };
  return d as unknown as Record<string, unknown>;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const seriesGroups = (el: Element) => [...shadow(el).querySelectorAll('svg[part="chart"] g.series')];
const tableRows = (el: Element) => [...shadow(el).querySelectorAll('table tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));
const headers = (el: Element) => [...shadow(el).querySelectorAll('table thead th')].map((th) => text(th));
const tooltip = (el: Element) => [...shadow(el).querySelectorAll('.tooltip tspan')].map((t) => text(t)).join(' ');
const points = (el: Element) => [...shadow(el).querySelectorAll<SVGGElement>('g.point')];

describe('<eindex-radar>', () => {
  beforeEach(() => clearDocumentCache());

  it('draws one series per entity and keyword, and its data table has the category names and values', async () => {
    const { el } = await mount<EIndexRadar>(html`<eindex-radar lang="lv" .data=${doc()} entity="alpha" compare="beta average"></eindex-radar>`);
    expect(seriesGroups(el)).to.have.length(3);
    expect(shadow(el).querySelectorAll('.legend li:not(.np)')).to.have.length(3);
    expect(headers(el)).to.deep.equal(['Kategorija', 'Alfa novads', 'Bēta pilsēta', 'Vidējais šajā failā']);
    const rows = tableRows(el);
    expect(rows.map((row) => row[0])).to.deep.equal([
      'Saziņa ar sabiedrību un līdzdalība', 'Klientu apkalpošana un atbalsts', 'Atvērto datu pieejamība',
      'Iestādes iekšējie procesi', 'Pakalpojumu nodrošināšana',
    ]);
    expect(rows[0]!.slice(1, 3)).to.deep.equal(['70,5', '40']);
    expect(rows[2]!.slice(1, 3)).to.deep.equal(['93', '80']);
    // The average says what it averages.
    expect(rows[0]![3]).to.equal('55,25 (vidējais no 2)');
    await expectAccessible(el);
  });

  it('shows an unpublished category as a gap with a "not published" mark, never as 0', async () => {
    const { el } = await mount<EIndexRadar>(html`<eindex-radar lang="lv" .data=${doc()} entity="alpha"></eindex-radar>`);
    const rows = tableRows(el);
    expect(rows[3]).to.deep.equal(['Iestādes iekšējie procesi', 'nav publicēts']);
    for (const row of rows) for (const cell of row.slice(1)) expect(cell).not.to.match(/^0([,.]0+)?$/);
    const series = seriesGroups(el)[0]!;
    expect(series.querySelectorAll('g.point:not(.missing)')).to.have.length(4);
    const missing = series.querySelectorAll('g.point.missing');
    expect(missing).to.have.length(1);
    expect(missing[0]!.getAttribute('aria-label')).to.equal('Iestādes iekšējie procesi, Alfa novads: nav publicēts');
    // The outline is broken at the gap: one open run from the category after the gap round to
    // the one before it, through the four published points only (no vertex at the centre).
    const outlines = [...series.querySelectorAll('path.outline')];
    expect(outlines).to.have.length(1);
    const d = outlines[0]!.getAttribute('d')!;
    expect(d).to.not.include('Z');
    const vertices = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    const published = [...series.querySelectorAll('g.point:not(.missing)')].map((g) => {
      const [, x, y] = /translate\((\S+) (\S+)\)/.exec(g.getAttribute('transform')!)!;
      return [Number(x), Number(y)] as const;
    });
    const axis = shadow(el).querySelector('line.axis')!;
    const centre = [Number(axis.getAttribute('x1')), Number(axis.getAttribute('y1'))] as const;
    const near = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!) < 0.01;
    expect(vertices).to.have.length(4);
    for (const vertex of vertices) {
      expect(published.some((point) => near(point, vertex)), `vertex ${vertex} is a published point`).to.equal(true);
      expect(near(vertex, centre), `vertex ${vertex} at the centre`).to.equal(false);
    }
    expect(text(shadow(el).querySelector('.legend'))).to.contain('nav publicēts');
  });

  it('formats numbers for English and speaks English', async () => {
    const { el } = await mount<EIndexRadar>(html`<eindex-radar lang="en" .data=${doc()} entity="alpha"></eindex-radar>`);
    expect(headers(el)).to.deep.equal(['Category', 'Alpha']);
    expect(tableRows(el)[0]).to.deep.equal(['Communication and participation', '70.5']);
    expect(tableRows(el)[3]).to.deep.equal(['Internal processes', 'not published']);
    expect(text(shadow(el).querySelector('[part="table-toggle"]'))).to.equal('Table');
  });

  it('keeps the data table in the accessibility tree and shows it with the "Table" button', async () => {
    const { el } = await mount<EIndexRadar>(html`<eindex-radar lang="lv" .data=${doc()} entity="alpha"></eindex-radar>`);
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    const wrapper = shadow(el).querySelector('#data')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(wrapper.classList.contains('visually-hidden')).to.equal(true);
    expect(getComputedStyle(wrapper).display).not.to.equal('none');
    expect(getComputedStyle(wrapper).visibility).not.to.equal('hidden');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(wrapper.classList.contains('visually-hidden')).to.equal(false);
    expect(text(toggle)).to.equal('Slēpt tabulu');
    await expectAccessible(el);
  });

  it('shows a tooltip with category, series and value on keyboard focus, and the arrow keys move between points', async () => {
    const { el } = await mount<EIndexRadar>(html`<eindex-radar lang="lv" .data=${doc()} entity="alpha" compare="beta"></eindex-radar>`);
    const focusable = points(el).filter((p) => p.getAttribute('tabindex') === '0');
    expect(focusable).to.have.length(1);
    focusable[0]!.focus();
    await el.updateComplete;
    expect(tooltip(el)).to.equal('Saziņa ar sabiedrību un līdzdalība Alfa novads 70,5');
    focusable[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    const active = shadow(el).activeElement!;
    expect(active.getAttribute('data-c')).to.equal('1');
    expect(active.getAttribute('tabindex')).to.equal('0');
    expect(tooltip(el)).to.equal('Klientu apkalpošana un atbalsts Alfa novads 60');
    active.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(tooltip(el)).to.equal('Klientu apkalpošana un atbalsts Bēta pilsēta 50');
    await expectAccessible(el);
  });

  it('shows the tooltip on hover', async () => {
    const { el } = await mount<EIndexRadar>(html`<eindex-radar lang="en" .data=${doc()} entity="alpha"></eindex-radar>`);
    const point = points(el).find((p) => p.getAttribute('data-c') === '2')!;
    point.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(tooltip(el)).to.equal('Open data availability Alpha 93');
    point.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(shadow(el).querySelector('.tooltip')).to.equal(null);
  });

  it('shows at most four series and says so', async () => {
    const { el } = await mount<EIndexRadar>(
      html`<eindex-radar lang="en" .data=${doc()} entity="alpha" compare="beta gamma delta average"></eindex-radar>`,
    );
    expect(seriesGroups(el)).to.have.length(4);
    expect(text(shadow(el).querySelector('.note'))).to.contain('first 4');
  });

  describe('misconfiguration', () => {
    it('entity="cesu-novads" is an error that suggests cesis, with one warning and no "try again"', async () => {
      const warnings = captureWarnings();
      const { el, detail } = await mount<EIndexRadar>(
        html`<eindex-radar lang="en" src="/data/municipalities-2021.json" entity="cesu-novads"></eindex-radar>`, 'error',
      );
      const message = 'entity="cesu-novads": no such id in the 2021 edition. Did you mean "cesis"?';
      expect(detail).to.deep.equal({ message, path: 'entity' });
      expect(text(shadow(el).querySelector('[role="alert"] .message'))).to.equal(message);
      expect(shadow(el).querySelectorAll('[role="alert"] button'), 'loading again cannot fix an attribute').to.have.length(0);
      expect(warnings).to.deep.equal([`<eindex-radar> ${message}`]);
      el.lang = 'lv';
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[role="alert"] .message'))).to.equal(
        'entity="cesu-novads": 2021. gada izdevumā tāda identifikatora nav. Vai domājāt „cesis”?',
      );
      expect(warnings).to.have.length(1);
      await expectAccessible(el);
    });

    it('compare="averge beta gamm" draws the known series and leaves out each unknown token with a notice', async () => {
      const warnings = captureWarnings();
      const { el } = await mount<EIndexRadar>(html`<eindex-radar lang="lv" .data=${doc()} entity="alpha" compare="averge beta gamm"></eindex-radar>`);
      expect(seriesGroups(el)).to.have.length(2);
      expect(headers(el)).to.deep.equal(['Kategorija', 'Alfa novads', 'Bēta pilsēta']);
      expect(noticeTexts(el)).to.deep.equal([
        'compare="averge": nav ne atslēgvārds, ne identifikators 2021. gada izdevumā; vērtība netiek ņemta vērā. Vai domājāt „average”?',
        'compare="gamm": nav ne atslēgvārds, ne identifikators 2021. gada izdevumā; vērtība netiek ņemta vērā. Vai domājāt „gamma”?',
      ]);
      expect(warnings).to.have.length(2);
      await expectAccessible(el);
    });

    it('lang="de" draws in Latvian and edition="2030" draws the latest, each with a notice', async () => {
      const warnings = captureWarnings();
      const { el, detail } = await mount<EIndexRadar>(html`<eindex-radar lang="de" edition="2030" .data=${doc()} entity="alpha" compare="worst"></eindex-radar>`);
      expect(detail.edition).to.equal(2021);
      expect(text(shadow(el).querySelector('[part="table-toggle"]'))).to.equal('Tabula');
      expect(noticeTexts(el)).to.deep.equal([
        'lang="de": šī valoda netiek atbalstīta; tā vietā izmantota vērtība „lv”. Derīgās vērtības: lv, en.',
        'edition="2030": šajos datos tāda izdevuma nav; tā vietā izmantota vērtība „2021”. Vai domājāt „2021”?',
        'compare="worst": nav ne atslēgvārds, ne identifikators 2021. gada izdevumā; vērtība netiek ņemta vērā. Derīgās vērtības: average, group-average, best, previous.',
      ]);
      expect(seriesGroups(el)).to.have.length(1);
      expect(warnings).to.have.length(3);
      await expectAccessible(el);
    });
  });

  it('follows the selection of a ranking named by for: clicking a row changes the radar', async () => {
    const data = doc();
    const host = document.createElement('div');
    document.body.append(host);
    const ranking = document.createElement('eindex-ranking') as EIndexRanking;
    ranking.id = 'table';
    ranking.lang = 'lv';
    ranking.data = data;
    const radar = document.createElement('eindex-radar') as EIndexRadar;
    radar.setAttribute('for', 'table');
    radar.lang = 'lv';
    radar.entity = 'alpha';
    radar.data = data;
    const loaded = oneEvent(radar, 'eindex-load');
    host.append(ranking, radar);
    await loaded;
    await ranking.updateComplete;
    expect(headers(radar)[1]).to.equal('Alfa novads');
    const betaRow = shadow(ranking).querySelector<HTMLTableRowElement>('tbody tr.row[data-id="beta"]')!;
    betaRow.click();
    await radar.updateComplete;
    expect(headers(radar)[1]).to.equal('Bēta pilsēta');
    expect(text(shadow(radar).querySelector('figcaption'))).to.equal('Bēta pilsēta, 2021');
    expect(tableRows(radar)[3]).to.deep.equal(['Iestādes iekšējie procesi', '45']);
    await expectAccessible(radar);
  });

  it('reserves its size while loading and sets aria-busy', async () => {
    const el = document.createElement('eindex-radar') as EIndexRadar;
    el.src = '/__test__/never';
    el.style.width = '480px';
    document.body.append(el);
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.above(300);
  });

  it('draws a first series with 2 of 5 categories as bars, with markers, "not published" text and a note saying why', async () => {
    const { el } = await mount<EIndexRadar>(html`<eindex-radar lang="en" src="/data/municipalities-2021.json" entity="cesis" compare="average"></eindex-radar>`);
    const root = shadow(el);
    expect(root.querySelectorAll('path.ring')).to.have.length(0);
    // Cēsis 2021 publishes customer service and open data; the average has open data (of 4)
    // only: Cēsis alone published customer service.
    expect(root.querySelectorAll('[part="bar"]')).to.have.length(3);
    expect([...root.querySelectorAll('.bar-value')].map((t) => text(t))).to.deep.equal(['65', '93', '93']);
    expect(root.querySelectorAll('.np-text')).to.have.length(7);
    for (const t of root.querySelectorAll('.np-text')) expect(text(t)).to.equal('not published');
    expect(text(root.querySelector('[part="note"]'))).to.equal('Only 2 of 5 categories are published, so the values are shown as bars, not as a radar.');
    expect(root.querySelector('svg[part="chart"]')!.getAttribute('aria-label')).to.contain('bar chart');
    expect(root.querySelectorAll('.legend li')).to.have.length(3);
    const first = points(el).find((p) => p.getAttribute('tabindex') === '0')!;
    first.focus();
    await el.updateComplete;
    expect(tooltip(el)).to.equal('Communication with the public and participation Cēsis not published');
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(tooltip(el)).to.equal('Customer service and support Cēsis 65');
    expect(tableRows(el)[1]).to.deep.equal(['Customer service and support', '65', 'only Cēsis']);
    expect(tableRows(el)[2]).to.deep.equal(['Open data availability', '93', '93 (average of 4)']);
    await expectAccessible(el);
  });

  it('takes the height of its bars once drawn, not the height of the rings it reserved while loading', async () => {
    const el = document.createElement('eindex-radar') as EIndexRadar;
    el.lang = 'en';
    el.src = '/data/municipalities-2021.json';
    el.entity = 'cesis';
    el.compare = 'average';
    el.style.width = '1200px';
    const loaded = oneEvent(el, 'eindex-load');
    document.body.append(el);
    try {
      await loaded;
      await el.updateComplete;
      const figure = shadow(el).querySelector('figure')!;
      expect(shadow(el).querySelectorAll('[part="bar"]').length).to.be.above(0);
      // At 1200 px the rings' reserve was about 250 px taller than the bars, below the Table button.
      expect(el.getBoundingClientRect().height - figure.getBoundingClientRect().height).to.be.below(1);
      // A ring chart keeps its reserve as its minimum height: the page below never moves.
      const reloaded = oneEvent(el, 'eindex-load');
      el.src = '/data/institutions.json';
      el.entity = 'vtua';
      await reloaded;
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('path.ring').length).to.be.above(0);
      expect(getComputedStyle(el).minHeight).not.to.equal('0px');
    } finally {
      el.remove();
    }
  });

  it('says in Latvian why it draws bars', async () => {
    const { el } = await mount<EIndexRadar>(html`<eindex-radar lang="lv" src="/data/municipalities-2021.json" entity="cesis"></eindex-radar>`);
    expect(text(shadow(el).querySelector('[part="note"]'))).to.equal('Publicētas tikai 2 no 5 kategorijām, tāpēc vērtības parādītas kā joslas, nevis radarā.');
  });

  it('leaves out a comparison where the entity alone published a value, and a whole series that only repeats it, saying so', async () => {
    // VTUA is the only institution of 2022 with category results: the file's average and the
    // best of each category are VTUA's own values.
    const { el } = await mount<EIndexRadar>(html`<eindex-radar lang="en" src="/data/institutions.json" entity="vtua" compare="average best"></eindex-radar>`);
    expect(seriesGroups(el)).to.have.length(1);
    expect(headers(el)).to.deep.equal(['Category', 'State Technical Supervision Agency (VTUA)']);
    expect([...shadow(el).querySelectorAll('[part="note"]')].map((note) => text(note))).to.deep.equal([
      'Average of this file: not shown where only State Technical Supervision Agency (VTUA) published a value; it would only repeat it.',
      'Best in each category: not shown where only State Technical Supervision Agency (VTUA) published a value; it would only repeat it.',
    ]);
    // Cēsis's group: Cēsis alone published customer service, Cēsis and Sigulda open data.
    const { el: cesis } = await mount<EIndexRadar>(html`<eindex-radar lang="lv" src="/data/municipalities-2021.json" entity="cesis" compare="group-average"></eindex-radar>`);
    expect(tableRows(cesis).slice(1, 3)).to.deep.equal([
      ['Klientu apkalpošana un atbalsts', '65', 'tikai Cēsu novada pašvaldība'],
      ['Atvērto datu pieejamība', '93', '93 (vidējais no 2)'],
    ]);
    expect(text(shadow(cesis).querySelectorAll('[part="note"]')[1])).to.equal(
      'Vidējais grupā „Reģionālas nozīmes attīstības centru pašvaldības”: nav parādīts kategorijās, kurās publicēta tikai viena vērtība (Cēsu novada pašvaldība); tas to tikai atkārtotu.');
    const customerService = points(cesis).find((p) => p.dataset['s'] === '1' && p.dataset['c'] === '1')!;
    expect(customerService.classList.contains('missing')).to.equal(true);
    expect(customerService.getAttribute('aria-label')).to.match(/: tikai Cēsu novada pašvaldība$/);
    await expectAccessible(cesis);
  });

  it('fills only the first series, and names the entity without the year its legend adds', async () => {
    const { el } = await mount<EIndexRadar>(html`<eindex-radar lang="en" src="/data/institutions.json" entity="vtua" compare="previous average"></eindex-radar>`);
    const root = shadow(el);
    expect(root.querySelectorAll('path.outline.filled')).to.have.length(1);
    expect(root.querySelector('.series-1 path.outline.filled')).not.to.equal(null);
    expect(text(root.querySelector('figcaption'))).to.equal('State Technical Supervision Agency (VTUA), 2022');
    expect(text(root.querySelector('.legend li'))).to.equal('State Technical Supervision Agency (VTUA) (2022)');
  });

  it('draws the ring values over the series, each clear of every category label', async () => {
    const { el } = await mount<EIndexRadar>(html`<eindex-radar lang="lv" src="/data/fictional.json" entity="velvavas-pilseta" compare="group-average best"></eindex-radar>`);
    const svgEl = shadow(el).querySelector('svg[part="chart"]')!;
    const children = [...svgEl.children];
    const lastSeries = children.map((c) => c.classList.contains('series')).lastIndexOf(true);
    const ringLabels = [...svgEl.querySelectorAll('.ring-label')];
    expect(ringLabels.length).to.be.above(1);
    for (const label of ringLabels) expect(children.indexOf(label.parentElement!)).to.be.above(lastSeries);
  });
});
