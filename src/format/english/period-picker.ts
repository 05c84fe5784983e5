import { registerEnglish, type Labels } from '../labels.js';

/** The English words of `bsc-period-picker` (and the scorecard's view, which names the same choices); registered when the module that shows them loads. */
export const PERIOD_PICKER_WORDS = {
  viewPeriod: 'Period',
  viewYearToDate: 'Year to date',
  periodPicker: 'Reporting period',
  view: 'View',
} satisfies Partial<Labels>;

registerEnglish(PERIOD_PICKER_WORDS);
