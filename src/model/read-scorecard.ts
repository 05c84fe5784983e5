/**
 * `readScorecard`: `parseScorecard` without the words of the issues that need them (parse.ts has
 * them). A model that is not JSON, not an object or not of the model's shape comes back as what
 * was wrong, `unread`, for parse.ts to put in words; a page whose models are valid never loads
 * those (the elements load them on demand, internal/read-model.ts). The rules between fields
 * (validate.ts) word their own issues.
 */
import type * as z from 'zod/mini';
import type { ModelIssue } from './issues.js';
import { readJson, type JsonRead } from './read-json.js';
import { scorecardSchema, type Scorecard } from './schema.js';
import { validateScorecard } from './validate.js';
import { scorecardSeries } from './series-index.js';
import { scorecardIndex } from './node-index.js';

export type ParseResult = { ok: true; scorecard: Scorecard } | { ok: false; issues: ModelIssue[] };

/** What kept a model from being read, before it is put in words. */
export type Unread =
  | ({ kind: 'json' } & Extract<JsonRead, { ok: false }>)
  | { kind: 'not-an-object'; value: unknown }
  | { kind: 'shape'; issues: z.core.$ZodIssue[] }
  | { kind: 'unreadable'; error: unknown };

export type ReadResult = ParseResult | { ok: false; unread: Unread };

export function readScorecard(input: unknown): ReadResult {
  try {
    return readUnguarded(input);
  } catch (error) {
    // A getter or proxy in a hand-made object can throw while being read; that is bad input too.
    return { ok: false, unread: { kind: 'unreadable', error } };
  }
}

function readUnguarded(input: unknown): ReadResult {
  // A model this function returned is valid and, treated as immutable, stays so: not read again.
  if (typeof input === 'object' && input !== null && parsedModels.has(input)) return { ok: true, scorecard: input as Scorecard };
  let data = input;
  if (typeof input === 'string') {
    const json = readJson(input);
    if (!json.ok) return { ok: false, unread: { kind: 'json', ...json } };
    data = json.value;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, unread: { kind: 'not-an-object', value: data } };
  const result = scorecardSchema.safeParse(data, { reportInput: true });
  if (!result.success) return { ok: false, unread: { kind: 'shape', issues: result.error.issues } };
  const issues = validateScorecard(result.data);
  if (issues.length) return limitIssues(issues);
  // Index the nodes and every series now, while the model is being read anyway (see model-index.ts).
  scorecardIndex(result.data);
  scorecardSeries(result.data);
  parsedModels.add(result.data);
  return { ok: true, scorecard: result.data };
}

const parsedModels = new WeakSet<object>();

/** Enough issues to fix a model; past that, more only bury the first ones (and cost time to list). */
export const MAX_ISSUES = 100;

/** A failed read with at most MAX_ISSUES issues, and a last one that says how many more there are. */
export function limitIssues(issues: ModelIssue[]): ParseResult {
  if (issues.length <= MAX_ISSUES) return { ok: false, issues };
  const rest = issues.length - MAX_ISSUES;
  return { ok: false, issues: [...issues.slice(0, MAX_ISSUES), { path: '', message: `and ${rest} more ${rest === 1 ? 'issue' : 'issues'}` }] };
}
