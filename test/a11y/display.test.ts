/**
 * Forced colours, print, motion and "never colour alone", checked on computed styles.
 *
 * Forced colours and print need media emulation, which only Chromium's launcher has
 * (test/a11y/env.ts); those tests are registered where the engine can emulate them, and
 * Chromium fails if it cannot. The motion and colour-alone tests run everywhere.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, render, type TemplateResult } from 'lit';
import { oneEvent } from '@open-wc/testing';
import { clearDocumentCache } from '../../src/data/load.js';
import { emulate, engine, probeSupport } from './env.js';
import { fullDocument, NEVER } from './fixtures.js';
import { trendDocument } from '../helpers/docs.js';
import { contrast, luminance, systemColor } from './colors.js';

const support = await probeSupport();

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

async function mount<T extends Updating>(template: TemplateResult, container: HTMLElement = document.body): Promise<T> {
  const host = document.createElement('div');
  render(template, host);
  const el = host.firstElementChild as T;
  const loaded = oneEvent(el, 'eindex-load');
  container.append(host);
  await loaded;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const style = (node: Element) => getComputedStyle(node);

describe(`display (${engine})`, () => {
  beforeEach(() => clearDocumentCache());
  afterEach(async () => {
    await emulate(null);
    document.body.replaceChildren();
    document.documentElement.style.removeProperty('color-scheme');
  });

  if (support.forcedColors) {
    describe('forced colours', () => {
      it('a live switch restyles the radar with system colours and back, without a re-render; series keep their dash and marker', async () => {
        // Beta publishes all five categories, so its outline (the first series) is filled.
        const el = await mount(html`<eindex-radar lang="en" .data=${fullDocument()} entity="beta" compare="alpha average"></eindex-radar>`);
        const outlines = () => $$(el, 'g.series .outline');
        const before = outlines();
        const colours = before.map((o) => style(o).stroke);
        expect(new Set(colours).size, 'distinct series colours').to.equal(3);

        await emulate({ forcedColors: 'active' });
        expect(outlines(), 'the same nodes: no re-render').to.deep.equal(before);
        const canvasText = systemColor('CanvasText');
        expect(outlines().map((o) => style(o).stroke)).to.deep.equal([canvasText, canvasText, canvasText]);
        expect(style($(el, '.ring')).stroke).to.equal(systemColor('GrayText'));
        expect(style($(el, '.axis-label')).fill).to.equal(canvasText);
        expect(style($(el, '.marker')).fill).to.equal(systemColor('Canvas'));
        expect(style($(el, '.outline.filled')).fill, 'no area fill').to.equal('none');
        // Same colour now, so the series must differ in dash pattern and marker shape.
        const dashes = $$(el, 'g.series').map((g) => g.querySelector('.outline')!.getAttribute('stroke-dasharray') ?? 'solid');
        const markers = $$(el, 'g.series').map((g) => g.querySelector('.marker')!.getAttribute('d'));
        expect(new Set(dashes).size, 'dash patterns').to.equal(3);
        expect(new Set(markers).size, 'marker shapes').to.equal(3);

        await emulate(null);
        expect(outlines().map((o) => style(o).stroke)).to.deep.equal(colours);
      });

      it('gauge bands, marker and labels use CanvasText on Canvas, with Canvas gaps between bands', async () => {
        const el = await mount(html`<eindex-gauge lang="en" .data=${fullDocument()} entity="alpha"></eindex-gauge>`);
        await emulate({ forcedColors: 'active' });
        const canvasText = systemColor('CanvasText');
        const canvas = systemColor('Canvas');
        for (const band of $$(el, '.band path')) {
          expect(style(band).fill).to.equal(canvasText);
          expect(style(band).stroke).to.equal(canvas);
        }
        expect(style($(el, '.marker line:not(.halo)')).stroke).to.equal(canvasText);
        expect(style($(el, '.marker .halo')).stroke).to.equal(canvas);
        expect(style($(el, '.track')).fill).to.equal(canvas);
        for (const text of $$(el, 'text')) expect(style(text).fill, text.textContent!).to.equal(canvasText);
      });

      it('trend: lines, bridges and text use system colours; series keep their own marker shape', async () => {
        const el = await mount(html`<eindex-trend lang="en" .data=${trendDocument()} entity="alpha" compare="beta average"></eindex-trend>`);
        await emulate({ forcedColors: 'active' });
        const canvasText = systemColor('CanvasText');
        for (const line of $$(el, '.line, .bridge')) expect(style(line).stroke).to.equal(canvasText);
        for (const text of $$(el, 'svg[part="chart"] text')) expect(style(text).fill, text.textContent!).to.equal(canvasText);
        const markers = $$(el, 'g.series').map((g) => g.querySelector('.marker')!.getAttribute('d'));
        expect(new Set(markers).size, 'marker shapes').to.equal(3);
        expect($$(el, '[part="bridge"]').length, 'a gap is drawn as a bridge').to.be.greaterThan(0);
      });

      it('levels: segments are outlined boxes on Canvas whose labels name the level, text in CanvasText', async () => {
        const el = await mount(html`<eindex-levels lang="en" .data=${fullDocument()} entity="alpha"></eindex-levels>`);
        await emulate({ forcedColors: 'active' });
        const canvasText = systemColor('CanvasText');
        for (const rect of $$(el, '.segment > rect:first-child')) {
          expect(style(rect).fill).to.equal(systemColor('Canvas'));
          expect(style(rect).stroke).to.equal(canvasText);
        }
        for (const text of $$(el, 'svg text')) expect(style(text).fill, text.textContent!).to.equal(canvasText);
        for (const label of $$(el, '.segment text')) expect(label.textContent).to.match(/^L\d: /);
      });

      it('ranking: text, rules, level swatches, selection and the focus ring use system colours', async () => {
        const el = await mount(html`<eindex-ranking lang="en" .data=${fullDocument()} columns="name total level"></eindex-ranking>`);
        const row = $$(el, 'tbody tr.row')[0] as HTMLElement;
        row.click();
        await el.updateComplete;
        await emulate({ forcedColors: 'active' });
        expect(style(el).color).to.equal(systemColor('CanvasText'));
        expect(style(el).backgroundColor).to.equal(systemColor('Canvas'));
        expect(style($(el, '.swatch')).backgroundColor).to.equal(systemColor('CanvasText'));
        expect(style(row.querySelector('th')!).borderTopColor).to.equal(systemColor('Highlight'));
        row.focus({ focusVisible: true } as FocusOptions);
        expect(style(row).outlineColor).to.equal(systemColor('Highlight'));
      });
    });
  }

  if (support.print) {
    describe('print', () => {
      it('a page in dark mode prints the ranking black on white, the whole width, every drawn row, without controls', async () => {
        document.documentElement.style.colorScheme = 'dark';
        const box = document.createElement('div');
        // A narrow column of a printed page (A4 portrait is about 720 CSS px between margins).
        box.style.width = '440px';
        document.body.append(box);
        const el = await mount(html`<eindex-ranking lang="lv" .data=${fullDocument()} columns="rank name group total level change" limit="3" highlight="delta" search download></eindex-ranking>`, box);
        await emulate({ media: 'print' });
        expect(luminance(style(el).backgroundColor), 'white paper').to.be.greaterThan(0.95);
        expect(luminance(style(el).color), 'black ink').to.be.lessThan(0.01);
        expect(style($(el, '.toolbar')).display).to.equal('none');
        expect(style($(el, '[part="more"]')).display).to.equal('none');
        expect(style($(el, '.scroller')).overflowX).to.equal('visible');
        // A level's name wraps on paper, as a header or a change does, rather than widen the table.
        const levelCells = $$(el, 'td.level');
        expect(levelCells, 'the level column is drawn').to.not.be.empty;
        for (const cell of levelCells) expect(style(cell).whiteSpace, 'a level cell wraps in print').to.equal('normal');
        const table = $(el, 'table').getBoundingClientRect();
        expect(table.right, 'the table fits the width').to.be.at.most(el.getBoundingClientRect().right + 0.5);
        expect($$(el, 'tbody tr.row')).to.have.length(4);
        for (const node of $$(el, '*')) {
          if (node.classList.contains('swatch')) continue;
          const background = style(node).backgroundColor;
          if (background === 'rgba(0, 0, 0, 0)') continue;
          expect(luminance(background), `background of ${node.localName}.${node.getAttribute('class')}`).to.be.greaterThan(0.9);
        }
        for (const swatch of $$(el, '.swatch')) expect(contrast(style(swatch).backgroundColor, 'rgb(255, 255, 255)')).to.be.at.least(3);
      });

      it('a page in dark mode prints the charts with light-scheme colours that reach 3:1 on white, and no table or download buttons', async () => {
        document.documentElement.style.colorScheme = 'dark';
        const radar = await mount(html`<eindex-radar lang="lv" .data=${fullDocument()} entity="alpha" compare="beta best" download></eindex-radar>`);
        const gauge = await mount(html`<eindex-gauge lang="lv" .data=${fullDocument()} entity="alpha" download></eindex-gauge>`);
        expect(style($(radar, '[part="download"]')).display, 'on screen').to.equal('flex');
        await emulate({ media: 'print' });
        const white = 'rgb(255, 255, 255)';
        for (const outline of $$(radar, 'g.series .outline')) expect(contrast(style(outline).stroke, white)).to.be.at.least(3);
        expect(contrast(style($(radar, '.axis')).stroke, white)).to.be.at.least(3);
        expect(style($(radar, '[part="table-toggle"]')).display).to.equal('none');
        // Buttons mean nothing on paper.
        for (const el of [radar, gauge]) expect(style($(el, '[part="download"]')).display).to.equal('none');
        expect(luminance(style($(gauge, '.track')).fill), 'light track').to.be.greaterThan(0.9);
        for (const band of $$(gauge, '.band path')) expect(contrast(style(band).fill, white)).to.be.at.least(3);
        for (const text of $$(gauge, 'text')) expect(contrast(style(text).fill, white), text.textContent!).to.be.at.least(4.5);
      });
    });
  }

  describe('motion', () => {
    it('without a reduced-motion preference the loading bar pulses and the tooltip fades in (so the reduced-motion cells can fail)', async () => {
      const loading = document.createElement('eindex-ranking');
      loading.setAttribute('src', NEVER);
      document.body.append(loading);
      await loading.updateComplete;
      expect(loading.shadowRoot!.getAnimations().length).to.be.greaterThan(0);

      const radar = await mount(html`<eindex-radar lang="en" .data=${fullDocument()} entity="alpha"></eindex-radar>`);
      ($(radar, 'g.point') as SVGGElement).focus();
      await radar.updateComplete;
      expect(radar.shadowRoot!.getAnimations().length).to.be.greaterThan(0);
    });

    if (support.reducedMotion) {
      it('with prefers-reduced-motion: reduce nothing animates: no pulse, no fade', async () => {
        await emulate({ reducedMotion: 'reduce' });
        const loading = document.createElement('eindex-ranking');
        loading.setAttribute('src', NEVER);
        document.body.append(loading);
        await loading.updateComplete;
        expect(loading.shadowRoot!.getAnimations()).to.have.length(0);
        const radar = await mount(html`<eindex-radar lang="en" .data=${fullDocument()} entity="alpha"></eindex-radar>`);
        ($(radar, 'g.point') as SVGGElement).focus();
        await radar.updateComplete;
        expect($(radar, '.tooltip')).not.to.equal(null);
        expect(radar.shadowRoot!.getAnimations()).to.have.length(0);
      });
    }
  });

  describe('content on hover (WCAG 1.4.13)', () => {
    it('the radar tooltip touches its point, stays while the pointer moves onto it, and Escape dismisses it from anywhere', async () => {
      // At 480 px labels are 12 px and the hit circle's radius 12: the old 12 px offset left no overlap.
      const box = document.createElement('div');
      box.style.width = '480px';
      document.body.append(box);
      const el = await mount(html`<eindex-radar lang="en" .data=${fullDocument()} entity="alpha"></eindex-radar>`, box);
      const tip = () => el.shadowRoot!.querySelector('.tooltip');
      for (const point of $$(el, 'g.point')) {
        point.dispatchEvent(new PointerEvent('pointerenter'));
        await el.updateComplete;
        const a = point.querySelector('.hit')!.getBoundingClientRect();
        const b = tip()!.querySelector('rect')!.getBoundingClientRect();
        const gap = Math.max(b.left - a.right, a.left - b.right, b.top - a.bottom, a.top - b.bottom);
        expect(gap, `gap between point ${point.getAttribute('aria-label')} and its tooltip`).to.be.lessThan(0);
      }
      const point = $(el, 'g.point');
      point.dispatchEvent(new PointerEvent('pointerenter'));
      await el.updateComplete;
      point.dispatchEvent(new PointerEvent('pointerleave', { relatedTarget: tip()!.querySelector('rect') }));
      await el.updateComplete;
      expect(tip(), 'kept while the pointer is on it').not.to.equal(null);
      tip()!.dispatchEvent(new PointerEvent('pointerleave', { relatedTarget: $(el, 'svg') }));
      await el.updateComplete;
      expect(tip(), 'gone when the pointer leaves both').to.equal(null);

      point.dispatchEvent(new PointerEvent('pointerenter'));
      await el.updateComplete;
      const outside = document.createElement('button');
      document.body.append(outside);
      outside.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(tip(), 'dismissed by Escape').to.equal(null);
    });
  });

  describe('meaning never by colour alone', () => {
    it('ranking: the level is written out beside its swatch, changes are words, the highlighted row has a mark', async () => {
      const el = await mount(html`<eindex-ranking lang="en" .data=${fullDocument()} columns="name level change" highlight="delta"></eindex-ranking>`);
      for (const cell of $$(el, 'td.level')) expect(cell.textContent!.trim()).to.match(/^(Level \d|not published)$/);
      const changes = $$(el, 'td.change').map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
      expect(changes.filter((c) => /up|down|new|same/i.test(c)).length).to.equal(changes.filter((c) => c !== '–').length);
      const highlighted = $(el, 'tr.highlighted');
      expect(highlighted.querySelector('.mark')!.textContent).to.equal('◆');
      expect(style(highlighted.querySelector('th')!).fontWeight).to.equal('700');
    });

    it('radar: every series has its own dash pattern and marker shape, shown in the legend too', async () => {
      const el = await mount(html`<eindex-radar lang="en" .data=${fullDocument()} entity="alpha" compare="beta average best"></eindex-radar>`);
      const series = $$(el, 'g.series');
      expect(series).to.have.length(4);
      const signature = series.map((g) => `${g.querySelector('.outline')!.getAttribute('stroke-dasharray') ?? 'solid'}|${g.querySelector('.marker')!.getAttribute('d')}`);
      expect(new Set(signature).size).to.equal(4);
      const legend = $$(el, '.legend li svg').slice(0, 4).map((svg) => svg.querySelector('line')!.getAttribute('stroke-dasharray') ?? 'solid');
      expect(legend).to.deep.equal(series.map((g) => g.querySelector('.outline')!.getAttribute('stroke-dasharray') ?? 'solid'));
    });

    it('gauge: each band is labelled with its level and the value is written with the level name', async () => {
      const el = await mount(html`<eindex-gauge lang="en" .data=${fullDocument()} entity="alpha"></eindex-gauge>`);
      expect($$(el, '.band text').map((t) => t.textContent!.trim())).to.deep.equal(['Level 1', 'Level 2', 'Level 3']);
      expect($(el, '.level-name').textContent!.trim()).to.equal('Level 3');
    });
  });
});
