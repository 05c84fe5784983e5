import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { extendLine, nearestIndex, periodX, trendGeometry, valueScale, valueY, type Margin, type TrendGeometry, type TrendPeriod } from '../charts/trend.js';
import { evaluateReading } from '../engine/reading.js';
import { changeBetween } from '../engine/trend.js';
import type { Forecast, Status } from '../engine/types.js';
import { describeKpi } from '../format/describe.js';
import { fillTemplate, type Labels } from '../format/labels.js';
import { formatTarget, formatValue } from '../format/number.js';
import { formatPeriodLabel, periodSpan } from '../format/period.js';
import type { ModelIssue } from '../model/issues.js';
import type { Polarity, Range } from '../model/schema.js';
import { BscElement } from './internal/bsc-element.js';
import { trendChartStyles } from './bsc-trend-chart.styles.js';
import { defineElement } from './internal/define.js';
import { ElementSize } from './internal/element-size.js';
import { checkReading, finite, numberConverter, ThresholdChartElement } from './internal/standalone-reading.js';
import { statusBadge, statusBadgeStyles } from './status-badge.js';
import { commentsInPeriod } from '../engine/commentary.js';
import { describeComment, type ShownComment } from '../format/comment.js';
import { scorecardIndex } from '../model/node-index.js';
import '../format/english/trend-chart.js';
import '../format/english/unknown-node.js';
import '../format/english/figures.js';

/**
 * One period of a standalone series; a plain number (or null, a gap) is an item with only an actual.
 * Thresholds given here override the element's attributes for this period.
 */
export interface TrendSeriesEntry {
  /** A period (`2026-10`, `2026-Q3`, `2026-W41`, `2026`, `2026-10-15`): labelled in the locale. */
  period?: string;
  /** The period's label as written, when `period` is not one the kit reads. */
  label?: string;
  /** null (or missing) is a gap, never a zero. */
  actual: number | null;
  target?: number | Range | null;
  redFlag?: number | null;
  stretch?: number | null;
}

export type TrendSeriesItem = number | null | TrendSeriesEntry;

/** Inside a scorecard: how many periods up to as-of the chart shows unless `periods` says otherwise. */
const DEFAULT_PERIODS = 24;
/** The data table holds at most this many of the latest periods. */
const TABLE_ROWS = 1000;
/** The plot's room for the time axis' labels below it, and above and at the far end. */
const MARGIN_TOP = 10;
const MARGIN_BOTTOM = 24;
const MARGIN_END = 16;
/** An estimate of a value label's width per character at the axes' 11px: labels are never measured in the DOM. */
const CHARACTER_WIDTH = 6.6;

/** What the chart shows: a scorecard KPI's history, or a series of its own. */
interface ShownTrend {
  /** The KPI's id inside a scorecard; undefined for a series of its own. */
  id: string | undefined;
  label: string;
  unit: string;
  currency: string | undefined;
  polarity: Polarity;
  tolerance: number | null;
  periods: TrendPeriod[];
  /** The period of each point (`2026-10`), or its label as written, or null (the chart numbers it). */
  names: (string | null)[];
  /** The status of the point at an index, by the engine's rule; computed when shown, not for 100,000 points up front. */
  statusAt: (index: number) => Status;
  asOf: number | null;
  /** Where the dashed forecast line ends, and the engine's year-end forecast it stands for. */
  forecast: { index: number; value: number; evaluation: Forecast | null } | null;
  stale: boolean;
  /** Why nothing can be shown (an unknown KPI id), said in the chart's place. */
  message: string | null;
  /** The indices of the periods that have comments (docs/architecture.md §2), ascending. */
  commented: number[];
  /** The comments of the period at an index; none for most. */
  commentsAt: (index: number) => readonly ShownComment[];
}

