import { css } from 'lit';

// Why some rules are as they are:
// - The SVG's viewBox is the layout's size: at the container's width it draws 1:1; a map wider than
//   its container (a lane too full) scales down to fit rather than overflow.
// - Status is the box's outline colour, its icon's shape and (for assistive technology) its word;
//   themes are outlines that differ by dash pattern as well as colour, and are named in the legend.
// - Highlighting is instant: fading a thousand SVG elements (a map of 200 objectives) costs the
//   browser twice the style work, past a frame.
// - The SVG takes tabindex="-1": Chromium makes it a Tab stop of its own otherwise (a focusable
//   scroller); the Tab stop is the active objective.
// - A theme the model gives a colour draws with the `stroke` attribute (no style attribute: strict
//   CSP), so no rule here sets the stroke of `.custom` outlines, except in forced colours.
export const strategyMapStyles = css`
  :host {
    --_theme-1: var(--bsc-strategy-map-theme-1, light-dark(#6d28d9, #c4b5fd));
    --_theme-2: var(--bsc-strategy-map-theme-2, light-dark(#0f766e, #5eead4));
    --_theme-3: var(--bsc-strategy-map-theme-3, light-dark(#be185d, #f9a8d4));
    --_theme-4: var(--bsc-strategy-map-theme-4, light-dark(#9a3412, #fdba74));
    --_lane: var(--bsc-strategy-map-lane, var(--_color-surface-raised));
    --_lane-alternate: var(--bsc-strategy-map-lane-alternate, var(--_color-surface));
    --_link: var(--bsc-strategy-map-link, var(--_color-text-muted));
    --_dimmed: var(--bsc-strategy-map-dimmed-opacity, 0.2);
    display: block;
  }
  .sizer {
    height: 0;
  }
  .map {
    display: block;
    width: 100%;
    height: auto;
    overflow: hidden;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    box-sizing: border-box;
    touch-action: manipulation;
    outline: none;
  }
  .map.zoomable {
    /* Fingers pan and pinch the map (elements/internal/map-zoom.ts), not the page. */
    touch-action: none;
  }
  .lane {
    fill: var(--_lane);
  }
  .lane.alternate {
    fill: var(--_lane-alternate);
  }
  .lane-title {
    fill: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
    dominant-baseline: central;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .link {
    fill: none;
    stroke: var(--_link);
    stroke-width: 1.5;
  }
  .arrow {
    fill: var(--_link);
  }
  .theme {
    fill: none;
    stroke-width: 2;
  }
  .theme-0:not(.custom) {
    stroke: var(--_theme-1);
  }
  .theme-1:not(.custom) {
    stroke: var(--_theme-2);
  }
  .theme-2:not(.custom) {
    stroke: var(--_theme-3);
  }
  .theme-3:not(.custom) {
    stroke: var(--_theme-4);
  }
  .dash-1 {
    stroke-dasharray: 6 3;
  }
  .dash-2 {
    stroke-dasharray: 1.5 2.5;
    stroke-linecap: round;
  }
  .dash-3 {
    stroke-dasharray: 8 3 2 3;
  }
  /* Left out by the scorecard's filter: still there, still reachable, stepped back. */
  .node.faded,
  .node-label.faded {
    opacity: 0.35;
  }
  .node {
    cursor: pointer;
    outline: none;
  }
  .node,
  .node-label {
    --_status-color: var(--_status-no-data);
  }
  .node.exceeding,
  .node-label.exceeding {
    --_status-color: var(--_status-exceeding);
  }
  .node.on-track,
  .node-label.on-track {
    --_status-color: var(--_status-on-track);
  }
  .node.at-risk,
  .node-label.at-risk {
    --_status-color: var(--_status-at-risk);
  }
  .node.off-track,
  .node-label.off-track {
    --_status-color: var(--_status-off-track);
  }
  .node-label {
    pointer-events: none;
  }
  .frame {
    fill: var(--_color-surface);
    stroke: var(--_status-color);
    stroke-width: 2;
  }
  .node.no-data .frame,
  .node.info .frame {
    stroke-dasharray: 4 3;
  }
  .node:hover .frame {
    fill: var(--_color-surface-raised);
  }
  .focus-ring {
    fill: none;
    stroke: var(--_color-focus);
    stroke-width: var(--bsc-focus-ring-width, 2px);
    visibility: hidden;
  }
  .node:focus-visible .focus-ring {
    visibility: visible;
  }
  .node-title {
    fill: var(--_color-text);
    dominant-baseline: central;
  }
  .status-icon {
    fill: var(--_status-color);
    stroke: var(--_status-color);
  }
  .score {
    fill: var(--_color-text);
    font-size: var(--_font-size-small);
    font-variant-numeric: tabular-nums;
    dominant-baseline: central;
  }
  .tracing .node:not(.on-path),
  .tracing .node-label:not(.on-path),
  .tracing .edge:not(.on-path),
  .tracing .theme {
    opacity: var(--_dimmed);
  }
  .tracing .edge.on-path .link {
    stroke: var(--_color-text);
    stroke-width: 2.5;
  }
  .tracing .edge.on-path .arrow {
    fill: var(--_color-text);
  }
  .toolbar {
    display: flex;
    justify-content: flex-end;
    gap: calc(var(--_space) / 2);
    margin-block-end: calc(var(--_space) / 2);
  }
  .toolbar button {
    font: inherit;
    font-size: var(--_font-size-small);
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: 0.2em 0.6em;
    cursor: pointer;
  }
  .toolbar button:focus-visible,
  summary:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: var(--_space) 0 0;
    padding: 0;
    list-style: none;
    font-size: var(--_font-size-small);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend svg {
    width: 1.6em;
    height: 0.8em;
    flex: none;
  }
  .as-text {
    margin-block-start: var(--_space);
    font-size: var(--_font-size-small);
  }
  .as-text summary {
    cursor: pointer;
    color: var(--_color-text-muted);
    border-radius: 2px;
  }
  .as-text ul {
    margin: calc(var(--_space) / 2) 0;
    padding-inline-start: 1.25em;
  }
  [part='error'] {
    margin-block-end: var(--_space);
  }
  .empty {
    margin: 0;
    color: var(--_color-text-muted);
  }
  @media (forced-colors: active) {
    .lane,
    .lane.alternate,
    .frame {
      fill: Canvas;
    }
    .link,
    .theme,
    .theme.custom,
    .frame {
      stroke: CanvasText;
    }
    .arrow,
    .node-title,
    .score,
    .lane-title {
      fill: CanvasText;
    }
    .focus-ring {
      stroke: Highlight;
    }
  }
  /* On paper: no zoom buttons, the lanes' tints printed, the map whole on one page where it fits (its viewBox scales it to the page's width). */
  @media print {
    .toolbar {
      display: none;
    }
    .map {
      print-color-adjust: exact;
      break-inside: avoid;
    }
  }
`;
