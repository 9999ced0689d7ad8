import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { EIndexElement, type ReadyContext } from '../internal/base-element.js';
import { emit } from '../internal/emit.js';
import { safeHttpUrl } from '../internal/url.js';
import { averageOf, tokensOf } from '../data/query.js';
import type { EIndexDocument, Edition, Lang } from '../data/types.js';
import { formatNumber, nameOrder } from '../i18n/format.js';
import { localText } from '../i18n/lang.js';
import { averageNote, rankingMessagesFor, type RankingMessages } from '../i18n/ranking-messages.js';
import {
  groupName,
  metricLabel,
  metricOfSort,
  prepareRanking,
  rankingChannels,
  rankingModel,
  type ColumnChannels,
  type RankingFormat,
  type RankingModel,
  type RankingRow,
  type SortDirection,
} from '../layout/ranking.js';
import { rankingStyles } from './eindex-ranking.styles.js';
import { ChunkedFillController } from '../internal/controllers/chunked-fill.js';
import { rankingFormatFor as formatFor, rankingSettings, type RankingSettings } from './ranking-settings.js';
import type { AttributeProblem } from '../internal/notice.js';
import { lastResult } from '../internal/memo.js';
import { shortLabel } from '../internal/short-label.js';
import { TableFitController } from './table-fit-controller.js';

/**
 * Rows drawn at once. A whole study (119 municipalities) fits on one page; a 10 000-row file
 * draws its first page within a frame and offers "show more", rather than a virtual list
 * that screen readers cannot browse.
 */
const PAGE_ROWS = 120;

/**
 * Rows drawn in the first step, about a screenful: the reader sees the table within a frame
 * or two, and the rest of the page follows in tasks of its own, as many rows again in each.
 * A table layout of 120 rows × 12 columns alone costs 50–70 ms here, more than a frame; and
 * 90 rows drawn in one go after each keystroke in search took 30–50 ms, a long task.
 */
const FIRST_ROWS = 30;

/** The ranking model and its columns' channels from the element's options: they read nothing else (see lastResult). */
function viewOf(
  doc: EIndexDocument, edition: Edition, lang: Lang, settings: RankingSettings, userSort: { key: string; direction: SortDirection } | undefined,
  columns: string, showAll: boolean, highlight: string, query: string, drawnRows: number, format: RankingFormat,
): RankingView {
  const model = rankingModel(doc, edition, {
    names: nameOrder(lang),
    groups: settings.groups,
    sort: userSort?.key ?? settings.sort,
    direction: userSort?.direction,
    columns: tokensOf(columns),
    limit: settings.limit,
    showAll,
    maxRows: drawnRows,
    pageRows: PAGE_ROWS,
    highlight: tokensOf(highlight),
    query,
  });
  return { model, channels: rankingChannels(doc, model, format) };
}

/** The base element's context with the ranking's own texts. */
interface RankingContext extends ReadyContext {
  readonly t: RankingMessages;
  readonly format: RankingFormat;
}

/** A model and its columns' channels, computed together and only when an input changes. */
interface RankingView {
  readonly model: RankingModel;
  readonly channels: readonly ColumnChannels[];
}