/**
 * @summary A KPI over time: the actuals as a line with points, the target as a stepped line, the
 * threshold zones (off track, at risk, on track, exceeding) behind them per period, the year-end
 * forecast dashed, the as-of period marked. Missing periods are gaps, never zeros. Inside a
 * `<bsc-scorecard>` it shows the KPI named by `kpi` over its last `periods` periods (24 when unset)
 * with the statuses the scorecard's engine gave each period; on its own it draws `.series`
 * (numbers, or `{ period, actual, target, redFlag, stretch }` items) against the threshold
 * attributes, scored by the same rules; its as-of mark is then the latest period with a value.
 *
 * It fills its container (at least 16rem × 10rem; `--bsc-trend-chart-height` when the container
 * sets no height) and lays itself out again when the container's size changes. The chart is one
 * tab stop: arrow keys move between the periods with a value (Page Up and Page Down by a tenth of
 * them, Home and End to the first and last, Escape hides the point), the point's period, actual, target and status show in a tooltip and are
 * announced; the pointer does the same. A summary in words says where the trend goes, the latest
 * value against its target and its status, and the year-end forecast; a button shows the data as
 * a table. Large series are downsampled (LTTB) to about two points per pixel, keeping their shape
 * and gaps. Inside a scorecard, Enter or Space (or a click) selects the KPI.
 *
 * In the `period` view the dashed line extends the engine's recent slope to the year's end; in the
 * `ytd` view it ends at the engine's year-end forecast. The summary and the tooltip name the
 * forecast's value and status either way.
 *
 * @fires {{ kind: 'kpi', id: string }} bsc-select - The KPI was chosen (inside a scorecard, unless `no-select`).
 * @fires {{ issues: { path: string, message: string }[] }} bsc-error - Something could not be used (an item of `series` that is no number, thresholds in the wrong order, an unknown KPI id); fired once per change. The chart shows what it can: such an item as a gap, values without zones.
 *
 * @csspart base - The whole chart.
 * @csspart label - The KPI's name, above the chart.
 * @csspart table-toggle - The button that shows and hides the data table.
 * @csspart frame - The box the plot fills; the tooltip is positioned inside it.
 * @csspart plot - The SVG; the chart's one tab stop.
 * @csspart zone - A threshold zone; also named by its status (`::part(zone at-risk)`).
 * @csspart grid - A value axis' grid line.
 * @csspart axis-label - A label of the value or the time axis.
 * @csspart target - The stepped target line (both ends of a band target).
 * @csspart actual - The line of the actuals.
 * @csspart point - A value's dot (drawn when the values are at least 6 px apart, and for values between gaps).
 * @csspart forecast - The dashed forecast line and its end point.
 * @csspart as-of - The as-of period's mark.
 * @csspart comment-mark - The mark hanging from the plot's top over a period that has a comment (inside a scorecard); the tooltip, the announcement and the data table say the comment.
 * @csspart tooltip-comment - A comment of the period in the tooltip: its kind, text, author and date.
 * @csspart crosshair - The vertical line at the point under the pointer or the keyboard.
 * @csspart active-point - The point under the pointer or the keyboard.
 * @csspart tooltip - The point's period, actual, target and status.
 * @csspart status - The status badge in the tooltip and the table.
 * @csspart status-icon - The status shape.
 * @csspart status-label - The status word.
 * @csspart status-stale - The clock mark of stale data.
 * @csspart summary - The summary in words below the chart.
 * @csspart table - The data table.
 * @csspart empty - "No data" over an empty plot.
 * @csspart message - Why nothing is shown (an unknown KPI).
 *
 * @cssprop {<length>} [--bsc-trend-chart-height=16rem] - The chart's height when its container does not set one.
 * @cssprop {<color>} --bsc-band-exceeding - Tint of the exceeding zone.
 * @cssprop {<color>} --bsc-band-on-track - Tint of the on-track zone.
 * @cssprop {<color>} --bsc-band-at-risk - Tint of the at-risk zone.
 * @cssprop {<color>} --bsc-band-off-track - Tint of the off-track zone.
 * @cssprop {<color>} --bsc-status-exceeding - Status colour in the tooltip and table.
 * @cssprop {<color>} --bsc-status-on-track - Status colour in the tooltip and table.
 * @cssprop {<color>} --bsc-status-at-risk - Status colour in the tooltip and table.
 * @cssprop {<color>} --bsc-status-off-track - Status colour in the tooltip and table.
 * @cssprop {<color>} --bsc-color-text - The actual line and its points.
 * @cssprop {<color>} --bsc-color-text-muted - Axis labels, target and forecast lines.
 * @cssprop {<color>} --bsc-color-border - Grid lines and the tooltip's border.
 * @cssprop {<color>} --bsc-color-accent - The as-of mark, the crosshair and the comment marks.
 * @cssprop {<color>} --bsc-color-surface-raised - The tooltip's background.
 * @cssprop --bsc-focus-ring-width - Width of the focus ring.
 */
export class BscTrendChart extends ThresholdChartElement {
  static override styles = [...BscElement.styles, statusBadgeStyles, trendChartStyles];

  /** The id of a KPI of the enclosing scorecard. */
  @property() kpi?: string;

