import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { EIndexDocument, Edition, Lang } from '../data/types.js';
import { DEFAULT_TIMEOUT } from '../data/load.js';
import { resolveLang } from '../i18n/lang.js';
import { messagesFor, type Messages } from '../i18n/messages.js';
import { emit } from './emit.js';
import { NoticeController, checkEdition, checkLang, type AttributeProblem } from './notice.js';
import { colourTokens, tokens } from './styles.js';
import { DocumentLoader, type LoadState } from './controllers/document-loader.js';
import { LanguageController } from './controllers/language.js';
import { NearViewportController } from './controllers/near-viewport.js';
import { SelectionLinkController } from './controllers/selection-link.js';

/** Everything a subclass needs to draw the loaded state. */
export interface ReadyContext {
  readonly doc: EIndexDocument;
  readonly edition: Edition;
  readonly lang: Lang;
  readonly t: Messages;
}

/**
 * A message that ends in an address (i18n/problems.ts `withUrl`), with the address breakable
 * anywhere: it runs on after the words and fills the lines like them. Moved whole to a line of
 * its own, an address a little wider than the box took two lines more at 16 px than at 14 px,
 * and the error box's height jumped with the font size (0.74 of it in WebKit).
 */
function messageWithAddress(message: string): TemplateResult | string {
  const [, words, address] = /^(.*: )(\w+:\/\/\S+)$/s.exec(message) ?? [];
  return address ? html`${words}<span class="address">${address}</span>` : message;
}

/**
 * The shared base of every eindex element: where the document comes from (`src`, `.data`,
 * inline JSON), which edition and language to show, the loading / error / empty states,
 * and following another element's selection (`for`). Subclasses only draw the loaded state.
 * The custom properties below are those the shared styles (internal/styles.ts: states,
 * notices, buttons, focus) read, so every element's manifest lists them.
 *
 * @attr {'lv' | 'en'} lang - `lv` or `en`; default the nearest ancestor's `lang`, else `lv`. A change of the page's `lang` is followed live.
 * @cssprop --eindex-font - Font family (default: the page's).
 * @cssprop --eindex-font-size - Font size (default: the page's, at least 14px).
 * @cssprop --eindex-text - Text colour.
 * @cssprop --eindex-muted - Secondary text: the loading and empty messages.
 * @cssprop --eindex-background - Background colour.
 * @cssprop --eindex-surface - Notices, a hovered button and the loading bar.
 * @cssprop --eindex-accent - Buttons and the rule beside a notice.
 * @cssprop --eindex-border - The outline of the loading and empty box.
 * @cssprop --eindex-focus - Focus outline colour.
 * @cssprop --eindex-error - Error messages.
 */
export abstract class EIndexElement extends LitElement {
  static override styles = [colourTokens, tokens];

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
  timeout: number = DEFAULT_TIMEOUT;

  /** The entity chosen in the element named by `for`; it takes over from `entity`. */
  protected linkedEntity: string | undefined;

