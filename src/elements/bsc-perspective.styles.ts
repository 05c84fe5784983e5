import { css } from 'lit';
import { cardStyles } from './internal/card.styles.js';
import { figureStyles } from './bsc-kpi.styles.js';

const ownStyles = css`
  :host {
    display: block;
  }
  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    align-content: start;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) / 2) var(--_space);
    padding-block-end: var(--_space);
    border-block-end: 2px solid var(--_color-border);
  }
  .title {
    flex: 1 1 10rem;
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: var(--_font-weight-strong);
    line-height: 1.25;
  }
  .overall {
    display: inline-flex;
    align-items: baseline;
    gap: var(--_space);
  }
  .score {
    font-size: var(--_font-size-large);
    font-weight: var(--_font-weight-strong);
    font-variant-numeric: tabular-nums;
  }
  .description {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  bsc-objective + bsc-objective {
    padding-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_color-border);
  }
  /* On paper the card may run over pages: its title stays with the first objective, no card is cut at a fixed height. */
  @media print {
    .card {
      height: auto;
    }
    .header {
      break-after: avoid;
    }
  }
`;

export const perspectiveStyles = [figureStyles, cardStyles, ownStyles];
