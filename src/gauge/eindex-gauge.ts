import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { chartStyles } from '../internal/chart-styles.js';
import { imageDownloadControl } from '../internal/image-export.js';
import { labelLines } from '../internal/svg-lines.js';
import { EIndexElement, type ReadyContext } from '../internal/base-element.js';
import { ReserveController, WidthController } from '../internal/width-controller.js';
import { entityLevel, findEntity, levelForValue } from '../data/query.js';
import type { Lang, Level, Scale } from '../data/types.js';
import { DEFAULT_SCALE } from '../data/validate.js';
import { gaugeMessagesFor, type GaugeMessages } from '../i18n/gauge-messages.js';
import { formatNumber } from '../i18n/format.js';
import { levelNameOf as levelName, localText } from '../i18n/lang.js';
import type { Messages } from '../i18n/messages.js';
import { gaugeLayout } from '../layout/gauge.js';
import { estimatedMeasure } from '../layout/text-wrap.js';
import { gaugeStyles } from './eindex-gauge.styles.js';
import { unknownEntity, type AttributeProblem } from '../internal/notice.js';

const FALLBACK_WIDTH = 320;
/**
 * Room for the caption above and the average note below, in em: up to two lines each. An
 * upper bound (measured: 1.7–4.9 em), kept as the minimum height, so nothing shifts on load.
 */
const AROUND_GAUGE_EM = 5.5;

interface GaugeView {
  readonly name: string;
  readonly scale: Scale;
  readonly value: number | null;
  readonly level?: Level | undefined;
  readonly levels: readonly Level[];
  readonly average?: number | undefined;
  readonly averageCount?: number | undefined;
  readonly caption?: string | undefined;
  /** Whether levels mean anything here: not for a bare `value` without a document. */
  readonly levelsKnown?: boolean;
}

/**
 * A maturity gauge: a half circle over the scale with a marker at the value, the maturity
 * level bands where the document publishes their thresholds (each threshold written at its
 * band edge), and the published average as a reference tick. A value beyond the scale is
 * drawn at the scale's end with a note naming it. It is a `role="meter"` with `aria-valuenow/min/max` and a spoken
 * `aria-valuetext` ("64,8 punkti no 100, 3. brieduma līmenis").
 *
 * Give it `value` alone (no data needed), or `entity` with a document (`src`, `.data` or
 * inline JSON). With both, `value` is shown on the document's scale and levels.
 *
 * @summary Maturity gauge of an E-index total.
 *
 * @fires {CustomEvent<EIndexLoadDetail>} eindex-load - The document loaded and the gauge shows an edition: `{ edition }`.
 * @fires {CustomEvent<EIndexErrorDetail>} eindex-error - The data or the configuration cannot be shown: `{ message, path? }`.
 *
 * @csspart figure - The gauge with its caption.
 * @csspart caption - The entity's name above the gauge.
 * @csspart meter - The element with `role="meter"`.
 * @csspart track - The half-circle track.
 * @csspart band - Each level band.
 * @csspart marker - The value marker.
 * @csspart average - The average tick and its label.
 * @csspart value - The value written under the gauge.
 * @csspart note - The note on the average, and on a value outside the scale.
 * @csspart download - The "Download image" group (SVG and PNG buttons), with `download`.
 * @csspart status - The loading, empty and error messages.
 * @csspart notice - A notice above the drawing: an attribute value that cannot be used, what is drawn instead, and the nearest valid value.
 *
 * @cssprop --eindex-level-1 - Colour of the level 1 band.
 * @cssprop --eindex-level-2 - Colour of the level 2 band.
 * @cssprop --eindex-level-3 - Colour of the level 3 band.
 * @cssprop --eindex-level-4 - Colour of the level 4 band.
 * @cssprop --eindex-level-5 - Colour of the level 5 band.
 * @cssprop --eindex-accent - The value arc when no bands are drawn.
 * @cssprop --eindex-grid - The track.
 * @cssprop --eindex-text - Text and marker colour.
 * @cssprop --eindex-background - Background colour.
 * @cssprop --eindex-error - Error messages.
 */
export class EIndexGauge extends EIndexElement {
  static override styles = [...EIndexElement.styles, chartStyles, gaugeStyles];

  static override properties: PropertyDeclarations = {
    entity: {},
    value: { type: Number },
    download: { type: Boolean },
  };

