import type { Aggregation } from '../model/schema.js';

/** Combines period values into one, as a KPI's `aggregation` says; null for no values. */
export function aggregate(values: readonly number[], aggregation: Aggregation): number | null {
  const count = values.length;
  if (count === 0) return null;
  switch (aggregation) {
    case 'last':
      return values[count - 1]!;
    case 'sum':
      return sum(values);
    case 'average':
      return sum(values) / count;
    case 'min':
      return Math.min(...values);
    case 'max':
      return Math.max(...values);
  }
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
