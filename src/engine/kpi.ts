/**
 * One KPI as of a period, in a view: its value, thresholds, score, status, staleness, change,
 * slope and year-end forecast (docs/architecture.md §3). Works on the prepared series; ordinals are in the
 * KPI's own periodicity. Aggregates run through reused accumulators (buffers reset at each use,
 * never read across calls): this is the engine's hot path.
 */
import { formatPeriod } from '../model/periods.js';
import { ThresholdAccumulator, ValueAccumulator } from './accumulate.js';
import { fiscalRangeOf, type FiscalRange } from './fiscal.js';
import { indexAtOrBefore, indexOfOrdinal, thresholdsAt, thresholdsAtIndex, valueAt, type PreparedKpi } from './prepare.js';
import { scoreValue } from './score.js';
import { statusOf } from './status.js';
import { changeBetween, LineFit } from './trend.js';
import type { Forecast, HistoryPoint, KpiEvaluation, Thresholds, View } from './types.js';

/** How many of the latest points the sparkline's slope is fitted to. */
export const SLOPE_POINTS = 6;

/** Where a KPI stands: as-of in its own periodicity, its fiscal year, and the year before. */
export interface KpiContext {
  asOf: number;
  view: View;
  fiscal: FiscalRange;
  previousFiscal: FiscalRange;
}

interface ViewValue {
  value: number | null;
  /** The ordinal the value belongs to (older than as-of when carried forward). */
  ordinal: number | null;
  thresholds: Thresholds | null;
  stale: boolean;
}

export function evaluateKpi(kpi: PreparedKpi, context: KpiContext): KpiEvaluation {
  return new KpiNode(kpi, context);
}

/**
 * A KPI's evaluation. The slope and the year-end forecast are computed when first read: the
 * roll-up needs neither, and a page shows them for the few KPIs on screen, not for all 10,000.
 */
class KpiNode implements KpiEvaluation {
  readonly kind = 'kpi';
  readonly id: string;
  readonly title: string;
  readonly score: number | null;
  readonly status: KpiEvaluation['status'];
  readonly stale: boolean;
  readonly weight: number;
  readonly polarity: KpiEvaluation['polarity'];
  readonly aggregation: KpiEvaluation['aggregation'];
  readonly unit: string;
  readonly value: number | null;
  readonly period: string | null;
  readonly target: KpiEvaluation['target'];
  readonly redFlag: number | null;
  readonly stretch: number | null;
  readonly tolerance: number | null;
  readonly previous: number | null;
  readonly change: number | null;
  readonly direction: KpiEvaluation['direction'];
  readonly improving: boolean | null;
  readonly ratio: boolean;
  readonly owner: string | undefined;
  readonly source: string | undefined;
  readonly decimals: number | undefined;
  readonly rollupFrom: KpiEvaluation['rollupFrom'];
  readonly #kpi: PreparedKpi;
  readonly #context: KpiContext;
  readonly #slopeAt: number;
  #slope: number | null | undefined;
  #forecast: Forecast | null | undefined;

