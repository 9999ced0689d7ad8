/**
 * embed.html takes the visitor's colour scheme (prefers-color-scheme) unless the query fixes
 * one with theme=light or theme=dark; an unknown theme is refused like any bad parameter.
 */
import { expect } from '@open-wc/testing';
import { readEmbedRequest, registeredTags } from '../../src/embed/embed.js';
import * as eindex from '../../src/define.js';
import { emulate, engine } from '../a11y/env.js';
import { luminance } from '../a11y/colors.js';
import { loadFrame } from './frames.js';

const EMBED = '/embed/embed.html';

/** Luminance of the gauge's own background and of the page behind it, inside the frame. */
async function backgrounds(query: string): Promise<{ element: number; page: number }> {
  const frame = await loadFrame(`${EMBED}?element=eindex-gauge&src=/data/municipalities-2021.json&entity=ventspils&lang=en${query}`);
  const gauge = frame.contentDocument!.querySelector('eindex-gauge') as HTMLElement & { updateComplete: Promise<boolean> };
  expect(gauge, 'the embed page draws the gauge').to.not.equal(null);
  await gauge.updateComplete;
  const view = frame.contentWindow!;
  return {
    element: luminance(view.getComputedStyle(gauge).backgroundColor),
    page: luminance(view.getComputedStyle(frame.contentDocument!.body).backgroundColor),
  };
}

describe('embed.html colour scheme', () => {
  afterEach(async () => {
    await emulate(null);
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('is light by default and dark with theme=dark', async () => {
    const light = await backgrounds('');
    expect(light.element).to.be.above(0.9);
    expect(light.page).to.be.above(0.9);
    const dark = await backgrounds('&theme=dark');
    expect(dark.element).to.be.below(0.05);
    expect(dark.page).to.be.below(0.05);
  });

  it('is dark under a dark system preference, unless theme=light', async () => {
    const emulated = await emulate({ colorScheme: 'dark' });
    // Chromium must emulate it (env.ts throws otherwise); other launchers may not be able to.
    if (!emulated) {
      expect(engine).not.to.equal('chromium');
      return;
    }
    const dark = await backgrounds('');
    expect(dark.element).to.be.below(0.05);
    expect(dark.page).to.be.below(0.05);
    const light = await backgrounds('&theme=light');
    expect(light.element).to.be.above(0.9);
  });

  it('refuses a theme other than light or dark', () => {
    const tags = registeredTags(eindex);
    const request = readEmbedRequest(new URLSearchParams('element=eindex-gauge&entity=ventspils&theme=sepia&lang=en'), (t) => customElements.get(t), tags);
    expect(request.ok).to.equal(false);
    expect(!request.ok && request.message).to.contain('"sepia" is not supported: light or dark');
  });
});
