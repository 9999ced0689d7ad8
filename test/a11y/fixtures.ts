/**
 * Every element in every state, for the accessibility matrix: loaded, loading (a request
 * that never answers), error and empty. Data is the tiny fictional document of
 * test/helpers/docs.ts with category scores and level thresholds filled in, so every part of
 * each drawing is there (bands, average tick, gaps, change column, highlighted row, and the
 * download controls: CSV for the ranking, images for the charts).
 */
import { html, render, type TemplateResult } from 'lit';
import { oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/ranking/define.js';
import '../../src/radar/define.js';
import '../../src/gauge/define.js';
import '../../src/trend/define.js';
import '../../src/levels/define.js';
import { tinyDocument } from '../helpers/docs.js';

export type ElementName = 'ranking' | 'radar' | 'gauge' | 'trend' | 'levels';
export type State = 'loaded' | 'loading' | 'error' | 'empty';
export const ELEMENTS: readonly ElementName[] = ['ranking', 'radar', 'gauge', 'trend', 'levels'];
export const STATES: readonly State[] = ['loaded', 'loading', 'error', 'empty'];

/** A request the test server never answers (web-test-runner.config.mjs). */
export const NEVER = '/__test__/never';

/** The tiny document with category scores for two entities and published level thresholds. */
export function fullDocument(): Record<string, unknown> {
  const d = tinyDocument() as {
    levels: { level: number; min?: number }[];
    editions: { entities: { id: string; scores: Record<string, number | null> }[] }[];
  };
  d.levels.forEach((level, i) => (level.min = [0, 40, 60][i]));
  const latest = d.editions[1]!.entities;
  latest.find((e) => e.id === 'alpha')!.scores = { communication: 70.5, 'customer-service': 60, 'open-data': 93, services: 55 };
  latest.find((e) => e.id === 'beta')!.scores = { communication: 40, 'customer-service': 50, 'open-data': 80, 'internal-processes': 45, services: 65 };
  return d as unknown as Record<string, unknown>;
}

function emptyDocument(): Record<string, unknown> {
  const d = fullDocument() as { editions: { entities: unknown[] }[] };
  d.editions[1]!.entities = [];
  return d as unknown as Record<string, unknown>;
}

/** No levels declared: nothing for the levels chart to draw. */
function noLevels(): Record<string, unknown> {
  const d = fullDocument() as { levels: unknown[]; editions: { entities: { level?: number }[] }[] };
  d.levels = [];
  for (const edition of d.editions) for (const entity of edition.entities) delete entity.level;
  return d as unknown as Record<string, unknown>;
}

const INVALID = { schema: 'eindex/1', title: 'x', categories: [], editions: [] };

export function template(element: ElementName, state: State, lang: string): TemplateResult {
  const data = fullDocument();
  switch (element) {
    case 'ranking':
      switch (state) {
        case 'loaded':
          return html`<eindex-ranking lang=${lang} .data=${data} columns="rank name group total level change categories"
            limit="3" highlight="delta" search download></eindex-ranking>`;
        case 'loading':
          return html`<eindex-ranking lang=${lang} src=${NEVER}></eindex-ranking>`;
        case 'error':
          return html`<eindex-ranking lang=${lang} .data=${INVALID}></eindex-ranking>`;
        case 'empty':
          return html`<eindex-ranking lang=${lang} .data=${emptyDocument()}></eindex-ranking>`;
      }
      break;
    case 'radar':
      switch (state) {
        case 'loaded':
          return html`<eindex-radar lang=${lang} .data=${data} entity="alpha" compare="beta average best" download></eindex-radar>`;
        case 'loading':
          return html`<eindex-radar lang=${lang} src=${NEVER} entity="alpha"></eindex-radar>`;
        case 'error':
          return html`<eindex-radar lang=${lang} .data=${data} entity="bogus"></eindex-radar>`;
        case 'empty':
          return html`<eindex-radar lang=${lang} .data=${data}></eindex-radar>`;
      }
      break;
    case 'gauge':
      switch (state) {
        case 'loaded':
          return html`<eindex-gauge lang=${lang} .data=${data} entity="alpha" download></eindex-gauge>`;
        case 'loading':
          return html`<eindex-gauge lang=${lang} src=${NEVER} entity="alpha"></eindex-gauge>`;
        case 'error':
          return html`<eindex-gauge lang=${lang} .data=${INVALID} entity="alpha"></eindex-gauge>`;
        case 'empty':
          return html`<eindex-gauge lang=${lang} .data=${data}></eindex-gauge>`;
      }
      break;
    case 'trend':
      switch (state) {
        case 'loaded':
          return html`<eindex-trend lang=${lang} .data=${data} entity="alpha" compare="beta average" download></eindex-trend>`;
        case 'loading':
          return html`<eindex-trend lang=${lang} src=${NEVER} entity="alpha"></eindex-trend>`;
        case 'error':
          return html`<eindex-trend lang=${lang} .data=${data} entity="omega"></eindex-trend>`;
        case 'empty':
          return html`<eindex-trend lang=${lang} .data=${data}></eindex-trend>`;
      }
      break;
    case 'levels':
      switch (state) {
        case 'loaded':
          return html`<eindex-levels lang=${lang} .data=${data} editions="all" entity="alpha" download></eindex-levels>`;
        case 'loading':
          return html`<eindex-levels lang=${lang} src=${NEVER}></eindex-levels>`;
        case 'error':
          return html`<eindex-levels lang=${lang} .data=${INVALID}></eindex-levels>`;
        case 'empty':
          return html`<eindex-levels lang=${lang} .data=${noLevels()}></eindex-levels>`;
      }
  }
  throw new Error(`no fixture for ${element} ${state}`);
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * Renders the element in `state` into `container` and resolves once it is drawn in that
 * state; throws if it ends up in another one, so a cell never tests the wrong thing.
 */
export async function mountState(container: HTMLElement, element: ElementName, state: State, lang: string): Promise<Updating> {
  const host = document.createElement('div');
  render(template(element, state, lang), host);
  const el = host.firstElementChild as Updating;
  const outcome = state === 'loaded' || state === 'empty' ? oneEvent(el, 'eindex-load') : state === 'error' ? oneEvent(el, 'eindex-error') : undefined;
  container.append(host);
  await outcome;
  await el.updateComplete;
  // A chart measures its width after connecting and may draw once more in the next frame.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  const root = el.shadowRoot!;
  const found: Record<State, boolean> = {
    loading: el.getAttribute('aria-busy') === 'true' && root.querySelector('.status.loading') !== null,
    error: root.querySelector('[role="alert"]') !== null,
    empty: root.querySelector('.status.empty') !== null,
    loaded: root.querySelector('.status') === null && root.querySelector('table, svg') !== null,
  };
  if (!found[state]) throw new Error(`${element} is not in the ${state} state`);
  return el;
}
