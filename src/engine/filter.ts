/**
 * `filterScorecard`: finding what is off track — the KPIs that match a status, an owner and a text,
 * and the objectives and perspectives that still hold one. Pure; one pass over the model.
 */
import { scorecardIndex } from '../model/node-index.js';
import type { Scorecard } from '../model/schema.js';
import type { Evaluation } from './types.js';

/** What a filter can ask for by status: the statuses that need attention, and stale data. */
export const FILTER_STATUSES = ['off-track', 'at-risk', 'no-data', 'stale'] as const;
export type FilterStatus = (typeof FILTER_STATUSES)[number];

export interface ScorecardFilter {
  /** A KPI matches any of these (none: every status). */
  status?: readonly FilterStatus[];
  /** A KPI matches when it, or its objective, has this owner. */
  owner?: string;
  /** A KPI matches when its title, its objective's or its perspective's holds this text, case aside. */
  text?: string;
}

export interface FilterResult {
  /** The KPIs that match, and the objectives and perspectives that hold one. */
  kpis: ReadonlySet<string>;
  objectives: ReadonlySet<string>;
  perspectives: ReadonlySet<string>;
  /** How many KPIs match, of how many. */
  shown: number;
  total: number;
}

/** Whether `filter` asks for anything (an empty filter shows everything). */
export function isFilterActive(filter: ScorecardFilter): boolean {
  return (filter.status?.length ?? 0) > 0 || !!filter.owner || !!filter.text?.trim();
}

/** The KPIs of `evaluation` that match every part of `filter`, with the groups holding them; null for an empty filter. */
export function filterScorecard(evaluation: Evaluation, filter: ScorecardFilter): FilterResult | null {
  if (!isFilterActive(filter)) return null;
  const statuses = new Set(filter.status ?? []);
  const owner = filter.owner || undefined;
  const text = searchable(filter.text?.trim() ?? '');
  const kpis = new Set<string>();
  const objectives = new Set<string>();
  const perspectives = new Set<string>();
  let total = 0;
  for (const perspective of evaluation.scorecard.perspectives) {
    const perspectiveMatches = text !== '' && searchable(perspective.title).includes(text);
    for (const objective of perspective.objectives) {
      const objectiveMatches = perspectiveMatches || (text !== '' && searchable(objective.title).includes(text));
      for (const kpi of objective.kpis) {
        total++;
        const node = evaluation.node(kpi.id);
        if (!node) continue;
        if (statuses.size > 0 && !statuses.has(node.status as FilterStatus) && !(node.stale && statuses.has('stale'))) continue;
        if (owner !== undefined && kpi.owner !== owner && objective.owner !== owner) continue;
        if (text !== '' && !objectiveMatches && !searchable(kpi.title).includes(text)) continue;
        kpis.add(kpi.id);
        objectives.add(objective.id);
        perspectives.add(perspective.id);
      }
    }
  }
  return { kpis, objectives, perspectives, shown: kpis.size, total };
}

/** The owners of the scorecard's objectives and KPIs, each once, in the model's order (format/ sorts them for a locale). */
export function scorecardOwners(scorecard: Scorecard): string[] {
  const owners = new Set<string>();
  const index = scorecardIndex(scorecard);
  for (const objective of index.objectives.values()) if (objective.owner) owners.add(objective.owner);
  for (const kpi of index.kpis.values()) if (kpi.owner) owners.add(kpi.owner);
  return [...owners];
}

/** The statuses a space-separated list names (`"off-track at-risk"`), known ones only, each once. */
export function parseFilterStatuses(list: string | null | undefined): FilterStatus[] {
  const named = new Set((list ?? '').split(/\s+/));
  return FILTER_STATUSES.filter((status) => named.has(status));
}

/** Text as a search compares it: composed the same way and in lower case. */
function searchable(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
