/**
 * A KPI's thresholds with the defaults of docs/architecture.md §3 filled in: what the engine scores
 * against, for a model's KPI (`prepare.ts`) and a chart's reading of its own (`reading.ts`) alike.
 */
import type { Kpi, Target } from '../model/schema.js';
import { defaultRedFlag, defaultTolerance } from './score.js';
import type { Thresholds } from './types.js';

/** Thresholds with the defaults of docs/architecture.md §3 filled in; null without a target. */
export function resolveThresholds(kpi: Kpi, target: Target | undefined, redFlag: number | undefined, stretch: number | undefined): Thresholds | null {
  return resolveThresholdsFor(kpi.polarity, target, redFlag, stretch, kpi.tolerance);
}

/** The same from the threshold fields themselves. */
export function resolveThresholdsFor(
  polarity: Kpi['polarity'],
  target: Target | undefined,
  redFlag: number | undefined,
  stretch: number | undefined,
  tolerance: number | undefined,
): Thresholds | null {
  if (target === undefined) return null;
  if (typeof target === 'number') {
    return { target, redFlag: redFlag ?? defaultRedFlag(target, polarity), stretch: stretch ?? null, tolerance: null };
  }
  return { target, redFlag: null, stretch: null, tolerance: tolerance ?? defaultTolerance(target) };
}
