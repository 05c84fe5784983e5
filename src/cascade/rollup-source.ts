import type { Kpi, Scorecard } from '../model/schema.js';
import { scorecardIndex } from '../model/node-index.js';

/**
 * The KPI of a child scorecard that a parent's rolled-up KPI takes its values from, or why the
 * child does not contribute: it has no such KPI (no issue: not every department reports every
 * KPI), or one that cannot be combined with the parent's (another periodicity or polarity).
 */
export type RollupSource = { kpi: Kpi } | { kpi: null; mismatch: string | null };

export function rollupSource(parent: Scorecard, parentKpi: Kpi, child: Scorecard): RollupSource {
  const id = parentKpi.rollupFrom?.kpi;
  const kpi = id === undefined ? undefined : scorecardIndex(child).kpis.get(id);
  if (!kpi) return { kpi: null, mismatch: null };
  const periodicity = parentKpi.periodicity ?? parent.periodicity;
  const childPeriodicity = kpi.periodicity ?? child.periodicity;
  if (childPeriodicity !== periodicity) {
    return { kpi: null, mismatch: `is measured by ${childPeriodicity}, this KPI by ${periodicity}` };
  }
  if (kpi.polarity !== parentKpi.polarity) {
    return { kpi: null, mismatch: `has the polarity "${kpi.polarity}", this KPI "${parentKpi.polarity}"` };
  }
  return { kpi };
}