/**
 * A ranking table of E-index results: places with ties, scores, levels as text and colour,
 * rank changes against the previous edition, search, CSV download and row selection.
 *
 * @summary Ranking table of E-index results.
 *
 * @fires {CustomEvent<EIndexLoadDetail>} eindex-load - The document loaded and the table shows an edition: `{ edition }`.
 * @fires {CustomEvent<EIndexErrorDetail>} eindex-error - The data or the configuration cannot be shown: `{ message, path? }`.
 * @fires {CustomEvent<EIndexSelectDetail>} eindex-select - A row was chosen by click, Enter or Space: `{ id }`.
 *
 * @csspart table - The `<table>`.
 * @csspart caption - The table caption.
 * @csspart header - Each column header cell.
 * @csspart row - Each body row.
 * @csspart cell - Each body cell.
 * @csspart website - The small link to an entity's website beside its name.
 * @csspart bar - The bar in a score cell (with `bars`).
 * @csspart toolbar - The search box and download button.
 * @csspart search - The search input.
 * @csspart download - The CSV download button.
 * @csspart more - The "show all" / "show top N" button.
 * @csspart note - The note under the table (what places mean, the source).
 * @csspart status - The loading, empty and error messages.
 * @csspart notice - A notice above the drawing: an attribute value that cannot be used, what is drawn instead, and the nearest valid value.
 *
 * @cssprop --eindex-font - Font family (default: the page's).
 * @cssprop --eindex-font-size - Font size (default: the page's, at least 14px).
 * @cssprop --eindex-text - Text colour.
 * @cssprop --eindex-muted - Secondary text colour.
 * @cssprop --eindex-background - Background colour.
 * @cssprop --eindex-surface - Header and stripe background.
 * @cssprop --eindex-accent - Links, buttons, bars and the selected row.
 * @cssprop --eindex-border - Table rules.
 * @cssprop --eindex-grid - The rule under the column headers and the search box's outline.
 * @cssprop --eindex-focus - Focus outline colour.
 * @cssprop --eindex-level-1 - Colour of maturity level 1.
 * @cssprop --eindex-level-2 - Colour of maturity level 2.
 * @cssprop --eindex-level-3 - Colour of maturity level 3.
 * @cssprop --eindex-level-4 - Colour of maturity level 4.
 * @cssprop --eindex-level-5 - Colour of maturity level 5.
 * @cssprop --eindex-error - Error messages.
 */
export class EIndexRanking extends EIndexElement {
  static override styles = [...EIndexElement.styles, rankingStyles];

  static override properties: PropertyDeclarations = {
    group: {},
    limit: { type: Number },
    sort: {},
    columns: {},
    highlight: {},
    search: { type: Boolean },
    download: { type: Boolean },
    bars: { type: Boolean },
    caption: {},
    userSort: { state: true },
    query: { state: true },
    showAll: { state: true },
    selectedId: { state: true },
    activeId: { state: true },
    announcement: { state: true },
    drawnRows: { state: true },
  };

  /** Group ids to show, space-separated; default all. Places are then places within these groups. */
  group = '';

  /** Show the top N rows, with a "show all" control. */
  limit?: number;

  /** Order by `total` (default), `group-score`, `name`, `level` or a category id. */
  sort = 'total';

  /** Columns, space-separated: `rank name group total group-score level change`, category ids, or `categories`. */
  columns = '';

  /** Entity ids kept visible beyond `limit` and emphasised (a municipality's own row). */
  highlight = '';

  /** Show a search box that filters rows by name. */
  search = false;

  /** Show a button that downloads what is shown as CSV. */
  download = false;

  /** Show a bar in each score cell, its length proportional to the scale. */
  bars = false;

  /** Table caption; default the document title and year. */
  caption = '';

  /** The sort chosen by clicking a header; it takes over from `sort` until `sort` changes. */
  private userSort: { key: string; direction: SortDirection } | undefined;
  private query = '';
  private showAll = false;
  private selectedId: string | undefined;
  /** The row that holds the single tab stop of the table body (roving tabindex). */
  private activeId: string | undefined;
  /** What the polite live region says after a user's sort or search. */
  private announcement = '';

  /** How many rows are drawn before "show more"; grows by a page per click. */
  private drawnRows = PAGE_ROWS;

  /** Rows actually in the DOM now: FIRST_ROWS on a fresh model, then FIRST_ROWS more per task up to the whole page. */
  readonly #fill = new ChunkedFillController(this, FIRST_ROWS);
  #growing = false;

  /** The preparation of the next sort and search, and what it was asked for. */
  #prepareTimer: ReturnType<typeof setTimeout> | undefined;
  #prepareOnce = this.#preparer();

