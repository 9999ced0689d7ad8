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
import { searchKey } from '../layout/ranking.js';

export interface AttributeProblem {
  readonly attribute: string;
  /** The value as written; messages show it cut short. */
  readonly value: string;
  readonly reason: AttributeReason;
  /** The edition ids were looked up in (reasons `id` and `compare`). */
  readonly year?: number | undefined;
  /** The nearest valid value, when one is near enough to be what was meant. */
  readonly suggestion?: string | undefined;
  /** Valid values, written out when none is near enough to suggest (long lists are cut). */
  readonly allowed?: readonly string[] | undefined;
  /** What is drawn instead; absent when nothing can be drawn (the error state). */
  readonly outcome?: AttributeOutcome | undefined;
}

/** Folds case, diacritics and separators: "Cēsu novads" and "cesu_novads" both read `cesu-novads`. */
const fold = (text: string): string => searchKey(text).replace(/[\s_-]+/g, '-');

/**
 * Levenshtein distance from `a` to `b`, or, with `toPrefix`, to the nearest start of `b`
 * (so a name typed in part, "cesu-novads", is near "cesu-novada-pasvaldiba").
 */
export function editDistance(a: string, b: string, toPrefix = false): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return toPrefix ? Math.min(...row) : row[b.length]!;
}

/** No id is this long: a longer value is no typo, and is not compared (hostile input stays cheap). */
const SUGGEST_MAX = 80;

/**
 * The candidate nearest to a value, when near enough to be a likely typo: at most one edit
 * per three characters, after folding case, diacritics and separators (so a value of one or
 * two characters must match exactly that way). `namesOf` gives the names a candidate is also
 * known by: a value may match the start of one ("cesu-novads" → "Cēsu novada pašvaldība" →
 * `cesis`). Ties go to the earlier candidate.
 */
export function suggest(value: string, candidates: readonly string[], namesOf?: (candidate: string) => readonly string[]): string | undefined {
  const wanted = fold(value);
  if (wanted.length > SUGGEST_MAX) return undefined;
  let best: string | undefined;
  let bestDistance = Math.floor(wanted.length / 3) + 1;
  for (const candidate of candidates) {
    let distance = editDistance(wanted, fold(candidate));
    for (const name of namesOf?.(candidate) ?? []) distance = Math.min(distance, editDistance(wanted, fold(name), true));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Suggestions among an edition's entities, by id and by every name; remembered per edition (10 000 entities cost ~30 ms). */
const entitySuggestions = new WeakMap<Edition, Map<string, string | undefined>>();

export function nearestEntity(edition: Edition, value: string): string | undefined {
  let known = entitySuggestions.get(edition);
  if (!known) entitySuggestions.set(edition, (known = new Map()));
  if (!known.has(value)) {
    const names = new Map(edition.entities.map((e) => [e.id, typeof e.name === 'string' ? [e.name] : Object.values(e.name)]));
    known.set(value, suggest(value, [...names.keys()], (id) => names.get(id)!));
  }
  return known.get(value);
}

/** An id the edition does not hold, in an attribute that lists ids (`highlight`, `entity`). */
export function unknownEntity(attribute: string, value: string, edition: Edition, outcome?: AttributeOutcome): AttributeProblem {
  return { attribute, value, reason: 'id', year: edition.year, suggestion: nearestEntity(edition, value), outcome };
}

/** One value of a closed list (`sort`, a column, a group id) that is not in it. */
export function notAllowed(
  attribute: string, value: string, reason: AttributeReason, allowed: readonly string[], outcome?: AttributeOutcome,
): AttributeProblem {
  return { attribute, value, reason, suggestion: suggest(value, allowed), allowed, outcome };
}

const LANGUAGE_NAMES: Record<Lang, readonly string[]> = { lv: ['latviešu', 'latvian'], en: ['english', 'angļu'] };

/**
 * The element's own `lang`, when it names neither Latvian nor English (any region). The
 * element speaks its default instead (`used`: the page's language, else Latvian). An
 * inherited page language is no misconfiguration: a German page simply gets the default.
 */
export function checkLang(own: string | null, used: Lang): AttributeProblem | undefined {
  if (!own?.trim() || speaks(own)) return undefined;
  const suggestion = suggest(own, ['lv', 'en'], (lang) => LANGUAGE_NAMES[lang as Lang]);
  return { attribute: 'lang', value: own, reason: 'lang', suggestion, allowed: ['lv', 'en'], outcome: { used } };
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
