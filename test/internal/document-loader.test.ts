import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { nextTask } from '../../src/data/load.js';
import { DocumentLoader, type DocumentSource, type LoadState } from '../../src/internal/controllers/document-loader.js';

const MINIMAL = new URL('../fixtures/documents/minimal.json', import.meta.url).href;

/** A host whose source the test sets; `next(status)` resolves at the first update in that state. */
class LoaderHost extends ReactiveElement {
  source: DocumentSource = { data: undefined, inline: undefined, src: '', timeout: 15_000 };
  readonly loader = new DocumentLoader(this, () => this.source);
  statuses: LoadState['status'][] = [];
  #waiting: { status: string; resolve: () => void }[] = [];

  next(status: LoadState['status']): Promise<void> {
    return new Promise((resolve) => this.#waiting.push({ status, resolve }));
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    const { status } = this.loader.state;
    this.statuses.push(status);
    this.#waiting = this.#waiting.filter((w) => (w.status === status ? (w.resolve(), false) : true));
  }
}
customElements.define('test-loader-host', LoaderHost);

/** A host that prepares what it will draw (the ranking orders its rows) before it draws it. */
class PreparingHost extends LoaderHost {
  prepared: unknown;
  onPrepare = (): void => undefined;
  override readonly loader = new DocumentLoader(this, () => this.source, (doc) => {
    this.prepared = doc;
    this.onPrepare();
  });
}
customElements.define('test-preparing-host', PreparingHost);

/** Counts the tasks of a page that posts itself a message whenever it can (as tasks.ts watches). */
function heartbeat(): { ticks: () => number; stop: () => void } {
  const channel = new MessageChannel();
  let ticks = 0;
  channel.port1.onmessage = () => {
    ticks += 1;
    channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  return { ticks: () => ticks, stop: () => channel.port1.close() };
}

function host(source: Partial<DocumentSource>): LoaderHost {
  const el = new LoaderHost();
  el.source = { ...el.source, ...source };
  return document.body.appendChild(el);
}

describe('DocumentLoader', () => {
  afterEach(() => document.body.replaceChildren());

  it('is idle with no source, ready at once with valid data, and an error with invalid data once its wording is here', async () => {
    const el = host({});
    el.loader.load();
    expect(el.loader.state.status).to.equal('idle');
    el.source = { ...el.source, inline: '{"not": "a document"}' };
    el.loader.load();
    // The worded messages load on demand (failure-text-loader.ts) the first time; `pending` says when.
    if (el.loader.state.status !== 'error') {
      expect(el.loader.state.status).to.equal('loading');
      await el.loader.pending;
    }
    expect(el.loader.pending).to.equal(undefined);
    const state = el.loader.state;
    expect(state.status).to.equal('error');
    if (state.status !== 'error') return;
    expect(state.describe('en').message).to.match(/document/i);
    expect(state.describe('lv').message).to.not.equal(state.describe('en').message);
  });

  it('validates an object given as data once, however many hosts show it; a new object anew', async () => {
    const doc = await (await fetch(MINIMAL)).json();
    const docOf = (el: LoaderHost) => (el.loader.state.status === 'ready' ? el.loader.state.doc : undefined);
    const first = host({ data: doc });
    first.loader.load();
    const second = host({ data: doc });
    second.loader.load();
    expect(docOf(first)).to.not.equal(undefined);
    // The same validated (normalised) document, not a second validation of the same object.
    expect(docOf(second)).to.equal(docOf(first));
    const copy = host({ data: structuredClone(doc) });
    copy.loader.load();
    expect(docOf(copy)).to.not.equal(docOf(first));
    expect(docOf(copy)).to.deep.equal(docOf(first));
  });

  it('loads a URL: loading, then ready with the validated document', async () => {
    const el = host({ src: MINIMAL });
    const ready = el.next('ready');
    el.loader.load();
    expect(el.loader.state.status).to.equal('loading');
    await ready;
    const state = el.loader.state;
    expect(state.status === 'ready' && state.doc.editions.length).to.be.greaterThan(0);
  });

  it('makes hosts that share one request ready in turns, with other tasks of the page between them', async () => {
    const src = `${MINIMAL}?turns`;
    const hosts = [host({ src }), host({ src }), host({ src })];
    const beat = heartbeat();
    const seen: number[] = [];
    const ready = hosts.map((el) => el.next('ready').then(() => seen.push(beat.ticks())));
    for (const el of hosts) el.loader.load();
    await Promise.all(ready);
    beat.stop();
    expect(seen[1]).to.be.greaterThan(seen[0]!);
    expect(seen[2]).to.be.greaterThan(seen[1]!);
  });

  it('lets a host prepare a loaded document in a task before the one it draws in', async () => {
    const el = new PreparingHost();
    el.source = { ...el.source, src: `${MINIMAL}?prepare` };
    document.body.append(el);
    const beat = heartbeat();
    let preparedAt = -1;
    el.onPrepare = () => {
      preparedAt = beat.ticks();
      expect(el.loader.state.status).to.equal('loading');
    };
    const ready = el.next('ready').then(() => beat.ticks());
    el.loader.load();
    const readyAt = await ready;
    beat.stop();
    expect(preparedAt).to.be.at.least(0);
    expect(readyAt).to.be.greaterThan(preparedAt);
    expect((el.loader.state as { doc: unknown }).doc).to.equal(el.prepared);
  });

  it('drops a superseded request, whether it fails (aborted) or its answer is already in', async () => {
    const el = host({ src: MINIMAL });
    const ready = el.next('ready');
    el.loader.load();
    await ready;
    const newer = { ...structuredClone((el.loader.state as { doc: object }).doc), title: 'Newer' };
    // Not yet fetched: giving up rejects it as aborted.
    el.source = { ...el.source, src: `${MINIMAL}?older` };
    el.loader.load();
    el.source = { ...el.source, data: newer };
    el.loader.load();
    await nextTask();
    expect(el.loader.state).to.nested.include({ status: 'ready', 'doc.title': 'Newer' });
    // Already loaded: its answer arrives within microtasks, then waits a task to be drawn.
    el.source = { ...el.source, data: undefined, src: MINIMAL };
    el.loader.load();
    for (let i = 0; i < 10; i += 1) await null;
    el.source = { ...el.source, data: newer };
    el.loader.load();
    await nextTask();
    await nextTask();
    expect(el.loader.state).to.nested.include({ status: 'ready', 'doc.title': 'Newer' });
    expect(el.statuses).to.not.include('error');
  });

  it('goes back to idle when disconnected while loading, and loads again when reconnected', async () => {
    const el = host({ src: `${MINIMAL}?again` });
    await el.updateComplete;
    el.loader.load();
    el.remove();
    expect(el.loader.state.status).to.equal('idle');
    const ready = el.next('ready');
    document.body.append(el);
    expect(el.loader.state.status).to.equal('loading');
    await ready;
  });
});
