import { css } from 'lit';
import { chartStyles } from './internal/standalone-reading.js';

/** The element's own layout first; the shared chart colours after it, so their forced-colours rules win. */
export const bulletStyles = [
  // Why some rules are as they are:
  // - Anchors are placed by where a label sits, left or right; the text inside still follows Unicode's bidi rules.
  css`
    :host {
      --_bullet-height: var(--bsc-bullet-height, 1.5rem);
      display: block;
    }
    .base {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: 0.125rem 0.75rem;
    }
    .readout {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.125rem 0.5rem;
      margin-inline-start: auto;
    }
    .plot {
      position: relative;
    }
    .chart,
    .overlay {
      display: block;
      width: 100%;
      height: var(--_bullet-height);
    }
    .overlay {
      position: absolute;
      inset: 0;
      overflow: visible;
      pointer-events: none;
    }
    .band,
    .track,
    .target {
      vector-effect: non-scaling-stroke;
    }
    .target {
      fill: none;
      stroke: var(--_color-text);
      stroke-width: 3;
    }
    .axis {
      display: block;
      width: 100%;
      height: 1.2em;
      overflow: visible;
      direction: ltr;
      font-size: var(--_font-size-small);
    }
    .tick {
      fill: var(--_color-text-muted);
      font-variant-numeric: tabular-nums;
      dominant-baseline: hanging;
    }
  `,
  ...chartStyles,
];
