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
  /** How many more rows one "show more" draws; default `maxRows`. */
  readonly pageRows?: number;
}

export interface RankingRow {
  readonly entity: Entity;
  /** Place by the ranking metric among the shown groups; `null` when the value is not published. */
  readonly place: number | null;
  /** Whether another entity of the shown groups shares the place. */
  readonly tied: boolean;
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
  /** Whether a limit is cutting the list now (so "show all" makes sense). */
  readonly limited: boolean;
  /** The control under the table, if any. */
  readonly toggle: RankingToggle | undefined;
  readonly sort: string;
  readonly direction: SortDirection;
  /** What the places are places among. */
  readonly scope: 'study' | 'file' | 'groups';
}

/**
 * The control under the table: `more` draws the next page of a long list (`count` more rows,
 * `shown` of `total` drawn now); `all` lifts the limit (`count` rows then); `top` puts it back.
 */
type RankingToggle =
  | { readonly kind: 'more'; readonly count: number; readonly shown: number; readonly total: number }
  | { readonly kind: 'all'; readonly count: number }
  | { readonly kind: 'top'; readonly count: number };

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
  const tiedPlaces = tiedPlacesOf(places);
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
    tied: tiedPlaces.has(places.get(entity.id) ?? 0),
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

  const limited = limit !== undefined && matching.length > limit;
  const deferred = withinLimit - drawn;
  let toggle: RankingToggle | undefined;
  if (deferred > 0) {
    toggle = { kind: 'more', count: Math.min(options.pageRows ?? options.maxRows ?? deferred, deferred), shown: drawn, total: withinLimit };
  } else if (limited) {
    toggle = { kind: 'all', count: matching.length };
  } else if (options.showAll && !needle && options.limit !== undefined && options.limit > 0 && options.limit < matching.length) {
    // The limit is lifted: offer it back while it would still cut something.
    toggle = { kind: 'top', count: options.limit };
  }

  return {
    columns: columnsFrom(doc, options.columns),
    rows,
    inGroups: inGroups.length,
    matching: matching.length,
    limited,
    toggle,
    sort: options.sort,
    direction,
    scope: groups.length > 0 ? 'groups' : holdsWholeStudy(edition) ? 'study' : 'file',
  };
}

/** Places held by more than one entity (ties), from a map of places. */
const tiedCache = new WeakMap<ReadonlyMap<string, number>, ReadonlySet<number>>();

function tiedPlacesOf(places: ReadonlyMap<string, number>): ReadonlySet<number> {
  let tied = tiedCache.get(places);
  if (!tied) {
    const seen = new Set<number>();
    const shared = new Set<number>();
    for (const place of places.values()) (seen.has(place) ? shared : seen).add(place);
    tied = shared;
    tiedCache.set(places, tied);
  }
  return tied;
}

/**
 * The words of a ranking's headers and cells in the reader's language. The element passes
 * its message set (which has these and more), so this module knows no language.
 */
interface RankingWords {
  readonly columnRank: string;
  readonly columnName: string;
  readonly columnGroup: string;
  readonly columnTotal: string;
  /** The total's header in a narrow layout ("Kopvērtējums" is one long word). */
  readonly columnTotalNarrow: string;
  readonly columnGroupScore: string;
  readonly columnLevel: string;
  /** The level's header in a narrow layout. */
  readonly columnLevelNarrow: string;
  readonly columnChange: string;
  readonly notPublished: string;
  /** "not published" with soft hyphens, so a narrow column can break it inside a word (with a hyphen). */
  readonly notPublishedHyphenated: string;
  readonly noPlace: string;
  sharedPlace(place: number): string;
  changeUp(places: number): string;
  changeDown(places: number): string;
  readonly changeSame: string;
  readonly changeNew: string;
  readonly changeUnknown: string;
  level(level: number): string;
}

/** How the element writes text and numbers in the reader's language. */
export interface RankingFormat {
  readonly words: RankingWords;
  /** The text of a document's `Text` in the reader's language. */
  text(text: Text): string;
  /** A number in the reader's format (decimal comma in Latvian). */
  number(value: number, maximumFractionDigits?: number): string;
}

