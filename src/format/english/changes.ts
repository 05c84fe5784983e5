import { registerEnglish, type Labels } from '../labels.js';

/** The English words of what changed since the previous period (`format/changes.ts`: the scorecard's summary and `bsc-changes`); registered when the module that shows them loads. */
export const CHANGE_WORDS = {
  changes: 'Changes',
  changesSince: 'Since {period}: {changes}',
  changesWorse: '{count} worse',
  changesBetter: '{count} better',
  changesNoData: '{count} without data',
  changesNewlyStale: '{count} newly stale',
  noChanges: 'No status changed since {period}.',
  noPreviousPeriod: 'This is the first period with data: there is nothing to compare with.',
  moveBetter: 'Better',
  moveWorse: 'Worse',
  moveNoData: 'Data missing',
  moveData: 'Data again',
  moveUnscored: 'Target removed',
  moveScored: 'Target set',
  newlyStale: 'Newly stale',
  statusMove: 'from {from} to {to}',
  kpisShown: '{shown} of {total} KPIs',
  kpisShownOne: '{shown} of {total} KPI',
} satisfies Partial<Labels>;

registerEnglish(CHANGE_WORDS);
