import { modelIndex } from './model-index.js';
import type { Initiative, Kpi, Objective, Perspective, Scorecard } from './schema.js';

/** A scorecard's perspectives, objectives and KPIs by id, and the initiatives serving each objective. */
export interface ScorecardIndex {
  perspectives: Map<string, Perspective>;
  objectives: Map<string, Objective>;
  kpis: Map<string, Kpi>;
  /** The initiatives serving each objective, in model order. */
  initiatives: Map<string, Initiative[]>;
}

/** The model's nodes by id, built once per scorecard object (a parsed model is immutable). */
export function scorecardIndex(scorecard: Scorecard): ScorecardIndex {
  const entry = modelIndex(scorecard);
  if (entry.nodes) return entry.nodes;
  const index: ScorecardIndex = { perspectives: new Map(), objectives: new Map(), kpis: new Map(), initiatives: new Map() };
  for (const perspective of scorecard.perspectives) {
    index.perspectives.set(perspective.id, perspective);
    for (const objective of perspective.objectives) {
      index.objectives.set(objective.id, objective);
      for (const kpi of objective.kpis) index.kpis.set(kpi.id, kpi);
    }
  }
  for (const initiative of scorecard.initiatives) {
    for (const objective of initiative.objectives) {
      const list = index.initiatives.get(objective);
      if (list) list.push(initiative);
      else index.initiatives.set(objective, [initiative]);
    }
  }
  entry.nodes = index;
  return index;
}
