/**
 * How the scorecard reads a model: `readScorecard`, and the words of what kept a model from being
 * read (model/parse.ts) loaded the first time a model has such issues — a page whose models are
 * valid never loads them.
 */
import { describeError } from '../../model/issues.js';
import { readScorecard, type ParseResult } from '../../model/read-scorecard.js';
import { OnDemand } from './on-demand.js';

/** The words (model/parse.ts); a server loads them before it renders (bsc-kit/ssr). */
export const issueWords = new OnDemand(() => import('../../model/parse.js'));

/**
 * `parseScorecard`'s answer: at once when the model is valid, or its issues have their words here
 * (the rules between fields) or loaded already; else once the words have loaded.
 */
export function readModel(input: unknown): ParseResult | Promise<ParseResult> {
  const read = readScorecard(input);
  if (!('unread' in read)) return read;
  const { unread } = read;
  if (issueWords.module) return issueWords.module.describeUnread(unread);
  return issueWords.load().then(
    (module) => module.describeUnread(unread),
    (error: unknown): ParseResult => ({
      ok: false,
      issues: [{ path: '', message: `the words of the model's issues could not be loaded (${describeError(error)})` }],
    }),
  );
}
