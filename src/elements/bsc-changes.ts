import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cachedChanges, previousEvaluation, type Changes, type StaleChange, type StatusChange } from '../engine/changes.js';
import { evaluate } from '../engine/evaluate.js';
import type { Evaluation, View } from '../engine/types.js';
import { describeStatusChange, formatChangesSummary, moveLabel } from '../format/changes.js';
import type { Labels } from '../format/labels.js';
import { formatPeriodLabel } from '../format/period.js';
import type { ModelIssue } from '../model/issues.js';
import { modelLocale } from '../model/model-locale.js';
import { parsePeriod } from '../model/periods.js';
import type { Scorecard } from '../model/schema.js';
import { BscElement } from './internal/bsc-element.js';
import { changesStyles } from './bsc-changes.styles.js';
import { defineElement } from './internal/define.js';
import { emit } from './internal/events.js';
import { issueList, issueListStyles } from './internal/issue-list.js';
import { IssueReporter } from './internal/issue-reporter.js';
import { readModelProperty } from './internal/model-property.js';
import { statusBadge, statusBadgeStyles } from './internal/status-badge.js';
import '../format/english/states.js';
import '../format/english/changes.js';
import '../format/english/figures.js';

/**
 * @summary What changed since the previous period: "Since September 2026: 3 worse, 2 better", then
 * each node whose status moved — the scorecard, a perspective, an objective or a KPI — with its
 * status then and now, and each node newly stale. Each line is a button that selects the node.
 *
 * Inside a `<bsc-scorecard>` it follows the scorecard's period and view; on its own it shows the
 * `model` property (an object or JSON text) as of `period` (the model's `asOf` when unset). At the
 * first period with data there is nothing to compare with, and it says so.
 *
 * @fires bsc-select - A line was chosen (click, Enter or Space). `detail: { kind, id }`, the node's kind (`scorecard`, `perspective`, `objective`, `kpi`) and id.
 * @fires bsc-error - The standalone `model` is invalid; the last good list stays. `detail: { issues: [{ path, message }] }`
 *
 * @csspart base - The wrapper of the summary and the list.
 * @csspart summary - "Since September 2026: 3 worse, 2 better", or that nothing changed.
 * @csspart list - The list of changes.
 * @csspart change - One line (`<li>`); `data-move` is `better`, `worse`, `no-data`, `data`, `unscored`, `scored` or `stale`.
 * @csspart change-button - The line's button, which selects the node.
 * @csspart change-title - The node's title.
 * @csspart change-kind - What the node is: perspective, objective, KPI, scorecard.
 * @csspart change-from - The status before (shape and word).
 * @csspart change-to - The status now (shape and word).
 * @csspart change-move - How it moved: "Worse", "Better", "Data missing", "Newly stale" ….
 * @csspart no-previous - Shown at the first period with data: nothing to compare with.
 * @csspart loading - Shown on its own until the page sets `model` (in a scorecard, the scorecard says it is loading).
 * @csspart error - The issues of an invalid `model`.
 *
 * @cssprop --bsc-color-text - The titles.
 * @cssprop --bsc-color-text-muted - The kinds and the summary's lighter words.
 * @cssprop --bsc-color-border - The lines between changes.
 * @cssprop --bsc-color-surface-raised - A line's background under the pointer.
 * @cssprop --bsc-status-off-track - The mark of a worse move.
 * @cssprop --bsc-status-on-track - The mark of a better move.
 */
export class BscChanges extends BscElement {
  static override styles = [...BscElement.styles, statusBadgeStyles, issueListStyles, changesStyles];

  /** Standalone: the model, as an object or JSON text; wins over an enclosing scorecard's. */
  @property({ attribute: false }) model?: unknown;

  /** Standalone: the as-of period (`2026-10`); the model's `asOf`, else its latest data, when unset. */
  @property({ reflect: true }) period?: string;

  /** Standalone: `period` (the as-of period's values, the default) or `ytd` (fiscal year to date). */
  @property({ reflect: true }) view: View = 'period';

  /** Leaves the summary out, for a place that already shows it (the scorecard's header). */
  @property({ type: Boolean, attribute: 'no-summary' }) noSummary = false;

  @state() private _issues: ModelIssue[] = [];
  /** The last valid standalone model. */
  #model?: Scorecard;
  /** Fires `bsc-error` after the update that shows an invalid `model`'s issues. */
  #issueReporter = new IssueReporter(this);

  /** The changes shown: null before a model, or at the first period with data. */
  get changes(): Changes | null {
    const shown = this.#shown();
    return shown?.previous ? cachedChanges(shown.evaluation, shown.previous) : null;
  }

  /** A model's language, before the update that parses the model (its labels load first). */
  protected override get labelsLocale(): string {
    return this.locale || modelLocale(this.model) || super.labelsLocale;
  }

