export { evaluate } from './evaluate.js';
export { scoreDirectional, scoreRange, scoreValue, defaultRedFlag, defaultTolerance, RED_FLAG_SCORE, TARGET_SCORE, MAX_SCORE } from './score.js';
export { statusFromScore, statusOf, BAND_TOLERANCE } from './status.js';
export { rollupScore, rollupStatus, type RollupChild } from './rollup.js';
export { changeBetween, type Change, type Direction } from './trend.js';
export * from './types.js';
export { evaluateReading, type Reading, type ReadingEvaluation } from './reading.js';
export { periodComments, commentsInPeriod, commentsByOrdinal, type PeriodComment } from './commentary.js';
