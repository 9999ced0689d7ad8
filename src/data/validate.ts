/**
 * Checks an E-index document (docs/design.md §2) and returns it normalised, or every problem found.
 *
 * Pure: no DOM, no I/O, never mutates its input. The output shares nothing mutable with the
 * input (maps are rebuilt), so a caller changing the input later cannot change the document.
 * Paths name the place in the input as an author sees it (`editions[0].entities[3].scores.open-data`),
 * so indices are the input's, before editions and levels are sorted.
 */
import type {
  Category,
  EIndexDocument,
  Edition,
  Entity,
  Group,
  GroupKind,
  Level,
  Scale,
  Source,
  Summary,
  Text,
} from './types.js';

export type ProblemCode =
  /** The input is not a JSON object (path ''). */
  | 'not-object'
  /** The text is not JSON at all (inline documents; path ''). */
  | 'not-json'
  /** A required field is absent. */
  | 'missing'
  /** A value of the wrong type; `params.expected` says which ({@link ExpectedType}). */
  | 'wrong-type'
  /** `schema` is not `eindex/1`; `params.expected`. */
  | 'schema'
  /** A string, text or id that is empty. */
  | 'empty'
  /** A list that must have at least one entry (editions, categories). */
  | 'empty-list'
  /** An id (or edition year, or level number) repeated in its list; `params.first` is the first one's path. */
  | 'duplicate-id'
  /** An entity names a group not in `groups`; `params.known`. */
  | 'unknown-group'
  /** A score key names a category not in `categories`; `params.known`. */
  | 'unknown-category'
  /** A level not in `levels`; `params.known` ('' when no levels are declared). */
  | 'unknown-level'
  /** NaN or ±Infinity (possible only for documents given as objects). */
  | 'not-finite'
  /** A number below the scale; `params.min`. */
  | 'below-min'
  /** A number above the scale; `params.max`. */
  | 'above-max'
  /** A number that must be whole (year, level number). */
  | 'not-integer'
  /** A count that is not a whole number ≥ 0. */
  | 'bad-count'
  /** A group kind other than `municipality` or `institution`. */
  | 'bad-kind'
  /** `scale.min` is not below `scale.max`; `params.min`, `params.max`. */
  | 'bad-scale'
  /** Not an ISO calendar date `YYYY-MM-DD`. */
  | 'bad-date'
  /** A level threshold not above the threshold of the level below; `params.previous`. */
  | 'level-order'
  /** A text, id or address longer than `params.max` characters. */
  | 'too-long'
  /** A list with more than `params.max` entries; its entries are not read. */
  | 'too-many-items'
  /** A number outside what the format allows (a year, a scale end, a count); `params.min`, `params.max`. */
  | 'out-of-range'
  /** Validation stopped after `params.limit` problems (path ''). */
  | 'too-many';

/** What a `wrong-type` problem expected (`params.expected`). */
export type ExpectedType = 'object' | 'array' | 'string' | 'number' | 'number-or-null' | 'text' | 'source';

