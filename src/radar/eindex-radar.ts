import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { chartStyles } from '../internal/chart-styles.js';
import { imageDownloadControl } from '../internal/image-export.js';
import { figureStyles, pointStyles } from '../internal/figure-styles.js';
import { EIndexElement, type ReadyContext } from '../internal/base-element.js';
import { ReserveController, WidthController } from '../internal/width-controller.js';
import { PointTipsController } from '../internal/controllers/point-tips.js';
import { TableToggleController } from '../internal/controllers/table-toggle.js';
import { tokensOf } from '../data/query.js';
import type { Lang } from '../data/types.js';
import { DEFAULT_SCALE } from '../data/validate.js';
import { radarMessagesFor, type RadarMessages } from '../i18n/radar-messages.js';
import { formatNumber } from '../i18n/format.js';
import { LABEL_MAX, shorten } from '../i18n/display-text.js';
import { localText } from '../i18n/lang.js';
import type { Messages } from '../i18n/messages.js';
import {
  isSparse, markerPath, radarBarsLayout, radarLayout, radarTooltipSide,
  type RadarBarsLayout, type RadarBarsSeries, type RadarLayout, type RadarSeries,
} from '../layout/radar.js';
import { estimatedMeasure } from '../layout/text-wrap.js';
import { tooltipBox } from '../layout/tooltip.js';
import { labelLines } from '../internal/svg-lines.js';
import { checkRadarOptions, radarSeries, type ChartSeries } from './radar-series.js';
import { radarStyles } from './eindex-radar.styles.js';
import type { AttributeProblem } from '../internal/notice.js';

/** Label font size for a drawing width: never under 12 px; where names do not fit, they go to a key instead. */
function fontSizeFor(width: number): number {
  return width < 560 ? 12 : 13;
}

/**
 * Room around the drawing, in em: a caption of up to two lines, a legend of up to four
 * entries, the table button. An upper bound (measured: 6.4–9.8 em from 360 to 1200 px), kept
 * as the minimum height, so the page never shifts when the data arrives.
 */
const AROUND_CHART_EM = 10;
const FALLBACK_WIDTH = 480;

interface Cell { readonly s: number; readonly c: number }

/**
 * A radar chart of one entity's category results, with comparison series.
 *
 * Axes are the categories in document order, the first at 12 o'clock, clockwise; the radius
 * is linear from `scale.min` to `scale.max`. An unpublished category is a gap in the outline
 * with a "not published" mark outside the outer ring, never a 0. Series differ in dash
 * pattern and marker shape as well as colour. Every point can be focused: the arrow keys
 * ← → move between categories, ↑ ↓ between series, and a tooltip says category, series and
 * value. The same data is always in a table for assistive technology; "Table" shows it.
 *
 * Where the category names do not fit around a plot of a useful size (phones, narrow
 * columns), the axes are numbered and a key under the chart names them. When the first
 * series has fewer than three published categories, a polygon would mislead: the same series
 * are drawn as horizontal bars per category, with a note saying why.
 *
 * @summary Category radar chart of E-index results.
 *
 * @fires {CustomEvent<EIndexLoadDetail>} eindex-load - The document loaded and the chart shows an edition: `{ edition }`.
 * @fires {CustomEvent<EIndexErrorDetail>} eindex-error - The data or the configuration cannot be shown: `{ message, path? }`.
 *
 * @csspart figure - The chart with its caption, legend and table.
 * @csspart caption - The caption above the chart.
 * @csspart chart - The `<svg>` drawing.
 * @csspart grid - The rings and axes.
 * @csspart axis - Each category label (or its number, when the names are in the key).
 * @csspart key - The list of category names under a chart whose axes are numbered.
 * @csspart series - Each series (outline and points).
 * @csspart bar - Each bar, when sparse data is drawn as bars.
 * @csspart marker - Each point's marker.
 * @csspart tooltip - The tooltip.
 * @csspart legend - The legend list.
 * @csspart note - Notes under the chart (why it shows bars, a series that could not be drawn).
 * @csspart table-toggle - The "Table" button.
 * @csspart table - The data table.
 * @csspart download - The "Download image" group (SVG and PNG buttons), with `download`.
 * @csspart status - The loading, empty and error messages.
 * @csspart notice - A notice above the drawing: an attribute value that cannot be used, what is drawn instead, and the nearest valid value.
 *
 * @cssprop --eindex-series-1 - Colour of the first series.
 * @cssprop --eindex-series-2 - Colour of the second series.
 * @cssprop --eindex-series-3 - Colour of the third series.
 * @cssprop --eindex-series-4 - Colour of the fourth series.
 * @cssprop --eindex-grid - Rings and axes.
 * @cssprop --eindex-text - Text colour.
 * @cssprop --eindex-background - Background colour.
 * @cssprop --eindex-accent - The table button.
 * @cssprop --eindex-error - Error messages.
 */
