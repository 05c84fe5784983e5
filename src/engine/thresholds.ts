import type { Aggregation, Range } from '../model/schema.js';
import type { Thresholds } from './types.js';

/**
 * Thresholds for an aggregated value (year to date, year end): summed for `sum` KPIs, averaged for
 * `average`; for `last`, `min`, `max` and ratio KPIs, the ones in force at the last period, since a
 * rate or a level does not add up over periods.
 */
export function aggregateThresholds(list: readonly (Thresholds | null)[], aggregation: Aggregation, ratio: boolean): Thresholds | null {
  if (list.length === 0) return null;
  if (ratio || (aggregation !== 'sum' && aggregation !== 'average')) return list[list.length - 1] ?? null;
  const present = list.filter((t): t is Thresholds => t !== null);
  if (present.length === 0 || (aggregation === 'sum' && present.length < list.length)) return null;
  const combine = aggregation === 'sum' ? sum : mean;
  const first = present[0]!;
  const target: number | Range =
    typeof first.target === 'number'
      ? combine(present.map((t) => t.target as number))
      : { min: combine(present.map((t) => (t.target as Range).min)), max: combine(present.map((t) => (t.target as Range).max)) };
  return {
    target,
    redFlag: combineNullable(present.map((t) => t.redFlag), combine),
    stretch: combineNullable(present.map((t) => t.stretch), combine),
    tolerance: combineNullable(present.map((t) => t.tolerance), combine),
  };
}

function combineNullable(values: (number | null)[], combine: (values: number[]) => number): number | null {
  return values.some((value) => value === null) ? null : combine(values as number[]);
}

function sum(values: number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function mean(values: number[]): number {
  return sum(values) / values.length;
}
