import { expect, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import { clearDocumentCache } from '../src/data/load.js';
import { shadow } from './helpers/element.js';
import { tinyDocument } from './helpers/docs.js';

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

describe('drawing off screen and layout stability', () => {
  beforeEach(() => clearDocumentCache());
  afterEach(() => document.body.replaceChildren());

  it('loads an off-screen element at once but draws it only near the viewport', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '400vh';
    const near = document.createElement('eindex-ranking');
    const far = document.createElement('eindex-ranking');
    near.data = tinyDocument();
    far.data = tinyDocument();
    document.body.append(near, spacer, far);
    await nextFrame();
    expect(shadow(near).querySelector('table')).to.not.equal(null);
    expect(far.document, 'the off-screen document is loaded').to.not.equal(undefined);
    expect(shadow(far).querySelector('table'), 'but not drawn').to.equal(null);
    expect(far.getAttribute('aria-busy')).to.equal('true');
    const loaded = oneEvent(far, 'eindex-load');
    far.scrollIntoView();
    await loaded;
    await far.updateComplete;
    expect(shadow(far).querySelector('table')).to.not.equal(null);
    expect(far.hasAttribute('aria-busy')).to.equal(false);
  });

  it('lets updateComplete wait for an off-screen element to draw', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '400vh';
    const far = document.createElement('eindex-gauge');
    far.data = tinyDocument();
    far.setAttribute('entity', 'alpha');
    document.body.append(spacer, far);
    await far.updateComplete;
    expect(shadow(far).querySelector('[role="meter"]')).to.not.equal(null);
  });

  for (const tag of ['eindex-radar', 'eindex-gauge'] as const) {
    it(`${tag} reserves its final size while loading, so nothing below it moves`, async () => {
      const wrapper = document.createElement('div');
      wrapper.style.width = '480px';
      const el = document.createElement(tag);
      el.setAttribute('src', '/data/fictional.json');
      el.setAttribute('entity', 'velvavas-pilseta');
      const sentinel = document.createElement('p');
      sentinel.textContent = 'below';
      wrapper.append(el, sentinel);
      const loaded = oneEvent(el, 'eindex-load');
      // Where the engine reports layout shifts (Chromium), they must add up to 0 too.
      let shift = 0;
      const observer = PerformanceObserver.supportedEntryTypes.includes('layout-shift')
        ? new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) shift += (entry as PerformanceEntry & { value: number }).value;
          })
        : undefined;
      observer?.observe({ type: 'layout-shift' });
      document.body.append(wrapper);
      await el.updateComplete;
      expect(shadow(el).querySelector('.status.loading')).to.not.equal(null);
      const before = sentinel.getBoundingClientRect().top;
      await loaded;
      await el.updateComplete;
      await nextFrame();
      const after = sentinel.getBoundingClientRect().top;
      expect(Math.abs(after - before), `${tag} moved the content below it`).to.be.at.most(1);
      if (observer) {
        for (const entry of observer.takeRecords()) shift += (entry as PerformanceEntry & { value: number }).value;
        observer.disconnect();
        expect(shift, 'cumulative layout shift').to.equal(0);
      }
    });
  }
});
