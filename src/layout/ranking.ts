/**
 * The ranking table as plain data: which columns, which rows in which order, each row's
 * place and change. No DOM and no lit, so tests can check the semantics directly.
 */
import type { EIndexDocument, Edition, Entity, Level, Text } from '../data/types.js';
import {
  entitiesInGroups,
  entityLevel,
  holdsWholeStudy,
  memoized,
  metricValue,
  placesIn,
  previousEdition,
  rankChange,
  viewKey,
  type MetricKey,
  type RankChange,
} from '../data/query.js';

export type SortDirection = 'ascending' | 'descending';

export type Column =
  | { readonly key: 'rank'; readonly kind: 'rank' }
  | { readonly key: 'name'; readonly kind: 'name' }
  | { readonly key: 'group'; readonly kind: 'group' }
  | { readonly key: 'level'; readonly kind: 'level' }
  | { readonly key: 'change'; readonly kind: 'change' }
  | { readonly key: string; readonly kind: 'metric'; readonly metric: MetricKey };

export const DEFAULT_COLUMNS = ['rank', 'name', 'group', 'total', 'level'] as const;

/**
 * How names are read and ordered, given by the caller: layout knows no language
 * (`nameOrder(lang)` in i18n/format.ts makes one).
 */
export interface NameOrder {
  /** Tells one order from another in caches (the language). */
  readonly key: string;
  /** A name in the reader's language. */
  readonly text: (text: Text) => string;
  /** Compares two names the way a reader of that language expects. */
  readonly compare: (a: string, b: string) => number;
}

export interface RankingOptions {
  readonly names: NameOrder;
  /** Group ids to show; empty for all. */
  readonly groups: readonly string[];
  /** `total`, `group-score`, `name`, `level` or a category id. */
  readonly sort: string;
  /** Default: descending for scores (best first), ascending for names. */
  readonly direction?: SortDirection | undefined;
  /** Column tokens as written in the `columns` attribute (`categories` means all five). */
  readonly columns: readonly string[];
  readonly limit?: number | undefined;
  readonly showAll?: boolean;
  /**
   * At most this many rows are drawn (plus highlighted ones); the rest wait behind a
   * "show more" control. Keeps a 10 000-row table fast without hiding rows from anyone.
   */
  readonly maxRows?: number;
  readonly highlight: readonly string[];
  /** Text typed into the search box. */
  readonly query?: string;
}

export interface RankingRow {
  readonly entity: Entity;
  /** Place by the ranking metric among the shown groups; `null` when the value is not published. */
  readonly place: number | null;
  readonly level: Level | undefined;
  readonly change: RankChange | undefined;
  readonly highlighted: boolean;
  /** Shown only because it is highlighted, beyond the limit: drawn after a gap. */
  readonly beyondLimit: boolean;
  /** 1-based position among the matching rows (for `aria-rowindex`). */
  readonly position: number;
}

export interface RankingModel {
  readonly columns: readonly Column[];
  readonly rows: readonly RankingRow[];
  /** Entities in the shown groups. */
  readonly inGroups: number;
  /** Entities that match the search. */
  readonly matching: number;
  /** Matching entities the limit hides. */
  readonly hidden: number;
  /** Whether a limit is cutting the list now (so "show all" makes sense). */
  readonly limited: boolean;
  /** Rows within the limit that `maxRows` keeps back for "show more". */
  readonly deferred: number;
  readonly sort: string;
  readonly direction: SortDirection;
  /** What the places are places among. */
  readonly scope: 'study' | 'file' | 'groups';
  /** Whether there is a previous edition to compare places with. */
  readonly hasPrevious: boolean;
}

/** Column tokens besides `categories` and the category ids. */
export const FIXED_COLUMNS = ['rank', 'name', 'group', 'total', 'group-score', 'level', 'change'];
/** Sort keys besides the category ids. */
export const FIXED_SORTS = ['total', 'group-score', 'name', 'level'];

function columnsFrom(doc: EIndexDocument, tokens: readonly string[]): Column[] {
  const columns: Column[] = [];
  const add = (column: Column): void => {
    if (!columns.some((existing) => existing.key === column.key)) columns.push(column);
  };
  for (const token of tokens.length > 0 ? tokens : DEFAULT_COLUMNS) {
    if (token === 'rank' || token === 'name' || token === 'group' || token === 'level' || token === 'change') {
      add({ key: token, kind: token } as Column);
    } else if (token === 'total' || token === 'group-score') {
      add({ key: token, kind: 'metric', metric: token });
    } else if (token === 'categories') {
      for (const category of doc.categories) add({ key: category.id, kind: 'metric', metric: { category: category.id } });
    } else if (doc.categories.some((category) => category.id === token)) {
      add({ key: token, kind: 'metric', metric: { category: token } });
    }
  }
  return columns;
}

/** The metric a sort key orders by; names are ordered by text, and places then follow the total. */
export function metricOfSort(sort: string): MetricKey {
  if (sort === 'total' || sort === 'group-score' || sort === 'level') return sort;
  if (sort === 'name') return 'total';
  return { category: sort };
}

/**
 * Folds case and Latvian diacritics so "cesu" finds "Cēsu". Plain toLowerCase(): Latvian has
 * no casing rules of its own (only Lithuanian, Turkish and Azeri do), and the locale-aware
 * call costs a fifth of folding 10 000 names.
 */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Search keys of every name of an entity, computed once per entity object. */
const searchKeys = new WeakMap<Entity, string>();

function searchKeyOf(entity: Entity): string {
  let key = searchKeys.get(entity);
  if (key === undefined) {
    const names = typeof entity.name === 'string' ? [entity.name] : Object.values(entity.name);
    // One string with a separator no typed text contains, so a match never spans two names.
    // Folded as one string (the separator stops every folding rule), a third of the calls.
    key = searchKey([...names, entity.id].join('\u0000'));
    searchKeys.set(entity, key);
  }
  return key;
}

