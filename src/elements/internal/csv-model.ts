import { fromCsv } from '../../import/csv.js';
import type { ParseResult } from '../../model/read-scorecard.js';

/**
 * A CSV table as the scorecard's model, through bsc-kit/import's `fromCsv`. The scorecard loads this
 * module the first time a page shows a table (model-loader.ts `readCsvModel`): a page of JSON models
 * never loads it. Any issue — a bad cell, a missing column — makes it a failed load, shown and
 * reported like a bad model.
 */
export function parseCsvModel(text: string, locale: string | undefined): ParseResult {
  const result = fromCsv(text, locale ? { locale } : {});
  if (result.ok && result.model) return { ok: true, scorecard: result.model };
  return {
    ok: false,
    issues: result.issues.length ? result.issues.map(({ path, message }) => ({ path, message })) : [{ path: '', message: 'the table gave no scorecard' }],
  };
}

/**
 * An inline script's table as written in the page: the blank lines before it and the indentation
 * all its lines share left out, so that the headings are row 1 wherever the markup put them.
 */
export function dedent(text: string): string {
  const lines = text
    .replace(/^(?:[ \t]*\r?\n)+/, '')
    .trimEnd()
    .split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)![0].length));
  return Number.isFinite(indent) && indent > 0 ? lines.map((line) => line.slice(indent)).join('\n') : lines.join('\n');
}
