import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import '../src/ranking/define.js';
import '../src/gauge/define.js';
import type { EIndexGauge } from '../src/gauge/eindex-gauge.js';
import type { EIndexRanking } from '../src/ranking/eindex-ranking.js';
import { clearDocumentCache } from '../src/data/load.js';
import { captureWarnings, expectAccessible, mount, noticeTexts, shadow } from './helpers/element.js';
import { tinyDocument } from './helpers/docs.js';

const meter = (el: Element) => shadow(el).querySelector('[part="meter"]')!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The tiny document with level thresholds, so bands are drawn. */
function withThresholds(): Record<string, unknown> {
  const d = tinyDocument() as { levels: { level: number; min?: number }[] };
  d.levels.forEach((level, i) => (level.min = [0, 40, 60][i]));
  return d as unknown as Record<string, unknown>;
}

describe('<eindex-gauge>', () => {
  beforeEach(() => clearDocumentCache());

  describe('misconfiguration', () => {
    it('entity="cesu-novads" is an error that suggests cesis, with one warning and no "try again"', async () => {
      const warnings = captureWarnings();
      const { el, detail } = await mount<EIndexGauge>(
        html`<eindex-gauge lang="lv" src="/data/municipalities-2021.json" entity="cesu-novads"></eindex-gauge>`, 'error',
      );
      const message = 'entity="cesu-novads": 2021. gada izdevumā tāda identifikatora nav. Vai domājāt „cesis”?';
      expect(detail).to.deep.equal({ message, path: 'entity' });
      expect(text(shadow(el).querySelector('[role="alert"] .message'))).to.equal(message);
      expect(shadow(el).querySelectorAll('[role="alert"] button')).to.have.length(0);
      expect(shadow(el).querySelectorAll('[part="meter"]')).to.have.length(0);
      expect(warnings).to.deep.equal([`<eindex-gauge> ${message}`]);
      await expectAccessible(el);
    });

    it('value="abc" draws the entity\'s total with a notice', async () => {
      const warnings = captureWarnings();
      const { el } = await mount<EIndexGauge>(html`<eindex-gauge lang="en" value="abc" entity="alpha" .data=${tinyDocument()}></eindex-gauge>`);
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('64.8');
      expect(noticeTexts(el)).to.deep.equal(['value="abc": not a number; it is left out.']);
      expect(warnings).to.have.length(1);
      await expectAccessible(el);
    });

    it('value="abc" with no data says so above the "no data" message, in the page\'s language', async () => {
      const warnings = captureWarnings();
      const el = await fixture<EIndexGauge>(html`<eindex-gauge lang="lv" value="abc"></eindex-gauge>`);
      await el.updateComplete;
      expect(noticeTexts(el)).to.deep.equal(['value="abc": nav skaitlis; vērtība netiek ņemta vērā.']);
      expect(shadow(el).querySelectorAll('[part="meter"]')).to.have.length(0);
      expect(shadow(el).querySelector('[part~="status"]')).to.not.equal(null);
      expect(warnings).to.have.length(1);
      await expectAccessible(el);
    });

    it('an unknown entity beside a value is left out with a notice; the value is drawn', async () => {
      const warnings = captureWarnings();
      const { el } = await mount<EIndexGauge>(html`<eindex-gauge lang="en" value="50" entity="gamm" .data=${tinyDocument()}></eindex-gauge>`);
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('50');
      expect(noticeTexts(el)).to.deep.equal(['entity="gamm": no such id in the 2021 edition; it is left out. Did you mean "gamma"?']);
      expect(warnings).to.have.length(1);
      await expectAccessible(el);
    });

    it('lang="de" on a gauge with a value alone draws in Latvian with a notice', async () => {
      const warnings = captureWarnings();
      const el = await fixture<EIndexGauge>(html`<eindex-gauge lang="de" value="64.8"></eindex-gauge>`);
      expect(meter(el).getAttribute('aria-valuetext')).to.equal('64,8 punkti no 100');
      expect(noticeTexts(el)).to.deep.equal([
        'lang="de": šī valoda netiek atbalstīta; tā vietā izmantota vērtība „lv”. Derīgās vērtības: lv, en.',
      ]);
      expect(warnings).to.have.length(1);
      await expectAccessible(el);
    });

    it('edition="twenty" draws the latest edition and lists the years', async () => {
      const warnings = captureWarnings();
      const { el, detail } = await mount<EIndexGauge>(html`<eindex-gauge lang="en" edition="twenty" entity="alpha" .data=${tinyDocument()}></eindex-gauge>`);
      expect(detail.edition).to.equal(2021);
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('64.8');
      expect(noticeTexts(el)).to.deep.equal(['edition="twenty": no such edition in this data; "2021" is used instead. Valid values: 2020, 2021.']);
      expect(warnings).to.have.length(1);
      await expectAccessible(el);
    });
  });

  it('is a meter with a value alone, no data needed, in the Latvian number format', async () => {
    const el = await fixture<EIndexGauge>(html`<eindex-gauge lang="lv" value="64.8"></eindex-gauge>`);
    const m = meter(el);
    expect(m.getAttribute('role')).to.equal('meter');
    expect(m.getAttribute('aria-valuenow')).to.equal('64.8');
    expect(m.getAttribute('aria-valuemin')).to.equal('0');
    expect(m.getAttribute('aria-valuemax')).to.equal('100');
    expect(m.getAttribute('aria-valuetext')).to.equal('64,8 punkti no 100');
    expect(m.getAttribute('aria-label')).to.equal('E-indekss');
    expect(text(shadow(el).querySelector('[part="value"]'))).to.equal('64,8');
    await expectAccessible(el);
  });

  it('names the entity\'s level in aria-valuetext, formatted for lv and en', async () => {
    const { el } = await mount<EIndexGauge>(html`<eindex-gauge lang="lv" .data=${tinyDocument()} entity="alpha"></eindex-gauge>`);
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('64,8 punkti no 100, 3. līmenis');
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('64.8');
    expect(meter(el).getAttribute('aria-label')).to.equal('Alfa novads: E-indekss 2021');
    expect(text(shadow(el).querySelector('.level-name'))).to.equal('3. līmenis');
    await expectAccessible(el);

    const { el: en } = await mount<EIndexGauge>(html`<eindex-gauge lang="en" .data=${tinyDocument()} entity="delta"></eindex-gauge>`);
    expect(meter(en).getAttribute('aria-valuetext')).to.equal('41.25 points of 100, Level 1');
    expect(text(shadow(en).querySelector('[part="value"]'))).to.equal('41.25');
    await expectAccessible(en);
  });

  it('draws the published average as a reference tick and says what it is', async () => {
    const { el } = await mount<EIndexGauge>(html`<eindex-gauge lang="lv" .data=${tinyDocument()} entity="alpha"></eindex-gauge>`);
    expect(shadow(el).querySelector('[part="average"]')).not.to.equal(null);
    expect(text(shadow(el).querySelector('[part="average"] text'))).to.equal('vidēji 51,5');
    expect(text(shadow(el).querySelector('[part="note"]'))).to.equal('Publicētais vidējais no 6 vērtētajiem: 51,5.');
  });

  it('draws no average tick when the edition publishes none', async () => {
    const { el } = await mount<EIndexGauge>(html`<eindex-gauge lang="lv" .data=${tinyDocument()} edition="2020" entity="alpha"></eindex-gauge>`);
    expect(shadow(el).querySelector('[part="average"]')).to.equal(null);
  });

  it('draws level bands only when every level declares min, each labelled', async () => {
    const { el } = await mount<EIndexGauge>(html`<eindex-gauge lang="lv" .data=${tinyDocument()} entity="alpha"></eindex-gauge>`);
    expect(shadow(el).querySelectorAll('[part="band"]')).to.have.length(0);
    const { el: banded } = await mount<EIndexGauge>(
      html`<eindex-gauge lang="lv" style="width: 480px" .data=${withThresholds()} entity="beta"></eindex-gauge>`,
    );
    const bands = [...shadow(banded).querySelectorAll('[part="band"]')];
    expect(bands.map((band) => text(band))).to.deep.equal(['1. līmenis', '2. līmenis', '3. līmenis']);
    expect(meter(banded).getAttribute('aria-valuetext')).to.equal('55,5 punkti no 100, 2. līmenis');
    await expectAccessible(banded);
  });

  it('asks for an entity, saying what it would show, until one is chosen', async () => {
    const { el } = await mount<EIndexGauge>(html`<eindex-gauge lang="en" .data=${tinyDocument()}></eindex-gauge>`);
    expect(text(shadow(el).querySelector('.status.empty'))).to.equal(
      'Choose an institution or municipality to see its E-index total and maturity level.',
    );
    expect(meter(el)).to.equal(null);
    await expectAccessible(el);
  });

  it('says "not published" for an entity without a total, never 0, and is then no meter', async () => {
    const { el } = await mount<EIndexGauge>(html`<eindex-gauge lang="lv" .data=${tinyDocument()} entity="epsilon"></eindex-gauge>`);
    const m = meter(el);
    expect(m.getAttribute('role')).to.equal('img');
    expect(m.getAttribute('aria-label')).to.equal('Ēpsilons: E-indekss 2021: nav publicēts');
    expect(text(shadow(el).querySelector('[part="value"]'))).to.equal('nav publicēts');
    expect(shadow(el).querySelector('[part="marker"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('follows the selection of a ranking named by for', async () => {
    const data = tinyDocument();
    const ranking = document.createElement('eindex-ranking') as EIndexRanking;
    ranking.id = 'list';
    ranking.lang = 'en';
    ranking.data = data;
    const gauge = document.createElement('eindex-gauge') as EIndexGauge;
    gauge.setAttribute('for', 'list');
    gauge.lang = 'en';
    gauge.entity = 'alpha';
    gauge.data = data;
    const loaded = oneEvent(gauge, 'eindex-load');
    document.body.append(ranking, gauge);
    await loaded;
    await ranking.updateComplete;
    expect(meter(gauge).getAttribute('aria-valuenow')).to.equal('64.8');
    shadow(ranking).querySelector<HTMLTableRowElement>('tbody tr.row[data-id="delta"]')!.click();
    await gauge.updateComplete;
    expect(meter(gauge).getAttribute('aria-valuenow')).to.equal('41.25');
    expect(text(shadow(gauge).querySelector('figcaption'))).to.equal('Delta, 2021');
  });

  it('reserves its final height while loading', async () => {
    const el = document.createElement('eindex-gauge') as EIndexGauge;
    el.src = '/__test__/never';
    el.style.width = '320px';
    document.body.append(el);
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.above(200);
  });

  it('writes the thresholds at the band edges when every level declares min, and only then', async () => {
    const ticks = (el: Element) => [...shadow(el).querySelectorAll('text.tick')].map((t) => text(t));
    const { el } = await mount<EIndexGauge>(html`<eindex-gauge lang="lv" style="width: 320px" .data=${withThresholds()} entity="beta"></eindex-gauge>`);
    expect(ticks(el)).to.deep.equal(['0', '40', '60', '100']);
    const { el: plain } = await mount<EIndexGauge>(html`<eindex-gauge lang="lv" style="width: 320px" .data=${tinyDocument()} entity="beta"></eindex-gauge>`);
    expect(ticks(plain)).to.deep.equal(['0', '100']);
  });

  it('draws a value above the scale at its end and names it in a visible note', async () => {
    const el = await fixture<EIndexGauge>(html`<eindex-gauge lang="en" value="120"></eindex-gauge>`);
    const note = shadow(el).querySelector('.out-of-scale');
    expect(text(note)).to.equal('120 is above the scale maximum 100; the marker is at the end of the scale.');
    expect(getComputedStyle(note!).display).not.to.equal('none');
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('100');
    expect(text(shadow(el).querySelector('[part="value"]'))).to.equal('120');
    const line = shadow(el).querySelector('[part="marker"] line')!;
    const track = shadow(el).querySelector('[part="track"]')!.getBoundingClientRect();
    // At 3 o'clock: the marker is level with the track's bottom, at its right end.
    expect(line.getBoundingClientRect().right).to.be.closeTo(track.right, 6);
    const lv = await fixture<EIndexGauge>(html`<eindex-gauge lang="lv" value="-5"></eindex-gauge>`);
    expect(text(shadow(lv).querySelector('.out-of-scale'))).to.equal('-5 ir zem skalas minimuma 0; rādītājs ir skalas sākumā.');
    const inside = await fixture<EIndexGauge>(html`<eindex-gauge lang="en" value="100"></eindex-gauge>`);
    expect(shadow(inside).querySelector('.out-of-scale')).to.equal(null);
    await expectAccessible(el);
  });
});
