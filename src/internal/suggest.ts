/**
 * "Did you mean …?": the valid value nearest to one an element cannot use. Only a problem's
 * message needs it, so it is part of the text that loads on demand (i18n/failure-text.ts,
 * DESIGN §5); the checks in notice.ts record where to look (`AttributeProblem.near`).
 */
import type { Edition } from '../data/types.js';
import { searchKey } from '../layout/ranking.js';
import type { AttributeProblem } from './notice.js';

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

/** The value a problem's message suggests: the one the check knew, else the nearest in `near`'s values, then its entities. */
export function suggestionFor({ value, suggestion, near }: AttributeProblem): string | undefined {
  if (suggestion !== undefined || !near) return suggestion;
  const { values = [], names, entities } = near;
  return suggest(value, values, names && ((candidate) => names[candidate] ?? [])) ?? (entities && nearestEntity(entities, value));
}