  constructor(kpi: PreparedKpi, context: KpiContext) {
    const { asOf, view, fiscal } = context;
    let current: ViewValue;
    let previous: number | null;
    if (view === 'period') {
      current = periodValue(kpi, asOf);
      previous = exactValue(kpi, (current.ordinal ?? asOf) - 1);
    } else if (asOf - 1 >= fiscal.first) {
      // One pass: the year to date as of the previous period is the same sum stopped one short.
      const yearToDate = yearToDateValue(kpi, asOf, fiscal.first, asOf);
      current = yearToDate;
      previous = yearToDate.before;
    } else {
      current = yearToDateValue(kpi, asOf, fiscal.first);
      previous = yearToDateValue(kpi, asOf - 1, context.previousFiscal.first).value;
    }
    const { polarity } = kpi.kpi;
    const { thresholds } = current;
    const score = current.value === null ? null : scoreValue(current.value, polarity, thresholds);
    const band = thresholds && typeof thresholds.target === 'object' ? thresholds.target : null;
    const change = current.value !== null && previous !== null ? changeBetween(previous, current.value, polarity, band) : null;
    this.id = kpi.kpi.id;
    this.title = kpi.kpi.title;
    this.score = score;
    this.status = statusOf(current.value, score);
    this.stale = current.stale;
    this.weight = kpi.kpi.weight;
    this.polarity = polarity;
    this.aggregation = kpi.kpi.aggregation;
    this.unit = kpi.kpi.unit;
    this.value = current.value;
    this.period = current.ordinal === null ? null : formatPeriod({ kind: kpi.periodicity, ordinal: current.ordinal });
    this.target = thresholds?.target ?? null;
    this.redFlag = thresholds?.redFlag ?? null;
    this.stretch = thresholds?.stretch ?? null;
    this.tolerance = thresholds?.tolerance ?? null;
    this.previous = previous;
    this.change = change?.change ?? null;
    this.direction = change?.direction ?? null;
    this.improving = change?.improving ?? null;
    this.ratio = kpi.ratio;
    // Always set, undefined or not: every KPI node keeps one shape.
    this.owner = kpi.kpi.owner;
    this.source = kpi.kpi.source;
    this.decimals = kpi.kpi.decimals;
    this.rollupFrom = kpi.kpi.rollupFrom;
    this.#kpi = kpi;
    this.#context = context;
    this.#slopeAt = current.ordinal ?? asOf;
  }

