import { css } from 'lit';

export const rankingStyles = css`
  :host {
    container-type: inline-size;
    --_selected: color-mix(in srgb, var(--_accent) 16%, var(--_background));
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin-block-end: 0.5em;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  .search input {
    min-width: 0;
    width: 14em;
    max-width: 100%;
    padding: 0.35em 0.5em;
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_grid);
    border-radius: 4px;
  }
  /* The table fits its box (TableFitController picks the wide or the narrow layout); when even
     the narrow one does not fit, it scrolls sideways inside the box, the page never does. */
  .frame {
    --_place-width: 4em;
    position: relative;
  }
  .frame.wide-places {
    --_place-width: 5.5em;
  }
  .scroller {
    /* The containing block of visually hidden cell text, so it scrolls with the table
       instead of widening the page. */
    position: relative;
    max-width: 100%;
    overflow-x: auto;
  }
  /* Shadow edges say that more of the table lies to the side: after the last column in view,
     and beside the sticky columns once the reader has scrolled past the start. */
  .frame.more-after::after {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    width: 0.9em;
    pointer-events: none;
    background: linear-gradient(to left, color-mix(in srgb, var(--_text) 30%, transparent), transparent);
  }
  .more-before .sticky-last {
    box-shadow: 0.5em 0 0.5em -0.35em color-mix(in srgb, var(--_text) 40%, transparent);
  }
  table {
    display: table;
    width: 100%;
    /* Separate borders: collapsed ones belong to the table and would scroll away from sticky cells. */
    border-collapse: separate;
    border-spacing: 0;
    font-variant-numeric: tabular-nums;
  }
  .title {
    margin: 0 0 0.5em;
    font-weight: bold;
  }
  th,
  td {
    padding: 0.4em 0.6em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: baseline;
  }
  /* Labels sit on the rule above the data, as in printed tables: when a long category name
     makes the header row tall, the short labels beside it stay next to their column. */
  thead th {
    background: var(--_surface);
    border-bottom: 2px solid var(--_grid);
    font-weight: bold;
    white-space: nowrap;
    vertical-align: bottom;
  }
  .num {
    text-align: end;
  }
  /* Numbers, level names and changes are never cut: a cell is as wide as its longest figure.
     A name's last word stays on one line with its website link. */
  td.score,
  td.rank,
  td.level,
  .change,
  .last-word {
    white-space: nowrap;
  }
  .rank {
    width: var(--_place-width);
    min-width: var(--_place-width);
    padding-inline: 0.4em;
  }
  .sticky {
    position: sticky;
    z-index: 1;
    background: var(--_background);
  }
  .sticky-1 {
    inset-inline-start: 0;
  }
  .sticky-2 {
    inset-inline-start: var(--_place-width);
  }
  thead .sticky {
    z-index: 2;
    background: var(--_surface);
  }
  thead th.num .sort {
    justify-content: flex-end;
  }
  .sort {
    display: inline-flex;
    align-items: baseline;
    gap: 0.3em;
    width: 100%;
    padding: 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: inherit;
    white-space: normal;
    cursor: pointer;
  }
  .sort:hover span:first-child {
    text-decoration: underline;
  }
  .arrow {
    color: var(--_muted);
    font-size: max(0.8em, 12px);
  }
  [aria-sort='ascending'] .arrow,
  [aria-sort='descending'] .arrow {
    color: var(--_text);
  }
  tbody th {
    font-weight: normal;
    min-width: 10em;
  }
  tbody tr.row {
    cursor: pointer;
  }
  tbody tr.row:hover,
  tbody tr.row:hover > .sticky {
    background: var(--_surface);
  }
  tbody tr.row:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  /* Highlighted rows: bold text, a thick rule and a ◆ mark, not colour alone. */
  tr.highlighted th,
  tr.highlighted td {
    font-weight: bold;
  }
  tr.highlighted > :first-child {
    box-shadow: inset 0.3em 0 0 var(--_text);
  }
  .mark {
    margin-inline-end: 0.3em;
  }
  /* The selected row, as strong as a highlighted one and told apart by more than colour: a
     tinted band framed by thick accent rules, and its name underlined (a highlighted row has a
     bar at its start, bold text and a ◆). */
  tbody tr.selected,
  tbody tr.selected > .sticky {
    background: var(--_selected);
  }
  tr.selected > * {
    box-shadow: inset 0 3px 0 var(--_accent), inset 0 -3px 0 var(--_accent);
  }
  tr.selected.highlighted > :first-child {
    box-shadow: inset 0.3em 0 0 var(--_text), inset 0 3px 0 var(--_accent), inset 0 -3px 0 var(--_accent);
  }
  tr.selected .entity {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.15em;
  }
  tr.gap td {
    text-align: center;
    color: var(--_muted);
    border-bottom-style: dashed;
  }
  td.none {
    color: var(--_muted);
  }
  .np {
    color: var(--_muted);
    font-style: italic;
    white-space: nowrap;
  }
  .sub {
    display: none;
  }
  /* The small website link beside a name: the name itself selects the row. */
  .website {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 1.6em;
    min-height: 1.6em;
    margin-inline-start: 0.15em;
    vertical-align: middle;
    border-radius: 3px;
  }
  .website .icon {
    width: 0.9em;
    height: 0.9em;
  }
  .website:hover {
    background: var(--_surface);
  }
  .bar {
    display: block;
    width: 100%;
    min-width: 2.5em;
    height: 0.3em;
    margin-block-start: 0.2em;
  }
  .bar .track {
    fill: var(--_border);
  }
  .bar .fill {
    fill: var(--_accent);
  }
  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-inline-end: 0.4em;
    border: 1px solid var(--_text);
    border-radius: 2px;
    vertical-align: -0.05em;
    forced-color-adjust: none;
  }
  .level-1 { background: var(--_level-1); }
  .level-2 { background: var(--_level-2); }
  .level-3 { background: var(--_level-3); }
  .level-4 { background: var(--_level-4); }
  .level-5 { background: var(--_level-5); }
  a {
    color: var(--_accent);
  }
  .more {
    margin-block-start: 0.6em;
  }
  .note {
    margin: 0.6em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* The narrow layout, when the wide one does not fit its box: the group goes under the name,
     the level shows its number beside its colour, long header words give way to short ones
     (the whole texts stay for assistive technology), and cells pad less. */
  .narrow th,
  .narrow td {
    padding: 0.35em 0.3em;
  }
  .narrow {
    --_place-width: 3em;
  }
  .narrow.wide-places {
    --_place-width: 4.5em;
  }
  .narrow .rank {
    padding-inline: 0.25em;
  }
  .narrow tbody th {
    min-width: 6em;
  }
  .narrow .group {
    display: none;
  }
  /* The link may go to a line of its own rather than widen the column past the box. */
  .narrow .last-word {
    white-space: normal;
  }
  .narrow .website {
    min-width: 1.2em;
    margin-inline-start: 0.1em;
  }
  .narrow .sub {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: normal;
  }
  .narrow .narrowable::after {
    content: attr(data-narrow);
    /* Empty alternative text: assistive technology reads the whole text beside it instead. */
    content: attr(data-narrow) / '';
  }
  .narrow .wide-text {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* "not published" breaks at its soft hyphens (nav pub-li-cēts) rather than widen the column. */
  .narrow .np {
    white-space: normal;
    hyphens: manual;
  }
  /* In a very small box the place alone stays in view: with the name beside it nothing would
     be left to scroll through. */
  @container (max-width: 15em) {
    .sticky-2 {
      position: static;
    }
  }
  /* Every header stays a sort button; only the sorted one keeps its arrow, for room. */
  .narrow [aria-sort='none'] .arrow {
    display: none;
  }
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: auto;
      background: CanvasText;
    }
    /* Forced colours drop shadows and backgrounds: the selected row keeps its rules as borders. */
    tr.selected > * {
      border-block: 3px solid Highlight;
    }
    .bar .fill {
      fill: CanvasText;
    }
    .bar .track {
      fill: GrayText;
    }
  }
  @media print {
    .toolbar,
    .more {
      display: none;
    }
    .scroller {
      overflow: visible;
    }
    /* The whole width on paper: cells wrap (a long header word breaks as a last resort)
       and pad less, instead of running off the page's edge where a screen would scroll. */
    thead th,
    td.level,
    .change,
    .np {
      white-space: normal;
    }
    thead th {
      overflow-wrap: anywhere;
      background: none;
    }
    th,
    td {
      padding: 0.3em 0.35em;
    }
    tbody th {
      min-width: 0;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
