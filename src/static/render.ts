/**
 * Static HTML of an element, for pages that cannot run JavaScript (`eindex-widgets render`):
 * a plain `<table>` for the ranking, an inline `<svg role="img">` with a `<title>` and the
 * numbers as text for the charts. Pure: document and attributes in, a string out, from the
 * same query and layout modules the elements draw with.
 *
 * Safe by construction: every data text goes through `escapeHtml`; the output has no
 * script, no event handler attribute and no style attribute (colours come from classes and
 * the stylesheet in `stylesheet.ts`).
 */
import type { EIndexDocument, Edition, Lang } from '../data/types.js';
import { averageOf, entityLevel, findEntity, levelForValue, tokensOf } from '../data/query.js';
import { formatNumber, nameOrder } from '../i18n/format.js';
import { groupNameOf, levelNameOf, localText } from '../i18n/lang.js';
import { messagesFor } from '../i18n/messages.js';
import { averageNote, rankingMessagesFor } from '../i18n/ranking-messages.js';
import { gaugeMessagesFor } from '../i18n/gauge-messages.js';
import { radarMessagesFor } from '../i18n/radar-messages.js';
import { metricLabel, metricOfSort, rankingChannels, rankingModel, type ColumnChannels, type RankingRow } from '../layout/ranking.js';
import { rankingFormatFor, rankingSettings } from '../ranking/ranking-settings.js';
import { checkEdition, checkLang, unknownEntity, type AttributeProblem } from '../internal/notice.js';
import { describeAttributeProblem } from '../i18n/attribute-messages.js';
import { gaugeLayout } from '../layout/gauge.js';
import { radarLayout } from '../layout/radar.js';
import { estimatedMeasure } from '../layout/text-wrap.js';
import { checkRadarOptions, radarSeries } from '../radar/radar-series.js';
import { safeHttpUrl } from '../internal/url.js';
import { markerPath } from '../layout/radar.js';
import { trendMessagesFor } from '../i18n/trend-messages.js';
import { levelsMessagesFor } from '../i18n/levels-messages.js';
import { checkTrendOptions, measureOf, TREND_DEFAULT_WIDTH, trendSeries, trendView } from '../trend/trend-series.js';
import { checkLevelsOptions, LEVELS_DEFAULT_WIDTH, levelsView } from '../levels/levels-data.js';

export const STATIC_ELEMENTS = ['ranking', 'radar', 'gauge', 'trend', 'levels'] as const;
export type StaticElement = (typeof STATIC_ELEMENTS)[number];

/** The attributes each element's static rendering takes, as `--name value` on the command line. */
export const STATIC_ATTRIBUTES: Record<StaticElement, readonly string[]> = {
  ranking: ['lang', 'edition', 'limit', 'group', 'sort', 'columns', 'highlight', 'caption'],
  radar: ['lang', 'edition', 'entity', 'compare', 'width'],
  gauge: ['lang', 'edition', 'entity', 'value', 'width'],
  trend: ['lang', 'entity', 'compare', 'measure', 'width'],
  levels: ['lang', 'edition', 'editions', 'group', 'entity', 'width'],
};

export type StaticResult =
  | { readonly ok: true; readonly html: string }
  /** `usage`: an attribute value of the wrong form; `data`: the document cannot show it. */
  | { readonly ok: false; readonly kind: 'usage' | 'data'; readonly message: string };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A coordinate with at most two decimals: the drawing is the same, the file smaller. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

type Attributes = Readonly<Record<string, string>>;

function positiveInteger(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  return /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : null;
}

/**
 * An attribute the element would draw around with a default (and a notice) is a usage error
 * here: a command run once should not quietly write a page with the wrong view. One it cannot
 * draw at all (an unknown entity or column) is bad input, as the element's error state.
 */
function refuse(problems: readonly AttributeProblem[], lang: Lang, kind: 'usage' | 'data'): StaticResult | undefined {
  return problems.length === 0 ? undefined : { ok: false, kind, message: problems.map((p) => describeAttributeProblem(p, lang)).join('\n') };
}

