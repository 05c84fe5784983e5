import { html, nothing, supportsAdoptingStyleSheets } from 'lit';
import { property } from 'lit/decorators.js';
import type { Evaluation, GroupEvaluation, KpiEvaluation } from '../engine/types.js';
import { formatScore, formatValue } from '../format/number.js';
import { formatPeriodLabel, periodSpan } from '../format/period.js';
import { scorecardIndex } from '../model/node-index.js';
import type { Labels } from '../format/labels.js';
import type { Initiative } from '../model/schema.js';
import { BscParentElement } from './internal/bsc-parent-element.js';
import { kpiFigures, unknownNodeMessage, type FigureOptions } from '../format/kpi-figures.js';
import { renderCarried, renderChange } from './internal/kpi-figures.js';
import { objectiveStyles } from './bsc-objective.styles.js';
import { defineElement } from './internal/define.js';
import { clampLevel } from './internal/heading-level.js';
import { statusBadge, statusBadgeStyles } from './internal/status-badge.js';
import { periodComments } from '../engine/commentary.js';
import { commentList, commentListStyles, commentMarker } from './internal/comment-list.js';
import { emit } from './internal/events.js';
// bsc-contributions shows only in a cascade: the scorecard loads it with the cascade's evaluation.
import { OffscreenDeferral } from './internal/offscreen-deferral.js';
import { DEFAULT_SPARKLINE_PERIODS, describeSparkline, kpiSparklineSeries, sparklineFigure } from './internal/sparkline-figure.js';
import { sparklineFigureStyles } from './internal/sparkline-figure.styles.js';
import '../format/english/objective.js';
import '../format/english/figures.js';

/**
 * @summary One objective of the enclosing `<bsc-scorecard>`: its title, owner, score and status,
 * its commentary for the shown period, a table of its KPIs (actual, target, status, change and
 * trend; a mark beside a KPI that has a comment for the period), and the initiatives serving it.
 *
 * Clicking the header or pressing Enter or Space on the title selects the objective; the same on a
 * KPI's row or name selects the KPI, and on an initiative's title the initiative. Outside a
 * scorecard, or for an id the scorecard does not hold, it says so quietly (`role="status"`).
 *
 * @fires bsc-select - The objective, one of its KPIs, or an initiative was chosen. `detail: { kind: 'objective' | 'kpi' | 'initiative', id }`
 *
 * @csspart base - The wrapper of everything shown.
 * @csspart header - Title, owner, score and status.
 * @csspart title - The objective's title (a heading holding a button).
 * @csspart owner - The objective's owner.
 * @csspart score - The objective's 0–10 score.
 * @csspart status - The objective's status badge: shape and word.
 * @csspart status-icon - The objective's status shape.
 * @csspart status-label - The objective's status word.
 * @csspart status-stale - The clock mark of a stale objective.
 * @csspart status-was - The hint of the objective's previous status ("was at risk"), with the scorecard's `show-previous`.
 * @csspart kpis - The table of KPIs.
 * @csspart kpi-row - One KPI's row.
 * @csspart kpi-name - A KPI's name (a button in the row's header cell).
 * @csspart kpi-value - A KPI's actual value.
 * @csspart kpi-target - A KPI's target or target band.
 * @csspart kpi-status - A KPI's status badge: shape and word.
 * @csspart kpi-status-icon - The status shape in a KPI's row.
 * @csspart kpi-status-label - The status word in a KPI's row.
 * @csspart kpi-status-stale - The clock mark of a stale KPI's row.
 * @csspart kpi-status-was - The hint of a KPI's previous status ("was at risk"), with the scorecard's `show-previous`.
 * @csspart kpi-change - A KPI's change against the previous period, and its trend line.
 * @csspart kpi-trend - A KPI's trend line over the last 12 periods (an SVG `img` described in words).
 * @csspart kpi-trend-line - The line of a KPI's trend.
 * @csspart kpi-trend-point - A value of a KPI's trend without a neighbour, drawn as a dot.
 * @csspart kpi-trend-last-point - The latest value of a KPI's trend.
 * @csspart kpi-trend-target - The target's line in a KPI's trend.
 * @csspart period - "As of …": the period of a carried-forward value.
 * @csspart kpi-comment-marker - Beside a KPI's name: the mark (✎, with its words for screen readers and as a tooltip) that the KPI has a comment for the shown period.
 * @csspart comments - The objective's commentary for the shown period, under its header (a list; nothing without any).
 * @csspart comment - One comment.
 * @csspart comment-kind - A comment's kind: analysis, recommendation, or comment.
 * @csspart comment-text - A comment's text, with its line breaks.
 * @csspart comment-meta - A comment's author and date.
 * @csspart comment-author - Who wrote a comment.
 * @csspart comment-date - When a comment was written (a `time`).
 * @csspart contributions - In a cascade, under a rolled-up KPI's row: each child scorecard's contribution (`bsc-contributions`).
 * @csspart served-by - In a cascade: the child objectives that serve this one (`bsc-contributions`; nothing when none does).
 * @csspart initiatives - The list of initiatives, under its heading.
 * @csspart initiative - One initiative.
 * @csspart initiative-title - An initiative's title (a button).
 * @csspart initiative-owner - An initiative's owner.
 * @csspart initiative-dates - An initiative's start and end periods.
 * @csspart initiative-status - An initiative's status (planned, active, done, on hold, cancelled).
 * @csspart progress - An initiative's progress bar (`<progress>`).
 * @csspart progress-value - An initiative's percent complete, as text.
 * @csspart empty - The message shown for an unknown objective, or outside a scorecard.
 *
 * @cssprop {<length>} [--bsc-sparkline-width=4rem] - Width of a KPI's trend line in its row.
 * @cssprop {<length>} [--bsc-sparkline-height=1.25rem] - Height of a KPI's trend line in its row.
 * @cssprop --bsc-color-border - Lines between the table's rows, and the rule beside each comment.
 * @cssprop --bsc-color-track - The empty part of a progress bar.
 * @cssprop --bsc-color-accent - The filled part of a progress bar, and the ✎ mark of a KPI that has a comment for the shown period.
 */
