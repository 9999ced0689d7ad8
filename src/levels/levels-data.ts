/**
 * What `<eindex-levels>` counts: pure. An edition's published `summary.levels` are used as
 * published (whole study, so only when no `group` narrows the view); otherwise the file's
 * entities with a known level are counted, and the view says so.
 */
import { entitiesInGroups, entityLevel, latestEntity, tokensOf } from '../data/query.js';
import type { EIndexDocument, Edition, Lang } from '../data/types.js';
import { formatNumber } from '../i18n/format.js';
import { levelNameOf, localText } from '../i18n/lang.js';
import type { LevelsMessages } from '../i18n/levels-messages.js';
import { notAllowed, unknownEntity, type AttributeProblem } from '../internal/notice.js';
import { levelsLayout, type LevelsLayout } from '../layout/levels.js';
import { estimatedMeasure } from '../layout/text-wrap.js';

export type LevelCounts =
  | { readonly kind: 'published'; readonly year: number; readonly counts: readonly LevelCount[]; readonly assessed: number }
  | { readonly kind: 'counted'; readonly year: number; readonly counts: readonly LevelCount[]; readonly counted: number; readonly unknown: number }
  | { readonly kind: 'none'; readonly year: number; readonly counts: readonly LevelCount[] };

export interface LevelCount { readonly level: number; readonly count: number }

export function levelCounts(doc: EIndexDocument, edition: Edition, groups: readonly string[]): LevelCounts {
  const published = edition.summary?.levels;
  if (published && groups.length === 0) {
    const counts = doc.levels.map((l) => ({ level: l.level, count: published[String(l.level)] ?? 0 }));
    const sum = counts.reduce((total, c) => total + c.count, 0);
    return { kind: 'published', year: edition.year, counts, assessed: edition.summary?.entities ?? sum };
  }
  const byLevel = new Map<number, number>();
  let unknown = 0;
  for (const entity of entitiesInGroups(edition, groups)) {
    const level = entityLevel(doc, entity);
    if (level) byLevel.set(level.level, (byLevel.get(level.level) ?? 0) + 1);
    else unknown += 1;
  }
  const counts = doc.levels.map((l) => ({ level: l.level, count: byLevel.get(l.level) ?? 0 }));
  const counted = counts.reduce((total, c) => total + c.count, 0);
  return counted === 0
    ? { kind: 'none', year: edition.year, counts }
    : { kind: 'counted', year: edition.year, counts, counted, unknown };
}

/** The levels' width before it has been measured, and the static rendering's default `--width`. */
export const LEVELS_DEFAULT_WIDTH = 480;

/**
 * Attribute problems (DESIGN §3): every attribute of the levels has a sensible default, so a
 * bad `editions`, an unknown `group` or `entity` is a notice, never an error.
 */
export function checkLevelsOptions(
  doc: EIndexDocument, options: { readonly editions: string; readonly group: string; readonly entity: string },
): AttributeProblem[] {
  const notices: AttributeProblem[] = [];
  if (options.editions && options.editions !== 'all') notices.push(notAllowed('editions', options.editions, 'editions', ['all'], 'left-out'));
  const groups = doc.groups.map((g) => g.id);
  for (const id of tokensOf(options.group)) if (!groups.includes(id)) notices.push(notAllowed('group', id, 'group', groups, 'left-out'));
  const latest = doc.editions[doc.editions.length - 1]!;
  if (options.entity && !latestEntity(doc, options.entity)) notices.push(unknownEntity('entity', options.entity, latest, 'left-out'));
  return notices;
}

export interface LevelsMark { readonly row: number; readonly level: number | undefined; readonly text: string }

/**
 * What the element and the static rendering draw and write: the counts per row, the entity's
 * marks, the layout at `width`, the title, and each row's words ("as published, 115 assessed",
 * "counted from the 10 entities in this file"). `undefined` when no row has any count.
 */
export interface LevelsView {
  readonly rows: readonly LevelCounts[];
  readonly marks: readonly LevelsMark[];
  readonly layout: LevelsLayout;
  readonly title: string;
  /** What an empty bar says: the whole phrase, or "not published" where the phrase does not fit (the row heading names the year). */
  readonly empty: string;
  levelName(level: number): string;
  /** Where a row's counts come from. */
  source(row: LevelCounts): string;
  count(n: number): string;
  share(share: number): string;
}

export function levelsView(
  doc: EIndexDocument, editions: readonly Edition[], groupAttribute: string, entityId: string | undefined, width: number,
  lang: Lang, c: LevelsMessages,
): LevelsView | undefined {
  const known = new Set(doc.groups.map((g) => g.id));
  const groups = tokensOf(groupAttribute).filter((id) => known.has(id));
  const rows = editions.map((e) => levelCounts(doc, e, groups));
  if (rows.every((row) => row.kind === 'none')) return undefined;
  const count = (n: number): string => formatNumber(n, lang);
  const share = (s: number): string => `${formatNumber(Math.round(s * 100), lang)} %`;
  const levelName = (level: number): string => {
    const declared = doc.levels.find((l) => l.level === level);
    return declared ? levelNameOf(declared, lang, c.level) : c.level(level);
  };
  const marks: LevelsMark[] = [];
  if (entityId) {
    editions.forEach((edition, row) => {
      const entity = edition.entities.find((e) => e.id === entityId);
      if (!entity) return;
      const name = localText(entity.name, lang);
      const level = entityLevel(doc, entity)?.level;
      marks.push({ row, level, text: level === undefined ? c.entityNoLevel(name) : c.entityMark(name, levelName(level)) });
    });
  }
  const source = (row: LevelCounts): string =>
    row.kind === 'published' ? c.asPublished(row.assessed) : row.kind === 'counted' ? c.counted(row.counted, row.unknown) : c.noneForEdition;
  // A row's heading: the year, where its counts come from, and the entity's missing level.
  const heading = (row: LevelCounts, unmarked: LevelsMark | undefined): string => {
    const text = row.kind === 'none' ? String(row.year) : `${row.year}: ${source(row)}`;
    return unmarked ? `${text}. ${unmarked.text}` : text;
  };
  const fontSize = width < 360 ? 12 : 13;
  const layout = levelsLayout({
    rows: rows.map((row, i) => ({ label: heading(row, marks.find((m) => m.row === i && m.level === undefined)), counts: row.counts })),
    width, fontSize, measure: estimatedMeasure(fontSize),
    label: (level, n, s) => `${c.shortLevel(level)}: ${c.inside(count(n), share(s))}`,
    marks: marks.flatMap((m) => (m.level === undefined ? [] : [{ row: m.row, level: m.level, text: m.text }])),
  });
  const title = c.title(localText(doc.title, lang), editions.length === 1 ? editions[0]!.year : undefined);
  const empty = estimatedMeasure(fontSize)(c.noneForEdition) + 16 <= layout.width ? c.noneForEdition : c.notPublished;
  return { rows, marks, layout, title, empty, levelName, source, count, share };
}
