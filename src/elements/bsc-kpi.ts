import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { checkReading, evaluateReading } from '../engine/reading.js';
import { changeBetween } from '../engine/trend.js';
import type { KpiEvaluation } from '../engine/types.js';
import { describeKpi } from '../format/describe.js';
import type { Labels } from '../format/labels.js';
import { NO_VALUE } from '../format/number.js';
import type { ModelIssue } from '../model/issues.js';
import type { Polarity, Range } from '../model/schema.js';
import { BscParentElement } from './internal/bsc-parent-element.js';
import { kpiStyles } from './bsc-kpi.styles.js';
import { periodComments, type PeriodComment } from '../engine/commentary.js';
import { commentList, commentListStyles, commentMarker } from './internal/comment-list.js';
import { defineElement } from './internal/define.js';
import { emit } from './internal/events.js';
import { IssueReporter } from './internal/issue-reporter.js';
import { kpiFigures, unknownNodeMessage, type FigureOptions, type KpiFigures, type ShownKpi } from '../format/kpi-figures.js';
import { renderCarried, renderChange, renderSource } from './internal/kpi-figures.js';
import { finite, numberConverter, targetConverter, type StandaloneReading } from './internal/standalone-reading.js';
import { statusBadge, statusBadgeStyles, STATUS_BADGE_PART } from './internal/status-badge.js';
import './bsc-bullet.js';
import './bsc-sparkline.js';
import '../format/english/figures.js';

/** A KPI of its own, outside any scorecard: what the `kpi` property takes instead of an id. */
export interface StandaloneKpi extends StandaloneReading {
  /** The previous period's value, for the change. */
  previous?: number | null;
}

/**
 * @summary One KPI: its value first, then target, change against the previous period, status, and
 * its trend. Inside a `<bsc-scorecard>` it shows the KPI named by `kpi`; on its own it scores the
 * value given by its attributes (`value`, `target`, `red-flag` …) by the kit's rules.
 *
 * Inside a scorecard the card lists the KPI's comments for the shown period (docs/architecture.md
 * §2), each with its kind, author and date, and the row marks that it has some (✎).
 *
 * On its own, thresholds that contradict each other are left out (the value is shown without a
 * status), as on `bsc-kpi-gauge` and `bsc-bullet`. Without a value outside a scorecard, or for an id
 * the scorecard does not hold, it says so quietly (`role="status"`).
 *
 * Clicking it, or pressing Enter or Space on its name, selects the KPI (inside a scorecard only).
 *
 * @fires bsc-select - The KPI was chosen. `detail: { kind: 'kpi', id }`
 * @fires bsc-error - Standalone attributes that are no numbers or contradict each other (the value is then shown without a status). `detail: { issues: [{ path, message }] }`
 *
 * @csspart base - The row or the card.
 * @csspart header - The card's top line: name and status.
 * @csspart name - The KPI's name (a button inside a scorecard).
 * @csspart value - The actual value.
 * @csspart period - "As of …": the period a carried-forward value belongs to.
 * @csspart target - The target, or the target band.
 * @csspart change - The change against the previous period, with its arrow and whether it is an improvement.
 * @csspart status - The status badge: shape and word.
 * @csspart sparkline - The trend line (`bsc-sparkline`).
 * @csspart bullet - The bullet chart (`bsc-bullet`), in the card.
 * @csspart comment-marker - In the row, beside the name: the mark (✎, with its words for screen readers and as a tooltip) that the KPI has a comment for the shown period.
 * @csspart comments - In the card: the KPI's comments for the shown period (a list; nothing without any).
 * @csspart comment - One comment.
 * @csspart comment-kind - A comment's kind: analysis, recommendation, or comment.
 * @csspart comment-text - A comment's text, with its line breaks.
 * @csspart comment-meta - A comment's author and date.
 * @csspart comment-author - Who wrote a comment.
 * @csspart comment-date - When a comment was written (a `time`).
 * @csspart meta - The card's footer: owner and source.
 * @csspart owner - The KPI's owner.
 * @csspart source - Where the data comes from: a link for an http(s) address, else text.
 * @csspart empty - The message shown for an unknown KPI, or outside a scorecard without a value.
 *
 * @cssprop --bsc-color-surface - The card's background.
 * @cssprop --bsc-color-border - The card's border, and the rule beside each comment.
 * @cssprop --bsc-color-accent - The ✎ mark of a KPI that has a comment for the shown period.
 * @cssprop --bsc-font-size-large - Size of the card's value.
 * @cssprop --bsc-status-on-track - Colour of a change for the better.
 * @cssprop --bsc-status-off-track - Colour of a change for the worse.
 */
