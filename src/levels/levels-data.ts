/**
 * What `<eindex-levels>` counts: pure. An edition's published `summary.levels` are used as
 * published (whole study, so only when no `group` narrows the view); otherwise the file's
 * entities with a known level are counted, and the view says so.
 */
import { entitiesInGroups, entityLevel } from '../data/query.js';
import type { EIndexDocument, Edition } from '../data/types.js';

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
