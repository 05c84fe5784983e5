import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { commentMark, fittedTrendGeometry, keyIndex, nearestIndex, opensLeft, periodX, valueY, type TrendGeometry } from '../charts/trend.js';
import { checkTrendOptions, EMPTY_TREND, scorecardTrend, standaloneTrend, type TrendSeries, type TrendSeriesItem } from '../charts/trend-series.js';
import type { Labels } from '../format/labels.js';
import { unknownNodeMessage } from '../format/kpi-figures.js';
import { formatValue } from '../format/number.js';
import { describeTrend, describeTrendPoint, trendPeriodName } from '../format/trend.js';
import type { ModelIssue } from '../model/issues.js';
import { BscElement } from './internal/bsc-element.js';
import { trendChartStyles } from './bsc-trend-chart.styles.js';
import { defineElement } from './internal/define.js';
import { ElementSize } from './internal/element-size.js';
import { Memo } from './internal/memo.js';
import { bandTintStyles, numberConverter, ThresholdChartElement } from './internal/standalone-reading.js';
import { statusBadgeStyles } from './internal/status-badge.js';
import { trendTable, trendTooltip, type TrendWords } from './internal/trend-chart-parts.js';
import '../format/english/trend-chart.js';
import '../format/english/unknown-node.js';
import '../format/english/figures.js';

export type { TrendSeriesEntry, TrendSeriesItem } from '../charts/trend-series.js';

/** What the chart shows: a scorecard KPI's history, or a series of its own. */
interface ShownTrend extends TrendSeries {
  /** The KPI's id inside a scorecard; undefined for a series of its own. */
  id: string | undefined;
  label: string;
  currency: string | undefined;
  /** Why nothing can be shown (an unknown KPI id), said in the chart's place. */
  message: string | null;
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
  static override styles = [...BscElement.styles, statusBadgeStyles, bandTintStyles, trendChartStyles];

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

