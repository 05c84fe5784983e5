/**
 * `changes`: what moved between two evaluations of one scorecard — the question a scorecard meeting
 * opens with ("since September: 3 worse, 2 better"). Pure; one pass over the nodes.
 */
import type { Evaluation, NodeEvaluation, NodeKind, Status } from './types.js';

// The period compared with lives apart: a scorecard's first paint provides the previous evaluation
// before the changes are asked for (they load on demand).
export { comparedPeriod, previousEvaluation } from './previous.js';

/**
 * How a status moved. `better` and `worse` compare score bands (exceeding > on track > at risk >
 * off track); a move into or out of `no-data` or `info` has no band to compare, and is its own kind:
 * `no-data` (the data is gone), `data` (data came back), `unscored` (the target is gone), `scored`
 * (a target came). Swapping the two evaluations swaps each kind with its opposite.
 */
export type StatusMove = 'better' | 'worse' | 'no-data' | 'data' | 'unscored' | 'scored';

/** One node whose status differs between the two evaluations. */
export interface StatusChange {
  id: string;
  kind: NodeKind;
  title: string;
  from: Status;
  to: Status;
  move: StatusMove;
  /** Whether the node is stale now. */
  stale: boolean;
}

/** One node stale now that was not stale before (its status may or may not have moved). */
export interface StaleChange {
  id: string;
  kind: NodeKind;
  title: string;
  status: Status;
}

export interface Changes {
  /** The as-of period of the evaluation, and of the one it is compared with. */
  period: string;
  previous: string;
  /** Every node whose status moved, in model order: the scorecard, then each perspective, its objectives and their KPIs. */
  moved: StatusChange[];
  /** Every node stale now and not before, in model order. */
  newlyStale: StaleChange[];
  /** How many moves of each kind. */
  counts: Record<StatusMove, number>;
}

/**
 * The nodes of `evaluation` whose status differs from `previous` (the same scorecard at an earlier
 * period, in the same view), and those newly stale. A node `previous` does not hold is left out.
 */
export function changes(evaluation: Evaluation, previous: Evaluation): Changes {
  const moved: StatusChange[] = [];
  const newlyStale: StaleChange[] = [];
  const counts: Record<StatusMove, number> = { better: 0, worse: 0, 'no-data': 0, data: 0, unscored: 0, scored: 0 };
  const visit = (node: NodeEvaluation): void => {
    const before = previous.node(node.id);
    if (before) {
      const { id, kind, title, status, stale } = node;
      if (before.status !== status) {
        const move = statusMove(before.status, status);
        counts[move]++;
        moved.push({ id, kind, title, from: before.status, to: status, move, stale });
      }
      if (stale && !before.stale) newlyStale.push({ id, kind, title, status });
    }
    if (node.kind !== 'kpi') {
      for (const child of node.children) {
        const next = evaluation.node(child);
        if (next) visit(next);
      }
    }
  };
  visit(evaluation.root);
  return { period: evaluation.asOf, previous: previous.asOf, moved, newlyStale, counts };
}

/** How a status moved from `from` to `to` (two different statuses). */
export function statusMove(from: Status, to: Status): StatusMove {
  if (to === 'no-data') return 'no-data';
  if (from === 'no-data') return 'data';
  if (to === 'info') return 'unscored';
  if (from === 'info') return 'scored';
  return BAND_RANK[to] > BAND_RANK[from] ? 'better' : 'worse';
}

/** The score bands, worst first. */
const BAND_RANK: Record<Status, number> = { 'off-track': 0, 'at-risk': 1, 'on-track': 2, exceeding: 3, 'no-data': -1, info: -1 };

const memo = new WeakMap<Evaluation, WeakMap<Evaluation, Changes>>();

/** `changes`, kept per pair of evaluations: every element of a scorecard that shows them asks for the same. */
export function cachedChanges(evaluation: Evaluation, previous: Evaluation): Changes {
  let byPrevious = memo.get(evaluation);
  if (!byPrevious) memo.set(evaluation, (byPrevious = new WeakMap()));
  let result = byPrevious.get(previous);
  if (!result) byPrevious.set(previous, (result = changes(evaluation, previous)));
  return result;
}