export interface Problem {
  /** JS-like path into the input: `title`, `categories[2].id`, `editions[0].entities[3].scores.open-data`; '' for the whole document. */
  readonly path: string;
  readonly code: ProblemCode;
  /** The offending value, where there is one. */
  readonly value?: unknown;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type ValidationResult =
  | { readonly ok: true; readonly document: EIndexDocument }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Problems reported before validation stops (a broken generator can produce thousands). */
export const MAX_PROBLEMS = 100;

export const SCHEMA_ID = 'eindex/1';

/**
 * Caps on what a document may hold (docs/design.md §5 "Robust in the wild"; data/README.md and the
 * schema document the same numbers). A document beyond one is refused with a clear problem
 * rather than drawn: a 10 000-category file took an 8.5 s task and drew an element 81 000 px
 * tall. Each cap leaves wide room above real data (5 categories, about 200 entities a year,
 * names up to 120 characters, editions since 2017).
 */
export const LIMITS = {
  /** Categories: the E-index has five sections; a radar of more than 20 axes is unreadable. */
  categories: 20,
  /** Groups and levels: the E-index has 3–4 groups and 3 levels. */
  groups: 50,
  levels: 20,
  sources: 50,
  /** Editions: yearly; 50 years of them. */
  editions: 50,
  /** Entities in one edition: the size the elements are tested to stay responsive with. */
  entities: 10_000,
  /** Characters in one text (a title, a name, a description): four times the longest real one. */
  text: 500,
  /** Characters in an id (ids are short words like `open-data`; generated ones can be longer). */
  id: 200,
  /** Characters in an address. */
  url: 2000,
  /** Assessment years: the E-index began in the 2010s; a year like 1e21 is a typo or an attack. */
  yearMin: 1990,
  yearMax: 2100,
  /** Largest magnitude of a scale end: keeps `max - min` and every ratio on it finite. */
  scale: 1e9,
  /** Largest count in a summary. */
  count: 1e9,
} as const;

/** The scale of a document that declares none; also what the charts draw before data arrives. */
export const DEFAULT_SCALE: Scale = { min: 0, max: 100 };
const GROUP_KINDS: ReadonlySet<string> = new Set<GroupKind>(['municipality', 'institution']);
const IDENTIFIER = /^[A-Za-z0-9_$-]+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Longest list of declared ids quoted in a message. */
const KNOWN_MAX = 80;

/** Thrown (and caught in `validateDocument`) to stop once `MAX_PROBLEMS` are reported. */
const STOP = Symbol('stop');

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A path's last step: a key, an index, or null for the parent itself. */
type Step = string | number | null;

/** Path of a field: `a.b`, `a[3]`, or `a["odd key"]` for keys that are not plain identifiers. */
export function pathOf(parent: string, step: Step): string {
  if (step === null) return parent;
  if (typeof step === 'number') return `${parent}[${step}]`;
  if (IDENTIFIER.test(step)) return parent ? `${parent}.${step}` : step;
  return `${parent}[${JSON.stringify(step)}]`;
}

/*
 * Readers take the path as (parent, step) and join them only to report a problem, and a
 * valid entity is read with no path at all (QuietChecker): a valid 10 000-entity document
 * builds no path string per entity or field.
 */
class Checker {
  readonly problems: Problem[] = [];

