import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { chartStyles } from '../internal/chart-styles.js';
import { imageDownloadControl } from '../internal/image-export.js';
import { figureStyles } from '../internal/figure-styles.js';
import { EIndexElement, type ReadyContext } from '../internal/base-element.js';
import { ReserveController, WidthController } from '../internal/width-controller.js';
import { TableToggleController } from '../internal/controllers/table-toggle.js';
import { labelLines } from '../internal/svg-lines.js';
import { yearSpan } from '../i18n/format.js';
import { localText } from '../i18n/lang.js';
import { findEntity } from '../data/query.js';
import type { EIndexDocument, Edition } from '../data/types.js';
import { levelsMessagesFor, type LevelsMessages } from '../i18n/levels-messages.js';
import { levelsLayout } from '../layout/levels.js';
import { estimatedMeasure } from '../layout/text-wrap.js';
import { checkLevelsOptions, LEVELS_DEFAULT_WIDTH, levelsView, type LevelsView } from './levels-data.js';
import { levelsStyles } from './eindex-levels.styles.js';
import type { AttributeProblem } from '../internal/notice.js';

/** Caption, legend and table button, in em: an upper bound kept as the minimum height. */
const AROUND_CHART_EM = 6;

/**
 * How many entities reached each maturity level: a 100 % stacked bar per edition, each
 * segment's count and share written on it or, when it is too small, beside it. Counts are
 * the edition's published `summary.levels` where there are some ("as published, 115
 * assessed"), else counted from the file's entities with a known level ("counted from the
 * 10 entities in this file"); the row heading says which. `entity` marks where that entity
 * stands. The same figures are always in a table; "Table" shows it.
 *
 * @summary 100 % stacked bars of entities per maturity level.
 *
 * @fires {CustomEvent<EIndexLoadDetail>} eindex-load - The document loaded and the chart is drawn: `{ edition }`.
 * @fires {CustomEvent<EIndexErrorDetail>} eindex-error - The data or the configuration cannot be shown: `{ message, path? }`.
 *
 * @csspart figure - The chart with its caption, legend and table.
 * @csspart caption - The caption above the chart.
 * @csspart chart - The `<svg>` drawing.
 * @csspart bar - Each edition's stacked bar.
 * @csspart segment - Each level's segment.
 * @csspart marker - The entity's mark.
 * @csspart legend - The level names.
 * @csspart table-toggle - The "Table" button.
 * @csspart table - The data table.
 * @csspart download - The "Download image" group (SVG and PNG buttons), with `download`.
 * @csspart notice - A notice above the drawing: an attribute value that cannot be used, what is drawn instead, and the nearest valid value.
 * @csspart status - The loading, empty and error messages.
 *
 * @cssprop --eindex-level-1 - Colour of level 1, shared with the gauge and the ranking.
 * @cssprop --eindex-level-2 - Colour of level 2, shared with the gauge and the ranking.
 * @cssprop --eindex-level-3 - Colour of level 3, shared with the gauge and the ranking.
 * @cssprop --eindex-level-4 - Colour of level 4, shared with the gauge and the ranking.
 * @cssprop --eindex-level-5 - Colour of level 5, shared with the gauge and the ranking.
 * @cssprop --eindex-text - Text colour.
 * @cssprop --eindex-background - Background colour.
 */
export class EIndexLevels extends EIndexElement {
  static override styles = [...EIndexElement.styles, chartStyles, figureStyles, levelsStyles];

  static override properties: PropertyDeclarations = {
    editions: {},
    group: {},
    entity: {},
    download: { type: Boolean },
  };

  /** `all` draws one bar per edition; else only the `edition` (default the latest). */
  editions = '';

  /** Space-separated group ids; counts then come from the file's entities of those groups. */
  group = '';

  /** Id of an entity to mark in its level; a later selection in the element named by `for` takes over. */
  entity = '';

  /** Show "Download image" (SVG, PNG): the bars with their counts, shares and legend, title, editions and source, standalone. */
  download = false;

