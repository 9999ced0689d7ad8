import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { EIndexElement, type ReadyContext } from '../internal/base-element.js';
import { emit } from '../internal/emit.js';
import { safeHttpUrl } from '../internal/url.js';
import { formatCsv } from '../internal/csv.js';
import { averageOf, metricValue, tokensOf, type RankChange } from '../data/query.js';
import type { EIndexDocument, Edition, Lang } from '../data/types.js';
import { formatNumber, nameOrder } from '../i18n/format.js';
import { localText } from '../i18n/lang.js';
import { rankingMessagesFor, type RankingMessages } from '../i18n/ranking-messages.js';
import {
  metricOfSort,
  prepareRanking,
  rankingModel,
  type Column,
  type RankingModel,
  type RankingRow,
  type SortDirection,
} from '../layout/ranking.js';
import { rankingStyles } from './eindex-ranking.styles.js';
import { ChunkedFillController } from '../internal/controllers/chunked-fill.js';
import { rankingSettings, type RankingSettings } from './ranking-settings.js';
import type { AttributeProblem } from '../internal/notice.js';
import { lastResult } from '../internal/memo.js';

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

/** The ranking model from the element's options: it reads nothing else (see lastResult). */
function modelOf(
  doc: EIndexDocument, edition: Edition, lang: Lang, settings: RankingSettings, userSort: { key: string; direction: SortDirection } | undefined,
  columns: string, showAll: boolean, highlight: string, query: string, drawnRows: number,
): RankingModel {
  return rankingModel(doc, edition, {
    names: nameOrder(lang),
    groups: settings.groups,
    sort: userSort?.key ?? settings.sort,
    direction: userSort?.direction,
    columns: tokensOf(columns),
    limit: settings.limit,
    showAll,
    maxRows: drawnRows,
    highlight: tokensOf(highlight),
    query,
  });
}

/** The base element's context with the ranking's own texts. */
interface RankingContext extends ReadyContext {
  readonly t: RankingMessages;
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
 * @cssprop --eindex-accent - Links, buttons and the selected row.
 * @cssprop --eindex-border - Table rules.
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

  #lastModel: RankingModel | undefined;
  #lastContext: RankingContext | undefined;
  /** The model is rebuilt only when its inputs change, not when focus or selection moves. */
  readonly #model = lastResult(modelOf);

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

