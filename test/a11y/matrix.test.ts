/**
 * The display-condition matrix: every element × every state × every display condition × lv
 * and en. axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa) must find nothing in any cell, and
 * each cell also checks that its condition really holds (the background is dark, forced
 * colours are on and used, nothing animates, the page does not scroll sideways).
 *
 * Cells are built from what this engine can emulate (test/a11y/env.ts): Chromium reaches every
 * condition and fails if one does not take effect; Firefox and WebKit have no media emulation
 * in their launchers, so they run the cells they can reach for real — the dark scheme through
 * the page's own `color-scheme: dark`, reflow and zoom through the viewport or, where the
 * window cannot be made that narrow (WebKitGTK stops at ~450 px), through a container of that
 * width (the elements lay out by their own width, not the viewport's).
 */
import { expect } from '@open-wc/testing';
import { expectAccessible } from '../helpers/element.js';
import { clearDocumentCache } from '../../src/data/load.js';
import { emulate, engine, probeSupport, resetDisplay, setViewport, type Media } from './env.js';
import { ELEMENTS, STATES, mountState } from './fixtures.js';
import { luminance, systemColor } from './colors.js';

const support = await probeSupport();

interface Condition {
  readonly name: string;
  readonly media?: Media;
  /** The host page declares a dark colour scheme. */
  readonly dark?: boolean;
  /** Layout width in CSS px (and height), as the viewport where the engine can set it. */
  readonly width?: number;
  readonly height?: number;
  readonly deviceScaleFactor?: number;
  /** A reader's text-spacing stylesheet (WCAG 1.4.12's values), as a bookmarklet adds it. */
  readonly textSpacing?: boolean;
}

const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

const conditions: Condition[] = [
  { name: 'default' },
  support.darkMedia
    ? { name: 'dark scheme (prefers-color-scheme: dark, page color-scheme: light dark)', media: { colorScheme: 'dark' }, dark: true }
    : { name: 'dark scheme (page color-scheme: dark)', dark: true },
  // 1280 × 1024 at 400 % (WCAG 1.4.10) …
  { name: 'reflow at 320 px', width: 320, height: 256 },
  // … and at 200 % page zoom: what Chromium and Firefox do at 200 % is exactly this, a layout
  // viewport half as wide with two device pixels per CSS pixel (WCAG 1.4.4).
  { name: '200% zoom (640 px at 2 device px per px)', width: 640, height: 512, deviceScaleFactor: 2 },
  { name: 'text spacing (WCAG 1.4.12)', textSpacing: true },
];
if (support.forcedColors) conditions.push({ name: 'forced colours', media: { forcedColors: 'active' } });
if (support.reducedMotion) conditions.push({ name: 'reduced motion', media: { reducedMotion: 'reduce' } });

describe(`display-condition matrix (${engine})`, () => {
  it('runs every condition in Chromium, and the dark and reflow cells everywhere', () => {
    const names = conditions.map((c) => c.name.replace(/ \(.*$/, ''));
    expect(names).to.include.members(['default', 'dark scheme', 'reflow at 320 px', '200% zoom']);
    if (engine === 'chromium') expect(names).to.include.members(['forced colours', 'reduced motion']);
  });

  for (const condition of conditions) {
    for (const lang of ['lv', 'en']) {
      describe(`${condition.name}, ${lang}`, () => {
        let container: HTMLElement;
        let viaViewport = false;

        before(async () => {
          if (condition.media) await emulate(condition.media);
          if (condition.width) {
            viaViewport = await setViewport(condition.width, condition.height ?? 600, condition.deviceScaleFactor ?? 1);
          }
        });
        let spacing: HTMLStyleElement | undefined;
        before(() => {
          if (!condition.textSpacing) return;
          spacing = document.createElement('style');
          spacing.textContent = TEXT_SPACING;
          document.head.append(spacing);
        });
        after(async () => {
          spacing?.remove();
          await resetDisplay();
          document.documentElement.style.removeProperty('color-scheme');
        });
        beforeEach(() => {
          clearDocumentCache();
          document.documentElement.style.colorScheme = condition.dark ? (condition.media?.colorScheme ? 'light dark' : 'dark') : '';
          container = document.createElement('main');
          container.lang = lang;
          if (condition.width && !viaViewport) container.style.width = `${condition.width - 16}px`;
          document.body.append(container);
        });

        for (const element of ELEMENTS) {
          for (const state of STATES) {
            it(`<eindex-${element}> ${state}: no axe violation, and the condition holds`, async () => {
              const el = await mountState(container, element, state, lang);
              await expectAccessible(el);

              if (condition.dark) {
                expect(luminance(getComputedStyle(el).backgroundColor), 'dark background').to.be.lessThan(0.05);
              }
              if (condition.media?.forcedColors) {
                expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
                expect(getComputedStyle(el).color, 'text in CanvasText').to.equal(systemColor('CanvasText'));
              }
              if (condition.media?.reducedMotion) {
                expect(el.shadowRoot!.getAnimations().map((a) => a.animationName ?? 'animation'), 'animations').to.deep.equal([]);
              }
              if (condition.width) {
                const box = viaViewport ? document.documentElement : container;
                expect(box.scrollWidth, 'scrolls sideways').to.be.at.most(viaViewport ? condition.width : condition.width - 16);
                expect(el.getBoundingClientRect().right).to.be.at.most(condition.width);
              }
              if (condition.textSpacing) {
                // The page's spacing reaches the text inside the shadow tree (the host's reset does not block it).
                const text = el.shadowRoot!.querySelector('p, td, th, text, figcaption')!;
                const { letterSpacing, fontSize } = getComputedStyle(text);
                expect(parseFloat(letterSpacing) / parseFloat(fontSize), 'letter spacing in em').to.be.closeTo(0.12, 0.005);
              }
              expect(el.shadowRoot!.textContent!.trim().length, 'says something').to.be.greaterThan(0);
            });
          }
        }
      });
    }
  }
});

declare global {
  interface Animation {
    readonly animationName?: string;
  }
}
