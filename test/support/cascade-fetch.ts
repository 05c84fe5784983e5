import type { CascadeFetch } from '../../src/cascade/types.js';

/** What a test server holds at an address: a model (sent as JSON), raw text, or an HTTP status. */
export type ServedFile = object | string | { status: number };

export interface MemoryFetch {
  fetch: CascadeFetch;
  /** Every address asked for, in order. */
  requests: string[];
  /** The most requests that were under way at once. */
  readonly mostAtOnce: number;
}

export const BASE = 'https://scorecards.test/cascade/';

/**
 * An in-memory `fetch` over `files` (keyed by address relative to `BASE`, or whole). Answers on a
 * later task, as a network would, so that requests started together are under way together.
 */
export function memoryFetch(files: Record<string, ServedFile>): MemoryFetch {
  const requests: string[] = [];
  let open = 0;
  let most = 0;
  const served = new Map(Object.entries(files).map(([name, file]) => [new URL(name, BASE).href, file]));
  const fetch: CascadeFetch = async (url, init) => {
    requests.push(url);
    open++;
    most = Math.max(most, open);
    try {
      await new Promise((resolve) => setTimeout(resolve, 0));
      init.signal?.throwIfAborted();
      const file = served.get(url);
      if (file === undefined) return { ok: false, status: 404, statusText: 'Not Found', text: async () => 'not found' };
      if (typeof file === 'object' && 'status' in file && typeof file.status === 'number') {
        return { ok: false, status: file.status, text: async () => '' };
      }
      const text = typeof file === 'string' ? file : JSON.stringify(file);
      return { ok: true, status: 200, text: async () => text };
    } finally {
      open--;
    }
  };
  return {
    fetch,
    requests,
    get mostAtOnce() {
      return most;
    },
  };
}
