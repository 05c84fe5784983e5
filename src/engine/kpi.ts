/**
 * One KPI as of a period, in a view: its value, thresholds, score, status, staleness, change,
 * slope and year-end forecast (DESIGN §3). Works on the prepared series; ordinals are in the
 * KPI's own periodicity.
 */
import { formatPeriod } from '../model/periods.js';
import { aggregate } from './aggregate.js';
import { fiscalRangeOf, type FiscalRange } from './fiscal.js';
import { indexAtOrBefore, indexOfOrdinal, type PreparedKpi } from './prepare.js';
import { scoreValue } from './score.js';
import { statusOf } from './status.js';
import { aggregateThresholds } from './thresholds.js';
import { changeBetween, leastSquares } from './trend.js';
import type { Forecast, HistoryPoint, KpiEvaluation, Thresholds, View } from './types.js';

/** How many of the latest points the sparkline's slope is fitted to. */
export const SLOPE_POINTS = 6;

interface ViewValue {
  value: number | null;
  /** The ordinal the value belongs to (older than as-of when carried forward). */
  ordinal: number | null;
  thresholds: Thresholds | null;
  stale: boolean;
}

export function evaluateKpi(kpi: PreparedKpi, asOf: number, view: View, fiscal: FiscalRange, fiscalYearStart: number): KpiEvaluation {
  const current = view === 'period' ? periodValue(kpi, asOf) : yearToDateValue(kpi, asOf, fiscal.first);
  const previousOrdinal = (current.ordinal ?? asOf) - 1;
  const previous =
    view === 'period'
      ? exactValue(kpi, previousOrdinal)
      : yearToDateValue(kpi, previousOrdinal, fiscalRangeOf(kpi.periodicity, previousOrdinal, fiscalYearStart).first).value;
  const { polarity } = kpi.kpi;
  const score = current.value === null ? null : scoreValue(current.value, polarity, current.thresholds);
  const band = current.thresholds && typeof current.thresholds.target === 'object' ? current.thresholds.target : null;
  const change = current.value !== null && previous !== null ? changeBetween(previous, current.value, polarity, band) : null;
  const thresholds = current.thresholds;
  return {
    id: kpi.kpi.id,
    kind: 'kpi',
    title: kpi.kpi.title,
    score,
    status: statusOf(current.value, score),
    stale: current.stale,
    weight: kpi.kpi.weight,
    polarity,
    aggregation: kpi.kpi.aggregation,
    unit: kpi.kpi.unit,
    value: current.value,
    period: current.ordinal === null ? null : formatPeriod({ kind: kpi.periodicity, ordinal: current.ordinal }),
    target: thresholds?.target ?? null,
    redFlag: thresholds?.redFlag ?? null,
    stretch: thresholds?.stretch ?? null,
    tolerance: thresholds?.tolerance ?? null,
    previous,
    change: change?.change ?? null,
    direction: change?.direction ?? null,
    improving: change?.improving ?? null,
    slope: recentSlope(kpi, current.ordinal ?? asOf),
    forecast: forecastYearEnd(kpi, asOf, fiscal),
    ratio: kpi.ratio,
  };
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
    const carried = age === 0 || staleAfter !== undefined || (kpi.coarser && age === 1);
    if (carried) {
      return { value: kpi.values[index]!, ordinal, thresholds: kpi.thresholds[index]!, stale: staleAfter !== undefined && age > staleAfter };
    }
  }
  return { value: null, ordinal: null, thresholds: thresholdsAt(kpi, asOf), stale: false };
}

/** Fiscal year to date: the periods from the year's first to as-of, aggregated; ratios part by part. */
function yearToDateValue(kpi: PreparedKpi, asOf: number, yearStart: number): ViewValue {
  const { values, ordinals } = kpi;
  const last = indexAtOrBefore(ordinals, asOf);
  const picked: number[] = [];
  for (let i = last; i >= 0 && ordinals[i]! >= yearStart; i--) if (!Number.isNaN(values[i]!)) picked.push(i);
  picked.reverse();
  const latest = latestValueIndex(kpi, asOf);
  const { staleAfter } = kpi.kpi;
  const stale = staleAfter !== undefined && latest >= 0 && asOf - ordinals[latest]! > staleAfter;
  if (picked.length === 0) return { value: null, ordinal: null, thresholds: thresholdsAt(kpi, asOf), stale: false };
  return {
    value: aggregatePicked(kpi, picked),
    ordinal: ordinals[picked[picked.length - 1]!]!,
    thresholds: aggregateThresholds(
      picked.map((i) => kpi.thresholds[i]!),
      kpi.kpi.aggregation,
      kpi.ratio,
    ),
    stale,
  };
}

function aggregatePicked(kpi: PreparedKpi, picked: readonly number[]): number | null {
  const { aggregation } = kpi.kpi;
  if (!kpi.ratio) return aggregate(picked.map((i) => kpi.values[i]!), aggregation);
  const numerator = aggregate(picked.map((i) => kpi.numerators[i]!), aggregation);
  const denominator = aggregate(picked.map((i) => kpi.denominators[i]!), aggregation);
  return numerator === null || !denominator ? null : numerator / denominator;
}

