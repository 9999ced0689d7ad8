/**
 * A spreadsheet export (CSV / TSV text) as an `eindex/1` document: pure, no DOM, no Node.
 * The command (`eindex-widgets import`) and the configurator both call `importSpreadsheet`.
 *
 * Flow: split into records (delimited.ts) → recognise the header row (headers.ts) → read
 * each cell, collecting every problem with its line and column → build the document → check
 * it with the same validator the elements use. An empty cell is "not published" (null),
 * never 0.
 */
import type { Category, EIndexDocument, GroupKind, Level, Text } from '../data/types.js';
import { validateDocument, type Problem as DocumentProblem } from '../data/validate.js';
import { splitDelimited, type Delimiter, type SplitProblem } from './delimited.js';
import { E_INDEX_CATEGORIES, foldHeader, headerMatcher, slugify, type Field } from './headers.js';

export interface ImportOptions {
  /** The edition's year; else a year in `fileName`. */
  readonly year?: number | undefined;
  /** A document (as parsed JSON) whose categories, groups, levels, title, source and scale are kept; the edition is appended. */
  readonly template?: unknown;
  /** Group kind for groups made from the group column; default: guessed from the names. */
  readonly kind?: GroupKind | undefined;
  /** Used for the default year and nothing else. */
  readonly fileName?: string | undefined;
  readonly delimiter?: Delimiter | undefined;
}

/** One column of the header row and what it was recognised as. */
export interface ColumnMapping {
  readonly index: number;
  readonly header: string;
  /** `undefined`: not recognised, so left out (reported as a warning). */
  readonly field: Field | undefined;
}

export type ImportProblemCode =
  | SplitProblem['code']
  | 'no-year'
  | 'bad-template'
  | 'edition-exists'
  | 'no-name-column'
  | 'duplicate-column'
  | 'unknown-column'
  | 'extra-cells'
  | 'missing-name'
  | 'not-a-number'
  | 'out-of-scale'
  | 'bad-level'
  | 'unknown-level'
  | 'unknown-group'
  | 'bad-url'
  | 'duplicate-id'
  | 'bad-id'
  | 'invalid-document'
  | 'too-many-problems';

export interface ImportProblem {
  readonly code: ImportProblemCode;
  /** 1-based physical line in the file (header = line 1). */
  readonly line?: number;
  /** The column's header as written in the file. */
  readonly column?: string;
  /** The cell as written. */
  readonly value?: string;
  readonly params?: Readonly<Record<string, string | number>>;
  /** For `bad-template` and `invalid-document`: the validator's problem. */
  readonly problem?: DocumentProblem;
}

export type ImportResult =
  | {
      readonly ok: true;
      /** Plain JSON, ready for `JSON.stringify`. */
      readonly document: Record<string, unknown>;
      readonly mapping: readonly ColumnMapping[];
      readonly delimiter: Delimiter;
      readonly rows: number;
      /** Not errors: columns left out. */
      readonly warnings: readonly ImportProblem[];
    }
  | { readonly ok: false; readonly problems: readonly ImportProblem[]; readonly mapping: readonly ColumnMapping[] };

/** Problems listed before the import stops looking (a wrong file would give one per cell). */
export const MAX_IMPORT_PROBLEMS = 100;

/** Words that mean "not published" in a published table: treated like an empty cell. */
const NOT_PUBLISHED = new Set(['-', '–', '—', 'nav publicets', 'not published', 'n a', 'na']);

/** `64,8`, `64.8`, ` 64,8 % `, `-1`; not `64,8,1`, `1 234,5` or `abc`. */
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

class Stop extends Error {}

class Problems {
  readonly list: ImportProblem[] = [];
  add(problem: ImportProblem): void {
    if (this.list.length >= MAX_IMPORT_PROBLEMS) {
      this.list.push({ code: 'too-many-problems', params: { limit: MAX_IMPORT_PROBLEMS } });
      throw new Stop();
    }
    this.list.push(problem);
  }
}

function shorten(text: string, max = 40): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** Any text's strings, for matching a cell against a name in any language. */
function textsOf(text: Text | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}

/** A cell that holds nothing published: empty, a dash or the words "not published". */
function isBlank(cell: string): boolean {
  const trimmed = cell.trim();
  return trimmed === '' || NOT_PUBLISHED.has(foldHeader(trimmed) || trimmed);
}

