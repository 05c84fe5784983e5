/**
 * bsc-kit/import: a scorecard model from a spreadsheet or a CSV export — one row per KPI and period.
 * DOM-free: runs in Node (the `bsc-kit import` command) and in browsers (`<bsc-scorecard src="….csv">`).
 */
import { fromRows, type ImportOptions, type ImportResult } from './from-rows.js';
import { readXlsx, type XlsxInput } from './xlsx.js';

export { fromRows, type Cell, type Table, type ImportOptions, type ImportResult } from './from-rows.js';
export { IMPORT_FIELDS, type ImportField } from './columns.js';
export type { ImportIssue } from './issues.js';
export { readCsv, detectSeparator, type CsvTable } from './csv-text.js';
export { readNumber, type NumberReading } from './number-text.js';
export { readPeriod } from './period-text.js';
export { slug } from './slug.js';
export { readXlsx, type XlsxInput, type XlsxSheet } from './xlsx.js';

export { fromCsv, type CsvImportOptions } from './csv.js';

export interface XlsxImportOptions extends ImportOptions {
  /** The sheet's name or number (from 1); default the first. */
  sheet?: string | number;
}

/** A model from an `.xlsx` workbook's sheet. */
export async function fromXlsx(input: XlsxInput, options: XlsxImportOptions = {}): Promise<ImportResult> {
  const sheet = await readXlsx(input, options.sheet);
  if (!sheet.ok) return { ok: false, model: undefined, issues: sheet.issues };
  return fromRows(sheet.rows, options);
}
