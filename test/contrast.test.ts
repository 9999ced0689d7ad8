import { expect, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import { tinyDocument } from './helpers/docs.js';
import { contrast, luminance } from './a11y/colors.js';

/** Resolves one of the element's private colour tokens to the colour the browser draws. */
function resolve(el: HTMLElement, token: string): string {
  // An undefined token would make `var()` invalid and the probe inherit the text colour, which
  // passes every check: a misspelt token must fail instead.
  if (!getComputedStyle(el).getPropertyValue(token).trim()) throw new Error(`${token} is not defined on <${el.localName}>`);
  const probe = document.createElement('span');
  el.shadowRoot!.append(probe);
  // A test-only probe: inline style through CSSOM, to read what `var(--_x)` resolves to.
  probe.style.color = `var(${token})`;
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

const textTokens = ['--_text', '--_muted', '--_accent', '--_error'];
const graphicTokens = [
  '--_level-1', '--_level-2', '--_level-3', '--_level-4', '--_level-5',
  '--_series-1', '--_series-2', '--_series-3', '--_series-4',
  '--_grid', '--_focus',
];

for (const scheme of ['light', 'dark'] as const) {
  describe(`colour contrast, ${scheme} scheme`, () => {
    let el: HTMLElement;
    beforeEach(async () => {
      const wrapper = document.createElement('div');
      wrapper.style.colorScheme = scheme;
      el = document.createElement('eindex-ranking');
      (el as HTMLElementTagNameMap['eindex-ranking']).data = tinyDocument();
      wrapper.append(el);
      const loaded = oneEvent(el, 'eindex-load');
      document.body.append(wrapper);
      await loaded;
    });
    afterEach(() => document.body.replaceChildren());

    it('uses a different background in each scheme', () => {
      const background = luminance(resolve(el, '--_background'));
      if (scheme === 'light') expect(background).to.be.greaterThan(0.9);
      else expect(background).to.be.lessThan(0.05);
    });

    for (const token of textTokens) {
      it(`${token} reaches 4.5:1 against the background`, () => {
        expect(contrast(resolve(el, token), resolve(el, '--_background'))).to.be.at.least(4.5);
      });
    }
    for (const token of graphicTokens) {
      it(`${token} reaches 3:1 against the background`, () => {
        expect(contrast(resolve(el, token), resolve(el, '--_background'))).to.be.at.least(3);
      });
    }
    it('muted text reaches 4.5:1 on the header surface too', () => {
      expect(contrast(resolve(el, '--_muted'), resolve(el, '--_surface'))).to.be.at.least(4.5);
      expect(contrast(resolve(el, '--_text'), resolve(el, '--_surface'))).to.be.at.least(4.5);
    });
  });
}
