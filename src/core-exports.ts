/**
 * What bsc-kit/core and the whole kit export, the DOM-free half: model, engine and format, with no
 * language registered but English (`./core.ts` registers every one; the whole kit loads each on demand).
 */
// The model's side is a chosen list: its types and parseScorecard, not the zod schemas behind
// them nor every helper of the period arithmetic (those stay internal and free to change).
export { parseScorecard, type ParseResult } from './model/parse.js';
export { formatPath, type ModelIssue } from './model/issues.js';
export type {
  Scorecard,
  ScorecardInput,
  Perspective,
  Objective,
  Kpi,
  Observation,
  Comment,
  CommentaryEntry,
  CommentaryKind,
  Link,
  Initiative,
  Target,
  Range,
  Polarity,
  Aggregation,
  Rollup,
  RollupFrom,
  ScorecardChild,
  Theme,
} from './model/schema.js';
export { PERIODICITIES, parsePeriod, formatPeriod, comparePeriods, periodicityOf, type Period, type Periodicity } from './model/periods.js';
export * from './engine/index.js';
export * from './format/exports.js';
export * from './cascade/index.js';
export { scorecardCsv, csvDocument, csvSeparator, CSV_BOM, type ScorecardCsvOptions, type CsvCell } from './export/csv.js';