  get slope(): number | null {
    if (this.#slope === undefined) this.#slope = recentSlope(this.#kpi, this.#slopeAt);
    return this.#slope;
  }

  get forecast(): Forecast | null {
    if (this.#forecast === undefined) this.#forecast = forecastYearEnd(this.#kpi, this.#context.asOf, this.#context.fiscal);
    return this.#forecast;
  }

  /** A plain object with every field, the lazy ones included (for JSON and server rendering). */
  toJSON(): KpiEvaluation {
    return { ...this, slope: this.slope, forecast: this.forecast };
  }
}

/**
 * The value of the as-of period. A missing value is `no-data`, except that a KPI with `staleAfter`
 * carries its latest actual forward (stale once older than that many periods), and a KPI measured
 * less often than the scorecard shows its last complete period until the next one arrives.
 */
function periodValue(kpi: PreparedKpi, asOf: number): ViewValue {
  const index = latestValueIndex(kpi, asOf);
  if (index >= 0) {
    const ordinal = kpi.ordinals[index]!;
    const age = asOf - ordinal;
    const { staleAfter } = kpi.kpi;
    if (age === 0 || staleAfter !== undefined || (kpi.coarser && age === 1)) {
      return { value: valueAt(kpi, index), ordinal, thresholds: thresholdsAtIndex(kpi, index), stale: staleAfter !== undefined && age > staleAfter };
    }
  }
  return { value: null, ordinal: null, thresholds: thresholdsAt(kpi, asOf), stale: false };
}

const values = new ValueAccumulator();
const numerators = new ValueAccumulator();
const denominators = new ValueAccumulator();
const thresholdSums = new ThresholdAccumulator();
const numeratorLine = new LineFit();
const denominatorLine = new LineFit();

interface YearToDate extends ViewValue {
  /** The value before the period `snapshotAt` was added; null when not asked for or there was none. */
  before: number | null;
}

/**
 * Fiscal year to date: the periods from the year's first to as-of, aggregated; ratios part by part.
 * With `snapshotAt`, also the value before the period `snapshotAt` was added (`before`).
 */
function yearToDateValue(kpi: PreparedKpi, asOf: number, yearStart: number, snapshotAt = Infinity): YearToDate {
  const { ordinals } = kpi;
  const last = indexAtOrBefore(ordinals, asOf);
  const latest = latestValueIndex(kpi, asOf);
  const { staleAfter } = kpi.kpi;
  const stale = staleAfter !== undefined && latest >= 0 && asOf - ordinals[latest]! > staleAfter;
  const before = accumulateActuals(kpi, firstIndexFrom(ordinals, last, yearStart), last, snapshotAt);
  if (values.count === 0) return { value: null, ordinal: null, thresholds: thresholdsAt(kpi, asOf), stale: false, before };
  return {
    value: aggregatedValue(kpi),
    ordinal: ordinals[latest]!,
    thresholds: thresholdSums.result(kpi.kpi.aggregation, kpi.ratio),
    stale,
    before,
  };
}

/**
 * Resets the accumulators and adds the actuals (and their thresholds) at indices first…last.
 * Answers the aggregate just before the first period at or after `snapshotAt` (null without one).
 */
function accumulateActuals(kpi: PreparedKpi, first: number, last: number, snapshotAt = Infinity): number | null {
  values.reset();
  numerators.reset();
  denominators.reset();
  thresholdSums.reset();
  let snapshotTaken = false;
  let snapshot: number | null = null;
  const { numerators: parts, denominators: wholes } = kpi;
  for (let i = first; i <= last; i++) {
    const value = kpi.values[i]!;
    if (value !== value) continue;
    if (!snapshotTaken && kpi.ordinals[i]! >= snapshotAt) {
      snapshot = values.count ? aggregatedValue(kpi) : null;
      snapshotTaken = true;
    }
    values.add(value);
    if (parts && wholes) {
      numerators.add(parts[i]!);
      denominators.add(wholes[i]!);
    }
    if (kpi.overrides) thresholdSums.add(kpi.overrides[i]!);
  }
  if (!kpi.overrides) thresholdSums.add(kpi.baseThresholds, values.count);
  if (!snapshotTaken && snapshotAt !== Infinity) snapshot = values.count ? aggregatedValue(kpi) : null;
  return snapshot;
}

function aggregatedValue(kpi: PreparedKpi): number | null {
  const { aggregation } = kpi.kpi;
  if (!kpi.ratio) return values.result(aggregation);
  const denominator = denominators.result(aggregation);
  return denominator ? numerators.result(aggregation)! / denominator : null;
}

/**
 * The fiscal year's end value: the actuals so far and, for each period after as-of, a point on the
 * least-squares line through them, aggregated as the KPI says and scored against the thresholds of
 * those same periods (past gaps stay out of both sides, as in the year-to-date view). Ratio KPIs
 * forecast numerator and denominator separately.
 */
function forecastYearEnd(kpi: PreparedKpi, asOf: number, fiscal: FiscalRange): Forecast | null {
  const last = indexAtOrBefore(kpi.ordinals, asOf);
  const first = firstIndexFrom(kpi.ordinals, last, fiscal.first);
  accumulateActuals(kpi, first, last);
  if (values.count === 0) return null;
  fitLines(kpi, first, last, asOf);
  const future = fiscal.last - asOf;
  if (future > 0) {
    extendLine(numeratorLine, kpi.ratio ? numerators : values, asOf + 1, fiscal.last);
    if (kpi.ratio) extendLine(denominatorLine, denominators, asOf + 1, fiscal.last);
    if (!kpi.overrides) thresholdSums.add(kpi.baseThresholds, future);
    else for (let ordinal = asOf + 1; ordinal <= fiscal.last; ordinal++) thresholdSums.add(thresholdsAt(kpi, ordinal));
  }
  const value = aggregatedValue(kpi);
  if (value === null || !Number.isFinite(value)) return null;
  return scoredPoint(kpi, fiscal.last, value, thresholdSums.result(kpi.kpi.aggregation, kpi.ratio));
}

/** A period's value scored against its thresholds, as the forecast and the history report it. */
function scoredPoint<V extends number | null>(
  kpi: PreparedKpi,
  ordinal: number,
  value: V,
  thresholds: Thresholds | null,
): Omit<HistoryPoint, 'value' | 'future'> & { value: V } {
  const score = value === null ? null : scoreValue(value, kpi.kpi.polarity, thresholds);
  return {
    period: formatPeriod({ kind: kpi.periodicity, ordinal }),
    value,
    target: thresholds?.target ?? null,
    redFlag: thresholds?.redFlag ?? null,
    stretch: thresholds?.stretch ?? null,
    score,
    status: statusOf(value, score),
  };
}

/** Adds the line's values at ordinals from…to to the accumulator. */
function extendLine(line: LineFit, accumulator: ValueAccumulator, from: number, to: number): void {
  const start = line.at(from);
  const end = line.at(to);
  const count = to - from + 1;
  accumulator.addLine(count, ((start + end) * count) / 2, start, end);
}

/** Fits the numerator line (or the value line) and, for ratios, the denominator line. */
function fitLines(kpi: PreparedKpi, first: number, last: number, origin: number): void {
  numeratorLine.reset(origin);
  denominatorLine.reset(origin);
  const { numerators: parts, denominators: wholes } = kpi;
  for (let i = first; i <= last; i++) {
    const value = kpi.values[i]!;
    if (value !== value) continue;
    const x = kpi.ordinals[i]!;
    numeratorLine.add(x, parts ? parts[i]! : value);
    if (wholes) denominatorLine.add(x, wholes[i]!);
  }
}

/** Least-squares slope per period over the latest points up to `ordinal`; null below two points. */
function recentSlope(kpi: PreparedKpi, ordinal: number): number | null {
  const line = numeratorLine.reset(ordinal);
  for (let i = indexAtOrBefore(kpi.ordinals, ordinal); i >= 0 && line.count < SLOPE_POINTS; i--) {
    const value = valueAt(kpi, i);
    if (value === value) line.add(kpi.ordinals[i]!, value);
  }
  return line.count < 2 ? null : line.slope;
}

/** The value of exactly this period, without carrying anything forward. */
function exactValue(kpi: PreparedKpi, ordinal: number): number | null {
  const index = indexOfOrdinal(kpi.ordinals, ordinal);
  if (index < 0) return null;
  const value = valueAt(kpi, index);
  return value === value ? value : null;
}

function latestValueIndex(kpi: PreparedKpi, ordinal: number): number {
  let index = indexAtOrBefore(kpi.ordinals, ordinal);
  while (index >= 0 && Number.isNaN(valueAt(kpi, index))) index--;
  return index;
}

/** The first index at or after `from`, walking back from `last` (−1 stays −1: nothing to add). */
function firstIndexFrom(ordinals: readonly number[], last: number, from: number): number {
  let first = last;
  while (first > 0 && ordinals[first - 1]! >= from) first--;
  return first >= 0 && ordinals[first]! >= from ? first : last + 1;
}

/**
 * Every period of a KPI from its first observation to the end of the as-of fiscal year, in the
 * view: gaps have a null value (never 0); periods after as-of carry targets only.
 */
export function kpiHistory(kpi: PreparedKpi, context: KpiContext, fiscalYearStart: number): HistoryPoint[] {
  const { asOf, view, fiscal } = context;
  if (kpi.ordinals.length === 0) return [];
  const first = Math.min(kpi.ordinals[0]!, fiscal.first);
  const points: HistoryPoint[] = [];
  let year = fiscalRangeOf(kpi.periodicity, first, fiscalYearStart);
  for (let ordinal = first; ordinal <= fiscal.last; ordinal++) {
    if (ordinal > year.last) year = fiscalRangeOf(kpi.periodicity, ordinal, fiscalYearStart);
    const future = ordinal > asOf;
    let value = future ? null : exactValue(kpi, ordinal);
    let thresholds = thresholdsAt(kpi, ordinal);
    if (value !== null && view === 'ytd') {
      const ytd = yearToDateValue(kpi, ordinal, year.first);
      value = ytd.value;
      thresholds = ytd.thresholds;
    }
    points.push({ ...scoredPoint(kpi, ordinal, value, thresholds), future });
  }
  return points;
}
