/**
 * The part of an evaluation that depends on the model alone: each KPI's series index (built by
 * `parseScorecard`, or here for a model made in code) and its thresholds resolved. Done once per
 * scorecard object and reused for every as-of period and view (the model is treated as immutable:
 * pass a new object after a change). Values are read from the observations in place, not copied.
 */
import type { Periodicity } from '../model/periods.js';
import { scorecardSeries, type SeriesIndex } from '../model/series-index.js';
import type { Kpi, Scorecard } from '../model/schema.js';
import { resolveThresholds } from './thresholds.js';
import type { Thresholds } from './types.js';

export interface PreparedKpi {
  kpi: Kpi;
  periodicity: Periodicity;
  ordinals: readonly number[];
  observations: SeriesIndex['observations'];
  values: Float64Array;
  numerators: Float64Array | null;
  denominators: Float64Array | null;
  ratio: boolean;
  firstValueOrdinal: number | null;
  lastValueOrdinal: number | null;
  /** Whether the KPI's periods are coarser than the scorecard's (a quarterly survey, monthly scorecard). */
  coarser: boolean;
  /** Thresholds in force at each observation, when some observation overrides the KPI's; else null. */
  overrides: (Thresholds | null)[] | null;
  /** The KPI's own thresholds, in force wherever no observation overrides them. */
  baseThresholds: Thresholds | null;
}

export interface PreparedScorecard {
  scorecard: Scorecard;
  /** By id, and in model order. */
  kpis: Map<string, PreparedKpi>;
  kpiList: PreparedKpi[];
}

const prepared = new WeakMap<Scorecard, PreparedScorecard>();

export function prepareScorecard(scorecard: Scorecard): PreparedScorecard {
  let entry = prepared.get(scorecard);
  if (!entry) {
    entry = { scorecard, kpis: new Map(), kpiList: [] };
    const series = scorecardSeries(scorecard);
    let next = 0;
    for (const perspective of scorecard.perspectives) {
      for (const objective of perspective.objectives) {
        for (const kpi of objective.kpis) {
          const prepared = prepareKpi(kpi, series[next++]!, scorecard.periodicity);
          entry.kpis.set(kpi.id, prepared);
          entry.kpiList.push(prepared);
        }
      }
    }
    prepared.set(scorecard, entry);
  }
  return entry;
}

/** The value at an observation index of a prepared KPI; NaN where there is none. */
export function valueAt(kpi: PreparedKpi, index: number): number {
  return kpi.values[index]!;
}

function prepareKpi(kpi: Kpi, index: SeriesIndex, scorecardPeriodicity: Periodicity): PreparedKpi {
  const { periodicity } = index;
  const baseThresholds = resolveThresholds(kpi, kpi.target, kpi.redFlag, kpi.stretch);
  return {
    kpi,
    periodicity,
    ordinals: index.ordinals,
    observations: index.observations,
    values: index.values,
    numerators: index.numerators,
    denominators: index.denominators,
    ratio: index.ratio,
    firstValueOrdinal: index.firstValueOrdinal,
    lastValueOrdinal: index.lastValueOrdinal,
    coarser: periodicity !== scorecardPeriodicity,
    overrides: index.overrideIndices.length ? overridesOf(kpi, index, baseThresholds) : null,
    baseThresholds,
  };
}

/** The thresholds at each observation: the KPI's, except where an observation overrides them. */
function overridesOf(kpi: Kpi, index: SeriesIndex, base: Thresholds | null): (Thresholds | null)[] {
  const thresholds = new Array<Thresholds | null>(index.observations.length).fill(base);
  for (const i of index.overrideIndices) {
    const o = index.observations[i]!;
    thresholds[i] = resolveThresholds(kpi, o.target ?? kpi.target, o.redFlag ?? kpi.redFlag, o.stretch ?? kpi.stretch);
  }
  return thresholds;
}

/** The thresholds in force at an observation index. */
export function thresholdsAtIndex(kpi: PreparedKpi, index: number): Thresholds | null {
  return kpi.overrides ? kpi.overrides[index]! : kpi.baseThresholds;
}

/** The thresholds in force at a period ordinal, with or without an observation there. */
export function thresholdsAt(kpi: PreparedKpi, ordinal: number): Thresholds | null {
  if (!kpi.overrides) return kpi.baseThresholds;
  const index = indexOfOrdinal(kpi.ordinals, ordinal);
  return index >= 0 ? kpi.overrides[index]! : kpi.baseThresholds;
}

/** The index of an ordinal in a sorted array, or −1. */
export function indexOfOrdinal(ordinals: readonly number[], ordinal: number): number {
  const index = indexAtOrBefore(ordinals, ordinal);
  return index >= 0 && ordinals[index] === ordinal ? index : -1;
}

/** The index of the last ordinal ≤ `ordinal`, or −1. */
export function indexAtOrBefore(ordinals: readonly number[], ordinal: number): number {
  let lo = 0;
  let hi = ordinals.length - 1;
  if (hi < 0 || ordinals[0]! > ordinal) return -1;
  // Series are mostly contiguous, so the guess "ordinal − first" is usually right at once.
  const guess = ordinal - ordinals[0]!;
  if (guess <= hi && ordinals[guess] === ordinal) return guess;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (ordinals[mid]! <= ordinal) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
