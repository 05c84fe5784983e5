/**
 * The part of an evaluation that depends on the model alone: each KPI's series parsed, sorted and
 * indexed by period ordinal, its thresholds resolved. Done once per scorecard object and reused for
 * every as-of period and view (the model is treated as immutable: pass a new object after a change).
 */
import { periodOrdinal, type Periodicity } from '../model/periods.js';
import type { Kpi, Objective, Observation, Perspective, Scorecard, Target } from '../model/schema.js';
import { defaultRedFlag, defaultTolerance } from './score.js';
import type { Thresholds } from './types.js';

export interface PreparedKpi {
  kpi: Kpi;
  periodicity: Periodicity;
  /** Whether the KPI's periods are coarser than the scorecard's (a quarterly survey, monthly scorecard). */
  coarser: boolean;
  ratio: boolean;
  /** Observation ordinals, ascending. */
  ordinals: number[];
  /** The value at each ordinal: the actual, or numerator / denominator; NaN where there is none. */
  values: number[];
  /** For ratio KPIs, the parts at each ordinal; empty otherwise. */
  numerators: number[];
  denominators: number[];
  /** Thresholds in force at each observation, when some observation overrides the KPI's; else null. */
  overrides: (Thresholds | null)[] | null;
  /** The KPI's own thresholds, in force wherever no observation overrides them. */
  baseThresholds: Thresholds | null;
  /** The first ordinal with a value, or null when the series holds none. */
  firstValueOrdinal: number | null;
  lastValueOrdinal: number | null;
}

export interface PreparedScorecard {
  scorecard: Scorecard;
  kpis: Map<string, PreparedKpi>;
}

const prepared = new WeakMap<Scorecard, PreparedScorecard>();

export function prepareScorecard(scorecard: Scorecard): PreparedScorecard {
  let entry = prepared.get(scorecard);
  if (!entry) {
    entry = { scorecard, kpis: new Map() };
    for (const kpi of allKpis(scorecard)) entry.kpis.set(kpi.id, prepareKpi(kpi, scorecard.periodicity));
    prepared.set(scorecard, entry);
  }
  return entry;
}

export function* allKpis(scorecard: Scorecard): Generator<Kpi> {
  for (const perspective of scorecard.perspectives) for (const objective of perspective.objectives) yield* objective.kpis;
}

export function* allObjectives(scorecard: Scorecard): Generator<[Objective, Perspective]> {
  for (const perspective of scorecard.perspectives) for (const objective of perspective.objectives) yield [objective, perspective];
}

function prepareKpi(kpi: Kpi, scorecardPeriodicity: Periodicity): PreparedKpi {
  const periodicity = kpi.periodicity ?? scorecardPeriodicity;
  const series = sortedByPeriod(kpi.series, periodicity);
  let ratio = false;
  let hasOverrides = false;
  for (const o of series.observations) {
    if (o.numerator !== undefined) ratio = true;
    if (o.target !== undefined || o.redFlag !== undefined || o.stretch !== undefined) hasOverrides = true;
  }
  const baseThresholds = resolveThresholds(kpi, kpi.target, kpi.redFlag, kpi.stretch);
  const prepared: PreparedKpi = {
    kpi,
    periodicity,
    coarser: periodicity !== scorecardPeriodicity,
    ratio,
    ordinals: series.ordinals,
    values: [],
    numerators: [],
    denominators: [],
    overrides: hasOverrides ? [] : null,
    baseThresholds,
    firstValueOrdinal: null,
    lastValueOrdinal: null,
  };
  const { observations, ordinals } = series;
  for (let i = 0; i < observations.length; i++) {
    const observation = observations[i]!;
    let value = NaN;
    if (ratio) {
      const { numerator, denominator } = observation;
      prepared.numerators.push(numerator ?? NaN);
      prepared.denominators.push(denominator ?? NaN);
      if (numerator !== undefined && denominator) value = numerator / denominator;
    } else if (observation.actual !== undefined) {
      value = observation.actual;
    }
    prepared.values.push(value);
    if (value === value) {
      prepared.firstValueOrdinal ??= ordinals[i]!;
      prepared.lastValueOrdinal = ordinals[i]!;
    }
    prepared.overrides?.push(
      observation.target !== undefined || observation.redFlag !== undefined || observation.stretch !== undefined
        ? resolveThresholds(kpi, observation.target ?? kpi.target, observation.redFlag ?? kpi.redFlag, observation.stretch ?? kpi.stretch)
        : baseThresholds,
    );
  }
  return prepared;
}

/**
 * The observations of the KPI's periodicity with their ordinals, ascending. A series already in
 * order (the usual case) is taken as it is; only an unordered one is sorted.
 */
function sortedByPeriod(series: readonly Observation[], periodicity: Periodicity): { ordinals: number[]; observations: Observation[] } {
  const ordinals: number[] = [];
  const observations: Observation[] = [];
  let sorted = true;
  for (const observation of series) {
    const ordinal = periodOrdinal(observation.period, periodicity);
    if (ordinal !== ordinal) continue;
    if (ordinals.length && ordinal <= ordinals[ordinals.length - 1]!) sorted = false;
    ordinals.push(ordinal);
    observations.push(observation);
  }
  if (sorted) return { ordinals, observations };
  const order = ordinals.map((_, i) => i).sort((a, b) => ordinals[a]! - ordinals[b]!);
  return { ordinals: order.map((i) => ordinals[i]!), observations: order.map((i) => observations[i]!) };
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

/** Thresholds with the defaults of DESIGN §3 filled in; null without a target. */
export function resolveThresholds(kpi: Kpi, target: Target | undefined, redFlag: number | undefined, stretch: number | undefined): Thresholds | null {
  if (target === undefined) return null;
  if (typeof target === 'number') {
    return { target, redFlag: redFlag ?? defaultRedFlag(target, kpi.polarity), stretch: stretch ?? null, tolerance: null };
  }
  return { target, redFlag: null, stretch: null, tolerance: kpi.tolerance ?? defaultTolerance(target) };
}

/** The index of an ordinal in a sorted array, or −1. */
export function indexOfOrdinal(ordinals: readonly number[], ordinal: number): number {
  let lo = 0;
  let hi = ordinals.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = ordinals[mid]!;
    if (at === ordinal) return mid;
    if (at < ordinal) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The index of the last ordinal ≤ `ordinal`, or −1. */
export function indexAtOrBefore(ordinals: readonly number[], ordinal: number): number {
  let lo = 0;
  let hi = ordinals.length - 1;
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
