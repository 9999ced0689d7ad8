/**
 * Large input (issue #6): a 10 000-entity document (about 3 MB of JSON, fictional) loads,
 * validates and renders in every element, and a reader's sort and search on it stay
 * responsive: no single task blocks the page for more than 200 ms.
 *
 * Long tasks are watched two ways: the Long Tasks API where the engine has it (Chromium), and
 * in every engine a heartbeat of back-to-back message-channel tasks, whose largest gap is the
 * longest time the page could not respond.
 */
import { expect } from '@open-wc/testing';
import { clearDocumentCache } from '../../src/data/load.js';
import { validateDocument } from '../../src/data/validate.js';
import { ELEMENTS, completeEntity, create, fictionalUrl, nextFrame, outcome, stateOf } from './pages/elements.js';
import type { EIndexDocument } from '../../src/data/types.js';

const BUDGET_MS = 200;
const URL_10K = fictionalUrl(10_000, 1, 3);

interface TaskWatch {
  stop(): { longest: number; longTasks: number[] };
}

function watchTasks(): TaskWatch {
  const channel = new MessageChannel();
  let running = true;
  let last = performance.now();
  let longest = 0;
  channel.port1.onmessage = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  const longTasks: number[] = [];
  let observer: PerformanceObserver | undefined;
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => Math.round(entry.duration))));
    observer.observe({ type: 'longtask' });
  }
  return {
    stop() {
      running = false;
      for (const entry of observer?.takeRecords() ?? []) longTasks.push(Math.round(entry.duration));
      observer?.disconnect();
      channel.port1.close();
      return { longest: Math.round(longest), longTasks };
    },
  };
}

type Tasks = { longest: number; longTasks: number[] };

const withinBudget = (tasks: Tasks): boolean => tasks.longest <= BUDGET_MS && tasks.longTasks.every((ms) => ms <= BUDGET_MS);

/**
 * Runs a scenario up to three times and keeps its least blocked run. The test machine is
 * shared, so another process can stretch one run; a task that is really too long is too long
 * every time.
 */
async function leastBlocked(scenario: () => Promise<Tasks>): Promise<Tasks> {
  let best: Tasks | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    const tasks = await scenario();
    if (!best || tasks.longest < best.longest) best = tasks;
    if (withinBudget(best)) break;
  }
  return best!;
}

function expectResponsive(result: Tasks, what: string): void {
  expect(result.longTasks.filter((ms) => ms > BUDGET_MS), `${what}: long tasks (ms)`).to.deep.equal([]);
  expect(result.longest, `${what}: longest time the page could not respond (ms)`).to.be.at.most(BUDGET_MS);
}

describe('a 10 000-entity document', function () {
  this.timeout(120_000);
  let text = '';
  let doc: EIndexDocument;
  before(async () => {
    text = await (await fetch(URL_10K)).text();
    doc = JSON.parse(text) as EIndexDocument;
  });
  beforeEach(() => clearDocumentCache());
  afterEach(() => document.body.replaceChildren());

  it('is what the issue asks for: 10 000 entities, megabytes of JSON, and it validates', async () => {
    expect(doc.editions[0]!.entities).to.have.length(10_000);
    expect(text.length).to.be.greaterThan(2_000_000);
    const tasks = await leastBlocked(async () => {
      const watch = watchTasks();
      await nextFrame();
      const result = validateDocument(JSON.parse(text));
      expect(result.ok).to.equal(true);
      await nextFrame();
      return watch.stop();
    });
    expectResponsive(tasks, 'parse and validate');
  });

  it('loads and renders in every element, one request, no task over 200 ms', async () => {
    const entity = completeEntity(doc).id;
    const tasks = await leastBlocked(async () => {
      clearDocumentCache();
      document.body.replaceChildren();
      const watch = watchTasks();
      const elements = ELEMENTS.map(({ tag, ready }) => create(tag, { ...ready(entity), src: URL_10K, lang: 'en' }));
      const outcomes = elements.map((el) => outcome(el));
      document.body.append(...elements);
      const results = await Promise.all(outcomes);
      await Promise.all(elements.map((el) => el.updateComplete));
      await nextFrame();
      const tasks = watch.stop();
      expect(results.map((r) => r.type)).to.deep.equal(elements.map(() => 'eindex-load'));
      for (const el of elements) expect(stateOf(el), el.localName).to.equal('ready');
      const ranking = elements[0]!;
      expect(ranking.shadowRoot!.querySelector('table')!.getAttribute('aria-rowcount')).to.equal('10001');
      expect(ranking.shadowRoot!.querySelectorAll('tbody tr.row').length).to.be.within(100, 200);
      return tasks;
    });
    expectResponsive(tasks, 'load and first render');
  });

  it('sorts and searches 10 000 rows with no task over 200 ms', async () => {
    const el = create('eindex-ranking', { src: URL_10K, search: '', columns: 'rank name total level categories', lang: 'en' });
    const done = outcome(el);
    document.body.append(el);
    await done;
    await el.updateComplete;
    const root = el.shadowRoot!;

    const header = root.querySelector<HTMLElement>('thead th[aria-sort] button, thead th button')!;
    // A name's first letters, typed one at a time: each keystroke filters all 10 000 rows.
    const word = doc.editions[0]!.entities
      .map((e) => (typeof e.name === 'string' ? e.name : (e.name['en'] ?? '')))
      .find((name) => /^[a-z]{4}/i.test(name))!
      .slice(0, 4)
      .toLowerCase();
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    const type = async (query: string): Promise<void> => {
      search.value = query;
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      await nextFrame();
    };
    const tasks = await leastBlocked(async () => {
      await type('');
      const watch = watchTasks();
      header.click();
      await el.updateComplete;
      await nextFrame();
      for (const query of [word.slice(0, 1), word.slice(0, 2), word.slice(0, 3), word]) await type(query);
      return watch.stop();
    });
    const rows = root.querySelectorAll('tbody tr.row');
    expect(rows.length).to.be.greaterThan(0);
    expect(rows.length).to.be.lessThan(10_000);
    for (const row of rows) expect(row.textContent!.toLowerCase()).to.contain(word);
    expectResponsive(tasks, 'sort and search');
  });
});
