/**
 * Network faults (issue #6): 404, 500, an HTML page instead of JSON, truncated JSON, a server
 * that never answers, a quickly changing `src`, and a connection that drops and comes back.
 * Each failure shows a visible role="alert" message naming the problem and fires eindex-error,
 * and a valid neighbour on the same page still renders.
 */
import { expect } from '@open-wc/testing';
import { clearDocumentCache } from '../../src/data/load.js';
import { ELEMENTS, completeEntity, create, fictionalUrl, nextFrame, outcome, stateOf, type Tag } from './pages/elements.js';
import type { EIndexDocument } from '../../src/data/types.js';

type Updatable = HTMLElement & { updateComplete: Promise<boolean>; timeout: number; src: string; reload(): void };

let entity = '';
before(async () => {
  const doc = (await (await fetch(fictionalUrl())).json()) as EIndexDocument;
  entity = completeEntity(doc).id;
});

function element(tag: Tag, attributes: Record<string, string> = {}): Updatable {
  return create(tag, { ...ELEMENTS.find((e) => e.tag === tag)!.ready(entity), lang: 'en', ...attributes }) as Updatable;
}

function alertOf(el: Element): HTMLElement {
  const alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
  if (!alert) throw new Error(`${el.localName} shows no role="alert"`);
  return alert;
}

/** The alert is on screen: it has a box, and nothing hides it. */
function expectVisible(alert: HTMLElement): void {
  const rect = alert.getBoundingClientRect();
  expect(rect.width, 'alert width').to.be.greaterThan(50);
  expect(rect.height, 'alert height').to.be.greaterThan(10);
  const style = getComputedStyle(alert);
  expect(style.visibility).to.equal('visible');
  expect(Number(style.opacity)).to.be.greaterThan(0.5);
  expect(alert.checkVisibility?.() ?? true).to.equal(true);
}

/** A valid element next to the failing one: it must render whatever its neighbour does. */
async function withNeighbour(tag: Tag, failing: Updatable): Promise<{ type: string; detail: { message?: string; path?: string } }> {
  const neighbour = element(tag, { src: fictionalUrl() });
  const neighbourDone = outcome(neighbour);
  const done = outcome(failing);
  document.body.append(failing, neighbour);
  const result = await done;
  expect((await neighbourDone).type, 'the valid neighbour loads').to.equal('eindex-load');
  await Promise.all([failing.updateComplete, neighbour.updateComplete]);
  expect(stateOf(neighbour), 'the valid neighbour renders').to.equal('ready');
  return result;
}

