import { expect, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import '../src/ranking/define.js';
import '../src/trend/define.js';
import type { EIndexTrend } from '../src/trend/eindex-trend.js';
import type { EIndexRanking } from '../src/ranking/eindex-ranking.js';
import { clearDocumentCache } from '../src/data/load.js';
import { expectAccessible, mount, shadow } from './helpers/element.js';
import { trendDocument } from './helpers/docs.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const points = (el: Element) => [...shadow(el).querySelectorAll<SVGGElement>('[part="point"]')];
const tableRows = (el: Element) => [...shadow(el).querySelectorAll('table tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));
const headers = (el: Element) => [...shadow(el).querySelectorAll('table thead th')].map((th) => text(th));
const tooltip = (el: Element) => [...shadow(el).querySelectorAll('.tooltip tspan')].map((t) => text(t)).join(' | ');

describe('<eindex-trend>', () => {
  beforeEach(() => clearDocumentCache());

  it('draws a point per published edition, a gap (no 0, no solid line) for the unpublished one, and a table in the Latvian format', async () => {
    const { el } = await mount<EIndexTrend>(html`<eindex-trend lang="lv" .data=${trendDocument()} entity="alpha"></eindex-trend>`);
    const series = shadow(el).querySelector('g.series')!;
    expect(points(el)).to.have.length(3);
    expect(points(el).map((p) => p.getAttribute('aria-label'))).to.deep.equal([
      'Alfa novads, 2020: 50', 'Alfa novads, 2021: 64,8', 'Alfa novads, 2023: 71,25',
    ]);
    // 2020–2021 solid; 2021 to 2023 over the gap only as a dotted bridge.
    expect(series.querySelectorAll('path.line')).to.have.length(1);
    expect(series.querySelectorAll('[part="bridge"]')).to.have.length(1);
    expect(text(shadow(el).querySelector('.legend'))).to.contain('nav publicēts starp');
    expect(headers(el)).to.deep.equal(['Gads', 'Alfa novads']);
    expect(tableRows(el)).to.deep.equal([['2020', '50'], ['2021', '64,8'], ['2022', 'nav publicēts'], ['2023', '71,25']]);
    expect(text(shadow(el).querySelector('figcaption'))).to.equal('Alfa novads: kopvērtējums pa gadiem');
    await expectAccessible(el);
  });

  it('adds an average that says what it averages: the published one only, where any edition publishes one', async () => {
    const { el } = await mount<EIndexTrend>(html`<eindex-trend lang="en" .data=${trendDocument()} entity="alpha" compare="average"></eindex-trend>`);
    expect(headers(el)).to.deep.equal(['Year', 'Alpha', 'Published average']);
    const rows = tableRows(el);
    expect(rows[1]).to.deep.equal(['2021', '64.8', '51.5 (published average of 6 assessed)']);
    expect(rows[0]![2]).to.equal('not published');
    expect(rows[3]![2]).to.equal('52.5 (published average of 6 assessed)');
    await expectAccessible(el);
  });

  it('without any published average, averages the entities shown and says how many', async () => {
    const d = trendDocument() as unknown as { editions: { summary?: unknown }[] };
    for (const e of d.editions) delete e.summary;
    const { el } = await mount<EIndexTrend>(html`<eindex-trend lang="en" .data=${d} entity="alpha" compare="group-average"></eindex-trend>`);
    expect(headers(el)[2]).to.equal('Average of group “North”');
    // 2020, group North: alpha 50 and gamma 40.
    expect(tableRows(el)[0]![2]).to.equal('45 (average of 2 shown)');
  });

  it('leaves out an average of the entity alone, with a note, and keeps the years it averages others', async () => {
    const d = trendDocument() as unknown as { editions: { summary?: unknown; entities: { id: string; total: number | null }[] }[] };
    for (const e of d.editions) delete e.summary;
    // 2020: alpha is the only one of its group with a total; 2021 averages alpha with another.
    for (const entity of d.editions[0]!.entities) if (entity.id !== 'alpha') entity.total = null;
    const { el } = await mount<EIndexTrend>(html`<eindex-trend lang="en" .data=${d} entity="alpha" compare="average"></eindex-trend>`);
    expect(headers(el)).to.deep.equal(['Year', 'Alpha', 'Average']);
    const rows = tableRows(el);
    expect(rows[0]).to.deep.equal(['2020', '50', 'only Alpha']);
    expect(rows[1]![2]).to.match(/^[\d.]+ \(average of \d+ shown\)$/);
    expect(text(shadow(el).querySelector('.note'))).to.equal('Average: not shown in the years where only Alpha has a value; it would only repeat it.');
    await expectAccessible(el);
  });

  it('draws no average line for VTUA\'s customer service: in 2017 and 2022 it is the only institution with a value', async () => {
    const { el } = await mount<EIndexTrend>(html`<eindex-trend lang="lv" src="/data/institutions.json" entity="vtua" measure="customer-service" compare="average group-average"></eindex-trend>`);
    expect(shadow(el).querySelectorAll('g.series')).to.have.length(1);
    expect(headers(el)).to.deep.equal(['Gads', 'Valsts tehniskās uzraudzības aģentūra']);
    expect([...shadow(el).querySelectorAll('.note')].map((note) => text(note))).to.deep.equal([
      'Vidējais: nav parādīts gados, kuros vērtība ir tikai vienai vienībai (Valsts tehniskās uzraudzības aģentūra); tas to tikai atkārtotu.',
      'Vidējais grupā „Valsts iestādes”: nav parādīts gados, kuros vērtība ir tikai vienai vienībai (Valsts tehniskās uzraudzības aģentūra); tas to tikai atkārtotu.',
    ]);
    await expectAccessible(el);
  });

  it('draws places with 1 at the top, and says they are places within the file', async () => {
    const { el } = await mount<EIndexTrend>(html`<eindex-trend lang="en" .data=${trendDocument()} entity="alpha" measure="rank"></eindex-trend>`);
    // 2020: beta 60 > alpha 50 → 2nd; 2021: alpha first.
    expect(tableRows(el).map((r) => r[1])).to.deep.equal(['place 2', 'place 1', 'not published', 'place 1']);
    const [second, first] = points(el).map((p) => Number(/translate\([\d.]+ ([\d.]+)\)/.exec(p.getAttribute('transform')!)![1]));
    expect(first!).to.be.lessThan(second!);
    expect(text(shadow(el).querySelector('[part="note"]'))).to.contain('not in the whole study');
    await expectAccessible(el);
  });

  it('shows a category as the measure, with its name in the caption', async () => {
    const { el } = await mount<EIndexTrend>(html`<eindex-trend lang="en" .data=${trendDocument()} entity="alpha" measure="open-data"></eindex-trend>`);
    expect(text(shadow(el).querySelector('figcaption'))).to.equal('Alpha: Open data availability by year');
    expect(tableRows(el).map((r) => r[1])).to.deep.equal(['not published', '93', '93', '93']);
  });

  it('moves between points with the arrow keys, each with a tooltip; ↓ goes to the next series', async () => {
    const { el } = await mount<EIndexTrend>(html`<eindex-trend lang="lv" .data=${trendDocument()} entity="alpha" compare="beta"></eindex-trend>`);
    const focusable = points(el).filter((p) => p.getAttribute('tabindex') === '0');
    expect(focusable).to.have.length(1);
    focusable[0]!.focus();
    await el.updateComplete;
    expect(tooltip(el)).to.equal('2020 | Alfa novads | 50');
    focusable[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(shadow(el).activeElement!.getAttribute('data-p')).to.equal('1');
    expect(tooltip(el)).to.equal('2021 | Alfa novads | 64,8');
    shadow(el).activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(tooltip(el)).to.equal('2023 | Alfa novads | 71,25');
    shadow(el).activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(tooltip(el)).to.equal('2023 | Bēta pilsēta | 57,5');
    shadow(el).activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    expect(shadow(el).querySelector('.tooltip')).to.equal(null);
    await expectAccessible(el);
  });

  it('shows the table with the visible "Table" button', async () => {
    const { el } = await mount<EIndexTrend>(html`<eindex-trend lang="en" .data=${trendDocument()} entity="alpha"></eindex-trend>`);
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    expect(text(button)).to.equal('Table');
    expect(shadow(el).querySelector('#data')!.classList.contains('visually-hidden')).to.equal(true);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(el).querySelector('#data')!.getAttribute('role')).to.equal('region');
    expect(shadow(el).querySelector('#data')!.classList.contains('visually-hidden')).to.equal(false);
    await expectAccessible(el);
  });

  it('reports an unknown entity as a configuration error naming the attribute', async () => {
    const { el, detail } = await mount<EIndexTrend>(html`<eindex-trend lang="en" .data=${trendDocument()} entity="omega"></eindex-trend>`, 'error');
    expect(detail.path).to.equal('entity');
    expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('entity="omega"');
    await expectAccessible(el);
  });

  it('draws without an unknown compare token and with the total for an unknown measure, and says so in a notice', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const { el } = await mount<EIndexTrend>(html`<eindex-trend lang="en" .data=${trendDocument()} entity="alpha" compare="worst average" measure="rang"></eindex-trend>`);
      expect(headers(el)).to.deep.equal(['Year', 'Alpha', 'Published average']);
      expect(tableRows(el)[1]![1]).to.equal('64.8');
      const notices = [...shadow(el).querySelectorAll('[part="notice"]')].map((n) => text(n));
      expect(notices).to.have.length(2);
      expect(notices[0]).to.contain('compare="worst"').and.contain('left out');
      expect(notices[1]).to.contain('measure="rang"').and.contain('"total" is used instead').and.contain('Did you mean "rank"?');
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings, 'one warning per problem, not per render').to.have.length(2);
      await expectAccessible(el);
    } finally {
      console.warn = warn;
    }
  });

  it('asks for an entity when none is given', async () => {
    const { el } = await mount<EIndexTrend>(html`<eindex-trend lang="en" .data=${trendDocument()}></eindex-trend>`);
    expect(text(shadow(el).querySelector('.status.empty'))).to.contain('Choose an institution');
    await expectAccessible(el);
  });

  it('follows the selection of a ranking named by for', async () => {
    const data = trendDocument();
    const ranking = document.createElement('eindex-ranking') as EIndexRanking;
    ranking.id = 'table';
    ranking.lang = 'en';
    ranking.data = data;
    const trend = document.createElement('eindex-trend') as EIndexTrend;
    trend.setAttribute('for', 'table');
    trend.lang = 'en';
    trend.entity = 'alpha';
    trend.data = data;
    const loaded = oneEvent(trend, 'eindex-load');
    document.body.append(ranking, trend);
    await loaded;
    await ranking.updateComplete;
    shadow(ranking).querySelector<HTMLTableRowElement>('tbody tr.row[data-id="beta"]')!.click();
    await trend.updateComplete;
    expect(headers(trend)[1]).to.equal('Beta');
  });

  it('draws the Central Statistical Bureau\'s published series: 61,4 → 63,7 → 72,5, then gaps', async () => {
    const { el } = await mount<EIndexTrend>(html`<eindex-trend lang="lv" src="/data/institutions.json" entity="csp" compare="vtua"></eindex-trend>`);
    const rows = tableRows(el);
    expect(rows.map((r) => r[1])).to.deep.equal(['61,4', '63,7', '72,5', 'nav publicēts', 'nav publicēts']);
    expect(rows.map((r) => r[2])).to.deep.equal(['67,4', 'nav publicēts', 'nav publicēts', 'nav publicēts', '66,8']);
    await expectAccessible(el);
  });
});