  /** Standalone, the model's language comes before the page's, as in a `<bsc-scorecard>`. */
  protected override get resolvedLocale(): string {
    return this.locale || this.#model?.locale || super.resolvedLocale;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('model')) ({ scorecard: this.#model, issues: this._issues } = readModelProperty(this.model, this.#model, this.#issueReporter));
  }

  override render() {
    const labels = this.resolvedLabels;
    const error = this._issues.length ? issueList(this._issues, this.#model ? labels.errorKeepsLast : labels.errorTitle, { alert: !this.#model }) : nothing;
    const shown = this.#shown();
    if (!shown) {
      if (this._issues.length) return error;
      // In a scorecard that has no model yet, the scorecard says it is loading (or why it cannot): this stays quiet.
      return this.awaitingScorecard ? nothing : html`<p part="loading" role="status">${labels.loading}</p>`;
    }
    if (!shown.previous) return html`${error}<p part="no-previous" class="quiet">${labels.noPreviousPeriod}</p>`;
    const changes = cachedChanges(shown.evaluation, shown.previous);
    const moved = new Set(changes.moved.map((change) => change.id));
    const stale = changes.newlyStale.filter((change) => !moved.has(change.id));
    return html`${error}<div part="base" class="base">
      ${this.noSummary ? nothing : html`<p part="summary" class="summary">${formatChangesSummary(changes, this.resolvedLocale, labels)}</p>`}
      ${
        changes.moved.length + stale.length === 0
          ? nothing
          : html`<ul part="list" class="list" aria-label=${this.#listName(changes, labels)}>
            ${changes.moved.map((change) => this.#renderMove(change, labels))} ${stale.map((change) => this.#renderStale(change, labels))}
          </ul>`
      }
    </div>`;
  }

  /** "Changes since September 2026": the list's name for assistive technology. */
  #listName(changes: Changes, labels: Labels): string {
    return `${labels.changes}${labels.separator}${formatPeriodLabel(changes.previous, this.resolvedLocale, { style: 'long', labels })}`;
  }

  #renderMove(change: StatusChange, labels: Labels) {
    return html`<li part="change" class="change" data-move=${change.move}>
      <button part="change-button" type="button" @click=${() => this.#select(change)}>
        ${this.#renderTitle(change, labels)}
        <span class="statuses">
          <span class="vh">${describeStatusChange(change, labels)}</span>
          <span class="seen" aria-hidden="true"
            >${statusBadge(change.from, false, labels, FROM_PARTS)}<span class="arrow">→</span>${statusBadge(change.to, change.stale, labels, TO_PARTS)}</span
          >
        </span>
        <span part="change-move" class="move ${change.move}">${moveLabel(change.move, labels)}</span>
      </button>
    </li>`;
  }

  #renderStale(change: StaleChange, labels: Labels) {
    return html`<li part="change" class="change" data-move="stale">
      <button part="change-button" type="button" @click=${() => this.#select(change)}>
        ${this.#renderTitle(change, labels)}
        <span class="statuses">${statusBadge(change.status, true, labels, TO_PARTS)}</span>
        <span part="change-move" class="move stale">${labels.newlyStale}</span>
      </button>
    </li>`;
  }

  #renderTitle(change: StatusChange | StaleChange, labels: Labels) {
    return html`<span class="what"
      ><span part="change-kind" class="kind">${labels[KIND_LABEL[change.kind]]}</span><span class="vh">${labels.separator}</span
      ><span part="change-title" class="title">${change.title}</span></span
    >`;
  }

  #select(change: StatusChange | StaleChange): void {
    emit(this, 'bsc-select', { kind: change.kind, id: change.id });
  }

  /** The evaluation shown and the one it compares with: the standalone model's, else the scorecard's. */
  #shown(): { evaluation: Evaluation; previous: Evaluation | null } | undefined {
    if (this.#model) {
      const asOf = this.period && parsePeriod(this.period) ? this.period : undefined;
      const evaluation = evaluate(this.#model, { asOf, view: this.view === 'ytd' ? 'ytd' : 'period' });
      return { evaluation, previous: previousEvaluation(evaluation) };
    }
    const context = this.context;
    if (!context) return undefined;
    // A scorecard provides the period before; a context without one (an older provider) is answered here.
    return { evaluation: context.evaluation, previous: context.previous ?? previousEvaluation(context.evaluation) };
  }
}

const KIND_LABEL = { scorecard: 'scorecard', perspective: 'perspective', objective: 'objective', kpi: 'kpi' } as const satisfies Record<
  StatusChange['kind'],
  keyof Labels
>;
const FROM_PARTS = { badge: 'change-from', icon: 'change-from-icon', label: 'change-from-label', stale: 'change-from-stale' };
const TO_PARTS = { badge: 'change-to', icon: 'change-to-icon', label: 'change-to-label', stale: 'change-to-stale' };

defineElement('bsc-changes', BscChanges);

declare global {
  interface HTMLElementTagNameMap {
    'bsc-changes': BscChanges;
  }
}
