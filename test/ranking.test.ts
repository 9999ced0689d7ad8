import { expect, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import '../src/define.js';
import type { EIndexRanking } from '../src/ranking/eindex-ranking.js';
import type { EIndexGauge } from '../src/gauge/eindex-gauge.js';
import { clearDocumentCache } from '../src/data/load.js';
import { captureWarnings, expectAccessible, mount, noticeTexts, shadow } from './helpers/element.js';
import { tinyDocument } from './helpers/docs.js';
import { generateFictional } from '../scripts/fictional.mjs';

const MUNICIPALITIES = '/data/municipalities-2021.json';

function bodyRows(el: Element): HTMLTableRowElement[] {
  return [...shadow(el).querySelectorAll<HTMLTableRowElement>('tbody tr.row')];
}

function cellTexts(row: HTMLTableRowElement): string[] {
  return [...row.cells].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
}

function headerTexts(el: Element): string[] {
  return [...shadow(el).querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼↕]/g, '').replace(/\s+/g, ' ').trim());
}

describe('<eindex-ranking>', () => {
  beforeEach(() => clearDocumentCache());

  describe('misconfiguration: draws with the default and a notice', () => {
    it('limit="ten" shows every row with a notice and one warning', async () => {
      const warnings = captureWarnings();
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking lang="en" limit="ten" .data=${tinyDocument()} columns="rank name total"></eindex-ranking>`);
      expect(bodyRows(el)).to.have.length(6);
      expect(shadow(el).querySelectorAll('[part="more"]'), 'no "show all": nothing is hidden').to.have.length(0);
      expect(noticeTexts(el)).to.deep.equal(['limit="ten": not a whole number above 0; all rows are shown.']);
      expect(warnings).to.deep.equal(['<eindex-ranking> limit="ten": not a whole number above 0; all rows are shown.']);
      await expectAccessible(el);
    });

    it('highlight="gamm" draws without a highlight and suggests gamma, in Latvian', async () => {
      const warnings = captureWarnings();
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking lang="lv" limit="2" highlight="gamm" .data=${tinyDocument()} columns="rank name total"></eindex-ranking>`);
      expect(bodyRows(el).map((row) => row.dataset['id'])).to.deep.equal(['alpha', 'beta']);
      expect(shadow(el).querySelectorAll('tr.highlighted')).to.have.length(0);
      expect(noticeTexts(el)).to.deep.equal([
        'highlight="gamm": 2021. gada izdevumā tāda identifikatora nav; vērtība netiek ņemta vērā. Vai domājāt „gamma”?',
      ]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('highlight="gamm"');
      await expectAccessible(el);
    });

    it('lang="de" on an English page draws in English, as if it were absent, with a notice', async () => {
      const warnings = captureWarnings();
      const page = document.createElement('div');
      page.lang = 'en-GB';
      const el = document.createElement('eindex-ranking');
      el.setAttribute('lang', 'de');
      el.setAttribute('columns', 'rank name total');
      el.data = tinyDocument();
      const loaded = oneEvent(el, 'eindex-load');
      page.append(el);
      document.body.append(page);
      await loaded;
      await el.updateComplete;
      expect(headerTexts(el)).to.deep.equal(['Place', 'Name', 'Total']);
      expect(noticeTexts(el)).to.deep.equal(['lang="de": not a supported language; "en" is used instead. Valid values: lv, en.']);
      expect(warnings).to.have.length(1);
      await expectAccessible(el);
    });

    it('lang="de" draws in Latvian with a notice', async () => {
      const warnings = captureWarnings();
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking lang="de" .data=${tinyDocument()} columns="rank name total"></eindex-ranking>`);
      expect(headerTexts(el)).to.deep.equal(['Vieta', 'Nosaukums', 'Kopvērtējums']);
      expect(noticeTexts(el)).to.deep.equal([
        'lang="de": šī valoda netiek atbalstīta; tā vietā izmantota vērtība „lv”. Derīgās vērtības: lv, en.',
      ]);
      expect(warnings).to.have.length(1);
      await expectAccessible(el);
    });

    it('sort="totl" sorts by total and suggests it; an unknown group is left out; each problem warns once however often the table draws', async () => {
      const warnings = captureWarnings();
      const { el } = await mount<EIndexRanking>(
        html`<eindex-ranking lang="en" sort="totl" group="north west" .data=${tinyDocument()} columns="rank name total"></eindex-ranking>`,
      );
      expect(bodyRows(el).map((row) => row.dataset['id'])).to.deep.equal(['alpha', 'gamma', 'epsilon']);
      expect(noticeTexts(el)).to.deep.equal([
        'sort="totl": not something to sort by; "total" is used instead. Did you mean "total"?',
        'group="west": no such group in this data; it is left out. Valid values: north, south.',
      ]);
      expect(warnings).to.have.length(2);
      // Draw again: a header sort, a selection, a language switch.
      shadow(el).querySelector<HTMLButtonElement>('button.sort[data-sort="name"]')!.click();
      await el.updateComplete;
      bodyRows(el)[1]!.click();
      el.lang = 'lv';
      await el.updateComplete;
      expect(noticeTexts(el)[1]).to.equal('group="west": šajos datos tādas grupas nav; vērtība netiek ņemta vērā. Derīgās vērtības: north, south.');
      expect(warnings, 'no second warning for the same problem').to.have.length(2);
      el.group = 'north wets';
      await el.updateComplete;
      expect(warnings, 'a new value is a new problem').to.have.length(3);
      await expectAccessible(el);
    });

    it('edition="2019" draws the latest edition and suggests the nearest year', async () => {
      const warnings = captureWarnings();
      const { el, detail } = await mount<EIndexRanking>(html`<eindex-ranking lang="en" edition="2019" .data=${tinyDocument()} columns="rank name"></eindex-ranking>`);
      expect(detail.edition).to.equal(2021);
      expect(bodyRows(el)).to.have.length(6);
      expect(noticeTexts(el)).to.deep.equal(['edition="2019": no such edition in this data; "2021" is used instead. Did you mean "2020"?']);
      expect(warnings).to.have.length(1);
      await expectAccessible(el);
    });

    it('shortens a 10 000-character value in the notice and the warning', async () => {
      const warnings = captureWarnings();
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking lang="en" highlight=${'<b>'.repeat(3334)} .data=${tinyDocument()} columns="rank name"></eindex-ranking>`);
      const [notice] = noticeTexts(el);
      expect(notice!.length).to.be.below(120);
      expect(notice).to.match(/^highlight="<b><b>.*…": no such id in the 2021 edition; it is left out\.$/);
      expect(warnings[0]!.length).to.be.below(140);
      expect(shadow(el).querySelectorAll('b'), 'the value stays text').to.have.length(0);
    });

    it('shows no notice for a configuration it can use', async () => {
      const warnings = captureWarnings();
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking lang="en-GB" limit="2" sort="name" group="north" highlight="zeta" edition="2021" .data=${tinyDocument()}></eindex-ranking>`);
      expect(noticeTexts(el)).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('on the real 2021 municipalities', () => {
    it('shows Latvian names and decimal commas, ranks among the file, not-published as text', async () => {
      const { el, detail } = await mount<EIndexRanking>(
        html`<eindex-ranking lang="lv" src=${MUNICIPALITIES} columns="rank name total group-score level"></eindex-ranking>`,
      );
      expect(detail.edition).to.equal(2021);
      const rows = bodyRows(el);
      expect(rows).to.have.length(6);
      const first = cellTexts(rows[0]!);
      expect(first[0]).to.equal('1');
      expect(first[1]).to.contain('Ventspils');
      expect(first[2]).to.equal('64,8');
      expect(first[4]).to.contain('3');
      // Entities with only a group score have no total: they come last, without a place, saying so.
      const last = cellTexts(rows[5]!);
      expect(last[0]).to.contain('bez vietas');
      expect(last[0]).not.to.match(/\d/);
      expect(last[2]).to.equal('nav publicēts');
      for (const row of rows) {
        for (const text of cellTexts(row).slice(2)) expect(text).not.to.match(/^0([,.]0+)?$/);
      }
      expect(shadow(el).querySelector('.note')!.textContent).to.contain('95');
      await expectAccessible(el);
    });

    it('speaks English with a decimal point when the page is English', async () => {
      const wrapper = document.createElement('div');
      wrapper.lang = 'en';
      document.body.append(wrapper);
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking src=${MUNICIPALITIES} columns="rank name total"></eindex-ranking>`);
      wrapper.append(el.parentElement!);
      await el.updateComplete;
      const first = cellTexts(bodyRows(el)[0]!);
      expect(first[1]).to.equal('Ventspils');
      expect(first[2]).to.equal('64.8');
      expect(headerTexts(el)).to.deep.equal(['Place', 'Name', 'Total']);
    });

    it('follows a change of the page language', async () => {
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking src=${MUNICIPALITIES} columns="name total"></eindex-ranking>`);
      expect(headerTexts(el)).to.deep.equal(['Nosaukums', 'Kopvērtējums']);
      el.parentElement!.setAttribute('lang', 'en');
      await oneEventOrUpdate(el);
      expect(headerTexts(el)).to.deep.equal(['Name', 'Total']);
    });
  });

  describe('ranking semantics', () => {
    it('ranks ties as 1, 2=, 2=, 4 (a shared place for screen readers) and keeps unpublished rows last', async () => {
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking lang="en" .data=${tinyDocument()} columns="rank name total"></eindex-ranking>`);
      expect(bodyRows(el).map((row) => cellTexts(row)[0])).to.deep.equal(['1', '2=shared 2nd place', '2=shared 2nd place', '4', '5', '–no place']);
      expect(cellTexts(bodyRows(el)[5]!)[2]).to.equal('not published');
    });

    it('gives places within the chosen groups', async () => {
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking lang="en" group="south" .data=${tinyDocument()} columns="rank name"></eindex-ranking>`);
      expect(bodyRows(el).map((row) => cellTexts(row).join('|'))).to.deep.equal(['1|Beta', '2|Delta', '3|Zeta']);
      expect(shadow(el).querySelector('caption')!.textContent).to.contain('South');
    });

    it('shows an earlier edition and the change column against the one before', async () => {
      const { el, detail } = await mount<EIndexRanking>(
        html`<eindex-ranking lang="en" edition="2020" .data=${tinyDocument()} columns="rank name total change"></eindex-ranking>`,
      );
      expect(detail.edition).to.equal(2020);
      expect(bodyRows(el).map((row) => cellTexts(row)[1])).to.deep.equal(['Beta', 'Alpha', 'Gamma']);
      el.removeAttribute('edition');
      await oneEvent(el, 'eindex-load');
      await el.updateComplete;
      const alpha = bodyRows(el).find((row) => row.dataset['id'] === 'alpha')!;
      expect(cellTexts(alpha)[3]).to.contain('up 1 place');
      const delta = bodyRows(el).find((row) => row.dataset['id'] === 'delta')!;
      expect(cellTexts(delta)[3]).to.equal('new');
    });

    it('limits to the top N, keeps highlighted rows visible and emphasised, and shows all on request', async () => {
      const { el } = await mount<EIndexRanking>(
        html`<eindex-ranking lang="en" limit="2" highlight="zeta" .data=${tinyDocument()} columns="rank name total"></eindex-ranking>`,
      );
      let rows = bodyRows(el);
      expect(rows.map((row) => row.dataset['id'])).to.deep.equal(['alpha', 'beta', 'zeta']);
      expect(rows[2]!.classList.contains('highlighted')).to.equal(true);
      expect(rows[2]!.textContent).to.contain('(highlighted)');
      expect(getComputedStyle(rows[2]!.cells[1]!).fontWeight).to.equal('700');
      const more = shadow(el).querySelector<HTMLButtonElement>('[part="more"]')!;
      expect(more.textContent!.trim()).to.equal('Show all (6)');
      more.click();
      await el.updateComplete;
      rows = bodyRows(el);
      expect(rows).to.have.length(6);
      expect(shadow(el).querySelector('[part="more"]')!.textContent!.trim()).to.equal('Show top 2');
    });

    it('renders markup in names as text and never links a javascript: URL', async () => {
      (window as unknown as { __pwned?: number }).__pwned = undefined;
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking lang="lv" .data=${tinyDocument()} columns="name"></eindex-ranking>`);
      const zeta = bodyRows(el).find((row) => row.dataset['id'] === 'zeta')!;
      expect(zeta.textContent).to.contain('<b>Zeta</b> <img src=x');
      expect(zeta.querySelector('b, img')).to.equal(null);
      expect(zeta.querySelector('a')).to.equal(null);
      const alpha = bodyRows(el).find((row) => row.dataset['id'] === 'alpha')!;
      expect(alpha.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/alfa');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('long lists', () => {
    it('draws a page of rows with the table size in aria-rowcount, and shows more on request', async () => {
      const data = generateFictional({ entities: 300, editions: 1, seed: 7 });
      const last = data.editions[0]!.entities.length;
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking lang="en" .data=${data} columns="rank name total"></eindex-ranking>`);
      const table = shadow(el).querySelector('table')!;
      expect(table.getAttribute('aria-rowcount')).to.equal(String(last + 1));
      let rows = bodyRows(el);
      expect(rows).to.have.length(120);
      expect(rows.map((row) => row.getAttribute('aria-rowindex')).slice(0, 2)).to.deep.equal(['2', '3']);
      const more = shadow(el).querySelector<HTMLButtonElement>('[part="more"]')!;
      expect(more.textContent!.trim()).to.equal(`Show 120 more (120 of ${last} shown)`);
      more.click();
      await el.updateComplete;
      rows = bodyRows(el);
      expect(rows).to.have.length(240);
      expect(rows[239]!.getAttribute('aria-rowindex')).to.equal('241');
    });

    it('draws a screenful first, then the rest of the page a screenful per task', async () => {
      const data = generateFictional({ entities: 300, editions: 1, seed: 7 });
      const el = document.createElement('eindex-ranking');
      el.setAttribute('lang', 'en');
      el.data = data;
      document.body.append(el);
      // Each step is a task of its own, so its rows reach the observer separately.
      const seen: number[] = [];
      const observer = new MutationObserver(() => {
        const count = bodyRows(el).length;
        if (count !== seen[seen.length - 1]) seen.push(count);
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      try {
        await el.updateComplete;
        expect(seen).to.deep.equal([30, 60, 90, 120]);
      } finally {
        observer.disconnect();
        el.remove();
      }
    });

    it('gives a highlighted row beyond the drawn page its true row index', async () => {
      const data = generateFictional({ entities: 300, editions: 1, seed: 7 });
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking lang="en" .data=${data} columns="rank name total"></eindex-ranking>`);
      const ids = bodyRows(el).map((row) => row.dataset['id']);
      const target = data.editions[0]!.entities.find((entity) => !ids.includes(entity.id) && entity.total !== null)!;
      el.setAttribute('highlight', target.id);
      await el.updateComplete;
      const rows = bodyRows(el);
      expect(rows).to.have.length(121);
      const row = rows[120]!;
      expect(row.dataset['id']).to.equal(target.id);
      expect(Number(row.getAttribute('aria-rowindex'))).to.be.greaterThan(121);
      expect(shadow(el).querySelector('tr.gap')).to.not.equal(null);
      await expectAccessible(el);
    });
  });

  describe('interaction', () => {
    it('sorts by a header, sets aria-sort and keeps focus on the header', async () => {
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking lang="en" .data=${tinyDocument()} columns="rank name total"></eindex-ranking>`);
      const nameHeader = (): HTMLTableCellElement => shadow(el).querySelectorAll<HTMLTableCellElement>('thead th')[1]!;
      const totalHeader = (): HTMLTableCellElement => shadow(el).querySelectorAll<HTMLTableCellElement>('thead th')[2]!;
      expect(totalHeader().getAttribute('aria-sort')).to.equal('descending');
      expect(nameHeader().getAttribute('aria-sort')).to.equal('none');
      const button = nameHeader().querySelector('button')!;
      button.focus();
      button.click();
      await el.updateComplete;
      expect(nameHeader().getAttribute('aria-sort')).to.equal('ascending');
      expect(totalHeader().getAttribute('aria-sort')).to.equal('none');
      expect(bodyRows(el).map((row) => row.dataset['id'])).to.deep.equal(['alpha', 'beta', 'delta', 'epsilon', 'gamma', 'zeta']);
      expect(shadow(el).activeElement).to.equal(button);
      button.click();
      await el.updateComplete;
      expect(nameHeader().getAttribute('aria-sort')).to.equal('descending');
      await el.updateComplete;
      const live = shadow(el).querySelector('[aria-live="polite"]')!;
      expect(live.textContent).to.contain('6 results');
    });

    it('selects a row by click, Enter and Space, firing eindex-select', async () => {
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking lang="en" .data=${tinyDocument()} columns="rank name"></eindex-ranking>`);
      const rows = bodyRows(el);
      expect(rows[0]!.tabIndex).to.equal(0);
      expect(rows[1]!.tabIndex).to.equal(-1);

      let event = oneEvent(el, 'eindex-select');
      rows[1]!.click();
      expect((await event).detail).to.deep.equal({ id: 'beta' });

      for (const key of ['Enter', ' ']) {
        event = oneEvent(el, 'eindex-select');
        rows[2]!.focus();
        rows[2]!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        const selected = await event;
        expect(selected.detail).to.deep.equal({ id: 'gamma' });
        expect(selected.bubbles && selected.composed).to.equal(true);
      }
      await el.updateComplete;
      expect(bodyRows(el)[2]!.getAttribute('aria-current')).to.equal('true');
      expect(shadow(el).activeElement).to.equal(bodyRows(el)[2]);

      bodyRows(el)[2]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      await el.updateComplete;
      expect(shadow(el).activeElement).to.equal(bodyRows(el)[3]);
      expect(bodyRows(el)[3]!.tabIndex).to.equal(0);
    });

    it('selects a row by a click on its name, and a followed gauge shows it, staying on the page', async () => {
      const data = tinyDocument();
      const ranking = document.createElement('eindex-ranking') as EIndexRanking;
      ranking.id = 'list';
      ranking.lang = 'en';
      ranking.setAttribute('columns', 'rank name total');
      ranking.data = data;
      const gauge = document.createElement('eindex-gauge') as EIndexGauge;
      gauge.setAttribute('for', 'list');
      gauge.lang = 'en';
      gauge.entity = 'beta';
      gauge.data = data;
      const loaded = Promise.all([oneEvent(ranking, 'eindex-load'), oneEvent(gauge, 'eindex-load')]);
      document.body.append(ranking, gauge);
      await loaded;
      await ranking.updateComplete;
      // Alpha has a website: its name is still plain text, not a link.
      const name = shadow(ranking).querySelector('tr.row[data-id="alpha"] .entity')!;
      expect(name.closest('a')).to.equal(null);
      const selected = oneEvent(ranking, 'eindex-select');
      (name as HTMLElement).click();
      expect((await selected).detail).to.deep.equal({ id: 'alpha' });
      await gauge.updateComplete;
      expect(shadow(gauge).querySelector('[role="meter"]')!.getAttribute('aria-valuenow')).to.equal('64.8');
      await ranking.updateComplete;
      expect(shadow(ranking).querySelector('tr.row[data-id="alpha"]')!.getAttribute('aria-current')).to.equal('true');
    });

    it('links an entity\'s website with a small control of its own, named "Website: {name}", that does not select the row', async () => {
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking lang="en" .data=${tinyDocument()} columns="rank name"></eindex-ranking>`);
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('tbody a')];
      expect(links.map((a) => [a.closest('tr')!.dataset['id'], a.getAttribute('href'), a.textContent!.trim()])).to.deep.equal([
        ['alpha', 'https://example.org/alfa', 'Website: Alpha'],
      ]);
      expect(links[0]!.getAttribute('part')).to.equal('website');
      let selections = 0;
      el.addEventListener('eindex-select', () => (selections += 1));
      // Keep the test page where it is.
      const stay = (event: Event): void => event.preventDefault();
      shadow(el).addEventListener('click', stay);
      links[0]!.click();
      shadow(el).removeEventListener('click', stay);
      expect(selections).to.equal(0);
      await expectAccessible(el);
    });

    it('shows a selected row as strongly as a highlighted one, and differently: a tinted band framed by rules, not a bar and bold', async () => {
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking lang="en" highlight="gamma" .data=${tinyDocument()} columns="rank name total"></eindex-ranking>`);
      const row = (id: string): HTMLTableRowElement => shadow(el).querySelector<HTMLTableRowElement>(`tr.row[data-id="${id}"]`)!;
      row('delta').click();
      await el.updateComplete;
      const plain = getComputedStyle(row('beta').cells[1]!);
      const selected = getComputedStyle(row('delta').cells[1]!);
      const highlighted = getComputedStyle(row('gamma').cells[1]!);
      expect(getComputedStyle(row('delta')).backgroundColor).not.to.equal(getComputedStyle(row('beta')).backgroundColor);
      expect(selected.boxShadow).to.match(/3px/);
      expect(selected.boxShadow).not.to.equal(plain.boxShadow);
      expect(getComputedStyle(row('delta').querySelector('.entity')!).textDecorationLine).to.equal('underline');
      // Not colour alone, and not the highlight's marks: the highlighted row is bold with a ◆.
      expect(highlighted.fontWeight).to.equal('700');
      expect(selected.fontWeight).not.to.equal('700');
      expect(row('delta').querySelector('.mark')).to.equal(null);
      await expectAccessible(el);
    });

    it('draws in-cell bars for scores with `bars`: SVG geometry proportional to the scale, no style attribute', async () => {
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking lang="en" bars .data=${tinyDocument()} columns="rank name total open-data"></eindex-ranking>`);
      const fills = bodyRows(el).map((row) => [...row.querySelectorAll('[part="bar"]')].map((bar) => bar.querySelector('rect.fill')?.getAttribute('width') ?? null));
      expect(fills).to.deep.equal([['64.8', '93'], ['55.5', '80'], ['55.5', null], ['41.3', null], ['30', null], [null, null]]);
      expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
      for (const bar of shadow(el).querySelectorAll('[part="bar"]')) expect(bar.getAttribute('aria-hidden')).to.equal('true');
      el.bars = false;
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('[part="bar"]')).to.have.length(0);
    });

    it('at 320 px puts the default columns in its box: the group under the name, the level as a numbered badge named in full', async () => {
      const box = document.createElement('div');
      box.style.width = '320px';
      document.body.append(box);
      const el = document.createElement('eindex-ranking') as EIndexRanking;
      el.lang = 'lv';
      el.setAttribute('columns', 'rank name group total level');
      el.setAttribute('highlight', 'cesis');
      el.src = MUNICIPALITIES;
      const loaded = oneEvent(el, 'eindex-load');
      box.append(el);
      await loaded;
      await el.updateComplete;
      const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
      expect(scroller.hasAttribute('tabindex')).to.equal(false);
      expect(scroller.parentElement!.classList.contains('narrow')).to.equal(true);
      const cesis = shadow(el).querySelector<HTMLTableRowElement>('tr.row[data-id="cesis"]')!;
      const sub = cesis.querySelector<HTMLElement>('.sub')!;
      expect(sub.textContent).to.equal('Reģionālas nozīmes attīstības centru pašvaldības');
      expect(sub.getBoundingClientRect().top).to.be.greaterThan(cesis.querySelector('.entity')!.getBoundingClientRect().bottom - 1);
      expect(getComputedStyle(shadow(el).querySelector('td.group')!).display).to.equal('none');
      const level = cesis.querySelector<HTMLElement>('td.level')!;
      expect(level.textContent!.trim()).to.equal('3. brieduma līmenis');
      const badge = level.querySelector<HTMLElement>('.narrowable')!;
      expect(badge.dataset['narrow']).to.equal('3');
      // Chromium resolves attr() in computed content, Firefox does not: either way it is drawn.
      expect(getComputedStyle(badge, '::after').content).to.match(/^("3"|attr\(data-narrow\))/);
      expect(level.getBoundingClientRect().width).to.be.lessThan(60);
      await expectAccessible(el);
    });

    it('scrolls more columns than fit inside a focusable, named region, the place and name in view and a shadow at the edge', async () => {
      const box = document.createElement('div');
      box.style.width = '360px';
      document.body.append(box);
      const el = document.createElement('eindex-ranking') as EIndexRanking;
      el.lang = 'en';
      el.setAttribute('columns', 'rank name group total level categories');
      el.data = tinyDocument();
      const loaded = oneEvent(el, 'eindex-load');
      box.append(el);
      await loaded;
      await el.updateComplete;
      const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
      const frame = scroller.parentElement!;
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      expect([scroller.getAttribute('role'), scroller.tabIndex]).to.deep.equal(['region', 0]);
      expect(scroller.getAttribute('aria-label')).to.equal('Fictional data — test, 2021 (the table scrolls sideways)');
      expect(frame.classList.contains('more-after')).to.equal(true);
      expect(frame.classList.contains('more-before')).to.equal(false);
      expect(getComputedStyle(frame, '::after').backgroundImage).to.contain('gradient');
      const row = bodyRows(el)[0]!;
      const left = scroller.getBoundingClientRect().left;
      scroller.scrollLeft = scroller.scrollWidth;
      await oneEvent(scroller, 'scroll');
      expect(row.cells[0]!.getBoundingClientRect().left).to.be.closeTo(left, 1);
      expect(row.cells[1]!.getBoundingClientRect().left).to.be.closeTo(row.cells[0]!.getBoundingClientRect().right, 1);
      expect(frame.classList.contains('more-before')).to.equal(true);
      expect(frame.classList.contains('more-after')).to.equal(false);
      expect(getComputedStyle(row.cells[1]!).boxShadow).not.to.equal('none');
      await expectAccessible(el);
    });

    it('keeps the wide layout where it fits, and takes it back when the box grows', async () => {
      const box = document.createElement('div');
      box.style.width = '1200px';
      document.body.append(box);
      const el = document.createElement('eindex-ranking') as EIndexRanking;
      el.lang = 'lv';
      el.setAttribute('columns', 'rank name group total level');
      el.src = MUNICIPALITIES;
      const loaded = oneEvent(el, 'eindex-load');
      box.append(el);
      await loaded;
      await el.updateComplete;
      const frame = shadow(el).querySelector('.frame')!;
      expect(frame.classList.contains('narrow')).to.equal(false);
      expect(getComputedStyle(shadow(el).querySelector('td.group')!).display).to.equal('table-cell');
      box.style.width = '320px';
      el.requestUpdate();
      await el.updateComplete;
      expect(frame.classList.contains('narrow')).to.equal(true);
      box.style.width = '1200px';
      el.requestUpdate();
      await el.updateComplete;
      expect(frame.classList.contains('narrow')).to.equal(false);
    });

    it('fits again after the last step of a long table: a wide row beyond the first screenful makes it scroll', async () => {
      const box = document.createElement('div');
      box.style.width = '600px';
      document.body.append(box);
      const doc = generateFictional({ entities: 60, editions: 1, seed: 3 }) as unknown as { editions: { entities: { total: number; name: { en: string } }[] }[] };
      const entities = doc.editions[0]!.entities;
      // The lowest total is drawn in the last step only; its name is one word wider than the box.
      entities.reduce((low, entity) => (entity.total < low.total ? entity : low)).name.en = 'W'.repeat(80);
      const el = document.createElement('eindex-ranking') as EIndexRanking;
      el.lang = 'en';
      el.setAttribute('columns', 'rank name total');
      el.data = doc;
      box.append(el);
      await el.updateComplete;
      // Measured in the frame that lays out the last step's rows.
      await new Promise(requestAnimationFrame);
      const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
      expect(bodyRows(el)).to.have.length(60);
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      expect(scroller.parentElement!.className).to.equal('frame narrow scrolls more-after');
      expect(scroller.getAttribute('role')).to.equal('region');
    });

    it('filters by a search that ignores case and diacritics, and announces the count', async () => {
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking lang="lv" search .data=${tinyDocument()} columns="name"></eindex-ranking>`);
      const input = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      expect(input.labels![0]!.textContent).to.contain('Meklēt');
      input.value = 'BETA';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(bodyRows(el).map((row) => row.dataset['id'])).to.deep.equal(['beta']);
      input.value = 'epsi';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      await el.updateComplete;
      expect(bodyRows(el).map((row) => row.dataset['id'])).to.deep.equal(['epsilon']);
      expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).to.equal('1 rezultāts');
      await expectAccessible(el);
    });

    it('downloads what is shown as UTF-8 CSV with a BOM, Latvian style', async () => {
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking lang="lv" download limit="3" .data=${tinyDocument()} columns="rank name total"></eindex-ranking>`);
      const original = URL.createObjectURL;
      let blob: Blob | undefined;
      URL.createObjectURL = (object: Blob | MediaSource) => {
        blob = object as Blob;
        return original.call(URL, object);
      };
      // Keep the browser from really downloading (a download can take focus from the test page).
      let fileName = '';
      // The file is made by a module loaded on the click: wait for its link's click.
      let saved!: () => void;
      const downloaded = new Promise<void>((resolve) => (saved = resolve));
      const stopDownload = (event: Event): void => {
        const link = event.target as HTMLAnchorElement;
        if (link.localName === 'a' && link.hasAttribute('download')) {
          fileName = link.download;
          event.preventDefault();
          saved();
        }
      };
      shadow(el).addEventListener('click', stopDownload, { capture: true });
      try {
        shadow(el).querySelector<HTMLButtonElement>('[part="download"]')!.click();
        await downloaded;
      } finally {
        URL.createObjectURL = original;
        shadow(el).removeEventListener('click', stopDownload, { capture: true });
      }
      expect(fileName).to.equal('e-index-2021.csv');
      expect(blob!.type).to.equal('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await blob!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes.slice(3));
      expect(text.split('\r\n')).to.deep.equal(['Vieta;Nosaukums;Kopvērtējums', '1;Alfa novads;64,8', '2;Bēta pilsēta;55,5', '2;Gamma novads;55,5']);
    });
  });

  describe('states', () => {
    it('reserves space and sets aria-busy while loading, accessibly', async () => {
      const el = document.createElement('eindex-ranking');
      el.setAttribute('src', '/__test__/never');
      el.setAttribute('lang', 'en');
      document.body.append(el);
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      const status = shadow(el).querySelector('.status.loading')!;
      expect(status.textContent).to.contain('Loading');
      expect(status.getBoundingClientRect().height).to.be.greaterThan(100);
      await expectAccessible(el);
    });

    it('says when there is nothing to show', async () => {
      const data = tinyDocument() as { editions: Array<{ entities: unknown[] }> };
      data.editions[1]!.entities = [];
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking lang="en" .data=${data}></eindex-ranking>`);
      expect(shadow(el).querySelector('.status.empty')!.textContent).to.contain('Nothing to show');
      await expectAccessible(el);
    });

    it('refuses an unknown column with the nearest column suggested, one warning and no "try again"', async () => {
      const warnings = captureWarnings();
      const { el, detail } = await mount<EIndexRanking>(html`<eindex-ranking lang="en" columns="name totl" src="/test/fixtures/documents/full.json"></eindex-ranking>`, 'error');
      expect(detail.path).to.equal('columns');
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.querySelector('.message')!.textContent).to.equal('columns="totl": not a column. Did you mean "total"?');
      expect(detail.message).to.equal('columns="totl": not a column. Did you mean "total"?');
      expect(alert.querySelectorAll('button'), 'no "try again": loading again cannot fix an attribute').to.have.length(0);
      expect(warnings).to.deep.equal(['<eindex-ranking> columns="totl": not a column. Did you mean "total"?']);
      el.lang = 'lv';
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"] .message')!.textContent).to.equal('columns="totl": tādas kolonnas nav. Vai domājāt „total”?');
      expect(warnings, 'a language switch does not warn again').to.have.length(1);
      await expectAccessible(el);
    });

    it('lists the columns when no column is near the unknown one', async () => {
      captureWarnings();
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking lang="en" columns="name bogus" .data=${tinyDocument()}></eindex-ranking>`, 'error');
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain(
        'columns="bogus": not a column. Valid values: rank, name, group, total, group-score, level, change, categories, communication, customer-service, …',
      );
    });


    const broken: Array<[string, () => ReturnType<typeof html>, RegExp]> = [
      ['an invalid document', () => html`<eindex-ranking lang="en" .data=${{ ...tinyDocument(), scale: { min: 0, max: 50 } }}></eindex-ranking>`, /editions\[0\]\.entities\[1\]\.total: 60 is above the scale maximum 50/],
      ['malformed inline JSON', () => html`<eindex-ranking lang="en"><script type="application/json">{"schema": "eindex/1",</script></eindex-ranking>`, /not a valid E-index document: The text is not valid JSON \(/],
      ['an HTML page', () => html`<eindex-ranking lang="en" src="/test/fixtures/not-json.html"></eindex-ranking>`, /The file is not JSON: it looks like an HTML page/],
      ['truncated JSON', () => html`<eindex-ranking lang="en" src="/test/fixtures/truncated.json"></eindex-ranking>`, /The file is not valid JSON \(it may be cut short/],
      ['a 404', () => html`<eindex-ranking lang="en" src="/data/no-such-file.json"></eindex-ranking>`, /404/],
      ['a 500', () => html`<eindex-ranking lang="en" src="/__test__/status/500"></eindex-ranking>`, /500/],
    ];
    for (const [what, template, pattern] of broken) {
      it(`shows a localised alert and fires eindex-error for ${what}, while a valid neighbour renders`, async () => {
        const neighbour = document.createElement('eindex-ranking');
        neighbour.data = tinyDocument();
        const neighbourLoaded = oneEvent(neighbour, 'eindex-load');
        document.body.append(neighbour);
        const { el, detail } = await mount<EIndexRanking>(template(), 'error');
        expect(detail.message).to.match(pattern);
        const alert = shadow(el).querySelector('[role="alert"]')!;
        expect(alert.textContent).to.match(pattern);
        expect(alert.getBoundingClientRect().height).to.be.greaterThan(0);
        await neighbourLoaded;
        expect(bodyRows(neighbour)).to.have.length(6);
        await expectAccessible(el);
      });
    }

    it('localises the error message in Latvian', async () => {
      const { el } = await mount<EIndexRanking>(html`<eindex-ranking lang="lv" src="/data/no-such-file.json"></eindex-ranking>`, 'error');
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('404');
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('Mēģināt vēlreiz');
    });

    it('reads an inline JSON document without any request', async () => {
      const json = JSON.stringify(tinyDocument());
      const host = document.createElement('div');
      const el = document.createElement('eindex-ranking');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      el.append(script);
      el.lang = 'en';
      host.append(el);
      const loaded = oneEvent(el, 'eindex-load');
      document.body.append(host);
      await loaded;
      await el.updateComplete;
      expect(bodyRows(el)).to.have.length(6);
    });

    it('makes one request for many elements with the same src', async () => {
      const original = window.fetch;
      let calls = 0;
      window.fetch = (...args: Parameters<typeof fetch>) => {
        calls += 1;
        return original.apply(window, args);
      };
      try {
        const elements = [1, 2, 3, 4].map(() => {
          const el = document.createElement('eindex-ranking');
          el.setAttribute('src', MUNICIPALITIES);
          return el;
        });
        const loads = elements.map((el) => oneEvent(el, 'eindex-load'));
        document.body.append(...elements);
        await Promise.all(loads);
        expect(calls).to.equal(1);
      } finally {
        window.fetch = original;
      }
    });
  });
});

/** Waits for the element's re-render after a change elsewhere in the page (an observer callback). */
async function oneEventOrUpdate(el: EIndexRanking): Promise<void> {
  // The lang observer is a MutationObserver: its callback runs as a microtask after the change.
  await Promise.resolve();
  await el.updateComplete;
}