  readonly #size = new WidthController(this, LEVELS_DEFAULT_WIDTH);
  readonly #reserve = new ReserveController(this);
  readonly #table = new TableToggleController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const width = this.#size.width;
    const placeholder = levelsLayout({
      rows: [{ label: '2000', counts: [] }], width, fontSize: 13, measure: estimatedMeasure(13), label: () => '',
    });
    this.#reserve.set(placeholder.height, AROUND_CHART_EM);
  }

  /** Every attribute of the levels has a sensible default: a bad value is a notice, never an error. */
  protected override attributeNotices({ doc }: ReadyContext): readonly AttributeProblem[] {
    return checkLevelsOptions(doc, this);
  }

  protected override renderReady({ doc, edition, lang }: ReadyContext): TemplateResult {
    const c = levelsMessagesFor(lang);
    const editions: readonly Edition[] = this.editions === 'all' ? doc.editions : [edition];
    const entityId = this.linkedEntity ?? (this.entity || undefined);
    const view = levelsView(doc, editions, this.group, entityId, this.#size.width, lang, c);
    if (!view) return this.renderEmpty(c.noneInView);
    const { layout, title } = view;
    const years = editions.map((e) => e.year);
    // The picture names the entity it marks, as the latest edition shown names it.
    const marked = entityId ? editions.flatMap((e) => findEntity(e, entityId) ?? []).pop() : undefined;
    const swatch = layout.swatch;
    return html`
      <figure part="figure">
        <figcaption part="caption">${title}</figcaption>
        <svg part="chart" role="img" aria-label=${c.chartLabel(title)} width=${layout.width} height=${layout.height}
          viewBox="0 0 ${layout.width} ${layout.height}" font-size=${layout.fontSize}>
          ${layout.rows.map((row) => svg`<g part="bar" class="row">
            ${row.heading.map((line) => svg`<text class="heading" x=${line.x} y=${line.y}>${line.text}</text>`)}
            ${row.mark ? svg`<g part="marker" class="mark">
                ${row.mark.lines.map((line) => svg`<text x=${line.x} y=${line.y}>${line.text}</text>`)}
                <path d=${row.mark.path}></path>
              </g>` : nothing}
            ${row.empty
              ? svg`<rect class="empty-bar" x="0" y=${row.bar.y} width=${layout.width} height=${row.bar.height}></rect>
                <text class="np" x="8" y=${row.bar.y + row.bar.height / 2} dy="0.35em">${view.empty}</text>`
              : nothing}
            ${row.segments.map((s) => svg`<g part="segment" class="segment level-${Math.min(Math.max(s.level, 1), 5)}">
              <rect x=${s.x} y=${row.bar.y} width=${s.width} height=${row.bar.height}></rect>
              ${s.swatch ? svg`<rect class="swatch-box" x=${s.swatch.x} y=${s.swatch.y} width=${swatch} height=${swatch}></rect>` : nothing}
              <text class=${s.swatch ? 'beside' : 'inside'} x=${s.label.x} y=${s.label.y} text-anchor=${s.label.anchor}>${labelLines(s.label)}</text>
            </g>`)}
          </g>`)}
        </svg>
        <ul class="legend" part="legend" aria-label=${c.legend}>
          ${doc.levels.map((l) => html`<li class="level-${Math.min(Math.max(l.level, 1), 5)}">
            <svg class="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><rect class="swatch-box" width="14" height="14"></rect></svg>
            <span>${view.levelName(l.level)}</span></li>`)}
        </ul>
        ${this.#table.button(c)}
        ${this.download ? imageDownloadControl(this, 'svg[part="chart"]', {
          doc, lang, subtitle: c.imageSubtitle(yearSpan(years), marked && localText(marked.name, lang)),
          file: ['levels', entityId, yearSpan(years, '-')],
        }, c) : nothing}
        ${this.#table.region(title, this.#renderTable(doc, view, c))}
      </figure>`;
  }

  #renderTable(doc: EIndexDocument, view: LevelsView, c: LevelsMessages): TemplateResult {
    return html`<table part="table">
      <caption>${view.title}</caption>
      <thead><tr><th scope="col">${c.year}</th>${doc.levels.map((l) => html`<th scope="col">${view.levelName(l.level)}</th>`)}</tr></thead>
      <tbody>
        ${view.rows.map((row, i) => {
          const total = row.counts.reduce((sum, x) => sum + x.count, 0);
          const mark = view.marks.find((m) => m.row === i);
          return html`<tr>
            <th scope="row">${row.year} <span class="note">${view.source(row)}${mark ? html`; ${mark.text}` : nothing}</span></th>
            ${row.counts.map((x) => row.kind === 'none'
              ? html`<td class="np">${c.notPublished}</td>`
              : html`<td class="num">${view.count(x.count)} <span class="note">(${view.share(x.count / total)})</span></td>`)}
          </tr>`;
        })}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eindex-levels': EIndexLevels;
  }
}
