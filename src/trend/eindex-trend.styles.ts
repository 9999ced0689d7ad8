import { css } from 'lit';

export const trendStyles = css`
  .gridline {
    stroke: var(--_grid);
    stroke-width: 1;
    stroke-opacity: 0.45;
  }
  .tick,
  .years text {
    fill: var(--_muted);
  }
  .line {
    fill: none;
    stroke: var(--_c);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  /* Over an unpublished edition: thin and dotted, so it never reads as a measured line. */
  /* Cells keep a value and what it is on one line: the table scrolls sideways in its region instead of growing tall. */
  tbody td {
    white-space: nowrap;
  }
  .bridge {
    fill: none;
    stroke: var(--_c, var(--_muted));
    stroke-width: 1.5;
    stroke-dasharray: 1 5;
    stroke-linecap: round;
  }
`;
