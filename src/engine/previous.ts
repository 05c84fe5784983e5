/**
 * The evaluation a scorecard compares with: the same scorecard as of the period before, in the same
 * view. Apart from `changes` (changes.ts), which a scorecard loads only once it shows them.
 */
import { formatPeriod, parsePeriod, previousPeriod as periodBefore } from '../model/periods.js';
import { evaluate } from './evaluate.js';
import type { Evaluation } from './types.js';

/**
 * The period an evaluation compares with: the one before its as-of period, in the scorecard's
 * periodicity; null when the as-of period is the first that holds data (nothing to compare with).
 */
export function comparedPeriod(evaluation: Evaluation): string | null {
  const asOf = parsePeriod(evaluation.asOf);
  const first = evaluation.periods[0];
  if (!asOf || first === undefined) return null;
  const before = periodBefore(asOf);
  const firstPeriod = parsePeriod(first);
  if (!firstPeriod || before.ordinal < firstPeriod.ordinal) return null;
  return formatPeriod(before);
}

/** The same scorecard evaluated as of `comparedPeriod`, in the same view (memoised, as `evaluate` is); null without one. */
export function previousEvaluation(evaluation: Evaluation): Evaluation | null {
  const period = comparedPeriod(evaluation);
  return period === null ? null : evaluate(evaluation.scorecard, { asOf: period, view: evaluation.view });
}