  report(parent: string, step: Step, code: ProblemCode, value?: unknown, params?: Record<string, string | number>): void {
    if (this.problems.length >= MAX_PROBLEMS) {
      this.problems.push({ path: '', code: 'too-many', params: { limit: MAX_PROBLEMS } });
      throw STOP;
    }
    const problem: Mutable<Problem> = { path: pathOf(parent, step), code };
    if (value !== undefined) problem.value = value;
    if (params) problem.params = params;
    this.problems.push(problem);
  }
}

/**
 * A checker that only counts problems, building no path or params. Entities (20 000 of them
 * in a large document) are read with it first, with '' as their path; only an entity it
 * finds a problem in is read again with the real checker and path, which reports the same
 * problems in the same order. So the reader's checks exist once, and a valid entity costs
 * no path string.
 */
class QuietChecker extends Checker {
  override report(): void {
    this.problems.length++;
  }
}

/**
 * The prototype of every entity's `scores`: an empty object whose own prototype is null, so
 * nothing is inherited. (`Object.create(null)` itself would do, but V8 keeps such objects in
 * slow dictionary mode, which doubled the time to validate 10 000 entities.)
 */
const NO_MEMBERS: object = Object.freeze(Object.create(null) as object);

/**
 * Sets an own data property. Plain assignment would treat a `__proto__` key as the
 * prototype setter, so that one key is defined explicitly.
 */
function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object; reports `wrong-type` (or `missing` when required) and returns undefined otherwise. */
function readRecord(c: Checker, value: unknown, parent: string, step: Step, required: boolean): Record<string, unknown> | undefined {
  if (isRecord(value)) return value;
  if (value === undefined) {
    if (required) c.report(parent, step, 'missing');
  } else {
    c.report(parent, step, 'wrong-type', value, { expected: 'object' });
  }
  return undefined;
}

/** A list; one longer than `max` is reported (`too-many-items`) and not read at all, so its size costs nothing. */
function readList(c: Checker, value: unknown, parent: string, step: Step, required: boolean, max: number): readonly unknown[] | undefined {
  if (Array.isArray(value)) {
    if (value.length <= max) return value;
    c.report(parent, step, 'too-many-items', undefined, { max, count: value.length });
    return undefined;
  }
  if (value === undefined) {
    if (required) c.report(parent, step, 'missing');
  } else {
    c.report(parent, step, 'wrong-type', value, { expected: 'array' });
  }
  return undefined;
}

/** A string no longer than `max`; reports `too-long` (the value is shown cut short) otherwise. */
function withinLength(c: Checker, value: string, parent: string, step: Step, max: number): boolean {
  if (value.length <= max) return true;
  c.report(parent, step, 'too-long', value, { max });
  return false;
}

function readText(c: Checker, value: unknown, parent: string, step: Step, required: boolean): Text | undefined {
  if (typeof value === 'string') {
    if (value === '') c.report(parent, step, 'empty', value);
    else withinLength(c, value, parent, step, LIMITS.text);
    return value;
  }
  if (isRecord(value)) {
    const texts: Record<string, string> = {};
    let empty = true;
    // for-in walks the own keys in Object.keys order without allocating an array of them
    // (20 000 names in a large document); hasOwn skips keys inherited from a prototype,
    // which Object.keys does not list either.
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      empty = false;
      const text = value[key];
      if (typeof text !== 'string') c.report(pathOf(parent, step), key, 'wrong-type', text, { expected: 'string' });
      else if (text === '') c.report(pathOf(parent, step), key, 'empty', text);
      else if (withinLength(c, text, pathOf(parent, step), key, LIMITS.text)) setOwn(texts, key, text);
    }
    if (empty) c.report(parent, step, 'empty', value);
    return empty ? undefined : texts;
  }
  if (value === undefined) {
    if (required) c.report(parent, step, 'missing');
  } else {
    c.report(parent, step, 'wrong-type', value, { expected: 'text' });
  }
  return undefined;
}

/** A required, non-empty string id. */
function readId(c: Checker, value: unknown, parent: string, step: Step): string | undefined {
  if (typeof value === 'string') {
    if (value !== '') return withinLength(c, value, parent, step, LIMITS.id) ? value : undefined;
    c.report(parent, step, 'empty', value);
  } else if (value === undefined) {
    c.report(parent, step, 'missing');
  } else {
    c.report(parent, step, 'wrong-type', value, { expected: 'string' });
  }
  return undefined;
}

/** An optional string (an address) of at most `LIMITS.url` characters. */
function readString(c: Checker, value: unknown, parent: string, step: Step): string | undefined {
  if (typeof value === 'string') return withinLength(c, value, parent, step, LIMITS.url) ? value : undefined;
  if (value !== undefined) c.report(parent, step, 'wrong-type', value, { expected: 'string' });
  return undefined;
}

interface NumberRule {
  readonly nullable: boolean;
  /** Range to check; none when the document's scale is itself broken. */
  readonly scale?: Scale | undefined;
  readonly integer?: boolean;
  /** Bounds the format itself sets (years, scale ends), reported as `out-of-range`. */
  readonly range?: { readonly min: number; readonly max: number };
}

const INTEGER: NumberRule = { nullable: false, integer: true };
const YEAR: NumberRule = { nullable: false, integer: true, range: { min: LIMITS.yearMin, max: LIMITS.yearMax } };
const SCALE_END: NumberRule = { nullable: false, range: { min: -LIMITS.scale, max: LIMITS.scale } };

