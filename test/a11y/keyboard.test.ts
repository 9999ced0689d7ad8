/**
 * Keyboard use with real key events (sendKeys goes through the browser's input pipeline, so
 * Tab moves focus and Enter/Space activate exactly as for a person), and the focus indicator:
 * visible, at least 2 px, and 3:1 against the background in the light and dark schemes.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, render, type TemplateResult } from 'lit';
import type { EIndexRanking } from '../../src/ranking/eindex-ranking.js';
import type { EIndexRadar } from '../../src/radar/eindex-radar.js';
import { clearDocumentCache } from '../../src/data/load.js';
import { fullDocument } from './fixtures.js';
import { contrast, deepActiveElement } from './colors.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** A page with a button before and after the element, as a host page has links around it. */
async function page<T extends Updating>(template: TemplateResult, outcome: 'eindex-load' | 'eindex-error' = 'eindex-load'): Promise<{ el: T; before: HTMLButtonElement }> {
  const host = document.createElement('div');
  render(html`<button id="before">before</button>${template}<button id="after">after</button>`, host);
  const el = host.querySelector<T>('eindex-ranking, eindex-radar, eindex-gauge, eindex-trend, eindex-levels')!;
  const done = oneEvent(el, outcome);
  document.body.append(host);
  await done;
  await el.updateComplete;
  const before = host.querySelector<HTMLButtonElement>('#before')!;
  before.focus();
  return { el, before };
}

/** Presses Tab until `match` holds for the focused element; fails after `max` presses. */
async function tabTo(match: (el: Element) => boolean, max = 25, key = 'Tab'): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: key });
    const active = deepActiveElement();
    if (active && match(active)) return active;
  }
  throw new Error(`${key} never reached the element (last: ${deepActiveElement()?.outerHTML.slice(0, 80)})`);
}

async function press(el: Updating, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
}

/** The space bar: ' ' is a key name in every launcher ('Space' is not, in Firefox through BiDi). */
const SPACE = ' ';

const live = (el: Element) => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();
const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr.row')];

