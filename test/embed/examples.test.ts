import { expect } from '@open-wc/testing';
import type { EIndexRanking } from '../../src/ranking/eindex-ranking.js';
import { loadFrame, loadedElement } from './frames.js';

// The examples in examples/ and docs/usage.md, loaded as a reader would open them. The test
// server serves `/dist/eindex-*.js` and `eindex-widgets/*` from src/ (test/embed/package-alias-plugin.mjs).

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('examples', () => {
  it('plain HTML: one script tag, a ranking from a file and one from inline JSON', async () => {
    const frame = await loadFrame('/examples/plain-html/index.html');
    const fromSrc = await loadedElement<EIndexRanking>(frame, '#from-src');
    expect(fromSrc.shadowRoot!.textContent).to.contain('Cēsis');
    const inline = await loadedElement<EIndexRanking>(frame, '#inline');
    expect(inline.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(2);
    expect(inline.shadowRoot!.textContent).to.contain('Izdomāts piemērs');
  });

  it('bundler import: `eindex-widgets/ranking` registers the ranking and nothing else', async () => {
    const frame = await loadFrame('/examples/bundler/index.html');
    const ranking = await loadedElement<EIndexRanking>(frame, '#ministries');
    expect(ranking.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
    expect(frame.contentWindow!.customElements.get('eindex-ranking')).to.not.equal(undefined);
    expect(frame.contentWindow!.customElements.get('eindex-radar')).to.equal(undefined);
  });
});
