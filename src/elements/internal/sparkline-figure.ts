import { nothing, svg, type SVGTemplateResult } from 'lit';
import { sparklineGeometry } from '../../charts/sparkline.js';
import type { Evaluation, Status } from '../../engine/types.js';
import { changeBetween } from '../../engine/trend.js';
import { describeKpi } from '../../format/describe.js';
import type { Labels } from '../../format/labels.js';
import { formatPeriodLabel, periodSpan } from '../../format/period.js';
import type { Polarity, Range } from '../../model/schema.js';
import '../../format/english/figures.js';

/**
 * The sparkline as a template rather than an element: `<bsc-sparkline>` draws it in its own shadow
 * root, and an objective's table draws one per row in its own, so that a scorecard of 200 KPIs does
 * not pay for 200 more shadow roots, context subscriptions and style sheets.
 */

/** The viewBox is the default size in CSS pixels; another size stretches it, strokes and dots stay round. */
const WIDTH = 128;
const HEIGHT = 32;
const PADDING = 3;
/** Inside a scorecard: how many periods up to as-of the line shows unless told otherwise. */
export const DEFAULT_SPARKLINE_PERIODS = 12;

/** What the line shows: a scorecard KPI's history, or values of its own. */
export interface SparklineSeries {
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

/** The part names a host gives the drawing's nodes (`<bsc-sparkline>`: base, line…; a table row: kpi-trend…). */
export interface SparklineParts {
  base: string;
  line: string;
  point: string;
  lastPoint: string;
  target: string;
}

export const SPARKLINE_PARTS: SparklineParts = { base: 'base', line: 'line', point: 'point', lastPoint: 'last-point', target: 'target' };

/** The last `count` periods of a scorecard KPI up to as-of; null when the id names no KPI. */
export function kpiSparklineSeries(evaluation: Evaluation, id: string, count: number, currency: string | undefined): SparklineSeries | null {
  const node = evaluation.node(id);
  if (!node || node.kind !== 'kpi') return null;
  const points = evaluation
    .history(node.id)
    .filter((point) => !point.future)
    .slice(-count);
  const latest = points.findLast((point) => point.value !== null);
  return {
    id: node.id,
    label: node.title,
    unit: node.unit,
    currency,
    values: points.map((point) => point.value),
    periods: points.map((point) => point.period),
    target: node.target,
    polarity: node.polarity,
    latest: latest && latest.value !== null ? { value: latest.value, status: latest.status, stale: node.stale } : null,
  };
}

export function emptySparklineSeries(label: string): SparklineSeries {
  return { id: undefined, label, unit: 'number', currency: undefined, values: [], periods: null, target: null, polarity: 'up', latest: null };
}

/** The line as an SVG `img`, described in words; with `onActivate` (click, Enter, Space) it is also a tab stop. */
export function sparklineFigure(
  series: SparklineSeries,
  description: string,
  parts: SparklineParts = SPARKLINE_PARTS,
  onActivate?: (event: Event) => void,
): SVGTemplateResult {
  const line = sparklineGeometry({
    values: series.values,
    width: WIDTH,
    height: HEIGHT,
    padding: PADDING,
    target: typeof series.target === 'number' ? series.target : null,
  });
  return svg`<svg
    part=${parts.base}
    class="spark ${onActivate ? 'selectable' : ''}"
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
    preserveAspectRatio="none"
    role="img"
    aria-label=${description}
    tabindex=${onActivate ? 0 : nothing}
    @click=${onActivate}
    @keydown=${onActivate}
  >
    ${line.targetY === null ? nothing : svg`<line part=${parts.target} class="spark-target" x1="0" x2=${WIDTH} y1=${line.targetY} y2=${line.targetY} />`}
    ${line.last === null ? svg`<line class="spark-empty" x1=${PADDING} x2=${WIDTH - PADDING} y1=${HEIGHT / 2} y2=${HEIGHT / 2} />` : nothing}
    <path part=${parts.line} class="spark-line" d=${line.path} />
    ${line.points.filter((point) => point.isolated).map((point) => svg`<path part=${parts.point} class="spark-point" d="M${point.x},${point.y}h0" />`)}
    ${line.last === null ? nothing : svg`<path part=${parts.lastPoint} class="spark-last" d="M${line.last.x},${line.last.y}h0" />`}
  </svg>`;
}

/** "Booked revenue, Nov 2025 – Oct 2026, Improving, $433,500, 103% of target, on track": every word from the labels. */
export function describeSparkline(series: SparklineSeries, locale: string, labels: Labels): string {
  const clauses: string[] = [];
  if (series.label) clauses.push(series.label);
  const periods = series.periods;
  if (periods && periods.length > 0) {
    const [first, last] = [formatPeriodLabel(periods[0]!, locale, { labels }), formatPeriodLabel(periods[periods.length - 1]!, locale, { labels })];
    clauses.push(periodSpan(first, last));
  }
  const { latest } = series;
  if (latest === null) {
    clauses.push(labels.noData);
    return clauses.join(labels.separator);
  }
  const defined = series.values.filter((value): value is number => value !== null);
  if (defined.length > 1) {
    const band = typeof series.target === 'object' ? series.target : null;
    clauses.push(trendWord(changeBetween(defined[0]!, latest.value, series.polarity, band).improving, labels));
  }
  clauses.push(describeKpi({ ...latest, unit: series.unit, target: series.target }, { locale, currency: series.currency, labels }));
  return clauses.join(labels.separator);
}

function trendWord(improving: boolean | null, labels: Labels): string {
  return improving === true ? labels.improving : improving === false ? labels.worsening : labels.unchanged;
}
