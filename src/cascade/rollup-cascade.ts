/**
 * Rolled-up KPIs resolved bottom-up: each scorecard of a cascade becomes a derived model in which
 * every KPI with `rollupFrom` has a series of its own, combined period by period from its children's
 * (children first, so a team's numbers reach the company through its department). The engine then
 * evaluates the derived models like any other, in every view, with nothing special about roll-ups.
 *
 * A period's value combines the children that have a value there; a child without one is left out,
 * and a period no child reports has no value (no data, never 0). With `rollupFrom.targets`, the
 * children's thresholds in force combine the same way; otherwise the parent's own apply.
 */
import { prepareScorecard, thresholdsAt, type PreparedKpi } from '../engine/prepare.js';
import type { Thresholds } from '../engine/types.js';
import { formatPeriod, periodOrdinal, type Periodicity } from '../model/periods.js';
import type { Kpi, Observation, Objective, Perspective, RollupFrom, Scorecard } from '../model/schema.js';
import { rollupSource } from './rollup-source.js';
import type { Cascade, CascadeNode } from './types.js';

const derived = new WeakMap<CascadeNode, Scorecard | null>();

/**
 * The node's scorecard with its rolled-up KPIs filled in from its children; the loaded scorecard
 * itself when it rolls nothing up; null for a node that holds none. Built once per node.
 */
export function rolledUpScorecard(node: CascadeNode): Scorecard | null {
  let model = derived.get(node);
  if (model === undefined) {
    model = node.scorecard ? derive(node, node.scorecard) : null;
    derived.set(node, model);
  }
  return model;
}

/** Every node's rolled-up scorecard, built bottom-up (the deepest first). */
export function rollUpCascade(cascade: Cascade): void {
  for (let i = cascade.nodes.length - 1; i >= 0; i--) rolledUpScorecard(cascade.nodes[i]!);
}

/** The child's KPI a rolled-up KPI combines, in the child's rolled-up scorecard; null when it contributes nothing. */
export function contributingKpi(parent: Scorecard, kpi: Kpi, child: CascadeNode): PreparedKpi | null {
  const model = rolledUpScorecard(child);
  if (!model) return null;
  const source = rollupSource(parent, kpi, model);
  return source.kpi ? (prepareScorecard(model).kpis.get(source.kpi.id) ?? null) : null;
}

function derive(node: CascadeNode, scorecard: Scorecard): Scorecard {
  let changed = false;
  const perspectives = scorecard.perspectives.map((perspective): Perspective => {
    let objectivesChanged = false;
    const objectives = perspective.objectives.map((objective): Objective => {
      if (!objective.kpis.some((kpi) => kpi.rollupFrom)) return objective;
      objectivesChanged = true;
      return { ...objective, kpis: objective.kpis.map((kpi) => (kpi.rollupFrom ? rolledUpKpi(scorecard, kpi, kpi.rollupFrom, node.children) : kpi)) };
    });
    if (!objectivesChanged) return perspective;
    changed = true;
    return { ...perspective, objectives };
  });
  return changed ? { ...scorecard, perspectives } : scorecard;
}

function rolledUpKpi(scorecard: Scorecard, kpi: Kpi, rollupFrom: RollupFrom, children: readonly CascadeNode[]): Kpi {
  const parts: PreparedKpi[] = [];
  for (const child of children) {
    const part = contributingKpi(scorecard, kpi, child);
    if (part) parts.push(part);
  }
  const periodicity = kpi.periodicity ?? scorecard.periodicity;
  const rows = new Map<number, Observation>();
  const rowAt = (ordinal: number) => {
    let row = rows.get(ordinal);
    if (!row) rows.set(ordinal, (row = { period: formatPeriod({ kind: periodicity, ordinal }) }));
    return row;
  };
  combineValues(parts, rollupFrom.aggregation, rowAt);
  const result: Kpi = { ...kpi };
  if (rollupFrom.targets && kpi.polarity !== 'range') {
    const base = combineThresholds(
      parts.map((part) => part.baseThresholds),
      rollupFrom.aggregation,
    );
    setThresholds(result, base);
    for (const ordinal of overrideOrdinals(parts)) {
      const thresholds = combineThresholds(
        parts.map((part) => thresholdsAt(part, ordinal)),
        rollupFrom.aggregation,
      );
      if (!sameThresholds(thresholds, base)) setThresholds(rowAt(ordinal), thresholds);
    }
  } else {
    // The parent's own per-period thresholds and notes stay; only its actuals come from the children.
    for (const own of kpi.series) {
      const ordinal = ordinalOf(own.period, periodicity);
      if (ordinal === null) continue;
      const { actual: _actual, numerator: _numerator, denominator: _denominator, period: _period, ...rest } = own;
      if (Object.keys(rest).length) Object.assign(rowAt(ordinal), rest);
    }
  }
  result.series = [...rows.keys()].sort((a, b) => a - b).map((ordinal) => rows.get(ordinal)!);
  return result;
}