describe('keyboard', () => {
  beforeEach(() => clearDocumentCache());
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.style.removeProperty('color-scheme');
  });

  describe('<eindex-ranking>', () => {
    const ranking = () => html`<eindex-ranking lang="lv" .data=${fullDocument()} columns="rank name total level" limit="3" search download></eindex-ranking>`;

    it('Tab from before the element reaches the search box, the download button, the sort headers and a row, in that order', async () => {
      await page<EIndexRanking>(ranking());
      const order: string[] = [];
      const active = await tabTo((el) => {
        order.push(el.matches('tr.row') ? 'row' : el.matches('button.sort') ? `sort:${(el as HTMLElement).dataset['sort']}` : el.getAttribute('part') ?? el.localName);
        return el.matches('tr.row');
      });
      expect(order).to.deep.equal(['search', 'download', 'sort:name', 'sort:total', 'sort:level', 'row']);
      expect((active as HTMLElement).dataset['id']).to.equal('alpha');
    });

    it('Enter and Space on a row select it, fire eindex-select, and keep focus on the row through the re-render', async () => {
      const { el } = await page<EIndexRanking>(ranking());
      const row = await tabTo((e) => e.matches('tr.row'));
      let selected = oneEvent(el, 'eindex-select');
      await press(el, 'Enter');
      expect((await selected).detail).to.deep.equal({ id: 'alpha' });
      expect(row.getAttribute('aria-current')).to.equal('true');
      expect(deepActiveElement()).to.equal(row);

      await press(el, 'ArrowDown');
      const second = rows(el)[1]!;
      expect(deepActiveElement()).to.equal(second);
      selected = oneEvent(el, 'eindex-select');
      await press(el, SPACE);
      expect((await selected).detail).to.deep.equal({ id: second.dataset['id'] });
      expect(second.getAttribute('aria-current')).to.equal('true');
      expect(row.hasAttribute('aria-current')).to.equal(false);
      expect(deepActiveElement()).to.equal(second);
      // The selected row is now the table's one tab stop: Tab from before the element comes back to it.
      document.querySelector<HTMLButtonElement>('#before')!.focus();
      expect(await tabTo((e) => e.matches('tr.row'))).to.equal(second);
    });

    it('Enter and Space on a sort header sort, keep focus on the header and announce the result politely', async () => {
      const { el } = await page<EIndexRanking>(ranking());
      const button = await tabTo((e) => e.matches('button.sort[data-sort="name"]'));
      const th = button.closest('th')!;
      await press(el, 'Enter');
      expect(th.getAttribute('aria-sort')).to.equal('ascending');
      expect(deepActiveElement()).to.equal(button);
      expect(live(el)).to.match(/Nosaukums.*6 rezultāti$/);
      await press(el, SPACE);
      expect(th.getAttribute('aria-sort')).to.equal('descending');
      expect(deepActiveElement()).to.equal(button);
      expect(el.shadowRoot!.querySelector('[aria-live="polite"]')!.getAttribute('role')).to.equal('status');
    });

    it('typing in the search box filters, keeps focus in the box and announces the count', async () => {
      const { el } = await page<EIndexRanking>(ranking());
      const input = await tabTo((e) => e.matches('input[type="search"]'));
      await sendKeys({ type: 'novads' });
      await el.updateComplete;
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(input);
      expect(rows(el).map((r) => r.dataset['id'])).to.deep.equal(['alpha', 'gamma', 'delta']);
      expect(live(el)).to.equal('3 rezultāti');
    });

    it('the "show all" button works by keyboard and keeps focus', async () => {
      const { el } = await page<EIndexRanking>(ranking());
      const more = await tabTo((e) => e.matches('[part="more"]'));
      expect(rows(el)).to.have.length(3);
      await press(el, 'Enter');
      expect(rows(el)).to.have.length(6);
      expect(deepActiveElement()).to.equal(more);
      await press(el, SPACE);
      expect(rows(el)).to.have.length(3);
      expect(deepActiveElement()).to.equal(more);
    });

    it('a linked name is reachable from its row and keys pressed on it do not select the row', async () => {
      const { el } = await page<EIndexRanking>(ranking());
      await tabTo((e) => e.matches('tr.row'));
      const link = await tabTo((e) => e.matches('a'), 1);
      expect(link.closest('tr')!.dataset['id']).to.equal('alpha');
      expect(link.getAttribute('href')).to.equal('https://example.org/alfa');
      let fired = false;
      el.addEventListener('eindex-select', () => (fired = true));
      link.addEventListener('click', (event) => event.preventDefault());
      await press(el, SPACE);
      expect(fired).to.equal(false);
    });
  });

  describe('<eindex-radar>', () => {
    it('Tab reaches the first point with its tooltip; arrows move between categories and series; Escape hides; the table toggle works', async () => {
      const { el } = await page<EIndexRadar>(html`<eindex-radar lang="en" .data=${fullDocument()} entity="alpha" compare="beta"></eindex-radar>`);
      const point = await tabTo((e) => e.matches('g.point'));
      await el.updateComplete;
      expect(point.getAttribute('aria-label')).to.match(/^Communication and participation, Alpha: 70\.5/);
      const tip = () => [...el.shadowRoot!.querySelectorAll('.tooltip tspan')].map((t) => t.textContent!.trim());
      expect(tip()).to.deep.equal(['Communication and participation', 'Alpha', '70.5']);

      await press(el, 'ArrowRight');
      expect((deepActiveElement() as SVGElement).dataset['c']).to.equal('1');
      expect(tip()[0]).to.equal('Customer service and support');
      await press(el, 'ArrowDown');
      expect((deepActiveElement() as SVGElement).dataset['s']).to.equal('1');
      expect(tip()[1]).to.equal('Beta');
      await press(el, 'Escape');
      expect(tip()).to.deep.equal([]);

      const toggle = await tabTo((e) => e.matches('[part="table-toggle"]'));
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      await press(el, 'Enter');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(deepActiveElement()).to.equal(toggle);
      expect(el.shadowRoot!.querySelector('#data')!.classList.contains('shown')).to.equal(true);
      // The shown table scrolls sideways on a phone, so it is focusable to scroll by keyboard.
      const region = await tabTo((e) => e.id === 'data', 1);
      expect(region.getAttribute('role')).to.equal('region');
    });
  });

  describe('error state', () => {
    it('the "try again" button is reachable by Tab and Enter loads again', async () => {
      const { el } = await page<Updating>(html`<eindex-gauge lang="en" src="/__test__/status/503" entity="alpha"></eindex-gauge>`, 'eindex-error');
      const retry = await tabTo((e) => e.localName === 'button' && e.closest('[role="alert"]') !== null);
      expect(retry.textContent).to.match(/try again/i);
      const again = oneEvent(el, 'eindex-error');
      await sendKeys({ press: 'Enter' });
      expect((await again).detail.message).to.match(/503/);
    });
  });

  for (const scheme of ['light', 'dark'] as const) {
    describe(`focus indicator, ${scheme} scheme`, () => {
      /** The focus ring's colour and width, and the colour it is drawn against. */
      function ring(target: Element, el: Element): { color: string; width: number; against: string } {
        const background = getComputedStyle(el).backgroundColor;
        if (target.matches('g.point')) {
          const hit = getComputedStyle(target.querySelector('.hit')!);
          return { color: hit.stroke, width: parseFloat(hit.strokeWidth), against: background };
        }
        const style = getComputedStyle(target);
        expect(style.outlineStyle, 'outline style').not.to.equal('none');
        return { color: style.outlineColor, width: parseFloat(style.outlineWidth), against: background };
      }

      const targets: Array<[string, () => TemplateResult, (e: Element) => boolean]> = [
        ['ranking search box', () => html`<eindex-ranking lang="en" .data=${fullDocument()} search columns="name total"></eindex-ranking>`, (e) => e.matches('input')],
        ['ranking sort header', () => html`<eindex-ranking lang="en" .data=${fullDocument()} columns="name total"></eindex-ranking>`, (e) => e.matches('button.sort')],
        ['ranking row', () => html`<eindex-ranking lang="en" .data=${fullDocument()} columns="name total"></eindex-ranking>`, (e) => e.matches('tr.row')],
        ['ranking "show all"', () => html`<eindex-ranking lang="en" .data=${fullDocument()} limit="2" columns="total"></eindex-ranking>`, (e) => e.matches('[part="more"]')],
        ['radar point', () => html`<eindex-radar lang="en" .data=${fullDocument()} entity="alpha"></eindex-radar>`, (e) => e.matches('g.point')],
        ['radar table toggle', () => html`<eindex-radar lang="en" .data=${fullDocument()} entity="alpha"></eindex-radar>`, (e) => e.matches('[part="table-toggle"]')],
        ['trend point', () => html`<eindex-trend lang="en" .data=${fullDocument()} entity="alpha"></eindex-trend>`, (e) => e.matches('g.point')],
        ['levels table toggle', () => html`<eindex-levels lang="en" .data=${fullDocument()}></eindex-levels>`, (e) => e.matches('[part="table-toggle"]')],
      ];
      for (const [what, template, match] of targets) {
        it(`${what}: a visible ring of at least 2 px with 3:1 contrast`, async () => {
          if (scheme === 'dark') document.documentElement.style.colorScheme = 'dark';
          const { el } = await page<Updating>(template());
          const target = await tabTo(match);
          await el.updateComplete;
          expect(target.matches(':focus-visible')).to.equal(true);
          const { color, width, against } = ring(target, el);
          expect(width, 'ring width').to.be.at.least(2);
          expect(contrast(color, against), `${color} on ${against}`).to.be.at.least(3);
        });
      }
    });
  }
});