export function renderStatic(element: StaticElement, doc: EIndexDocument, attributes: Attributes): StaticResult {
  const written = attributes['lang'];
  const lang: Lang = written !== undefined && /^en(-|$)/i.test(written) ? 'en' : 'lv';
  const langProblem = checkLang(written ?? null, lang);
  if (langProblem) return refuse([langProblem], lang, 'usage')!;
  const year = attributes['edition'];
  const { edition, problem } = checkEdition(doc, year === undefined ? undefined : Number(year), year ?? null);
  if (problem) return refuse([problem], lang, 'usage')!;
  switch (element) {
    case 'ranking':
      return renderRanking(doc, edition, lang, attributes);
    case 'radar':
      return renderRadar(doc, edition, lang, attributes);
    case 'gauge':
      return renderGauge(doc, edition, lang, attributes);
    case 'trend':
      return renderTrend(doc, lang, attributes);
    case 'levels':
      return renderLevels(doc, edition, lang, attributes);
  }
}

function sourceNote(doc: EIndexDocument, lang: Lang, label: string): string {
  if (!doc.source) return '';
  const name = escapeHtml(localText(doc.source.name, lang));
  const url = safeHttpUrl(doc.source.url);
  return ` ${escapeHtml(label)}: ${url ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${name}</a>` : name}.`;
}

function renderRanking(doc: EIndexDocument, edition: Edition, lang: Lang, attributes: Attributes): StaticResult {
  const t = rankingMessagesFor(lang);
  const limitWritten = attributes['limit'] ?? null;
  const settings = rankingSettings(doc, edition, {
    columns: attributes['columns'] ?? '', sort: attributes['sort'] ?? '', group: attributes['group'] ?? '', highlight: attributes['highlight'] ?? '',
    limit: limitWritten === null ? undefined : /^\s*\d+\s*$/.test(limitWritten) ? Number(limitWritten) : NaN, limitWritten,
  });
  const refused = refuse(settings.error ? [settings.error] : [], lang, 'data') ?? refuse(settings.notices, lang, 'usage');
  if (refused) return refused;
  const { groups, sort, limit } = settings;
  const columns = tokensOf(attributes['columns']);
  const model = rankingModel(doc, edition, { names: nameOrder(lang), groups, sort, columns, limit, highlight: tokensOf(attributes['highlight']) });
  const groupNames = groups.map((id) => groupNameOf(doc, id, lang));
  const caption = attributes['caption'] ?? (t.caption(localText(doc.title, lang), edition.year) + (groupNames.length > 0 ? ` — ${groupNames.join(', ')}` : ''));
  // The same channels the live table and its CSV read (layout/ranking.ts), so the fallback
  // cannot drift from the element that replaces it.
  const format = rankingFormatFor(lang);
  const channels = rankingChannels(doc, model, format);
  const folds = (channel: ColumnChannels): boolean => channel.column.kind === 'group' && channels.some((c) => c.sub);
  const head = channels
    .map((channel) => `<th scope="col" class="${channel.column.kind}${channel.numeric ? ' num' : ''}${folds(channel) ? ' folds' : ''}">${escapeHtml(channel.label)}</th>`)
    .join('');
  // Below the stylesheet's breakpoint the group folds under the name and a level shows its
  // number (the full name stays as accessible text), as the live table's narrow layout does.
  const cell = (channel: ColumnChannels, index: number, row: RankingRow): string => {
    const text = channel.text[index] ?? '';
    const aria = channel.aria[index];
    const shown = aria === undefined ? escapeHtml(text) : `<span aria-hidden="true">${escapeHtml(text)}</span><span class="vh">${escapeHtml(aria)}</span>`;
    const kind = channel.column.kind;
    if (kind === 'name') {
      const sub = channel.sub?.[index];
      return `<th scope="row" class="name">${shown}${sub === undefined ? '' : `<span class="sub">${escapeHtml(sub)}</span>`}</th>`;
    }
    const classes = [kind, ...(channel.numeric ? ['num'] : []), ...(channel.value[index] === null && kind !== 'rank' && kind !== 'change' ? ['np'] : [])];
    if (folds(channel)) classes.push('folds');
    if (kind === 'level' && row.level) {
      const level = Math.min(Math.max(row.level.level, 1), 5);
      const narrow = channel.narrow?.[index] ?? String(row.level.level);
      return `<td class="${classes.join(' ')}"><span class="swatch level-${level}" aria-hidden="true"></span><span class="wide-text">${shown}</span><span class="narrow-text" aria-hidden="true">${escapeHtml(narrow)}</span></td>`;
    }
    return `<td class="${classes.join(' ')}">${shown}</td>`;
  };
  const body = model.rows
    .map((row, index) => `<tr${row.highlighted ? ' class="highlighted"' : ''}>${channels.map((channel) => cell(channel, index, row)).join('')}</tr>`)
    .join('\n');
  const scope = model.scope === 'groups'
    ? t.ranksInGroups
    : model.scope === 'study'
      ? t.ranksInStudy(edition.summary?.entities ?? model.inGroups)
      : t.ranksInFile(edition.entities.length, edition.summary?.entities);
  const metric = metricOfSort(model.sort);
  const average = metric === 'level' ? undefined : averageOf(doc, edition, metric, groups);
  const averageText = average
    ? ` ${averageNote(t, metricLabel(doc, metric, format), formatNumber(average.value, lang, 1), average)}`
    : '';
  const shownText = model.rows.length < model.matching ? ` ${lang === 'lv' ? `Parādīti ${model.rows.length} no ${model.matching}.` : `${model.rows.length} of ${model.matching} shown.`}` : '';
  return {
    ok: true,
    html: `<div class="eindex-static eindex-static-ranking" lang="${lang}">
