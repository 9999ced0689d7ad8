import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { chartStyles } from '../internal/chart-styles.js';
import { imageDownloadControl } from '../internal/image-export.js';
import { figureStyles, pointStyles } from '../internal/figure-styles.js';
import { EIndexElement, type ReadyContext } from '../internal/base-element.js';
import { ReserveController, WidthController } from '../internal/width-controller.js';
import { PointTipsController } from '../internal/controllers/point-tips.js';
import { TableToggleController } from '../internal/controllers/table-toggle.js';
import { latestEntity, tokensOf } from '../data/query.js';
import { DEFAULT_SCALE } from '../data/validate.js';
import { trendMessagesFor, type TrendMessages } from '../i18n/trend-messages.js';
import { formatNumber, yearSpan } from '../i18n/format.js';
import { markerPath } from '../layout/radar.js';
import { estimatedMeasure } from '../layout/text-wrap.js';
import { trendLayout, trendTooltipSide, type TrendLayout } from '../layout/trend.js';
import { tooltipBox } from '../layout/tooltip.js';
import { checkTrendOptions, measureOf, TREND_DEFAULT_WIDTH, trendFontSize, trendSeries, trendView, type TrendSeriesData } from './trend-series.js';
import type { AttributeProblem } from '../internal/notice.js';
import { trendStyles } from './eindex-trend.styles.js';

/** Caption (two lines), legend (up to four entries), notes and the table button, in em: an upper bound kept as the minimum height. */
const AROUND_CHART_EM = 9;

interface Cell { readonly s: number; readonly p: number }

/**
 * An entity's E-index across editions: one point per edition that publishes the value, a
 * gap where one does not (never a 0, never a solid line across it: a dotted bridge says
 * "not published between"). Years are bands in document order; `measure="rank"` draws
 * places with 1 at the top. Every point can be focused: ← → move along a series, ↑ ↓
 * between series, and a tooltip says series, year and value. The same data is always in a
 * table (year × series) for assistive technology; "Table" shows it.
 *
 * @summary Line chart of an entity's E-index across editions.
 *
 * @fires {CustomEvent<EIndexLoadDetail>} eindex-load - The document loaded and the chart is drawn: `{ edition }` (the latest).
 * @fires {CustomEvent<EIndexErrorDetail>} eindex-error - The data or the configuration cannot be shown: `{ message, path? }`.
 *
 * @csspart figure - The chart with its caption, legend and table.
 * @csspart caption - The caption above the chart.
 * @csspart chart - The `<svg>` drawing.
 * @csspart grid - The value grid lines and their labels.
 * @csspart axis - The year labels.
 * @csspart series - Each series (line and points).
 * @csspart point - Each published value's point (focusable).
 * @csspart bridge - A dotted line over unpublished editions.
 * @csspart tooltip - The tooltip.
 * @csspart legend - The legend list.
 * @csspart note - Notes under the chart (places within the file, averages left out).
 * @csspart notice - A notice above the drawing: an attribute value that cannot be used, what is drawn instead, and the nearest valid value.
 * @csspart table-toggle - The "Table" button.
 * @csspart table - The data table.
 * @csspart download - The "Download image" group (SVG and PNG buttons), with `download`.
 * @csspart status - The loading, empty and error messages.
 *
 * @cssprop --eindex-series-1 - Colour of the first series.
 * @cssprop --eindex-series-2 - Colour of the second series.
 * @cssprop --eindex-series-3 - Colour of the third series.
 * @cssprop --eindex-series-4 - Colour of the fourth series.
 * @cssprop --eindex-grid - Grid lines.
 * @cssprop --eindex-text - Text colour.
 * @cssprop --eindex-background - Background colour.
 */
export class EIndexTrend extends EIndexElement {
  static override styles = [...EIndexElement.styles, chartStyles, figureStyles, pointStyles, trendStyles];

  static override properties: PropertyDeclarations = {
    entity: {},
    compare: {},
    measure: {},
    download: { type: Boolean },
  };

  /** Id of the entity shown first; a later selection in the element named by `for` takes over. */
  entity = '';

  /** Space-separated entity ids and keywords `average`, `group-average`. */
  compare = '';

  /** `total` (default), `rank` (places, 1 at the top) or a category id. */
  measure = 'total';

  /** Show "Download image" (SVG, PNG): the series with their legend, title, editions and source, standalone. */
  download = false;

