/**
 * What a screen reader gets. In Chromium, the browser's own accessibility tree (through
 * puppeteer, test/a11y/a11y-plugin.mjs) is compared with a stored snapshot per element
 * (test/a11y/snapshots/<name>.json; a difference writes <name>-changed.json, UPDATE_SNAPSHOTS=1
 * accepts it), and the key facts are asserted on that tree. Other engines expose no tree to the
 * runner, so there the same facts are asserted on the ARIA semantics in the DOM.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { html, render, type TemplateResult } from 'lit';
import { clearDocumentCache } from '../../src/data/load.js';
import { oneEvent } from '@open-wc/testing';
import { engine } from './env.js';
import { fullDocument } from './fixtures.js';

interface AXNode {
  role: string;
  name?: string;
  value?: string | number;
  valuetext?: string;
  valuemin?: number;
  valuemax?: number;
  description?: string;
  expanded?: boolean;
  children?: AXNode[];
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

async function mountWithId<T extends Updating>(template: TemplateResult, id: string): Promise<T> {
  // The snapshot's root is a named group around the element: puppeteer's interesting-only
  // snapshot of an uninteresting node (the host is a generic element) keeps only its first child.
  const host = document.createElement('div');
  host.id = id;
  host.setAttribute('role', 'group');
  host.setAttribute('aria-label', 'fixture');
  render(template, host);
  const el = host.firstElementChild as T;
  const loaded = oneEvent(el, 'eindex-load');
  document.body.append(host);
  await loaded;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

function all(node: AXNode | undefined, role: string): AXNode[] {
  if (!node) return [];
  return [...(node.role === role ? [node] : []), ...(node.children ?? []).flatMap((child) => all(child, role))];
}

async function tree(id: string, name: string): Promise<AXNode> {
  const result = await executeServerCommand<{ status: string; tree: AXNode }, { selector: string; name: string }>('a11y-tree', { selector: `#${id}`, name });
  if (!result) throw new Error('a11y-tree: no answer');
  if (!['match', 'written', 'updated'].includes(result.status)) {
    throw new Error(`accessibility tree "${name}" ${result.status === 'missing' ? 'has no stored snapshot (run with UPDATE_SNAPSHOTS=1)' : 'differs from the stored snapshot'}; see test/a11y/snapshots/${name}-changed.json`);
  }
  return result.tree;
}

const RANKING = () => html`<eindex-ranking lang="lv" .data=${fullDocument()} columns="rank name total level change" limit="3" highlight="delta" search></eindex-ranking>`;
const RADAR = () => html`<eindex-radar lang="en" .data=${fullDocument()} entity="alpha" compare="beta"></eindex-radar>`;
const GAUGE = () => html`<eindex-gauge lang="lv" .data=${fullDocument()} entity="alpha"></eindex-gauge>`;

describe(`screen-reader semantics (${engine === 'chromium' ? "Chromium's accessibility tree" : `${engine}: ARIA in the DOM`})`, () => {
  beforeEach(() => clearDocumentCache());
  afterEach(() => document.body.replaceChildren());

  if (engine === 'chromium') {
    it('ranking: a table named by its caption, with column headers, sort buttons, row headers and level text', async () => {
      await mountWithId(RANKING(), 'ranking');
      const root = await tree('ranking', 'ranking-lv');
      const [table] = all(root, 'table');
      expect(table?.name).to.equal('Izdomāti dati — tests, 2021');
      expect(all(table, 'columnheader').map((h) => h.name)).to.deep.equal(['Vieta', 'Nosaukums', 'Kopvērtējums', 'Līmenis', 'Izmaiņas']);
      expect(all(table, 'button').map((b) => b.name)).to.deep.equal(['Nosaukums', 'Kopvērtējums', 'Līmenis']);
      expect(all(table, 'rowheader').map((h) => h.name)).to.deep.equal(['Alfa novads Tīmekļa vietne: Alfa novads', 'Bēta pilsēta', 'Gamma novads', 'Delta novads (izcelts)']);
      // Level and change as words, not only a colour swatch or an arrow.
      expect(all(table, 'row')[1]!.children!.map((c) => c.name)).to.deep.equal(['1', 'Alfa novads Tīmekļa vietne: Alfa novads', '64,8', '3. līmenis', 'pakāpās par 1 vietu']);
      // The name selects the row; the website is a link of its own, named for the entity, and a tie is a shared place.
      expect(all(table, 'link').map((l) => l.name)).to.deep.equal(['Tīmekļa vietne: Alfa novads']);
      expect(all(table, 'row')[2]!.children![0]!.name).to.equal('dalīta 2. vieta');
      expect(all(root, 'searchbox').map((s) => s.name)).to.deep.equal(['Meklēt']);
      expect(all(root, 'status')).to.have.length(1);
    });

    it('ranking: the polite live region announces "N rezultāti" after a search', async () => {
      const el = await mountWithId(RANKING(), 'ranking');
      el.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
      await sendKeys({ type: 'novads' });
      await el.updateComplete;
      await el.updateComplete;
      const result = await executeServerCommand<{ tree: AXNode }, { selector: string }>('a11y-tree', { selector: '#ranking' });
      const [status] = all(result!.tree, 'status');
      expect(status?.children?.map((c) => c.name).join(' ') ?? status?.name).to.equal('3 rezultāti');
    });

    it('radar: a named chart whose points each say category, series and value, a legend and the data table', async () => {
      await mountWithId(RADAR(), 'radar');
      const root = await tree('radar', 'radar-en');
      const [chart] = all(root, 'group').filter((g) => g.name !== 'fixture');
      expect(chart?.name).to.equal('Alpha, 2021: radar chart. The same data is in the table.');
      const points = all(chart, 'image').map((p) => p.name);
      expect(points).to.have.length(10);
      expect(points).to.include('Communication and participation, Alpha: 70.5');
      expect(points.some((p) => /Internal processes, Alpha: not published/.test(p ?? ''))).to.equal(true);
      const [table] = all(root, 'table');
      expect(table?.name).to.match(/Alpha, 2021/);
      expect(all(table, 'columnheader').map((h) => h.name)).to.deep.equal(['Category', 'Alpha', 'Beta']);
      expect(all(table, 'rowheader')).to.have.length(5);
      expect(all(root, 'list').map((l) => l.name)).to.deep.equal(['Legend']);
      expect(all(root, 'button').map((b) => b.name)).to.deep.equal(['Table']);
    });

    it('gauge: a meter with a name, value, range and spoken value text', async () => {
      await mountWithId(GAUGE(), 'gauge');
      const root = await tree('gauge', 'gauge-lv');
      const [meter] = all(root, 'meter');
      expect(meter?.name).to.equal('Alfa novads: E-indekss 2021');
      expect(meter?.value).to.equal(64.8);
      expect(meter?.valuemin).to.equal(0);
      expect(meter?.valuemax).to.equal(100);
      // CDP reports `valuetext` as "" for every meter in Chromium 156, even a plain
      // <div role="meter" aria-valuetext="…">, so the spoken text is checked on the element.
      const el = document.querySelector('eindex-gauge')!;
      expect(el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).to.equal('64,8 punkti no 100, 3. līmenis');
    });
  } else {
    it('ranking: a table with a caption, column headers, row headers and a polite status region', async () => {
      const el = await mountWithId(RANKING(), 'ranking');
      const root = el.shadowRoot!;
      expect(root.querySelector('table > caption')!.textContent!.trim()).to.equal('Izdomāti dati — tests, 2021');
      expect([...root.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim())).to.deep.equal(['Vieta', 'Nosaukums', 'Kopvērtējums', 'Līmenis', 'Izmaiņas']);
      expect(root.querySelectorAll('tbody th[scope="row"]')).to.have.length(4);
      const live = root.querySelector('[aria-live="polite"]')!;
      expect(live.getAttribute('role')).to.equal('status');
      root.querySelector<HTMLInputElement>('input')!.focus();
      await sendKeys({ type: 'novads' });
      await el.updateComplete;
      await el.updateComplete;
      expect(live.textContent!.trim()).to.equal('3 rezultāti');
    });

    it('radar: a named chart group, named points and the data table', async () => {
      const el = await mountWithId(RADAR(), 'radar');
      const root = el.shadowRoot!;
      expect(root.querySelector('svg[role="group"]')!.getAttribute('aria-label')).to.match(/Alpha, 2021/);
      expect([...root.querySelectorAll('g.point[role="img"]')].map((p) => p.getAttribute('aria-label'))).to.include('Communication and participation, Alpha: 70.5');
      expect([...root.querySelectorAll('table thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Category', 'Alpha', 'Beta']);
    });

    it('gauge: a meter with a name, value, range and spoken value text', async () => {
      const el = await mountWithId(GAUGE(), 'gauge');
      const meter = el.shadowRoot!.querySelector('[role="meter"]')!;
      expect(meter.getAttribute('aria-label')).to.equal('Alfa novads: E-indekss 2021');
      expect(meter.getAttribute('aria-valuetext')).to.equal('64,8 punkti no 100, 3. līmenis');
      expect(meter.getAttribute('aria-valuenow')).to.equal('64.8');
    });
  }
});
