/**
 * Each KPI's series as numbers in period order: ordinals, values (and a ratio's parts) in typed
 * arrays, whether any period overrides the thresholds, where the data starts and ends.
 * `parseScorecard` builds it while it reads the model anyway, so the first evaluation of a freshly
 * parsed model reads plain numbers instead of walking hundreds of thousands of objects again.
 *
 * Kept per scorecard object: a model is treated as immutable once parsed (parse a new one after a change).
 */
import { modelIndex } from './model-index.js';
import { periodOrdinal, type Periodicity } from './periods.js';
import type { Kpi, Observation, Scorecard } from './schema.js';

export interface SeriesIndex {
  periodicity: Periodicity;
  /** Observation ordinals, ascending. */
  ordinals: readonly number[];
  /** The observations, in the order of `ordinals` (the series itself when it was in order). */
  observations: readonly Observation[];
  /** The value at each ordinal: the actual, or numerator / denominator; NaN where there is none. */
  values: Float64Array;
  /** For ratio KPIs, the parts at each ordinal; null otherwise. */
  numerators: Float64Array | null;
  denominators: Float64Array | null;
  /** Whether the series is made of numerator/denominator pairs. */
  ratio: boolean;
  /** The indices of the observations that override the KPI's target, red flag or stretch. */
  overrideIndices: readonly number[];
  /** The first and last ordinals holding a value, or null when none does. */
  firstValueOrdinal: number | null;
  lastValueOrdinal: number | null;
}

/** The series index of every KPI of a scorecard, in model order (perspectives, objectives, KPIs). */
export function scorecardSeries(scorecard: Scorecard): SeriesIndex[] {
  const entry = modelIndex(scorecard);
  let list = entry.series;
  if (!list) {
    list = [];
    for (const perspective of scorecard.perspectives) {
      for (const objective of perspective.objectives) {
        for (const kpi of objective.kpis) list.push(indexSeries(kpi, kpi.periodicity ?? scorecard.periodicity));
      }
    }
    entry.series = list;
  }
  return list;
}

/** The value an observation holds: the actual, or numerator / denominator; NaN where there is none. */
export function observedValue(observation: Observation, ratio: boolean): number {
  if (ratio) {
    const { numerator, denominator } = observation;
    return numerator !== undefined && denominator ? numerator / denominator : NaN;
  }
  return observation.actual ?? NaN;
}

export function overridesThresholds(observation: Observation): boolean {
  return observation.target !== undefined || observation.redFlag !== undefined || observation.stretch !== undefined;
}

export function indexSeries(kpi: Kpi, periodicity: Periodicity): SeriesIndex {
  const { ordinals, observations } = sortedByPeriod(kpi.series, periodicity);
  let ratio = false;
  const overrideIndices: number[] = [];
  observations.forEach((observation, i) => {
    if (observation.numerator !== undefined) ratio = true;
    if (overridesThresholds(observation)) overrideIndices.push(i);
  });
  const count = observations.length;
  const values = new Float64Array(count);
  const numerators = ratio ? new Float64Array(count) : null;
  const denominators = ratio ? new Float64Array(count) : null;
  for (let i = 0; i < count; i++) {
    const observation = observations[i]!;
    values[i] = observedValue(observation, ratio);
    if (numerators && denominators) {
      numerators[i] = observation.numerator ?? NaN;
      denominators[i] = observation.denominator ?? NaN;
    }
  }
  let first = 0;
  while (first < count && Number.isNaN(values[first]!)) first++;
  let last = count - 1;
  while (last >= first && Number.isNaN(values[last]!)) last--;
  return {
    periodicity,
    ordinals,
    observations,
    values,
    numerators,
    denominators,
    ratio,
    overrideIndices,
    firstValueOrdinal: first <= last ? ordinals[first]! : null,
    lastValueOrdinal: first <= last ? ordinals[last]! : null,
  };
}

/** Observations of the periodicity, ascending; a series already in order is taken without a copy. */
function sortedByPeriod(series: readonly Observation[], periodicity: Periodicity): { ordinals: number[]; observations: readonly Observation[] } {
  const ordinals: number[] = [];
  let sorted = true;
  for (const observation of series) {
    const ordinal = periodOrdinal(observation.period, periodicity);
    if (ordinal !== ordinal || (ordinals.length && ordinal <= ordinals[ordinals.length - 1]!)) sorted = false;
    ordinals.push(ordinal);
  }
  if (sorted) return { ordinals, observations: series };
  const rows = series
    .map((observation, i) => ({ ordinal: ordinals[i]!, observation }))
    .filter((row) => row.ordinal === row.ordinal)
    .sort((a, b) => a.ordinal - b.ordinal);
  return { ordinals: rows.map((row) => row.ordinal), observations: rows.map((row) => row.observation) };
}
