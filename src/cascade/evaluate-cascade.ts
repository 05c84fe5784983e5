/**
 * `evaluateCascade`: every scorecard of a cascade as of one period, in one view — each the
 * engine's evaluation of its rolled-up model (see `rollup-cascade.ts`) — and what the tree shows
 * beside them: each child's contribution to a rolled-up KPI, the child objectives that serve a
 * parent objective, the off-track branches. Pure; memoised per cascade, period and view.
 */
import { evaluate } from '../engine/evaluate.js';
import type { EvaluateOptions, Evaluation, GroupEvaluation, KpiEvaluation, Status, View } from '../engine/types.js';
import { scorecardIndex } from '../model/node-index.js';
import { contributingKpi, rollUpCascade, rolledUpScorecard } from './rollup-cascade.js';
import type { Cascade, CascadeNode } from './types.js';

export interface CascadeEvaluation {
  cascade: Cascade;
  /** The as-of period every scorecard is evaluated at: the one asked for, else the root's; null when the root holds no scorecard (each then uses its own). */
  asOf: string | null;
  view: View;
  root: CascadeNodeEvaluation;
  /** A node of the tree by its key (`acme/sales/enterprise`). */
  node(key: string): CascadeNodeEvaluation | undefined;
}

export interface CascadeNodeEvaluation {
  node: CascadeNode;
  /** The engine's evaluation of the node's rolled-up scorecard; null for a node that holds none. */
  evaluation: Evaluation | null;
  /** The overall score (0–10), null without one. */
  score: number | null;
  /** The overall status; `no-data` for a node that holds no scorecard (see `node.state`). */
  status: Status;
  stale: boolean;
  children: CascadeNodeEvaluation[];
}

/** One child's part in a parent's rolled-up KPI. */
export interface Contribution {
  /** The child node's key, id and title. */
  key: string;
  id: string;
  title: string;
  src: string;
  /** Whether the child's scorecard loaded; a child that did not is listed with no value. */
  missing: boolean;
  /** The child's KPI, evaluated in the same period and view; null when missing. */
  kpi: KpiEvaluation | null;
  value: number | null;
  /**
   * Whether the roll-up combined this value. In the period view it combines the children's values
   * of the parent's period only: a child's value carried forward from an earlier one (a KPI with
   * `staleAfter`) is shown but not counted, and its period says from when.
   */
  counted: boolean;
  /** value ÷ the sum of the counted values, for counted values that are all 0 or more; else null. */
  share: number | null;
}

/** A child objective that serves (`alignsTo`) an objective of its parent. */
export interface Alignment {
  /** The child node's key, id and title. */
  key: string;
  childId: string;
  childTitle: string;
  objective: GroupEvaluation;
  /** The parent objective it serves. */
  serves: GroupEvaluation;
}

const EVALUATIONS_KEPT = 24;
const evaluations = new WeakMap<Cascade, Map<string, CascadeEvaluation>>();

export function evaluateCascade(cascade: Cascade, options: EvaluateOptions = {}): CascadeEvaluation {
  const view: View = options.view ?? 'period';
  const key = `${options.asOf ?? ''}|${view}`;
  let cache = evaluations.get(cascade);
  if (!cache) evaluations.set(cascade, (cache = new Map()));
  const cached = cache.get(key);
  if (cached) return cached;
  rollUpCascade(cascade);
  const rootModel = rolledUpScorecard(cascade.root);
  // One as-of period for the whole tree: the departments as of the company's month.
  const asOf = rootModel ? evaluate(rootModel, { asOf: options.asOf, view }).asOf : (options.asOf ?? null);
  const byKey = new Map<string, CascadeNodeEvaluation>();
  const visit = (node: CascadeNode): CascadeNodeEvaluation => {
    const model = rolledUpScorecard(node);
    const evaluation = model ? evaluate(model, { asOf: asOf ?? undefined, view }) : null;
    const result: CascadeNodeEvaluation = {
      node,
      evaluation,
      score: evaluation?.root.score ?? null,
      status: evaluation?.root.status ?? 'no-data',
      stale: evaluation?.root.stale ?? false,
      children: node.children.map(visit),
    };
    byKey.set(node.key, result);
    return result;
  };
  const evaluationResult: CascadeEvaluation = { cascade, asOf, view, root: visit(cascade.root), node: (nodeKey) => byKey.get(nodeKey) };
  if (cache.size >= EVALUATIONS_KEPT) cache.delete(cache.keys().next().value!);
  cache.set(key, evaluationResult);
  return evaluationResult;
}

