import { MAX_SCORE, RED_FLAG_SCORE, TARGET_SCORE } from './score.js';
import type { Status } from './types.js';

/** Floating-point sums land a hair below a band's edge; the edges are inclusive within this tolerance. */
export const BAND_TOLERANCE = 1e-9;

/** The status band of a score; lower edges inclusive. */
export function statusFromScore(score: number): Status {
  if (score >= MAX_SCORE - BAND_TOLERANCE) return 'exceeding';
  if (score >= TARGET_SCORE - BAND_TOLERANCE) return 'on-track';
  if (score >= RED_FLAG_SCORE - BAND_TOLERANCE) return 'at-risk';
  return 'off-track';
}

/** The status of a value: `no-data` without a value, `info` without a score (no target). */
export function statusOf(value: number | null, score: number | null): Status {
  if (value === null) return 'no-data';
  if (score === null) return 'info';
  return statusFromScore(score);
}
