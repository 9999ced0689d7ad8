import { expect } from '@open-wc/testing';
import { clearDocumentCache, EIndexLoadError, loadDocument, MAX_DOCUMENT_BYTES, MAX_TIMEOUT, parseInlineDocument } from '../../src/data/load.js';
import { describeLoadError, describeProblem } from '../../src/i18n/problems.js';

const fixture = (name: string, query = ''): string => new URL(`/test/fixtures/documents/${name}${query}`, location.href).href;
const route = (path: string): string => new URL(`/__test__/${path}`, location.href).href;

/** Every fetch the loader makes, through the real `fetch`. */
let calls: { url: string; init: RequestInit | undefined }[] = [];
const realFetch = window.fetch;

beforeEach(() => {
  clearDocumentCache();
  calls = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return realFetch.call(window, input, init);
  };
});

afterEach(() => {
  window.fetch = realFetch;
});

/** The error a promise rejects with; fails the test when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<EIndexLoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(EIndexLoadError);
    return error as EIndexLoadError;
  }
  throw new Error('expected the promise to reject');
}

describe('loadDocument', () => {
  it('loads, validates and normalises a document', async () => {
    const doc = await loadDocument(fixture('full.json'));
    expect(doc.editions.map((e) => e.year)).to.deep.equal([2021, 2022]);
    expect(doc.levels.map((l) => l.level)).to.deep.equal([1, 2, 3]);
    expect(doc.sources).to.have.length(2);
  });

  it('asks for JSON with same-origin credentials and an abort signal', async () => {
    await loadDocument(fixture('minimal.json'));
    expect(calls).to.have.length(1);
    const init = calls[0]!.init!;
    expect(init.credentials).to.equal('same-origin');
    expect(init.headers).to.deep.equal({ Accept: 'application/json' });
    expect(init.signal).to.be.instanceOf(AbortSignal);
  });

  it('makes one request for many concurrent callers, and none for later ones', async () => {
    const url = fixture('full.json', '?concurrent');
    const docs = await Promise.all(Array.from({ length: 8 }, () => loadDocument(url)));
    expect(calls.map((c) => c.url)).to.deep.equal([url]);
    expect(new Set(docs).size).to.equal(1);
    const later = await loadDocument(url);
    expect(later).to.equal(docs[0]);
    expect(calls).to.have.length(1);
  });

  it('rejects only the caller that aborts; the others get the document', async () => {
    const url = fixture('full.json', '?abort-one');
    const first = new AbortController();
    const a = loadDocument(url, { signal: first.signal });
    const b = loadDocument(url);
    first.abort();
    const error = await rejection(a);
    expect(error.kind).to.equal('aborted');
    expect(error.url).to.equal(url);
    const doc = await b;
    expect(doc.title).to.deep.equal({ lv: 'Izdomāts testa dokuments', en: 'Fictional test document' });
    expect(calls).to.have.length(1);
    expect(calls[0]!.init!.signal!.aborted).to.equal(false);
  });

  it('rejects at once, without a request, when the signal is already aborted', async () => {
    const error = await rejection(loadDocument(fixture('minimal.json'), { signal: AbortSignal.abort() }));
    expect(error.kind).to.equal('aborted');
    expect(calls).to.have.length(0);
  });

  it('aborts the request when every caller has gone, and a later caller refetches', async () => {
    const url = fixture('full.json', '?all-gone');
    const one = new AbortController();
    const two = new AbortController();
    const a = loadDocument(url, { signal: one.signal });
    const b = loadDocument(url, { signal: two.signal });
    one.abort();
    expect(calls[0]!.init!.signal!.aborted, 'still wanted by the second caller').to.equal(false);
    two.abort();
    expect((await rejection(a)).kind).to.equal('aborted');
    expect((await rejection(b)).kind).to.equal('aborted');
    expect(calls[0]!.init!.signal!.aborted).to.equal(true);
    const doc = await loadDocument(url);
    expect(doc.editions).to.have.length(2);
    expect(calls).to.have.length(2);
  });

  it('times out after the caller\'s timeout when the server does not answer', async () => {
    const start = performance.now();
    const error = await rejection(loadDocument(route('never'), { timeout: 200 }));
    const elapsed = performance.now() - start;
    expect(error.kind).to.equal('timeout');
    expect(error.timeout).to.equal(200);
    expect(elapsed).to.be.at.least(190);
    // Timers run late on a busy machine, but nowhere near the 15 s default that a lost timeout falls back to.
    expect(elapsed).to.be.below(1_000);
    // It was the only caller, so the request itself is aborted.
    expect(calls[0]!.init!.signal!.aborted).to.equal(true);
  });

  it('gives each caller its own timeout', async () => {
    const url = route('never?own-timeout');
    const patient = new AbortController();
    const hasty = loadDocument(url, { timeout: 100 });
    const slow = loadDocument(url, { signal: patient.signal, timeout: 0 });
    expect((await rejection(hasty)).kind).to.equal('timeout');
    expect(calls[0]!.init!.signal!.aborted, 'the patient caller still waits').to.equal(false);
    patient.abort();
    expect((await rejection(slow)).kind).to.equal('aborted');
    expect(calls[0]!.init!.signal!.aborted).to.equal(true);
  });

  it('rejects a missing file with http 404 and does not cache the failure', async () => {
    const url = fixture('does-not-exist.json');
    const error = await rejection(loadDocument(url));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.url).to.equal(url);
    await rejection(loadDocument(url));
    expect(calls).to.have.length(2);
  });

  it('rejects a server error with http 500', async () => {
    const error = await rejection(loadDocument(route('status/500')));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(500);
  });

  it('rejects an HTML page as not-json (html)', async () => {
    const error = await rejection(loadDocument(fixture('page.html')));
    expect(error.kind).to.equal('not-json');
    expect(error.body).to.equal('html');
  });

  it('rejects truncated JSON and an empty file as not-json', async () => {
    const truncated = await rejection(loadDocument(fixture('truncated.json')));
    expect([truncated.kind, truncated.body]).to.deep.equal(['not-json', 'other']);
    const empty = await rejection(loadDocument(fixture('empty.json')));
    expect([empty.kind, empty.body]).to.deep.equal(['not-json', 'empty']);
  });

  it('rejects an unreachable server as a network error', async () => {
    const error = await rejection(loadDocument('http://127.0.0.1:9/eindex.json'));
    expect(error.kind).to.equal('network');
  });

  it('rejects an invalid document with its problems, validated once for its concurrent callers', async () => {
    const url = fixture('invalid.json');
    const [error, together] = await Promise.all([rejection(loadDocument(url)), rejection(loadDocument(url))]);
    expect(error.kind).to.equal('invalid');
    expect(error.problems!.map((p) => `${p.path} ${p.code}`)).to.deep.equal([
      'editions[0].entities[1].group unknown-group',
      'editions[0].entities[2].scores.open-data above-max',
    ]);
    expect(together.problems).to.equal(error.problems);
    expect(calls).to.have.length(1);
  });

  it('does not keep an invalid document: a later caller ("try again") fetches it again', async () => {
    const url = fixture('invalid.json', '?again');
    expect((await rejection(loadDocument(url))).kind).to.equal('invalid');
    expect((await rejection(loadDocument(url))).kind).to.equal('invalid');
    expect(calls).to.have.length(2);
  });

  it('keeps the 16 most recently used documents', async () => {
    const urls = Array.from({ length: 17 }, (_, i) => fixture('minimal.json', `?lru=${i}`));
    await loadDocument(urls[0]!);
    for (const url of urls.slice(1, 16)) await loadDocument(url);
    await loadDocument(urls[0]!); // now the most recently used
    await loadDocument(urls[16]!); // evicts urls[1]
    expect(calls).to.have.length(17);
    await loadDocument(urls[0]!);
    await loadDocument(urls[16]!);
    expect(calls).to.have.length(17);
    await loadDocument(urls[1]!);
    expect(calls).to.have.length(18);
  });
});

describe('loadDocument: bounded work (issue #13)', () => {
  /** Answers every fetch with `body` (a stream or text) and `headers`, counting the bytes read. */
  function serve(body: () => BodyInit, headers: Record<string, string> = {}): void {
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(input), init });
      return Promise.resolve(new Response(body(), { headers }));
    };
  }

  it('refuses a body that declares more than the byte cap, without reading it', async () => {
    let pulled = 0;
    serve(() => new ReadableStream({ pull: (c) => void (pulled++, c.enqueue(new Uint8Array(1024))) }), { 'Content-Length': String(MAX_DOCUMENT_BYTES + 1) });
    const error = await rejection(loadDocument(fixture('minimal.json', '?declared')));
    expect(error.kind).to.equal('too-large');
    expect(error.limit).to.equal(MAX_DOCUMENT_BYTES);
    expect(pulled).to.be.below(4);
  });

  it('stops reading an endless body at the byte cap', async () => {
    let sent = 0;
    const chunk = new Uint8Array(256 * 1024).fill(0x20);
    serve(() => new ReadableStream({ pull: (c) => void ((sent += chunk.byteLength), c.enqueue(chunk)) }));
    const error = await rejection(loadDocument(fixture('minimal.json', '?endless'), { timeout: 0 }));
    expect(error.kind).to.equal('too-large');
    expect(sent).to.be.within(MAX_DOCUMENT_BYTES, MAX_DOCUMENT_BYTES + 4 * chunk.byteLength);
    expect(describeLoadError(error, 'en').message).to.contain('larger than 10 MB');
    expect(describeLoadError(error, 'lv').message).to.contain('lielāks par 10 MB');
  });

  it('reads a body just under the cap', async () => {
    const text = await (await realFetch(fixture('minimal.json'))).text();
    serve(() => text + ' '.repeat(MAX_DOCUMENT_BYTES - new TextEncoder().encode(text).byteLength));
    const doc = await loadDocument(fixture('minimal.json', '?at-cap'));
    expect(doc.schema).to.equal('eindex/1');
  });

  it('takes a timeout beyond 2^31 − 1 ms as the longest one (it fired at once before)', async () => {
    const doc = await loadDocument(fixture('minimal.json', '?huge-timeout'), { timeout: 3_000_000_000 });
    expect(doc.schema).to.equal('eindex/1');
    const error = await rejection(loadDocument(route('never?huge-timeout'), { timeout: 3_000_000_000, signal: AbortSignal.timeout(300) }));
    expect(error.kind, 'still waiting after 300 ms').to.equal('aborted');
    expect(MAX_TIMEOUT).to.be.below(2 ** 31);
  });

  it('shares every pending request, however many are pending, and evicts none of them', async () => {
    const gone = new AbortController();
    const urls = Array.from({ length: 40 }, (_, i) => route(`never?pending=${i}`));
    const first = urls.map((url) => loadDocument(url, { signal: gone.signal, timeout: 0 }));
    const second = urls.map((url) => loadDocument(url, { signal: gone.signal, timeout: 0 }));
    expect(calls.map((c) => c.url)).to.deep.equal(urls);
    gone.abort();
    for (const promise of [...first, ...second]) expect((await rejection(promise)).kind).to.equal('aborted');
  });
});