/**
 * One column's cells as channels (as Observable Plot's marks have): arrays in row order, one
 * entry per row of the model. The table, the CSV and any other output map these arrays; none
 * of them works a value out again.
 */
export interface ColumnChannels {
  readonly column: Column;
  /** Header text. */
  readonly label: string;
  /** Header text in a narrow layout, where it differs. */
  readonly narrowLabel?: string;
  /** The sort key a click on the header orders by; the rank, group and change columns order by nothing of their own. */
  readonly sortKey?: string;
  /** Figures: aligned to the end, in tabular digits. */
  readonly numeric: boolean;
  /**
   * Where the column stays in view when the table scrolls sideways: the place and the name
   * stick when they lead the table (`at` 1: at the start; 2: beside the place); `last` marks
   * the one whose edge casts the shadow of what is scrolled under it.
   */
  readonly sticky?: { readonly at: 1 | 2; readonly last: boolean };
  /**
   * What each cell stands for: the figure, the place, the level number, the change in
   * places (positive = up) or `'new'`, the name or group text; `null` when not published.
   */
  readonly value: readonly (number | string | null)[];
  /** What each cell shows. */
  readonly text: readonly string[];
  /** What each cell holds in the CSV file (numbers without grouping spaces; formatCsv defuses formulas). */
  readonly csv: readonly string[];
  /** What a screen reader says instead of `text`, where the text is a sign (`2=`, `▲ 2`, `–`). */
  readonly aria: readonly (string | undefined)[];
  /** What each cell shows in a narrow layout, where it differs (a level's number, a breakable "not published"). */
  readonly narrow?: readonly (string | undefined)[];
  /** A second line under the cell's text in a narrow layout (the group under the name). */
  readonly sub?: readonly (string | undefined)[];
  /** Each score's share of the scale, 0–1, for an in-cell bar; `null` when not published. */
  readonly share?: readonly (number | null)[];
}

/** The header text of a metric. */
export function metricLabel(doc: EIndexDocument, metric: MetricKey, format: RankingFormat): string {
  const { words } = format;
  if (metric === 'total') return words.columnTotal;
  if (metric === 'group-score') return words.columnGroupScore;
  if (metric === 'level') return words.columnLevel;
  const category = doc.categories.find((c) => c.id === metric.category);
  return category ? format.text(category.name) : metric.category;
}

/** The name of an entity's group in the reader's language (its id when the group is unknown). */
export function groupName(doc: EIndexDocument, groupId: string, format: Pick<RankingFormat, 'text'>): string {
  const group = doc.groups.find((g) => g.id === groupId);
  return group ? format.text(group.name) : groupId;
}

/** A level's name, or the generic "level N" when the document names none. */
function levelName(level: Level, format: Pick<RankingFormat, 'text' | 'words'>): string {
  return format.text(level.name) || format.words.level(level.level);
}

/**
 * Each column's channels for the rows of a model. Score columns carry each score's share of
 * the scale (for the `bars` attribute); the group folds under the name in a narrow layout
 * when both columns are shown.
 */
