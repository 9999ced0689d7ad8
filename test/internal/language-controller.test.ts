import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { LanguageController } from '../../src/internal/controllers/language.js';

/** Counts its updates: the controller's only effect is to ask for one. */
class LanguageHost extends ReactiveElement {
  updates = 0;
  constructor() {
    super();
    new LanguageController(this);
  }
  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this.updates += 1;
  }
}
customElements.define('test-language-host', LanguageHost);

describe('LanguageController', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.lang = 'en';
  });

  it('draws the host again when a lang attribute anywhere in the page changes', async () => {
    const host = document.body.appendChild(new LanguageHost());
    await host.updateComplete;
    expect(host.updates).to.equal(1);
    document.documentElement.lang = 'lv';
    // MutationObserver callbacks run as a microtask after the change.
    await Promise.resolve();
    await host.updateComplete;
    expect(host.updates).to.equal(2);
  });

  it('draws a moved host again, and a disconnected one not at all', async () => {
    const host = document.body.appendChild(new LanguageHost());
    await host.updateComplete;
    const section = document.body.appendChild(Object.assign(document.createElement('section'), { lang: 'lv' }));
    section.append(host);
    await host.updateComplete;
    expect(host.updates).to.equal(2);
    host.remove();
    document.documentElement.lang = 'lv';
    await Promise.resolve();
    await host.updateComplete;
    expect(host.updates).to.equal(2);
  });
});