export class EIndexRadar extends EIndexElement {
  static override styles = [...EIndexElement.styles, chartStyles, figureStyles, pointStyles, radarStyles];

  static override properties: PropertyDeclarations = {
    entity: {},
    compare: {},
    download: { type: Boolean },
  };

  /** Id of the entity shown first; a later selection in the element named by `for` takes over. */
  entity = '';

  /** Space-separated entity ids and keywords `average`, `group-average`, `best`, `previous`. */
  compare = '';

  /** Show "Download image" (SVG, PNG): the chart with its title, edition and source, standalone. */
  download = false;

  readonly #size = new WidthController(this, FALLBACK_WIDTH);
  readonly #reserve = new ReserveController(this);
  readonly #table = new TableToggleController(this);
  readonly #tips = new PointTipsController<Cell>(this, { s: 0, c: 0 });
  #lastLayout: RadarLayout | RadarBarsLayout | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new selection or new data: the tab stop goes back to the first point.
    const keys = changed as Map<PropertyKey, unknown>;
    if (['linkedEntity', 'entity', 'compare', 'data', 'src', 'edition'].some((key) => keys.has(key))) this.#tips.reset();
    // Set again by renderReady: what this update draws, if it draws a chart.
    this.#lastLayout = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Bars are shorter than the rings the loading state reserved room for: once drawn, they
    // take their own height (the reserve left a band of white under them). Set before the
    // base class announces the load, so a listener reads the final height.
    if (this.#lastLayout?.form === 'bars') {
      this.#reserve.set(0, 0);
      this.#reservedFor = '';
    } else {
      this.#reserveRings();
    }
    super.updated(changed);
  }

  /** The width and language the reserve was laid out for: a hover or a focus move draws again, but needs no new reserve. */
  #reservedFor = '';

  /** Reserves the size a ring chart of the method's five categories takes, while loading and once drawn. */
  #reserveRings(): void {
    const width = this.#size.width;
    const key = `${width} ${this.language}`;
    if (key === this.#reservedFor) return;
    this.#reservedFor = key;
    const t = radarMessagesFor(this.language);
    const placeholder = radarLayout({
      categories: t.defaultCategories.map((label, i) => ({ id: String(i), label })),
      series: [], scale: DEFAULT_SCALE, width, fontSize: fontSizeFor(width), measure: estimatedMeasure(fontSizeFor(width)),
    });
    // A keyed chart lists the names under it: a line each, two where a long name wraps.
    this.#reserve.set(placeholder.height, AROUND_CHART_EM + (placeholder.keyed ? t.defaultCategories.length * 2 : 0));
  }

  protected override configProblem({ edition }: ReadyContext): AttributeProblem | undefined {
    return checkRadarOptions(edition, this.entity, tokensOf(this.compare)).error;
  }

  protected override attributeNotices({ edition }: ReadyContext): readonly AttributeProblem[] {
    return checkRadarOptions(edition, this.entity, tokensOf(this.compare)).notices;
  }

  protected override renderReady({ doc, edition, lang, t }: ReadyContext): TemplateResult {
    const c = radarMessagesFor(lang);
    const primaryId = this.linkedEntity ?? (this.entity || undefined);
    const plan = radarSeries(doc, edition, primaryId, tokensOf(this.compare), lang, c);
    if (plan.series.length === 0) {
      const message = primaryId ? c.entityMissing(primaryId, edition.year) : c.chooseEntity;
      return this.renderEmpty(message);
    }
    const categories = doc.categories.map((category) => ({ id: category.id, label: localText(category.name, lang) }));
    const width = this.#size.width;
    const fontSize = fontSizeFor(width);
    // Labels in the drawing and the key are shortened (a 500-letter name drew an 8 000 px
    // chart); the points, the tooltips and the table name each category in full.
    const axes = categories.map((category) => ({ ...category, label: shorten(category.label, LABEL_MAX) }));
    const input = { categories: axes, series: plan.series, scale: doc.scale, width, fontSize, measure: estimatedMeasure(fontSize) };
    const sparse = isSparse(plan.series, categories.length);
    const layout = sparse ? radarBarsLayout({ ...input, notPublished: t.notPublished }) : radarLayout(input);
    this.#lastLayout = layout;
    const title = primaryId && plan.series[0] ? `${plan.series[0].name}, ${edition.year}` : `${localText(doc.title, lang)}, ${edition.year}`;
    const anyMissing = layout.series.some((s) => s.missing.length > 0);
    const published = plan.series[0]?.values.filter((v) => v !== null).length ?? 0;
    return html`
      <figure part="figure">
        <figcaption part="caption">${title}</figcaption>
        <svg
          part="chart"
          role="group"
          aria-label=${sparse ? c.barsLabel(title) : c.chartLabel(title)}
          width=${layout.width}
          height=${layout.height}
          viewBox="0 0 ${layout.width} ${layout.height}"
          font-size=${layout.fontSize}
        >
          ${layout.form === 'bars' ? this.#renderBarsGrid(layout, lang) : this.#renderGrid(layout)}
          ${layout.series.map((s) => this.#renderSeries(s, plan.series[s.index]!, layout, categories, lang, t, c))}
          ${layout.form === 'radar' ? this.#renderRingLabels(layout, lang) : nothing}
          ${this.#tips.tip ? this.#renderTooltip(layout, this.#tips.tip, plan.series, categories, lang, t) : nothing}
        </svg>
        ${layout.form === 'radar' && layout.keyed
          ? html`<ol class="key" part="key" aria-label=${c.category}>
              ${categories.map((category, i) => html`<li><span class="key-number" aria-hidden="true">${i + 1}</span>${axes[i]!.label === category.label
                ? html`<span>${category.label}</span>`
                : html`<span aria-hidden="true">${axes[i]!.label}</span><span class="visually-hidden">${category.label}</span>`}</li>`)}
            </ol>`
          : nothing}
        <ul class="legend" part="legend" aria-label=${c.legend}>
          ${layout.series.map((s) => html`<li class="series-${s.index + 1}">${legendSwatch(s)}<span>${s.label}</span></li>`)}
          ${anyMissing ? html`<li class="np">${missingSwatch()}<span>${t.notPublished}</span></li>` : nothing}
        </ul>
        ${sparse ? html`<p class="note" part="note">${c.sparseNote(published, categories.length)}</p>` : nothing}
        ${plan.notes.map((note) => html`<p class="note" part="note">${note}</p>`)}
        ${this.#table.button(c)}
        ${this.download
          ? imageDownloadControl(this, 'svg[part="chart"]', { doc, lang, subtitle: title, file: ['radar', primaryId, edition.year] }, c)
          : nothing}
        ${this.#table.region(c.tableCaption(title), this.#renderTable(title, categories, plan.series, lang, t, c))}
      </figure>
    `;
  }

  #renderGrid(layout: RadarLayout): SVGTemplateResult {
    return svg`
      <g class="grid" part="grid" aria-hidden="true">
        ${layout.rings.map((ring) => svg`<path class="ring" d=${ring.path}></path>`)}
        ${layout.axes.map((axis) => svg`<line class="axis" x1=${axis.x1} y1=${axis.y1} x2=${axis.x2} y2=${axis.y2}></line>`)}
      </g>
      <g class="labels" aria-hidden="true">
        ${layout.axes.map((axis) => svg`
          <text part="axis" class=${layout.keyed ? 'axis-label key-number' : 'axis-label'} x=${axis.label.x} y=${axis.label.y} text-anchor=${axis.label.anchor}>
            ${labelLines(axis.label)}
          </text>`)}
      </g>`;
  }

  /** Ring values go over the series (with a halo), so no line crosses them. */
  #renderRingLabels(layout: RadarLayout, lang: Lang): SVGTemplateResult {
    return svg`<g class="labels" aria-hidden="true">
      ${layout.rings.map((ring) => ring.label
        ? svg`<text class="ring-label" x=${ring.label.x} y=${ring.label.y} text-anchor="middle">${formatNumber(ring.value, lang)}</text>`
        : nothing)}
    </g>`;
  }

  #renderBarsGrid(layout: RadarBarsLayout, lang: Lang): SVGTemplateResult {
    return svg`
      <g class="grid" part="grid" aria-hidden="true">
        ${layout.grid.map((g) => svg`<line class="ring" x1=${g.x} y1=${g.y1} x2=${g.x} y2=${g.y2}></line>`)}
      </g>
      <g class="labels bars" aria-hidden="true">
        ${layout.grid.map((g) => svg`<text class="ring-label" x=${g.x} y=${g.textY} text-anchor=${g.anchor}>${formatNumber(g.value, lang)}</text>`)}
        ${layout.labels.map((label) => svg`
          <text part="axis" class="axis-label" x=${label.x} y=${label.y}>
            ${labelLines(label)}
          </text>`)}
      </g>`;
  }

  #renderSeries(
    s: RadarSeries | RadarBarsSeries, data: ChartSeries, layout: RadarLayout | RadarBarsLayout, categories: readonly { label: string }[],
    lang: Lang, t: Messages, c: RadarMessages,
  ): SVGTemplateResult {
    const cells = [
      ...s.points.map((p) => ({ c: p.categoryIndex, x: p.x, y: p.y, missing: false })),
      ...s.missing.map((m) => ({ c: m.categoryIndex, x: m.x, y: m.y, missing: true })),
    ].sort((a, b) => a.c - b.c);
    const shapes = 'bars' in s
      ? svg`${s.bars.map((bar) => svg`<rect part="bar" class="bar" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height}></rect>
          <text class="bar-value" x=${bar.text.x} y=${bar.text.y} aria-hidden="true">${formatNumber(data.values[bar.categoryIndex]!, lang)}</text>`)}
        ${s.missingText.map((m) => svg`<text class="np-text" x=${m.x} y=${m.y} aria-hidden="true">${t.notPublished}</text>`)}`
      : s.segments.map((d) => svg`<path class=${s.filled ? 'outline filled' : 'outline'} d=${d} stroke-dasharray=${s.dash || nothing} aria-hidden="true"></path>`);
    return svg`
      <g class="series series-${s.index + 1}" part="series">
        ${shapes}
        ${cells.map((cell) => {
          const active = this.#tips.active.s === s.index && this.#tips.active.c === cell.c;
          return svg`<g
            class=${cell.missing ? 'point missing' : 'point'}
            data-s=${s.index}
            data-c=${cell.c}
            transform="translate(${cell.x} ${cell.y})"
            role="img"
            tabindex=${active ? 0 : -1}
            aria-label=${c.pointLabel(categories[cell.c]!.label, s.label, valueText(data, cell.c, lang, t))}
            @focus=${() => this.#tips.show({ s: s.index, c: cell.c }, true)}
            @blur=${() => this.#tips.hide()}
            @pointerenter=${() => this.#tips.show({ s: s.index, c: cell.c }, false)}
            @pointerleave=${this.#tips.onPointerLeave}
            @keydown=${this.#onPointKeydown}
          >
            <circle class="hit" r=${Math.max(10, layout.fontSize)}></circle>
            <path part="marker" class="marker" d=${s.marker}></path>
            ${cell.missing ? svg`<line class="slash" x1="-5" y1="5" x2="5" y2="-5"></line>` : nothing}
          </g>`;
        })}
      </g>`;
  }

  #renderTooltip(
    layout: RadarLayout | RadarBarsLayout, cell: Cell, series: readonly ChartSeries[], categories: readonly { label: string }[], lang: Lang, t: Messages,
  ): SVGTemplateResult | typeof nothing {
    const s = layout.series[cell.s];
    const data = series[cell.s];
    if (!s || !data) return nothing;
    const at = s.points.find((p) => p.categoryIndex === cell.c) ?? s.missing.find((m) => m.categoryIndex === cell.c);
    if (!at) return nothing;
    const lines = [categories[cell.c]!.label, s.label, valueText(data, cell.c, lang, t)];
    const box = tooltipBox(layout, at, lines, estimatedMeasure(layout.fontSize), radarTooltipSide(layout, at));
    return this.#tips.tooltip(box, lines);
  }

  #renderTable(
    title: string, categories: readonly { label: string }[], series: readonly ChartSeries[], lang: Lang, t: Messages, c: RadarMessages,
  ): TemplateResult {
    return html`<table part="table">
      <caption>${c.tableCaption(title)}</caption>
      <thead>
        <tr>
          <th scope="col">${c.category}</th>
          ${series.map((s) => html`<th scope="col">${s.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${categories.map((category, i) => html`<tr>
          <th scope="row">${category.label}</th>
          ${series.map((s) => {
            const value = s.values[i];
            const note = s.notes[i];
            return html`<td class=${value === null ? 'np' : 'num'}>
              ${value == null ? note ?? t.notPublished : formatNumber(value, lang)}${value != null && note ? html` <span class="note">${note}</span>` : nothing}
            </td>`;
          })}
        </tr>`)}
      </tbody>
    </table>`;
  }

  #onPointKeydown(event: KeyboardEvent): void {
    const layout = this.#lastLayout;
    if (event.key === 'Escape') this.#tips.hide();
    if (!layout) return;
    const n = layout.form === 'radar' ? layout.axes.length : layout.labels.length;
    const m = layout.series.length;
    const { s, c } = this.#tips.active;
    // Left and right go round the categories, up and down round the series; Home and End to the first and last category.
    const next = ({
      ArrowRight: { s, c: (c + 1) % n },
      ArrowLeft: { s, c: (c - 1 + n) % n },
      ArrowDown: { s: (s + 1) % m, c },
      ArrowUp: { s: (s - 1 + m) % m, c },
      Home: { s, c: 0 },
      End: { s, c: n - 1 },
    } as Partial<Record<string, Cell>>)[event.key];
    if (!next) return;
    event.preventDefault();
    this.#tips.moveTo(next, `.point[data-s="${next.s}"][data-c="${next.c}"]`);
  }
}

/** A point's value as read out and shown in its tooltip: the number and its note, or why there is none ("not published"). */
function valueText(data: ChartSeries, i: number, lang: Lang, t: Messages): string {
  const value = data.values[i];
  const note = data.notes[i];
  if (value == null) return note ?? t.notPublished;
  return note ? `${formatNumber(value, lang)} ${note}` : formatNumber(value, lang);
}

function legendSwatch(s: { readonly index: number; readonly dash: string }): TemplateResult {
  return html`<svg class="swatch" width="36" height="14" viewBox="0 0 36 14" aria-hidden="true">
    <line class="outline" x1="2" y1="7" x2="34" y2="7" stroke-dasharray=${s.dash || nothing}></line>
    <path class="marker" transform="translate(18 7)" d=${markerPath(s.index, 40)}></path>
  </svg>`;
}

function missingSwatch(): TemplateResult {
  return html`<svg class="swatch" width="36" height="14" viewBox="0 0 36 14" aria-hidden="true">
    <g transform="translate(18 7)">
      <path class="marker" d=${markerPath(0, 40)}></path>
      <line class="slash" x1="-5" y1="5" x2="5" y2="-5"></line>
    </g>
  </svg>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'eindex-radar': EIndexRadar;
  }
}
