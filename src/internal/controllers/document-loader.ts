import type { ReactiveController, ReactiveElement } from 'lit';
import type { EIndexDocument, Lang } from '../../data/types.js';
import { validateDocument, type ValidationResult } from '../../data/validate.js';
import { EIndexLoadError, loadDocument, nextTurn, parseInlineDocument } from '../../data/load.js';
import { failureText, whenFailureText, type FailureText } from '../failure-text-loader.js';

export type LoadState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly doc: EIndexDocument }
  | {
      readonly status: 'error';
      readonly describe: (lang: Lang) => { message: string; path?: string };
      /** Whether loading again could help: a failed load, not an address that cannot be read. */
      readonly retry: boolean;
    };

/** Where the document comes from, in order of precedence. */
export interface DocumentSource {
  /** The document as an object. */
  readonly data: unknown;
  /** The text of an inline `<script type="application/json">`, if the host has one. */
  readonly inline: string | undefined;
  /** A URL, resolved against the page. */
  readonly src: string;
  /** ms until a request gives up. */
  readonly timeout: number;
}

/**
 * Documents given as `.data`, validated, by the object: a page that shows one object in several
 * elements, or re-creates an element (a reader switching the entity, a framework re-rendering),
 * validates it once. A document is read as immutable, as lit's change detection reads `.data`
 * (the same object again is no change): to change a document, give a new object.
 */
const validatedData = new WeakMap<object, ValidationResult>();

function validateData(data: unknown): ValidationResult {
  if (typeof data !== 'object' || data === null) return validateDocument(data);
  let result = validatedData.get(data);
  if (!result) validatedData.set(data, (result = validateDocument(data)));
  return result;
}

/**
 * A document given in the page (`.data`, inline JSON) at least this large is validated and
 * prepared in turns of its own, as a fetched one is: validating 10 000 entities took 40–60 ms,
 * and with the ordering and the drawing one task held 150–230 ms. A smaller one draws in the
 * task that gave it (a radar of a few entities draws at once). Entities across editions, and
 * characters of inline JSON (about a hundred per entity).
 */
const LARGE_ENTITIES = 2000;
const LARGE_INLINE_CHARS = 200_000;

function isLarge(data: unknown, inline: string | undefined): boolean {
  if (data === undefined) return inline!.length >= LARGE_INLINE_CHARS;
  if (typeof data !== 'object' || data === null || validatedData.has(data)) return false;
  const editions = (data as { editions?: unknown }).editions;
  let entities = 0;
  if (Array.isArray(editions)) {
    for (const edition of editions) {
      const list = (edition as { entities?: unknown } | null)?.entities;
      if (Array.isArray(list)) entities += list.length;
    }
  }
  return entities >= LARGE_ENTITIES;
}

/**
 * Loads and validates the host's document, and aborts a request the host no longer wants: a
 * newer `load()` or a disconnect makes the older outcome moot. The host draws `state`.
 */
export class DocumentLoader implements ReactiveController {
  state: LoadState = { status: 'idle' };
  #abort: AbortController | undefined;
  /** A failure waiting for its wording (loaded on demand). */
  #wording: Promise<void> | undefined;
  /** A large document given in the page, being read in turns of its own. */
  #reading: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly source: () => DocumentSource,
    /**
     * Work the host does with a loaded document before it draws it, in a turn of its own (a
     * 10 000-row ranking orders its rows): the drawing's task is then the drawing alone.
     */
    private readonly prepare?: (doc: EIndexDocument) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A re-connected host (moved in the DOM) reloads only when it has nothing yet.
    if (this.state.status === 'idle' && this.host.hasUpdated) this.load();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    if (this.state.status === 'loading') this.#set({ status: 'idle' });
  }

  load(): void {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const { data, inline, src, timeout } = this.source();
    const inPage = data !== undefined || inline !== undefined;
    let loaded: Promise<EIndexDocument>;
    if (inPage) {
      const read = (): EIndexDocument => {
        const result = data !== undefined ? validateData(data) : parseInlineDocument(inline!);
        if (!result.ok) throw new EIndexLoadError('invalid', '', { problems: result.problems });
        return result.document;
      };
      if (!isLarge(data, inline)) {
        try {
          return this.#set({ status: 'ready', doc: read() });
        } catch (error) {
          return this.#fail(error);
        }
      }
      loaded = nextTurn().then(() => {
        // Superseded meanwhile (a newer document, a disconnect): not worth validating.
        abort.signal.throwIfAborted();
        return read();
      });
    } else {
      if (!src) return this.#set({ status: 'idle' });
      try {
        loaded = loadDocument(new URL(src, document.baseURI).href, { signal: abort.signal, timeout });
      } catch (error) {
        return this.#fail(error);
      }
    }
    this.#set({ status: 'loading' });
    const drawn = loaded.then(
      async (doc) => {
        // Many elements share one request: each draws the document in a turn of its own, so
        // a large file never blocks the page for all of them at once.
        await nextTurn();
        if (this.prepare && !abort.signal.aborted) {
          this.prepare(doc);
          await nextTurn();
        }
        if (!abort.signal.aborted) this.#set({ status: 'ready', doc });
      },
      // Aborted: a newer source (or a disconnect) superseded this request.
      (error: unknown) => void (abort.signal.aborted || this.#fail(error)),
    );
    // A document given in the page is the host's own: its drawing waits for it (`pending`).
    if (inPage) {
      const reading = (this.#reading = drawn.finally(() => {
        if (this.#reading === reading) this.#reading = undefined;
      }));
    }
  }

  /**
   * Resolves when a large document given in the page is ready to draw, or a failure's wording
   * has arrived and the error state is set (see `#fail`).
   */
  get pending(): Promise<void> | undefined {
    return this.#reading ?? this.#wording;
  }

  #fail(error: unknown): void {
    // "Try again" for a load that failed (the network, the server, or a file that may be fixed
    // meanwhile), not for an address that cannot be read.
    const retry = error instanceof EIndexLoadError;
    const fail = (text: FailureText): void =>
      this.#set({ status: 'error', describe: (lang) => text.describeLoadError(error, lang), retry });
    const text = failureText();
    if (text) return fail(text);
    // The wording loads on demand: the element stays in its loading state until it is here,
    // unless a newer load (or a disconnect) has superseded this one meanwhile.
    const abort = this.#abort;
    this.#set({ status: 'loading' });
    const wording = (this.#wording = whenFailureText().then((loaded) => {
      if (this.#wording === wording) this.#wording = undefined;
      if (abort === this.#abort && !abort?.signal.aborted) fail(loaded);
    }));
  }

  #set(state: LoadState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
