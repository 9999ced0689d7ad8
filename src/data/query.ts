/**
 * Pure questions asked of a validated document: which edition, which level, places with
 * ties, rank changes, averages that say what they average. No DOM, no language.
 */
import type { CategoryId, EIndexDocument, Edition, Entity, EntityId, GroupId, Level } from './types.js';

/** The edition of that year, or the latest when no year is asked for. */
export function editionFor(doc: EIndexDocument, year?: number | null): Edition | undefined {
  if (year === undefined || year === null || Number.isNaN(year)) return doc.editions[doc.editions.length - 1];
  return doc.editions.find((edition) => edition.year === year);
}

/** The nearest earlier edition, for rank changes and the radar's `previous`. */
export function previousEdition(doc: EIndexDocument, edition: Edition): Edition | undefined {
  let previous: Edition | undefined;
  for (const candidate of doc.editions) {
    if (candidate.year < edition.year && (!previous || candidate.year > previous.year)) previous = candidate;
  }
  return previous;
}

/** The entity in the latest edition that holds it in any edition (names change; the latest is the one people know). */
export function latestEntity(doc: EIndexDocument, id: string): Entity | undefined {
  for (let i = doc.editions.length - 1; i >= 0; i -= 1) {
    const found = doc.editions[i]!.entities.find((entity) => entity.id === id);
    if (found) return found;
  }
  return undefined;
}

export function findEntity(edition: Edition, id: EntityId): Entity | undefined {
  return edition.entities.find((entity) => entity.id === id);
}

/** Level thresholds are used only when every level declares one; a partial set would mislead. */
export function levelThresholdsKnown(levels: readonly { readonly min?: number | undefined }[]): boolean {
  return levels.length > 0 && levels.every((level) => typeof level.min === 'number');
}

/** The level a total falls in, by the declared thresholds; `undefined` when thresholds are not all known. */
export function levelForValue(doc: EIndexDocument, value: number | null | undefined): Level | undefined {
  if (value === null || value === undefined || !levelThresholdsKnown(doc.levels)) return undefined;
  let found: Level | undefined;
  for (const level of doc.levels) {
    if (value >= (level.min as number) && (!found || (level.min as number) >= (found.min as number))) found = level;
  }
  return found;
}

/** An entity's maturity level: as published, else derived from the thresholds; `undefined` when unknown. */
export function entityLevel(doc: EIndexDocument, entity: Entity): Level | undefined {
  if (typeof entity.level === 'number') return doc.levels.find((level) => level.level === entity.level);
  return levelForValue(doc, entity.total);
}

/** Entities of the chosen groups; every entity when no group is named. */
export function entitiesInGroups(edition: Edition, groups: readonly GroupId[]): readonly Entity[] {
  if (groups.length === 0) return edition.entities;
  const wanted = new Set(groups);
  return edition.entities.filter((entity) => wanted.has(entity.group));
}

/** What a ranking or a chart can order by. */
export type MetricKey = 'total' | 'group-score' | 'level' | { readonly category: CategoryId };

/** A metric's value for an entity; `null` when it is not published. */
export function metricValue(doc: EIndexDocument, entity: Entity, metric: MetricKey): number | null {
  if (metric === 'total') return entity.total;
  if (metric === 'group-score') return entity.groupScore ?? null;
  if (metric === 'level') return entityLevel(doc, entity)?.level ?? null;
  return entity.scores[metric.category] ?? null;
}

/**
 * Places by a value, best (highest) first, with ties sharing a place: 1, 2, 2, 4
 * ("standard competition ranking"). Entities without a value get no place.
 */
export function placesBy<T>(items: readonly T[], idOf: (item: T) => string, valueOf: (item: T) => number | null): Map<string, number> {
  const valued: { id: string; value: number }[] = [];
  for (const item of items) {
    const value = valueOf(item);
    if (value !== null) valued.push({ id: idOf(item), value });
  }
  valued.sort((a, b) => b.value - a.value);
  const places = new Map<string, number>();
  let place = 0;
  valued.forEach((entry, index) => {
    // A tie keeps the place of the first of its value.
    if (index === 0 || entry.value !== (valued[index - 1] as { value: number }).value) place = index + 1;
    places.set(entry.id, place);
  });
  return places;
}

/**
 * A value worked out once per edition and key. A validated document is never changed, and a
 * ranking asks for the same places, orders and averages again on every sort, search and
 * page: for 10 000 entities each costs a few milliseconds.
 */
export function memoized<T>(cache: WeakMap<Edition, Map<string, T>>, edition: Edition, key: string, compute: () => T): T {
  let byKey = cache.get(edition);
  if (!byKey) cache.set(edition, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, compute());
  return byKey.get(key) as T;
}

