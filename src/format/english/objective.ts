import { registerEnglish, type Labels } from '../labels.js';

/** The English words of `bsc-objective`: its KPI table and initiatives; registered when the module that shows them loads. */
export const OBJECTIVE_WORDS = {
  initiatives: 'Initiatives',
  initiativePlanned: 'Planned',
  initiativeActive: 'Active',
  initiativeDone: 'Done',
  initiativeOnHold: 'On hold',
  initiativeCancelled: 'Cancelled',
  progress: 'Progress',
  kpis: 'KPIs',
} satisfies Partial<Labels>;

registerEnglish(OBJECTIVE_WORDS);
