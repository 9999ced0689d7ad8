/**
 * Lifecycles (issue #6): a page that mounts and removes a thousand elements — loaded, failing,
 * still loading — is left with no listener, observer or timer the elements made, and the
 * shared request cache stays bounded.
 *
 * Every listener, observer and timer created by the project's own code (its stack passes
 * through /src/) is tracked from creation to removal, disconnection, clearing or firing.
 */
import { expect } from '@open-wc/testing';
import { clearDocumentCache } from '../../src/data/load.js';
import { ELEMENTS, completeEntity, create, fictionalUrl, nextFrame, outcome } from './pages/elements.js';
import type { EIndexDocument } from '../../src/data/types.js';
import { tinyDocument } from '../helpers/docs.js';

const fromProject = (): boolean => /\/src\//.test(new Error().stack ?? '');

interface Tracker {
  /** Listeners added by project code and not removed, by a description of their target. */
  listeners: Map<string, { target: EventTarget; type: string }>;
  observers: Set<{ kind: string; observing: number }>;
  timers: Map<string, string>;
  restore(): void;
}

function targetIsLive(target: EventTarget, container: Node): boolean {
  // Nodes of removed elements go with them; a listener on anything still in the page, or on
  // window, document or a media query list, would outlive the element.
  if (target instanceof Node) return target.isConnected && !container.contains(target);
  return true;
}

function track(): Tracker {
  const listeners = new Map<string, { target: EventTarget; type: string }>();
  const observers = new Set<{ kind: string; observing: number }>();
  const timers = new Map<string, string>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (value: object): number => {
    if (!ids.has(value)) ids.set(value, nextId++);
    return ids.get(value)!;
  };
  const key = (target: EventTarget, type: string, listener: unknown, options: unknown): string => {
    const capture = typeof options === 'boolean' ? options : Boolean((options as AddEventListenerOptions | undefined)?.capture);
    return `${idOf(target)}:${type}:${listener && typeof listener === 'object' || typeof listener === 'function' ? idOf(listener as object) : 'x'}:${capture}`;
  };

  const proto = EventTarget.prototype;
  const { addEventListener: add, removeEventListener: remove } = proto;
  proto.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (listener && fromProject()) {
      const k = key(this, type, listener, options);
      listeners.set(k, { target: this, type });
      // A { once } listener goes when it fires: track that too.
      if (typeof options === 'object' && options.once) {
        add.call(this, type, () => listeners.delete(k), { once: true, capture: Boolean(options.capture) });
      }
      if (typeof options === 'object' && options.signal) options.signal.addEventListener('abort', () => listeners.delete(k));
    }
    return add.call(this, type, listener, options);
  };
  proto.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    if (listener) listeners.delete(key(this, type, listener, options));
    return remove.call(this, type, listener, options);
  };

  const restores: (() => void)[] = [];
  for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver', 'PerformanceObserver'] as const) {
    const Original = window[name] as unknown as { prototype: { observe: (...a: unknown[]) => void; disconnect: () => void } };
    if (!Original) continue;
    const { observe, disconnect } = Original.prototype;
    const records = new WeakMap<object, { kind: string; observing: number }>();
    Original.prototype.observe = function (this: object, ...args: unknown[]) {
      if (fromProject()) {
        let record = records.get(this);
        if (!record) {
          record = { kind: name, observing: 0 };
          records.set(this, record);
        }
        record.observing++;
        observers.add(record);
      }
      return observe.apply(this, args);
    };
    Original.prototype.disconnect = function (this: object) {
      const record = records.get(this);
      if (record) observers.delete(record);
      return disconnect.call(this);
    };
    if (name === 'ResizeObserver' || name === 'IntersectionObserver') {
      const proto2 = Original.prototype as unknown as { unobserve: (target: Element) => void };
      const { unobserve } = proto2;
      proto2.unobserve = function (this: object, target: Element) {
        const record = records.get(this);
        if (record && --record.observing <= 0) observers.delete(record);
        return unobserve.call(this, target);
      };
      restores.push(() => (proto2.unobserve = unobserve));
    }
    restores.push(() => {
      Original.prototype.observe = observe;
      Original.prototype.disconnect = disconnect;
    });
  }

  // Timers: each pending one is keyed by kind and id, and forgotten when it fires or is cleared.
  type Scheduler = (callback: (...args: unknown[]) => void, ...rest: unknown[]) => number;
  type Canceller = (id: number | undefined) => void;
  const pairs: [string, string, string][] = [
    ['timeout', 'setTimeout', 'clearTimeout'],
    ['interval', 'setInterval', 'clearInterval'],
    ['frame', 'requestAnimationFrame', 'cancelAnimationFrame'],
    ['idle', 'requestIdleCallback', 'cancelIdleCallback'],
  ];
  const globals = window as unknown as Record<string, Scheduler | Canceller | undefined>;
  for (const [kind, setName, clearName] of pairs) {
    const set = globals[setName] as Scheduler | undefined;
    const clear = globals[clearName] as Canceller | undefined;
    if (!set || !clear) continue;
    globals[setName] = ((callback: (...args: unknown[]) => void, ...rest: unknown[]) => {
      if (!fromProject()) return set.call(window, callback, ...rest);
      const stack = (new Error().stack ?? '').split('\n').find((line) => line.includes('/src/')) ?? '';
      let id = -1;
      id = set.call(
        window,
        (...args: unknown[]) => {
          if (kind !== 'interval') timers.delete(`${kind}:${id}`);
          callback(...args);
        },
        ...rest,
      );
      timers.set(`${kind}:${id}`, stack.trim());
      return id;
    }) as Scheduler;
    globals[clearName] = ((id: number | undefined) => {
      timers.delete(`${kind}:${id}`);
      clear.call(window, id);
    }) as Canceller;
    restores.push(() => {
      globals[setName] = set;
      globals[clearName] = clear;
    });
  }

  return {
    listeners,
    observers,
    timers,
    restore() {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
      for (const undo of restores) undo();
    },
  };
}

