/**
 * Misconfiguration (docs/design.md §3): an attribute value an element cannot use. Where a sensible
 * default exists the element draws with it and shows a short notice above the drawing; where
 * nothing can be drawn (an unknown `entity`, an unknown column) the error state says the
 * same. Either way the text names the attribute and the value, suggests the nearest valid
 * value, and the console gets one warning per distinct problem, however often the element
 * draws again. Every element goes through this one module, so all three behave alike.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { EIndexDocument, Edition, Lang } from '../data/types.js';
import { editionFor } from '../data/query.js';
import type { AttributeOutcome, AttributeReason } from '../i18n/attribute-messages.js';
import { failureText, whenFailureText } from './failure-text-loader.js';
import { speaks } from '../i18n/lang.js';

export interface AttributeProblem {
  readonly attribute: string;
  /** The value as written; messages show it cut short. */
  readonly value: string;
  readonly reason: AttributeReason;
  /** The edition ids were looked up in (reasons `id` and `compare`). */
  readonly year?: number | undefined;
  /** The valid value the message suggests, where the check knows it (the nearest edition year). */
  readonly suggestion?: string | undefined;
  /**
   * Where else to look for a value near enough to be what was meant: the message suggests it
   * (internal/suggest.ts, with the wording, on demand: only a message needs the search).
   */
  readonly near?: Nearness | undefined;
  /** Valid values, written out when none is near enough to suggest (long lists are cut). */
  readonly allowed?: readonly string[] | undefined;
  /** What is drawn instead; absent when nothing can be drawn (the error state). */
  readonly outcome?: AttributeOutcome | undefined;
}

/** Candidates for "did you mean": values, then (when given) the ids and names of an edition's entities. */
export interface Nearness {
  readonly values?: readonly string[];
  /** Names a value is also known by ("latvian" for `lv`). */
  readonly names?: Readonly<Record<string, readonly string[]>>;
  readonly entities?: Edition;
}

/** An id the edition does not hold, in an attribute that lists ids (`highlight`, `entity`). */
export function unknownEntity(attribute: string, value: string, edition: Edition, outcome?: AttributeOutcome): AttributeProblem {
  return { attribute, value, reason: 'id', year: edition.year, near: { entities: edition }, outcome };
}

/** One value of a closed list (`sort`, a column, a group id) that is not in it. */
export function notAllowed(
  attribute: string, value: string, reason: AttributeReason, allowed: readonly string[], outcome?: AttributeOutcome,
): AttributeProblem {
  return { attribute, value, reason, near: { values: allowed }, allowed, outcome };
}

const LANGUAGE_NAMES: Record<Lang, readonly string[]> = { lv: ['latviešu', 'latvian'], en: ['english', 'angļu'] };

/**
 * The element's own `lang`, when it names neither Latvian nor English (any region). The
 * element speaks its default instead (`used`: the page's language, else Latvian). An
 * inherited page language is no misconfiguration: a German page simply gets the default.
 */
export function checkLang(own: string | null, used: Lang): AttributeProblem | undefined {
  if (!own?.trim() || speaks(own)) return undefined;
  const allowed = ['lv', 'en'];
  return { attribute: 'lang', value: own, reason: 'lang', near: { values: allowed, names: LANGUAGE_NAMES }, allowed, outcome: { used } };
}

/**
 * The edition to draw: the one asked for, else the latest with a problem saying so (and
 * suggesting the nearest year). `written` is the attribute as written ("twenty" reads NaN).
 */
export function checkEdition(doc: EIndexDocument, year: number | undefined, written: string | null): { edition: Edition; problem?: AttributeProblem } {
  const latest = editionFor(doc)!;
  const asked = written === '' ? undefined : year;
  if (asked === undefined || asked === null) return { edition: latest };
  // editionFor reads NaN as "not set"; here it is a value written wrong.
  const found = Number.isNaN(asked) ? undefined : editionFor(doc, asked);
  if (found) return { edition: found };
  const years = doc.editions.map((e) => e.year);
  const nearest = Number.isNaN(asked) ? undefined : years.reduce((a, b) => (Math.abs(b - asked) < Math.abs(a - asked) ? b : a));
  return {
    edition: latest,
    problem: {
      attribute: 'edition', value: written ?? String(asked), reason: 'edition',
      suggestion: nearest === undefined ? undefined : String(nearest), allowed: years.map(String), outcome: { used: String(latest.year) },
    },
  };
}

/**
 * Shows an element's attribute problems and warns once per distinct problem (attribute,
 * value, reason) in the console: drawing again after a sort, a focus move or a language
 * switch shows the notice again but does not warn again. The wording loads on demand
 * (failure-text-loader.ts): until it has, `describe` gives undefined and `pending` a promise,
 * and the host draws again when it arrives.
 */
export class NoticeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #warned = new Set<string>();
  #pending: string[] = [];
  #waiting: Promise<void> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Resolves when wording the host asked for has arrived and the host was asked to draw again. */
  get pending(): Promise<void> | undefined {
    return this.#waiting;
  }

  /** The problem's text, or undefined while its wording loads; its console warning follows the update, the first time only. */
  describe(problem: AttributeProblem, lang: Lang): string | undefined {
    const text = failureText();
    if (!text) {
      this.#waiting ??= whenFailureText().then(() => {
        this.#waiting = undefined;
        this.#host.requestUpdate();
      });
      return undefined;
    }
    const message = text.describeAttributeProblem(problem, lang);
    const key = `${problem.attribute}\n${problem.reason}\n${problem.value}`;
    if (!this.#warned.has(key)) {
      this.#warned.add(key);
      this.#pending.push(message);
    }
    return message;
  }

  /** The notices above a drawing; `role="status"` so a changed attribute is announced. */
  render(problems: readonly AttributeProblem[], lang: Lang): TemplateResult | typeof nothing {
    const messages = problems.map((p) => this.describe(p, lang));
    if (messages.length === 0 || messages.includes(undefined)) return nothing;
    return html`<div class="notices" role="status">${messages.map((message) => html`<p class="notice" part="notice">${message}</p>`)}</div>`;
  }

  hostUpdated(): void {
    for (const message of this.#pending) console.warn(`<${this.#host.localName}> ${message}`);
    this.#pending = [];
  }
}
