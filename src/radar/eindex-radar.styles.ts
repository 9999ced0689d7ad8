import { css } from 'lit';

export const radarStyles = css`
  .ring {
    fill: none;
    stroke: var(--_grid);
    stroke-width: 1;
    stroke-opacity: 0.55;
  }
  .axis {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .ring-label {
    fill: var(--_muted);
  }
  /* Text that sits on grid or series lines: a halo in the background colour interrupts them. */
  .ring-label,
  .bar-value,
  .np-text,
  .bars .axis-label {
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .axis-label {
    fill: var(--_text);
  }
  .outline {
    fill: none;
    stroke: var(--_c);
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .outline.filled {
    fill: var(--_c);
    fill-opacity: 0.12;
  }
  .bar {
    fill: var(--_c);
    fill-opacity: 0.35;
    stroke: var(--_c);
    stroke-width: 1;
  }
  .bar-value {
    fill: var(--_text);
    font-variant-numeric: tabular-nums;
  }
  .np-text {
    fill: var(--_muted);
    font-style: italic;
  }
  .key-number {
    font-weight: bold;
  }
  .key {
    margin: 0.5em 0;
    padding: 0;
    list-style: none;
  }
  .key li {
    display: flex;
    gap: 0.5em;
  }
  .key .key-number {
    flex: none;
    min-width: 1.2em;
    text-align: end;
  }
  .point.missing .marker {
    stroke-width: 1.5;
    stroke-dasharray: 2 2;
  }
  .slash {
    stroke: var(--_c, var(--_muted));
    stroke-width: 1.5;
  }
  @media (forced-colors: active) {
    .outline.filled {
      fill: none;
    }
    .bar {
      fill: none;
    }
  }
`;
