import { registerEnglish, type Labels } from '../labels.js';

/** The English words of loading, error and empty states of the elements that load a model (`bsc-scorecard`, `bsc-strategy-map`, `bsc-changes`, `bsc-cascade`); registered when the module that shows them loads. */
export const STATE_WORDS = {
  loading: 'Loading…',
  errorTitle: 'The scorecard could not be shown',
  errorKeepsLast: 'The latest update could not be shown; this is the last version that loaded.',
} satisfies Partial<Labels>;

registerEnglish(STATE_WORDS);
