import type { ParseResult } from '../model/parse.js';

/**
 * A CSV table as the scorecard's model, through bsc-kit/import's `fromCsv`, loaded the first time a
 * page shows one (a page of JSON models never loads it). Any issue — a bad cell, a missing column —
 * makes it a failed load, shown and reported like a bad model.
 */
export async function parseCsvModel(text: string, locale: string | undefined): Promise<ParseResult> {
  let fromCsv: typeof import('../import/csv.js').fromCsv;
  try {
    ({ fromCsv } = await import('../import/csv.js'));
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: `the CSV importer could not be loaded (${error instanceof Error ? error.message : String(error)})` }] };
  }
  const result = fromCsv(text, locale ? { locale } : {});
  if (result.ok && result.model) return { ok: true, scorecard: result.model };
  return { ok: false, issues: result.issues.length ? result.issues.map(({ path, message }) => ({ path, message })) : [{ path: '', message: 'the table gave no scorecard' }] };
}

/** Whether an address names a CSV file (`.csv`, before any query or fragment). */
export function isCsvAddress(url: URL): boolean {
  return url.pathname.toLowerCase().endsWith('.csv');
}

/**
 * An inline script's table as written in the page: the blank lines before it and the indentation
 * all its lines share left out, so that the headings are row 1 wherever the markup put them.
 */
export function dedent(text: string): string {
  const lines = text.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd().split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)![0].length));
  return Number.isFinite(indent) && indent > 0 ? lines.map((line) => line.slice(indent)).join('\n') : lines.join('\n');
}
