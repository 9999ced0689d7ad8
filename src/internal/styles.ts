import { css, unsafeCSS } from 'lit';
import { colourDeclarations } from './colour-tokens.js';

/**
 * Shared tokens and the host reset. Public theming goes through `--eindex-*` custom
 * properties; `--_*` are private. Colours use `light-dark()`, so they follow the
 * `color-scheme` the host page declares; forced-colours mode switches to system colours.
 *
 * The colours' defaults are in colour-tokens.ts, shared with the static renderings; `tokens`
 * stays a static template, which the build minifies (vite.config.ts), and comes after
 * `colourTokens`, so its forced-colours and print rules override the defaults.
 */
export const colourTokens = unsafeCSS(`:host{${colourDeclarations()}}`);

export const tokens = css`
  :host {
    --_font: var(--eindex-font, inherit);

    /* A page's global CSS inherits into shadow trees: reset what would garble a table or chart. */
    display: block;
    position: relative;
    box-sizing: border-box;
    max-width: 100%;
    min-width: 0;
    font-family: var(--_font);
    font-size: var(--eindex-font-size, max(1em, 14px));
    font-style: normal;
    font-weight: normal;
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: break-word;
    color: var(--_text);
    background: var(--_background);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .status {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    gap: 0.5em;
    min-height: var(--_reserve, 12em);
    padding: 1em;
    border: 1px dashed var(--_border);
    border-radius: 4px;
    color: var(--_muted);
  }
  .status.error {
    /*
     * Never shorter than the default status box, even where the reserved height is less (the
     * levels' one bar): sized by its text alone, the error box lost two of its five lines
     * under a page whose small root font size brings the text to its 14 px floor (0.69 of its height).
     */
    min-height: max(var(--_reserve, 12em), 12em);
    border: 2px solid var(--_error);
    color: var(--_text);
  }
  .status.error strong {
    color: var(--_error);
  }
  .status p {
    margin: 0;
  }
  .address {
    word-break: break-all;
  }
  /* A long address in a message is as wide as the box, not as its longest unbreakable piece (a 160 px column). */
  .status > * {
    max-width: 100%;
  }
  /* Misconfiguration notices above a drawing (internal/notice.ts): quiet, but never smaller than 12px. */
  .notices {
    margin: 0 0 0.5em;
  }
  .notice {
    margin: 0 0 0.25em;
    padding: 0.35em 0.6em;
    border-left: 3px solid var(--_accent);
    background: var(--_surface);
    font-size: max(0.875em, 12px);
    overflow-wrap: anywhere;
  }
  .status button,
  .control {
    padding: 0.35em 0.9em;
    border: 1px solid var(--_accent);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_accent);
    cursor: pointer;
  }
  .status button:hover,
  .control:hover {
    background: var(--_surface);
  }
  @media (prefers-reduced-motion: no-preference) {
    .status.loading::after {
      content: '';
      width: 40%;
      height: 0.4em;
      border-radius: 0.2em;
      background: var(--_surface);
      animation: eindex-pulse 1.2s ease-in-out infinite alternate;
    }
  }
  @keyframes eindex-pulse {
    from { opacity: 0.4; }
    to { opacity: 1; }
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_background: Canvas;
      --_surface: Canvas;
      --_accent: LinkText;
      --_grid: GrayText;
      --_border: CanvasText;
      --_focus: Highlight;
      --_error: CanvasText;
      --_level-1: CanvasText;
      --_level-2: CanvasText;
      --_level-3: CanvasText;
      --_level-4: CanvasText;
      --_level-5: CanvasText;
      --_series-1: CanvasText;
      --_series-2: CanvasText;
      --_series-3: CanvasText;
      --_series-4: CanvasText;
    }
  }
  @media print {
    :host {
      /* Paper is white whatever the screen's scheme: light-dark() takes the light values, so
         a page printed from dark mode gets dark ink, not its pale screen colours. */
      color-scheme: light;
      --_text: #000;
      --_muted: #333;
      --_background: #fff;
      --_surface: #fff;
    }
  }
`;