<div class="scroller" role="region" tabindex="0" aria-label="${escapeHtml(caption)}">
<table>
<caption>${escapeHtml(caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>
<p class="note">${escapeHtml(scope + averageText + shownText)}${sourceNote(doc, lang, t.sourceLabel)}</p>
</div>
`,
  };
}

const widthProblem = (attributes: Attributes): StaticResult =>
  ({ ok: false, kind: 'usage', message: `width: "${attributes['width']}" — a number of pixels, 120 to 2000` });

function widthOf(attributes: Attributes, fallback: number): number | null {
  const width = positiveInteger(attributes['width']);
  if (width === null || (width !== undefined && (width < 120 || width > 2000))) return null;
  return width ?? fallback;
}

function renderGauge(doc: EIndexDocument, edition: Edition, lang: Lang, attributes: Attributes): StaticResult {
  const c = gaugeMessagesFor(lang);
  const t = messagesFor(lang);
  const width = widthOf(attributes, 320);
  if (width === null) return widthProblem(attributes);
  const valueText = attributes['value'];
  const given = valueText === undefined ? undefined : Number(valueText.replace(',', '.'));
  if (given !== undefined && !Number.isFinite(given)) return { ok: false, kind: 'usage', message: `value: "${valueText}" — a number` };
  const id = attributes['entity'];
  const entity = id ? findEntity(edition, id) : undefined;
  if (id && !entity) return refuse([unknownEntity('entity', id, edition)], lang, 'data')!;
  if (!entity && given === undefined) return { ok: false, kind: 'usage', message: `entity: ${c.chooseEntity}` };
  const value = given ?? entity!.total;
  const level = given !== undefined || !entity ? levelForValue(doc, value) : entityLevel(doc, entity);
  const fmt = (x: number): string => formatNumber(x, lang);
  const name = entity ? localText(entity.name, lang) : c.gaugeStandaloneLabel;
  const average = edition.summary?.average;
  const layout = gaugeLayout({
    scale: doc.scale,
    value,
    levels: doc.levels.map((l) => ({ level: l.level, min: l.min, label: c.bandLabel(l.level) })),
    average,
    averageLabel: average === undefined ? undefined : c.averageTick(fmt(average)),
    width,
    measure: estimatedMeasure(12),
  });
  const levelName = level ? levelNameOf(level, lang, t.level) : c.levelUnknown;
  const spoken = value === null ? t.notPublished : `${c.points(fmt(value), fmt(doc.scale.max))}, ${levelName}`;
  const title = `${c.gaugeLabel(name, edition.year)}: ${spoken}`;
  const parts: string[] = [`<path class="track" d="${layout.track}"/>`];
  for (const band of layout.bands) {
    const label = band.label ? `<text x="${n(band.label.x)}" y="${n(band.label.y)}" text-anchor="${band.label.anchor}">${escapeHtml(band.label.text)}</text>` : '';
    parts.push(`<g class="band level-${Math.min(Math.max(band.level, 1), 5)}"><path d="${band.path}"/>${label}</g>`);
  }
  if (layout.valueArc) parts.push(`<path class="value-arc" d="${layout.valueArc}"/>`);
  const tick = layout.averageTick;
  if (tick) {
    parts.push(`<g class="average"><line x1="${n(tick.x1)}" y1="${n(tick.y1)}" x2="${n(tick.x2)}" y2="${n(tick.y2)}"/>${tick.label ? `<text x="${n(tick.label.x)}" y="${n(tick.label.y)}" text-anchor="${tick.label.anchor}">${escapeHtml(tick.label.text)}</text>` : ''}</g>`);
  }
  const m = layout.marker;
  if (m) parts.push(`<g class="marker"><line class="halo" x1="${n(m.x1)}" y1="${n(m.y1)}" x2="${n(m.x2)}" y2="${n(m.y2)}"/><line x1="${n(m.x1)}" y1="${n(m.y1)}" x2="${n(m.x2)}" y2="${n(m.y2)}"/></g>`);
  for (const tk of layout.ticks) parts.push(`<text class="tick" x="${n(tk.x)}" y="${n(tk.y)}" text-anchor="${tk.anchor}">${escapeHtml(fmt(tk.value))}</text>`);
  if (value === null) {
    parts.push(`<text class="value np" x="${n(layout.valueText.x)}" y="${n(layout.valueText.y)}" text-anchor="middle">${escapeHtml(t.notPublished)}</text>`);
  } else {
    parts.push(`<text class="value" x="${n(layout.valueText.x)}" y="${n(layout.valueText.y)}" text-anchor="middle" font-size="${n(layout.valueText.fontSize)}">${escapeHtml(fmt(value))}</text>`);
    parts.push(`<text class="level-name" x="${n(layout.caption.x)}" y="${n(layout.caption.y)}" text-anchor="middle">${escapeHtml(levelName)}</text>`);
  }
  const caption = entity ? `${name}, ${edition.year}` : '';
  const note = average === undefined ? '' : `<p class="note">${escapeHtml(c.publishedAverage(fmt(average), edition.summary?.entities))}</p>\n`;
  return figure('gauge', lang, caption, `${svgImage(layout, title, undefined, parts)}\n${note}`);
}

function renderRadar(doc: EIndexDocument, edition: Edition, lang: Lang, attributes: Attributes): StaticResult {
  const c = radarMessagesFor(lang);
  const t = messagesFor(lang);
  const width = widthOf(attributes, 480);
  if (width === null) return widthProblem(attributes);
  const id = attributes['entity'] ?? '';
  const compare = tokensOf(attributes['compare']);
  const checked = checkRadarOptions(edition, id, compare);
  const refused = refuse(checked.error ? [checked.error] : [], lang, 'data') ?? refuse(checked.notices, lang, 'usage');
  if (refused) return refused;
  const plan = radarSeries(doc, edition, id || undefined, compare, lang, c);
  if (plan.series.length === 0) return { ok: false, kind: 'usage', message: `entity: ${c.chooseEntity}` };
  const categories = doc.categories.map((category) => ({ id: category.id, label: localText(category.name, lang) }));
  const title = id ? `${plan.series[0]!.label.replace(/ \(\d{4}\)$/, '')}, ${edition.year}` : `${localText(doc.title, lang)}, ${edition.year}`;
  const valueText = (s: number, i: number): string => {
    const value = plan.series[s]!.values[i];
    const note = plan.series[s]!.notes[i];
    if (value == null) return note ?? t.notPublished;
    return note ? `${formatNumber(value, lang)} ${note}` : formatNumber(value, lang);
  };
  // The table carries every number; it is the whole view when a polygon would mislead
  // (fewer than 3 published categories, the element's sparse form), and the text
  // alternative of the drawing otherwise.
  const table = dataTable(c.tableCaption(title), c.category, plan.series.map((s) => s.label), categories.map((category, i) => ({
    heading: escapeHtml(category.label),
    cells: plan.series.map((s, si) => ({ text: valueText(si, i), missing: s.values[i] === null })),
  })));
  const published = plan.series[0]!.values.filter((v) => v !== null).length;
  const notes = plan.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>\n`).join('');
  if (published < 3) {
    return figure('radar', lang, title, `${table}\n${notes}`);
  }
  const fontSize = width < 360 ? 11 : width < 560 ? 12 : 13;
  const layout = radarLayout({ categories, series: plan.series, scale: doc.scale, width, fontSize, measure: estimatedMeasure(fontSize) });
  const parts: string[] = ['<g class="grid">'];
  for (const ring of layout.rings) parts.push(`<path class="ring" d="${ring.path}"/>`);
  for (const axis of layout.axes) parts.push(`<line class="axis" x1="${n(axis.x1)}" y1="${n(axis.y1)}" x2="${n(axis.x2)}" y2="${n(axis.y2)}"/>`);
  parts.push('</g>');
  for (const ring of layout.rings) {
    if (ring.label) parts.push(`<text class="ring-label" x="${n(ring.label.x)}" y="${n(ring.label.y)}" text-anchor="middle">${escapeHtml(formatNumber(ring.value, lang))}</text>`);
  }
  for (const axis of layout.axes) {
    const lines = axis.label.lines.map((line, i) => `<tspan x="${n(axis.label.x)}" dy="${i === 0 ? 0 : n(axis.label.lineHeight)}">${escapeHtml(line)}</tspan>`).join('');
    parts.push(`<text class="axis-label" x="${n(axis.label.x)}" y="${n(axis.label.y)}" text-anchor="${axis.label.anchor}">${lines}</text>`);
  }
  for (const s of layout.series) {
    parts.push(`<g class="series series-${s.index + 1}">`);
    for (const d of s.segments) parts.push(`<path class="outline${s.closed && s.filled ? ' closed' : ''}" d="${d}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    for (const p of s.points) parts.push(`<path class="marker" transform="translate(${n(p.x)} ${n(p.y)})" d="${s.marker}"/>`);
    for (const p of s.missing) parts.push(`<g class="missing" transform="translate(${n(p.x)} ${n(p.y)})"><path class="marker" d="${s.marker}"/><line class="slash" x1="-5" y1="5" x2="5" y2="-5"/></g>`);
    parts.push('</g>');
  }
  // A keyed layout numbers the axes; the names are listed under the drawing, as the element does.
  const key = layout.keyed ? `<ol class="key">${categories.map((category) => `<li>${escapeHtml(category.label)}</li>`).join('')}</ol>\n` : '';
  const legend = `<ul class="legend" aria-label="${escapeHtml(c.legend)}">${layout.series.map((s) => `<li class="series-${s.index + 1}">${escapeHtml(s.label)}</li>`).join('')}</ul>`;
  // The numbers as text inside the picture too, for readers that get only the image.
  const description = plan.series.map((s, si) => `${s.label}: ${categories.map((category, i) => `${category.label} ${valueText(si, i)}`).join('; ')}`).join('. ');
  return figure('radar', lang, title, `${svgImage(layout, c.chartLabel(title), description, parts)}\n${key}${legend}\n${notes}${table}\n`);
}

/**
 * The live element's "Table" button, without a script: a `<details>` the reader opens. Closed,
 * it takes the button's place, so the fallback and the element that replaces it are as tall;
 * the drawing's `<desc>` carries the same numbers for readers that get only the image. Open,
 * a table wider than a phone scrolls in its own focusable, named region, as the ranking's.
 */
function tableToggle(label: string, title: string, table: string): string {
  return `<details class="data">\n<summary>${escapeHtml(label)}</summary>\n<div class="scroller" role="region" tabindex="0" aria-label="${escapeHtml(title)}">\n${table}\n</div>\n</details>`;
}

/** A cell of a data table: its text, and whether it says "not published". */
interface Cell {
  readonly text: string;
  readonly missing: boolean;
}

/**
 * The table behind a chart: a header row (`corner`, then one column per series or level) and a
 * row per category or year. `heading` is markup (the levels add a note to the year); the rest is text.
 */
function dataTable(caption: string, corner: string, columns: readonly string[], rows: readonly { heading: string; cells: readonly Cell[] }[]): string {
  return `<table>
<caption>${escapeHtml(caption)}</caption>
<thead><tr><th scope="col">${escapeHtml(corner)}</th>${columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((row) => `<tr><th scope="row">${row.heading}</th>${row.cells.map((cell) => `<td class="${cell.missing ? 'np' : 'num'}">${escapeHtml(cell.text)}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>`;
}

/** The drawing: an `<svg role="img">` of the layout's size with its title, the numbers as text (`<desc>`) and its parts. */
function svgImage(size: { readonly width: number; readonly height: number; readonly fontSize: number }, title: string, description: string | undefined, parts: readonly string[]): string {
  return `<svg role="img" width="${n(size.width)}" height="${n(size.height)}" viewBox="0 0 ${n(size.width)} ${n(size.height)}" font-size="${size.fontSize}">
<title>${escapeHtml(title)}</title>
${description === undefined ? '' : `<desc>${escapeHtml(description)}</desc>\n`}${parts.join('\n')}
</svg>`;
}

/** The whole rendering of a chart element: a `<figure>` with its caption (if any) and `body`. */
function figure(kind: StaticElement, lang: Lang, caption: string, body: string): StaticResult {
  return { ok: true, html: `<figure class="eindex-static eindex-static-${kind}" lang="${lang}">\n${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>\n` : ''}${body}</figure>\n` };
}

function renderTrend(doc: EIndexDocument, lang: Lang, attributes: Attributes): StaticResult {
  const c = trendMessagesFor(lang);
  const t = messagesFor(lang);
  const width = widthOf(attributes, TREND_DEFAULT_WIDTH);
  if (width === null) return widthProblem(attributes);
  const entity = attributes['entity'] ?? '';
  const compare = tokensOf(attributes['compare']);
  const checked = checkTrendOptions(doc, entity, compare, attributes['measure'] ?? 'total');
  const refused = refuse(checked.error ? [checked.error] : [], lang, 'data') ?? refuse(checked.notices, lang, 'usage');
  if (refused) return refused;
  const measure = measureOf(doc, attributes['measure'] ?? 'total') ?? 'total';
  const plan = trendSeries(doc, entity || undefined, compare, measure, lang, c);
  if (plan.series.length === 0) return { ok: false, kind: 'usage', message: `entity: ${c.chooseEntity}` };
  const { layout, title, years, valueText } = trendView(doc, plan, entity || undefined, measure, width, lang, t, c);
  const { plot } = layout;
  const parts: string[] = ['<g class="grid">'];
  for (const tick of layout.yTicks) {
    parts.push(`<line class="gridline" x1="${n(plot.left)}" x2="${n(plot.right)}" y1="${n(tick.y)}" y2="${n(tick.y)}"/>`);
    parts.push(`<text class="tick" x="${n(plot.left - 6)}" y="${n(tick.y)}" dy="0.32em" text-anchor="end">${escapeHtml(tick.text)}</text>`);
  }
  parts.push('</g>', '<g class="years">');
  for (const year of layout.years) if (year.shown) parts.push(`<text x="${n(year.x)}" y="${n(layout.yearLabelY)}" text-anchor="middle">${year.year}</text>`);
  parts.push('</g>');
  // Solid only between neighbouring published editions; over a gap a dotted bridge, as the element draws.
  for (const s of layout.series) {
    parts.push(`<g class="series series-${s.index + 1}">`);
    for (const d of s.bridges) parts.push(`<path class="bridge" d="${d}"/>`);
    for (const d of s.segments) parts.push(`<path class="line" d="${d}"/>`);
    for (const p of s.points) parts.push(`<path class="marker" transform="translate(${n(p.x)} ${n(p.y)})" d="${s.marker}"/>`);
    parts.push('</g>');
  }
  const swatch = (index: number, bridge: boolean): string =>
    `<svg class="swatch-line ${bridge ? 'np' : `series-${index + 1}`}" width="36" height="14" viewBox="0 0 36 14" aria-hidden="true"><line class="${bridge ? 'bridge' : 'line'}" x1="2" y1="7" x2="34" y2="7"/>${bridge ? '' : `<path class="marker" transform="translate(18 7)" d="${markerPath(index, 40)}"/>`}</svg>`;
  const anyBridge = layout.series.some((s) => s.bridges.length > 0);
  const legend = `<ul class="legend" aria-label="${escapeHtml(c.legend)}">${layout.series.map((s) => `<li>${swatch(s.index, false)}${escapeHtml(s.label)}</li>`).join('')}${anyBridge ? `<li>${swatch(0, true)}${escapeHtml(c.bridge)}</li>` : ''}</ul>`;
  const notes = plan.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>\n`).join('');
  const description = plan.series.map((s) => `${s.label}: ${years.map((year, i) => `${year} ${valueText(s, i)}`).join('; ')}`).join('. ');
  const table = dataTable(title, c.year, plan.series.map((s) => s.label), years.map((year, i) => ({
    heading: String(year),
    cells: plan.series.map((s) => ({ text: valueText(s, i), missing: s.values[i] === null })),
  })));
  return figure('trend', lang, title, `${svgImage(layout, c.chartLabel(title), description, parts)}\n${legend}\n${notes}${tableToggle(c.showTable, title, table)}\n`);
}

function renderLevels(doc: EIndexDocument, edition: Edition, lang: Lang, attributes: Attributes): StaticResult {
  const c = levelsMessagesFor(lang);
  const width = widthOf(attributes, LEVELS_DEFAULT_WIDTH);
  if (width === null) return widthProblem(attributes);
  const options = { editions: attributes['editions'] ?? '', group: attributes['group'] ?? '', entity: attributes['entity'] ?? '' };
  const refused = refuse(checkLevelsOptions(doc, options), lang, 'usage');
  if (refused) return refused;
  const editions: readonly Edition[] = options.editions === 'all' ? doc.editions : [edition];
  const view = levelsView(doc, editions, options.group, options.entity || undefined, width, lang, c);
  if (!view) return { ok: false, kind: 'data', message: c.noneInView };
  const { layout, title } = view;
  const level = (value: number): number => Math.min(Math.max(value, 1), 5);
  const parts: string[] = [];
  for (const row of layout.rows) {
    parts.push('<g class="row">');
    for (const line of row.heading) parts.push(`<text class="heading" x="${n(line.x)}" y="${n(line.y)}">${escapeHtml(line.text)}</text>`);
    if (row.mark) {
      parts.push(`<g class="mark">${row.mark.lines.map((line) => `<text x="${n(line.x)}" y="${n(line.y)}">${escapeHtml(line.text)}</text>`).join('')}<path d="${row.mark.path}"/></g>`);
    }
    if (row.empty) {
      parts.push(`<rect class="empty-bar" x="0" y="${n(row.bar.y)}" width="${layout.width}" height="${n(row.bar.height)}"/>`);
      parts.push(`<text class="np" x="8" y="${n(row.bar.y + row.bar.height / 2)}" dy="0.35em">${escapeHtml(view.empty)}</text>`);
    }
    for (const s of row.segments) {
      const box = s.swatch ? `<rect class="swatch-box" x="${n(s.swatch.x)}" y="${n(s.swatch.y)}" width="${layout.swatch}" height="${layout.swatch}"/>` : '';
      const lines = s.label.lines.map((line, i) => `<tspan x="${n(s.label.x)}" dy="${i === 0 ? 0 : n(s.label.lineHeight)}">${escapeHtml(line)}</tspan>`).join('');
      parts.push(`<g class="segment level-${level(s.level)}"><rect x="${n(s.x)}" y="${n(row.bar.y)}" width="${n(s.width)}" height="${n(row.bar.height)}"/>${box}<text class="${s.swatch ? 'beside' : 'inside'}" x="${n(s.label.x)}" y="${n(s.label.y)}" text-anchor="${s.label.anchor}">${lines}</text></g>`);
    }
    parts.push('</g>');
  }
  const legend = `<ul class="legend" aria-label="${escapeHtml(c.legend)}">${doc.levels.map((l) => `<li><span class="swatch level-${level(l.level)}" aria-hidden="true"></span>${escapeHtml(view.levelName(l.level))}</li>`).join('')}</ul>`;
  const cells = (row: (typeof view.rows)[number]): string[] => {
    const total = row.counts.reduce((sum, x) => sum + x.count, 0);
    return row.counts.map((x) => (row.kind === 'none' ? c.notPublished : `${view.count(x.count)} (${view.share(x.count / total)})`));
  };
  const markOf = (i: number): string => {
    const mark = view.marks.find((m) => m.row === i);
    return mark ? `; ${mark.text}` : '';
  };
  const description = view.rows.map((row, i) => `${row.year}, ${view.source(row)}${markOf(i)}: ${
    cells(row).map((text, j) => `${view.levelName(row.counts[j]!.level)} ${text}`).join('; ')}`).join('. ');
  const table = dataTable(title, c.year, doc.levels.map((l) => view.levelName(l.level)), view.rows.map((row, i) => ({
    heading: `${row.year} <span class="row-note">${escapeHtml(view.source(row) + markOf(i))}</span>`,
    cells: cells(row).map((text) => ({ text, missing: row.kind === 'none' })),
  })));
  return figure('levels', lang, title, `${svgImage(layout, c.chartLabel(title), description, parts)}\n${legend}\n${tableToggle(c.showTable, title, table)}\n`);
}
