import { css, html, nothing, svg, type SVGTemplateResult } from 'lit';
import type { Status } from '../engine/types.js';
import { describeStatus } from '../format/describe.js';
import type { Labels } from '../format/labels.js';

/** The part names of a badge's nodes. */
export interface StatusBadgeParts {
  badge: string;
  icon: string;
  label: string;
  stale: string;
}

/**
 * A status as shape, word and colour, as a template: what `<bsc-status>` renders, and what a table
 * of 200 KPIs renders in its rows without 200 more elements and shadow roots.
 */
export function statusBadge(status: Status, stale: boolean, labels: Labels, parts: StatusBadgeParts, iconOnly = false) {
  return html`<span part=${parts.badge} class="status-badge ${status}${iconOnly ? ' icon-only' : ''}" data-status=${status}
    ><svg part=${parts.icon} viewBox="0 0 16 16" aria-hidden="true">${SHAPES[status] ?? SHAPES['no-data']}</svg
    ><span part=${parts.label} class="status-label">${describeStatus(status, stale, labels)}</span
    >${stale ? html`<svg part=${parts.stale} class="status-stale" viewBox="0 0 16 16" aria-hidden="true">${CLOCK}</svg>` : nothing}</span
  >`;
}

/** The badge's styles, for any element that renders `statusBadge`. */
export const statusBadgeStyles = css`
  .status-badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    line-height: 1.2;
    white-space: nowrap;
    color: var(--_status-color, var(--_status-no-data));
    font-weight: var(--_font-weight-strong);
  }
  .status-badge.exceeding {
    --_status-color: var(--_status-exceeding);
  }
  .status-badge.on-track {
    --_status-color: var(--_status-on-track);
  }
  .status-badge.at-risk {
    --_status-color: var(--_status-at-risk);
  }
  .status-badge.off-track {
    --_status-color: var(--_status-off-track);
  }
  .status-badge svg {
    width: 0.9em;
    height: 0.9em;
    flex: none;
    fill: currentColor;
    stroke: currentColor;
  }
  .status-badge .status-stale {
    fill: none;
    stroke-width: 1.6;
  }
  .status-badge.icon-only .status-label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** A status's shape (on a 16 × 16 viewBox), for a chart that draws the icon inside its own SVG. */
export function statusShape(status: Status): SVGTemplateResult {
  return SHAPES[status] ?? SHAPES['no-data'];
}

const SHAPES: Record<Status, SVGTemplateResult> = {
  exceeding: svg`<path d="M8 1.5 15 14.5H1z" />`,
  'on-track': svg`<circle cx="8" cy="8" r="6.5" />`,
  'at-risk': svg`<path d="M8 .8 15.2 8 8 15.2.8 8z" />`,
  'off-track': svg`<rect x="2" y="2" width="12" height="12" />`,
  'no-data': svg`<circle cx="8" cy="8" r="5.75" fill="none" stroke-width="2.5" />`,
  info: svg`<circle cx="8" cy="8" r="5.75" fill="none" stroke-width="2.5" /><circle cx="8" cy="8" r="1.6" />`,
};

const CLOCK = svg`<circle cx="8" cy="8" r="6.2" /><path d="M8 4.2V8l2.6 1.8" />`;