/** A cache key for a set of groups and a metric. */
export function viewKey(groups: readonly GroupId[], metric: MetricKey): string {
  return `${[...groups].sort().join(' ')}|${typeof metric === 'string' ? metric : `category:${metric.category}`}`;
}

const placesCache = new WeakMap<Edition, Map<string, ReadonlyMap<EntityId, number>>>();

/** Places of the entities by a metric, within the given groups (all when none). */
export function placesIn(doc: EIndexDocument, edition: Edition, groups: readonly GroupId[], metric: MetricKey): ReadonlyMap<EntityId, number> {
  return memoized(placesCache, edition, viewKey(groups, metric), () =>
    placesBy(entitiesInGroups(edition, groups), (entity) => entity.id, (entity) => metricValue(doc, entity, metric)),
  );
}

/**
 * How an entity's place moved since the previous edition, in places gained (positive = up).
 * `new` when it was not in the previous edition; `unknown` when either place is not known.
 */
export type RankChange = { readonly kind: 'moved'; readonly by: number } | { readonly kind: 'new' } | { readonly kind: 'unknown' };

const idsCache = new WeakMap<Edition, Map<string, ReadonlySet<EntityId>>>();

/**
 * How one entity's place moved since the previous edition; `undefined` when there is no
 * previous edition. A ranking asks only for the rows it draws, not for all 10 000.
 */
export function rankChange(
  doc: EIndexDocument,
  edition: Edition,
  groups: readonly GroupId[],
  metric: MetricKey,
  id: EntityId,
): RankChange | undefined {
  const previous = previousEdition(doc, edition);
  if (!previous) return undefined;
  if (!memoized(idsCache, previous, '', () => new Set(previous.entities.map((entity) => entity.id))).has(id)) return { kind: 'new' };
  const placeNow = placesIn(doc, edition, groups, metric).get(id);
  const placeBefore = placesIn(doc, previous, groups, metric).get(id);
  if (placeNow === undefined || placeBefore === undefined) return { kind: 'unknown' };
  return { kind: 'moved', by: placeBefore - placeNow };
}

/**
 * An average that says what it averages: the published figure (`summary.average`, over the
 * whole study) when the question is the edition's overall total, else the mean of the values
 * shown, with their count. `undefined` when nothing is published to average.
 */
export type Average =
  | { readonly kind: 'published'; readonly value: number; readonly count: number | undefined }
  | { readonly kind: 'computed'; readonly value: number; readonly count: number };

/**
 * Whether an average (or a best) is the shown entity's own value again: computed from one value
 * while the entity has one, so that one is its own. A comparison that says nothing: the radar
 * and the trend leave it out, with a note.
 */
export function onlyItsOwn(average: Average | undefined, own: number | null | undefined): boolean {
  return own != null && average?.kind === 'computed' && average.count === 1;
}

const averagesCache = new WeakMap<Edition, Map<string, Average | undefined>>();

export function averageOf(
  doc: EIndexDocument,
  edition: Edition,
  metric: MetricKey,
  groups: readonly GroupId[] = [],
): Average | undefined {
  // A ranking's footer asks on every render; 10 000 entities take a few milliseconds.
  return memoized(averagesCache, edition, viewKey(groups, metric), () => computeAverage(doc, edition, metric, groups));
}

function computeAverage(doc: EIndexDocument, edition: Edition, metric: MetricKey, groups: readonly GroupId[]): Average | undefined {
  if (metric === 'total' && groups.length === 0 && typeof edition.summary?.average === 'number') {
    return { kind: 'published', value: edition.summary.average, count: edition.summary.entities };
  }
  let sum = 0;
  let count = 0;
  for (const entity of entitiesInGroups(edition, groups)) {
    const value = metricValue(doc, entity, metric);
    if (value !== null) {
      sum += value;
      count += 1;
    }
  }
  return count === 0 ? undefined : { kind: 'computed', value: sum / count, count };
}

/**
 * Whether places computed from this file are places in the whole study: only when the file
 * holds every assessed entity (`summary.entities` equals the number of entities).
 */
export function holdsWholeStudy(edition: Edition): boolean {
  return typeof edition.summary?.entities === 'number' && edition.summary.entities === edition.entities.length;
}

/** The entity with the highest value of a metric (first in document order on a tie). */
export function bestBy(doc: EIndexDocument, entities: readonly Entity[], metric: MetricKey): Entity | undefined {
  let best: Entity | undefined;
  let bestValue = -Infinity;
  for (const entity of entities) {
    const value = metricValue(doc, entity, metric);
    if (value !== null && value > bestValue) {
      best = entity;
      bestValue = value;
    }
  }
  return best;
}

/** Splits a space-separated attribute into its tokens. */
export function tokensOf(value: string | null | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}