  protected override renderReady(ready: ReadyContext): TemplateResult {
    const context: RankingContext = { ...ready, t: rankingMessagesFor(ready.lang) };
    const { doc, edition, lang, t } = context;
    const model = this.#modelFor(context);
    // A new order or filter starts from the first screenful; "show more" keeps what is drawn.
    if (model !== this.#lastModel) this.#fill.restart(this.#growing ? this.#lastModel?.rows.length : 0);
    this.#fill.total = model.rows.length;
    this.#growing = false;
    this.#lastModel = model;
    this.#lastContext = context;
    if (model.inGroups === 0) return this.renderEmpty(t.empty);
    const rows = model.rows.slice(0, this.#fill.filled);

    // The caption is drawn above the scrolling box so it wraps to the width a reader sees;
    // the <caption> itself names the table for assistive technology.
    const caption = this.caption || this.#defaultCaption(doc, edition, lang, t);
    const activeId = model.rows.some((row) => row.entity.id === this.activeId) ? this.activeId : model.rows[0]?.entity.id;
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
      <div class="scroller">
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
              ${model.columns.map((column) => this.#renderHeader(column, model, doc, lang, t))}
            </tr>
          </thead>
          <tbody>
            ${model.rows.length === 0
              ? html`<tr><td colspan=${model.columns.length} class="none">${t.results(0)}</td></tr>`
              : rows.map((row) => {
                  const gap = row.beyondLimit && !gapShown;
                  if (gap) gapShown = true;
                  return html`${gap
                    ? html`<tr class="gap" aria-hidden="true"><td colspan=${model.columns.length}>⋯</td></tr>`
                    : nothing}${this.#renderRow(row, model, context, row.entity.id === activeId)}`;
                })}
          </tbody>
        </table>
      </div>
      ${this.#renderFooter(model, context)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `;
  }

  #modelFor(context: ReadyContext): RankingModel {
    const { doc, edition, lang } = context;
    return this.#model(doc, edition, lang, this.#settings(context), this.userSort, this.columns, this.showAll, this.highlight, this.query, this.drawnRows);
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

  #defaultCaption(doc: EIndexDocument, edition: Edition, lang: Lang, t: RankingMessages): string {
    const caption = t.caption(localText(doc.title, lang), edition.year);
    const groups = this.#groups
      .map((id) => doc.groups.find((group) => group.id === id))
      .filter((group) => group !== undefined)
      .map((group) => localText(group.name, lang));
    return groups.length > 0 ? `${caption} — ${groups.join(', ')}` : caption;
  }

  #columnLabel(column: Column, doc: EIndexDocument, lang: Lang, t: RankingMessages): string {
    switch (column.kind) {
      case 'rank':
        return t.columnRank;
      case 'name':
        return t.columnName;
      case 'group':
        return t.columnGroup;
      case 'level':
        return t.columnLevel;
      case 'change':
        return t.columnChange;
      case 'metric': {
        const metric = column.metric;
        if (metric === 'total') return t.columnTotal;
        if (metric === 'group-score') return t.columnGroupScore;
        if (metric === 'level') return t.columnLevel;
        const category = doc.categories.find((c) => c.id === metric.category);
        return category ? localText(category.name, lang) : metric.category;
      }
    }
  }

  /** The sort key a header orders by; the rank, group and change columns order by nothing of their own. */
  #sortKeyOf(column: Column): string | undefined {
    if (column.kind === 'name') return 'name';
    if (column.kind === 'level') return 'level';
    if (column.kind === 'metric') return typeof column.metric === 'string' ? column.metric : column.metric.category;
    return undefined;
  }

  #renderHeader(column: Column, model: RankingModel, doc: EIndexDocument, lang: Lang, t: RankingMessages): TemplateResult {
    const label = this.#columnLabel(column, doc, lang, t);
    const key = this.#sortKeyOf(column);
    const numeric = column.kind === 'metric' || column.kind === 'rank' || column.kind === 'change';
    const className = `${column.kind} ${numeric ? 'num' : ''}`;
    if (key === undefined) {
      return html`<th scope="col" part="header" class=${className}>${label}</th>`;
    }
    const sorted = model.sort === key;
    const ariaSort = sorted ? model.direction : 'none';
    return html`<th scope="col" part="header" class=${className} aria-sort=${ariaSort}>
      <button type="button" class="sort" data-sort=${key} @click=${() => this.#onSort(key, model)}>
        <span>${label}</span><span class="arrow" aria-hidden="true"
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
  #renderRow(row: RankingRow, model: RankingModel, context: RankingContext, active: boolean): TemplateResult {
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
      ${model.columns.map((column) => this.#renderCell(column, row, context, active))}
    </tr>`;
  }

  #renderCell(column: Column, row: RankingRow, { doc, lang, t }: RankingContext, active: boolean): TemplateResult {
    const { entity } = row;
    switch (column.kind) {
      case 'rank':
        return html`<td part="cell" class="rank num">${row.place ?? noPlace(t)}</td>`;
      case 'name': {
        const href = safeHttpUrl(entity.url);
        const name = localText(entity.name, lang);
        const label = href ? html`<a href=${href} tabindex=${active ? 0 : -1} rel="noopener noreferrer">${name}</a>` : name;
        const selected = entity.id === this.selectedId;
        if (!row.highlighted && !selected) return html`<th scope="row" part="cell" class="name">${label}</th>`;
        return html`<th scope="row" part="cell" class="name">
          ${row.highlighted ? html`<span class="mark" aria-hidden="true">◆</span>` : nothing}
          ${label}
          ${row.highlighted ? html`<span class="visually-hidden">(${t.highlighted})</span>` : nothing}
          ${selected ? html`<span class="visually-hidden">(${t.selected})</span>` : nothing}
        </th>`;
      }
      case 'group': {
        const group = doc.groups.find((g) => g.id === entity.group);
        return html`<td part="cell" class="group">${group ? localText(group.name, lang) : entity.group}</td>`;
      }
      case 'level':
        return html`<td part="cell" class="level">${row.level
          ? html`<span class="swatch level-${Math.min(Math.max(row.level.level, 1), 5)}" aria-hidden="true"></span>${localText(row.level.name, lang) || t.level(row.level.level)}`
          : notPublished(t)}</td>`;
      case 'change':
        return html`<td part="cell" class="change num">${renderChange(row.change, t)}</td>`;
      case 'metric': {
        const value = metricValue(doc, entity, column.metric);
        return html`<td part="cell" class="num">${value === null ? notPublished(t) : formatNumber(value, lang)}</td>`;
      }
    }
  }

