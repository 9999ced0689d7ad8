/**
 * Loads E-index documents with one shared request per URL (docs/design.md §3: "many elements with
 * the same `src` make one request") and validates each document once.
 *
 * Every caller has its own `signal` and timeout. A caller that gives up rejects only
 * itself; when every caller of a pending request has given up, the request is aborted and
 * forgotten, so the next caller starts afresh. Only valid documents are cached, in a small
 * LRU cache: a failed request or an invalid document is forgotten once its callers have their
 * answer, so "try again" fetches it again (the file may have been fixed). A pending request is
 * never evicted: every caller of a URL shares it, however many URLs are pending.
 *
 * Work is bounded whatever the server sends: a body over {@link MAX_DOCUMENT_BYTES} is refused
 * (from its Content-Length, else while it streams in, so an endless response stops there), and
 * a timeout is clamped to {@link MAX_TIMEOUT}.
 */
import type { EIndexDocument } from './types.js';
import { validateDocument, type Problem, type ValidationResult } from './validate.js';

export type LoadErrorKind = 'network' | 'http' | 'timeout' | 'not-json' | 'invalid' | 'aborted' | 'too-large';

/** What a body that is not JSON looked like, for a helpful message. */
export type BodyKind = 'html' | 'empty' | 'other';

export interface LoadErrorDetails {
  readonly status?: number;
  readonly problems?: readonly Problem[];
  readonly timeout?: number;
  readonly body?: BodyKind;
  readonly limit?: number;
  readonly cause?: unknown;
}

/** Why a document could not be loaded. `describeLoadError` (i18n/problems.ts) words it for people. */
export class EIndexLoadError extends Error {
  readonly kind: LoadErrorKind;
  readonly url: string;
  /** HTTP status, for `http`. */
  readonly status?: number;
  /** Every problem found (capped), for `invalid`. */
  readonly problems?: readonly Problem[];
  /** The caller's timeout in ms, for `timeout`. */
  readonly timeout?: number;
  /** What the body looked like, for `not-json`. */
  readonly body?: BodyKind;
  /** The byte limit the body went over, for `too-large`. */
  readonly limit?: number;

