import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { alignedObjectives, contributions, type CascadeEvaluation } from '../cascade/evaluate-cascade.js';
import { formatValue } from '../format/number.js';
import { formatAsOf } from '../format/period.js';
import { BscElement } from './internal/bsc-element.js';
import { contributionsStyles } from './bsc-contributions.styles.js';
import { defineElement } from './internal/define.js';
import { statusBadge, statusBadgeStyles, STATUS_PARTS } from './internal/status-badge.js';
import '../format/english/cascade.js';
import '../format/english/figures.js';

/**
 * @summary Where a cascaded number comes from: a rolled-up KPI broken down by child scorecard
 * (each child's value, share and status; a child that could not be loaded is listed as such; a
 * value carried forward from an earlier period is shown with its period, outside the shares), or,
 * for an objective, the child objectives that serve it. Renders nothing when there is nothing to
 * break down, so a scorecard can place one beside every KPI and objective.
 *
 * Give it the cascade's evaluation (`bsc-cascade`'s `evaluation`, or `evaluateCascade`), the
 * scorecard's `node` key in the tree (the root when unset), and a `kpi` or an `objective` id.
 *
 * @csspart base - The wrapper.
 * @csspart caption - "Contributions" or "Served by".
 * @csspart table - The KPI breakdown's table.
 * @csspart row - A child's row.
 * @csspart child - The child scorecard's title.
 * @csspart value - The child's value, in the KPI's unit.
 * @csspart value-period - "as of Sep 2026": the value was carried forward from an earlier period, so the roll-up did not count it.
 * @csspart share - The child's share of the sum of the values counted; none for a value not counted.
 * @csspart bar - The bar of the share.
 * @csspart status - A status badge; `status-icon`, `status-label`, `status-stale` inside it.
 * @csspart status-icon - The status shape.
 * @csspart status-label - The status word.
 * @csspart status-stale - The clock mark of stale data.
 * @csspart missing - "Not loaded", for a child that could not be loaded.
 * @csspart list - The list of aligned child objectives.
 * @csspart item - One aligned objective.
 * @csspart objective - Its title.
 *
 * @cssprop --bsc-color-text-muted - Captions, child titles under objectives, missing children.
 * @cssprop --bsc-color-track - The share bar's track.
 * @cssprop --bsc-color-accent - The share bar.
 * @cssprop --bsc-status-on-track - Status colours (and the other `--bsc-status-*`).
 */
export class BscContributions extends BscElement {
  static override styles = [...BscElement.styles, statusBadgeStyles, contributionsStyles];

  /** The cascade's evaluation, for the period and view shown. */
  @property({ attribute: false }) evaluation?: CascadeEvaluation;

  /** The scorecard's key in the cascade (`acme/sales`); the root when unset. */
  @property() node?: string;

  /** A rolled-up KPI's id: shows each child's contribution. */
  @property() kpi?: string;

  /** An objective's id: shows the child objectives that serve it. */
  @property() objective?: string;

  override render() {
    const evaluation = this.evaluation;
    if (!evaluation) return nothing;
    const key = this.node ?? evaluation.root.node.key;
    if (this.kpi) return this.#renderKpi(evaluation, key, this.kpi);
    if (this.objective) return this.#renderObjective(evaluation, key, this.objective);
    return nothing;
  }

  #renderKpi(evaluation: CascadeEvaluation, key: string, kpiId: string) {
    const list = contributions(evaluation, key, kpiId);
    if (!list.length) return nothing;
    const labels = this.resolvedLabels;
    const locale = this.resolvedLocale;
    const currency = evaluation.node(key)?.node.scorecard?.currency;
    return html`<figure part="base" class="base">
      <figcaption part="caption" class="caption">${labels.contributions}</figcaption>
      <table part="table">
        <thead>
          <tr>
            <th scope="col">${labels.scorecard}</th>
            <th scope="col" class="number">${labels.actual}</th>
            <th scope="col" class="number">${labels.share}</th>
            <th scope="col">${labels.status}</th>
          </tr>
        </thead>
        <tbody>
          ${list.map(
            (item) => html`<tr part="row">
              <th scope="row" part="child" class="child">${item.title}</th>
              <td part="value" class="number">
                ${item.kpi ? formatValue(item.value, item.kpi.unit, { locale, currency: evaluation.node(item.key)?.node.scorecard?.currency ?? currency }) : '—'}
                ${
                  item.kpi?.period && item.value !== null && !item.counted
                    ? html`<span part="value-period" class="value-period">${formatAsOf(item.kpi.period, locale, labels)}</span>`
                    : nothing
                }
              </td>
              <td part="share" class="number">
                ${
                  item.share === null
                    ? '—'
                    : html`<svg part="bar" class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true"
                        >${svg`<rect class="track" width="100" height="6" /><rect class="fill" width=${Math.max(0, Math.min(100, item.share * 100))} height="6" />`}</svg
                      >${formatValue(item.share, 'percent', { locale })}`
                }
              </td>
              <td>
                ${
                  item.kpi
                    ? statusBadge(item.kpi.status, item.kpi.stale, labels, STATUS_PARTS)
                    : html`<span part="missing" class="missing">${labels.notLoaded}</span>`
                }
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </figure>`;
  }

  #renderObjective(evaluation: CascadeEvaluation, key: string, objectiveId: string) {
    const list = alignedObjectives(evaluation, key, objectiveId);
    if (!list.length) return nothing;
    const labels = this.resolvedLabels;
    return html`<div part="base" class="base">
      <p part="caption" class="caption">${labels.servedBy}</p>
      <ul part="list" class="list">
        ${list.map(
          (alignment) => html`<li part="item" class="item">
            ${statusBadge(alignment.objective.status, alignment.objective.stale, labels, STATUS_PARTS, true)}
            <span part="objective">${alignment.objective.title}</span>
            <span part="child" class="child">${alignment.childTitle}</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }
}

defineElement('bsc-contributions', BscContributions);

declare global {
  interface HTMLElementTagNameMap {
    'bsc-contributions': BscContributions;
  }
}
