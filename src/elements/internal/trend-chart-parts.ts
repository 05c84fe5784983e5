import { html, nothing } from 'lit';
import type { TrendSeries } from '../../charts/trend-series.js';
import { describeComment } from '../../format/comment.js';
import { fillTemplate, type Labels } from '../../format/labels.js';
import { formatTarget, formatValue } from '../../format/number.js';
import { statusBadge, STATUS_PARTS } from './status-badge.js';
import '../../format/english/trend-chart.js';
import '../../format/english/figures.js';

/**
 * The trend chart's tooltip and data table (`bsc-trend-chart.ts`): templates of its series' figures
 * in words, apart from the element's lifecycle, pointer and keyboard.
 */

/** The data table holds at most this many of the latest periods. */
const TABLE_ROWS = 1000;

/** What the tooltip and the table show of the chart's series. */
export type TrendSeriesShown = Pick<TrendSeries, 'unit' | 'periods' | 'statusAt' | 'commented' | 'commentsAt'> & {
  label: string;
  currency: string | undefined;
};

/** The words the parts are written in, and the name of a period by its index. */
export interface TrendWords {
  locale: string;
  labels: Labels;
  periodName: (index: number) => string;
}

/** The point's period, actual, target, status and comments, beside the point under the pointer or the keyboard. */
export function trendTooltip(shown: TrendSeriesShown, index: number, { locale, labels, periodName }: TrendWords) {
  const period = shown.periods[index];
  if (!period) return nothing;
  const { unit, currency } = shown;
  const status = shown.statusAt(index);
  return html`<div part="tooltip" class="tooltip" aria-hidden="true">
    <div class="tooltip-period">${periodName(index)}</div>
    <div class="tooltip-row"><span>${labels.actual}</span> <span class="figure">${formatValue(period.value, unit, { locale, currency })}</span></div>
    <div class="tooltip-row"><span>${labels.target}</span> <span class="figure">${formatTarget(period.target, unit, { locale, currency })}</span></div>
    ${statusBadge(status, false, labels, STATUS_PARTS)}
    ${shown.commentsAt(index).map((comment) => html`<div part="tooltip-comment" class="tooltip-comment">${describeComment(comment, locale, labels)}</div>`)}
  </div>`;
}

/** The data table of the latest periods (at most `TABLE_ROWS`), in a focusable region named after the KPI. */
export function trendTable(shown: TrendSeriesShown, { locale, labels, periodName }: TrendWords) {
  const { unit, currency, periods } = shown;
  const first = Math.max(0, periods.length - TABLE_ROWS);
  // A column of comments only when a shown period has one: most series have none.
  const withComments = shown.commented.some((index) => index >= first);
  const rows = [];
  for (let index = first; index < periods.length; index++) {
    const period = periods[index]!;
    rows.push(html`<tr>
      <th scope="row">${periodName(index)}</th>
      <td class="figure">${formatValue(period.value, unit, { locale, currency })}</td>
      <td class="figure">${formatTarget(period.target, unit, { locale, currency })}</td>
      <td>${statusBadge(shown.statusAt(index), false, labels, STATUS_PARTS)}</td>
      ${withComments ? html`<td class="comment-cell">${shown.commentsAt(index).map((comment) => html`<p>${describeComment(comment, locale, labels)}</p>`)}</td>` : nothing}
    </tr>`);
  }
  const name = shown.label || labels.trend;
  // Focusable: a table taller than its box scrolls, and the keyboard must reach it. Its region's name is
  // not the chart's alone: a scorecard's KPI panel is a region named by the KPI too.
  return html`<div class="table-wrap" id="table" role="region" aria-label=${fillTemplate(labels.dataTableOf, { name })} tabindex="0">
    <table part="table" class="table">
      <caption>
        ${name} ${
          first > 0
            ? html`<span class="caption-note">${fillTemplate(labels.latestPeriodsShown, { shown: formatValue(TABLE_ROWS, 'number', { locale }), total: formatValue(periods.length, 'number', { locale, compact: false }) })}</span>`
            : nothing
        }
      </caption>
      <thead>
        <tr>
          <th scope="col">${labels.period}</th>
          <th scope="col">${labels.actual}</th>
          <th scope="col">${labels.target}</th>
          <th scope="col">${labels.status}</th>
          ${withComments ? html`<th scope="col">${labels.comment}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}