export class BscObjective extends BscParentElement {
  static override styles = [...BscParentElement.styles, statusBadgeStyles, sparklineFigureStyles, commentListStyles, ...objectiveStyles];

  /** The id of an objective of the enclosing scorecard. */
  @property() objective?: string;

  /** The level of the title's heading (1–6; 3 by default, under a perspective's 2); the initiatives' heading takes the next. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Off screen, a re-render (a new period: 45 objectives, 200 rows) waits for idle time; see internal/offscreen-deferral.ts. */
  readonly #deferral = new OffscreenDeferral(this);

  protected override scheduleUpdate(): void | Promise<unknown> {
    const wait = this.hasUpdated ? this.#deferral.wait() : null;
    return wait ? wait.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** What the objective holds, for the height it takes before the browser first lays it out. */
  #placeholder = { kpis: 0, initiatives: 0 };

  /**
   * An objective off screen is not laid out (content-visibility) and takes a placeholder's height
   * until it is; one that follows from its rows keeps its content from running over the next
   * objective's, where tools that read the geometry (axe's target sizes) would find it. Set by a
   * shared style sheet rather than a style attribute: the kit writes none (strict CSP).
   */
  protected override updated(): void {
    const root = this.shadowRoot;
    if (!root || !supportsAdoptingStyleSheets) return;
    const sheet = placeholderSheet(this.#placeholder.kpis, this.#placeholder.initiatives);
    const sheets = root.adoptedStyleSheets;
    if (sheets.at(-1) === sheet) return;
    root.adoptedStyleSheets = [...sheets.filter((other) => !placeholderSheets.has(other)), sheet];
  }

  override render() {
    const labels = this.resolvedLabels;
    const context = this.context;
    const id = this.objective;
    if (!context && this.awaitingScorecard) return nothing;
    if (!context || !id) return html`<p part="empty" role="status">${labels.noData}</p>`;
    const node = context.evaluation.node(id);
    if (!node || node.kind !== 'objective') return html`<p part="empty" role="status">${unknownNodeMessage('objective', id, labels)}</p>`;
    const index = scorecardIndex(context.scorecard);
    const options: Omit<FigureOptions, 'decimals'> = { locale: this.resolvedLocale, labels, currency: context.currency, asOf: context.evaluation.asOf };
    const level = clampLevel(this.headingLevel, 3);
    const comments = periodComments(context.scorecard, id, context.evaluation.asOf);
    // A comment takes about the room of a KPI's row.
    this.#placeholder = { kpis: node.children.length + comments.length, initiatives: index.initiatives.get(id)?.length ?? 0 };
    return html`<div part="base" class="base">
      ${this.#renderHeader(node, level)}
      ${commentList(comments, options.locale, labels)}
      ${this.#renderKpis(node, context.evaluation, options)}
      ${
        context.cascade
          ? html`<bsc-contributions part="served-by" .evaluation=${context.cascade.evaluation} node=${context.cascade.key} objective=${id}></bsc-contributions>`
          : nothing
      }
      ${this.#renderInitiatives(index.initiatives.get(id) ?? [], level)}
    </div>`;
  }

  #renderHeader(node: GroupEvaluation, level: number) {
    const labels = this.resolvedLabels;
    return html`<div part="header" class="header" @click=${() => this.#select('objective', node.id)}>
      <div part="title" class="title" role="heading" aria-level=${level}>
        <button class="select" type="button">${node.title}</button>
      </div>
      ${node.owner ? html`<span part="owner" class="owner"><span class="label">${labels.owner}</span> ${node.owner}</span>` : nothing}
      <span class="overall">
        <span part="score" class="score"><span class="vh">${labels.score} </span>${formatScore(node.score, this.resolvedLocale)}</span>
        ${statusBadge(node.status, node.stale, labels, HEADER_STATUS_PARTS, false, this.#previousStatus(node.id))}
      </span>
    </div>`;
  }

  /**
   * A real table in this element's shadow root, rather than one `bsc-kpi` per row: table rows
   * cannot span shadow roots, and a screen reader then announces each cell with its column.
   */
  #renderKpis(node: GroupEvaluation, evaluation: Evaluation, options: Omit<FigureOptions, 'decimals'>) {
    const filter = this.context?.filter;
    const kpis = node.children
      .map((id) => evaluation.node(id))
      .filter((kpi): kpi is KpiEvaluation => kpi?.kind === 'kpi' && (!filter || filter.kpis.has(kpi.id)));
    if (kpis.length === 0) return nothing;
    const { labels } = options;
    // The roles repeat the table's own: narrow layouts lay its rows out as grids and flex lines,
    // which some browsers take as a reason to drop table semantics.
    return html`<div class="kpis-scroll"><table part="kpis" class="kpis" role="table">
      <caption class="vh">${node.title}${labels.separator}${labels.kpis}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col" class="name-col">${labels.kpis}</th>
          <th role="columnheader" scope="col" class="num">${labels.actual}</th>
          <th role="columnheader" scope="col" class="num">${labels.target}</th>
          <th role="columnheader" scope="col">${labels.status}</th>
          <th role="columnheader" scope="col" class="num">${labels.change}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${kpis.map((kpi) => {
          const figures = kpiFigures(kpi, { ...options, decimals: kpi.decimals });
          const breakdown = this.#renderContributions(kpi);
          return html`<tr role="row" part="kpi-row" @click=${() => this.#select('kpi', kpi.id)}>
            <th role="rowheader" scope="row" part="kpi-name" class="name-col">
              <button class="select" type="button">${figures.name}</button>${
                periodComments(evaluation.scorecard, kpi.id, evaluation.asOf).length ? commentMarker(labels, 'kpi-comment-marker') : nothing
              }
            </th>
            <td role="cell" part="kpi-value" class="num value" data-label=${labels.actual}>${figures.value}${renderCarried(figures)}</td>
            <td role="cell" part="kpi-target" class="num target" data-label=${labels.target}>${figures.target}</td>
            <td role="cell" class="status">${statusBadge(figures.status, figures.stale, labels, ROW_STATUS_PARTS, false, this.#previousStatus(kpi.id))}</td>
            <td role="cell" part="kpi-change" class="num change-col">
              <span class="change-trend">${renderChange(figures, labels, true)}${this.#renderTrend(kpi.id, evaluation, options)}</span>
            </td>
          </tr>${breakdown}`;
        })}
      </tbody>
    </table></div>`;
  }

  /** A KPI rolled up from the cascade's children: a row under it with each child's contribution. */
  #renderContributions({ id, rollupFrom }: KpiEvaluation) {
    const cascade = this.context?.cascade;
    if (!cascade || !rollupFrom) return nothing;
    return html`<tr role="row" class="breakdown">
      <td role="cell" colspan="5">
        <bsc-contributions part="contributions" .evaluation=${cascade.evaluation} node=${cascade.key} kpi=${id}></bsc-contributions>
      </td>
    </tr>`;
  }

  #renderTrend(id: string, evaluation: Evaluation, { locale, labels, currency }: Omit<FigureOptions, 'decimals'>) {
    const series = kpiSparklineSeries(evaluation, id, DEFAULT_SPARKLINE_PERIODS, currency);
    return series === null ? nothing : sparklineFigure(series, describeSparkline(series, locale, labels), TREND_PARTS);
  }

  #renderInitiatives(initiatives: readonly Initiative[], level: number) {
    if (initiatives.length === 0) return nothing;
    const labels = this.resolvedLabels;
    const locale = this.resolvedLocale;
    return html`<div class="initiatives-block">
      <div class="subheading" role="heading" aria-level=${clampLevel(level + 1, 3)}>${labels.initiatives}</div>
      <ul part="initiatives" class="initiatives">
        ${initiatives.map((initiative) => {
          const dates = [initiative.start, initiative.end].filter((p): p is string => p !== undefined).map((p) => formatPeriodLabel(p, locale, { labels }));
          return html`<li part="initiative" class="initiative">
            <button part="initiative-title" class="select initiative-title" type="button" @click=${() => this.#select('initiative', initiative.id)}>
              ${initiative.title}
            </button>
            ${
              initiative.owner || dates.length
                ? html`<span class="initiative-meta muted">
                  ${initiative.owner ? html`<span part="initiative-owner"><span class="vh">${labels.owner} </span>${initiative.owner}</span>` : nothing}
                  ${dates.length ? html`<span part="initiative-dates" class="dates">${periodSpan(dates[0]!, dates.at(-1)!)}</span>` : nothing}
                </span>`
                : nothing
            }
            ${initiative.status ? html`<span part="initiative-status" class="initiative-status muted">${labels[INITIATIVE_STATUS[initiative.status]]}</span>` : nothing}
            ${
              initiative.progress === undefined
                ? nothing
                : html`<span class="progress-line">
                  <progress
                    part="progress"
                    max="100"
                    .value=${initiative.progress}
                    aria-label=${`${labels.progress}${labels.separator}${initiative.title}`}
                  ></progress>
                  <span part="progress-value" class="progress-value" aria-hidden="true"
                    >${formatValue(initiative.progress / 100, 'percent', { locale, decimals: 0 })}</span
                  >
                </span>`
            }
          </li>`;
        })}
      </ul>
    </div>`;
  }

  /** The node's status in the previous period, when the scorecard's `show-previous` asks for the hint. */
  #previousStatus(id: string) {
    const context = this.context;
    return context?.showPrevious ? context.previous?.node(id)?.status : undefined;
  }

  #select(kind: 'objective' | 'kpi' | 'initiative', id: string): void {
    emit(this, 'bsc-select', { kind, id });
  }
}

