import { css } from 'lit';

/** What the charts (radar, gauge, trend, levels) share: the figure around the drawing, the reserved height, the download buttons. */
export const chartStyles = css`
  /* The reserved loading height stays the minimum once drawn: no shift when data arrives. */
  :host {
    min-height: var(--_reserve);
  }
  figure {
    margin: 0;
  }
  .image-download {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-start: 0.5em;
  }
  figcaption {
    margin-block-end: 0.25em;
    font-weight: bold;
  }
  @media print {
    /* Buttons mean nothing on paper (the table toggle is hidden there too). */
    .image-download {
      display: none;
    }
  }
`;