/** A present number (or null where allowed); `undefined` when invalid (reported). */
function readNumber(c: Checker, value: unknown, parent: string, step: Step, rule: NumberRule): number | null | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      c.report(parent, step, 'not-finite', value);
      return undefined;
    }
    if (rule.integer && !Number.isInteger(value)) {
      c.report(parent, step, 'not-integer', value);
      return undefined;
    }
    const range = rule.range;
    if (range && (value < range.min || value > range.max)) {
      c.report(parent, step, 'out-of-range', value, { min: range.min, max: range.max });
      return undefined;
    }
    const scale = rule.scale;
    if (scale) {
      if (value < scale.min) {
        c.report(parent, step, 'below-min', value, { min: scale.min });
        return undefined;
      }
      if (value > scale.max) {
        c.report(parent, step, 'above-max', value, { max: scale.max });
        return undefined;
      }
    }
    // -0 is 0: written by some exporters, it would otherwise show as "-0".
    return value === 0 ? 0 : value;
  }
  if (value === null && rule.nullable) return null;
  c.report(parent, step, 'wrong-type', value, { expected: rule.nullable ? 'number-or-null' : 'number' });
  return undefined;
}

function readRequiredNumber(c: Checker, value: unknown, parent: string, step: Step, rule: NumberRule): number | undefined {
  if (value === undefined) {
    c.report(parent, step, 'missing');
    return undefined;
  }
  return readNumber(c, value, parent, step, rule) ?? undefined;
}

/** A present count: a whole number ≥ 0. */
function readCount(c: Checker, value: unknown, parent: string, step: Step): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    if (value <= LIMITS.count) return value === 0 ? 0 : value;
    c.report(parent, step, 'out-of-range', value, { min: 0, max: LIMITS.count });
    return undefined;
  }
  if (typeof value === 'number') c.report(parent, step, 'bad-count', value);
  else c.report(parent, step, 'wrong-type', value, { expected: 'number' });
  return undefined;
}

function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear puts them back.
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A comma-separated list of declared ids for messages, cut to a readable length. */
function knownList(ids: Iterable<string | number>): string {
  let text = '';
  for (const id of ids) {
    const next = text ? `${text}, ${id}` : String(id);
    if (next.length > KNOWN_MAX) return `${text}, …`;
    text = next;
  }
  return text;
}

/**
 * Remembers where each id of one list first appeared (id → index in the list), and reports
 * repeats. It keeps the index and builds paths only for a report: a valid entity is read
 * with no path. A Map itself rather than a wrapper around one, so the lookups of every
 * entity's group, level and score keys call `Map.prototype.has` directly.
 */
class UniqueIds<K extends string | number> extends Map<K, number> {
  constructor(
    /** Path of the list (`categories`, `editions[0].entities`). */
    private readonly list: string,
    /** The id's key in each item (`id`, `year`, `level`). */
    private readonly step: string,
  ) {
    super();
  }

  /** Records the id of item `index`; reading one item again (as entities are) is no repeat. */
  add(c: Checker, id: K, index: number): void {
    const first = this.get(id);
    if (first === undefined) this.set(id, index);
    else if (first !== index) c.report(pathOf(this.list, index), this.step, 'duplicate-id', id, { first: pathOf(pathOf(this.list, first), this.step) });
  }
}

function readSource(c: Checker, value: unknown, parent: string, step: Step): Source | undefined {
  const record = readRecord(c, value, parent, step, true);
  if (!record) return undefined;
  const path = pathOf(parent, step);
  const name = readText(c, record['name'], path, 'name', true);
  const url = readString(c, record['url'], path, 'url');
  if (name === undefined) return undefined;
  return url === undefined ? { name } : { name, url };
}

/** `source` may be one source or a list of them. */
function readSources(c: Checker, value: unknown): Source[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) {
    const sources: Source[] = [];
    readList(c, value, '', 'source', false, LIMITS.sources)?.forEach((item, i) => {
      const source = readSource(c, item, 'source', i);
      if (source) sources.push(source);
    });
    return sources;
  }
  if (isRecord(value)) {
    const source = readSource(c, value, '', 'source');
    return source ? [source] : [];
  }
  c.report('', 'source', 'wrong-type', value, { expected: 'source' });
  return [];
}

/** The scale to check numbers against, or undefined when the declared one is broken. */
function readScale(c: Checker, value: unknown): Scale | undefined {
  if (value === undefined) return DEFAULT_SCALE;
  const record = readRecord(c, value, '', 'scale', false);
  if (!record) return undefined;
  const min = readRequiredNumber(c, record['min'], 'scale', 'min', SCALE_END);
  const max = readRequiredNumber(c, record['max'], 'scale', 'max', SCALE_END);
  if (min === undefined || max === undefined) return undefined;
  if (min >= max) {
    c.report('', 'scale', 'bad-scale', undefined, { min, max });
    return undefined;
  }
  return { min, max };
}