  readonly #loader = new DocumentLoader(this, () => {
    const inline = this.querySelector(':scope > script[type="application/json"]');
    return { data: this.data, inline: inline ? inline.textContent ?? '' : undefined, src: this.src, timeout: this.timeout };
  }, (doc) => this.#prepare(doc));
  /** An off-screen element loads its data at once but draws only when it nears the viewport. */
  readonly #viewport = new NearViewportController(this);
  readonly #notices = new NoticeController(this);
  #announcedState: LoadState | undefined;
  #announcedOutcome: string | undefined;

  constructor() {
    super();
    // Each behaviour is a controller of its own (src/internal/controllers/), tested on its own.
    new LanguageController(this);
    new SelectionLinkController(this, () => this.for, (id) => (this.linkedEntity = id));
  }

  /** The language the element speaks now: its `lang`, the nearest ancestor's, else Latvian. */
  get language(): Lang {
    return resolveLang(this);
  }

  /** The loaded, validated document, if any. */
  get document(): EIndexDocument | undefined {
    const state = this.#loader.state;
    return state.status === 'ready' ? state.doc : undefined;
  }

  /** Resolves once the element has drawn what it has, including drawing deferred off screen or done in steps. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending = this.#pendingDrawing(); pending && this.isConnected; pending = this.#pendingDrawing()) {
      await pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #pendingDrawing(): Promise<void> | undefined {
    if (this.#loader.state.status === 'ready' && !this.#viewport.near) return this.#viewport.revealed;
    // Wording of a problem loads on demand (failure-text-loader.ts); the element draws again when it is here.
    return this.#loader.pending ?? this.#notices.pending ?? this.drawingPending();
  }

  /** Loads again from the current source; the error state's "retry" button calls it. */
  reload(): void {
    this.#loader.load();
  }

  /** What the element would draw from `doc`, worked out before its drawing's task (see prepareReady). */
  #prepare(doc: EIndexDocument): void {
    const { edition } = this.#edition(doc);
    const lang = this.language;
    const context = { doc, edition, lang, t: messagesFor(lang) };
    if (!this.configProblem(context)) this.prepareReady(context);
  }

  /**
   * Called with a document loaded from `src`, a task before it is drawn: an element whose first
   * drawing of a large document is long does the part that is not DOM here (memoised, so
   * `renderReady` finds it done).
   */
  protected prepareReady(_context: ReadyContext): void {}

  /** Resolves when the element has drawn the last step of a drawing in steps; `eindex-load` waits for it. */
  protected drawingPending(): Promise<void> | undefined {
    return undefined;
  }

  /** Whether the element can draw without a document (the gauge with a `value`). */
  protected needsDocument(): boolean {
    return true;
  }

  /**
   * An attribute value that leaves nothing to draw (an unknown column, an unknown `entity`),
   * checked against the loaded document: the error state, with no "try again".
   */
  protected configProblem(_context: ReadyContext): AttributeProblem | undefined {
    return undefined;
  }

  /** Attribute values the element draws around with a default; each shows a notice (`part="notice"`). */
  protected attributeNotices(_context: ReadyContext): readonly AttributeProblem[] {
    return [];
  }

  /** Attribute values that cannot be used, found without a document (the gauge's `value="abc"` alone). */
  protected idleNotices(): readonly AttributeProblem[] {
    return [];
  }

  /** Draws the loaded state; return `this.renderEmpty(t.empty)` when the view holds nothing. */
  protected abstract renderReady(context: ReadyContext): TemplateResult | typeof nothing;

  /** Draws without a document; only called when `needsDocument()` is false and none is set. */
  protected renderStandalone(_lang: Lang, _t: Messages): TemplateResult | typeof nothing {
    return nothing;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('src') || changed.has('data')) this.#loader.load();
  }

  override render(): TemplateResult | typeof nothing {
    const lang = this.language;
    const t = messagesFor(lang);
    const current = this.#loader.state;
    switch (current.status) {
      case 'loading':
        return this.#renderLoading(t);
      case 'error':
        return this.#renderError(current.describe(lang), t, current.retry && Boolean(this.src) && this.data === undefined);
      case 'idle':
        return html`${this.#notices.render([...this.#langNotices(lang), ...this.idleNotices()], lang)}${
          this.needsDocument() ? this.renderEmpty(t.noSource) : this.renderStandalone(lang, t)}`;
      case 'ready': {
        if (!this.#viewport.near) return this.#renderLoading(t);
        const { edition, problem: editionProblem } = this.#edition(current.doc);
        const context = { doc: current.doc, edition, lang, t };
        const problem = this.configProblem(context);
        if (problem) {
          const message = this.#notices.describe(problem, lang);
          return message === undefined ? this.#renderLoading(t) : this.#renderError({ message }, t, false);
        }
        const notices = [...this.#langNotices(lang), ...(editionProblem ? [editionProblem] : []), ...this.attributeNotices(context)];
        return html`${this.#notices.render(notices, lang)}${this.renderReady(context)}`;
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

  #renderError(problem: { message: string }, t: Messages, retry: boolean): TemplateResult {
    return html`<div class="status error" part="status error" role="alert">
      <p><strong>${t.errorHeading}</strong></p>
      <p class="message">${messageWithAddress(problem.message)}</p>
      ${retry ? html`<button type="button" @click=${() => this.reload()}>${t.retry}</button>` : nothing}
    </div>`;
  }

  #langNotices(lang: Lang): AttributeProblem[] {
    const problem = checkLang(this.getAttribute('lang'), lang);
    return problem ? [problem] : [];
  }

  #edition(doc: EIndexDocument): ReturnType<typeof checkEdition> {
    return checkEdition(doc, this.edition, this.getAttribute('edition'));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const current = this.#loader.state;
    const drawing = current.status === 'loading' || (current.status === 'ready' && !this.#viewport.near) || this.#notices.pending !== undefined;
    if (drawing) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    // An element announces its load when it has drawn: off-screen ones once revealed, and
    // ones that draw in steps (a long ranking) after the last step.
    if (current.status === 'ready' && (!this.#viewport.near || this.drawingPending())) return;
    // Fire load / error once per outcome, not per render: the outcome is the load state,
    // the edition and any configuration problem.
    const lang = this.language;
    let outcome: string = current.status;
    let problem: { message: string; path?: string } | undefined;
    let edition: Edition | undefined;
    if (current.status === 'ready') {
      edition = this.#edition(current.doc).edition;
      const attributeProblem = this.configProblem({ doc: current.doc, edition, lang, t: messagesFor(lang) });
      if (attributeProblem) {
        const message = this.#notices.describe(attributeProblem, lang);
        // Announced once its wording is here: the notices controller draws again then.
        if (message === undefined) return;
        problem = { message, path: attributeProblem.attribute };
      }
      // The key leaves out the message text, so a language switch does not fire again.
      outcome = `${attributeProblem ? `problem:${attributeProblem.attribute}=${attributeProblem.value}` : 'edition'}:${edition.year}`;
    } else if (current.status === 'error') {
      problem = current.describe(lang);
    }
    if (current === this.#announcedState && outcome === this.#announcedOutcome) return;
    this.#announcedState = current;
    this.#announcedOutcome = outcome;
    if (problem) this.#emitError(problem);
    else if (current.status === 'ready') emit(this, 'eindex-load', { edition: edition!.year });
  }

  #emitError(detail: { message: string; path?: string }): void {
    emit(this, 'eindex-error', detail.path === undefined ? { message: detail.message } : detail);
  }
}
