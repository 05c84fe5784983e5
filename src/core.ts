/**
 * bsc-kit/core: the DOM-free half of the kit — model, engine and format. Runs in browsers and in
 * Node alike (server-side rendering, build-time checks, other tools).
 */
export * from './model/index.js';
export * from './engine/index.js';
export * from './format/index.js';
export * from './cascade/index.js';
export { scorecardCsv, csvDocument, csvSeparator, CSV_BOM, type ScorecardCsvOptions, type CsvCell } from './export/csv.js';