function readCategories(c: Checker, value: unknown): { list: Category[]; ids: UniqueIds<string> } {
  const list: Category[] = [];
  const ids = new UniqueIds<string>('categories', 'id');
  const items = readList(c, value, '', 'categories', true, LIMITS.categories);
  if (items && items.length === 0) c.report('', 'categories', 'empty-list');
  items?.forEach((item, i) => {
    const path = pathOf('categories', i);
    const record = readRecord(c, item, path, null, true);
    if (!record) return;
    const id = readId(c, record['id'], path, 'id');
    if (id !== undefined) ids.add(c, id, i);
    const name = readText(c, record['name'], path, 'name', true);
    if (id !== undefined && name !== undefined) list.push({ id, name });
  });
  return { list, ids };
}

function readGroups(c: Checker, value: unknown): { list: Group[]; ids: UniqueIds<string> } {
  const list: Group[] = [];
  const ids = new UniqueIds<string>('groups', 'id');
  readList(c, value, '', 'groups', false, LIMITS.groups)?.forEach((item, i) => {
    const path = pathOf('groups', i);
    const record = readRecord(c, item, path, null, true);
    if (!record) return;
    const id = readId(c, record['id'], path, 'id');
    if (id !== undefined) ids.add(c, id, i);
    const kindValue = record['kind'];
    let kind: GroupKind | undefined;
    if (kindValue === undefined) c.report(path, 'kind', 'missing');
    else if (typeof kindValue === 'string' && GROUP_KINDS.has(kindValue)) kind = kindValue as GroupKind;
    else c.report(path, 'kind', 'bad-kind', kindValue);
    const name = readText(c, record['name'], path, 'name', true);
    if (id !== undefined && kind !== undefined && name !== undefined) list.push({ id, kind, name });
  });
  return { list, ids };
}

function readLevels(c: Checker, value: unknown, scale: Scale | undefined): { list: Level[]; ids: UniqueIds<number> } {
  const read: { level: Level; path: string }[] = [];
  const ids = new UniqueIds<number>('levels', 'level');
  const minRule: NumberRule = { nullable: false, scale };
  readList(c, value, '', 'levels', false, LIMITS.levels)?.forEach((item, i) => {
    const path = pathOf('levels', i);
    const record = readRecord(c, item, path, null, true);
    if (!record) return;
    const number = readRequiredNumber(c, record['level'], path, 'level', INTEGER);
    if (number !== undefined) ids.add(c, number, i);
    const min = record['min'] === undefined ? undefined : readNumber(c, record['min'], path, 'min', minRule);
    const name = readText(c, record['name'], path, 'name', true);
    const description = readText(c, record['description'], path, 'description', false);
    if (number === undefined || name === undefined || min === null) return;
    const level: Mutable<Level> = { level: number, name };
    if (min !== undefined) level.min = min;
    if (description !== undefined) level.description = description;
    read.push({ level, path });
  });
  read.sort((a, b) => a.level.level - b.level.level);
  // A higher level needs a higher total: thresholds must rise with the level.
  let previous: number | undefined;
  for (const { level, path } of read) {
    if (level.min === undefined) continue;
    if (previous !== undefined && level.min <= previous) c.report(path, 'min', 'level-order', level.min, { previous });
    previous = level.min;
  }
  return { list: read.map((r) => r.level), ids };
}

/** What editions are checked against. */
interface Declared {
  readonly scale: Scale | undefined;
  readonly categories: UniqueIds<string>;
  readonly groups: UniqueIds<string>;
  readonly levels: UniqueIds<number>;
  /** Rules for scores, totals and group scores (in the scale, null allowed). */
  readonly score: NumberRule;
  /** Declared ids as text for messages, built on first use. */
  known(list: 'categories' | 'groups' | 'levels'): string;
}

