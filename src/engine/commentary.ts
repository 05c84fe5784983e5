/**
 * The comments of a node for a period (docs/architecture.md §2, "the period's comments"): for a
 * KPI, the `comment` of its series' observation for that period, then its `commentary` entries
 * naming that period, in model order; for an objective, its `commentary` entries naming it. The
 * period is the node's own: the scorecard's as-of period converted to the KPI's periodicity (a
 * quarterly KPI's Q4 in October). A value carried forward from an earlier period does not bring
 * that period's comments along: they spoke of another period.
 */
import { scorecardIndex } from '../model/node-index.js';
import { convertPeriod, parsePeriod, periodOrdinal, type Periodicity } from '../model/periods.js';
import type { CommentaryEntry, Kpi, Objective, Scorecard } from '../model/schema.js';

/** One comment as shown: an observation's `comment` (without a kind) or a commentary entry, with the period it names. */
export type PeriodComment = CommentaryEntry;

const NONE: readonly PeriodComment[] = Object.freeze([]);

/** The comments of the KPI or objective `id` for the scorecard period `asOf`; none for an unknown id or period. */
export function periodComments(scorecard: Scorecard, id: string, asOf: string): readonly PeriodComment[] {
  const index = scorecardIndex(scorecard);
  const kpi = index.kpis.get(id);
  const node = kpi ?? index.objectives.get(id);
  const shown = parsePeriod(asOf);
  if (!node || !shown) return NONE;
  const periodicity = kpi?.periodicity ?? scorecard.periodicity;
  return commentsByOrdinal(node, periodicity).get(convertPeriod(shown, periodicity).ordinal) ?? NONE;
}

/** The comments of a KPI or objective for one period of its own periodicity (`2026-10`, or `2026-Q4` for a quarterly KPI). */
export function commentsInPeriod(node: Kpi | Objective, periodicity: Periodicity, period: string): readonly PeriodComment[] {
  return commentsByOrdinal(node, periodicity).get(periodOrdinal(period, periodicity)) ?? NONE;
}

/** Every commented period of a node, by ordinal; built once per node object (a parsed model is immutable). */
export function commentsByOrdinal(node: Kpi | Objective, periodicity: Periodicity): ReadonlyMap<number, readonly PeriodComment[]> {
  const cached = byNode.get(node);
  if (cached) return cached;
  const found = new Map<number, PeriodComment[]>();
  const add = (comment: PeriodComment) => {
    const ordinal = periodOrdinal(comment.period, periodicity);
    if (ordinal !== ordinal) return;
    const list = found.get(ordinal);
    if (list) list.push(comment);
    else found.set(ordinal, [comment]);
  };
  if ('series' in node) {
    for (const observation of node.series) if (observation.comment) add({ period: observation.period, ...observation.comment });
  }
  for (const entry of node.commentary ?? []) add(entry);
  byNode.set(node, found);
  return found;
}

const byNode = new WeakMap<Kpi | Objective, ReadonlyMap<number, readonly PeriodComment[]>>();
