/**
 * The scorecard's panel of a chosen KPI: its title as a heading, a close button, its trend over the
 * last two years, and its comments for the shown period. `bsc-scorecard` keeps the state (its
 * `selected-kpi`) and the focus; it loads this module the first time a KPI is chosen
 * (internal/scorecard-parts.ts), before the update that opens the panel.
 */
import { html, nothing } from 'lit';
import { periodComments } from '../../engine/commentary.js';
import type { Evaluation } from '../../engine/types.js';
import type { Labels } from '../../format/labels.js';
import { commentList } from './comment-list.js';
import '../../format/english/scorecard.js';

/** The part's styles, which the scorecard adopts when it loads this module. */
export { detailStyles as styles } from './scorecard-detail.styles.js';

export interface DetailPanelOptions {
  /** The chosen KPI. */
  id: string;
  evaluation: Evaluation;
  /** The level of the panel's heading. */
  level: number;
  labels: Labels;
  locale: string;
  onClose(): void;
}

export function detailPanel({ id, evaluation, level, labels, locale, onClose }: DetailPanelOptions) {
  const node = evaluation.node(id);
  const title = node?.kind === 'kpi' ? node.title : id;
  return html`<section part="detail" class="detail" aria-labelledby="detail-title" tabindex="-1">
    <div class="detail-header">
      <div part="detail-title" id="detail-title" role="heading" aria-level=${level}>${title}</div>
      <button part="detail-close" type="button" aria-label=${`${labels.close}${labels.separator}${title}`} @click=${onClose}>${labels.close}</button>
    </div>
    <bsc-trend-chart part="trend-chart" kpi=${id} periods=${DETAIL_PERIODS} no-select></bsc-trend-chart>
    ${detailComments(id, evaluation, level + 1, labels, locale)}
  </section>`;
}

/** The chosen KPI's comments for the shown period, under a heading of their own; nothing without any. */
function detailComments(id: string, evaluation: Evaluation, level: number, labels: Labels, locale: string) {
  const comments = periodComments(evaluation.scorecard, id, evaluation.asOf);
  if (comments.length === 0) return nothing;
  return html`<div part="detail-comments" class="detail-comments">
    <div class="detail-comments-title" role="heading" aria-level=${Math.min(level, 6)}>${labels.commentary}</div>
    ${commentList(comments, locale, labels)}
  </div>`;
}

/** The chosen KPI's trend covers two years of monthly periods. */
const DETAIL_PERIODS = 24;
