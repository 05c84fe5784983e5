import type { Rollup } from '../model/schema.js';
import { statusFromScore } from './status.js';
import type { Status } from './types.js';

export interface RollupChild {
  score: number | null;
  weight: number;
}

/**
 * A parent's score from its children's: the weighted mean, or the worst or best child. Children
 * without a score (no data, no target) or with weight 0 are left out and their weight goes to the
 * rest; with none left the parent has no score.
 */
export function rollupScore(children: readonly RollupChild[], rollup: Rollup): number | null {
  // Weights are scaled by the largest first: a tiny weight (even a subnormal one) times a score
  // would otherwise underflow to 0 and drag the mean outside its children's range.
  let largest = 0;
  for (const { score, weight } of children) if (score !== null && weight > largest) largest = weight;
  if (!(largest > 0)) return null;
  let weighted = 0;
  let totalWeight = 0;
  let worst = Infinity;
  let best = -Infinity;
  for (const { score, weight } of children) {
    if (score === null || !(weight > 0)) continue;
    const share = weight / largest;
    weighted += score * share;
    totalWeight += share;
    if (score < worst) worst = score;
    if (score > best) best = score;
  }
  if (rollup === 'worst') return worst;
  if (rollup === 'best') return best;
  return Math.min(best, Math.max(worst, weighted / totalWeight));
}

export function rollupStatus(score: number | null): Status {
  return score === null ? 'no-data' : statusFromScore(score);
}