function combineValues(parts: readonly PreparedKpi[], aggregation: RollupFrom['aggregation'], rowAt: (ordinal: number) => Observation): void {
  const sums = new Map<number, { sum: number; count: number; min: number; max: number }>();
  for (const part of parts) {
    part.ordinals.forEach((ordinal, i) => {
      const value = part.values[i]!;
      if (value !== value) return;
      const entry = sums.get(ordinal);
      if (!entry) sums.set(ordinal, { sum: value, count: 1, min: value, max: value });
      else {
        entry.sum += value;
        entry.count++;
        if (value < entry.min) entry.min = value;
        if (value > entry.max) entry.max = value;
      }
    });
  }
  for (const [ordinal, { sum, count, min, max }] of sums) {
    rowAt(ordinal).actual = aggregation === 'sum' ? sum : aggregation === 'average' ? sum / count : aggregation === 'min' ? min : max;
  }
}

/** Combines numeric thresholds; a stretch only when every child has one. Null when no child has a target. */
function combineThresholds(list: readonly (Thresholds | null)[], aggregation: RollupFrom['aggregation']): CombinedThresholds | null {
  const targets: number[] = [];
  const redFlags: number[] = [];
  const stretches: number[] = [];
  for (const thresholds of list) {
    if (!thresholds || typeof thresholds.target !== 'number') continue;
    targets.push(thresholds.target);
    redFlags.push(thresholds.redFlag!);
    if (thresholds.stretch !== null) stretches.push(thresholds.stretch);
  }
  if (!targets.length) return null;
  return {
    target: combine(targets, aggregation),
    redFlag: combine(redFlags, aggregation),
    stretch: stretches.length === targets.length ? combine(stretches, aggregation) : undefined,
  };
}

interface CombinedThresholds {
  target: number | undefined;
  redFlag?: number | undefined;
  stretch?: number | undefined;
}

function setThresholds(into: Kpi | Observation, thresholds: CombinedThresholds | null): void {
  delete into.target;
  delete into.redFlag;
  delete into.stretch;
  if (!thresholds || thresholds.target === undefined) return;
  into.target = thresholds.target;
  if (thresholds.redFlag !== undefined) into.redFlag = thresholds.redFlag;
  if (thresholds.stretch !== undefined) into.stretch = thresholds.stretch;
}

function sameThresholds(a: CombinedThresholds | null, b: CombinedThresholds | null): boolean {
  return a?.target === b?.target && a?.redFlag === b?.redFlag && a?.stretch === b?.stretch;
}

function combine(values: readonly number[], aggregation: RollupFrom['aggregation']): number {
  if (aggregation === 'min') return Math.min(...values);
  if (aggregation === 'max') return Math.max(...values);
  let sum = 0;
  for (const value of values) sum += value;
  return aggregation === 'sum' ? sum : sum / values.length;
}

/** The periods where some child's thresholds differ from its own KPI-wide ones. */
function overrideOrdinals(parts: readonly PreparedKpi[]): number[] {
  const ordinals = new Set<number>();
  for (const part of parts) {
    if (!part.overrides) continue;
    part.overrides.forEach((thresholds, i) => {
      if (thresholds !== part.baseThresholds) ordinals.add(part.ordinals[i]!);
    });
  }
  return [...ordinals];
}

function ordinalOf(period: string, periodicity: Periodicity): number | null {
  const ordinal = periodOrdinal(period, periodicity);
  return ordinal === ordinal ? ordinal : null;
}