  protected shown: ShownTrend = { ...EMPTY_TREND, id: undefined, label: '', currency: undefined, message: null };
  #geometry = new Memo<TrendGeometry>();
  #summary = new Memo<string>();
  #rtl = false;
  /** The value scale's ends as set, when they can be used. */
  #bounds: { min: number | null; max: number | null } = { min: null, max: null };
  /**
   * The plot's size: the frame it fills (a new one after a message gave way to the chart), measured
   * when observed rather than when the observer first reports, so that the first frame shows the chart.
   */
  #frame = new ElementSize(this, '.frame', { measureNow: true });

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#rtl = this.matches(':dir(rtl)');
    const inputs = [
      'kpi',
      'periods',
      'series',
      'target',
      'redFlag',
      'stretch',
      'tolerance',
      'polarity',
      'min',
      'max',
      'label',
      'unit',
      'currency',
      'locale',
      'labels',
      'context',
    ];
    if (this.hasUpdated && !inputs.some((name) => changed.has(name))) return;
    const issues: ModelIssue[] = [];
    const { count, min, max } = checkTrendOptions(this, issues, (name, value) => this.rawText(name, value));
    this.#bounds = { min, max };
    this.shown = this.#resolve(count, issues);
    if (this._active !== null && this._active >= this.shown.periods.length) this._active = null;
    this.reportIssues(issues);
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    const geometry = this.#geometry.last;
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
    const tooltipBefore = geometry !== null && this._active !== null && opensLeft(geometry, this._active);
    return html`<div part="base" class="base" aria-busy=${loading ? 'true' : 'false'}>
      <div class="header">
        ${shown.label ? html`<div part="label" class="label">${shown.label}</div>` : nothing}
        ${
          loading
            ? nothing
            : html`<button part="table-toggle" class="table-toggle" type="button" aria-expanded=${this._tableShown ? 'true' : 'false'} aria-controls="table" @click=${this.#toggleTable}>
              ${this._tableShown ? labels.hideDataTable : labels.showDataTable}
            </button>`
        }
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
        ${geometry && this._active !== null ? trendTooltip(this.shown, this._active, this.#words(labels)) : nothing}
      </div>
      <p part="summary" class="summary" id="summary">${loading ? '' : this.#summary.get([this.shown, labels, this.resolvedLocale], () => describeTrend(this.shown, { locale: this.resolvedLocale, currency: this.shown.currency, labels }))}</p>
      <p class="vh" id="keys">${labels.chartKeys}</p>
      <div class="vh" aria-live="polite">${this._announcement}</div>
      ${this._tableShown && !loading ? trendTable(this.shown, this.#words(labels)) : html`<div id="table" hidden></div>`}
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
    const activeValue = active === null ? null : (this.shown.periods[active]?.value ?? null);
    const activeX = active === null ? null : periodX(g, active);
    return svg`
      <defs><clipPath id="plot-area"><rect x=${plot.x} y=${plot.y} width=${plot.width} height=${plot.height} /></clipPath></defs>
      ${g.zones.map((zone) => svg`<rect part="zone ${zone.status}" class="zone ${zone.status}" x=${zone.x} y=${zone.y} width=${zone.width} height=${zone.height} />`)}
      ${g.valueTicks.map(
        (tick) => svg`<line part="grid" class="grid" x1=${plot.x} x2=${plot.x + plot.width} y1=${tick.y} y2=${tick.y} />
          <text part="axis-label" class="axis-label value-label" x=${valueLabelX} y=${tick.y} text-anchor=${this.#rtl ? 'start' : 'end'}>${formatValue(tick.value, unit, { locale, currency, compact: true })}</text>`,
      )}
      ${g.periodTicks.map(
        (tick) =>
          svg`<text part="axis-label" class="axis-label period-label" x=${tick.x} y=${plot.y + plot.height + 16} text-anchor="middle">${this.#periodName(tick.index, labels)}</text>`,
      )}
      ${g.asOfX === null ? nothing : svg`<line part="as-of" class="as-of" x1=${g.asOfX} x2=${g.asOfX} y1=${plot.y} y2=${plot.y + plot.height} />`}
      ${this.shown.commented.map((index) => svg`<path part="comment-mark" class="comment-mark" d=${commentMark(g, index)} />`)}
      <g clip-path="url(#plot-area)">
        <path part="target" class="target" d=${g.target} />
        ${
          g.forecast === null
            ? nothing
            : svg`<line part="forecast" class="forecast" x1=${g.forecast.x1} y1=${g.forecast.y1} x2=${g.forecast.x2} y2=${g.forecast.y2} />
              <circle part="forecast" class="forecast-end" cx=${g.forecast.x2} cy=${g.forecast.y2} r="3.5" />`
        }
        <path part="actual" class="actual" d=${hasData ? g.actual : ''} />
        ${(g.markers.length > 0 ? g.markers : g.isolated).map((point) => svg`<circle part="point" class="point" cx=${point.x} cy=${point.y} r="3" />`)}
      </g>
      ${
        activeX === null
          ? nothing
          : svg`<line part="crosshair" class="crosshair" x1=${activeX} x2=${activeX} y1=${plot.y} y2=${plot.y + plot.height} />
            ${activeValue === null ? nothing : svg`<circle part="active-point" class="active-point" cx=${activeX} cy=${valueY(g, activeValue)} r="4.5" />`}`
      }
    `;
  }

  /** The geometry for the current data, size and direction, computed again only when one of them changed. */
  #layout(): TrendGeometry | null {
    const size = this.#frame.size;
    if (!size || size.width <= 0 || size.height <= 0) return null;
    const { shown } = this;
    const locale = this.resolvedLocale;
    return this.#geometry.get([shown, size.width, size.height, this.#rtl, this.min, this.max, locale], () => {
      const input = {
        ...this.#bounds,
        periods: shown.periods,
        polarity: shown.polarity,
        tolerance: shown.tolerance,
        width: size.width,
        height: size.height,
        asOf: shown.asOf,
        forecast: shown.forecast,
        mirrored: this.#rtl,
      };
      return fittedTrendGeometry(input, (tick) => formatValue(tick, shown.unit, { locale, currency: shown.currency, compact: true }));
    });
  }

  #words(labels: Labels): TrendWords {
    return { locale: this.resolvedLocale, labels, periodName: (index) => this.#periodName(index, labels) };
  }

  #periodName(index: number, labels: Labels): string {
    return trendPeriodName(this.shown.names, index, { locale: this.resolvedLocale, labels });
  }

  #toggleTable = () => {
    this._tableShown = !this._tableShown;
  };

  #onKey = (event: KeyboardEvent) => {
    const defined = this.#geometry.last?.defined ?? [];
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
    const next = keyIndex(defined, this._active, event.key, this.#rtl);
    if (next === undefined) return;
    event.preventDefault();
    this.#activate(next, true);
  };

  #onPointer = (event: PointerEvent) => {
    const geometry = this.#geometry.last;
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
    this._announcement = describeTrendPoint(this.shown, index, { locale: this.resolvedLocale, currency: this.shown.currency, labels: this.resolvedLabels });
  }

  #resolve(count: number | null, issues: ModelIssue[]): ShownTrend {
    const context = this.context;
    if (this.kpi && context) {
      const node = context.evaluation.node(this.kpi);
      if (!node || node.kind !== 'kpi') {
        issues.push({ path: 'kpi', message: `names no KPI of the scorecard (got "${this.kpi}")` });
        return {
          ...EMPTY_TREND,
          id: undefined,
          label: this.label ?? '',
          currency: undefined,
          message: unknownNodeMessage('kpi', this.kpi, this.resolvedLabels),
        };
      }
      const trend = scorecardTrend(context.evaluation, node, count);
      return { ...trend, id: node.id, label: this.label || node.title, currency: context.currency, message: null };
    }
    const { target, redFlag, stretch, tolerance, polarity, unit } = this;
    const trend = standaloneTrend({ items: this.series ?? [], count, unit, target, redFlag, stretch, tolerance, polarity }, issues, (value) =>
      this.rawText('target', value),
    );
    return { ...trend, id: undefined, label: this.label ?? '', currency: this.currency, message: null };
  }
}

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