/**
 * Entities of an edition in alphabetical order, by the collation of the language. Collating
 * 10 000 names costs 30–40 ms, so it is done once per edition and language, and only for a
 * sort by name (or ahead of one: prepareRanking); other orders compare names only to break ties.
 */
const alphabeticalCache = new WeakMap<Edition, Map<string, readonly Entity[]>>();

function alphabetical(edition: Edition, names: NameOrder): readonly Entity[] {
  return memoized(alphabeticalCache, edition, names.key, () => {
    const named = edition.entities.map((entity) => ({ entity, name: names.text(entity.name) }));
    named.sort((a, b) => names.compare(a.name, b.name));
    return named.map(({ entity }) => entity);
  });
}

/**
 * Works out ahead what a reader's next step would need: the alphabetical order (a click on
 * the name header) and, with a search box, the search keys (the first keystroke). For
 * 10 000 entities they cost 50–70 ms, which would otherwise land on that click or keystroke.
 * The search keys stop when `timeLeft()` runs out; the name order is one piece of work.
 * Returns whether everything is ready; call again (in a later task) until it is.
 */
export function prepareRanking(edition: Edition, names: NameOrder, search: boolean, timeLeft: () => number): boolean {
  alphabetical(edition, names);
  if (!search) return true;
  for (const entity of edition.entities) {
    if (timeLeft() <= 0) return false;
    searchKeyOf(entity);
  }
  return true;
}

/**
 * The entities of the groups in the order of a sort, worked out once per edition, language,
 * groups, sort and direction: a re-sort, a search or "show more" then only reads it.
 */
const orderCache = new WeakMap<Edition, Map<string, readonly Entity[]>>();

function orderedEntities(doc: EIndexDocument, edition: Edition, names: NameOrder, groups: readonly string[], sort: string, direction: SortDirection): readonly Entity[] {
  const metric = metricOfSort(sort);
  return memoized(orderCache, edition, `${names.key}|${sort}|${direction}|${viewKey(groups, metric)}`, () => {
    if (sort === 'name') {
      const all = alphabetical(edition, names);
      const wanted = groups.length > 0 ? new Set(entitiesInGroups(edition, groups)) : undefined;
      const ascending = wanted ? all.filter((entity) => wanted.has(entity)) : all;
      // Descending reverses a copy: the alphabetical order is shared by every sort of this edition and language.
      return direction === 'ascending' ? ascending : [...ascending].reverse();
    }
    const keyed = entitiesInGroups(edition, groups).map((entity) => ({
      entity,
      value: metricValue(doc, entity, metric),
      total: entity.total ?? -Infinity,
      name: names.text(entity.name),
    }));
    // Unpublished values go last whatever the direction: they have no place to sort by.
    const sign = direction === 'ascending' ? 1 : -1;
    keyed.sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value !== b.value) return a.value === null ? 1 : -1;
      } else if (a.value !== b.value) {
        return sign * (a.value - b.value);
      }
      // Ties (and two unpublished values): a secondary order that a reader can predict.
      // Names are collated only here, between tied entities: a few thousand comparisons
      // rather than the 130 000 of a full alphabetical sort of 10 000 names.
      if (metric === 'level' && a.total !== b.total) return b.total - a.total;
      return names.compare(a.name, b.name);
    });
    return keyed.map(({ entity }) => entity);
  });
}

export function rankingModel(doc: EIndexDocument, edition: Edition, options: RankingOptions): RankingModel {
  const { names, groups } = options;
  const metric = metricOfSort(options.sort);
  const direction: SortDirection = options.direction ?? (options.sort === 'name' ? 'ascending' : 'descending');
  const inGroups = entitiesInGroups(edition, groups);
  const places = placesIn(doc, edition, groups, metric);
  const hasPrevious = previousEdition(doc, edition) !== undefined;
  const highlight = new Set(options.highlight);
  const ordered = orderedEntities(doc, edition, names, groups, options.sort, direction);

  const needle = searchKey(options.query?.trim() ?? '');
  const matching = needle ? ordered.filter((entity) => searchKeyOf(entity).includes(needle)) : ordered;

  // A search shows every match; otherwise the limit cuts the list, but highlighted rows stay.
  const limit = options.limit !== undefined && options.limit > 0 && !options.showAll && !needle ? options.limit : undefined;
  const withinLimit = Math.min(matching.length, limit ?? Infinity);
  const drawn = Math.min(withinLimit, options.maxRows ?? Infinity);
  const rows: RankingRow[] = [];
  const toRow = (entity: Entity, index: number, beyondLimit: boolean): RankingRow => ({
    entity,
    place: places.get(entity.id) ?? null,
    level: entityLevel(doc, entity),
    change: hasPrevious ? rankChange(doc, edition, groups, metric, entity.id) : undefined,
    highlighted: highlight.has(entity.id),
    beyondLimit,
    position: index + 1,
  });
  for (let index = 0; index < drawn; index += 1) rows.push(toRow(matching[index] as Entity, index, false));
  if (highlight.size > 0) {
    matching.forEach((entity, index) => {
      if (index >= drawn && highlight.has(entity.id)) rows.push(toRow(entity, index, true));
    });
  }

  return {
    columns: columnsFrom(doc, options.columns),
    rows,
    inGroups: inGroups.length,
    matching: matching.length,
    hidden: matching.length - rows.length,
    limited: limit !== undefined && matching.length > limit,
    deferred: withinLimit - drawn,
    sort: options.sort,
    direction,
    scope: groups.length > 0 ? 'groups' : holdsWholeStudy(edition) ? 'study' : 'file',
    hasPrevious,
  };
}
