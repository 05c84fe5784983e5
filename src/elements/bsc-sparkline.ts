import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { checkReading, evaluateReading, notANumber } from '../engine/reading.js';
import type { ModelIssue } from '../model/issues.js';
import type { Range } from '../model/schema.js';
import { BscElement } from './internal/bsc-element.js';
import { sparklineStyles } from './bsc-sparkline.styles.js';
import { defineElement } from './internal/define.js';
import {
  DEFAULT_SPARKLINE_PERIODS,
  describeSparkline,
  emptySparklineSeries,
  kpiSparklineSeries,
  sparklineFigure,
  type SparklineSeries,
} from './internal/sparkline-figure.js';
import { finite, KpiChartElement, numberConverter, numberListConverter, targetConverter } from './internal/standalone-reading.js';

/**
 * @summary A word-sized trend line: a KPI's values over its latest periods, gaps where a period has
 * no actual (never a zero), the target as a dashed line, the latest value as a dot. Inside a
 * `<bsc-scorecard>` it shows the KPI named by `kpi` (the last 12 periods up to as-of); on its own it
 * draws `values` (`values="3,5,,7"`, an empty item is a gap). In a right-to-left page time runs
 * from the right, as in the trend chart.
 *
 * For assistive technology it is an image described in words: the KPI, the periods, whether the
 * line went the right way, and the latest value ("Booked revenue, Nov 2025 – Oct 2026, Improving,
 * $433,500, 103% of target, on track"). Inside a scorecard, clicking it (or Enter or Space) selects the KPI.
 *
 * @fires {{ kind: 'kpi', id: string }} bsc-select - The KPI was chosen (inside a scorecard, unless `no-select`).
 * @fires {{ issues: { path: string, message: string }[] }} bsc-error - An attribute could not be used (an item of `values` that is no number, an unknown KPI id); fired once per change. That item is drawn as a gap.
 *
 * @csspart base - The SVG; carries the `img` role and the description.
 * @csspart line - The trend line.
 * @csspart point - A value without a neighbour (between gaps), drawn as a dot.
 * @csspart last-point - The latest value.
 * @csspart target - The target's line (a number target only).
 *
 * @cssprop {<length>} [--bsc-sparkline-width=8rem] - Width of the line.
 * @cssprop {<length>} [--bsc-sparkline-height=2rem] - Height of the line.
 * @cssprop {<color>} --bsc-color-text - The line and its dots.
 * @cssprop {<color>} --bsc-color-text-muted - The target's line.
 * @cssprop {<color>} --bsc-color-track - The empty line without data.
 * @cssprop --bsc-focus-ring-width - Width of the focus ring (inside a scorecard).
 */
export class BscSparkline extends KpiChartElement {
  static override styles = [...BscElement.styles, ...sparklineStyles];

  /** The id of a KPI of the enclosing scorecard. */
  @property() kpi?: string;

  /** Standalone: the values, oldest first; null (an empty item in the attribute: `3,5,,7`) is a gap. */
  @property({ converter: numberListConverter }) values?: (number | null)[];

  /** How many of the latest periods to show: 12 inside a scorecard when unset; all the `values` standalone. */
  @property({ converter: numberConverter }) periods?: number;

  /** Standalone: the target, drawn as a line; a band `min..max` only judges the trend. */
  @property({ converter: targetConverter }) target?: number | Range | null;

  /** Standalone: `up` (higher is better, the default), `down`, or `range`: whether the line went the right way. */
  @property() polarity?: 'up' | 'down' | 'range';

  /** What this update shows: set in `willUpdate`. */
  protected shown: SparklineSeries = emptySparklineSeries('');

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const issues: ModelIssue[] = [];
    let count = finite(this.periods);
    if (this.periods !== undefined && this.periods !== null && !(count !== null && Number.isInteger(count) && count > 0)) {
      issues.push({ path: 'periods', message: `must be a whole number above 0 (got "${this.rawText('periods', this.periods)}")` });
      count = null;
    }
    this.shown = this.#resolve(count, issues);
    this.reportIssues(issues);
  }

  override render() {
    const { shown } = this;
    const id = this.selectableId(shown);
    const onActivate = id === undefined ? undefined : (event: Event) => this.activate(event, id);
    return sparklineFigure(shown, describeSparkline(shown, this.resolvedLocale, this.resolvedLabels), undefined, onActivate);
  }

  #resolve(count: number | null, issues: ModelIssue[]): SparklineSeries {
    const context = this.context;
    if (this.kpi && context) {
      const series = kpiSparklineSeries(context.evaluation, this.kpi, count ?? DEFAULT_SPARKLINE_PERIODS, context.currency);
      if (series === null) {
        issues.push({ path: 'kpi', message: `names no KPI of the scorecard (got "${this.kpi}")` });
        return emptySparklineSeries(this.label ?? '');
      }
      return this.label ? { ...series, label: this.label } : series;
    }
    const values = (this.values ?? []).map((value, i) => {
      if (value === null || value === undefined) return null;
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      issues.push(notANumber(`values[${i}]`, this.getAttribute('values')?.split(',')[i]?.trim() ?? String(value)));
      return null;
    });
    const shown = count === null ? values : values.slice(-count);
    const last = shown.findLast((value) => value !== null) ?? null;
    const target = this.target === undefined || this.target === null ? null : typeof this.target === 'object' ? this.target : finite(this.target);
    if (typeof this.target === 'number' && target === null) issues.push(notANumber('target', this.rawText('target', this.target)));
    const reading = evaluateReading(checkReading({ value: last, target, polarity: this.polarity }, issues));
    return {
      id: undefined,
      label: this.label ?? '',
      unit: this.unit || 'number',
      currency: this.currency,
      values: shown,
      periods: null,
      target: reading.target,
      polarity: reading.polarity,
      latest: last === null ? null : { value: last, status: reading.status, stale: false },
    };
  }
}

defineElement('bsc-sparkline', BscSparkline);

declare global {
  interface HTMLElementTagNameMap {
    'bsc-sparkline': BscSparkline;
  }
}