/**
 * Each child's part in a rolled-up KPI of the node at `key`, in tree order: the children holding
 * the KPI, and the children that failed to load (they might). Empty for a KPI that rolls nothing up.
 */
export function contributions(evaluation: CascadeEvaluation, key: string, kpiId: string): Contribution[] {
  const parent = evaluation.node(key);
  const scorecard = parent?.node.scorecard;
  const kpi = scorecard ? scorecardIndex(scorecard).kpis.get(kpiId) : undefined;
  if (!parent || !scorecard || !kpi?.rollupFrom) return [];
  const rolledUp = parent.evaluation?.node(kpiId);
  const period = evaluation.view === 'period' && rolledUp?.kind === 'kpi' ? rolledUp.period : null;
  const list: Contribution[] = [];
  for (const child of parent.children) {
    const { node } = child;
    const base = { key: node.key, id: node.id, title: node.title, src: node.src };
    if (!child.evaluation) list.push({ ...base, missing: true, kpi: null, value: null, counted: false, share: null });
    else {
      const source = contributingKpi(scorecard, kpi, node);
      const childKpi = source ? child.evaluation.node(source.kpi.id) : undefined;
      if (childKpi?.kind !== 'kpi') continue;
      // Same periodicity as the parent's KPI (rollupSource): the periods compare as written.
      const counted = childKpi.value !== null && (evaluation.view !== 'period' || childKpi.period === period);
      list.push({ ...base, missing: false, kpi: childKpi, value: childKpi.value, counted, share: null });
    }
  }
  const counted = list.filter((item) => item.counted);
  const total = counted.reduce((sum, item) => sum + item.value!, 0);
  if (total > 0 && counted.every((item) => item.value! >= 0)) for (const item of counted) item.share = item.value! / total;
  return list;
}

/** The objectives of the children of the node at `key` that serve its objective `objectiveId`. */
export function alignedObjectives(evaluation: CascadeEvaluation, key: string, objectiveId: string): Alignment[] {
  return (evaluation.node(key)?.children ?? []).flatMap((child) => alignmentsOf(evaluation, child.node.key).filter((a) => a.serves.id === objectiveId));
}

/** The objectives of the node at `key` that serve an objective of its parent, each with the one it serves. */
export function alignmentsOf(evaluation: CascadeEvaluation, key: string): Alignment[] {
  const child = evaluation.node(key);
  const parentNode = child?.node.parent;
  const parent = parentNode ? evaluation.node(parentNode.key) : undefined;
  if (!child?.evaluation || !child.node.scorecard || !parent?.evaluation) return [];
  const list: Alignment[] = [];
  for (const perspective of child.node.scorecard.perspectives) {
    for (const objective of perspective.objectives) {
      if (objective.alignsTo === undefined) continue;
      const own = child.evaluation.node(objective.id);
      const serves = parent.evaluation.node(objective.alignsTo);
      if (own?.kind === 'objective' && serves?.kind === 'objective') {
        list.push({ key: child.node.key, childId: child.node.id, childTitle: child.node.title, objective: own, serves });
      }
    }
  }
  return list;
}

/** The keys of the nodes that are off track, and of every node above one: what "only off track" shows. */
export function offTrackKeys(evaluation: CascadeEvaluation): Set<string> {
  const keys = new Set<string>();
  const visit = (node: CascadeNodeEvaluation): boolean => {
    let keep = node.status === 'off-track';
    for (const child of node.children) if (visit(child)) keep = true;
    if (keep) keys.add(node.node.key);
    return keep;
  };
  visit(evaluation.root);
  return keys;
}
