/**
 * Puts every element in every state on a reliability page (the CSP page, the clean and the
 * hostile-CSS pages), waits until each has settled, exercises its controls, and measures what
 * a reader sees. The pages post the result to the test (their parent window).
 */
import type { EIndexDocument } from '../../../src/data/types.js';
import { ELEMENTS, completeEntity, create, fictionalUrl, nextFrame, outcome, stateOf, textElements, type State, type Tag } from './elements.js';

export interface CaseResult {
  readonly tag: string;
  readonly case: string;
  readonly expected: State;
  readonly state: State;
  readonly width: number;
  readonly height: number;
  /** The main drawing (table or svg) is present, with a non-zero box. */
  readonly drawing: { width: number; height: number } | null;
  /** The role="alert" message text, for the error state. */
  readonly alert: string;
  /** Elements with text of their own that are drawn with no width or height. */
  readonly collapsed: string[];
  /** Boxes of the text-bearing elements, in document order. */
  readonly texts: { width: number; height: number }[];
  /** Table cells, in order (ranking). */
  readonly cells: { width: number; height: number }[];
}

export interface PageReport {
  readonly type: 'eindex-page-report';
  readonly results: CaseResult[];
  readonly scrollWidth: number;
  readonly clientWidth: number;
  readonly errors: string[];
}

interface Planned {
  readonly el: HTMLElement;
  readonly tag: Tag;
  readonly case: string;
  readonly expected: State;
  /** Resolves once the element has announced its outcome (or at once when it never will). */
  readonly done: Promise<unknown>;
}

/** A document with a latest edition that lists no entity: the empty state. */
function emptyDocument(doc: EIndexDocument): unknown {
  return { ...doc, editions: [{ year: 2030, entities: [] }] };
}

const box = (el: Element): { width: number; height: number } => {
  const rect = el.getBoundingClientRect();
  return { width: Math.round(rect.width * 10) / 10, height: Math.round(rect.height * 10) / 10 };
};

/**
 * Creates the dynamic cases in `container` (the static inline-JSON cases are already in the
 * page's HTML, marked `data-case`), each a fresh element per tag and state.
 */
export async function buildCases(container: HTMLElement, options: { loading: boolean }): Promise<Planned[]> {
  const url = fictionalUrl(40, 2, 7);
  const doc = (await (await fetch(url)).json()) as EIndexDocument;
  const entity = completeEntity(doc).id;
  const planned: Planned[] = [];
  for (const { tag, ready } of ELEMENTS) {
    const add = (name: string, expected: State, attributes: Record<string, string>, data?: unknown): void => {
      const el = create(tag, { ...attributes, 'data-case': name });
      if (data !== undefined) el.data = data;
      // Listen before the element is in the page: a `.data` document settles in its first update.
      const announces = expected !== 'loading' && expected !== 'idle' && !(tag === 'eindex-gauge' && 'value' in attributes);
      const done = announces ? outcome(el) : Promise.resolve();
      container.append(el);
      planned.push({ el, tag, case: name, expected, done });
    };
    add('src', 'ready', { ...ready(entity), src: url });
    add('data', 'ready', { ...ready(entity), lang: 'lv' }, doc);
    add('error-http', 'error', { ...ready(entity), src: '/__test__/status/404' });
    add('error-data', 'error', ready(entity), { schema: 'eindex/1', title: 'x', categories: [], editions: 'none' });
    add('empty', 'empty', {}, emptyDocument(doc));
    if (options.loading) add('loading', 'loading', { ...ready(entity), src: '/__test__/never', timeout: '0' });
    add('idle', 'idle', {});
    if (tag === 'eindex-gauge') add('standalone', 'ready', { value: '57.5' });
  }
  for (const el of container.querySelectorAll<HTMLElement>('[data-case="inline"], [data-case="error-inline"]')) {
    const name = el.dataset['case']!;
    // Inline JSON settles in the first update, which has run by now (the fetch above took a task).
    const updated = (el as HTMLElement & { hasUpdated?: boolean }).hasUpdated === true && stateOf(el) !== 'loading';
    planned.push({ el, tag: el.localName as Tag, case: name, expected: name === 'inline' ? 'ready' : 'error', done: updated ? Promise.resolve() : outcome(el) });
  }
  return planned;
}

/** Waits until every element has announced its outcome and drawn it. */
export async function settle(planned: readonly Planned[]): Promise<void> {
  await Promise.all(
    planned.map(async ({ el, done }) => {
      await done;
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    }),
  );
  await nextFrame();
}

/**
 * Uses the controls a reader would: every button but the CSV download (a file download is
 * not a state of the element), and keyboard focus on every focusable part (tooltips).
 */
export async function interact(planned: readonly Planned[]): Promise<void> {
  for (const { el, expected } of planned) {
    if (expected !== 'ready') continue;
    const root = el.shadowRoot!;
    for (const button of root.querySelectorAll<HTMLButtonElement>('button:not([part~="download"])')) {
      button.click();
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    }
    for (const focusable of root.querySelectorAll<HTMLElement | SVGElement>('[tabindex="0"], a[href], input')) {
      focusable.focus();
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    }
    const search = root.querySelector<HTMLInputElement>('input[type="search"]');
    if (search) {
      search.value = 'a';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      search.value = '';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    }
  }
  await nextFrame();
}

export function measure(planned: readonly Planned[]): CaseResult[] {
  return planned.map(({ el, tag, case: name, expected }) => {
    const root = el.shadowRoot!;
    const spec = ELEMENTS.find((e) => e.tag === tag)!;
    const drawing = root.querySelector(spec.drawing);
    const texts = textElements(root);
    const collapsed = texts
      .filter((t) => {
        const b = t.getBoundingClientRect();
        return b.width < 1 || b.height < 1;
      })
      .map((t) => `${t.localName}.${[...t.classList].join('.')}: ${t.textContent!.trim().slice(0, 40)}`);
    return {
      tag,
      case: name,
      expected,
      state: stateOf(el),
      ...box(el),
      drawing: drawing ? box(drawing) : null,
      alert: root.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      collapsed,
      texts: texts.map(box),
      cells: [...root.querySelectorAll('th, td')].map(box),
    };
  });
}

/** Runs a page: builds, settles, interacts, measures and posts the report to the parent. */
export async function runPage(options: { loading: boolean }): Promise<PageReport> {
  const errors: string[] = [];
  window.addEventListener('error', (event) => errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const container = document.getElementById('elements')!;
  const planned = await buildCases(container, options);
  await settle(planned);
  await interact(planned);
  const report: PageReport = {
    type: 'eindex-page-report',
    results: measure(planned),
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    errors,
  };
  return report;
}