export class BscKpi extends BscParentElement {
  static override styles = [...BscParentElement.styles, statusBadgeStyles, commentListStyles, ...kpiStyles];

  /**
   * The id of a KPI of the enclosing scorecard. As a property it also takes a KPI of its own
   * (`{ label, value, target, redFlag, stretch, polarity, unit, previous }`), shown as the attributes would.
   */
  @property() kpi?: string | StandaloneKpi;

  /** `row` (one line, the default) or `card` (the value in large type, then target, change, status and charts). */
  @property({ reflect: true }) variant: 'row' | 'card' = 'row';

  /** Standalone: the actual value. Setting it shows this value instead of a scorecard's KPI. */
  @property({ converter: numberConverter }) value?: number | null;

  /** Standalone: the target, a number, or a band `min..max` for a KPI that should stay inside it. */
  @property({ converter: targetConverter }) target?: number | Range | null;

  /** Standalone: the value that scores "at risk"; 10 % of the target away when unset. */
  @property({ attribute: 'red-flag', converter: numberConverter }) redFlag?: number | null;

  /** Standalone: the value that scores "exceeding". */
  @property({ converter: numberConverter }) stretch?: number | null;

  /** Standalone, band targets: how far outside the band the score falls to "at risk". */
  @property({ converter: numberConverter }) tolerance?: number | null;

  /** Standalone: `up` (higher is better, the default), `down`, or `range`. */
  @property() polarity?: Polarity;

  /** Standalone: `number`, `percent` (the value is a fraction: 0.25 is 25 %), `currency`, `duration` (seconds), or a free label such as `kW`. */
  @property() unit?: string;

  /** The KPI's name; inside a scorecard, replaces the KPI's title. */
  @property() label?: string;

  /** Standalone: ISO 4217 code for `currency` values (USD when unset). */
  @property() currency?: string;

  /** The number of decimals to show; inside a scorecard, replaces the KPI's `decimals`. Values with decimals set are written in full ("$4,412,500", not "$4.4M"). */
  @property({ converter: numberConverter }) decimals?: number | null;

  /** Standalone: the previous period's value, to show the change. */
  @property({ converter: numberConverter }) previous?: number | null;

  override render() {
    const shown = this.#shown();
    if ('message' in shown) return shown.message ? html`<p part="empty" role="status">${shown.message}</p>` : nothing;
    const figures = kpiFigures(shown.kpi, shown.options);
    // What a screen reader hears after the name: "$433,500, 101% of target, on track".
    const { locale, currency, labels } = shown.options;
    const summary = html`<span id="summary" hidden>${describeKpi(shown.kpi, { locale, currency, labels })}</span>`;
    return this.variant === 'card' ? this.#renderCard(shown, figures, summary) : this.#renderRow(shown, figures, summary);
  }

