/**
 * Every English word of the kit in one table, the parts of every module together: what `bsc-kit/core`
 * exports as `ENGLISH`, a start for a language of a page's own (`registerLabels('fr', { ...ENGLISH, … })`).
 * Importing it registers every part.
 */
import type { Labels } from '../labels.js';
import { READING_WORDS } from '../labels.js';
import { STATE_WORDS } from './states.js';
import { SCORECARD_WORDS } from './scorecard.js';
import { PERIOD_PICKER_WORDS } from './period-picker.js';
import { UNKNOWN_NODE_WORDS } from './unknown-node.js';
import { OBJECTIVE_WORDS } from './objective.js';
import { TREND_CHART_WORDS } from './trend-chart.js';
import { COMMENT_WORDS } from './comments.js';
import { STRATEGY_MAP_WORDS } from './strategy-map.js';
import { CASCADE_WORDS } from './cascade.js';
import { FIGURE_WORDS } from './figures.js';
import { PERIOD_WORDS } from './periods.js';
import { CHANGE_WORDS } from './changes.js';
import { FILTER_WORDS } from './filter.js';

export const ENGLISH: Labels = {
  ...READING_WORDS,
  ...PERIOD_WORDS,
  ...FIGURE_WORDS,
  ...STATE_WORDS,
  ...SCORECARD_WORDS,
  ...PERIOD_PICKER_WORDS,
  ...UNKNOWN_NODE_WORDS,
  ...OBJECTIVE_WORDS,
  ...TREND_CHART_WORDS,
  ...COMMENT_WORDS,
  ...STRATEGY_MAP_WORDS,
  ...CASCADE_WORDS,
  ...CHANGE_WORDS,
  ...FILTER_WORDS,
};