  /** How many of the latest periods up to as-of to show inside a scorecard (24 when unset); standalone, the latest of `series` (all when unset). */
  @property({ converter: numberConverter }) periods?: number;

  /**
   * Standalone: the periods, oldest first. Each a number (an actual), null (a gap), or
   * `{ period?, label?, actual, target?, redFlag?, stretch? }`, whose thresholds override the attributes for that period.
   */
  @property({ attribute: false }) series?: readonly TrendSeriesItem[];

  /** The index of the point under the pointer or the keyboard. */
  @state() private _active: number | null = null;
  /** What the live region says: the point the keyboard moved to. */
  @state() private _announcement = '';
  @state() private _tableShown = false;

  protected shown: ShownTrend = emptyTrend('');
  #geometry: TrendGeometry | null = null;
  #geometryKey: unknown[] = [];
  #summaryCache: { key: unknown[]; text: string } | null = null;
  #rtl = false;
  /**
   * The plot's size: the frame it fills (a new one after a message gave way to the chart), measured
   * when observed rather than when the observer first reports, so that the first frame shows the chart.
   */
  #frame = new ElementSize(this, '.frame', { measureNow: true });

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#rtl = this.matches(':dir(rtl)');
    const inputs = ['kpi', 'periods', 'series', 'target', 'redFlag', 'stretch', 'tolerance', 'polarity', 'min', 'max', 'label', 'unit', 'currency', 'locale', 'labels', 'context'];
    if (this.hasUpdated && !inputs.some((name) => changed.has(name))) return;
    const issues: ModelIssue[] = [];
    let count = finite(this.periods);
    if (this.periods !== undefined && this.periods !== null && !(count !== null && Number.isInteger(count) && count > 0)) {
      issues.push({ path: 'periods', message: `must be a whole number above 0 (got "${this.rawText('periods', this.periods)}")` });
      count = null;
    }
    for (const name of ['min', 'max'] as const) {
      const value = this[name];
      if (value !== undefined && value !== null && finite(value) === null) issues.push({ path: name, message: `is not a number (got "${this.rawText(name, value)}")` });
    }
    const [min, max] = [finite(this.min), finite(this.max)];
    if (min !== null && max !== null && !(min < max)) issues.push({ path: 'min', message: `must be below max (got ${min} and ${max})` });
    this.shown = this.#resolve(count, issues);
    if (this._active !== null && this._active >= this.shown.periods.length) this._active = null;
    this.reportIssues(issues);
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    const geometry = this.#geometry;
    if (!frame || !geometry || this._active === null) return;
    // A custom property, not a style attribute: the kit runs under a strict CSP.
    frame.style.setProperty('--_tooltip-x', `${periodX(geometry, this._active)}px`);
  }

  override render() {
    const { shown } = this;
    const labels = this.resolvedLabels;
    const name = shown.label || labels.trend;
    if (shown.message !== null) return html`<div part="base" class="base"><p part="message" role="status">${shown.message}</p></div>`;
    const loading = this.awaitingScorecard;
    const geometry = loading ? null : this.#layout();
    const hasData = geometry !== null && geometry.defined.length > 0;
    const id = this.selectableId(shown);
    // In the right half the tooltip opens to the left of the point, so it stays inside the chart.
    const tooltipBefore = geometry !== null && this._active !== null && periodX(geometry, this._active) > geometry.plot.x + geometry.plot.width / 2;
    return html`<div part="base" class="base" aria-busy=${loading ? 'true' : 'false'}>
      <div class="header">
        ${shown.label ? html`<div part="label" class="label">${shown.label}</div>` : nothing}
        ${loading
          ? nothing
          : html`<button part="table-toggle" class="table-toggle" type="button" aria-expanded=${this._tableShown ? 'true' : 'false'} aria-controls="table" @click=${this.#toggleTable}>
              ${this._tableShown ? labels.hideDataTable : labels.showDataTable}
            </button>`}
      </div>
      <div part="frame" class="frame ${loading ? 'loading' : ''} ${tooltipBefore ? 'tooltip-before' : ''}">
        <svg
          part="plot"
          class="plot ${id === undefined ? '' : 'selectable'}"
          role="application"
          aria-label=${name}
          aria-describedby="summary keys"
          tabindex=${loading ? nothing : 0}
          width=${this.#frame.size?.width ?? 0}
          height=${this.#frame.size?.height ?? 0}
          viewBox=${this.#frame.size ? `0 0 ${this.#frame.size.width} ${this.#frame.size.height}` : nothing}
          @keydown=${this.#onKey}
          @click=${(event: Event) => this.activate(event, id)}
          @pointermove=${this.#onPointer}
          @pointerleave=${this.#onPointerLeave}
          @blur=${this.#onBlur}
        >
          ${geometry ? this.#plot(geometry, hasData) : nothing}
        </svg>
        ${geometry && !hasData ? html`<p part="empty" class="empty">${labels.noData}</p>` : nothing}
        ${geometry && this._active !== null ? this.#tooltip(this._active, labels) : nothing}
      </div>
      <p part="summary" class="summary" id="summary">${loading ? '' : this.#summary(labels)}</p>
      <p class="vh" id="keys">${labels.chartKeys}</p>
      <div class="vh" aria-live="polite">${this._announcement}</div>
      ${this._tableShown && !loading ? this.#table(labels) : html`<div id="table" hidden></div>`}
    </div>`;
  }

  /** Exports the plot alone, without the pointer's crosshair: the label is its title, the table and summary stay on the page. */
  protected override exportFrame(): { frame: Element; name: string; omit: string } | null {
    const frame = this.renderRoot.querySelector('svg.plot');
    return frame ? { frame, name: this.shown.label || this.resolvedLabels.trend, omit: '.crosshair, .active-point' } : null;
  }

  #plot(g: TrendGeometry, hasData: boolean) {
    const locale = this.resolvedLocale;
    const labels = this.resolvedLabels;
    const { unit, currency } = this.shown;
    const { plot } = g;
    const valueLabelX = this.#rtl ? plot.x + plot.width + 6 : plot.x - 6;
    const active = this._active;
    const activeValue = active === null ? null : this.shown.periods[active]?.value ?? null;
    const activeX = active === null ? null : periodX(g, active);
    return svg`
      <defs><clipPath id="plot-area"><rect x=${plot.x} y=${plot.y} width=${plot.width} height=${plot.height} /></clipPath></defs>
      ${g.zones.map((zone) => svg`<rect part="zone ${zone.status}" class="zone ${zone.status}" x=${zone.x} y=${zone.y} width=${zone.width} height=${zone.height} />`)}
      ${g.valueTicks.map(
        (tick) => svg`<line part="grid" class="grid" x1=${plot.x} x2=${plot.x + plot.width} y1=${tick.y} y2=${tick.y} />
          <text part="axis-label" class="axis-label value-label" x=${valueLabelX} y=${tick.y} text-anchor=${this.#rtl ? 'start' : 'end'}>${formatValue(tick.value, unit, { locale, currency, compact: true })}</text>`,
      )}
      ${g.periodTicks.map(
        (tick) => svg`<text part="axis-label" class="axis-label period-label" x=${tick.x} y=${plot.y + plot.height + 16} text-anchor="middle">${this.#periodName(tick.index, labels)}</text>`,
      )}
      ${g.asOfX === null ? nothing : svg`<line part="as-of" class="as-of" x1=${g.asOfX} x2=${g.asOfX} y1=${plot.y} y2=${plot.y + plot.height} />`}
      ${this.shown.commented.map((index) => {
        // A tab hanging from the plot's top edge over the period: the tooltip, the announcement and the table say what it holds.
        const x = periodX(g, index);
        return svg`<path part="comment-mark" class="comment-mark" d=${`M${x - 4} ${plot.y}h8v5l-4 4l-4-4z`} />`;
      })}
      <g clip-path="url(#plot-area)">
        <path part="target" class="target" d=${g.target} />
        ${g.forecast === null
          ? nothing
          : svg`<line part="forecast" class="forecast" x1=${g.forecast.x1} y1=${g.forecast.y1} x2=${g.forecast.x2} y2=${g.forecast.y2} />
              <circle part="forecast" class="forecast-end" cx=${g.forecast.x2} cy=${g.forecast.y2} r="3.5" />`}
        <path part="actual" class="actual" d=${hasData ? g.actual : ''} />
        ${(g.markers.length > 0 ? g.markers : g.isolated).map((point) => svg`<circle part="point" class="point" cx=${point.x} cy=${point.y} r="3" />`)}
      </g>
      ${activeX === null
        ? nothing
        : svg`<line part="crosshair" class="crosshair" x1=${activeX} x2=${activeX} y1=${plot.y} y2=${plot.y + plot.height} />
            ${activeValue === null ? nothing : svg`<circle part="active-point" class="active-point" cx=${activeX} cy=${valueY(g, activeValue)} r="4.5" />`}`}
    `;
  }

  #tooltip(index: number, labels: Labels) {
    const period = this.shown.periods[index];
    if (!period) return nothing;
    const locale = this.resolvedLocale;
    const { unit, currency } = this.shown;
    const status = this.shown.statusAt(index);
    return html`<div part="tooltip" class="tooltip" aria-hidden="true">
      <div class="tooltip-period">${this.#periodName(index, labels)}</div>
      <div class="tooltip-row"><span>${labels.actual}</span> <span class="figure">${formatValue(period.value, unit, { locale, currency })}</span></div>
      <div class="tooltip-row"><span>${labels.target}</span> <span class="figure">${formatTarget(period.target, unit, { locale, currency })}</span></div>
      ${statusBadge(status, false, labels, STATUS_PARTS)}
      ${this.shown.commentsAt(index).map((comment) => html`<div part="tooltip-comment" class="tooltip-comment">${describeComment(comment, locale, labels)}</div>`)}
    </div>`;
  }

  #table(labels: Labels) {
    const locale = this.resolvedLocale;
    const { unit, currency, periods } = this.shown;
    const first = Math.max(0, periods.length - TABLE_ROWS);
    // A column of comments only when a shown period has one: most series have none.
    const withComments = this.shown.commented.some((index) => index >= first);
    const rows = [];
    for (let index = first; index < periods.length; index++) {
      const period = periods[index]!;
      rows.push(html`<tr>
        <th scope="row">${this.#periodName(index, labels)}</th>
        <td class="figure">${formatValue(period.value, unit, { locale, currency })}</td>
        <td class="figure">${formatTarget(period.target, unit, { locale, currency })}</td>
        <td>${statusBadge(this.shown.statusAt(index), false, labels, STATUS_PARTS)}</td>
        ${withComments ? html`<td class="comment-cell">${this.shown.commentsAt(index).map((comment) => html`<p>${describeComment(comment, locale, labels)}</p>`)}</td>` : nothing}
      </tr>`);
    }
    const name = this.shown.label || labels.trend;
    // Focusable: a table taller than its box scrolls, and the keyboard must reach it. Its region's name is
    // not the chart's alone: a scorecard's KPI panel is a region named by the KPI too.
    return html`<div class="table-wrap" id="table" role="region" aria-label=${fillTemplate(labels.dataTableOf, { name })} tabindex="0">
      <table part="table" class="table">
        <caption>
          ${name} ${first > 0
            ? html`<span class="caption-note">${fillTemplate(labels.latestPeriodsShown, { shown: formatValue(TABLE_ROWS, 'number', { locale }), total: formatValue(periods.length, 'number', { locale, compact: false }) })}</span>`
            : nothing}
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

  /** "Improving, Oct 2026: $433,500, 101% of target, on track, Year-end forecast: $5.3M, 102% of target, on track". */
  #summary(labels: Labels): string {
    const key = [this.shown, labels, this.resolvedLocale];
    if (this.#summaryCache && key.every((item, i) => item === this.#summaryCache!.key[i])) return this.#summaryCache.text;
    const text = this.#describeTrend(labels);
    this.#summaryCache = { key, text };
    return text;
  }

  #describeTrend(labels: Labels): string {
    const { shown } = this;
    const locale = this.resolvedLocale;
    const { periods, unit, currency } = shown;
    const clauses: string[] = [];
    let firstDefined = -1;
    let latest = -1;
    const until = shown.asOf ?? periods.length - 1;
    for (let i = 0; i <= until && i < periods.length; i++) {
      if (periods[i]!.value === null) continue;
      if (firstDefined < 0) firstDefined = i;
      latest = i;
    }
    if (periods.length > 0) {
      const [from, to] = [this.#periodName(0, labels), this.#periodName(Math.min(until, periods.length - 1), labels)];
      clauses.push(periodSpan(from, to));
    }
    if (latest < 0) {
      clauses.push(labels.noData);
      return clauses.join(labels.separator);
    }
    const point = periods[latest]!;
    if (latest > firstDefined) {
      const band = typeof point.target === 'object' ? point.target : null;
      const { improving } = changeBetween(periods[firstDefined]!.value!, point.value!, shown.polarity, band);
      clauses.push(improving === true ? labels.improving : improving === false ? labels.worsening : labels.unchanged);
    }
    const describe = { value: point.value, unit, target: point.target, status: shown.statusAt(latest), stale: latest === shown.asOf ? shown.stale : false };
    clauses.push(fillTemplate(labels.periodValue, { period: this.#periodName(latest, labels), value: describeKpi(describe, { locale, currency, labels }) }));
    const forecast = shown.forecast?.evaluation;
    if (forecast) {
      const value = describeKpi({ ...forecast, unit, stale: false }, { locale, currency, labels });
      clauses.push(fillTemplate(labels.periodValue, { period: labels.yearEndForecast, value }));
    }
    return clauses.join(labels.separator);
  }

  /** The geometry for the current data, size and direction, computed again only when one of them changed. */
  #layout(): TrendGeometry | null {
    const size = this.#frame.size;
    if (!size || size.width <= 0 || size.height <= 0) return null;
    const { shown } = this;
    const key = [shown, size.width, size.height, this.#rtl, this.min, this.max, this.resolvedLocale];
    if (this.#geometry && key.every((item, i) => item === this.#geometryKey[i])) return this.#geometry;
    const locale = this.resolvedLocale;
    const input = {
      periods: shown.periods,
      polarity: shown.polarity,
      tolerance: shown.tolerance,
      height: size.height,
      asOf: shown.asOf,
      forecast: shown.forecast,
      min: this.#bound('min'),
      max: this.#bound('max'),
      mirrored: this.#rtl,
    };
    // The value labels' width decides the plot's side margin: found from the ticks the scale will have.
    const { ticks } = valueScale(input, size.height - MARGIN_TOP - MARGIN_BOTTOM);
    const widest = Math.max(0, ...ticks.map((tick) => formatValue(tick, shown.unit, { locale, currency: shown.currency, compact: true }).length));
    const axis = Math.ceil(widest * CHARACTER_WIDTH) + 10;
    const margin: Margin = this.#rtl
      ? { top: MARGIN_TOP, bottom: MARGIN_BOTTOM, left: MARGIN_END, right: axis }
      : { top: MARGIN_TOP, bottom: MARGIN_BOTTOM, left: axis, right: MARGIN_END };
    this.#geometry = trendGeometry({ ...input, width: size.width, margin });
    this.#geometryKey = key;
    return this.#geometry;
  }

  #bound(name: 'min' | 'max'): number | null {
    const [min, max] = [finite(this.min), finite(this.max)];
    if (min !== null && max !== null && !(min < max)) return null;
    return name === 'min' ? min : max;
  }

  #periodName(index: number, labels: Labels): string {
    const name = this.shown.names[index];
    if (name === null || name === undefined) return formatValue(index + 1, 'number', { locale: this.resolvedLocale });
    return formatPeriodLabel(name, this.resolvedLocale, { labels });
  }

  #toggleTable = () => {
    this._tableShown = !this._tableShown;
  };

  #onKey = (event: KeyboardEvent) => {
    const defined = this.#geometry?.defined ?? [];
    if (event.key === 'Enter' || event.key === ' ') {
      this.activate(event, this.selectableId(this.shown));
      return;
    }
    if (event.key === 'Escape') {
      if (this._active === null) return;
      this._active = null;
      this._announcement = '';
      return;
    }
    if (defined.length === 0) return;
    const position = this._active === null ? -1 : defined.indexOf(this._active);
    const later = (this.#rtl ? 'ArrowLeft' : 'ArrowRight') === event.key;
    const earlier = (this.#rtl ? 'ArrowRight' : 'ArrowLeft') === event.key;
    let next: number | undefined;
    // A tenth of the values at a time: a series of thousands is crossed in ten steps.
    const page = Math.max(1, Math.round(defined.length / 10));
    const from = position < 0 ? defined.length - 1 : position;
    if (event.key === 'Home') next = defined[0];
    else if (event.key === 'PageUp') next = defined[Math.max(0, from - page)];
    else if (event.key === 'PageDown') next = defined[Math.min(defined.length - 1, from + page)];
    else if (event.key === 'End') next = defined[defined.length - 1];
    else if (later) next = position < 0 ? defined[defined.length - 1] : defined[Math.min(defined.length - 1, position + 1)];
    else if (earlier) next = position < 0 ? defined[defined.length - 1] : defined[Math.max(0, position - 1)];
    if (next === undefined) return;
    event.preventDefault();
    this.#activate(next, true);
  };

  #onPointer = (event: PointerEvent) => {
    const geometry = this.#geometry;
    if (!geometry) return;
    const box = (event.currentTarget as Element).getBoundingClientRect();
    const index = nearestIndex(geometry, event.clientX - box.left);
    if (index !== null && index !== this._active) this.#activate(index, false);
  };

  #onPointerLeave = () => {
    if (this.matches(':focus-within')) return;
    this._active = null;
  };

  #onBlur = () => {
    this._active = null;
    this._announcement = '';
  };

  #activate(index: number, announce: boolean): void {
    this._active = index;
    if (!announce) return;
    const labels = this.resolvedLabels;
    const period = this.shown.periods[index]!;
    const value = describeKpi(
      { value: period.value, unit: this.shown.unit, target: period.target, status: this.shown.statusAt(index), stale: false },
      { locale: this.resolvedLocale, currency: this.shown.currency, labels },
    );
    const said = fillTemplate(labels.periodValue, { period: this.#periodName(index, labels), value });
    const comments = this.shown.commentsAt(index).map((comment) => describeComment(comment, this.resolvedLocale, labels));
    this._announcement = [said, ...comments].join(labels.separator);
  }

  #resolve(count: number | null, issues: ModelIssue[]): ShownTrend {
    const context = this.context;
    if (this.kpi && context) {
      const node = context.evaluation.node(this.kpi);
      if (!node || node.kind !== 'kpi') {
        issues.push({ path: 'kpi', message: `names no KPI of the scorecard (got "${this.kpi}")` });
        return { ...emptyTrend(this.label ?? ''), message: fillTemplate(this.resolvedLabels.unknownKpi, { id: this.kpi }) };
      }
      const history = context.evaluation.history(node.id);
      let asOfAt = history.findLastIndex((point) => !point.future);
      const first = Math.max(0, asOfAt + 1 - (count ?? DEFAULT_PERIODS));
      const forecast = node.forecast;
      // Periods after as-of only to reach the year-end forecast: they carry its targets.
      const end = forecast ? history.findIndex((point) => point.period === forecast.period) : -1;
      const points = history.slice(first, Math.max(asOfAt, end) + 1);
      asOfAt -= first;
      const periods = points.map((point) => ({ value: point.value, target: point.target, redFlag: point.redFlag, stretch: point.stretch }));
      const model = scorecardIndex(context.scorecard).kpis.get(node.id);
      const periodicity = model?.periodicity ?? context.scorecard.periodicity;
      const commentsAt = (index: number) => (model && points[index] ? commentsInPeriod(model, periodicity, points[index].period) : []);
      return {
        id: node.id,
        label: this.label || node.title,
        unit: node.unit,
        currency: context.currency,
        polarity: node.polarity,
        tolerance: node.tolerance,
        periods,
        names: points.map((point) => point.period),
        statusAt: (index) => points[index]?.status ?? 'no-data',
        asOf: asOfAt >= 0 ? asOfAt : null,
        forecast: forecastLine(forecast, end - first, periods, asOfAt, context.evaluation.view, node.slope),
        stale: node.stale,
        message: null,
        commented: points.flatMap((_, index) => (commentsAt(index).length ? [index] : [])),
        commentsAt,
      };
    }
    return this.#standalone(count, issues);
  }

  #standalone(count: number | null, issues: ModelIssue[]): ShownTrend {
    const all = this.series ?? [];
    const offset = count === null ? 0 : Math.max(0, all.length - count);
    const items = offset > 0 ? all.slice(offset) : all;
    const attributes = this.#thresholds({ target: this.target, redFlag: this.redFlag, stretch: this.stretch }, '', issues);
    const byKey = new Map<string, Resolved>();
    let previous: { given: GivenThresholds; resolved: Resolved } | null = null;
    const periods: TrendPeriod[] = new Array(items.length);
    const names: (string | null)[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      let value: number | null;
      let resolved = attributes;
      let name: string | null = null;
      if (item === null || typeof item !== 'object') value = this.#actual(item, offset + i, issues);
      else {
        value = this.#actual(item.actual, offset + i, issues);
        name = item.period ?? item.label ?? null;
        if (item.target !== undefined || item.redFlag !== undefined || item.stretch !== undefined) {
          const given = { target: item.target === undefined ? this.target : item.target, redFlag: item.redFlag ?? this.redFlag, stretch: item.stretch ?? this.stretch };
          // Thresholds change seldom along a series: the previous item's are checked first, a key only on a change.
          if (previous !== null && sameGiven(previous.given, given)) resolved = previous.resolved;
          else {
            const key = JSON.stringify(given);
            resolved = byKey.get(key) ?? this.#thresholds(given, `series[${offset + i}].`, issues);
            byKey.set(key, resolved);
            previous = { given, resolved };
          }
        }
      }
      periods[i] = { value, target: resolved.target, redFlag: resolved.redFlag, stretch: resolved.stretch };
      names[i] = name;
    }
    let asOf: number | null = null;
    for (let i = periods.length - 1; i >= 0; i--) {
      if (periods[i]!.value !== null) {
        asOf = i;
        break;
      }
    }
    return {
      id: undefined,
      label: this.label ?? '',
      unit: this.unit || 'number',
      currency: this.currency,
      polarity: attributes.polarity,
      tolerance: attributes.tolerance,
      periods,
      names,
      statusAt: (index) => {
        const period = periods[index];
        if (!period) return 'no-data';
        const { tolerance, polarity } = attributes;
        return evaluateReading({ value: period.value, target: period.target, redFlag: period.redFlag, stretch: period.stretch, tolerance, polarity }).status;
      },
      asOf,
      forecast: null,
      stale: false,
      message: null,
      commented: [],
      commentsAt: () => [],
    };
  }

  /** Thresholds as the engine scores them: checked once per distinct set, issues named by `path`. */
  #thresholds(given: GivenThresholds, path: string, issues: ModelIssue[]): Resolved {
    const found: ModelIssue[] = [];
    const target = typeof given.target === 'number' && finite(given.target) === null ? undefined : given.target;
    if (typeof given.target === 'number' && target === undefined) found.push({ path: 'target', message: `is not a number (got "${this.rawText('target', given.target)}")` });
    const checked = checkReading({ value: null, target, redFlag: given.redFlag, stretch: given.stretch, tolerance: this.tolerance, polarity: this.polarity }, found);
    for (const issue of found) issues.push({ path: `${path}${issue.path}`, message: issue.message });
    const reading = evaluateReading(checked);
    return { target: reading.target, redFlag: reading.redFlag, stretch: reading.stretch, tolerance: reading.tolerance, polarity: reading.polarity };
  }

  #actual(value: unknown, index: number, issues: ModelIssue[]): number | null {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    issues.push({ path: `series[${index}]`, message: `is not a number (got "${String(value)}")` });
    return null;
  }
}

/** Thresholds of a standalone period as written: an item's own, else the element's. */
interface GivenThresholds {
  target?: number | Range | null;
  redFlag?: number | null;
  stretch?: number | null;
}

function sameGiven(a: GivenThresholds, b: GivenThresholds): boolean {
  const sameTarget =
    a.target === b.target ||
    (typeof a.target === 'object' && a.target !== null && typeof b.target === 'object' && b.target !== null && a.target.min === b.target.min && a.target.max === b.target.max);
  return sameTarget && a.redFlag === b.redFlag && a.stretch === b.stretch;
}

/** Thresholds of a standalone period, resolved by the engine (red flag and tolerance filled in). */
interface Resolved {
  target: number | Range | null;
  redFlag: number | null;
  stretch: number | null;
  tolerance: number | null;
  polarity: Polarity;
}

/**
 * Where the dashed line ends: in the `ytd` view, at the engine's year-end forecast (a year-to-date
 * value like the line's); in the `period` view, where the engine's recent slope reaches by the
 * year's last period (the forecast itself is an aggregate of the year, not one period's value).
 */
function forecastLine(
  forecast: Forecast | null,
  index: number,
  periods: readonly TrendPeriod[],
  asOf: number,
  view: 'period' | 'ytd',
  slope: number | null,
): ShownTrend['forecast'] {
  if (!forecast || index <= asOf || index >= periods.length) return null;
  if (view === 'ytd') return { index, value: forecast.value, evaluation: forecast };
  const reached = extendLine(periods.map((period) => period.value), asOf, index, slope);
  return { index, value: reached ?? Number.NaN, evaluation: forecast };
}

function emptyTrend(label: string): ShownTrend {
  return {
    id: undefined,
    label,
    unit: 'number',
    currency: undefined,
    polarity: 'up',
    tolerance: null,
    periods: [],
    names: [],
    statusAt: () => 'no-data',
    asOf: null,
    forecast: null,
    stale: false,
    message: null,
    commented: [],
    commentsAt: () => [],
  };
}

const STATUS_PARTS = { badge: 'status', icon: 'status-icon', label: 'status-label', stale: 'status-stale' };

// The chart measures its frame once the first render has made it, and draws at that size before the
// first paint: an update after an update, on purpose (the first one draws no chart), not the waste
// Lit's development build warns of.
BscTrendChart.disableWarning?.('change-in-update');

defineElement('bsc-trend-chart', BscTrendChart);

declare global {
  interface HTMLElementTagNameMap {
    'bsc-trend-chart': BscTrendChart;
  }
}
