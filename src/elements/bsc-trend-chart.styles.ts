import { css } from 'lit';

// Why some rules are as they are:
// - The SVG is absolutely positioned inside the frame: its size follows the frame (measured by a
//   ResizeObserver) and never pushes on it, so a resize cannot feed back into itself.
// - The tooltip is placed through custom properties set with `style.setProperty` (a strict CSP blocks style attributes).
// - The SVG keeps `direction: ltr`: the geometry mirrors the time axis itself, and anchors are chosen by side.
export const trendChartStyles = css`
  :host {
    --_trend-height: var(--bsc-trend-chart-height, 16rem);
    display: block;
    min-width: 16rem;
    height: var(--_trend-height);
    min-height: 10rem;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    height: 100%;
    min-height: inherit;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .label {
    font-weight: var(--_font-weight-strong);
    overflow-wrap: anywhere;
    min-width: 0;
    flex: 1 1 12rem;
  }
  .table-toggle {
    font: inherit;
    font-size: var(--_font-size-small);
    color: var(--_color-accent);
    background: none;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: 0.125rem 0.5rem;
    cursor: pointer;
    margin-inline-start: auto;
  }
  .table-toggle:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .frame {
    /* Set by the element at the point under the pointer or the keyboard. */
    --_tooltip-x: 0px;
    position: relative;
    flex: 1 1 auto;
    min-height: 6rem;
  }
  .frame.loading {
    border-radius: var(--_radius);
    background: var(--_color-track);
    opacity: 0.5;
  }
  .plot {
    position: absolute;
    inset: 0;
    display: block;
    overflow: visible;
    direction: ltr;
    border-radius: 2px;
    touch-action: pan-y;
  }
  .plot:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .selectable {
    cursor: pointer;
  }
  .grid {
    stroke: var(--_color-border);
    stroke-width: 1;
    stroke-opacity: 0.6;
  }
  .axis-label {
    fill: var(--_color-text-muted);
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }
  .value-label {
    dominant-baseline: middle;
  }
  .target,
  .actual,
  .forecast {
    fill: none;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .target {
    stroke: var(--_color-text-muted);
    stroke-width: 1.5;
  }
  .actual {
    stroke: var(--_color-text);
    stroke-width: 2;
  }
  .forecast {
    stroke: var(--_color-text-muted);
    stroke-width: 2;
    stroke-dasharray: 5 4;
  }
  .forecast-end {
    fill: var(--_color-surface);
    stroke: var(--_color-text-muted);
    stroke-width: 2;
  }
  .point {
    fill: var(--_color-text);
    stroke: var(--_color-surface);
    stroke-width: 1;
  }
  .as-of {
    stroke: var(--_color-accent);
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }
  .crosshair {
    stroke: var(--_color-accent);
    stroke-width: 1;
  }
  .active-point {
    fill: var(--_color-surface);
    stroke: var(--_color-accent);
    stroke-width: 2.5;
  }
  .empty {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    color: var(--_color-text-muted);
    pointer-events: none;
  }
  .tooltip {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 1;
    transform: translateX(calc(var(--_tooltip-x) + 12px));
    display: grid;
    gap: 0.125rem;
    min-width: 8rem;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
    color: var(--_color-text);
    font-size: var(--_font-size-small);
    pointer-events: none;
    white-space: nowrap;
  }
  .tooltip-comment {
    max-width: 16rem;
    white-space: normal;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    line-clamp: 4;
    overflow: hidden;
  }
  .comment-mark {
    fill: var(--_color-accent);
  }
  .comment-cell p {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .tooltip-before .tooltip {
    transform: translateX(calc(var(--_tooltip-x) - 100% - 12px));
  }
  .tooltip-period {
    font-weight: var(--_font-weight-strong);
  }
  .tooltip-row {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
  }
  .figure {
    font-variant-numeric: tabular-nums;
  }
  .summary {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .table-wrap {
    max-height: 16rem;
    overflow: auto;
    flex: none;
  }
  .table-wrap:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .table {
    border-collapse: collapse;
    width: 100%;
    font-size: var(--_font-size-small);
  }
  .table caption {
    text-align: start;
    font-weight: var(--_font-weight-strong);
    padding-block-end: 0.25rem;
  }
  .caption-note {
    display: block;
    font-weight: normal;
    color: var(--_color-text-muted);
  }
  .table th,
  .table td {
    padding: 0.125rem 0.5rem;
    border-bottom: 1px solid var(--_color-border);
    text-align: start;
  }
  .table td.figure {
    text-align: end;
  }
  .table thead th {
    position: sticky;
    top: 0;
    background: var(--_color-surface);
  }
  @media (forced-colors: active) {
    .zone {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1;
      stroke-dasharray: 1 3;
    }
    .actual,
    .target,
    .forecast,
    .grid {
      stroke: CanvasText;
    }
    .point,
    .axis-label {
      fill: CanvasText;
    }
    .crosshair,
    .as-of,
    .active-point {
      stroke: Highlight;
    }
    .comment-mark {
      fill: Highlight;
    }
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    .zone {
      print-color-adjust: exact;
    }
    .table-toggle,
    .tooltip,
    .crosshair,
    .active-point {
      display: none;
    }
    .table-wrap {
      max-height: none;
      overflow: visible;
    }
    /* The page is narrower than the screen the plot was measured on: its viewBox scales it to fit. */
    .plot {
      width: 100%;
      height: 100%;
    }
  }
`;
