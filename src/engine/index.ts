export { evaluate } from './evaluate.js';
export { scoreDirectional, scoreRange, scoreValue, defaultRedFlag, defaultTolerance, RED_FLAG_SCORE, TARGET_SCORE, MAX_SCORE } from './score.js';
export { statusFromScore, statusOf, BAND_TOLERANCE } from './status.js';
export { rollupScore, rollupStatus, type RollupChild } from './rollup.js';
export { changeBetween, type Change, type Direction } from './trend.js';
export * from './types.js';
export { evaluateReading, type Reading, type ReadingEvaluation } from './reading.js';
export {
  changes,
  cachedChanges,
  comparedPeriod,
  previousEvaluation,
  statusMove,
  type Changes,
  type StatusChange,
  type StaleChange,
  type StatusMove,
} from './changes.js';
export {
  filterScorecard,
  isFilterActive,
  scorecardOwners,
  parseFilterStatuses,
  FILTER_STATUSES,
  type FilterStatus,
  type ScorecardFilter,
  type FilterResult,
} from './filter.js';
export { periodComments, commentsInPeriod, commentsByOrdinal, type PeriodComment } from './commentary.js';
