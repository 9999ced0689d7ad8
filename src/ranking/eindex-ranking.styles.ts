import { css } from 'lit';

export const rankingStyles = css`
  :host {
    container-type: inline-size;
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
  /* The table scrolls sideways inside its box on narrow screens; the page never does. */
  .scroller {
    /* The containing block of visually hidden cell text, so it scrolls with the table
       instead of widening the page. */
    position: relative;
    max-width: 100%;
    overflow-x: auto;
  }
  table {
    display: table;
    width: 100%;
    border-collapse: collapse;
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
    font-size: 0.8em;
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
  tbody tr.row:hover {
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
  /* The selected row: accent border plus an underlined name. */
  tr.selected > * {
    border-block: 2px solid var(--_accent);
  }
  tr.selected .name {
    text-decoration: underline;
    text-decoration-thickness: 2px;
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
  .level {
    white-space: nowrap;
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
  .change {
    white-space: nowrap;
  }
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
  @container (max-width: 30em) {
    th,
    td {
      padding: 0.35em 0.35em;
    }
    tbody th {
      min-width: 7em;
    }
  }
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: auto;
      background: CanvasText;
    }
    tr.selected > * {
      border-color: Highlight;
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
    .level,
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