  #lastView: RankingView | undefined;
  #lastContext: RankingContext | undefined;
  /** The model is rebuilt only when its inputs change, not when focus or selection moves. */
  readonly #view = lastResult(viewOf);
  /** What the columns' widths depend on: a change lets the table try its wide layout again. */
  #fitKey: unknown[] = [];

  readonly #fit = new TableFitController(
    this,
    () => {
      const context = this.#lastContext;
      return context ? context.t.scrollRegion(this.#caption(context)) : '';
    },
    () => this.#fill.filled <= FIRST_ROWS || (this.#fill.filled >= this.#fill.total && 'frame'),
  );

  get #lastModel(): RankingModel | undefined {
    return this.#lastView?.model;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sort')) this.userSort = undefined;
    if (changed.has('src') || changed.has('data') || changed.has('group') || changed.has('edition')) this.drawnRows = PAGE_ROWS;
    // linkedEntity is protected, so PropertyValues<this> does not name it.
    if ((changed as Map<PropertyKey, unknown>).has('linkedEntity') && this.linkedEntity !== undefined) this.selectedId = this.linkedEntity;
  }

  #settingsKey: unknown[] = [];
  #lastSettings: RankingSettings | undefined;

  /** The attributes checked against the document; worked out again only when they or the document change. */
  #settings({ doc, edition }: ReadyContext): RankingSettings {
    const key = [doc, edition, this.columns, this.sort, this.group, this.highlight, this.limit, this.getAttribute('limit')];
    if (!this.#lastSettings || key.some((value, i) => !Object.is(value, this.#settingsKey[i]))) {
      this.#settingsKey = key;
      this.#lastSettings = rankingSettings(doc, edition, {
        columns: this.columns, sort: this.sort, group: this.group, highlight: this.highlight, limit: this.limit, limitWritten: this.getAttribute('limit'),
      });
    }
    return this.#lastSettings;
  }

  /** The known group ids asked for (an unknown one is left out with a notice). */
  get #groups(): readonly string[] {
    return this.#lastSettings?.groups ?? [];
  }

  protected override configProblem(context: ReadyContext): AttributeProblem | undefined {
    return this.#settings(context).error;
  }

  protected override attributeNotices(context: ReadyContext): readonly AttributeProblem[] {
    return this.#settings(context).notices;
  }

  /** Orders and places the rows (10–60 ms for 10 000 entities) in a task before the first drawing. */
  protected override prepareReady(ready: ReadyContext): void {
    this.#viewFor(this.#rankingContext(ready));
  }

  #rankingContext(ready: ReadyContext): RankingContext {
    return { ...ready, t: rankingMessagesFor(ready.lang), format: formatFor(ready.lang) };
  }

  protected override renderReady(ready: ReadyContext): TemplateResult {
    const context = this.#rankingContext(ready);
    const { t } = context;
    const view = this.#viewFor(context);
    const { model, channels } = view;
    // A new order or filter starts from the first screenful; "show more" keeps what is drawn.
    if (view !== this.#lastView) this.#fill.restart(this.#growing ? this.#lastModel?.rows.length : 0);
    this.#fill.total = model.rows.length;
    this.#growing = false;
    this.#lastView = view;
    this.#lastContext = context;
    const fitKey = [ready.doc, ready.lang, this.columns, this.bars];
    if (fitKey.some((value, i) => value !== this.#fitKey[i])) {
      this.#fitKey = fitKey;
      this.#fit.reset();
    }
    if (model.inGroups === 0) return this.renderEmpty(t.empty);
    const rows = model.rows.slice(0, this.#fill.filled);

    // The caption is drawn above the scrolling box so it wraps to the width a reader sees;
    // the <caption> itself names the table for assistive technology.
    const caption = this.#caption(context);
    const activeId = model.rows.some((row) => row.entity.id === this.activeId) ? this.activeId : model.rows[0]?.entity.id;
    // Places of 1000 and more need a wider sticky place column (the name column sticks beside it).
    const frameClass = `frame${model.matching >= 1000 ? ' wide-places' : ''}`;
    let gapShown = false;
    return html`
      ${this.search || this.download
        ? html`<div class="toolbar" part="toolbar">
            ${this.search
              ? html`<label class="search"
                  ><span>${t.search}</span>
                  <input
                    part="search"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder=${t.searchPlaceholder}
                    .value=${this.query}
                    @input=${this.#onSearch}
                /></label>`
              : nothing}
            ${this.download
              ? html`<button class="control" part="download" type="button" @click=${this.#onDownload}>${t.download}</button>`
              : nothing}
          </div>`
        : nothing}
      <p class="title" part="caption" aria-hidden="true">${caption}</p>
      <div class=${frameClass}><div class="scroller" @scroll=${this.#fit.onScroll}>
        <table
          part="table"
          aria-rowcount=${model.matching + 1}
          @click=${this.#onRowClick}
          @keydown=${this.#onRowKeydown}
          @focusin=${this.#onRowFocus}
        >
          <caption class="visually-hidden">${caption}</caption>
          <thead>
            <tr aria-rowindex="1">
              ${channels.map((channel) => this.#renderHeader(channel, model))}
            </tr>
          </thead>
          <tbody>
            ${model.rows.length === 0
              ? html`<tr><td colspan=${model.columns.length} class="none">${t.results(0)}</td></tr>`
              : rows.map((row, index) => {
                  const gap = row.beyondLimit && !gapShown;
                  if (gap) gapShown = true;
                  return html`${gap
                    ? html`<tr class="gap" aria-hidden="true"><td colspan=${model.columns.length}>⋯</td></tr>`
                    : nothing}${this.#renderRow(row, index, channels, context, row.entity.id === activeId)}`;
                })}
          </tbody>
        </table>
      </div></div>
      ${this.#renderFooter(model, context)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `;
  }

  #viewFor(context: RankingContext): RankingView {
    const { doc, edition, lang, format } = context;
    return this.#view(doc, edition, lang, this.#settings(context), this.userSort, this.columns, this.showAll, this.highlight, this.query, this.drawnRows, format);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#prepareTimer);
    this.#prepareTimer = undefined;
    this.#prepareOnce = this.#preparer();
  }

  /**
   * Once the table is drawn, prepares the name order and the search keys in tasks of their
   * own (search keys about 10 ms at a time), so neither lands on the reader's first click on
   * the name header or first keystroke. Not in idle time: a reader may act in the very next
   * frame, and a page running an animation is never idle.
   */
  #prepareSoon(): void {
    const context = this.#lastContext;
    if (context) this.#prepareOnce(context.edition, context.lang, this.search);
  }

  /** Prepares once per edition, language and search box; a reconnected element starts afresh. */
  #preparer(): (edition: Edition, lang: Lang, search: boolean) => void {
    return lastResult((edition: Edition, lang: Lang, search: boolean) => {
      clearTimeout(this.#prepareTimer);
      const step = (): void => {
        const end = performance.now() + 10;
        const done = prepareRanking(edition, nameOrder(lang), search, () => end - performance.now());
        this.#prepareTimer = done ? undefined : setTimeout(step);
      };
      this.#prepareTimer = setTimeout(step);
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Sort and search keys are prepared once the last step of the table is drawn.
    if (!this.#fill.pending) this.#prepareSoon();
    super.updated(changed);
  }

  /** Every row of the page is drawn, not only the first screenful. */
  protected override drawingPending(): Promise<void> | undefined {
    return this.#fill.pending;
  }

  #caption({ doc, edition, lang, t, format }: RankingContext): string {
    return this.caption || this.#defaultCaption(doc, edition, lang, t, format);
  }

  #defaultCaption(doc: EIndexDocument, edition: Edition, lang: Lang, t: RankingMessages, format: RankingFormat): string {
    const caption = t.caption(localText(doc.title, lang), edition.year);
    // Only groups the document declares (configProblem has refused the rest).
    const groups = this.#groups.filter((id) => doc.groups.some((group) => group.id === id)).map((id) => groupName(doc, id, format));
    return groups.length > 0 ? `${caption} — ${groups.join(', ')}` : caption;
  }

  #renderHeader(channel: ColumnChannels, model: RankingModel): TemplateResult {
    const { label, narrowLabel, sortKey } = channel;
    const className = cellClass(channel);
    // In a narrow layout a long header word gives way to a short one; the whole label stays for assistive technology.
    // A label past LABEL_MAX (a hostile or careless document) is shortened on screen, whole for screen readers.
    const text = narrowLabel && narrowLabel !== label ? narrowable(label, narrowLabel) : shortLabel(label);
    if (sortKey === undefined) {
      return html`<th scope="col" part="header" class=${className}>${text}</th>`;
    }
    const sorted = model.sort === sortKey;
    const ariaSort = sorted ? model.direction : 'none';
    return html`<th scope="col" part="header" class=${className} aria-sort=${ariaSort}>
      <button type="button" class="sort" data-sort=${sortKey} @click=${() => this.#onSort(sortKey, model)}>
        <span class="label">${text}</span><span class="arrow" aria-hidden="true"
          >${sorted ? (model.direction === 'ascending' ? '▲' : '▼') : '↕'}</span
        >
      </button>
    </th>`;
  }

  /*
   * Rows and cells are the bulk of the work of a first render (30 rows × 12 cells), so a cell
   * holds its text directly where it can (places, numbers, a plain name), and the rows'
   * mouse, key and focus events are heard once, on the table (on the <tbody>, Chromium would
   * expose it as an extra row group).
   */
  #renderRow(row: RankingRow, index: number, channels: readonly ColumnChannels[], context: RankingContext, active: boolean): TemplateResult {
    const { entity } = row;
    const selected = entity.id === this.selectedId;
    const classes = ['row', row.highlighted ? 'highlighted' : '', selected ? 'selected' : ''].join(' ');
    return html`<tr
      part="row"
      class=${classes}
      data-id=${entity.id}
      tabindex=${active ? 0 : -1}
      aria-rowindex=${row.position + 1}
      aria-current=${selected ? 'true' : nothing}
    >
      ${channels.map((channel) => this.#renderCell(channel, row, index, context, active, selected))}
    </tr>`;
  }

  #renderCell(channel: ColumnChannels, row: RankingRow, index: number, { t }: RankingContext, active: boolean, selected: boolean): TemplateResult {
    const className = cellClass(channel);
    const text = channel.text[index] as string;
    const value = channel.value[index];
    switch (channel.column.kind) {
      case 'name': {
        const href = safeHttpUrl(row.entity.url);
        const sub = channel.sub?.[index];
        if (!row.highlighted && !selected && !href && sub === undefined) return html`<th scope="row" part="cell" class=${className}>${text}</th>`;
        return html`<th scope="row" part="cell" class=${className}>
          ${row.highlighted ? html`<span class="mark" aria-hidden="true">◆</span>` : nothing}${href
            ? this.#nameWithWebsite(text, href, active, t)
            : html`<span class="entity">${text}</span>`}
          ${sub === undefined ? nothing : html`<span class="sub">${sub}</span>`}
          ${row.highlighted ? html`<span class="visually-hidden">(${t.highlighted})</span>` : nothing}
          ${selected ? html`<span class="visually-hidden">(${t.selected})</span>` : nothing}
        </th>`;
      }
      case 'level':
        if (value === null) return html`<td part="cell" class=${className}>${notPublished(text, channel.narrow?.[index])}</td>`;
        // A narrow layout shows the level's number beside its colour; the name stays for assistive technology.
        return html`<td part="cell" class=${className}
          ><span class="swatch level-${Math.min(Math.max(Number(value), 1), 5)}" aria-hidden="true"></span
          >${narrowable(text, channel.narrow?.[index])}</td
        >`;
      case 'metric': {
        const share = this.bars ? channel.share?.[index] : undefined;
        return html`<td part="cell" class=${className}
          >${value === null ? notPublished(text, channel.narrow?.[index]) : text}${share === undefined
            ? nothing
            : html`<svg class="bar" part="bar" aria-hidden="true" focusable="false" viewBox="0 0 100 1" preserveAspectRatio="none"
                ><rect class="track" width="100" height="1"></rect>${share === null
                  ? nothing
                  : svg`<rect class="fill" width=${Math.round(share * 1000) / 10} height="1"></rect>`}</svg
              >`}</td
        >`;
      }
      default: {
        // A sign (`2=`, `▲ 2`, `–`) is hidden from assistive technology, which reads its words instead.
        const aria = channel.aria[index];
        if (aria === undefined) return html`<td part="cell" class=${className}>${text}</td>`;
        return html`<td part="cell" class=${className}><span aria-hidden="true">${text}</span><span class="visually-hidden">${aria}</span></td>`;
      }
    }
  }

  /** The name, its last word kept on one line with the small website link (not left alone on a line of its own). */
  #nameWithWebsite(name: string, href: string, active: boolean, t: RankingMessages): TemplateResult {
    const cut = name.lastIndexOf(' ') + 1;
    return html`<span class="entity">${name.slice(0, cut)}<span class="last-word">${name.slice(cut)}<a
          class="website"
          part="website"
          href=${href}
          tabindex=${active ? 0 : -1}
          rel="noopener noreferrer"
          >${WEBSITE_ICON}<span class="visually-hidden">${t.website(name)}</span></a
        ></span
      ></span>`;
  }

  #renderFooter(model: RankingModel, { doc, edition, lang, t, format }: RankingContext): TemplateResult {
    const scope =
      model.scope === 'groups'
        ? t.ranksInGroups
        : model.scope === 'study'
          ? t.ranksInStudy(edition.summary?.entities ?? model.inGroups)
          : t.ranksInFile(edition.entities.length, edition.summary?.entities);
    const metric = metricOfSort(model.sort);
    const average = metric === 'level' ? undefined : averageOf(doc, edition, metric, this.#groups);
    const sourceUrl = safeHttpUrl(doc.source?.url);
    const sourceName = doc.source ? localText(doc.source.name, lang) : '';
    const toggle = model.toggle;
    return html`
      ${toggle === undefined
        ? nothing
        : toggle.kind === 'more'
          ? html`<button class="control more" part="more" type="button" @click=${this.#onShowMore}>
              ${t.showMore(toggle.count, toggle.shown, toggle.total)}
            </button>`
          : html`<button class="control more" part="more" type="button" @click=${this.#onToggleAll}>
              ${toggle.kind === 'top' ? t.showTop(toggle.count) : t.showAll(toggle.count)}
            </button>`}
      <p class="note" part="note">
        ${scope}
        ${average
          ? html`${' '}${averageNote(t, metricLabel(doc, metric, format), formatNumber(average.value, lang, 1), average)}`
          : nothing}
        ${sourceName
          ? html`${' '}${t.sourceLabel}: ${sourceUrl ? html`<a href=${sourceUrl} rel="noopener noreferrer">${sourceName}</a>` : sourceName}.`
          : nothing}
      </p>
    `;
  }

  #onSort(key: string, model: RankingModel): void {
    const direction: SortDirection =
      model.sort === key
        ? model.direction === 'ascending'
          ? 'descending'
          : 'ascending'
        : key === 'name'
          ? 'ascending'
          : 'descending';
    this.userSort = { key, direction };
    void this.updateComplete.then(() => {
      const view = this.#lastView;
      const context = this.#lastContext;
      if (!view || !context) return;
      const m = view.model;
      const label = view.channels.find((channel) => channel.sortKey === key)?.label ?? key;
      const t = context.t;
      this.announcement = `${t.sortBy(label)}, ${direction === 'ascending' ? t.sortedAscending : t.sortedDescending}. ${t.results(m.matching)}`;
    });
  }

  #onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.drawnRows = PAGE_ROWS;
    void this.updateComplete.then(() => {
      if (this.#lastModel && this.#lastContext) this.announcement = this.#lastContext.t.results(this.#lastModel.matching);
    });
  }

  #onToggleAll(): void {
    this.showAll = !this.showAll;
    this.drawnRows = PAGE_ROWS;
  }

  #onShowMore(): void {
    this.#growing = true;
    this.drawnRows += PAGE_ROWS;
  }

  /** Chooses a row: marks it and tells the page (and any element that follows this one). */
  #select(id: string): void {
    this.selectedId = id;
    this.activeId = id;
    emit(this, 'eindex-select', { id });
  }

  /** A click anywhere in a row, its name included, chooses the row; the website link only leaves for the website. */
  #onRowClick(event: Event): void {
    const target = event.target as Element;
    if (target.closest?.('a')) return;
    const row = target.closest?.('tr.row');
    if (row instanceof HTMLTableRowElement) this.#select(row.dataset['id'] as string);
  }

  /** The row itself took focus (not a link in it): it holds the tab stop now. */
  #onRowFocus(event: FocusEvent): void {
    const row = event.target;
    if (row instanceof HTMLTableRowElement && row.classList.contains('row')) this.activeId = row.dataset['id'];
  }

  #onRowKeydown(event: KeyboardEvent): void {
    const row = event.target;
    // Keys pressed on a link inside the row belong to the link.
    if (!(row instanceof HTMLTableRowElement) || !row.classList.contains('row')) return;
    const rows = [...this.renderRoot.querySelectorAll<HTMLTableRowElement>('tbody tr.row')];
    const index = rows.indexOf(row);
    let next: HTMLTableRowElement | undefined;
    switch (event.key) {
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.#select(row.dataset['id'] as string);
        return;
      case 'ArrowDown':
        next = rows[index + 1];
        break;
      case 'ArrowUp':
        next = rows[index - 1];
        break;
      case 'Home':
        next = rows[0];
        break;
      case 'End':
        next = rows[rows.length - 1];
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next) {
      this.activeId = next.dataset['id'];
      next.focus();
    }
  }

  #onDownload(): void {
    const view = this.#lastView;
    const context = this.#lastContext;
    if (!view || !context) return;
    // The file is made by a module loaded on the first click (ranking-csv.ts); it writes what
    // is shown now, even if the table changes while the module loads.
    import('./ranking-csv.js')
      .then(({ downloadCsv }) => downloadCsv(view.channels, view.model.rows.length, context.lang, context.edition.year, this.renderRoot))
      .catch(() => emit(this, 'eindex-error', { message: context.t.downloadFailed }));
  }
}

