/**
 * What the kit looks up in a model, kept in one place per scorecard object: its nodes by id
 * (node-index.ts) and each KPI's series as numbers (series-index.ts). `parseScorecard` builds both
 * while it reads the model; a scorecard made another way (a cascade's rolled-up copy) gets each on
 * first use. A parsed model is treated as immutable (parse a new one after a change).
 */
import type { ScorecardIndex } from './node-index.js';
import type { Scorecard } from './schema.js';
import type { SeriesIndex } from './series-index.js';

export interface ModelIndex {
  nodes?: ScorecardIndex;
  series?: SeriesIndex[];
}

const indexes = new WeakMap<Scorecard, ModelIndex>();

export function modelIndex(scorecard: Scorecard): ModelIndex {
  let index = indexes.get(scorecard);
  if (!index) indexes.set(scorecard, (index = {}));
  return index;
}
