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
  let weighted = 0;
  let totalWeight = 0;
  let worst = Infinity;
  let best = -Infinity;
  for (const { score, weight } of children) {
    if (score === null || !(weight > 0)) continue;
    weighted += score * weight;
    totalWeight += weight;
    if (score < worst) worst = score;
    if (score > best) best = score;
  }
  if (totalWeight === 0) return null;
  if (rollup === 'worst') return worst;
  if (rollup === 'best') return best;
  return weighted / totalWeight;
}

export function rollupStatus(score: number | null): Status {
  return score === null ? 'no-data' : statusFromScore(score);
}
