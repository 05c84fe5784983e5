import { css } from 'lit';

// Why some rules are as they are:
// - The viewBox stretches with its box: strokes keep their width, and dots (zero-length lines with round caps) stay round.
// - Right to left, time runs from the right, as in the trend chart and the bullet: the drawing (no text in it) is mirrored.
export const sparklineFigureStyles = css`
  .spark {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
    border-radius: 2px;
  }
  :host(:dir(rtl)) .spark {
    transform: scaleX(-1);
  }
  .spark.selectable {
    cursor: pointer;
  }
  .spark.selectable:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .spark-line,
  .spark-point,
  .spark-last,
  .spark-target,
  .spark-empty {
    fill: none;
    vector-effect: non-scaling-stroke;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .spark-line {
    stroke: var(--_color-text);
    stroke-width: 1.5;
  }
  .spark-point {
    stroke: var(--_color-text);
    stroke-width: 3;
  }
  .spark-last {
    stroke: var(--_color-text);
    stroke-width: 5;
  }
  .spark-target {
    stroke: var(--_color-text-muted);
    stroke-width: 1;
    stroke-dasharray: 3 3;
    stroke-linecap: butt;
  }
  .spark-empty {
    stroke: var(--_color-track);
    stroke-width: 1.5;
    stroke-dasharray: 2 4;
  }
  @media (forced-colors: active) {
    .spark-line,
    .spark-point,
    .spark-last,
    .spark-target {
      stroke: CanvasText;
    }
    .spark-empty {
      stroke: GrayText;
    }
  }
`;
