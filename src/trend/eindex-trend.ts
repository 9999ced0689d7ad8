import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { chartStyles } from '../internal/chart-styles.js';
import { figureStyles, pointStyles } from '../internal/figure-styles.js';
import { EIndexElement, type ReadyContext } from '../internal/base-element.js';
import { ReserveController, WidthController } from '../internal/width-controller.js';
import { latestEntity, tokensOf } from '../data/query.js';
import { DEFAULT_SCALE } from '../data/validate.js';
import { trendMessagesFor, type TrendMessages } from '../i18n/trend-messages.js';
import { formatNumber } from '../i18n/format.js';
import { markerPath } from '../layout/radar.js';
import { estimatedMeasure } from '../layout/text-wrap.js';
import { trendLayout, type TrendLayout } from '../layout/trend.js';
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
    tableShown: { state: true },
    active: { state: true },
    tip: { state: true },
  };

  /** Id of the entity shown first; a later selection in the element named by `for` takes over. */
  entity = '';

  /** Space-separated entity ids and keywords `average`, `group-average`. */
  compare = '';

  /** `total` (default), `rank` (places, 1 at the top) or a category id. */
  measure = 'total';

  private tableShown = false;
  /** The point holding the chart's single tab stop (roving tabindex): series and point index. */
  private active: Cell = { s: 0, p: 0 };
  private tip: Cell | undefined;

  readonly #size = new WidthController(this);
  readonly #reserve = new ReserveController(this);
  #lastLayout: TrendLayout | undefined;

  get #width(): number {
    return this.#size.width || TREND_DEFAULT_WIDTH;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const keys = changed as Map<PropertyKey, unknown>;
    if (['linkedEntity', 'entity', 'compare', 'measure', 'data', 'src'].some((key) => keys.has(key))) {
      this.active = { s: 0, p: 0 };
      this.tip = undefined;
    }
    const width = this.#width;
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
    const { layout, title, years, valueText } = trendView(doc, plan, primaryId, measure, this.#width, lang, t, c);
    this.#lastLayout = layout;
    const fontSize = layout.fontSize;
    // The tab stop stays on a drawn point: a series with no published value has none.
    if (!layout.series[this.active.s]?.points[this.active.p]) {
      const first = layout.series.find((s) => s.points.length > 0);
      this.active = { s: first?.index ?? 0, p: 0 };
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
              tabindex=${this.active.s === s.index && this.active.p === p ? 0 : -1}
              aria-label=${c.pointLabel(s.label, layout.years[point.yearIndex]!.year, valueText(plan.series[s.index]!, point.yearIndex))}
              @focus=${() => this.#showTip({ s: s.index, p }, true)}
              @blur=${() => (this.tip = undefined)}
              @pointerenter=${() => this.#showTip({ s: s.index, p }, false)}
              @pointerleave=${this.#onPointerLeave}
              @keydown=${this.#onPointKeydown}>
              <circle class="hit" r=${Math.max(10, fontSize)}></circle>
              <path class="marker" d=${s.marker}></path>
            </g>`)}
          </g>`)}
          ${this.tip ? this.#renderTooltip(layout, this.tip, plan.series, valueText) : nothing}
        </svg>
        <ul class="legend" part="legend" aria-label=${c.legend}>
          ${layout.series.map((s) => html`<li class="series-${s.index + 1}">${swatch(s.index, false)}<span>${s.label}</span></li>`)}
          ${anyBridge ? html`<li class="np">${swatch(0, true)}<span>${c.bridge}</span></li>` : nothing}
        </ul>
        ${plan.notes.map((note) => html`<p class="note" part="note">${note}</p>`)}
        <button class="control" part="table-toggle" type="button" aria-expanded=${this.tableShown ? 'true' : 'false'}
          aria-controls="data" @click=${() => (this.tableShown = !this.tableShown)}
        >${this.tableShown ? c.hideTable : c.showTable}</button>
        <div id="data" class=${this.tableShown ? 'data shown' : 'data visually-hidden'}
          role=${this.tableShown ? 'region' : nothing} aria-label=${this.tableShown ? title : nothing}
          tabindex=${this.tableShown ? 0 : nothing}>
          ${this.#renderTable(title, years, plan.series, valueText, c)}
        </div>
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
    const fontSize = layout.fontSize;
    const measure = estimatedMeasure(fontSize);
    const pad = 6;
    const lineHeight = fontSize * 1.3;
    const w = Math.min(layout.width, Math.max(...lines.map((line) => measure(line))) + 2 * pad);
    const h = lines.length * lineHeight + 2 * pad;
    // Beside the point, toward the middle of the plot, inside the drawing; 8 px away, inside the
    // point's hit circle, so the pointer can move onto it (WCAG 1.4.13).
    const right = point.x < (layout.plot.left + layout.plot.right) / 2;
    const x = Math.min(Math.max(0, right ? point.x + 8 : point.x - 8 - w), layout.width - w);
    const y = Math.min(Math.max(0, point.y - h / 2), layout.height - h);
    return svg`<g class="tooltip" part="tooltip" aria-hidden="true" transform="translate(${x} ${y})" @pointerleave=${this.#onPointerLeave}>
      <rect width=${w} height=${h} rx="4"></rect>
      <text>${lines.map((line, i) => svg`<tspan class=${i === 0 ? 'tip-heading' : ''} x=${pad} y=${pad + fontSize + i * lineHeight}>${line}</tspan>`)}</text>
    </g>`;
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

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#onDocumentKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onDocumentKeydown);
  }

  readonly #onPointerLeave = (event: PointerEvent): void => {
    const to = event.relatedTarget;
    if (to instanceof Element && to.closest('.tooltip, .point')) return;
    this.tip = undefined;
  };

  readonly #onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.tip) this.tip = undefined;
  };

  #showTip(cell: Cell, focused: boolean): void {
    this.tip = cell;
    if (focused) this.active = cell;
  }

  #onPointKeydown(event: KeyboardEvent): void {
    const layout = this.#lastLayout;
    if (!layout) return;
    const { s, p } = this.active;
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
        this.tip = undefined;
        return;
      default:
        return;
    }
    event.preventDefault();
    const target = next;
    this.active = target;
    this.tip = target;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<SVGGElement>(`.point[data-s="${target.s}"][data-p="${target.p}"]`)?.focus();
    });
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
