export * from './schema.js';
export * from './periods.js';
export { parseScorecard, type ParseResult } from './parse.js';
export { formatPath, type ModelIssue } from './issues.js';
export { scorecardSeries, indexSeries, observedValue, type SeriesIndex } from './series-index.js';
