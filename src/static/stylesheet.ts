/**
 * The small stylesheet for static renderings (`eindex-widgets render --stylesheet`, shipped
 * as dist/eindex-static.css): colours by class, the same defaults and `--eindex-*` custom
 * properties as the elements' tokens (src/internal/styles.ts), so a themed page themes both.
 * Everything is scoped under `.eindex-static`, so it cannot restyle the host page. The colours
 * come from the list the elements' styles are written from (internal/colour-tokens.ts).
 */
import { colourDeclarations } from '../internal/colour-tokens.js';

const SERIES = [1, 2, 3, 4];
const LEVELS = [1, 2, 3, 4, 5];

export const STATIC_STYLESHEET = `/* eindex-widgets: static renderings (eindex-widgets render). */
.eindex-static {
${colourDeclarations().replace(/^/gm, '  ')}
  display: block;
  box-sizing: border-box;
  max-width: 100%;
  margin: 0;
  font-family: var(--eindex-font, inherit);
  font-size: var(--eindex-font-size, max(1em, 14px));
  line-height: 1.45;
  color: var(--_text);
  /* As the elements do: text and background from one pair, so contrast holds in light and dark. */
  background: var(--_background);
}
.eindex-static table { border-collapse: collapse; width: 100%; }
/* A table wider than a phone scrolls inside its own focusable, named region, not the page. */
.eindex-static .scroller { overflow-x: auto; max-width: 100%; }
.eindex-static .scroller:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
.eindex-static caption { text-align: start; font-weight: 600; padding: 0 0 0.5em; }
.eindex-static th, .eindex-static td { padding: 0.35em 0.5em; border-bottom: 1px solid var(--_border); text-align: start; vertical-align: top; }
.eindex-static thead th { background: var(--_surface); font-weight: 600; }
.eindex-static tbody th { font-weight: normal; }
.eindex-static .num { text-align: end; font-variant-numeric: tabular-nums; }
/* "not published" may wrap, so a phone needs no sideways scrolling. */
.eindex-static .np { color: var(--_muted); font-style: italic; white-space: normal; }
.eindex-static .highlighted { font-weight: 600; }
.eindex-static .vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
/* As the live table: the group under the name and a level's number in a narrow box. */
.eindex-static-ranking { container-type: inline-size; }
.eindex-static .sub { display: none; color: var(--_muted); font-size: 0.9em; }
.eindex-static .narrow-text { display: none; }
@container (max-width: 42em) {
  .eindex-static .sub { display: block; }
  .eindex-static .folds { display: none; }
  .eindex-static .level .wide-text { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .eindex-static .level .narrow-text { display: inline; }
}
.eindex-static .swatch { display: inline-block; width: 0.75em; height: 0.75em; margin-inline-end: 0.35em; border-radius: 2px; }
.eindex-static .note { color: var(--_muted); font-size: 0.9em; margin: 0.5em 0 0; }
.eindex-static a { color: var(--_accent); }
.eindex-static figcaption { font-weight: 600; margin: 0 0 0.25em; }
.eindex-static svg { display: block; max-width: 100%; height: auto; overflow: visible; font-family: inherit; }
.eindex-static svg text { fill: var(--_text); }
.eindex-static .tick, .eindex-static .ring-label { fill: var(--_muted); }
.eindex-static .track { fill: var(--_surface); stroke: var(--_grid); }
.eindex-static .value-arc { fill: var(--_accent); }
.eindex-static .value { font-weight: 700; }
.eindex-static .marker line { stroke: var(--_text); stroke-width: 3; }
.eindex-static .marker .halo { stroke: var(--_background); stroke-width: 7; }
.eindex-static .average line { stroke: var(--_text); stroke-width: 2; }
.eindex-static .grid .ring, .eindex-static .grid .axis { fill: none; stroke: var(--_grid); stroke-opacity: 0.6; }
.eindex-static .series .outline { fill: none; stroke: currentColor; stroke-width: 2; }
.eindex-static .series .outline.closed { fill: currentColor; fill-opacity: 0.12; }
.eindex-static .series .marker { fill: currentColor; }
.eindex-static .series .missing .marker { fill: var(--_background); stroke: currentColor; }
.eindex-static .series .slash { stroke: currentColor; stroke-width: 1.5; }
.eindex-static .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25em 1em; padding: 0; margin: 0.5em 0; }
.eindex-static-radar .legend li::before { content: ""; display: inline-block; width: 1.5em; height: 0.2em; margin-inline-end: 0.4em; vertical-align: middle; background: currentColor; }
${SERIES.map((i) => `.eindex-static .series-${i} { color: var(--_series-${i}); }`).join('\n')}
${LEVELS.map((i) => `.eindex-static .level-${i} { --_level: var(--_level-${i}); }`).join('\n')}
.eindex-static .swatch[class*="level-"] { background: var(--_level); }
.eindex-static .band path { fill: var(--_level); }
/* Trend, as the element draws it: solid lines only between neighbouring published editions, dotted over a gap. */
.eindex-static .gridline { stroke: var(--_grid); stroke-opacity: 0.45; }
.eindex-static .years text { fill: var(--_muted); }
.eindex-static .line { fill: none; stroke: currentColor; stroke-width: 2.5; stroke-linejoin: round; }
.eindex-static .bridge { fill: none; stroke: currentColor; stroke-width: 1.5; stroke-dasharray: 1 5; stroke-linecap: round; }
.eindex-static-trend .series .marker, .eindex-static .swatch-line .marker { fill: var(--_background); stroke: currentColor; stroke-width: 2; }
.eindex-static .swatch-line { display: inline-block; vertical-align: middle; margin-inline-end: 0.4em; overflow: visible; }
.eindex-static .swatch-line.np { color: var(--_muted); }
/* Levels: a thin background-coloured edge keeps neighbouring segments apart without colour. */
.eindex-static .segment > rect:first-child, .eindex-static .swatch-box { fill: var(--_level); }
.eindex-static .segment > rect:first-child { stroke: var(--_background); stroke-width: 1.5; }
.eindex-static .segment text { font-variant-numeric: tabular-nums; }
.eindex-static .segment text.inside { paint-order: stroke; stroke: var(--_background); stroke-width: 3px; stroke-linejoin: round; }
.eindex-static .empty-bar { fill: none; stroke: var(--_border); stroke-dasharray: 4 3; }
.eindex-static svg text.np { fill: var(--_muted); font-style: italic; }
.eindex-static .mark path { fill: var(--_text); }
.eindex-static .row-note { display: block; color: var(--_muted); font-size: 0.9em; }
/* The live element's "Table" button, as a disclosure that needs no script. */
.eindex-static .data { margin: 0.5em 0 0; }
.eindex-static .data summary { display: inline-block; padding: 0.35em 0.9em; border: 1px solid var(--_accent); border-radius: 4px; color: var(--_accent); cursor: pointer; }
.eindex-static .data summary:focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
.eindex-static .data[open] summary { margin-block-end: 0.5em; }
.eindex-static-trend tbody td { white-space: nowrap; }
@media (forced-colors: active) {
  .eindex-static .swatch, .eindex-static .band path, .eindex-static .value-arc { forced-color-adjust: none; fill: CanvasText; background: CanvasText; }
  .eindex-static .segment > rect:first-child, .eindex-static .swatch-box { fill: Canvas; stroke: CanvasText; }
  .eindex-static .segment text.inside { stroke: Canvas; }
}
/* Inside an element, the static rendering is the fallback: it keeps the element a block. */
eindex-ranking, eindex-radar, eindex-gauge, eindex-trend, eindex-levels { display: block; }
`;