  constructor(kind: LoadErrorKind, url: string, details: LoadErrorDetails = {}) {
    // The kind and the address, for a debugger; it never reaches the page or the console (the
    // elements catch it), and people read `describeLoadError`, which uses the fields below.
    super(`${kind}: ${url}`, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'EIndexLoadError';
    this.kind = kind;
    this.url = url;
    if (details.status !== undefined) this.status = details.status;
    if (details.problems !== undefined) this.problems = details.problems;
    if (details.timeout !== undefined) this.timeout = details.timeout;
    if (details.body !== undefined) this.body = details.body;
    if (details.limit !== undefined) this.limit = details.limit;
  }
}

export interface LoadOptions {
  /** Gives up this caller only (the request goes on for others). */
  readonly signal?: AbortSignal;
  /**
   * ms until this caller gives up with `timeout`; default 15 000; 0 or Infinity for none;
   * longer ones are clamped to {@link MAX_TIMEOUT}, anything else not a number is the default.
   */
  readonly timeout?: number;
}

export const DEFAULT_TIMEOUT = 15_000;
/**
 * The longest timeout honoured: 10 minutes. setTimeout fires at once for delays above
 * 2^31 − 1 ms (about 24.8 days), so `timeout="3000000000"` failed before any answer came.
 */
export const MAX_TIMEOUT = 600_000;
/**
 * The largest document body read: 10 MiB. A 10 000-entity edition (the most an edition may
 * hold, validate.ts LIMITS) is about 2.9 MB of JSON, three of them 8.5 MB; real files are
 * under 30 KB. An endless response grew a tab by 540 MB in 40 s before this cap.
 */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** Documents kept; a page rarely shows more than a few. */
const CACHE_SIZE = 16;

interface Entry {
  readonly controller: AbortController;
  result: Promise<ValidationResult>;
  /** Answered with a valid document: only such entries are kept and may be evicted. */
  settled: boolean;
  /** Callers still waiting for `result`. */
  waiting: number;
}

/** Map order is recency order: the first key is the least recently used. */
const cache = new Map<string, Entry>();

function bodyKind(text: string): BodyKind {
  const start = text.trimStart();
  if (start === '') return 'empty';
  return start.startsWith('<') ? 'html' : 'other';
}

/**
 * The body as text, read no further than `MAX_DOCUMENT_BYTES`: the declared length is checked
 * first, then the bytes as they arrive (a compressed or chunked body declares none, or a
 * smaller one).
 */
async function readBody(response: Response, url: string): Promise<string> {
  const tooLarge = (): EIndexLoadError => new EIndexLoadError('too-large', url, { limit: MAX_DOCUMENT_BYTES });
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > MAX_DOCUMENT_BYTES) {
    response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_DOCUMENT_BYTES) {
      reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

async function request(url: string, signal: AbortSignal): Promise<ValidationResult> {
  let text: string;
  try {
    const response = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      // The body is not needed; release the connection.
      response.body?.cancel().catch(() => undefined);
      throw new EIndexLoadError('http', url, { status: response.status });
    }
    text = await readBody(response, url);
  } catch (error) {
    if (error instanceof EIndexLoadError) throw error;
    throw new EIndexLoadError(signal.aborted ? 'aborted' : 'network', url, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new EIndexLoadError('not-json', url, { body: bodyKind(text), cause: error });
  }
  // A large file: validate it in a task of its own, not in the one that parsed it.
  await nextTask();
  return validateDocument(json);
}

/**
 * Resolves in a new task. Long work is split at such points so no single task blocks the page
 * (a 10 000-entity file: parsing, validating, then each element's first drawing). A message
 * channel rather than `setTimeout`, which browsers throttle to a second in background tabs.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

let lastTurn: Promise<void> = Promise.resolve();

/**
 * Resolves in a task of its own, after the task of every earlier turn. Elements that share one
 * document each draw in a turn: with plain `nextTask`, all their tasks were queued at once and
 * ran back to back, so the page could not respond until the last element had drawn (a 10 000-
 * entity file: all five elements' first drawings in WebKit, 140–480 ms). Each turn is queued
 * only when the one before has run, so the page's own tasks (input, a message) come between.
 */
export function nextTurn(): Promise<void> {
  const turn = lastTurn.then(nextTask);
  lastTurn = turn;
  return turn;
}

function start(url: string): Entry {
  const controller = new AbortController();
  const entry: Entry = {
    controller,
    settled: false,
    waiting: 0,
    result: request(url, controller.signal).then(
      (result) => {
        // The callers waiting now share an invalid document's problems; a later caller asks again.
        if (result.ok) entry.settled = true;
        else forget(url, entry);
        evictSettled();
        return result;
      },
      (error: unknown) => {
        forget(url, entry);
        throw error;
      },
    ),
  };
  // Every caller handles the rejection; this keeps a request nobody waits for any more quiet.
  entry.result.catch(() => undefined);
  cache.set(url, entry);
  evictSettled();
  return entry;
}

function forget(url: string, entry: Entry): void {
  if (cache.get(url) === entry) cache.delete(url);
}

/**
 * Drops the least recently used documents while more than `CACHE_SIZE` entries are kept.
 * Pending requests are never dropped (that would make their later callers fetch again); they
 * leave the cache when they fail, or become documents that count towards the size.
 */
function evictSettled(): void {
  if (cache.size <= CACHE_SIZE) return;
  let excess = cache.size - CACHE_SIZE;
  for (const [url, entry] of cache) {
    if (excess === 0) return;
    if (!entry.settled) continue;
    cache.delete(url);
    excess--;
  }
}

/** The timeout to apply, in ms, or 0 for none. */
function effectiveTimeout(timeout: number): number {
  if (Number.isNaN(timeout) || timeout < 0) return DEFAULT_TIMEOUT;
  if (timeout === 0 || timeout === Infinity) return 0;
  return Math.min(timeout, MAX_TIMEOUT);
}

/**
 * The validated document at `url` (absolute). Rejects with an {@link EIndexLoadError}:
 * `http`, `network`, `not-json`, `invalid` (with `problems`), or, for this caller only,
 * `timeout` and `aborted`.
 */
export function loadDocument(url: string, options: LoadOptions = {}): Promise<EIndexDocument> {
  const { signal } = options;
  const timeout = effectiveTimeout(options.timeout ?? DEFAULT_TIMEOUT);
  if (signal?.aborted) return Promise.reject(new EIndexLoadError('aborted', url));

  let entry = cache.get(url);
  if (entry) {
    cache.delete(url);
    cache.set(url, entry);
  } else {
    entry = start(url);
  }
  const shared = entry;
  shared.waiting++;

  return new Promise<EIndexDocument>((resolve, reject) => {
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (): void => {
      done = true;
      shared.waiting--;
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const giveUp = (error: EIndexLoadError): void => {
      if (done) return;
      finish();
      reject(error);
      if (shared.waiting === 0 && !shared.settled) {
        if (cache.get(url) === shared) cache.delete(url);
        shared.controller.abort();
      }
    };
    const onAbort = (): void => giveUp(new EIndexLoadError('aborted', url));

    signal?.addEventListener('abort', onAbort, { once: true });
    if (timeout > 0) {
      timer = setTimeout(() => giveUp(new EIndexLoadError('timeout', url, { timeout })), timeout);
    }
    shared.result.then(
      (result) => {
        if (done) return;
        finish();
        if (result.ok) resolve(result.document);
        else reject(new EIndexLoadError('invalid', url, { problems: result.problems }));
      },
      (error: unknown) => {
        if (done) return;
        finish();
        reject(error);
      },
    );
  });
}

/**
 * Reads a document embedded in the page (`<script type="application/json">`): no request.
 * Text that is not JSON gives one `not-json` problem at path '' with the parser's message.
 */
export function parseInlineDocument(jsonText: string): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(jsonText);
  } catch (error) {
    return { ok: false, problems: [{ path: '', code: 'not-json', value: error instanceof Error ? error.message : String(error) }] };
  }
  return validateDocument(json);
}

/** Forgets every document and request (tests; pending callers still get their answer). */
export function clearDocumentCache(): void {
  cache.clear();
}
