import type { ModelIssue } from '../../model/issues.js';
import { parseScorecard } from '../../model/parse.js';
import type { Scorecard } from '../../model/schema.js';
import type { IssueReporter } from './issue-reporter.js';

/** What a standalone element shows of its `model` property, and the issues to show beside it. */
export interface ModelProperty {
  scorecard?: Scorecard;
  issues: ModelIssue[];
}

/**
 * A standalone element's `model` (an object, JSON text or a parsed model) read once it changes: no
 * model clears the element; an invalid one keeps `last`, the last valid model, on screen beside its
 * issues, which `reporter` fires as `bsc-error` after the update that shows them.
 */
export function readModelProperty(value: unknown, last: Scorecard | undefined, reporter: IssueReporter): ModelProperty {
  if (value === undefined || value === null) return { issues: [] };
  const result = parseScorecard(value);
  if (result.ok) return { scorecard: result.scorecard, issues: [] };
  reporter.report(result.issues);
  return { scorecard: last, issues: result.issues };
}
