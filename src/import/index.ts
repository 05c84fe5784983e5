/**
 * bsc-kit/import: a scorecard model from a spreadsheet or a CSV export — one row per KPI and period.
 * DOM-free: runs in Node (the `bsc-kit import` command) and in browsers (`<bsc-scorecard src="….csv">`).
 */
import { readCsv } from './csv-text.js';
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

export interface CsvImportOptions extends ImportOptions {
  /** The column separator; default the one of `,` `;` and tab that the header line holds most of. */
  separator?: string;
}

/** A model from CSV text (RFC 4180; a byte-order mark, `;` or tab separators are recognised). */
export function fromCsv(text: string, options: CsvImportOptions = {}): ImportResult {
  const { rows, issues } = readCsv(text, options.separator);
  const result = fromRows(rows, options);
  if (!issues.length) return result;
  return { ok: false, model: result.model, issues: [...issues, ...result.issues] };
}

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
