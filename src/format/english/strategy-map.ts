import { registerEnglish, type Labels } from '../labels.js';

/** The English words of `bsc-strategy-map`; registered when the module that shows them loads. */
export const STRATEGY_MAP_WORDS = {
  strategyMapKeys: 'Arrow keys move between objectives; Enter selects one.',
  strategyMapAsText: 'The strategy map as text',
  drives: 'Drives {objectives}',
  drivenBy: 'Driven by {objectives}',
  strategicThemes: 'Strategic themes',
  partOfThemes: 'Part of {themes}',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Reset zoom',
  noObjectives: 'This scorecard has no objectives yet.',
  filteredOut: 'Left out by the filter',
} satisfies Partial<Labels>;

registerEnglish(STRATEGY_MAP_WORDS);
