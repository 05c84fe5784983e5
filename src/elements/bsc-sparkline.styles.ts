import { css } from 'lit';
import { sparklineFigureStyles } from './internal/sparkline-figure.styles.js';

const hostStyles = css`
  :host {
    --_sparkline-width: var(--bsc-sparkline-width, 8rem);
    --_sparkline-height: var(--bsc-sparkline-height, 2rem);
    display: inline-block;
    width: var(--_sparkline-width);
    height: var(--_sparkline-height);
    vertical-align: middle;
  }
`;

export const sparklineStyles = [hostStyles, sparklineFigureStyles];