function readSummary(c: Checker, value: unknown, path: string, declared: Declared): Summary | undefined {
  const record = readRecord(c, value, path, null, false);
  if (!record) return undefined;
  const summary: Mutable<Summary> = {};
  if (record['entities'] !== undefined) {
    const entities = readCount(c, record['entities'], path, 'entities');
    if (entities !== undefined) summary.entities = entities;
  }
  if (record['average'] !== undefined) {
    const average = readNumber(c, record['average'], path, 'average', { nullable: false, scale: declared.scale });
    if (typeof average === 'number') summary.average = average;
  }
  const levels = readRecord(c, record['levels'], path, 'levels', false);
  if (levels) {
    const levelsPath = pathOf(path, 'levels');
    const counts: Record<string, number> = {};
    for (const key of Object.keys(levels)) {
      const count = readCount(c, levels[key], levelsPath, key);
      if (String(Number(key)) !== key || !declared.levels.has(Number(key))) {
        c.report(levelsPath, key, 'unknown-level', key, { known: declared.known('levels') });
      } else if (count !== undefined) {
        counts[key] = count;
      }
    }
    summary.levels = counts;
  }
  return summary;
}

function readEntity(c: Checker, value: unknown, path: string, index: number, declared: Declared, ids: UniqueIds<string>): Entity | undefined {
  const record = readRecord(c, value, path, null, true);
  if (!record) return undefined;
  const problemsBefore = c.problems.length;

  const id = readId(c, record['id'], path, 'id');
  if (id !== undefined) ids.add(c, id, index);

  const name = readText(c, record['name'], path, 'name', true);

  const group = readId(c, record['group'], path, 'group');
  if (group !== undefined && !declared.groups.has(group)) {
    c.report(path, 'group', 'unknown-group', group, { known: declared.known('groups') });
  }

  // A missing total is read as "not published", like null.
  const totalValue = record['total'];
  const total = totalValue === undefined ? null : readNumber(c, totalValue, path, 'total', declared.score);

  const groupScoreValue = record['groupScore'];
  const groupScore =
    groupScoreValue === undefined ? undefined : readNumber(c, groupScoreValue, path, 'groupScore', declared.score);

  const levelValue = record['level'];
  if (typeof levelValue === 'number' && !declared.levels.has(levelValue)) {
    c.report(path, 'level', 'unknown-level', levelValue, { known: declared.known('levels') });
  } else if (levelValue !== undefined && levelValue !== null && typeof levelValue !== 'number') {
    c.report(path, 'level', 'wrong-type', levelValue, { expected: 'number-or-null' });
  }

  // No inherited members: a category id such as `constructor` or `toString` that an entity
  // does not score reads as undefined ("not published"), never as an inherited function.
  const scores = Object.create(NO_MEMBERS) as Record<string, number | null>;
  const scoresValue = readRecord(c, record['scores'], path, 'scores', false);
  if (scoresValue) {
    const scoresPath = `${path}.scores`;
    for (const key in scoresValue) {
      if (!Object.hasOwn(scoresValue, key)) continue;
      if (!declared.categories.has(key)) {
        c.report(scoresPath, key, 'unknown-category', key, { known: declared.known('categories') });
        continue;
      }
      const score = readNumber(c, scoresValue[key], scoresPath, key, declared.score);
      if (score !== undefined) setOwn(scores, key, score);
    }
  }

  const url = readString(c, record['url'], path, 'url');

  // The document is dropped when any problem is found, so an entity with one needs no output.
  if (c.problems.length > problemsBefore) return undefined;
  const entity: Mutable<Entity> = {
    id: id as string,
    name: name as Text,
    group: group as string,
    total: total as number | null,
    scores,
  };
  if (groupScore !== undefined) entity.groupScore = groupScore;
  if (levelValue !== undefined) entity.level = levelValue as number | null;
  if (url !== undefined) entity.url = url;
  return entity;
}

