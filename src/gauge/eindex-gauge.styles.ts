import { css } from 'lit';

export const gaugeStyles = css`
  svg {
    display: block;
    max-width: 100%;
    height: auto;
    margin-inline: auto;
    overflow: visible;
    font-family: var(--_font);
  }
  text {
    fill: var(--_text);
  }
  .track {
    fill: var(--_surface);
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .band path {
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  .level-1 path { fill: var(--_level-1); }
  .level-2 path { fill: var(--_level-2); }
  .level-3 path { fill: var(--_level-3); }
  .level-4 path { fill: var(--_level-4); }
  .level-5 path { fill: var(--_level-5); }
  .value-arc {
    fill: var(--_accent);
  }
  .marker line {
    stroke: var(--_text);
    stroke-width: 3;
    stroke-linecap: round;
  }
  .marker .halo {
    stroke: var(--_background);
    stroke-width: 7;
  }
  .average line {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .average text,
  .tick {
    fill: var(--_muted);
  }
  .value {
    font-weight: bold;
  }
  .value.np {
    font-weight: normal;
    font-style: italic;
    fill: var(--_muted);
  }
  .note {
    margin: 0.25em 0 0;
    color: var(--_muted);
    text-align: center;
  }
  .note.out-of-scale {
    color: var(--_text);
  }
  @media (forced-colors: active) {
    .band path {
      stroke: Canvas;
    }
    .track {
      fill: Canvas;
    }
  }
`;
