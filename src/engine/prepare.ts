/**
 * The part of an evaluation that depends on the model alone: each KPI's series parsed, sorted and
 * indexed by period ordinal, its thresholds resolved. Done once per scorecard object and reused for
 * every as-of period and view (the model is treated as immutable: pass a new object after a change).
 */
import { parsePeriod, type Periodicity } from '../model/periods.js';
import type { Kpi, Objective, Perspective, Scorecard, Target } from '../model/schema.js';
import { defaultRedFlag, defaultTolerance } from './score.js';
import type { Thresholds } from './types.js';

export interface PreparedKpi {
  kpi: Kpi;
  periodicity: Periodicity;
  /** Whether the KPI's periods are coarser than the scorecard's (a quarterly survey, monthly scorecard). */
  coarser: boolean;
  ratio: boolean;
  /** Observation ordinals, ascending. */
  ordinals: Int32Array;
  /** The value at each ordinal: the actual, or numerator / denominator; NaN where there is none. */
  values: Float64Array;
  numerators: Float64Array;
  denominators: Float64Array;
  /** Thresholds in force at each observation (the KPI's, or its overrides); null where no target. */
  thresholds: (Thresholds | null)[];
  /** Thresholds for periods without an observation of their own. */
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
  const rows: { ordinal: number; index: number }[] = [];
  kpi.series.forEach((observation, index) => {
    const period = parsePeriod(observation.period);
    if (period && period.kind === periodicity) rows.push({ ordinal: period.ordinal, index });
  });
  let sorted = true;
  for (let i = 1; i < rows.length; i++) if (rows[i]!.ordinal <= rows[i - 1]!.ordinal) sorted = false;
  if (!sorted) rows.sort((a, b) => a.ordinal - b.ordinal);

  const count = rows.length;
  const ordinals = new Int32Array(count);
  const values = new Float64Array(count);
  const numerators = new Float64Array(count);
  const denominators = new Float64Array(count);
  const thresholds: (Thresholds | null)[] = new Array(count);
  const baseThresholds = resolveThresholds(kpi, kpi.target, kpi.redFlag, kpi.stretch);
  const ratio = kpi.series.some((o) => o.numerator !== undefined);
  let firstValueOrdinal: number | null = null;
  let lastValueOrdinal: number | null = null;

  for (let i = 0; i < count; i++) {
    const { ordinal, index } = rows[i]!;
    const observation = kpi.series[index]!;
    ordinals[i] = ordinal;
    let value = NaN;
    if (ratio) {
      numerators[i] = observation.numerator ?? NaN;
      denominators[i] = observation.denominator ?? NaN;
      if (observation.numerator !== undefined && observation.denominator) value = observation.numerator / observation.denominator;
    } else if (observation.actual !== undefined) {
      value = observation.actual;
    }
    values[i] = value;
    if (!Number.isNaN(value)) {
      firstValueOrdinal ??= ordinal;
      lastValueOrdinal = ordinal;
    }
    const overridden = observation.target !== undefined || observation.redFlag !== undefined || observation.stretch !== undefined;
    thresholds[i] = overridden
      ? resolveThresholds(kpi, observation.target ?? kpi.target, observation.redFlag ?? kpi.redFlag, observation.stretch ?? kpi.stretch)
      : baseThresholds;
  }
  return {
    kpi,
    periodicity,
    coarser: periodicity !== scorecardPeriodicity,
    ratio,
    ordinals,
    values,
    numerators,
    denominators,
    thresholds,
    baseThresholds,
    firstValueOrdinal,
    lastValueOrdinal,
  };
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
export function indexOfOrdinal(ordinals: Int32Array, ordinal: number): number {
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
export function indexAtOrBefore(ordinals: Int32Array, ordinal: number): number {
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
