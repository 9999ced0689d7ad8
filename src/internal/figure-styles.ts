import { css } from 'lit';

/** The chart, legend, notes and the data table with its toggle: the radar, the trend and the levels share them. */
export const figureStyles = css`
  svg[part='chart'] {
    display: block;
    max-width: 100%;
    height: auto;
    /* Text is never clipped: the layout keeps it inside, and a font wider than estimated spills rather than cuts. */
    overflow: visible;
    font-family: var(--_font);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0.5em 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend .np {
    --_c: var(--_muted);
  }
  .swatch {
    flex: none;
    overflow: visible;
  }
  .note {
    margin: 0.25em 0;
    color: var(--_muted);
  }
  /* Scrolls sideways on narrow screens when shown (and is then focusable, to scroll by keyboard). */
  .data.shown {
    margin-block-start: 0.5em;
    max-width: 100%;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: bold;
    padding-block-end: 0.25em;
  }
  th,
  td {
    padding: 0.25em 0.6em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td.np {
    color: var(--_muted);
    font-style: italic;
  }
  td .note {
    color: var(--_muted);
    font-size: 0.9em;
  }
  @media print {
    /* A button means nothing on paper; a table the reader opened prints with the chart. */
    [part='table-toggle'] {
      display: none;
    }
  }
`;

/** Focusable series points with a marker and a tooltip: the radar and the trend share them. */
export const pointStyles = css`
  .series-1 { --_c: var(--_series-1); }
  .series-2 { --_c: var(--_series-2); }
  .series-3 { --_c: var(--_series-3); }
  .series-4 { --_c: var(--_series-4); }
  .marker {
    fill: var(--_background);
    stroke: var(--_c);
    stroke-width: 2;
  }
  .point {
    cursor: default;
    outline: none;
  }
  .point .hit {
    fill: transparent;
    stroke: none;
  }
  /* Focus shows on the marker itself: an SVG group has no outline box in every engine. */
  .point:focus-visible .hit {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .tooltip rect {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-width: 1;
  }
  .tooltip text {
    fill: var(--_text);
  }
  .tip-heading {
    font-weight: bold;
  }
  @media (prefers-reduced-motion: no-preference) {
    .tooltip {
      animation: eindex-tip-in 120ms ease-out;
    }
  }
  @keyframes eindex-tip-in {
    from { opacity: 0; }
    to { opacity: 1; }
  }
  @media (forced-colors: active) {
    .point:focus-visible .hit {
      stroke: Highlight;
    }
  }
`;