  #renderFooter(model: RankingModel, { doc, edition, lang, t }: RankingContext): TemplateResult {
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
    const limit = this.#lastSettings?.limit;
    const limitToggle = model.limited || (this.showAll && limit !== undefined && limit < model.matching && !this.query);
    const shown = model.rows.length - model.rows.filter((row) => row.beyondLimit).length;
    return html`
      ${model.deferred > 0
        ? html`<button class="control more" part="more" type="button" @click=${this.#onShowMore}>
            ${t.showMore(Math.min(PAGE_ROWS, model.deferred), shown, shown + model.deferred)}
          </button>`
        : limitToggle
          ? html`<button class="control more" part="more" type="button" @click=${this.#onToggleAll}>
              ${this.showAll ? t.showTop(limit ?? 0) : t.showAll(model.matching)}
            </button>`
          : nothing}
      <p class="note" part="note">
        ${scope}
        ${average
          ? html`${' '}${this.#columnLabel({ key: 'x', kind: 'metric', metric }, doc, lang, t)}:
              ${average.kind === 'published' ? t.publishedAverage(average.count) : t.averageOf(average.count)}
              ${formatNumber(average.value, lang, 1)}.`
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
      const m = this.#lastModel;
      const context = this.#lastContext;
      if (!m || !context) return;
      const column = m.columns.find((c) => this.#sortKeyOf(c) === key);
      const label = column ? this.#columnLabel(column, context.doc, context.lang, context.t) : key;
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

  /** A click anywhere in a row (its link too) chooses the row. */
  #onRowClick(event: Event): void {
    const row = (event.target as Element).closest?.('tr.row');
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
    const model = this.#lastModel;
    const context = this.#lastContext;
    if (!model || !context) return;
    const { doc, edition, lang, t } = context;
    const header = model.columns.map((column) => this.#columnLabel(column, doc, lang, t));
    const rows = model.rows.map((row) => model.columns.map((column) => csvCell(column, row, context)));
    // Excel in Latvian locales expects `;` between fields when the decimal mark is a comma.
    const text = formatCsv([header, ...rows], lang === 'lv' ? ';' : ',');
    // The BOM makes Excel read the file as UTF-8, so ā, č, ē, ģ … survive.
    const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `e-index-${edition.year}.csv`;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(link.href);
  }
}

function noPlace(t: RankingMessages): TemplateResult {
  return html`<span aria-hidden="true">–</span><span class="visually-hidden">${t.noPlace}</span>`;
}

function notPublished(t: RankingMessages): TemplateResult {
  return html`<span class="np">${t.notPublished}</span>`;
}

function renderChange(change: RankChange | undefined, t: RankingMessages): TemplateResult | string {
  if (!change) return html`<span class="np">–</span>`;
  if (change.kind === 'new') return t.changeNew;
  if (change.kind === 'unknown') return html`<span aria-hidden="true">–</span><span class="visually-hidden">${t.changeUnknown}</span>`;
  if (change.by === 0) return html`<span aria-hidden="true">=</span><span class="visually-hidden">${t.changeSame}</span>`;
  const up = change.by > 0;
  return html`<span class=${up ? 'up' : 'down'} aria-hidden="true">${up ? '▲' : '▼'} ${Math.abs(change.by)}</span
    ><span class="visually-hidden">${up ? t.changeUp(change.by) : t.changeDown(-change.by)}</span>`;
}

/** A cell as CSV text (formatCsv defuses formula-like text in every cell). */
function csvCell(column: Column, row: RankingRow, { doc, lang, t }: RankingContext): string {
  const { entity } = row;
  switch (column.kind) {
    case 'rank':
      return row.place === null ? '' : String(row.place);
    case 'name':
      return localText(entity.name, lang);
    case 'group': {
      const group = doc.groups.find((g) => g.id === entity.group);
      return group ? localText(group.name, lang) : entity.group;
    }
    case 'level':
      return row.level ? localText(row.level.name, lang) || t.level(row.level.level) : t.notPublished;
    case 'change': {
      const change = row.change;
      if (!change) return '';
      if (change.kind === 'new') return t.changeNew;
      if (change.kind === 'unknown') return '';
      return String(change.by);
    }
    case 'metric': {
      const value = metricValue(doc, entity, column.metric);
      return value === null ? t.notPublished : formatNumber(value, lang).replace(/\s/g, '');
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eindex-ranking': EIndexRanking;
  }
}
