/**
 * The 0–10 score of docs/architecture.md §3, the industry's convention (Spider Impact, QuickScore): the red flag
 * scores 10/3, the target 20/3, the stretch (or target + (target − red flag) without one) 10.
 * Differences, never ratios, so negative and zero targets work.
 */
import type { Polarity, Range } from '../model/schema.js';
import type { Thresholds } from './types.js';

export const RED_FLAG_SCORE = 10 / 3;
export const TARGET_SCORE = 20 / 3;
export const MAX_SCORE = 10;

/** The score of an actual for an `up` or `down` KPI; red flag and stretch are already resolved. */
export function scoreDirectional(actual: number, target: number, redFlag: number, stretch: number | null): number {
  const distance = target - redFlag;
  const perUnit = RED_FLAG_SCORE / distance;
  const beyondTarget = (actual - target) * perUnit > 0;
  const score =
    beyondTarget && stretch !== null
      ? TARGET_SCORE + ((actual - target) * (MAX_SCORE - TARGET_SCORE)) / (stretch - target)
      : TARGET_SCORE + (actual - target) * perUnit;
  return clampScore(score);
}

/** Inside the band 20/3; outside by δ, 20/3 − (10/3)·δ/tolerance, so the red flag sits at the tolerance. */
export function scoreRange(actual: number, band: Range, tolerance: number): number {
  const outside = actual < band.min ? band.min - actual : actual > band.max ? actual - band.max : 0;
  return clampScore(TARGET_SCORE - (RED_FLAG_SCORE * outside) / tolerance);
}

/** The score of a value against thresholds in force, or null when there is no target to score against. */
export function scoreValue(value: number, polarity: Polarity, thresholds: Thresholds | null): number | null {
  if (!thresholds) return null;
  const { target } = thresholds;
  if (typeof target === 'number') {
    if (thresholds.redFlag === null) return null;
    return scoreDirectional(value, target, thresholds.redFlag, thresholds.stretch);
  }
  if (polarity !== 'range' || thresholds.tolerance === null) return null;
  return scoreRange(value, target, thresholds.tolerance);
}

/** Without an explicit red flag: 10 % of |target| on the worse side. Null for a target of 0 (validation asks for one). */
export function defaultRedFlag(target: number, polarity: Polarity): number | null {
  if (target === 0) return null;
  const margin = Math.abs(target) * 0.1;
  return polarity === 'down' ? target + margin : target - margin;
}

/** Without an explicit tolerance: 10 % of the band's largest bound. Null for a band of 0 to 0. */
export function defaultTolerance(band: Range): number | null {
  const tolerance = Math.max(Math.abs(band.min), Math.abs(band.max)) * 0.1;
  return tolerance > 0 ? tolerance : null;
}

function clampScore(score: number): number {
  return score < 0 ? 0 : score > MAX_SCORE ? MAX_SCORE : score;
}