/** A cell's classes: its kind, and whether (and where) it stays in view when the table scrolls sideways. */
function cellClass({ column, sticky, numeric }: ColumnChannels): string {
  const kind = `${column.kind === 'metric' ? 'score' : column.kind}${numeric ? ' num' : ''}`;
  if (!sticky) return kind;
  return `${kind} sticky sticky-${sticky.at}${sticky.last ? ' sticky-last' : ''}`;
}

/**
 * A text that gives way to a shorter one in a narrow layout. The short one is drawn by CSS from
 * `data-narrow` (as generated content with empty alternative text), so the element's text, and
 * what assistive technology reads, stays the whole text in every layout.
 */
function narrowable(text: string, narrow: string | undefined): TemplateResult | string {
  return narrow === undefined || narrow === text ? text : html`<span class="narrowable" data-narrow=${narrow}><span class="wide-text">${text}</span></span>`;
}

function notPublished(text: string, narrow: string | undefined): TemplateResult {
  return html`<span class="np">${narrowable(text, narrow)}</span>`;
}

/** An arrow out of a box: the small website link beside a name. */
const WEBSITE_ICON = html`<svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16"
  ><path d="M9 2.5h4.5V7M13.5 2.5 7 9M11.5 9.5v4h-9v-9h4" fill="none" stroke="currentColor" stroke-width="1.6"></path></svg
>`;

declare global {
  interface HTMLElementTagNameMap {
    'eindex-ranking': EIndexRanking;
  }
}