  readonly #size = new WidthController(this, TREND_DEFAULT_WIDTH);
  readonly #reserve = new ReserveController(this);
  readonly #table = new TableToggleController(this);
  /** Points by series and point index. */
  readonly #tips = new PointTipsController<Cell>(this, { s: 0, p: 0 });
  #lastLayout: TrendLayout | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const keys = changed as Map<PropertyKey, unknown>;
    if (['linkedEntity', 'entity', 'compare', 'measure', 'data', 'src'].some((key) => keys.has(key))) this.#tips.reset();
    const width = this.#size.width;
    const fontSize = trendFontSize(width);
    const placeholder = trendLayout({
      years: [], series: [], domain: [DEFAULT_SCALE.min, DEFAULT_SCALE.max], width, fontSize,
      measure: estimatedMeasure(fontSize), format: (n) => formatNumber(n, this.language),
    });
    this.#reserve.set(placeholder.height, AROUND_CHART_EM);
  }

  protected override configProblem({ doc }: ReadyContext): AttributeProblem | undefined {
    return checkTrendOptions(doc, this.entity, tokensOf(this.compare), this.measure).error;
  }

  protected override attributeNotices({ doc }: ReadyContext): readonly AttributeProblem[] {
    return checkTrendOptions(doc, this.entity, tokensOf(this.compare), this.measure).notices;
  }

  protected override renderReady({ doc, lang, t }: ReadyContext): TemplateResult {
    const c = trendMessagesFor(lang);
    const primaryId = this.linkedEntity ?? (this.entity || undefined);
    const measure = measureOf(doc, this.measure) ?? 'total';
    const plan = trendSeries(doc, primaryId, tokensOf(this.compare), measure, lang, c);
    if (plan.series.length === 0 || (primaryId && !latestEntity(doc, primaryId))) {
      return this.renderEmpty(primaryId ? c.entityUnknown(primaryId) : c.chooseEntity);
    }
    const { layout, title, years, valueText } = trendView(doc, plan, primaryId, measure, this.#size.width, lang, t, c);
    this.#lastLayout = layout;
    const fontSize = layout.fontSize;
    // The tab stop stays on a drawn point: a series with no published value has none.
    const tips = this.#tips;
    if (!layout.series[tips.active.s]?.points[tips.active.p]) {
      const first = layout.series.find((s) => s.points.length > 0);
      tips.active = { s: first?.index ?? 0, p: 0 };
    }
    const anyBridge = layout.series.some((s) => s.bridges.length > 0);
    return html`
      <figure part="figure">
        <figcaption part="caption">${title}</figcaption>
        <svg part="chart" role="group" aria-label=${c.chartLabel(title)} width=${layout.width} height=${layout.height}
          viewBox="0 0 ${layout.width} ${layout.height}" font-size=${layout.fontSize}>
          ${this.#renderAxes(layout)}
          ${layout.series.map((s) => svg`<g class="series series-${s.index + 1}" part="series">
            ${s.bridges.map((d) => svg`<path part="bridge" class="bridge" d=${d} aria-hidden="true"></path>`)}
            ${s.segments.map((d) => svg`<path class="line" d=${d} aria-hidden="true"></path>`)}
            ${s.points.map((point, p) => svg`<g part="point" class="point" data-s=${s.index} data-p=${p}
              transform="translate(${point.x} ${point.y})" role="img"
              tabindex=${tips.active.s === s.index && tips.active.p === p ? 0 : -1}
              aria-label=${c.pointLabel(s.label, layout.years[point.yearIndex]!.year, valueText(plan.series[s.index]!, point.yearIndex))}
              @focus=${() => tips.show({ s: s.index, p }, true)}
              @blur=${() => tips.hide()}
              @pointerenter=${() => tips.show({ s: s.index, p }, false)}
              @pointerleave=${tips.onPointerLeave}
              @keydown=${this.#onPointKeydown}>
              <circle class="hit" r=${Math.max(10, fontSize)}></circle>
              <path class="marker" d=${s.marker}></path>
            </g>`)}
          </g>`)}
          ${tips.tip ? this.#renderTooltip(layout, tips.tip, plan.series, valueText) : nothing}
        </svg>
        <ul class="legend" part="legend" aria-label=${c.legend}>
          ${layout.series.map((s) => html`<li class="series-${s.index + 1}">${swatch(s.index, false)}<span>${s.label}</span></li>`)}
          ${anyBridge ? html`<li class="np">${swatch(0, true)}<span>${c.bridge}</span></li>` : nothing}
        </ul>
        ${plan.notes.map((note) => html`<p class="note" part="note">${note}</p>`)}
        ${this.#table.button(c)}
        ${this.download
          ? imageDownloadControl(this, 'svg[part="chart"]', {
            doc, lang, subtitle: `${title}, ${yearSpan(years)}`, file: ['trend', primaryId, yearSpan(years, '-')],
          }, c)
          : nothing}
        ${this.#table.region(title, this.#renderTable(title, years, plan.series, valueText, c))}
      </figure>`;
  }

  #renderAxes(layout: TrendLayout): SVGTemplateResult {
    const { plot } = layout;
    return svg`<g class="grid" part="grid" aria-hidden="true">
        ${layout.yTicks.map((tick) => svg`<line class="gridline" x1=${plot.left} x2=${plot.right} y1=${tick.y} y2=${tick.y}></line>
          <text class="tick" x=${plot.left - 6} y=${tick.y} dy="0.32em" text-anchor="end">${tick.text}</text>`)}
      </g>
      <g class="years" part="axis" aria-hidden="true">
        ${layout.years.filter((y) => y.shown).map((y) => svg`<text x=${y.x} y=${layout.yearLabelY} text-anchor="middle">${y.year}</text>`)}
      </g>`;
  }

  #renderTooltip(
    layout: TrendLayout, cell: Cell, series: readonly TrendSeriesData[], valueText: (data: TrendSeriesData, i: number) => string,
  ): SVGTemplateResult | typeof nothing {
    const s = layout.series[cell.s];
    const point = s?.points[cell.p];
    const data = series[cell.s];
    if (!s || !point || !data) return nothing;
    const lines = [`${layout.years[point.yearIndex]!.year}`, s.label, valueText(data, point.yearIndex)];
    return this.#tips.tooltip(tooltipBox(layout, point, lines, estimatedMeasure(layout.fontSize), trendTooltipSide(layout, point)), lines);
  }

  #renderTable(
    title: string, years: readonly number[], series: readonly TrendSeriesData[],
    valueText: (data: TrendSeriesData, i: number) => string, c: TrendMessages,
  ): TemplateResult {
    return html`<table part="table">
      <caption>${title}</caption>
      <thead><tr><th scope="col">${c.year}</th>${series.map((s) => html`<th scope="col">${s.label}</th>`)}</tr></thead>
      <tbody>
        ${years.map((year, i) => html`<tr>
          <th scope="row">${year}</th>
          ${series.map((s) => html`<td class=${s.values[i] === null ? 'np' : 'num'}>${valueText(s, i)}</td>`)}
        </tr>`)}
      </tbody>
    </table>`;
  }

  #onPointKeydown(event: KeyboardEvent): void {
    const layout = this.#lastLayout;
    if (!layout) return;
    const { s, p } = this.#tips.active;
    const points = layout.series[s]?.points ?? [];
    // Up and down move to the other series' point of the nearest edition.
    const nearest = (target: number): Cell => {
      const others = layout.series[target]!.points;
      const year = points[p]?.yearIndex ?? 0;
      let best = 0;
      others.forEach((point, i) => {
        if (Math.abs(point.yearIndex - year) < Math.abs(others[best]!.yearIndex - year)) best = i;
      });
      return { s: target, p: best };
    };
    const m = layout.series.length;
    let next: Cell | undefined;
    switch (event.key) {
      case 'ArrowRight': next = { s, p: Math.min(p + 1, points.length - 1) }; break;
      case 'ArrowLeft': next = { s, p: Math.max(p - 1, 0) }; break;
      case 'Home': next = { s, p: 0 }; break;
      case 'End': next = { s, p: points.length - 1 }; break;
      case 'ArrowDown':
      case 'ArrowUp': {
        for (let k = 1; k < m && !next; k += 1) {
          const target = (s + (event.key === 'ArrowDown' ? k : m - k)) % m;
          if (layout.series[target]!.points.length > 0) next = nearest(target);
        }
        if (!next) return;
        break;
      }
      case 'Escape':
        this.#tips.hide();
        return;
      default:
        return;
    }
    event.preventDefault();
    this.#tips.moveTo(next, `.point[data-s="${next.s}"][data-p="${next.p}"]`);
  }
}

function swatch(index: number, bridge: boolean): TemplateResult {
  return html`<svg class="swatch" width="36" height="14" viewBox="0 0 36 14" aria-hidden="true">
    <line class=${bridge ? 'bridge' : 'line'} x1="2" y1="7" x2="34" y2="7"></line>
    ${bridge ? nothing : html`<path class="marker" transform="translate(18 7)" d=${markerPath(index, 40)}></path>`}
  </svg>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'eindex-trend': EIndexTrend;
  }
}
