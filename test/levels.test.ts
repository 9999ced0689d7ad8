import { expect, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import '../src/levels/define.js';
import type { EIndexLevels } from '../src/levels/eindex-levels.js';
import { clearDocumentCache } from '../src/data/load.js';
import { expectAccessible, mount, shadow } from './helpers/element.js';
import { tinyDocument } from './helpers/docs.js';

type Doc = { editions: { year: number; summary?: Record<string, unknown> }[] };

/** The tiny document whose 2021 edition also publishes level counts for the whole study (fictional). */
function published(): Record<string, unknown> {
  const d = tinyDocument() as unknown as Doc;
  d.editions[1]!.summary = { entities: 40, average: 51.5, levels: { 1: 10, 2: 24, 3: 6 } };
  return d as unknown as Record<string, unknown>;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: Element) => [...shadow(el).querySelectorAll('table tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));
const segments = (el: Element) => [...shadow(el).querySelectorAll('[part="segment"]')].map((s) => text(s.querySelector('text')));
const headings = (el: Element) => [...shadow(el).querySelectorAll('.heading')].map((h) => text(h)).join(' ');

describe('<eindex-levels>', () => {
  beforeEach(() => clearDocumentCache());

  it('shows published counts as published, with their total, on the segments or beside them', async () => {
    const { el } = await mount<EIndexLevels>(html`<eindex-levels lang="lv" .data=${published()}></eindex-levels>`);
    expect(headings(el)).to.equal('2021: kā publicēts, novērtētas 40');
    expect(segments(el)).to.deep.equal(['1. līm.: 10 · 25 %', '2. līm.: 24 · 60 %', '3. līm.: 6 · 15 %']);
    expect(rows(el)).to.deep.equal([['2021 kā publicēts, novērtētas 40', '10 (25 %)', '24 (60 %)', '6 (15 %)']]);
    expect([...shadow(el).querySelectorAll('.legend li')].map((li) => text(li))).to.deep.equal(['1. līmenis', '2. līmenis', '3. līmenis']);
    await expectAccessible(el);
  });

  it('counts from the file\'s entities where the edition publishes no counts, and says how many it counted', async () => {
    const { el } = await mount<EIndexLevels>(html`<eindex-levels lang="en" .data=${tinyDocument()}></eindex-levels>`);
    // 2021: alpha 3, beta 2, delta 1 have a level; gamma, epsilon and zeta have none.
    expect(headings(el)).to.equal('2021: counted from the 3 entities in this file (3 without a published level left out)');
    expect(rows(el)[0]!.slice(1)).to.deep.equal(['1 (33 %)', '1 (33 %)', '1 (33 %)']);
    await expectAccessible(el);
  });

  it('counts from the file when a group narrows the view, even where counts are published for the whole study', async () => {
    const { el } = await mount<EIndexLevels>(html`<eindex-levels lang="en" .data=${published()} group="north"></eindex-levels>`);
    expect(headings(el)).to.contain('counted from the 1 entities in this file');
    expect(rows(el)[0]!.slice(1)).to.deep.equal(['0 (0 %)', '0 (0 %)', '1 (100 %)']);
  });

  it('marks where the entity stands, and says so in the table', async () => {
    const { el } = await mount<EIndexLevels>(html`<eindex-levels lang="en" .data=${published()} entity="beta"></eindex-levels>`);
    const mark = shadow(el).querySelector('[part="marker"]')!;
    expect(text(mark)).to.equal('Beta: Level 2');
    const tip = /L([\d.]+),[\d.]+Z$/.exec(mark.querySelector('path')!.getAttribute('d')!)!;
    const level2 = shadow(el).querySelector('.segment.level-2 rect')!;
    const x = Number(level2.getAttribute('x'));
    expect(Number(tip[1])).to.be.closeTo(x + Number(level2.getAttribute('width')) / 2, 0.01);
    expect(rows(el)[0]![0]).to.contain('Beta: Level 2');
    await expectAccessible(el);
  });

  it('says when the marked entity has no published level', async () => {
    const { el } = await mount<EIndexLevels>(html`<eindex-levels lang="en" .data=${published()} entity="gamma"></eindex-levels>`);
    expect(shadow(el).querySelector('[part="marker"]')).to.equal(null);
    expect(headings(el)).to.contain('Gamma: level not published');
  });

  it('draws one bar per edition with editions="all"; an edition without levels says "not published", never 0 %', async () => {
    const { el } = await mount<EIndexLevels>(html`<eindex-levels lang="lv" .data=${published()} editions="all"></eindex-levels>`);
    expect(shadow(el).querySelectorAll('[part="bar"]')).to.have.length(2);
    expect(rows(el)[0]).to.deep.equal(['2020 brieduma līmeņi nav publicēti', 'nav publicēts', 'nav publicēts', 'nav publicēts']);
    expect(text(shadow(el).querySelector('[part="bar"] .np'))).to.equal('brieduma līmeņi nav publicēti');
    expect(segments(el)).to.have.length(3);
    await expectAccessible(el);
  });

  it('says "not published" in an empty bar too narrow for the whole phrase, and keeps it inside the element (160 px)', async () => {
    const box = document.createElement('div');
    box.style.width = '160px';
    document.body.append(box);
    const el = document.createElement('eindex-levels');
    el.setAttribute('lang', 'lv');
    el.setAttribute('editions', 'all');
    el.data = published();
    const loaded = oneEvent(el, 'eindex-load');
    box.append(el);
    await loaded;
    await el.updateComplete;
    const none = shadow(el).querySelector<SVGTextElement>('[part="bar"] .np')!;
    expect(text(none)).to.equal('nav publicēts');
    expect(none.getBoundingClientRect().right, 'inside the element').to.be.at.most(el.getBoundingClientRect().right);
  });

  it('draws the 2022 institutions as published: 25, 83 and 7 of 115', async () => {
    const { el } = await mount<EIndexLevels>(html`<eindex-levels lang="en" src="/data/institutions.json"></eindex-levels>`);
    expect(headings(el)).to.equal('2022: as published, 115 assessed');
    expect(rows(el)[0]!.slice(1)).to.deep.equal(['25 (22 %)', '83 (72 %)', '7 (6 %)']);
    await expectAccessible(el);
  });

  it('is empty, saying why, when no edition shown has levels published or counted', async () => {
    const { el } = await mount<EIndexLevels>(html`<eindex-levels lang="en" .data=${tinyDocument()} edition="2020"></eindex-levels>`);
    expect(text(shadow(el).querySelector('.status.empty'))).to.equal('No maturity levels are published for this view, and no entity in this file has a level.');
    await expectAccessible(el);
  });

  it('shows the table with the "Table" button', async () => {
    const { el } = await mount<EIndexLevels>(html`<eindex-levels lang="en" .data=${published()}></eindex-levels>`);
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    expect(text(button)).to.equal('Table');
    button.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('#data')!.classList.contains('visually-hidden')).to.equal(false);
    await expectAccessible(el);
  });

  it('draws with the default and a notice for an unknown group, entity or editions value', async () => {
    for (const [attrs, attribute] of [[{ group: 'nort' }, 'group="nort"'], [{ entity: 'omega' }, 'entity="omega"'], [{ editions: 'al' }, 'editions="al"']] as const) {
      const el = document.createElement('eindex-levels') as EIndexLevels;
      el.lang = 'en';
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.data = published();
      const loaded = oneEvent(el, 'eindex-load');
      document.body.append(el);
      await loaded;
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[part~="notice"]'))).to.contain(attribute);
      expect(segments(el)).to.have.length(3);
      await expectAccessible(el);
    }
  });
});
