/**
 * Which series `<eindex-trend>` shows: pure, from the document, `entity` (or the linked
 * selection), `compare` and `measure`. One value per edition in document order; an edition
 * that does not publish the value (or does not hold the entity) stays `null`, a gap.
 */
import { averageOf, holdsWholeStudy, latestEntity, onlyItsOwn, placesIn, type Average, type MetricKey } from '../data/query.js';
import type { EIndexDocument, Entity, Lang } from '../data/types.js';
import { groupNameOf, localText } from '../i18n/lang.js';
import type { TrendMessages } from '../i18n/trend-messages.js';
import type { Messages } from '../i18n/messages.js';
import { formatNumber } from '../i18n/format.js';
import { estimatedMeasure } from '../layout/text-wrap.js';
import { trendLayout, type TrendLayout } from '../layout/trend.js';
import { notAllowed, unknownEntity, type AttributeProblem } from '../internal/notice.js';

export const TREND_KEYWORDS = ['average', 'group-average'] as const;
export const MAX_TREND_SERIES = 4;

export type TrendMeasure = 'total' | 'rank' | { readonly category: string };

export interface TrendSeriesData {
  readonly id: string;
  readonly label: string;
  readonly values: readonly (number | null)[];
  /** What a value is, where that needs saying: "(average of 12 shown)". */
  readonly notes: readonly (string | undefined)[];
}

export interface TrendPlan {
  readonly series: readonly TrendSeriesData[];
  readonly notes: readonly string[];
  /** The last place any edition can have (for `rank`): the largest entity count. */
  readonly lastPlace: number;
}

/** The measure an attribute names; `undefined` when it names nothing in this document. */
export function measureOf(doc: EIndexDocument, value: string): TrendMeasure | undefined {
  if (value === '' || value === 'total') return 'total';
  if (value === 'rank') return 'rank';
  return doc.categories.some((c) => c.id === value) ? { category: value } : undefined;
}

/**
 * Attribute problems (DESIGN §3, misconfiguration): an `entity` in no edition is an error
 * (nothing to draw); an unknown `compare` token is left out and an unknown `measure` falls
 * back to `total`, each with a notice.
 */
export function checkTrendOptions(
  doc: EIndexDocument, entity: string, compare: readonly string[], measure: string,
): { readonly error: AttributeProblem | undefined; readonly notices: readonly AttributeProblem[] } {
  const latest = doc.editions[doc.editions.length - 1]!;
  const keywords: readonly string[] = TREND_KEYWORDS;
  const notices = [...new Set(compare)]
    .filter((token) => !keywords.includes(token) && !latestEntity(doc, token))
    .map((token): AttributeProblem => ({
      attribute: 'compare', value: token, reason: 'compare', year: latest.year,
      near: { values: keywords, entities: latest }, allowed: keywords, outcome: 'left-out',
    }));
  if (!measureOf(doc, measure)) {
    notices.push(notAllowed('measure', measure, 'measure', ['total', 'rank', ...doc.categories.map((c) => c.id)], { used: 'total' }));
  }
  return { error: entity && !latestEntity(doc, entity) ? unknownEntity('entity', entity, latest) : undefined, notices };
}

