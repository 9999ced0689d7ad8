/**
 * A whole page, as a municipality would publish it: all three elements on the real data and
 * on the fictional 119-municipality set, linked with `for`, between ordinary links. axe-core
 * checks the page (not one element) in the default, dark and forced-colours modes and at
 * 320 px, where the page must not scroll sideways; and a person can Tab from before the
 * ranking to a row and select it with Enter or Space.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, render } from 'lit';
import { expectAccessible } from '../helpers/element.js';
import { clearDocumentCache } from '../../src/data/load.js';
import { editionFor } from '../../src/data/query.js';
import type { EIndexDocument } from '../../src/data/types.js';
import { localText } from '../../src/i18n/lang.js';
import '../../src/define.js';
import '../../src/radar/define.js';
import '../../src/gauge/define.js';
import { emulate, engine, probeSupport, resetDisplay, setViewport, type Media } from './env.js';
import { deepActiveElement, luminance, systemColor } from './colors.js';

const support = await probeSupport();

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

async function publish(lang: string): Promise<HTMLElement> {
  const main = document.createElement('main');
  main.lang = lang;
  render(html`
    <h1>E-indekss</h1>
    <p><a id="before" href="#top">Sākums</a></p>
    <eindex-ranking id="municipalities" src="/data/fictional.json" columns="rank name group total level change categories"
      limit="10" highlight="velvavas-pilseta" search download></eindex-ranking>
    <eindex-radar for="municipalities" entity="velvavas-pilseta" src="/data/fictional.json" compare="group-average best"></eindex-radar>
    <eindex-gauge for="municipalities" entity="velvavas-pilseta" src="/data/fictional.json"></eindex-gauge>
    <h2>2021</h2>
    <eindex-ranking src="/data/municipalities-2021.json" columns="rank name total group-score level"></eindex-ranking>
    <eindex-radar src="/data/institutions.json" entity="vtua"></eindex-radar>
    <eindex-gauge src="/data/municipalities-2021.json" entity="ventspils"></eindex-gauge>
    <p><a href="#top">Uz augšu</a></p>
  `, main);
  const elements = [...main.querySelectorAll<Updating>('eindex-ranking, eindex-radar, eindex-gauge')];
  const loaded = Promise.all(elements.map((el) => oneEvent(el, 'eindex-load')));
  document.body.append(main);
  await loaded;
  for (const el of elements) await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  for (const el of elements) await el.updateComplete;
  return main;
}

interface PageCondition { name: string; media?: Media; scheme?: string; width?: number }
const conditions: PageCondition[] = [
  { name: 'default' },
  { name: 'dark', scheme: 'dark' },
  { name: '320 px', width: 320 },
];
if (support.forcedColors) conditions.push({ name: 'forced colours', media: { forcedColors: 'active' } });

describe(`a page with all three elements (${engine})`, () => {
  beforeEach(() => clearDocumentCache());
  afterEach(async () => {
    await resetDisplay();
    document.body.replaceChildren();
    document.documentElement.style.removeProperty('color-scheme');
  });

  for (const condition of conditions) {
    for (const lang of ['lv', 'en']) {
      it(`${condition.name}, ${lang}: axe finds no violation on the page${condition.width ? ', which does not scroll sideways' : ''}`, async () => {
        if (condition.media) await emulate(condition.media);
        if (condition.scheme) document.documentElement.style.colorScheme = condition.scheme;
        let viaViewport = false;
        if (condition.width) viaViewport = await setViewport(condition.width, 640);
        const main = await publish(lang);
        // A dark host page paints its own background and links (axe takes an unpainted page as white).
        if (condition.scheme) {
          main.style.background = '#121212';
          main.style.color = '#ececf1';
          main.querySelectorAll('a').forEach((a) => (a.style.color = '#9ecbff'));
        }
        if (condition.width && !viaViewport) main.style.width = `${condition.width}px`;
        await expectAccessible(main);
        const ranking = main.querySelector('eindex-ranking')!;
        if (condition.scheme) expect(luminance(getComputedStyle(ranking).backgroundColor)).to.be.lessThan(0.05);
        if (condition.media?.forcedColors) expect(getComputedStyle(ranking).color).to.equal(systemColor('CanvasText'));
        if (condition.width) {
          const box = viaViewport ? document.documentElement : main;
          expect(box.scrollWidth, 'sideways scroll').to.be.at.most(box.clientWidth);
          // (clientWidth is less by the vertical scrollbar where scrollbars take room, as in Firefox.)
          if (viaViewport) expect(window.innerWidth).to.equal(condition.width);
          const right = viaViewport ? document.documentElement.clientWidth : main.getBoundingClientRect().right;
          for (const el of main.querySelectorAll('eindex-ranking, eindex-radar, eindex-gauge')) {
            expect(el.getBoundingClientRect().right, el.localName).to.be.at.most(right);
          }
        }
      });
    }
  }

  it('Tab from the link before the ranking reaches a row; Enter selects it and the linked charts follow; Space selects the next', async () => {
    const main = await publish('lv');
    const ranking = main.querySelector<Updating>('eindex-ranking')!;
    const gauge = main.querySelector<Updating>('eindex-gauge')!;
    main.querySelector<HTMLAnchorElement>('#before')!.focus();
    let row: Element | null = null;
    for (let i = 0; i < 30 && !row; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      if (active?.matches('tr.row')) row = active;
    }
    expect(row, 'a ranking row got focus').not.to.equal(null);
    expect(row!.getRootNode()).to.equal(ranking.shadowRoot);

    let selected = oneEvent(ranking, 'eindex-select');
    await sendKeys({ press: 'Enter' });
    const id = (await selected).detail.id;
    expect(id).to.equal((row as HTMLElement).dataset['id']);
    await ranking.updateComplete;
    await gauge.updateComplete;
    expect(row!.getAttribute('aria-current')).to.equal('true');
    expect(deepActiveElement()).to.equal(row);
    // The gauge names the selected entity in full: "<name>, <year>" of the ranking's edition.
    const doc = (ranking as unknown as { document: EIndexDocument }).document;
    const edition = editionFor(doc)!;
    const entity = edition.entities.find((e) => e.id === id)!;
    expect(gauge.shadowRoot!.querySelector('[part="caption"]')!.textContent!.trim()).to.equal(`${localText(entity.name, 'lv')}, ${edition.year}`);

    await sendKeys({ press: 'ArrowDown' });
    await ranking.updateComplete;
    const next = deepActiveElement() as HTMLElement;
    expect(next.matches('tr.row')).to.equal(true);
    selected = oneEvent(ranking, 'eindex-select');
    await sendKeys({ press: ' ' });
    expect((await selected).detail.id).to.equal(next.dataset['id']);
    await ranking.updateComplete;
    expect(next.getAttribute('aria-current')).to.equal('true');
    expect(deepActiveElement()).to.equal(next);
  });
});
