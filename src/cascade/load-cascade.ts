/**
 * `loadCascade`: a tree of scorecards from the root's address down through every `children` list.
 * Each level loads in parallel and each file once (a team listed under two departments is fetched
 * once); a depth and a count limit bound the tree; a child that leads back to a scorecard above it
 * is refused, not followed. Every failure stays with its file: the rest of the tree loads.
 * Pure apart from the injected `fetch`.
 */
import type { ModelIssue } from '../model/issues.js';
import { parseScorecard, type ParseResult } from '../model/parse.js';
import type { ScorecardChild } from '../model/schema.js';
import type { Cascade, CascadeFetch, CascadeIssue, CascadeNode, LoadCascadeOptions } from './types.js';
import { validateCascade } from './validate-cascade.js';

export const DEFAULT_MAX_DEPTH = 8;
export const DEFAULT_MAX_SCORECARDS = 500;

/**
 * Loads the cascade whose root is at `rootSrc`. Answers with the tree whatever failed in it; rejects
 * only when `signal` aborts (with its reason), as `fetch` does.
 */
export async function loadCascade(rootSrc: string, options: LoadCascadeOptions): Promise<Cascade> {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxScorecards = options.maxScorecards ?? DEFAULT_MAX_SCORECARDS;
  const { signal } = options;
  const files = new Map<string, Promise<ParseResult>>();
  const load = (url: string) => {
    let file = files.get(url);
    if (!file) files.set(url, (file = fetchModel(options.fetch, url, signal)));
    return file;
  };

  const rootUrl = resolveAddress(rootSrc, options.base);
  const fileName = rootUrl.ok ? fileNamer(rootUrl.url) : (src: string) => src;
  const root = newNode(null, rootSrc, rootUrl.ok ? rootUrl.url : rootSrc, fileName);
  const nodes: CascadeNode[] = [root];
  const issues: CascadeIssue[] = [];
  const fail = (node: CascadeNode, state: CascadeNode['state'], found: readonly ModelIssue[]) => {
    node.state = state;
    node.issues = found.map((issue) => ({ ...issue, file: node.file, src: node.src }));
    issues.push(...node.issues);
  };

  let level: { node: CascadeNode; file: Promise<ParseResult> }[] = [];
  if (rootUrl.ok) level.push({ node: root, file: load(rootUrl.url) });
  else fail(root, 'failed', [{ path: '', message: rootUrl.message }]);

  while (level.length) {
    const results = await Promise.all(level.map((entry) => entry.file));
    signal?.throwIfAborted();
    const next: typeof level = [];
    level.forEach(({ node }, i) => {
      const result = results[i]!;
      if (!result.ok) return fail(node, 'failed', result.issues);
      const scorecard = result.scorecard;
      node.state = 'loaded';
      node.scorecard = scorecard;
      if (node.parent === null) {
        node.id = scorecard.id;
        node.key = scorecard.id;
        node.title = scorecard.title;
      }
      node.owner ??= scorecard.owner;
      scorecard.children?.forEach((entry, c) => {
        const child = childNode(node, entry, fileName);
        node.children.push(child);
        nodes.push(child);
        const where = (message: string): CascadeIssue => ({ path: `children[${c}].src`, message, file: node.file, src: node.src });
        if (isAncestorOrSelf(node, child.src)) {
          const issue = where(`leads back to "${child.file}", which is already above it in the cascade: a cascade cannot loop`);
          child.state = 'cycle';
          child.issues = [issue];
          issues.push(issue);
        } else if (child.depth > maxDepth) {
          const issue = where(`is not loaded: the cascade goes deeper than ${maxDepth} levels`);
          child.state = 'too-deep';
          child.issues = [issue];
          issues.push(issue);
        } else if (nodes.length > maxScorecards) {
          const issue = where(`is not loaded: the cascade holds more than ${maxScorecards} scorecards`);
          child.state = 'over-limit';
          child.issues = [issue];
          issues.push(issue);
        } else next.push({ node: child, file: load(child.src) });
      });
    });
    level = next;
  }
  const cascade: Cascade = { root, nodes, issues };
  issues.push(...validateCascade(cascade));
  return cascade;
}

function newNode(parent: CascadeNode | null, id: string, src: string, fileName: (src: string) => string): CascadeNode {
  const file = fileName(src);
  return { key: id, id, title: file, src, file, depth: 0, state: 'failed', scorecard: null, issues: [], parent, children: [] };
}

function childNode(parent: CascadeNode, entry: ScorecardChild, fileName: (src: string) => string): CascadeNode {
  // The parent's file was validated: its children's addresses resolve to http(s).
  const src = new URL(entry.src, parent.src).href;
  const node = newNode(parent, entry.id, src, fileName);
  node.key = `${parent.key}/${entry.id}`;
  node.title = entry.title;
  if (entry.owner !== undefined) node.owner = entry.owner;
  node.depth = parent.depth + 1;
  return node;
}

function isAncestorOrSelf(node: CascadeNode | null, src: string): boolean {
  for (; node; node = node.parent) if (node.src === src) return true;
  return false;
}

function resolveAddress(src: string, base: string | undefined): { ok: true; url: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return { ok: false, message: `"${src}" is not an address` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: `"${src}" is not an http(s) address: only http: and https: scorecards are loaded` };
  }
  return { ok: true, url: url.href };
}

/** Names files relative to the root's folder, which is how an author wrote them. */
function fileNamer(rootSrc: string): (src: string) => string {
  const folder = rootSrc.slice(0, rootSrc.lastIndexOf('/') + 1);
  return (src) => (folder && src.startsWith(folder) ? src.slice(folder.length) : src) || src;
}

async function fetchModel(fetch: CascadeFetch, url: string, signal: AbortSignal | undefined): Promise<ParseResult> {
  try {
    const response = await fetch(url, signal ? { signal, headers: ACCEPT } : { headers: ACCEPT });
    if (!response.ok) {
      return failure(`could not be loaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    return parseScorecard(await response.text());
  } catch (error) {
    if (signal?.aborted) return failure('the request was cancelled');
    return failure(`could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const ACCEPT = { accept: 'application/json' };

function failure(message: string): ParseResult {
  return { ok: false, issues: [{ path: '', message }] };
}
