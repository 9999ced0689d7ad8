/**
 * Which series the radar shows: pure, from the document, `entity` (or the linked selection)
 * and `compare`. Every value carries what it is (an average says how many values it
 * averages, a "best" says whose it is), and an unpublished value stays `null`.
 */
import {
  averageOf, bestBy, entitiesInGroups, findEntity, metricValue, onlyItsOwn, previousEdition,
} from '../data/query.js';
import type { EIndexDocument, Edition, Entity, Lang } from '../data/types.js';
import type { RadarMessages } from '../i18n/radar-messages.js';
import { groupNameOf, localText } from '../i18n/lang.js';
import { unknownEntity, type AttributeProblem } from '../internal/notice.js';

export const COMPARE_KEYWORDS = ['average', 'group-average', 'best', 'previous'] as const;
export const MAX_SERIES = 4;

export interface ChartSeries {
  readonly id: string;
  /** The legend's text: `name`, with the year where the series is an earlier edition of the same entity. */
  readonly label: string;
  /** The entity's or the keyword's name alone (the chart's title uses it). */
  readonly name: string;
  /** One per category, in document order; `null` = not published. */
  readonly values: readonly (number | null)[];
  /** What a value is, where that needs saying: "(average of 12)", "(Ventspils)"; for a `null`, why it is not drawn ("only Cēsis"). */
  readonly notes: readonly (string | undefined)[];
}

export interface SeriesPlan {
  readonly series: readonly ChartSeries[];
  /** Sentences for under the chart: a series that could not be drawn, series left out. */
  readonly notes: readonly string[];
}

/**
 * The `entity` and `compare` attributes checked against the edition shown (docs/design.md §3): an
 * unknown `entity` leaves nothing to draw (`error`); an unknown `compare` token is left out
 * with a notice.
 */
export function checkRadarOptions(
  edition: Edition, entity: string, compare: readonly string[],
): { readonly error: AttributeProblem | undefined; readonly notices: readonly AttributeProblem[] } {
  const keywords: readonly string[] = COMPARE_KEYWORDS;
  const notices = [...new Set(compare)]
    .filter((token) => !keywords.includes(token) && !findEntity(edition, token))
    .map((token): AttributeProblem => ({
      attribute: 'compare', value: token, reason: 'compare', year: edition.year,
      near: { values: keywords, entities: edition }, allowed: keywords, outcome: 'left-out',
    }));
  return { error: entity && !findEntity(edition, entity) ? unknownEntity('entity', entity, edition) : undefined, notices };
}

export function radarSeries(
  doc: EIndexDocument, edition: Edition, primaryId: string | undefined, compare: readonly string[], lang: Lang, t: RadarMessages,
): SeriesPlan {
  const categories = doc.categories;
  const primary = primaryId ? findEntity(edition, primaryId) : undefined;
  const tokens = [...new Set(compare)].filter((token) => token !== primary?.id);
  const withPrevious = primary !== undefined && tokens.includes('previous');
  const entitySeries = (entity: Entity, year?: number): ChartSeries => ({
    id: year === undefined ? entity.id : `${entity.id}@${year}`,
    name: localText(entity.name, lang),
    label: year === undefined ? localText(entity.name, lang) : `${localText(entity.name, lang)} (${year})`,
    values: categories.map((c) => metricValue(doc, entity, { category: c.id })),
    notes: categories.map(() => undefined),
  });
  const averageSeries = (id: string, label: string, groups: readonly string[]): ChartSeries => {
    const averages = categories.map((c) => averageOf(doc, edition, { category: c.id }, groups));
    return {
      id, label, name: label,
      values: averages.map((a) => a?.value ?? null),
      notes: averages.map((a) => (a ? t.averageOfCount(a.count ?? 0) : undefined)),
    };
  };

  const series: ChartSeries[] = [];
  const notes: string[] = [];
  if (primary) series.push(entitySeries(primary, withPrevious ? edition.year : undefined));
  // Where the first entity alone published a category, an average of it (or the best of it) is
  // that entity's own value again: a comparison that says nothing. It is left out there, with a
  // note, and the whole series where nothing else is left (VTUA 2022 is the only institution
  // with all five categories published, so the file's average of them is VTUA's).
  const compared = (comparison: ChartSeries, groups: readonly string[]): void => {
    const own = series[0];
    const repeats = categories.map((c, i) => onlyItsOwn(averageOf(doc, edition, { category: c.id }, groups), own?.values[i]));
    if (!repeats.includes(true)) {
      series.push(comparison);
      return;
    }
    const values = comparison.values.map((v, i) => (repeats[i] ? null : v));
    notes.push(t.repeatsPrimary(comparison.label, own!.name));
    if (values.some((v) => v !== null)) {
      series.push({ ...comparison, values, notes: comparison.notes.map((note, i) => (repeats[i] ? t.onlyPrimary(own!.name) : note)) });
    }
  };
  for (const token of tokens) {
    switch (token) {
      case 'average':
        compared(averageSeries('average', t.averageSeries, []), []);
        break;
      case 'group-average': {
        if (!primary) break;
        compared(averageSeries('group-average', t.groupAverageSeries(groupNameOf(doc, primary.group, lang)), [primary.group]), [primary.group]);
        break;
      }
      case 'best': {
        const entities = entitiesInGroups(edition, []);
        const best = categories.map((c) => bestBy(doc, entities, { category: c.id }));
        compared({
          id: 'best', label: t.bestSeries, name: t.bestSeries,
          values: best.map((entity, i) => (entity ? metricValue(doc, entity, { category: categories[i]!.id }) : null)),
          notes: best.map((entity) => (entity ? t.bestOf(localText(entity.name, lang)) : undefined)),
        }, []);
        break;
      }
      case 'previous': {
        if (!primary) break;
        const before = previousEdition(doc, edition);
        const entity = before ? findEntity(before, primary.id) : undefined;
        if (before && entity) series.push(entitySeries(entity, before.year));
        else notes.push(t.noPrevious(localText(primary.name, lang)));
        break;
      }
      default: {
        const entity = findEntity(edition, token);
        if (entity) series.push(entitySeries(entity));
      }
    }
  }
  if (series.length > MAX_SERIES) notes.push(t.tooManySeries(MAX_SERIES));
  return { series: series.slice(0, MAX_SERIES), notes };
}