describe('lifecycles', function () {
  this.timeout(120_000);
  let entity = '';
  before(async () => {
    const doc = (await (await fetch(fictionalUrl())).json()) as EIndexDocument;
    entity = completeEntity(doc).id;
  });
  beforeEach(() => clearDocumentCache());
  afterEach(() => document.body.replaceChildren());

  it('mounting and removing 1 000 elements leaves no listener, observer or timer behind, and makes one request per URL', async () => {
    const tracker = track();
    const realFetch = window.fetch;
    const requests: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(new URL(String(input), location.href).pathname + new URL(String(input), location.href).search);
      return realFetch.call(window, input, init);
    };
    let sawWhileMounted = { listeners: 0, observers: 0, timers: 0 };
    let mounted = 0;
    try {
      const BATCH = 100;
      for (let batch = 0; batch < 10; batch++) {
        const container = document.createElement('div');
        const settled: Promise<unknown>[] = [];
        for (let i = 0; i < BATCH; i++) {
          const { tag, ready } = ELEMENTS[(batch * BATCH + i) % ELEMENTS.length]!;
          const kind = i % 5;
          const el = create(tag, { ...ready(entity), lang: i % 2 ? 'en' : 'lv', for: 'linked', id: `el-${batch}-${i}` });
          if (kind === 0) el.setAttribute('src', fictionalUrl());
          else if (kind === 1) el.data = tinyDocument();
          else if (kind === 2) el.setAttribute('src', '/__test__/status/404');
          else if (kind === 3) el.setAttribute('src', `/__test__/never?batch=${batch}`);
          // kind 4: no source at all (idle).
          if (kind <= 2) settled.push(outcome(el));
          container.append(el);
          mounted++;
        }
        document.body.append(container);
        await Promise.all(settled);
        await nextFrame();
        if (batch === 0) {
          const live = [...tracker.listeners.values()].filter((l) => targetIsLive(l.target, container));
          sawWhileMounted = { listeners: live.length, observers: tracker.observers.size, timers: tracker.timers.size };
        }
        container.remove();
      }
      await nextFrame();
      await nextFrame();
      expect(mounted).to.equal(1000);
      // The tracking sees what mounted elements hold (so it would see a leak)…
      expect(sawWhileMounted.listeners, 'listeners seen while mounted').to.be.greaterThan(0);
      expect(sawWhileMounted.observers, 'observers seen while mounted').to.be.greaterThan(0);
      expect(sawWhileMounted.timers, 'timers seen while mounted (request timeouts)').to.be.greaterThan(0);
      // …and nothing is left once they are gone.
      const leftListeners = [...tracker.listeners.values()]
        .filter((l) => targetIsLive(l.target, document.createElement('div')))
        .map((l) => `${l.type} on ${(l.target as Node).nodeName ?? l.target.constructor.name}`);
      expect(leftListeners, 'listeners left on the page').to.deep.equal([]);
      expect([...tracker.observers].map((o) => o.kind), 'observers left connected').to.deep.equal([]);
      expect([...tracker.timers.values()], 'timers left pending').to.deep.equal([]);
      // Many elements with the same src make one request.
      expect(requests.filter((r) => r === fictionalUrl()), 'requests for the shared document').to.have.length(1);
    } finally {
      tracker.restore();
      window.fetch = realFetch;
    }
  });

  it('keeps the shared request cache bounded: after 40 documents the first is fetched again, the latest is not', async () => {
    const realFetch = window.fetch;
    const requests: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(String(input));
      return realFetch.call(window, input, init);
    };
    const show = async (seed: number): Promise<void> => {
      const el = create('eindex-ranking', { src: fictionalUrl(5, 1, seed) });
      const done = outcome(el);
      document.body.append(el);
      expect((await done).type).to.equal('eindex-load');
      el.remove();
    };
    try {
      for (let seed = 1; seed <= 40; seed++) await show(seed);
      expect(requests).to.have.length(40);
      await show(40);
      expect(requests, 'the latest document is still cached').to.have.length(40);
      await show(1);
      expect(requests, 'the first document was dropped').to.have.length(41);
    } finally {
      window.fetch = realFetch;
    }
  });
});