function parseNumber(cell: string): number | undefined {
  const text = cell.replace(/[\s\u00a0\u202f]+/g, '').replace(/%$/, '');
  if (!NUMBER.test(text)) return undefined;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/** A level cell: `3`, `3.`, `3. līmenis`, `Level 3`, `līmenis 3`. */
function parseLevel(cell: string): number | undefined {
  const folded = foldHeader(cell);
  const match = /^(?:(?:limenis|level|brieduma limenis|maturity level)\s*)?(\d{1,2})(?:\s*(?:limenis|brieduma limenis|level))?$/.exec(folded);
  return match ? Number(match[1]) : undefined;
}

function parseUrl(cell: string): string | undefined {
  const text = cell.trim();
  const withScheme = /^www\./i.test(text) ? `https://${text}` : text;
  if (!/^https?:\/\/[^\s]+$/i.test(withScheme)) return undefined;
  try {
    return new URL(withScheme).href;
  } catch {
    return undefined;
  }
}

/**
 * The kind of groups made from a group column, when not given: municipal words in the
 * group or entity names make them municipalities, else institutions.
 */
function guessKind(names: readonly string[]): GroupKind {
  const municipal = /pasvaldib|novad|pilset|valstspilset|attistibas centr|municipal|city|county|development centre/;
  return names.some((name) => municipal.test(foldHeader(name))) ? 'municipality' : 'institution';
}

function yearFrom(options: ImportOptions): number | undefined {
  if (options.year !== undefined) return options.year;
  const match = options.fileName ? /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(options.fileName) : null;
  return match ? Number(match[1]) : undefined;
}

interface Template {
  readonly raw: Record<string, unknown>;
  readonly doc: EIndexDocument;
}

function readTemplate(input: unknown, problems: Problems): Template | undefined {
  const result = validateDocument(input);
  if (!result.ok) {
    for (const problem of result.problems.slice(0, 10)) problems.add({ code: 'bad-template', problem });
    return undefined;
  }
  return { raw: input as Record<string, unknown>, doc: result.document };
}

export function importSpreadsheet(text: string, options: ImportOptions = {}): ImportResult {
  const problems = new Problems();
  let mapping: ColumnMapping[] = [];
  try {
    const result = importOrThrow(text, options, problems, (m) => (mapping = m));
    if (result && problems.list.length === 0) return { ...result, mapping };
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  return { ok: false, problems: problems.list, mapping };
}

function importOrThrow(
  text: string, options: ImportOptions, problems: Problems, setMapping: (mapping: ColumnMapping[]) => void,
): Omit<Extract<ImportResult, { ok: true }>, 'mapping'> | undefined {
  const year = yearFrom(options);
  if (year === undefined || !Number.isInteger(year) || year < 1990 || year > 2100) {
    problems.add({ code: 'no-year', ...(year === undefined ? {} : { value: String(year) }) });
    return undefined;
  }
  const template = options.template === undefined ? undefined : readTemplate(options.template, problems);
  if (options.template !== undefined && !template) return undefined;
  if (template?.doc.editions.some((edition) => edition.year === year)) {
    problems.add({ code: 'edition-exists', params: { year } });
    return undefined;
  }

  const split = splitDelimited(text, options.delimiter);
  if (!split.ok) {
    const { problem } = split;
    problems.add({ code: problem.code, ...('line' in problem ? { line: problem.line } : {}), ...('params' in problem ? { params: problem.params } : {}) });
    return undefined;
  }
  const [header, ...rows] = split.records;
  const categories: readonly Category[] = template?.doc.categories ?? E_INDEX_CATEGORIES;
  const scale = template?.doc.scale ?? { min: 0, max: 100 };
  const match = headerMatcher(categories);

  // The header row: each column once; unknown ones are left out with a warning.
  const warnings: ImportProblem[] = [];
  const mapping: ColumnMapping[] = header!.cells.map((cell, index) => ({ index, header: cell.trim(), field: cell.trim() ? match(cell) : undefined }));
  setMapping(mapping);
  const seen = new Map<string, ColumnMapping>();
  for (const column of mapping) {
    if (!column.field) {
      if (column.header) warnings.push({ code: 'unknown-column', line: header!.line, column: shorten(column.header) });
      continue;
    }
    const key = column.field.kind === 'category' ? `category:${column.field.id}` : column.field.kind;
    const first = seen.get(key);
    if (first) problems.add({ code: 'duplicate-column', line: header!.line, column: shorten(column.header), params: { first: shorten(first.header) } });
    else seen.set(key, column);
  }
  const columnOf = (kind: Field['kind']): ColumnMapping | undefined => mapping.find((c) => c.field?.kind === kind && seen.get(kind) === c);
  const nameColumn = columnOf('name') ?? columnOf('name-lv') ?? columnOf('name-en');
  if (!nameColumn) {
    problems.add({ code: 'no-name-column', line: header!.line, params: { headers: shorten(mapping.map((c) => c.header).join(', '), 80) } });
    return undefined;
  }
  if (problems.list.length > 0) return undefined;

  // Template groups and entities, to reuse their ids: a group cell may give a group's id or
  // any of its names; an entity keeps the id it has in the template's earlier editions.
  const templateGroups = new Map<string, string>();
  for (const group of template?.doc.groups ?? []) {
    templateGroups.set(foldHeader(group.id), group.id);
    for (const name of textsOf(group.name)) templateGroups.set(foldHeader(name), group.id);
  }
  const templateEntities = new Map<string, string>();
  for (const edition of template?.doc.editions ?? []) {
    for (const entity of edition.entities) for (const name of textsOf(entity.name)) templateEntities.set(foldHeader(name), entity.id);
  }
  const templateLevels = new Set((template?.doc.levels ?? []).map((level) => level.level));

  const cellOf = (cells: readonly string[], column: ColumnMapping | undefined): string => (column ? (cells[column.index] ?? '') : '');
  const groupColumn = columnOf('group');
  const groups = new Map<string, { id: string; name: string }>();
  const levelsFound = new Set<number>();
  const entities: Record<string, unknown>[] = [];
  const ids = new Map<string, number>();
  const categoryColumns = categories
    .map((category) => ({ category, column: mapping.find((c) => c.field?.kind === 'category' && c.field.id === category.id && seen.get(`category:${category.id}`) === c) }))
    .filter((entry): entry is { category: Category; column: ColumnMapping } => entry.column !== undefined);

  for (const row of rows) {
    const { line, cells } = row;
    const bad = (code: ImportProblemCode, column: ColumnMapping, params?: Record<string, string | number>): void =>
      problems.add({ code, line, column: shorten(column.header), value: shorten(cells[column.index] ?? ''), ...(params ? { params } : {}) });
    if (cells.length > mapping.length && cells.slice(mapping.length).some((cell) => cell.trim() !== '')) {
      problems.add({ code: 'extra-cells', line, params: { cells: cells.length, columns: mapping.length } });
      continue;
    }
    const number = (column: ColumnMapping | undefined): number | null | undefined => {
      if (!column) return undefined;
      const cell = cellOf(cells, column);
      if (isBlank(cell)) return null;
      const value = parseNumber(cell);
      if (value === undefined) {
        bad('not-a-number', column);
        return null;
      }
      if (value < scale.min || value > scale.max) {
        bad('out-of-scale', column, { min: scale.min, max: scale.max });
        return null;
      }
      return value;
    };

    const name = cellOf(cells, nameColumn).trim();
    if (!name) {
      problems.add({ code: 'missing-name', line, column: shorten(nameColumn.header) });
      continue;
    }
    const nameLv = cellOf(cells, columnOf('name-lv')).trim();
    const nameEn = cellOf(cells, columnOf('name-en')).trim();
    const entityName: Text = nameLv || nameEn
      ? { ...(nameLv || nameColumn.field?.kind !== 'name-en' ? { lv: nameLv || name } : {}), ...(nameEn ? { en: nameEn } : {}) }
      : name;

    // The group: from the column, matched to the template's groups where there is one.
    let groupId = 'all';
    if (groupColumn) {
      const groupCell = cellOf(cells, groupColumn).trim();
      if (template) {
        const known = templateGroups.get(foldHeader(groupCell));
        if (known === undefined) {
          bad('unknown-group', groupColumn, { known: shorten(template.doc.groups.map((g) => g.id).join(', '), 80) });
          continue;
        }
        groupId = known;
      } else if (groupCell) {
        const key = foldHeader(groupCell);
        let group = groups.get(key);
        if (!group) {
          const base = slugify(groupCell) || `group-${groups.size + 1}`;
          let id = base;
          for (let n = 2; [...groups.values()].some((g) => g.id === id); n += 1) id = `${base}-${n}`;
          group = { id, name: groupCell };
          groups.set(key, group);
        }
        groupId = group.id;
      } else {
        groupId = 'other';
        if (!groups.has('')) groups.set('', { id: 'other', name: '' });
      }
    } else if (template) {
      if (template.doc.groups.length !== 1) {
        problems.add({ code: 'unknown-group', line, column: '', value: '', params: { known: shorten(template.doc.groups.map((g) => g.id).join(', '), 80) } });
        continue;
      }
      groupId = template.doc.groups[0]!.id;
    }

    // The id: from an id column, else the template's id for this name, else from the name.
    const idColumn = columnOf('id');
    let id = cellOf(cells, idColumn).trim();
    if (idColumn && id && !/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
      bad('bad-id', idColumn);
      continue;
    }
    if (idColumn && id && ids.has(id)) {
      bad('duplicate-id', idColumn, { first: ids.get(id)! });
      continue;
    }
    if (!id) {
      const base = templateEntities.get(foldHeader(name)) ?? (slugify(name) || `row-${line}`);
      id = base;
      for (let n = 2; ids.has(id); n += 1) id = `${base}-${n}`;
    }
    ids.set(id, line);

    const total = number(columnOf('total'));
    const groupScore = number(columnOf('group-score'));
    const scores: Record<string, number | null> = {};
    for (const { category, column } of categoryColumns) scores[category.id] = number(column) ?? null;

    let level: number | undefined;
    const levelColumn = columnOf('level');
    const levelCell = cellOf(cells, levelColumn);
    if (levelColumn && !isBlank(levelCell)) {
      const parsed = parseLevel(levelCell);
      if (parsed === undefined || parsed < 1) bad('bad-level', levelColumn);
      else if (template && !templateLevels.has(parsed)) bad('unknown-level', levelColumn, { known: [...templateLevels].join(', ') });
      else {
        level = parsed;
        levelsFound.add(parsed);
      }
    }

    let url: string | undefined;
    const urlColumn = columnOf('url');
    const urlCell = cellOf(cells, urlColumn);
    if (urlColumn && !isBlank(urlCell)) {
      url = parseUrl(urlCell);
      if (url === undefined) bad('bad-url', urlColumn);
    }

    entities.push({
      id,
      name: entityName,
      group: groupId,
      total: total ?? null,
      ...(groupScore !== undefined ? { groupScore } : {}),
      ...(level !== undefined ? { level } : {}),
      scores,
      ...(url !== undefined ? { url } : {}),
    });
  }
  if (problems.list.length > 0) return undefined;

  const edition = { year, entities };
  let document: Record<string, unknown>;
  if (template) {
    const editions = Array.isArray(template.raw['editions']) ? (template.raw['editions'] as unknown[]) : [];
    document = { ...template.raw, editions: [...editions, edition] };
  } else {
    const kind = options.kind ?? guessKind([...[...groups.values()].map((g) => g.name), ...entities.slice(0, 50).map((e) => String(typeof e['name'] === 'string' ? e['name'] : ''))]);
    const groupList = groupColumn
      ? [...groups.values()].map((g) => ({ id: g.id, kind, name: g.name || { lv: 'Bez grupas', en: 'No group' } }))
      : [{ id: 'all', kind, name: { lv: 'Visi', en: 'All' } }];
    const levels: Level[] = [...levelsFound].sort((a, b) => a - b).map((n) => ({ level: n, name: { lv: `${n}. līmenis`, en: `Level ${n}` } }));
    document = {
      schema: 'eindex/1',
      // No year in the title: the elements add the edition's year, and a template may grow more editions.
      title: { lv: 'E-indekss', en: 'E-index' },
      categories,
      levels,
      groups: groupList,
      editions: [edition],
    };
  }

  // The same validator the elements use: what it refuses is never written.
  const checked = validateDocument(document);
  if (!checked.ok) {
    for (const problem of checked.problems.slice(0, 10)) problems.add({ code: 'invalid-document', problem });
    return undefined;
  }
  return { ok: true, document, delimiter: split.delimiter, rows: entities.length, warnings };
}
