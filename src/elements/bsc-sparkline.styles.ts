import { css } from 'lit';

// Why some rules are as they are:
// - The viewBox stretches with the element: strokes keep their width, and dots (zero-length lines with round caps) stay round.
export const sparklineStyles = css`
  :host {
    --_sparkline-width: var(--bsc-sparkline-width, 8rem);
    --_sparkline-height: var(--bsc-sparkline-height, 2rem);
    display: inline-block;
    width: var(--_sparkline-width);
    height: var(--_sparkline-height);
    vertical-align: middle;
  }
  .base {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
    border-radius: 2px;
  }
  .selectable {
    cursor: pointer;
  }
  .selectable:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .line,
  .point,
  .last-point,
  .target,
  .empty {
    fill: none;
    vector-effect: non-scaling-stroke;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .line {
    stroke: var(--_color-text);
    stroke-width: 1.5;
  }
  .point {
    stroke: var(--_color-text);
    stroke-width: 3;
  }
  .last-point {
    stroke: var(--_color-text);
    stroke-width: 5;
  }
  .target {
    stroke: var(--_color-text-muted);
    stroke-width: 1;
    stroke-dasharray: 3 3;
    stroke-linecap: butt;
  }
  .empty {
    stroke: var(--_color-track);
    stroke-width: 1.5;
    stroke-dasharray: 2 4;
  }
  @media (forced-colors: active) {
    .line,
    .point,
    .last-point,
    .target {
      stroke: CanvasText;
    }
    .empty {
      stroke: GrayText;
    }
  }
`;