describe('parseInlineDocument', () => {
  it('validates inline JSON text', async () => {
    const text = await (await realFetch(fixture('full.json'))).text();
    const result = parseInlineDocument(text);
    expect(result.ok && result.document.editions.length).to.equal(2);
  });

  it('turns a JSON syntax error into a not-json problem at the document', () => {
    const result = parseInlineDocument('{"schema": "eindex/1",');
    expect(result.ok).to.equal(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).to.have.length(1);
    expect(problems[0]!.path).to.equal('');
    expect(problems[0]!.code).to.equal('not-json');
    expect(describeProblem(problems[0]!, 'en')).to.match(/^The text is not valid JSON \(".+"\)$/);
    expect(describeProblem(problems[0]!, 'lv')).to.match(/^Teksts nav derīgs JSON \(".+"\)$/);
  });

  it('reports the problems of valid JSON that is not a valid document', () => {
    const result = parseInlineDocument('{"schema": "eindex/1", "title": "T", "categories": [], "editions": []}');
    expect(result.ok ? [] : result.problems.map((p) => `${p.path} ${p.code}`)).to.deep.equal([
      'categories empty-list',
      'editions empty-list',
    ]);
  });
});

describe('describeLoadError', () => {
  const url = 'https://example.org/data/eindex.json';

  it('words a missing file, with the address', () => {
    const error = new EIndexLoadError('http', url, { status: 404 });
    expect(describeLoadError(error, 'en')).to.deep.equal({ message: `The data file was not found (HTTP 404): ${url}` });
    expect(describeLoadError(error, 'lv')).to.deep.equal({ message: `Datu fails nav atrasts (HTTP 404): ${url}` });
  });

  it('words a server error and a refusal', () => {
    expect(describeLoadError(new EIndexLoadError('http', url, { status: 500 }), 'en').message).to.equal(
      `The data server failed (HTTP 500): ${url}`,
    );
    expect(describeLoadError(new EIndexLoadError('http', url, { status: 503 }), 'lv').message).to.equal(
      `Datu serverī radās kļūda (HTTP 503): ${url}`,
    );
    expect(describeLoadError(new EIndexLoadError('http', url, { status: 403 }), 'en').message).to.equal(
      `Access to the data file was refused (HTTP 403): ${url}`,
    );
  });

  it('words a timeout in seconds in the page language', () => {
    const error = new EIndexLoadError('timeout', url, { timeout: 15_000 });
    expect(describeLoadError(error, 'en').message).to.equal(`The data server did not answer within 15 s: ${url}`);
    expect(describeLoadError(error, 'lv').message).to.equal(`Datu serveris neatbildēja 15 s laikā: ${url}`);
    expect(describeLoadError(new EIndexLoadError('timeout', url, { timeout: 2500 }), 'lv').message).to.contain('2,5 s');
  });

  it('words a network failure, an HTML page, bad JSON and an abort', () => {
    expect(describeLoadError(new EIndexLoadError('network', url), 'en').message).to.match(/^The data file could not be loaded: .*CORS\): https/);
    expect(describeLoadError(new EIndexLoadError('not-json', url, { body: 'html' }), 'en').message).to.equal(
      `The file is not JSON: it looks like an HTML page (is the address right?): ${url}`,
    );
    expect(describeLoadError(new EIndexLoadError('not-json', url, { body: 'html' }), 'lv').message).to.equal(
      `Fails nav JSON: tas izskatās pēc HTML lapas (vai adrese ir pareiza?): ${url}`,
    );
    expect(describeLoadError(new EIndexLoadError('not-json', url, { body: 'other' }), 'en').message).to.equal(
      `The file is not valid JSON (it may be cut short or mistyped): ${url}`,
    );
    expect(describeLoadError(new EIndexLoadError('aborted', url), 'lv').message).to.equal('Datu ielāde tika atcelta');
  });

  it('words an invalid document by its first problem and a count of the rest, with its path', async () => {
    const error = await rejection(loadDocument(fixture('invalid.json')));
    expect(describeLoadError(error, 'en')).to.deep.equal({
      message:
        'The data file is not a valid E-index document: editions[0].entities[1].group: group "south" is not declared in groups (declared: north) (and 1 more problem)',
      path: 'editions[0].entities[1].group',
    });
    expect(describeLoadError(error, 'lv')).to.deep.equal({
      message:
        'Datu fails nav derīgs E-indeksa dokuments: editions[0].entities[1].group: grupa "south" nav deklarēta sarakstā groups (ir: north) (un vēl 1 problēma)',
      path: 'editions[0].entities[1].group',
    });
  });

  it('agrees Latvian counts with the number (1, 21 singular; 2, 11 plural)', () => {
    const problems = (n: number) => Array.from({ length: n + 1 }, (_, i) => ({ path: `p${i}`, code: 'missing' as const }));
    const lv = (n: number) => describeLoadError(new EIndexLoadError('invalid', url, { problems: problems(n) }), 'lv').message;
    expect(lv(21)).to.match(/\(un vēl 21 problēma\)$/);
    expect(lv(2)).to.match(/\(un vēl 2 problēmas\)$/);
    expect(lv(11)).to.match(/\(un vēl 11 problēmas\)$/);
  });

  it('words an unknown error with its message, cut short', () => {
    expect(describeLoadError(new TypeError('boom'), 'en')).to.deep.equal({ message: 'The data could not be loaded: boom' });
    expect(describeLoadError('x'.repeat(200), 'lv').message).to.have.length.below(80);
  });
});
