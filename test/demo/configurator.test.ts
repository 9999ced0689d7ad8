import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { startConfigurator } from '../../demo/configurator-app.js';
import { expectAccessible } from '../helpers/element.js';
import { text, until } from '../helpers/dom.js';

let manifest: unknown;
let stop: (() => void) | undefined;
const pageLang = document.documentElement.lang;

before(async () => {
  manifest = await (await fetch('/custom-elements.json')).json();
});

afterEach(() => {
  stop?.();
  stop = undefined;
  document.documentElement.lang = pageLang;
  delete (navigator as { clipboard?: unknown }).clipboard;
});

const code = (root: Element, id: 'cfg-script' | 'cfg-iframe'): string => text(root.querySelector(`[aria-labelledby="${id}-h"] code`));
const problem = (root: Element): string => text(root.querySelector('.cfg-problem'));
const problemParts = (root: Element): string[] => [...root.querySelectorAll('.cfg-problem p, .cfg-problem li')].map((node) => text(node));
/** The preview has drawn and the configurator has written code or shown the problem. */
const settled = (root: Element) => until(root, () => code(root, 'cfg-script') !== '' || problem(root) !== '');

async function open(lang: 'lv' | 'en'): Promise<HTMLElement> {
  document.documentElement.lang = lang;
  const root = document.createElement('div');
  document.body.append(root);
  stop = startConfigurator(root, manifest);
  // The document's ids appear in the hints once the chosen source has loaded.
  await until(root, () => /Šajā dokumentā|In this document/.test(text(root)));
  await settled(root);
  return root;
}

function choose(root: Element, selector: string, value: string): void {
  const control = root.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
}

async function chooseElement(root: Element, tag: string): Promise<void> {
  choose(root, '#cfg-element', tag);
  await settled(root);
}

