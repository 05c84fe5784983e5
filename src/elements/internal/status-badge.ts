import { css, html, nothing, svg, type SVGTemplateResult } from 'lit';
import type { Status } from '../../engine/types.js';
import { describeStatus } from '../../format/describe.js';
import { fillTemplate, statusInSentence, type Labels } from '../../format/labels.js';

/** The part names of a badge's nodes; a node without one is no part (a badge shown as one part, whole). */
export interface StatusBadgeParts {
  badge: string;
  icon?: string;
  label?: string;
  stale?: string;
  /** The hint of the previous period's status ("was at risk"). */
  was?: string;
}

/**
 * A status as shape, word and colour, as a template: what `<bsc-status>` renders, and how every
 * element of the kit draws a status (a table of 200 KPIs without 200 more elements and shadow roots).
 */
export function statusBadge(status: Status, stale: boolean, labels: Labels, parts: StatusBadgeParts, iconOnly = false, was?: Status) {
  const hint = was !== undefined && was !== status;
  return html`<span part=${parts.badge} class="status-badge ${status}${iconOnly ? ' icon-only' : ''}${hint ? ' with-previous' : ''}" data-status=${status}
    ><svg part=${parts.icon ?? nothing} viewBox="0 0 16 16" aria-hidden="true"><path d=${shapePath(status)} fill-rule="evenodd" /></svg
    ><span part=${parts.label ?? nothing} class="status-label">${describeStatus(status, stale, labels)}</span
    >${stale ? html`<svg part=${parts.stale ?? nothing} class="status-stale" viewBox="0 0 16 16" aria-hidden="true">${CLOCK}</svg>` : nothing}${hint ? previousHint(was, labels, parts) : nothing}</span
  >`;
}

/** "was at risk": the previous period's status, small under the badge, read after it. */
function previousHint(was: Status, labels: Labels, parts: StatusBadgeParts) {
  return html`<span part=${parts.was ?? nothing} class="status-was" data-was=${was}
    ><span class="status-was-separator">${labels.separator}</span>${fillTemplate(labels.wasStatus, { status: statusInSentence(was, labels) })}</span
  >`;
}

/** A badge whose nodes are parts of their own: `status`, `status-icon`, `status-label`, `status-stale` (the charts, the cascade's rows, the contributions). */
export const STATUS_PARTS: StatusBadgeParts = { badge: 'status', icon: 'status-icon', label: 'status-label', stale: 'status-stale' };

/** A badge as one part, `status`, as the nested `<bsc-status>` it stands for was (bsc-kpi, bsc-perspective, the scorecard's header). */
export const STATUS_BADGE_PART: StatusBadgeParts = { badge: 'status' };

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
  /* The hint takes a line of its own under the status, so a narrow table cell keeps both readable. */
  .status-badge.with-previous {
    flex-wrap: wrap;
  }
  .status-was {
    flex-basis: 100%;
    white-space: normal;
    color: var(--_color-text-muted);
    font-size: 0.85em;
    font-weight: normal;
  }
  /* Heard between the status and the hint, not seen: the hint's smaller type sets it apart. */
  .status-was-separator {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
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
  return svg`<path d=${shapePath(status)} fill-rule="evenodd" />`;
}

/**
 * Every status's shape as one path, filled and outlined in the status colour (a 1-unit stroke):
 * a badge that changes status changes one attribute, not a template. The rings of "no data" and
 * "info" are annuli (even-odd), "info" with a dot inside.
 */
function shapePath(status: Status): string {
  return SHAPE_PATHS[status] ?? SHAPE_PATHS['no-data'];
}

/** A circle of radius `r` around (8, 8), as path data. */
function circle(r: number): string {
  return `M${8 - r} 8a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
}

const RING = circle(6.5) + circle(5);
const SHAPE_PATHS: Record<Status, string> = {
  exceeding: 'M8 1.5 15 14.5H1z',
  'on-track': circle(6.5),
  'at-risk': 'M8 .8 15.2 8 8 15.2.8 8z',
  'off-track': 'M2 2h12v12H2z',
  'no-data': RING,
  info: RING + circle(1.6),
};

const CLOCK = svg`<circle cx="8" cy="8" r="6.2" /><path d="M8 4.2V8l2.6 1.8" />`;
