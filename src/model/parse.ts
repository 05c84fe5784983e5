/**
 * `parseScorecard`: the one door into the kit for a model. It takes an object or a JSON string and
 * answers with the model (defaults filled in) or with every issue found, in plain words, each at
 * its path. It never throws. `readScorecard` (read-scorecard.ts) reads; this module puts what kept
 * a model from being read in words.
 */
import type * as z from 'zod/mini';
import { describeError, formatPath, type ModelIssue } from './issues.js';
import { FIELD_NAMES } from './field-names.js';
import { jsonIssue } from './parse-json.js';
import { limitIssues, readScorecard, type ParseResult, type Unread } from './read-scorecard.js';

export { MAX_ISSUES, type ParseResult } from './read-scorecard.js';

export function parseScorecard(input: unknown): ParseResult {
  const read = readScorecard(input);
  return 'unread' in read ? describeUnread(read.unread) : read;
}

/** What kept a model from being read (`readScorecard`'s `unread`), in words. */
export function describeUnread(unread: Unread): ParseResult {
  switch (unread.kind) {
    case 'json':
      return { ok: false, issues: [jsonIssue(unread)] };
    case 'not-an-object':
      return {
        ok: false,
        issues: [{ path: '', message: `the model must be an object with "version", "id", "title" and "perspectives" (got ${describeValue(unread.value)})` }],
      };
    case 'shape':
      return limitIssues(unread.issues.flatMap((issue) => describeIssue(issue, [])));
    case 'unreadable':
      return { ok: false, issues: [{ path: '', message: `the model could not be read: ${describeError(unread.error)}` }] };
  }
}

type ZodIssue = z.core.$ZodIssue & { input?: unknown };

function describeIssue(issue: ZodIssue, prefix: PropertyKey[]): ModelIssue[] {
  const path = [...prefix, ...issue.path];
  const at = formatPath(path);
  switch (issue.code) {
    case 'invalid_type':
      return [{ path: at, message: describeInvalidType(issue, path) }];
    case 'invalid_value': {
      const allowed = listOf(issue.values.map((v) => JSON.stringify(v)));
      if (issue.input === undefined) return [{ path: at, message: `is required: ${FIELD_HELP[String(path.at(-1))] ?? allowed}` }];
      return [{ path: at, message: `must be ${allowed} (got ${describeValue(issue.input)})` }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: formatPath([...path, key]), message: describeUnknownKey(key) }));
    case 'invalid_union': {
      // Report the branch that matched the value's type (an object for a range), not every branch.
      const matching = issue.errors.find((branch) => branch.every((inner) => inner.path.length > 0 || inner.code !== 'invalid_type'));
      if (matching) return matching.flatMap((inner) => describeIssue(inner as ZodIssue, path));
      if (typeof issue.input === 'number') return [{ path: at, message: `must be a finite number (got ${issue.input})` }];
      return [{ path: at, message: `must be a number, or {"min", "max"} for a range KPI (got ${describeValue(issue.input)})` }];
    }
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'custom':
      return [
        {
          path: at,
          message:
            issue.message === 'Invalid input' ? `is not valid (got ${describeValue(issue.input)})` : `${issue.message} (got ${describeValue(issue.input)})`,
        },
      ];
    default:
      return [{ path: at, message: `is not valid (got ${describeValue(issue.input)})` }];
  }
}

function describeInvalidType(issue: z.core.$ZodIssueInvalidType & { input?: unknown; received?: string }, path: PropertyKey[]): string {
  if (issue.input === undefined && issue.received !== 'NaN') {
    return `is required: ${FIELD_HELP[String(path.at(-1))] ?? `expected ${expectedWord(issue.expected)}`}`;
  }
  if (issue.expected === 'number' || issue.expected === 'int') {
    if (issue.received === 'NaN' || issue.received === 'Infinity' || issue.received === '-Infinity') {
      return `must be a finite number (got ${issue.received})`;
    }
    if (typeof issue.input === 'number') return `must be a whole number (got ${issue.input})`;
  }
  return `must be ${expectedWord(issue.expected)} (got ${describeValue(issue.input)})`;
}

const FIELD_HELP: Record<string, string> = {
  version: 'the model version, 1',
  id: 'a unique id without spaces',
  title: 'a title to show',
  perspectives: 'a list of perspectives',
  period: 'a period such as "2026-10"',
  from: 'the id of the cause objective',
  to: 'the id of the effect objective',
  min: 'the lower bound of the range',
  max: 'the upper bound of the range',
};

function expectedWord(expected: string): string {
  switch (expected) {
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'string':
      return 'text';
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
    case 'boolean':
      return 'true or false';
    default:
      return expected;
  }
}

function describeUnknownKey(key: string): string {
  // A field of another kind of node (a perspective's `owner`): suggesting its own name would not help.
  if (FIELD_NAMES.includes(key)) return 'is not a field here (other parts of the model have it)';
  const suggestion = closestFieldName(key);
  return suggestion ? `is not a field here — did you mean "${suggestion}"?` : 'is not a field here';
}

/** A known field name that differs only in case or by at most two edits. */
function closestFieldName(key: string): string | undefined {
  const lower = key.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of FIELD_NAMES) {
    const distance = name.toLowerCase() === lower ? 0 : editDistance(lower, name.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function listOf(items: string[]): string {
  if (items.length <= 1) return items[0] ?? 'nothing';
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}
