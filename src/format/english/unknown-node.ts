import { registerEnglish, type Labels } from '../labels.js';

/** The English words of what an element says of an id its scorecard does not hold (`kpi-figures.ts`); registered when the module that shows them loads. */
export const UNKNOWN_NODE_WORDS = {
  unknownPerspective: 'No perspective "{id}" in this scorecard',
  unknownObjective: 'No objective "{id}" in this scorecard',
  unknownKpi: 'No KPI "{id}" in this scorecard',
} satisfies Partial<Labels>;

registerEnglish(UNKNOWN_NODE_WORDS);
