/**
 * Geometry of the ranking over the matrix of issue #12: box width × language × colour scheme ×
 * data (real and sparse, fictional and full, fictional thinned out) × columns. It fails on a
 * clipped or ellipsised cell, text cut at its cell's edge, text under 12 px, an element wider
 * than its box, a default-column table that scrolls from 320 px up, and a scrolling table
 * whose region cannot be reached by keyboard or has no name.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { EIndexRanking } from '../../src/ranking/eindex-ranking.js';
import { clearDocumentCache } from '../../src/data/load.js';

const WIDTHS = [120, 160, 200, 320, 360, 768, 1200];
const DEFAULT_COLUMNS = 'rank name group total level';
const WIDE_COLUMNS = 'rank name group total level change categories';

type Data = { readonly name: string; readonly src?: string; readonly make?: () => Promise<unknown> };

/** The fictional set with most figures taken out, as real editions publish them. */
async function sparseFictional(): Promise<unknown> {
  const doc = (await (await fetch('/data/fictional.json')).json()) as {
    title: unknown;
    editions: Array<{ entities: Array<{ total: number | null; scores: Record<string, number | null>; level?: number }> }>;
  };
  doc.title = { lv: 'Izdomāti, reti publicēti dati', en: 'Fictional, sparsely published data' };
  for (const edition of doc.editions) {
    edition.entities.forEach((entity, index) => {
      if (index % 3 !== 0) entity.total = null;
      if (index % 5 !== 0) entity.scores = {};
      if (index % 2 === 0) delete entity.level;
    });
  }
  return doc;
}

const DATA: Data[] = [
  { name: 'real municipalities 2021', src: '/data/municipalities-2021.json' },
  { name: 'real institutions', src: '/data/institutions.json' },
  { name: 'fictional', src: '/data/fictional.json' },
  { name: 'fictional, sparse', make: sparseFictional },
];

/** Visible text holders in the shadow tree: not hidden for screen readers only, not left out by the layout. */
function visibleTextElements(root: ShadowRoot): Element[] {
  const found = new Set<Element>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || found.has(parent) || parent.closest('style, .visually-hidden')) continue;
    if (!parent.checkVisibility()) continue;
    // Hidden but read (the narrow layout's whole level names and header words): clipped to nothing on purpose.
    if (hiddenForScreenReaders(parent)) continue;
    found.add(parent);
  }
  return [...found];
}

function hiddenForScreenReaders(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) {
    if (getComputedStyle(e).clipPath === 'inset(50%)') return true;
  }
  return false;
}

/** Every problem the ranking's geometry has in its box now, as readable lines. */
function problems(el: EIndexRanking, box: HTMLElement, columns: string): string[] {
  const root = el.shadowRoot!;
  const found: string[] = [];
  const width = box.clientWidth;
  if (el.getBoundingClientRect().width > width + 0.5) found.push(`element ${el.getBoundingClientRect().width}px wide in a ${width}px box`);
  const scroller = root.querySelector<HTMLElement>('.scroller');
  if (!scroller) return [...found, 'no table drawn'];
  const scrolls = scroller.scrollWidth > scroller.clientWidth;
  if (scrolls && columns === DEFAULT_COLUMNS && width >= 320) found.push(`default columns scroll: ${scroller.scrollWidth}px in ${scroller.clientWidth}px`);
  if (scrolls && (scroller.getAttribute('role') !== 'region' || scroller.tabIndex !== 0 || !scroller.getAttribute('aria-label'))) {
    found.push('the scrolling table is not a focusable, named region');
  }
  for (const cell of root.querySelectorAll<HTMLElement>('th, td')) {
    if (!cell.checkVisibility()) continue;
    if (cell.scrollWidth > cell.clientWidth + 1) found.push(`clipped cell (${cell.scrollWidth} > ${cell.clientWidth}): ${cell.textContent!.trim().slice(0, 30)}`);
  }
  for (const text of visibleTextElements(root)) {
    const style = getComputedStyle(text);
    const label = `"${text.textContent!.trim().slice(0, 30)}"`;
    if (parseFloat(style.fontSize) < 12) found.push(`${label} at ${style.fontSize}`);
    if (style.textOverflow === 'ellipsis') found.push(`${label} ellipsised`);
    const cell = text.closest('th, td');
    if (!cell) continue;
    const own = text.getBoundingClientRect();
    const edge = cell.getBoundingClientRect();
    if (own.left < edge.left - 0.5 || own.right > edge.right + 0.5) found.push(`${label} cut at its cell's edge`);
  }
  return found;
}

describe('ranking geometry', () => {
  beforeEach(() => clearDocumentCache());

  for (const data of DATA) {
    for (const lang of ['lv', 'en'] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        for (const columns of [DEFAULT_COLUMNS, WIDE_COLUMNS]) {
          it(`${data.name}, ${lang}, ${scheme}, columns "${columns}": nothing clipped, no text under 12 px, fits ${WIDTHS.join('/')} px`, async () => {
            const box = document.createElement('div');
            box.style.colorScheme = scheme;
            box.style.width = `${WIDTHS[0]}px`;
            document.body.append(box);
            const el = document.createElement('eindex-ranking') as EIndexRanking;
            el.lang = lang;
            el.setAttribute('columns', columns);
            // The README's example: the top ten, one municipality highlighted, search and download.
            el.setAttribute('limit', '10');
            el.setAttribute('highlight', 'cesis');
            el.search = true;
            el.download = true;
            if (data.src) el.src = data.src;
            else el.data = await data.make!();
            const loaded = oneEvent(el, 'eindex-load');
            box.append(el);
            await loaded;
            await el.updateComplete;
            const seen: string[] = [];
            for (const width of WIDTHS) {
              box.style.width = `${width}px`;
              el.requestUpdate();
              await el.updateComplete;
              seen.push(...problems(el, box, columns).map((problem) => `${width}px: ${problem}`));
            }
            expect(seen).to.deep.equal([]);
          });
        }
      }
    }
  }
});