export function trendSeries(
  doc: EIndexDocument, primaryId: string | undefined, compare: readonly string[], measure: TrendMeasure, lang: Lang, t: TrendMessages,
): TrendPlan {
  const metric: MetricKey = measure === 'rank' ? 'total' : measure;
  const primary = primaryId ? latestEntity(doc, primaryId) : undefined;
  const valuesOf = (id: string): (number | null)[] => doc.editions.map((edition) => {
    const entity = edition.entities.find((e) => e.id === id);
    if (!entity) return null;
    if (measure === 'rank') return placesIn(doc, edition, [], 'total').get(id) ?? null;
    if (measure === 'total') return entity.total;
    return entity.scores[measure.category] ?? null;
  });
  const entitySeries = (entity: Entity): TrendSeriesData => ({
    id: entity.id, label: localText(entity.name, lang), values: valuesOf(entity.id), notes: doc.editions.map(() => undefined),
  });
  // One kind of average per line: where any edition publishes its average (whole study),
  // the line holds published averages only; a mean of the one or two entities a sparse file
  // holds for other years would draw a fall or a rise that never happened.
  const anyPublished = measure === 'total' && doc.editions.some((edition) => typeof edition.summary?.average === 'number');
  const series: TrendSeriesData[] = [];
  const notes: string[] = [];
  if (primary) series.push(entitySeries(primary));
  const own = series[0];
  /**
   * An average the file computes from the entity's own value alone (the only one there that
   * year) is that value again: a comparison that says nothing, and a line drawn over the
   * entity's. As the radar does, such a value is left out with a note, and a line with nothing
   * else left is not drawn (VTUA's customer service in 2017 and 2022).
   */
  const addAverage = (id: string, label: string, groups: readonly string[]): void => {
    const averages: (Average | undefined)[] = doc.editions.map((edition) => {
      const average = averageOf(doc, edition, metric, groups);
      return groups.length === 0 && anyPublished && average?.kind !== 'published' ? undefined : average;
    });
    const repeats = averages.map((a, i) => onlyItsOwn(a, own?.values[i]));
    const values = averages.map((a, i) => (repeats[i] ? null : a?.value ?? null));
    if (own && repeats.includes(true)) notes.push(t.repeatsPrimary(label, own.label));
    if (values.every((value) => value === null)) return;
    series.push({
      id, label, values,
      notes: averages.map((a, i) => (repeats[i] ? t.onlyPrimary(own!.label)
        : !a ? undefined : a.kind === 'published' ? t.publishedAverage(a.count) : t.averageOfCount(a.count))),
    });
  };
  for (const token of [...new Set(compare)].filter((token) => token !== primary?.id)) {
    if (token === 'average' || token === 'group-average') {
      if (measure === 'rank') {
        if (!notes.includes(t.noRankAverage)) notes.push(t.noRankAverage);
      } else if (token === 'average') {
        addAverage('average', anyPublished ? t.publishedAverageSeries : t.averageSeries, []);
      } else if (primary) {
        addAverage('group-average', t.groupAverageSeries(groupNameOf(doc, primary.group, lang)), [primary.group]);
      }
      continue;
    }
    const entity = latestEntity(doc, token);
    if (entity) series.push(entitySeries(entity));
  }
  if (measure === 'rank' && series.length > 0 && !doc.editions.every(holdsWholeStudy)) notes.push(t.placesInFile);
  return {
    series: series.slice(0, MAX_TREND_SERIES),
    notes,
    lastPlace: Math.max(2, ...doc.editions.map((edition) => edition.entities.length)),
  };
}

/** The trend's width before it has been measured, and the static rendering's default `--width`. */
export const TREND_DEFAULT_WIDTH = 480;

export function trendFontSize(width: number): number {
  return width < 360 ? 12 : 13;
}

/**
 * What the element and the static rendering draw and write for one plan: the layout at
 * `width`, the title, and each value as text ("64,8 (published average of 115 assessed)",
 * "3. vieta", "nav publicēts"). Pure: the live chart and its script-free fallback cannot drift.
 */
export interface TrendView {
  readonly layout: TrendLayout;
  readonly title: string;
  readonly years: readonly number[];
  valueText(series: TrendSeriesData, yearIndex: number): string;
}

export function trendView(
  doc: EIndexDocument, plan: TrendPlan, primaryId: string | undefined, measure: TrendMeasure, width: number,
  lang: Lang, t: Messages, c: TrendMessages,
): TrendView {
  const rank = measure === 'rank';
  const fontSize = trendFontSize(width);
  const fmt = (n: number): string => formatNumber(n, lang);
  const years = doc.editions.map((e) => e.year);
  const layout = trendLayout({
    years,
    series: plan.series,
    domain: rank ? [1, plan.lastPlace] : [doc.scale.min, doc.scale.max],
    rank, width, fontSize, measure: estimatedMeasure(fontSize), format: fmt,
  });
  const measureName = rank ? c.measureRank : measure === 'total' ? c.measureTotal
    : localText(doc.categories.find((cat) => cat.id === measure.category)?.name, lang);
  const title = c.title(primaryId ? plan.series[0]!.label : localText(doc.title, lang), measureName);
  const valueText = (data: TrendSeriesData, i: number): string => {
    const value = data.values[i];
    const note = data.notes[i];
    // A value left out has its reason as its note ("only VTUA"); any other gap is unpublished.
    if (value === null || value === undefined) return note ?? t.notPublished;
    const text = rank ? c.place(fmt(value)) : fmt(value);
    return note ? `${text} ${note}` : text;
  };
  return { layout, title, years, valueText };
}