export function rankingChannels(doc: EIndexDocument, model: RankingModel, format: RankingFormat): ColumnChannels[] {
  const { rows } = model;
  const { words } = format;
  const foldGroup = model.columns.some((c) => c.kind === 'name') && model.columns.some((c) => c.kind === 'group');
  const span = doc.scale.max - doc.scale.min;
  // The place and the name stick when they lead the table: the place first, the name first or beside the place.
  const [first, second] = model.columns.map((column) => column.kind);
  const stickyCount = first === 'rank' ? (second === 'name' ? 2 : 1) : first === 'name' ? 1 : 0;
  const stickyOf = (index: number): Pick<ColumnChannels, 'sticky'> =>
    index < stickyCount ? { sticky: { at: (index + 1) as 1 | 2, last: index === stickyCount - 1 } } : {};
  return model.columns.map((column, index): ColumnChannels => ({ ...stickyOf(index), ...columnChannels(column) }));

  function columnChannels(column: Column): Omit<ColumnChannels, 'sticky'> {
    switch (column.kind) {
      case 'rank':
        return {
          column,
          label: words.columnRank,
          numeric: true,
          value: rows.map((row) => row.place),
          text: rows.map((row) => (row.place === null ? '–' : row.tied ? `${row.place}=` : String(row.place))),
          csv: rows.map((row) => (row.place === null ? '' : String(row.place))),
          aria: rows.map((row) => (row.place === null ? words.noPlace : row.tied ? words.sharedPlace(row.place) : undefined)),
        };
      case 'name': {
        const names = rows.map((row) => format.text(row.entity.name));
        return {
          column,
          label: words.columnName,
          sortKey: 'name',
          numeric: false,
          value: names,
          text: names,
          csv: names,
          aria: rows.map(() => undefined),
          ...(foldGroup ? { sub: rows.map((row) => groupName(doc, row.entity.group, format)) } : {}),
        };
      }
      case 'group': {
        const names = rows.map((row) => groupName(doc, row.entity.group, format));
        return { column, label: words.columnGroup, numeric: false, value: names, text: names, csv: names, aria: rows.map(() => undefined) };
      }
      case 'level': {
        const names = rows.map((row) => (row.level ? levelName(row.level, format) : words.notPublished));
        return {
          column,
          label: words.columnLevel,
          narrowLabel: words.columnLevelNarrow,
          sortKey: 'level',
          numeric: false,
          value: rows.map((row) => row.level?.level ?? null),
          text: names,
          csv: names,
          aria: rows.map(() => undefined),
          narrow: rows.map((row) => (row.level ? String(row.level.level) : words.notPublishedHyphenated)),
        };
      }
      case 'change': {
        const cells = rows.map((row) => changeCell(row.change, words));
        return {
          column,
          label: words.columnChange,
          numeric: true,
          value: cells.map((cell) => cell.value),
          text: cells.map((cell) => cell.text),
          csv: cells.map((cell) => cell.csv),
          aria: cells.map((cell) => cell.aria),
        };
      }
      case 'metric': {
        const values = rows.map((row) => metricValue(doc, row.entity, column.metric));
        const sortKey = typeof column.metric === 'string' ? column.metric : column.metric.category;
        return {
          column,
          label: metricLabel(doc, column.metric, format),
          ...(column.metric === 'total' ? { narrowLabel: words.columnTotalNarrow } : {}),
          sortKey,
          numeric: true,
          value: values,
          text: values.map((value) => (value === null ? words.notPublished : format.number(value))),
          narrow: values.map((value) => (value === null ? words.notPublishedHyphenated : undefined)),
          // Spreadsheets read "1 234,5" as text: no grouping spaces in the file.
          csv: values.map((value) => (value === null ? words.notPublished : format.number(value).replace(/\s/g, ''))),
          aria: values.map(() => undefined),
          share: values.map((value) => (value === null || span <= 0 ? null : Math.min(1, Math.max(0, (value - doc.scale.min) / span)))),
        };
      }
    }
  }
}

function changeCell(change: RankChange | undefined, words: RankingWords): { value: number | string | null; text: string; csv: string; aria: string | undefined } {
  // No previous edition: nothing to compare, said by the column's emptiness rather than in every row.
  if (!change) return { value: null, text: '–', csv: '', aria: undefined };
  if (change.kind === 'new') return { value: 'new', text: words.changeNew, csv: words.changeNew, aria: undefined };
  if (change.kind === 'unknown') return { value: null, text: '–', csv: '', aria: words.changeUnknown };
  const { by } = change;
  if (by === 0) return { value: 0, text: '=', csv: '0', aria: words.changeSame };
  return {
    value: by,
    text: `${by > 0 ? '▲' : '▼'}\u2009${Math.abs(by)}`,
    csv: String(by),
    aria: by > 0 ? words.changeUp(by) : words.changeDown(-by),
  };
}