  /** Id of the entity whose total is shown; a later selection in the element named by `for` takes over. */
  entity = '';

  /** A value to show without a document (or instead of the entity's total). */
  value?: number;

  /** Show "Download image" (SVG, PNG): the gauge with its title, edition and source, standalone. */
  download = false;

  readonly #size = new WidthController(this, FALLBACK_WIDTH);
  readonly #reserve = new ReserveController(this);

  get #hasValue(): boolean {
    return typeof this.value === 'number' && Number.isFinite(this.value);
  }

  protected override needsDocument(): boolean {
    return !this.#hasValue;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The gauge's height depends on its width only: reserve it for the loading state.
    this.#reserve.set(gaugeLayout({ scale: DEFAULT_SCALE, value: null, levels: [], width: this.#size.width }).height, AROUND_GAUGE_EM);
  }

  /** An unknown `entity` leaves nothing to draw, unless a `value` is given. */
  protected override configProblem({ edition }: ReadyContext): AttributeProblem | undefined {
    return this.entity && !this.#hasValue && !findEntity(edition, this.entity) ? unknownEntity('entity', this.entity, edition) : undefined;
  }

  protected override attributeNotices({ edition }: ReadyContext): readonly AttributeProblem[] {
    const notices = [...this.#valueNotices()];
    if (this.entity && this.#hasValue && !findEntity(edition, this.entity)) notices.push(unknownEntity('entity', this.entity, edition, 'left-out'));
    return notices;
  }

  /** A `value` that is no number: without a document the gauge says so above "no data" instead of staying silent. */
  protected override idleNotices(): readonly AttributeProblem[] {
    return this.#valueNotices();
  }

  /** "abc" reads as NaN: the entity's total is drawn instead, or nothing without a document. */
  #valueNotices(): AttributeProblem[] {
    const written = this.getAttribute('value');
    return written?.trim() && !this.#hasValue ? [{ attribute: 'value', value: written, reason: 'number', outcome: 'left-out' }] : [];
  }

  protected override renderStandalone(lang: Lang, t: Messages): TemplateResult {
    return this.#renderGauge({
      name: gaugeMessagesFor(lang).gaugeStandaloneLabel, scale: DEFAULT_SCALE, value: this.value ?? null, levels: [],
    }, lang, t);
  }

  protected override renderReady({ doc, edition, lang, t }: ReadyContext): TemplateResult {
    const c = gaugeMessagesFor(lang);
    const id = this.linkedEntity ?? (this.entity || undefined);
    const entity = id ? findEntity(edition, id) : undefined;
    if (!this.#hasValue && !entity) {
      const message = id ? c.entityMissing(id, edition.year) : c.chooseEntity;
      return this.renderEmpty(message);
    }
    const name = entity ? localText(entity.name, lang) : c.gaugeStandaloneLabel;
    const value = this.#hasValue ? this.value! : entity!.total;
    return this.#renderGauge({
      name: c.gaugeLabel(name, edition.year),
      scale: doc.scale,
      value,
      level: this.#hasValue || !entity ? levelForValue(doc, value) : entityLevel(doc, entity),
      levels: doc.levels,
      average: edition.summary?.average,
      averageCount: edition.summary?.entities,
      caption: entity ? `${name}, ${edition.year}` : undefined,
      levelsKnown: true,
    }, lang, t, this.download
      ? imageDownloadControl(this, '.meter > svg', { doc, lang, subtitle: `${name}, ${edition.year}`, file: ['gauge', entity?.id, edition.year] }, c)
      : nothing);
  }

  #renderGauge(view: GaugeView, lang: Lang, t: Messages, download: TemplateResult | typeof nothing = nothing): TemplateResult {
    const c = gaugeMessagesFor(lang);
    const fmt = (n: number) => formatNumber(n, lang);
    const levelName = levelNameOf(view, lang, t, c);
    const layout = gaugeLayout({
      scale: view.scale,
      value: view.value,
      // The short label defaults to the level number.
      levels: view.levels.map((l) => ({ level: l.level, min: l.min, label: c.bandLabel(l.level) })),
      average: view.average,
      averageLabel: view.average === undefined ? undefined : c.averageTick(fmt(view.average)),
      caption: view.value === null ? undefined : levelName,
      emptyText: t.notPublished,
      width: this.#size.width,
      measure: estimatedMeasure(12),
    });
    const { min, max } = view.scale;
    // Drawn at the scale's end (the layout clamps it), and said in words under the gauge.
    const outOfScale = view.value === null ? undefined
      : view.value > max ? c.aboveScale(fmt(view.value), fmt(max))
        : view.value < min ? c.belowScale(fmt(view.value), fmt(min)) : undefined;
    const drawing = svg`
      <path part="track" class="track" d=${layout.track}></path>
      ${layout.bands.map((band) => svg`<g part="band" class="band level-${Math.min(Math.max(band.level, 1), 5)}">
        <path d=${band.path}></path>
        ${band.label ? svg`<text x=${band.label.x} y=${band.label.y} text-anchor=${band.label.anchor}>${band.label.text}</text>` : nothing}
      </g>`)}
      ${layout.valueArc ? svg`<path class="value-arc" d=${layout.valueArc}></path>` : nothing}
      ${layout.averageTick
        ? svg`<g part="average" class="average">
            <line x1=${layout.averageTick.x1} y1=${layout.averageTick.y1} x2=${layout.averageTick.x2} y2=${layout.averageTick.y2}></line>
            ${layout.averageTick.label
              ? svg`<text x=${layout.averageTick.label.x} y=${layout.averageTick.label.y} text-anchor=${layout.averageTick.label.anchor}>${layout.averageTick.label.text}</text>`
              : nothing}
          </g>`
        : nothing}
      ${layout.marker
        ? svg`<g part="marker" class="marker">
            <line class="halo" x1=${layout.marker.x1} y1=${layout.marker.y1} x2=${layout.marker.x2} y2=${layout.marker.y2}></line>
            <line x1=${layout.marker.x1} y1=${layout.marker.y1} x2=${layout.marker.x2} y2=${layout.marker.y2}></line>
          </g>`
        : nothing}
      ${layout.ticks.map((tick) => svg`<text class="tick" x=${tick.x} y=${tick.y} text-anchor=${tick.anchor}>${fmt(tick.value)}</text>`)}
      ${view.value === null
        ? svg`<text part="value" class="value np" x=${layout.valueText.x} y=${layout.valueText.y} text-anchor="middle">${t.notPublished}</text>`
        : svg`<text part="value" class="value" x=${layout.valueText.x} y=${layout.valueText.y} text-anchor="middle" font-size=${layout.valueText.fontSize}>${fmt(view.value)}</text>
            ${layout.caption.lines.length
              ? svg`<text class="level-name" x=${layout.caption.x} y=${layout.caption.y} text-anchor="middle">${labelLines(layout.caption)}</text>`
              : nothing}`}
    `;
    const svgElement = html`<svg width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}" font-size=${layout.fontSize} aria-hidden="true">${drawing}</svg>`;
    return html`<figure part="figure">
      ${view.caption ? html`<figcaption part="caption">${view.caption}</figcaption>` : nothing}
      ${view.value === null
        ? html`<div part="meter" class="meter" role="img" aria-label="${view.name}: ${t.notPublished}">${svgElement}</div>`
        : html`<div
            part="meter"
            class="meter"
            role="meter"
            aria-label=${view.name}
            aria-valuenow=${Math.min(max, Math.max(min, view.value))}
            aria-valuemin=${min}
            aria-valuemax=${max}
            aria-valuetext=${levelName ? `${c.points(fmt(view.value), fmt(view.scale.max))}, ${levelName}` : c.points(fmt(view.value), fmt(view.scale.max))}
          >${svgElement}</div>`}
      ${outOfScale ? html`<p part="note" class="note out-of-scale">${outOfScale}</p>` : nothing}
      ${view.average !== undefined
        ? html`<p part="note" class="note">${c.publishedAverage(fmt(view.average), view.averageCount)}</p>`
        : nothing}
      ${download}
    </figure>`;
  }
}

/** The level's name as written under the value and spoken in `aria-valuetext` ('' where levels mean nothing). */
function levelNameOf(view: GaugeView, lang: Lang, t: Messages, c: GaugeMessages): string {
  return view.level ? levelName(view.level, lang, t.level) : view.levelsKnown ? c.levelUnknown : '';
}

declare global {
  interface HTMLElementTagNameMap {
    'eindex-gauge': EIndexGauge;
  }
}