describe('demo configurator', () => {
  it('speaks only Latvian in lv mode: element summaries and every attribute hint', async () => {
    const root = await open('lv');
    const english = /\b(the|and|of|show|shown|default|with|or|to|is)\b/i;
    const options = [...root.querySelectorAll('#cfg-element option')];
    expect(options.map((o) => text(o))).to.include.members([
      '<eindex-ranking> — E-indeksa rezultātu reitinga tabula.',
      '<eindex-radar> — E-indeksa rezultātu radara diagramma pa kategorijām.',
      '<eindex-gauge> — E-indeksa kopvērtējuma un brieduma līmeņa rādītājs.',
    ]);
    for (const option of options) {
      await chooseElement(root, option.getAttribute('value')!);
      const hints = [...root.querySelectorAll('.cfg-attributes small')];
      expect(hints.length, `${option.getAttribute('value')} has attributes`).to.be.greaterThan(1);
      for (const hint of hints) {
        const label = text(hint.parentElement!.querySelector('code'));
        expect(text(hint), `hint of ${label}`).not.to.equal('');
        expect(text(hint), `hint of ${label}`).not.to.match(english);
      }
      expect(text(root), 'no English anywhere in the form').not.to.match(/\b(Copy|Preview|Element|Data|Attributes)\b/);
    }
    await expectAccessible(root);
  });

  it('offers `download` for every chart as an image (SVG and PNG) and for the ranking as CSV, in Latvian', async () => {
    const root = await open('lv');
    for (const [tag, format] of [['eindex-ranking', 'CSV'], ['eindex-radar', 'SVG'], ['eindex-gauge', 'SVG'], ['eindex-trend', 'SVG'], ['eindex-levels', 'SVG']] as const) {
      await chooseElement(root, tag);
      const box = root.querySelector<HTMLInputElement>('#cfg-attr-download');
      expect(box?.type, `${tag} offers download as a checkbox`).to.equal('checkbox');
      expect(text(root.querySelector('#cfg-attr-download-hint')), `${tag} download hint`).to.contain(format);
    }
  });

  it('keeps the manifest hints in en mode', async () => {
    const root = await open('en');
    expect(text(root.querySelector('#cfg-element option[value="eindex-ranking"]'))).to.equal('<eindex-ranking> — Ranking table of E-index results.');
    expect(text(root.querySelector('#cfg-attr-limit-hint'))).to.contain('Show the top N rows');
  });

  it('clears "Nokopēts." as soon as an attribute or the element changes', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void copied.push(value) } });
    const root = await open('lv');
    const status = root.querySelector('.cfg-copied')!;
    const copy = async () => {
      root.querySelector<HTMLButtonElement>('.cfg-snippet button')!.click();
      await until(root, () => text(status) !== '');
    };
    await copy();
    expect(text(status)).to.equal('Nokopēts.');
    expect(copied[0]).to.contain('<eindex-ranking src="/eindex-widgets/data/municipalities-2021.json">');
    choose(root, '#cfg-attr-limit', '3');
    expect(text(status)).to.equal('');
    await settled(root);
    await copy();
    await chooseElement(root, 'eindex-gauge');
    expect(text(status)).to.equal('');
  });

  it('writes no code for an entity that does not exist and shows the problem instead', async () => {
    const root = await open('lv');
    await chooseElement(root, 'eindex-gauge');
    // No entity yet: the gauge asks for one, and a snippet would embed that question.
    expect(problemParts(root)).to.deep.equal([
      'Kods netiek rakstīts, jo šo konfigurāciju nevar parādīt bez problēmām:',
      'Izvēlieties iestādi vai pašvaldību, lai redzētu tās E-indeksa kopvērtējumu un brieduma līmeni.',
    ]);
    expect(code(root, 'cfg-script')).to.equal('');
    choose(root, '#cfg-attr-entity', 'cesu-novads');
    await until(root, () => problem(root) !== '');
    expect(problemParts(root)).to.deep.equal([
      'Kods netiek rakstīts, jo šo konfigurāciju nevar parādīt bez problēmām:',
      'entity="cesu-novads": 2021. gada izdevumā tāda identifikatora nav. Vai domājāt „cesis”?',
    ]);
    expect(code(root, 'cfg-script')).to.equal('');
    expect(code(root, 'cfg-iframe')).to.equal('');
    expect(root.textContent).not.to.contain('<iframe');
    expect([...root.querySelectorAll<HTMLElement>('.cfg-snippet')].every((snippet) => snippet.hidden)).to.equal(true);
    await expectAccessible(root);

    choose(root, '#cfg-attr-entity', 'cesis');
    await settled(root);
    expect(problem(root)).to.equal('');
    expect(code(root, 'cfg-script')).to.contain('<eindex-gauge src="/eindex-widgets/data/municipalities-2021.json" entity="cesis">');
  });

  it('writes no code while the preview shows a misconfiguration notice', async () => {
    const root = await open('en');
    choose(root, '#cfg-attr-highlight', 'rigaa');
    await until(root, () => problem(root) !== '');
    expect(problemParts(root)).to.deep.equal([
      'No code is written: this configuration cannot be shown without problems:',
      'highlight="rigaa": no such id in the 2021 edition; it is left out. Did you mean "riga"?',
    ]);
    expect(code(root, 'cfg-iframe')).to.equal('');
  });

  it('writes an iframe with no style attribute (a strict CSP drops it), sized by attributes', async () => {
    const root = await open('lv');
    const snippet = code(root, 'cfg-iframe');
    const frame = new DOMParser().parseFromString(snippet, 'text/html').querySelector('iframe')!;
    expect(frame.hasAttribute('style')).to.equal(false);
    expect(frame.className).to.equal('eindex-frame');
    expect(frame.getAttribute('width')).to.equal('100%');
    expect(Number(frame.getAttribute('height'))).to.be.greaterThan(150);
    expect(frame.getAttribute('src')).to.equal('/eindex-widgets/embed.html?element=eindex-ranking&src=data%2Fmunicipalities-2021.json');
  });
});