  #renderRow({ id, kpi, comments }: Shown, figures: KpiFigures, summary: TemplateResult) {
    const labels = this.resolvedLabels;
    return html`<div part="base" class="row" @click=${this.#onClick}>
      <span class="name-cell">${this.#renderName(id, figures)}${comments.length ? commentMarker(labels, 'comment-marker') : nothing}</span>
      <span part="value" class="value"><span class="vh">${labels.actual} </span>${figures.value}${renderCarried(figures)}</span>
      <span part="target" class="target"><span class="label">${labels.target}</span> ${figures.target}</span>
      ${statusBadge(kpi.status, kpi.stale, labels, STATUS_BADGE_PART)}
      <span part="change" class="change-cell">${renderChange(figures, labels, true)}</span>
      ${id === undefined ? nothing : html`<bsc-sparkline part="sparkline" kpi=${id} no-select></bsc-sparkline>`}
      ${summary}
    </div>`;
  }

  #renderCard({ id, kpi, standalone: standaloneKpi, comments }: Shown, figures: KpiFigures, summary: TemplateResult) {
    const labels = this.resolvedLabels;
    const { owner, source } = kpi;
    return html`<div part="base" class="card" @click=${this.#onClick}>
      <div part="header" class="header">
        ${this.#renderName(id, figures)}
        ${statusBadge(kpi.status, kpi.stale, labels, STATUS_BADGE_PART)}
      </div>
      <p part="value" class="value"><span class="vh">${labels.actual} </span>${figures.value}</p>
      ${renderCarried(figures)}
      <p part="target" class="target"><span class="label">${labels.target}</span> ${figures.target}</p>
      ${figures.change === NO_VALUE ? nothing : html`<p part="change" class="change-line">${renderChange(figures, labels, false)}</p>`}
      ${
        id === undefined
          ? html`<bsc-bullet part="bullet" .kpi=${standaloneKpi}></bsc-bullet>`
          : html`<bsc-sparkline part="sparkline" kpi=${id} no-select></bsc-sparkline
            ><bsc-bullet part="bullet" kpi=${id} no-select></bsc-bullet>`
      }
      ${commentList(comments, this.resolvedLocale, labels)}
      ${
        owner || source
          ? html`<p part="meta" class="meta">
            ${owner ? html`<span part="owner"><span class="label">${labels.owner}</span> ${owner}</span>` : nothing}
            ${source ? renderSource(source) : nothing}
          </p>`
          : nothing
      }
      ${summary}
    </div>`;
  }

  /** Inside a scorecard the name is a button, so the KPI can be chosen from the keyboard. */
  #renderName(id: string | undefined, figures: KpiFigures): TemplateResult {
    if (id === undefined) return html`<span part="name" class="name">${figures.name}</span>`;
    return html`<button part="name" class="name select" type="button" aria-describedby="summary">${figures.name}</button>`;
  }

  #onClick = (event: Event): void => {
    const shown = this.#shown();
    if ('message' in shown || shown.id === undefined) return;
    // A link inside (the source) goes where it points, without selecting.
    if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) return;
    emit(this, 'bsc-select', { kind: 'kpi', id: shown.id });
  };

  /** What to show: the scorecard's KPI, a KPI of its own, or why there is nothing. */
  #shown(): Shown | { message: string } {
    const locale = this.resolvedLocale;
    const labels = this.resolvedLabels;
    const standalone = typeof this.kpi === 'object' && this.kpi !== null ? this.kpi : this.value !== undefined ? this.#fromAttributes() : null;
    if (standalone) return this.#standalone(standalone, locale, labels);
    const id = typeof this.kpi === 'string' ? this.kpi : '';
    const context = this.context;
    if (!context && this.awaitingScorecard) return { message: '' };
    if (!context || !id) return { message: labels.noData };
    const node = context.evaluation.node(id);
    if (!node || node.kind !== 'kpi') return { message: unknownNodeMessage('kpi', id, labels) };
    const decimals = finite(this.decimals) ?? node.decimals;
    return {
      id,
      kpi: this.label ? { ...node, title: this.label } : node,
      comments: periodComments(context.scorecard, id, context.evaluation.asOf),
      options: { locale, labels, currency: context.currency, decimals, asOf: context.evaluation.asOf },
    };
  }

  /** This render's issues, fired as one `bsc-error` after it when they changed. */
  #issues = new IssueReporter(this);

  #fromAttributes(): StandaloneKpi {
    return {
      label: this.label,
      value: this.value ?? null,
      target: this.target ?? null,
      redFlag: finite(this.redFlag),
      stretch: finite(this.stretch),
      tolerance: finite(this.tolerance),
      polarity: this.polarity,
      unit: this.unit,
      currency: this.currency,
      decimals: finite(this.decimals) ?? undefined,
      previous: finite(this.previous),
    };
  }

  /** Scored as the gauge and the bullet score the same attributes: thresholds that contradict each other are left out. */
  #standalone(kpi: StandaloneKpi, locale: string, labels: Labels): Shown {
    const issues: ModelIssue[] = [];
    const reading = evaluateReading(checkReading(kpi, issues));
    this.#issues.note(issues);
    const previous = finite(kpi.previous);
    const change =
      previous !== null && reading.value !== null
        ? changeBetween(previous, reading.value, reading.polarity, typeof reading.target === 'object' ? reading.target : null)
        : null;
    return {
      id: undefined,
      standalone: kpi,
      comments: [],
      kpi: {
        title: kpi.label ?? '',
        unit: kpi.unit || 'number',
        value: reading.value,
        target: reading.target,
        status: reading.status,
        stale: false,
        change: change?.change ?? null,
        direction: change?.direction ?? null,
        improving: change?.improving ?? null,
        period: null,
      },
      options: { locale, labels, currency: kpi.currency || this.context?.currency, decimals: kpi.decimals },
    };
  }
}

interface Shown {
  /** The KPI's id inside a scorecard; undefined for a KPI of its own. */
  id: string | undefined;
  /** Inside a scorecard, with the model's owner and source. */
  kpi: ShownKpi & Partial<Pick<KpiEvaluation, 'owner' | 'source'>>;
  /** The KPI's comments for the shown period (docs/architecture.md §2); none for a KPI of its own. */
  comments: readonly PeriodComment[];
  /** A KPI of its own, as given: the bullet chart scores it the same way. */
  standalone?: StandaloneKpi;
  options: FigureOptions;
}

defineElement('bsc-kpi', BscKpi);

declare global {
  interface HTMLElementTagNameMap {
    'bsc-kpi': BscKpi;
  }
}