const FAULTS: { name: string; src: string; message: RegExp }[] = [
  { name: 'a 404', src: '/__test__/status/404', message: /not found|HTTP 404/i },
  { name: 'a 500', src: '/__test__/status/500', message: /server failed \(HTTP 500\)/i },
  { name: 'an HTML page instead of JSON', src: '/test/fixtures/not-json.html', message: /not JSON: it looks like an HTML page/i },
  { name: 'truncated JSON', src: '/test/fixtures/truncated.json', message: /not valid JSON \(it may be cut short/i },
];

describe('network faults', () => {
  beforeEach(() => clearDocumentCache());
  afterEach(() => document.body.replaceChildren());

  for (const { tag } of ELEMENTS) {
    describe(`<${tag}>`, () => {
      for (const fault of FAULTS) {
        it(`${fault.name}: a visible alert names the problem, eindex-error fires, the neighbour renders`, async () => {
          const el = element(tag, { src: fault.src });
          const result = await withNeighbour(tag, el);
          expect(result.type).to.equal('eindex-error');
          expect(result.detail.message).to.match(fault.message);
          const alert = alertOf(el);
          expect(alert.textContent!.replace(/\s+/g, ' ')).to.match(fault.message);
          expect(alert.textContent).to.contain(fault.src);
          expectVisible(alert);
        });
      }

      it('a server that never answers: a timeout message after `timeout` ms, not before', async () => {
        const el = element(tag, { src: '/__test__/never?short', timeout: '400' });
        const started = performance.now();
        const result = await withNeighbour(tag, el);
        const elapsed = performance.now() - started;
        expect(result.type).to.equal('eindex-error');
        expect(elapsed, 'ms before the timeout').to.be.at.least(390);
        expect(result.detail.message).to.match(/did not answer within 0\.4 s/);
        expectVisible(alertOf(el));
      });

      it('when src changes three times quickly, only the last renders and the earlier requests are aborted', async () => {
        // The first two answers are held back until the third has rendered, then released.
        const realFetch = window.fetch;
        const held: { url: string; signal: AbortSignal; release: () => void }[] = [];
        window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
          const url = String(input);
          if (!url.includes('held=')) return realFetch.call(window, input, init);
          return new Promise<Response>((resolve, reject) => {
            const signal = init!.signal!;
            const release = (): void => {
              realFetch.call(window, input, init).then(resolve, reject);
            };
            signal.addEventListener('abort', () => reject(signal.reason));
            held.push({ url, signal, release });
          });
        };
        try {
          const el = element(tag, { src: `${fictionalUrl(30, 2, 11)}&held=1` });
          const events: string[] = [];
          el.addEventListener('eindex-load', () => events.push('load'));
          el.addEventListener('eindex-error', () => events.push('error'));
          document.body.append(el);
          await el.updateComplete;
          el.src = `${fictionalUrl(30, 2, 12)}&held=2`;
          await el.updateComplete;
          const last = outcome(el);
          el.src = fictionalUrl();
          expect((await last).type).to.equal('eindex-load');
          await el.updateComplete;
          expect(held.map((h) => h.url)).to.have.length(2);
          expect(held.map((h) => h.signal.aborted), 'earlier requests aborted').to.deep.equal([true, true]);
          for (const h of held) h.release();
          await nextFrame();
          await el.updateComplete;
          expect(events).to.deep.equal(['load']);
          expect(stateOf(el)).to.equal('ready');
          // The last source has 40 entities; the two held back have 30.
          const shown = (el as unknown as { document: EIndexDocument }).document;
          expect(shown.editions.map((e) => e.entities.length)).to.include(40);
          expect(shown.editions.map((e) => e.entities.length)).not.to.include(30);
          if (tag !== 'eindex-ranking') expect(el.shadowRoot!.textContent).to.contain(completeEntityName(el));
        } finally {
          window.fetch = realFetch;
        }
      });

      // The browser's offline/online events are not dispatched: nothing listens to them. What a
      // reader meets offline is a fetch that rejects, and what brings the data back is the button.
      it('when the network fails, "Try again" recovers once it is back', async () => {
        const realFetch = window.fetch;
        window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
        try {
          const el = element(tag, { src: `${fictionalUrl()}&offline=1` });
          const failed = outcome(el);
          document.body.append(el);
          const result = await failed;
          expect(result.type).to.equal('eindex-error');
          expect(result.detail.message).to.match(/request failed \(no connection/);
          await el.updateComplete;
          expectVisible(alertOf(el));
          const button = alertOf(el).querySelector('button')!;
          expect(button.textContent!.trim()).to.equal('Try again');

          window.fetch = realFetch;
          const recovered = outcome(el);
          button.click();
          expect((await recovered).type).to.equal('eindex-load');
          await el.updateComplete;
          expect(stateOf(el)).to.equal('ready');
          expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
        } finally {
          window.fetch = realFetch;
        }
      });
    });
  }

  it('waits 15 s by default before it gives up on a server that never answers', async function () {
    this.timeout(30_000);
    const el = element('eindex-gauge', { src: '/__test__/never?default' });
    el.removeAttribute('timeout');
    expect(el.timeout).to.equal(15_000);
    const started = performance.now();
    const done = outcome(el);
    document.body.append(el);
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    const result = await done;
    const elapsed = performance.now() - started;
    expect(result.type).to.equal('eindex-error');
    expect(elapsed).to.be.within(14_900, 20_000);
    expect(result.detail.message).to.match(/did not answer within 15 s/);
  });
});

/** The name of the entity an element shows (radar, gauge), read from its loaded document. */
function completeEntityName(el: Element): string {
  const doc = (el as unknown as { document: EIndexDocument }).document;
  const found = doc.editions.flatMap((e) => e.entities).find((e) => e.id === entity)!;
  const name = found.name;
  return typeof name === 'string' ? name : (name['en'] ?? Object.values(name)[0]!);
}
