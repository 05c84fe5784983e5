import { readCsv } from './csv-text.js';
import { fromRows, type ImportOptions, type ImportResult } from './from-rows.js';

export interface CsvImportOptions extends ImportOptions {
  /** The column separator; default the one of `,` `;` and tab that the header line holds most of. */
  separator?: string;
}

/**
 * A model from CSV text (RFC 4180; a byte-order mark, `;` or tab separators are recognised). Its
 * own module, without the .xlsx reader, for `<bsc-scorecard>` to load on demand.
 */
export function fromCsv(text: string, options: CsvImportOptions = {}): ImportResult {
  const { rows, issues } = readCsv(text, options.separator);
  const result = fromRows(rows, options);
  if (!issues.length) return result;
  return { ok: false, model: result.model, issues: [...issues, ...result.issues] };
}