function readEdition(c: Checker, value: unknown, index: number, declared: Declared, years: UniqueIds<number>): Edition | undefined {
  const path = pathOf('editions', index);
  const record = readRecord(c, value, path, null, true);
  if (!record) return undefined;
  const year = readRequiredNumber(c, record['year'], path, 'year', YEAR);
  if (year !== undefined) years.add(c, year, index);

  const publishedValue = record['published'];
  let published: string | undefined;
  if (typeof publishedValue === 'string' && isIsoDate(publishedValue)) published = publishedValue;
  else if (publishedValue !== undefined) c.report(path, 'published', 'bad-date', publishedValue);

  const summary = record['summary'] === undefined ? undefined : readSummary(c, record['summary'], pathOf(path, 'summary'), declared);

  const entities: Entity[] = [];
  const quiet = new QuietChecker();
  const base = pathOf(path, 'entities');
  const ids = new UniqueIds<string>(base, 'id');
  const items = readList(c, record['entities'], path, 'entities', true, LIMITS.entities);
  if (items) {
    for (let i = 0; i < items.length; i++) {
      // Quietly first; again with paths and reports only when something is off.
      const entity = readEntity(quiet, items[i], '', i, declared, ids) ?? readEntity(c, items[i], `${base}[${i}]`, i, declared, ids);
      if (entity) entities.push(entity);
    }
  }

  if (year === undefined) return undefined;
  const edition: Mutable<Edition> = { year, entities };
  if (published !== undefined) edition.published = published;
  if (summary !== undefined) edition.summary = summary;
  return edition;
}

function readDocument(c: Checker, input: unknown): EIndexDocument | undefined {
  if (!isRecord(input)) {
    c.report('', null, 'not-object', input);
    return undefined;
  }
  const schema = input['schema'];
  if (schema === undefined) c.report('', 'schema', 'missing');
  else if (schema !== SCHEMA_ID) {
    // Another format (or version): its other rules may differ, so stop at this one problem.
    c.report('', 'schema', 'schema', schema, { expected: SCHEMA_ID });
    return undefined;
  }

  const title = readText(c, input['title'], '', 'title', true);
  const sources = readSources(c, input['source']);
  const scale = readScale(c, input['scale']);
  const categories = readCategories(c, input['categories']);
  const groups = readGroups(c, input['groups']);
  const levels = readLevels(c, input['levels'], scale);

  const knownCache = new Map<string, string>();
  const declared: Declared = {
    scale,
    categories: categories.ids,
    groups: groups.ids,
    levels: levels.ids,
    score: { nullable: true, scale },
    known(list) {
      let text = knownCache.get(list);
      if (text === undefined) {
        const ids = list === 'categories' ? categories.ids.keys() : list === 'groups' ? groups.ids.keys() : levels.ids.keys();
        text = knownList(ids);
        knownCache.set(list, text);
      }
      return text;
    },
  };

  const editions: Edition[] = [];
  const years = new UniqueIds<number>('editions', 'year');
  const items = readList(c, input['editions'], '', 'editions', true, LIMITS.editions);
  if (items && items.length === 0) c.report('', 'editions', 'empty-list');
  items?.forEach((item, i) => {
    const edition = readEdition(c, item, i, declared, years);
    if (edition) editions.push(edition);
  });

  if (c.problems.length > 0 || title === undefined || scale === undefined) return undefined;
  editions.sort((a, b) => a.year - b.year);
  const document: Mutable<EIndexDocument> = {
    schema: SCHEMA_ID,
    title,
    sources,
    scale,
    categories: categories.list,
    levels: levels.list,
    groups: groups.list,
    editions,
  };
  if (sources.length > 0) document.source = sources[0];
  return document;
}

/**
 * Checks `input` against the `eindex/1` rules and returns the normalised document
 * (scale filled in, `levels`/`groups`/`scores` defaulted, a missing `total` as null,
 * editions sorted by year and levels by number, `source` the first of `sources`),
 * or every problem found, up to {@link MAX_PROBLEMS} (then a final `too-many`).
 */
export function validateDocument(input: unknown): ValidationResult {
  const c = new Checker();
  let document: EIndexDocument | undefined;
  try {
    document = readDocument(c, input);
  } catch (error) {
    if (error !== STOP) throw error;
  }
  if (document && c.problems.length === 0) return { ok: true, document };
  return { ok: false, problems: c.problems };
}
