import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { EIndexDocument, Edition, Lang } from '../data/types.js';
import { validateDocument, type Problem } from '../data/validate.js';
import { EIndexLoadError, loadDocument, nextTask, parseInlineDocument } from '../data/load.js';
import { describeLoadError } from '../i18n/problems.js';
import { resolveLang } from '../i18n/lang.js';
import { messagesFor, type Messages } from '../i18n/messages.js';
import { editionFor } from '../data/query.js';
import { emit } from './emit.js';
import { tokens } from './styles.js';

/** Everything a subclass needs to draw the loaded state. */
export interface ReadyContext {
  readonly doc: EIndexDocument;
  readonly edition: Edition;
  readonly lang: Lang;
  readonly t: Messages;
}

type LoadState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly doc: EIndexDocument }
  | { readonly status: 'error'; readonly describe: (lang: Lang) => { message: string; path?: string } };

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Elements whose language follows the page: one observer for the whole document watches
 * `lang` attributes (the page's lv/en switch usually flips `<html lang>`), and asks each
 * connected element to re-render. It exists only while an element is connected.
 */
const languageListeners = new Set<EIndexElement>();
let languageObserver: MutationObserver | undefined;

function watchLanguage(element: EIndexElement): void {
  languageListeners.add(element);
  if (!languageObserver) {
    languageObserver = new MutationObserver(() => languageListeners.forEach((el) => el.requestUpdate()));
    languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatchLanguage(element: EIndexElement): void {
  languageListeners.delete(element);
  if (languageListeners.size === 0) {
    languageObserver?.disconnect();
    languageObserver = undefined;
  }
}

/**
 * The shared base of every eindex element: where the document comes from (`src`, `.data`,
 * inline JSON), which edition and language to show, the loading / error / empty states,
 * and following another element's selection (`for`). Subclasses only draw the loaded state.
 *
 * @attr {'lv' | 'en'} lang - `lv` or `en`; default the nearest ancestor's `lang`, else `lv`. A change of the page's `lang` is followed live.
 */
export abstract class EIndexElement extends LitElement {
  static override styles = [tokens];

  /*
   * Reactive properties are declared here rather than with lit's decorators: the decorator
   * helpers cost about 0.4 KB gzip in every bundle (issue #7's size budget). Field
   * initialisers still work because `useDefineForClassFields` is false (tsconfig).
   */
  static override properties: PropertyDeclarations = {
    src: {},
    data: { attribute: false },
    edition: { type: Number },
    for: {},
    timeout: { type: Number },
    linkedEntity: { state: true },
    loadState: { state: true },
    nearViewport: { state: true },
  };

  /** URL of an E-index document, resolved against the page. */
  src = '';

  /** The document as an object (instead of `src`). */
  data?: unknown;

  /** Year of the edition to show; default the latest. */
  edition?: number;

  /** Id of another eindex element whose selected entity this one follows. */
  for = '';

  /** How long to wait for the data server, in milliseconds; default 15000. */
  timeout: number = DEFAULT_TIMEOUT_MS;

  /** The entity chosen in the element named by `for`; it takes over from `entity`. */
  protected linkedEntity: string | undefined;

  private loadState: LoadState = { status: 'idle' };

  /**
   * Whether the element is on screen or near it. An off-screen element loads its data at
   * once but draws only when it comes near the viewport (or when the page is idle), so a
   * page with many elements spends its first frames on what the reader sees.
   */
  private nearViewport = false;
  #visibilityObserver: IntersectionObserver | undefined;
  #idleFallback: (() => void) | undefined;
  #revealed: Promise<void> | undefined;
  #resolveRevealed: (() => void) | undefined;

  #loadController: AbortController | undefined;
  #loadGeneration = 0;
  #announcedState: LoadState | undefined;
  #announcedOutcome: string | undefined;
  #selectionRoot: Document | ShadowRoot | undefined;

  /** The language the element speaks now: its `lang`, the nearest ancestor's, else Latvian. */
  get language(): Lang {
    return resolveLang(this);
  }

  /** The loaded, validated document, if any. */
  get document(): EIndexDocument | undefined {
    return this.loadState.status === 'ready' ? this.loadState.doc : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguage(this);
    this.#listenForSelection();
    // Moved under another `lang`: no attribute changed, so draw again in the new language.
    if (this.hasUpdated) this.requestUpdate();
    // A re-connected element (moved in the DOM) reloads only when it has nothing yet.
    if (this.loadState.status === 'idle' && this.hasUpdated) this.reload();
    if (!this.nearViewport) this.#watchVisibility();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
    this.#selectionRoot?.removeEventListener('eindex-select', this.#onLinkedSelect);
    this.#selectionRoot = undefined;
    this.#loadController?.abort();
    this.#loadController = undefined;
    if (this.loadState.status === 'loading') this.loadState = { status: 'idle' };
    this.#stopWatchingVisibility();
  }

  /** Draws now, off screen or not; called when the element nears the viewport or the page is idle. */
  #reveal = (): void => {
    this.#stopWatchingVisibility();
    this.nearViewport = true;
    this.#resolveRevealed?.();
  };

  #watchVisibility(): void {
    const rect = this.getBoundingClientRect();
    const margin = window.innerHeight / 2;
    const onScreen = rect.bottom >= -margin && rect.top <= window.innerHeight + margin;
    if (onScreen || typeof IntersectionObserver === 'undefined') {
      this.nearViewport = true;
      return;
    }
    this.#revealed ??= new Promise((resolve) => (this.#resolveRevealed = resolve));
    this.#visibilityObserver = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.#reveal();
    }, { rootMargin: '50% 0px' });
    this.#visibilityObserver.observe(this);
    // Off-screen elements still draw once the page is idle: nothing should wait for a scroll
    // that may never come (printing, the browser's find-in-page, a script reading the table).
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(this.#reveal, { timeout: 1000 });
      this.#idleFallback = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(this.#reveal, 200);
      this.#idleFallback = () => clearTimeout(handle);
    }
  }

  #stopWatchingVisibility(): void {
    this.#visibilityObserver?.disconnect();
    this.#visibilityObserver = undefined;
    this.#idleFallback?.();
    this.#idleFallback = undefined;
  }

  /** Resolves once the element has drawn what it has, including an off-screen element's deferred drawing. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (this.nearViewport || !this.#revealed || !this.isConnected || this.loadState.status !== 'ready') return complete;
    await this.#revealed;
    return super.getUpdateComplete();
  }

  /** Loads again from the current source; the error state's "retry" button calls it. */
  reload(): void {
    this.#startLoad();
  }

  /** False while the element is still drawing its loaded state in steps; `eindex-load` waits for it. */
  protected drawingSettled(): boolean {
    return true;
  }

  /** Whether the element can draw without a document (the gauge with a `value`). */
  protected needsDocument(): boolean {
    return true;
  }

  /**
   * A problem in the element's own attributes (an unknown column, say), checked against the
   * loaded document; shown and reported like a data problem.
   */
  protected configProblem(_context: ReadyContext): { message: string; path?: string } | undefined {
    return undefined;
  }

  /** Draws the loaded state; return `this.renderEmpty(t.empty)` when the view holds nothing. */
  protected abstract renderReady(context: ReadyContext): TemplateResult | typeof nothing;

  /** Draws without a document; only called when `needsDocument()` is false and none is set. */
  protected renderStandalone(_lang: Lang, _t: Messages): TemplateResult | typeof nothing {
    return nothing;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('src') || changed.has('data')) this.#startLoad();
    if (changed.has('for')) this.#listenForSelection();
  }

  override render(): TemplateResult | typeof nothing {
    const lang = this.language;
    const t = messagesFor(lang);
    const current = this.loadState;
    switch (current.status) {
      case 'loading':
        return this.#renderLoading(t);
      case 'error':
        return this.#renderError(current.describe(lang), t);
      case 'idle':
        return this.needsDocument()
          ? this.renderEmpty(t.noSource)
          : this.renderStandalone(lang, t);
      case 'ready': {
        if (!this.nearViewport) return this.#renderLoading(t);
        const edition = editionFor(current.doc, this.edition);
        if (!edition) return this.#renderError(this.#missingEdition(current.doc, t), t);
        const context = { doc: current.doc, edition, lang, t };
        const problem = this.configProblem(context);
        return problem ? this.#renderError(problem, t) : this.renderReady(context);
      }
    }
  }

  #renderLoading(t: Messages): TemplateResult {
    return html`<div class="status loading" part="status" role="status">
      <p>${t.loading}</p>
    </div>`;
  }

  protected renderEmpty(message: string): TemplateResult {
    return html`<div class="status empty" part="status"><p>${message}</p></div>`;
  }

  #renderError(problem: { message: string; path?: string }, t: Messages): TemplateResult {
    return html`<div class="status error" part="status error" role="alert">
      <p><strong>${t.errorHeading}</strong></p>
      <p class="message">${problem.message}</p>
      ${this.src && this.data === undefined
        ? html`<button type="button" @click=${() => this.reload()}>${t.retry}</button>`
        : nothing}
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const current = this.loadState;
    const drawing = current.status === 'loading' || (current.status === 'ready' && !this.nearViewport);
    if (drawing) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    // An element announces its load when it has drawn: off-screen ones once revealed, and
    // ones that draw in steps (a long ranking) after the last step.
    if (current.status === 'ready' && (!this.nearViewport || !this.drawingSettled())) return;
    // Fire load / error once per outcome, not per render: the outcome is the load state,
    // the edition and any configuration problem.
    const lang = this.language;
    let outcome: string = current.status;
    let problem: { message: string; path?: string } | undefined;
    let edition: Edition | undefined;
    if (current.status === 'ready') {
      edition = editionFor(current.doc, this.edition);
      problem = edition
        ? this.configProblem({ doc: current.doc, edition, lang, t: messagesFor(lang) })
        : this.#missingEdition(current.doc, messagesFor(lang));
      // The key leaves out the message text, so a language switch does not fire again.
      outcome = `${problem ? `problem:${problem.path ?? ''}` : 'edition'}:${edition?.year ?? this.edition}`;
    } else if (current.status === 'error') {
      problem = current.describe(lang);
    }
    if (current === this.#announcedState && outcome === this.#announcedOutcome) return;
    this.#announcedState = current;
    this.#announcedOutcome = outcome;
    if (problem) this.#emitError(problem);
    else if (current.status === 'ready') emit(this, 'eindex-load', { edition: edition!.year });
  }

  #missingEdition(doc: EIndexDocument, t: Messages): { message: string; path: string } {
    const available = doc.editions.map((e) => e.year).join(', ');
    return { message: t.editionMissing(this.edition ?? 0, available), path: 'edition' };
  }

  #emitError(detail: { message: string; path?: string }): void {
    emit(this, 'eindex-error', detail.path === undefined ? { message: detail.message } : detail);
  }

  #startLoad(): void {
    this.#loadController?.abort();
    this.#loadController = undefined;
    const generation = ++this.#loadGeneration;

    if (this.data !== undefined) {
      this.#applyValidation(validateDocument(this.data));
      return;
    }
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) {
      this.#applyValidation(parseInlineDocument(inline.textContent ?? ''));
      return;
    }
    if (!this.src) {
      this.loadState = { status: 'idle' };
      return;
    }

    let url: string;
    try {
      url = new URL(this.src, document.baseURI).href;
    } catch (error) {
      this.loadState = { status: 'error', describe: (lang) => describeLoadError(error, lang) };
      return;
    }
    const controller = new AbortController();
    this.#loadController = controller;
    this.loadState = { status: 'loading' };
    loadDocument(url, { signal: controller.signal, timeout: this.timeout }).then(
      async (doc) => {
        // Many elements share one request: each draws the document in a task of its own, so
        // a large file never blocks the page for all of them at once.
        await nextTask();
        if (generation === this.#loadGeneration && !controller.signal.aborted) this.loadState = { status: 'ready', doc };
      },
      (error: unknown) => {
        // A newer source (or a disconnect) superseded this request: its outcome is moot.
        if (generation !== this.#loadGeneration || controller.signal.aborted) return;
        this.loadState = { status: 'error', describe: (lang) => describeLoadError(error, lang) };
      },
    );
  }

  #applyValidation(result: { ok: true; document: EIndexDocument } | { ok: false; problems: readonly Problem[] }): void {
    if (result.ok) {
      this.loadState = { status: 'ready', doc: result.document };
    } else {
      const problems = result.problems;
      this.loadState = {
        status: 'error',
        describe: (lang) => describeLoadError(new EIndexLoadError('invalid', '', { problems }), lang),
      };
    }
  }

  readonly #onLinkedSelect = (event: Event): void => {
    const target = event.target;
    if (!this.for || !(target instanceof Element) || target === this || target.id !== this.for) return;
    const detail = (event as CustomEvent<{ id?: unknown }>).detail;
    if (typeof detail?.id === 'string') this.linkedEntity = detail.id;
  };

  /**
   * Selections are heard on this element's root (document or shadow root) rather than on the
   * named element itself, so the link works whatever order the elements are created in.
   */
  #listenForSelection(): void {
    const root = this.isConnected ? (this.getRootNode() as Document | ShadowRoot) : undefined;
    if (root === this.#selectionRoot) return;
    this.#selectionRoot?.removeEventListener('eindex-select', this.#onLinkedSelect);
    this.#selectionRoot = root;
    root?.addEventListener('eindex-select', this.#onLinkedSelect);
  }
}
