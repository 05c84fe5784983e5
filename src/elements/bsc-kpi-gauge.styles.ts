import { css } from 'lit';
import { chartStyles } from './standalone-reading.js';

/** The element's own layout first; the shared chart colours after it, so their forced-colours rules win. */
export const gaugeStyles = [
// Why some rules are as they are:
// - Label anchors face the centre on the page's left and right, whatever the text direction.
  css`
    :host {
      --_gauge-size: var(--bsc-gauge-size, 12rem);
      display: block;
      max-width: var(--_gauge-size);
    }
    .base {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: calc(var(--_space) / 2);
    }
    .label {
      text-align: center;
    }
    .dial {
      display: block;
      width: 100%;
      height: auto;
      overflow: visible;
      direction: ltr;
    }
    .value {
      transition: fill var(--_transition);
    }
    .target {
      stroke: var(--_color-text);
      stroke-width: 3;
    }
    .needle {
      stroke: var(--_color-text);
      stroke-width: 2.5;
      stroke-linecap: round;
    }
    .hub {
      fill: var(--_color-text);
    }
    .tick {
      fill: var(--_color-text-muted);
      font-size: 11px;
      font-variant-numeric: tabular-nums;
      dominant-baseline: middle;
    }
    .readout {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      align-items: baseline;
      gap: 0.125rem 0.5rem;
      text-align: center;
    }
    .value-text {
      font-size: var(--_font-size-large);
    }
  `,
  chartStyles,
];
