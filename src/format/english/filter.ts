import { registerEnglish, type Labels } from '../labels.js';

/** The English words of the scorecard's filter (`scorecard-filter.ts`); registered when the module that shows them loads. */
export const FILTER_WORDS = {
  filter: 'Filter',
  allOwners: 'All owners',
  searchTitles: 'Search titles',
  noKpiMatches: 'No KPI matches the filter.',
  clearFilter: 'Clear filter',
} satisfies Partial<Labels>;

registerEnglish(FILTER_WORDS);