/** The value of exactly this period, without carrying anything forward. */
function exactValue(kpi: PreparedKpi, ordinal: number): number | null {
  const index = indexOfOrdinal(kpi.ordinals, ordinal);
  if (index < 0) return null;
  const value = kpi.values[index]!;
  return Number.isNaN(value) ? null : value;
}

function latestValueIndex(kpi: PreparedKpi, ordinal: number): number {
  let index = indexAtOrBefore(kpi.ordinals, ordinal);
  while (index >= 0 && Number.isNaN(kpi.values[index]!)) index--;
  return index;
}

function thresholdsAt(kpi: PreparedKpi, ordinal: number): Thresholds | null {
  const index = indexOfOrdinal(kpi.ordinals, ordinal);
  return index >= 0 ? kpi.thresholds[index]! : kpi.baseThresholds;
}

/** Least-squares slope per period over the latest points up to `ordinal`; null below two points. */
function recentSlope(kpi: PreparedKpi, ordinal: number): number | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = indexAtOrBefore(kpi.ordinals, ordinal); i >= 0 && xs.length < SLOPE_POINTS; i--) {
    const value = kpi.values[i]!;
    if (Number.isNaN(value)) continue;
    xs.push(kpi.ordinals[i]!);
    ys.push(value);
  }
  return xs.length < 2 ? null : leastSquares(xs, ys)!.slope;
}

/**
 * The fiscal year's end value: the actuals so far and, for each period after as-of, a point on the
 * least-squares line through them, aggregated as the KPI says and scored against the thresholds of
 * those same periods (past gaps stay out of both sides, as in the year-to-date view). Ratio KPIs
 * forecast numerator and denominator separately.
 */
function forecastYearEnd(kpi: PreparedKpi, asOf: number, fiscal: FiscalRange): Forecast | null {
  const xs: number[] = [];
  const sources = kpi.ratio ? [kpi.numerators, kpi.denominators] : [kpi.values];
  const yearParts: number[][] = sources.map(() => []);
  const yearThresholds: (Thresholds | null)[] = [];
  const last = indexAtOrBefore(kpi.ordinals, asOf);
  let first = last;
  while (first > 0 && kpi.ordinals[first - 1]! >= fiscal.first) first--;
  for (let i = first; i <= last && i >= 0; i++) {
    if (Number.isNaN(kpi.values[i]!) || kpi.ordinals[i]! < fiscal.first) continue;
    xs.push(kpi.ordinals[i]!);
    sources.forEach((source, part) => yearParts[part]!.push(source[i]!));
    yearThresholds.push(kpi.thresholds[i]!);
  }
  if (xs.length === 0) return null;
  const lines = yearParts.map((ys) => leastSquares(xs, ys)!);
  for (let ordinal = asOf + 1; ordinal <= fiscal.last; ordinal++) {
    lines.forEach((line, part) => yearParts[part]!.push(line.intercept + line.slope * ordinal));
    yearThresholds.push(thresholdsAt(kpi, ordinal));
  }
  const { aggregation, polarity } = kpi.kpi;
  const aggregated = yearParts.map((values) => aggregate(values, aggregation));
  const value = kpi.ratio ? (aggregated[1] ? aggregated[0]! / aggregated[1] : null) : aggregated[0]!;
  if (value === null || !Number.isFinite(value)) return null;
  const thresholds = aggregateThresholds(yearThresholds, aggregation, kpi.ratio);
  const score = scoreValue(value, polarity, thresholds);
  return {
    period: formatPeriod({ kind: kpi.periodicity, ordinal: fiscal.last }),
    value,
    target: thresholds?.target ?? null,
    redFlag: thresholds?.redFlag ?? null,
    stretch: thresholds?.stretch ?? null,
    score,
    status: statusOf(value, score),
  };
}

/**
 * Every period of a KPI from its first observation to the end of the as-of fiscal year, in the
 * view: gaps have a null value (never 0); periods after as-of carry targets only.
 */
export function kpiHistory(kpi: PreparedKpi, asOf: number, view: View, fiscal: FiscalRange, fiscalYearStart: number): HistoryPoint[] {
  if (kpi.ordinals.length === 0) return [];
  const first = Math.min(kpi.ordinals[0]!, fiscal.first);
  const points: HistoryPoint[] = [];
  let yearStart = fiscalRangeOf(kpi.periodicity, first, fiscalYearStart);
  for (let ordinal = first; ordinal <= fiscal.last; ordinal++) {
    if (ordinal > yearStart.last) yearStart = fiscalRangeOf(kpi.periodicity, ordinal, fiscalYearStart);
    const future = ordinal > asOf;
    let value: number | null = null;
    let thresholds = thresholdsAt(kpi, ordinal);
    if (!future && view === 'period') value = exactValue(kpi, ordinal);
    if (!future && view === 'ytd' && exactValue(kpi, ordinal) !== null) {
      const ytd = yearToDateValue(kpi, ordinal, yearStart.first);
      value = ytd.value;
      thresholds = ytd.thresholds;
    }
    const score = value === null ? null : scoreValue(value, kpi.kpi.polarity, thresholds);
    points.push({
      period: formatPeriod({ kind: kpi.periodicity, ordinal }),
      value,
      target: thresholds?.target ?? null,
      redFlag: thresholds?.redFlag ?? null,
      stretch: thresholds?.stretch ?? null,
      score,
      status: statusOf(value, score),
      future,
    });
  }
  return points;
}
