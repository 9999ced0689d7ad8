import { css } from 'lit';

export const levelsStyles = css`
  .level-1 { --_c: var(--_level-1); }
  .level-2 { --_c: var(--_level-2); }
  .level-3 { --_c: var(--_level-3); }
  .level-4 { --_c: var(--_level-4); }
  .level-5 { --_c: var(--_level-5); }
  .heading {
    fill: var(--_text);
  }
  .segment rect,
  .swatch-box {
    fill: var(--_c);
  }
  /* A thin background-coloured edge keeps neighbouring segments apart without colour. */
  .segment > rect:first-child {
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  .segment text {
    fill: var(--_text);
    font-variant-numeric: tabular-nums;
  }
  /* On a segment of any level colour (or a theme's), a halo in the background colour keeps the text readable. */
  .segment text.inside {
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .empty-bar {
    fill: none;
    stroke: var(--_border);
    stroke-dasharray: 4 3;
  }
  .np {
    fill: var(--_muted);
    font-style: italic;
  }
  /* Not bold: the layout measures normal-weight text, and a wider bold line could pass the edge. */
  .mark text {
    fill: var(--_text);
  }
  .mark path {
    fill: var(--_text);
  }
  th .note {
    display: block;
    font-weight: normal;
  }
  @media (forced-colors: active) {
    .segment > rect:first-child,
    .swatch-box {
      fill: Canvas;
      stroke: CanvasText;
    }
    .segment text.inside {
      stroke: Canvas;
    }
  }
`;
