import { html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { sparklineGeometry } from '../charts/sparkline.js';
import { evaluateReading } from '../engine/reading.js';
import { changeBetween } from '../engine/trend.js';
import type { Status } from '../engine/types.js';
import { describeKpi } from '../format/describe.js';
import type { Labels } from '../format/labels.js';
import { formatPeriodLabel } from '../format/period.js';
import type { ModelIssue } from '../model/issues.js';
import type { Polarity, Range } from '../model/schema.js';
import { BscElement } from './bsc-element.js';
import { sparklineStyles } from './bsc-sparkline.styles.js';
import { defineElement } from './define.js';
import { checkReading, finite, KpiChartElement, numberConverter, numberListConverter, targetConverter } from './standalone-reading.js';

/** The viewBox is the default size in CSS pixels; another size stretches it, strokes and dots stay round. */
const WIDTH = 128;
const HEIGHT = 32;
const PADDING = 3;
/** Inside a scorecard: how many periods up to as-of the line shows unless `periods` says otherwise. */
const DEFAULT_PERIODS = 12;
/** Between the first and the last period shown: "Nov 2025 – Oct 2026". Punctuation, the same in every language the kit speaks. */
const PERIOD_SPAN = ' – ';

/** What the line shows: a scorecard KPI's history, or values of its own. */
interface ShownSeries {
  /** The KPI's id inside a scorecard; undefined for values of their own. */
  id: string | undefined;
  label: string;
  unit: string;
  currency: string | undefined;
  values: (number | null)[];
  /** The period of each value, inside a scorecard. */
  periods: string[] | null;
  target: number | Range | null;
  polarity: Polarity;
  /** The latest value shown and its status; null without any value. */
  latest: { value: number; status: Status; stale: boolean } | null;
}

/**
 * @summary A word-sized trend line: a KPI's values over its latest periods, gaps where a period has
 * no actual (never a zero), the target as a dashed line, the latest value as a dot. Inside a
 * `<bsc-scorecard>` it shows the KPI named by `kpi` (the last 12 periods up to as-of); on its own it
 * draws `values` (`values="3,5,,7"`, an empty item is a gap).
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
  static override styles = [...BscElement.styles, sparklineStyles];

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
  protected shown: ShownSeries = emptySeries('');

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
    const line = sparklineGeometry({
      values: shown.values,
      width: WIDTH,
      height: HEIGHT,
      padding: PADDING,
      target: typeof shown.target === 'number' ? shown.target : null,
    });
    const id = this.selectableId(shown);
    const activate = (event: Event) => this.activate(event, id);
    return html`<svg
      part="base"
      class="base ${id === undefined ? '' : 'selectable'}"
      viewBox="0 0 ${WIDTH} ${HEIGHT}"
      preserveAspectRatio="none"
      role="img"
      aria-label=${this.#describe(shown)}
      tabindex=${this.tabIndexFor(id)}
      @click=${activate}
      @keydown=${activate}
    >
      ${line.targetY === null ? nothing : svg`<line part="target" class="target" x1="0" x2=${WIDTH} y1=${line.targetY} y2=${line.targetY} />`}
      ${line.last === null ? svg`<line class="empty" x1=${PADDING} x2=${WIDTH - PADDING} y1=${HEIGHT / 2} y2=${HEIGHT / 2} />` : nothing}
      <path part="line" class="line" d=${line.path} />
      ${line.points.filter((point) => point.isolated).map((point) => svg`<path part="point" class="point" d="M${point.x},${point.y}h0" />`)}
      ${line.last === null ? nothing : svg`<path part="last-point" class="last-point" d="M${line.last.x},${line.last.y}h0" />`}
    </svg>`;
  }

  #resolve(count: number | null, issues: ModelIssue[]): ShownSeries {
    const context = this.context;
    if (this.kpi && context) {
      const node = context.evaluation.node(this.kpi);
      if (!node || node.kind !== 'kpi') {
        issues.push({ path: 'kpi', message: `names no KPI of the scorecard (got "${this.kpi}")` });
        return emptySeries(this.label ?? '');
      }
      const points = context.evaluation.history(node.id).filter((point) => !point.future).slice(-(count ?? DEFAULT_PERIODS));
      const latest = points.findLast((point) => point.value !== null);
      return {
        id: node.id,
        label: this.label || node.title,
        unit: node.unit,
        currency: context.currency,
        values: points.map((point) => point.value),
        periods: points.map((point) => point.period),
        target: node.target,
        polarity: node.polarity,
        latest: latest && latest.value !== null ? { value: latest.value, status: latest.status, stale: node.stale } : null,
      };
    }
    const values = (this.values ?? []).map((value, i) => {
      if (value === null || value === undefined) return null;
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      issues.push({ path: `values[${i}]`, message: `is not a number (got "${this.getAttribute('values')?.split(',')[i]?.trim() ?? String(value)}")` });
      return null;
    });
    const shown = count === null ? values : values.slice(-count);
    const last = shown.findLast((value) => value !== null) ?? null;
    const target = this.target === undefined || this.target === null ? null : typeof this.target === 'object' ? this.target : finite(this.target);
    if (typeof this.target === 'number' && target === null) issues.push({ path: 'target', message: `is not a number (got "${this.rawText('target', this.target)}")` });
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

  /** "Booked revenue, Nov 2025 – Oct 2026, Improving, $433,500, 103% of target, on track": every word from the labels. */
  #describe(shown: ShownSeries): string {
    const locale = this.resolvedLocale;
    const labels = this.resolvedLabels;
    const clauses: string[] = [];
    if (shown.label) clauses.push(shown.label);
    const periods = shown.periods;
    if (periods && periods.length > 0) {
      const [first, last] = [formatPeriodLabel(periods[0]!, locale, { labels }), formatPeriodLabel(periods[periods.length - 1]!, locale, { labels })];
      clauses.push(first === last ? first : `${first}${PERIOD_SPAN}${last}`);
    }
    const { latest } = shown;
    if (latest === null) {
      clauses.push(labels.noData);
      return clauses.join(labels.separator);
    }
    const defined = shown.values.filter((value): value is number => value !== null);
    if (defined.length > 1) {
      const band = typeof shown.target === 'object' ? shown.target : null;
      clauses.push(trendWord(changeBetween(defined[0]!, latest.value, shown.polarity, band).improving, labels));
    }
    clauses.push(describeKpi({ ...latest, unit: shown.unit, target: shown.target }, { locale, currency: shown.currency, labels }));
    return clauses.join(labels.separator);
  }
}

function trendWord(improving: boolean | null, labels: Labels): string {
  return improving === true ? labels.improving : improving === false ? labels.worsening : labels.unchanged;
}

function emptySeries(label: string): ShownSeries {
  return { id: undefined, label, unit: 'number', currency: undefined, values: [], periods: null, target: null, polarity: 'up', latest: null };
}

defineElement('bsc-sparkline', BscSparkline);

declare global {
  interface HTMLElementTagNameMap {
    'bsc-sparkline': BscSparkline;
  }
}