/** One style sheet per size of objective, shared by every objective of that size. */
const placeholderSheetsBySize = new Map<string, CSSStyleSheet>();
const placeholderSheets = new WeakSet<CSSStyleSheet>();

function placeholderSheet(kpis: number, initiatives: number): CSSStyleSheet {
  const key = `${kpis}/${initiatives}`;
  let sheet = placeholderSheetsBySize.get(key);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`:host { --_placeholder-kpis: ${kpis}; --_placeholder-initiatives: ${initiatives}; }`);
    placeholderSheetsBySize.set(key, sheet);
    placeholderSheets.add(sheet);
  }
  return sheet;
}

const INITIATIVE_STATUS = {
  planned: 'initiativePlanned',
  active: 'initiativeActive',
  done: 'initiativeDone',
  'on-hold': 'initiativeOnHold',
  cancelled: 'initiativeCancelled',
} as const satisfies Record<NonNullable<Initiative['status']>, keyof Labels>;

// Badges and trend lines are templates in this shadow root, not elements of their own: a scorecard
// has hundreds of rows, and each element would bring a shadow root, styles and a context subscription.
const HEADER_STATUS_PARTS = { badge: 'status', icon: 'status-icon', label: 'status-label', stale: 'status-stale', was: 'status-was' };
const ROW_STATUS_PARTS = { badge: 'kpi-status', icon: 'kpi-status-icon', label: 'kpi-status-label', stale: 'kpi-status-stale', was: 'kpi-status-was' };
const TREND_PARTS = { base: 'kpi-trend', line: 'kpi-trend-line', point: 'kpi-trend-point', lastPoint: 'kpi-trend-last-point', target: 'kpi-trend-target' };

defineElement('bsc-objective', BscObjective);

declare global {
  interface HTMLElementTagNameMap {
    'bsc-objective': BscObjective;
  }
}
