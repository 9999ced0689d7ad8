import { css } from 'lit';

/**
 * Shared tokens and the host reset. Public theming goes through `--eindex-*` custom
 * properties; `--_*` are private. Colours use `light-dark()`, so they follow the
 * `color-scheme` the host page declares; forced-colours mode switches to system colours.
 *
 * Level colours are an ordered sequential scale: viridis (d3-scale-chromatic's
 * interpolateViridis, perceptually uniform and colour-blind safe), lightness rising with the
 * level, sampled at t = 0, .145, .29, .435, .58 on the light background and t = .4, .55, .7,
 * .85, 1 on the dark one, the stretch of the scale that keeps 3:1 against each. Series colours
 * differ along the blue–orange axis and in lightness. test/contrast.test.ts computes the
 * ratios and test/level-colours.test.ts the colour-blind simulations from these values.
 */
export const tokens = css`
  :host {
    --_font: var(--eindex-font, inherit);
    --_text: var(--eindex-text, light-dark(#1b1b1f, #ececf1));
    --_muted: var(--eindex-muted, light-dark(#52525b, #b4b4bd));
    --_background: var(--eindex-background, light-dark(#ffffff, #18181b));
    --_surface: var(--eindex-surface, light-dark(#f4f4f5, #26262b));
    --_accent: var(--eindex-accent, light-dark(#0b57a4, #8cc2ff));
    --_grid: var(--eindex-grid, light-dark(#71717a, #8e8e98));
    --_border: var(--eindex-border, light-dark(#d4d4d8, #3f3f46));
    --_focus: var(--eindex-focus, light-dark(#0b57a4, #8cc2ff));
    --_error: var(--eindex-error, light-dark(#a4161a, #ff8a8a));
    --_level-1: var(--eindex-level-1, light-dark(#440154, #2a788e));
    --_level-2: var(--eindex-level-2, light-dark(#46337f, #1e9c89));
    --_level-3: var(--eindex-level-3, light-dark(#365d8d, #44bf70));
    --_level-4: var(--eindex-level-4, light-dark(#26818e, #9bd93c));
    --_level-5: var(--eindex-level-5, light-dark(#20a386, #fde725));
    --_series-1: var(--eindex-series-1, light-dark(#1f5fa8, #7fb2f0));
    --_series-2: var(--eindex-series-2, light-dark(#b5470f, #f28a4b));
    --_series-3: var(--eindex-series-3, light-dark(#0f7a6e, #4cc3b0));
    --_series-4: var(--eindex-series-4, light-dark(#8a3b8f, #d98fd9));

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
    border: 2px solid var(--_error);
    color: var(--_text);
  }
  .status.error strong {
    color: var(--_error);
  }
  .status p {
    margin: 0;
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
