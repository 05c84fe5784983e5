import { registerEnglish, type Labels } from '../labels.js';

/** The English words of periods and the as-of line (`format/period.ts`); registered when the module that shows them loads. */
export const PERIOD_WORDS = {
  asOf: 'As of {period}',
  fiscalYear: 'FY{year}',
  quarter: 'Q{quarter} {year}',
  week: 'W{week} {year}',
} satisfies Partial<Labels>;

registerEnglish(PERIOD_WORDS);
