import type { ParseResult } from '../../model/read-scorecard.js';
import { readModel } from './read-model.js';
import { describeError } from '../../model/issues.js';

/**
 * Loads a scorecard model from a URL: only http(s), aborting the previous request so that the
 * latest one wins. A `.csv` address (or a `text/csv` answer) is a table imported on the fly, its
 * numbers and dates read in `csvLocale`'s notation. Every failure — a refused address, the network, an HTTP status, bad JSON, a
 * model with issues — comes back as issues, never as an exception.
 */
export class ModelLoader {
  #controller?: AbortController;
  #src?: string;

  /** Whether a request is under way. */
  get loading(): boolean {
    return this.#controller !== undefined;
  }

  /** The `src` of the request under way; undefined when none is. */
  get pending(): string | undefined {
    return this.#controller === undefined ? undefined : this.#src;
  }

  /** Loads `src`, resolved against `base`; answers null when a later call (or `abort`) superseded it. */
  async load(src: string, base: string, csvLocale?: string): Promise<ParseResult | null> {
    this.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.#src = src;
    try {
      const result = await fetchScorecard(src, base, controller.signal, csvLocale);
      return controller.signal.aborted ? null : result;
    } finally {
      if (this.#controller === controller) this.#controller = undefined;
    }
  }

  abort(): void {
    this.#controller?.abort();
    this.#controller = undefined;
  }
}

export async function fetchScorecard(src: string, base: string, signal?: AbortSignal, csvLocale?: string): Promise<ParseResult> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return failure(`"${src}" is not an address`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return failure(`"${src}" is not an http(s) address: only http: and https: models are loaded`);
  }
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: isCsvAddress(url) ? 'text/csv' : 'application/json' } });
  } catch (error) {
    if (signal?.aborted) return failure('the request was cancelled');
    return failure(`could not load "${src}": ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) {
    return failure(`could not load "${src}": the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) return failure('the request was cancelled');
    return failure(`could not read "${src}": ${error instanceof Error ? error.message : String(error)}`);
  }
  const csv = isCsvAddress(url) || /^text\/csv\b/i.test(response.headers.get('content-type') ?? '');
  return csv ? readCsvModel(text, csvLocale) : readModel(text);
}

/**
 * A CSV table as the scorecard's model (csv-model.ts, with bsc-kit/import), loaded the first time a
 * page shows one; `inline`: an inline script's table, indented as the markup put it.
 */
export async function readCsvModel(text: string, locale: string | undefined, inline = false): Promise<ParseResult> {
  let csv: typeof import('./csv-model.js');
  try {
    csv = await import('./csv-model.js');
  } catch (error) {
    return failure(`the CSV importer could not be loaded (${describeError(error)})`);
  }
  return csv.parseCsvModel(inline ? csv.dedent(text) : text, locale);
}

/** Whether an address names a CSV file (`.csv`, before any query or fragment). */
export function isCsvAddress(url: URL): boolean {
  return url.pathname.toLowerCase().endsWith('.csv');
}

function failure(message: string): ParseResult {
  return { ok: false, issues: [{ path: '', message }] };
}
