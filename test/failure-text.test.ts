/**
 * The worded problem messages load on demand (internal/failure-text-loader.ts). When they cannot
 * be loaded — often the same outage that broke the data — an element still ends in a worded
 * error state and fires `eindex-error`, and a misconfigured attribute still gets its notice, in
 * the loader's short stand-in sentences. (The full messages loading from the built files is in
 * smoke.test.ts; every other test sees them.) One test: the stand-ins stay for the page's lifetime.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { failureTextSource } from '../src/internal/failure-text-loader.js';
import { outcome } from './reliability/pages/elements.js';
import { expectAccessible } from './helpers/element.js';

type Drawn = HTMLElement & { updateComplete: Promise<boolean> };

describe('worded problem messages on demand', () => {
  it('when they cannot load, a failed load and a misconfigured attribute are worded by the stand-ins', async () => {
    const load = failureTextSource.load;
    failureTextSource.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const broken = document.createElement('eindex-ranking') as Drawn;
      broken.lang = 'lv';
      broken.setAttribute('src', '/data/no-such-file.json');
      const failed = outcome(broken);
      wrapper.append(broken);
      const { type, detail } = await failed;
      expect(type).to.equal('eindex-error');
      expect(detail.message).to.equal('Datus neizdevās ielādēt vai nolasīt.');
      await broken.updateComplete;
      expect(broken.shadowRoot!.querySelector('[part~="error"] .message')!.textContent).to.equal('Datus neizdevās ielādēt vai nolasīt.');
      await expectAccessible(broken);

      const limited = document.createElement('eindex-ranking') as Drawn;
      limited.lang = 'en';
      limited.setAttribute('limit', 'ten');
      limited.setAttribute('src', '/data/fictional.json');
      const drawn = outcome(limited);
      wrapper.append(limited);
      expect((await drawn).type).to.equal('eindex-load');
      await limited.updateComplete;
      expect(limited.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.equal('The value of limit cannot be used.');
    } finally {
      failureTextSource.load = load;
    }
  });
});
