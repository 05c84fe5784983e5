import { registerEnglish, type Labels } from '../labels.js';

/** The English words of a KPI's figures and the model's parts, as cards, tables, the CSV and its import name them; registered when the module that shows them loads. */
export const FIGURE_WORDS = {
  target: 'Target',
  redFlag: 'Red flag',
  stretch: 'Stretch target',
  tolerance: 'Tolerance',
  score: 'Score',
  change: 'Change',
  previousPeriod: 'Previous period',
  improving: 'Improving',
  worsening: 'Worsening',
  unchanged: 'Unchanged',
  forecast: 'Forecast',
  status: 'Status',
  period: 'Period',
  comment: 'Comment',
  perspective: 'Perspective',
  objective: 'Objective',
  kpi: 'KPI',
  owner: 'Owner',
  objectives: 'Objectives',
  weight: 'Weight',
  leading: 'Leading',
  lagging: 'Lagging',
  scorecard: 'Scorecard',
  percentagePoints: '{value}\u00a0pp',
} satisfies Partial<Labels>;

registerEnglish(FIGURE_WORDS);
