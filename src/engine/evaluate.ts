/**
 * `evaluate`: a scorecard as of a period, in a view — every KPI scored, every objective,
 * perspective and the scorecard rolled up (docs/architecture.md §3). Pure and memoised: the model-only work is
 * done once per scorecard object, and each (as-of, view) evaluation is kept for reuse.
 */
import {
  convertPeriod,
  formatPeriod,
  isCoarser,
  notAPeriod,
  parsePeriod,
  periodEndDay,
  periodOfDay,
  periodStartDay,
  type Period,
  type Periodicity,
} from '../model/periods.js';
import type { Scorecard } from '../model/schema.js';
import { fiscalRangeOf } from './fiscal.js';
import { evaluateKpi, kpiHistory, type KpiContext } from './kpi.js';
import { prepareScorecard, type PreparedKpi, type PreparedScorecard } from './prepare.js';
import { rollupScore, rollupStatus } from './rollup.js';
import {
  STATUSES,
  type EvaluateOptions,
  type Evaluation,
  type GroupEvaluation,
  type HistoryPoint,
  type KpiEvaluation,
  type NodeEvaluation,
  type Status,
  type View,
} from './types.js';

/** Evaluations kept per scorecard: enough for a period picker's back and forth, bounded for memory. */
const EVALUATIONS_KEPT = 48;
const evaluations = new WeakMap<Scorecard, Map<string, Evaluation>>();

/**
 * Evaluates a parsed scorecard (see `parseScorecard`). Throws a RangeError for an `asOf` that is
 * not a period: check user input with `parsePeriod` first.
 */
export function evaluate(scorecard: Scorecard, options: EvaluateOptions = {}): Evaluation {
  const prepared = prepareScorecard(scorecard);
  const view: View = options.view ?? 'period';
  const asOf = resolveAsOf(prepared, options.asOf ?? scorecard.asOf);
  const key = `${asOf.ordinal}|${view}`;
  let cache = evaluations.get(scorecard);
  if (!cache) evaluations.set(scorecard, (cache = new Map()));
  const cached = cache.get(key);
  if (cached) return cached;
  const evaluation = evaluateAt(prepared, asOf, view);
  if (cache.size >= EVALUATIONS_KEPT) cache.delete(cache.keys().next().value!);
  cache.set(key, evaluation);
  return evaluation;
}

function evaluateAt(prepared: PreparedScorecard, asOf: Period, view: View): Evaluation {
  const { scorecard } = prepared;
  const { fiscalYearStart } = scorecard;
  const nodes = new Map<string, NodeEvaluation>();
  const contexts = new Map<Periodicity, KpiContext>();
  const contextOf = (kind: Periodicity) => {
    let context = contexts.get(kind);
    if (!context) {
      const ordinal = convertPeriod(asOf, kind).ordinal;
      const fiscal = fiscalRangeOf(kind, ordinal, fiscalYearStart);
      context = { asOf: ordinal, view, fiscal, previousFiscal: fiscalRangeOf(kind, fiscal.first - 1, fiscalYearStart) };
      contexts.set(kind, context);
    }
    return context;
  };

  let next = 0;
  const perspectives = scorecard.perspectives.map((perspective) => {
    const objectives = perspective.objectives.map((objective) => {
      const kpis = objective.kpis.map(() => {
        const entry = prepared.kpiList[next++]!;
        const evaluation = evaluateKpi(entry, contextOf(entry.periodicity));
        nodes.set(entry.kpi.id, evaluation);
        return evaluation;
      });
      return group(nodes, 'objective', objective, kpis, countKpis(kpis));
    });
    return group(nodes, 'perspective', perspective, objectives, sumCounts(objectives));
  });
  const root = group(nodes, 'scorecard', scorecard, perspectives, sumCounts(perspectives));
  const histories = new Map<string, HistoryPoint[]>();

  return {
    scorecard,
    asOf: formatPeriod(asOf),
    view,
    fiscalYear: fiscalRangeOf(asOf.kind, asOf.ordinal, fiscalYearStart).fiscalYear,
    root,
    node: (id) => nodes.get(id),
    history(kpiId) {
      let points = histories.get(kpiId);
      if (!points) {
        const entry = prepared.kpis.get(kpiId);
        if (!entry) return [];
        points = kpiHistory(entry, contextOf(entry.periodicity), fiscalYearStart);
        histories.set(kpiId, points);
      }
      return points;
    },
    get periods() {
      return availablePeriods(prepared, asOf);
    },
  };
}

interface GroupSource {
  id: string;
  title: string;
  weight?: number;
  owner?: string;
  rollup: GroupEvaluation['rollup'];
}

function group(
  nodes: Map<string, NodeEvaluation>,
  kind: GroupEvaluation['kind'],
  source: GroupSource,
  children: readonly NodeEvaluation[],
  counts: Record<Status, number>,
): GroupEvaluation {
  const score = rollupScore(children, source.rollup);
  const evaluation: GroupEvaluation = {
    id: source.id,
    kind,
    title: source.title,
    score,
    status: rollupStatus(score),
    stale: children.some((child) => child.stale),
    weight: source.weight ?? 1,
    owner: source.owner,
    rollup: source.rollup,
    children: children.map((child) => child.id),
    counts,
  };
  nodes.set(source.id, evaluation);
  return evaluation;
}

function countKpis(kpis: readonly KpiEvaluation[]): Record<Status, number> {
  const counts = emptyCounts();
  for (const kpi of kpis) counts[kpi.status]++;
  return counts;
}

function sumCounts(groups: readonly GroupEvaluation[]): Record<Status, number> {
  const counts = emptyCounts();
  for (const child of groups) for (const status of STATUSES) counts[status] += child.counts[status];
  return counts;
}

function emptyCounts(): Record<Status, number> {
  return { exceeding: 0, 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'no-data': 0, info: 0 };
}

/**
 * The as-of period in the scorecard's periodicity: a coarser period means its end ("as of Q3" is
 * September in a monthly scorecard), a finer one the period holding it. Without one, the latest
 * period with data; without data, the current period.
 */
function resolveAsOf(prepared: PreparedScorecard, asOf: string | undefined): Period {
  const kind = prepared.scorecard.periodicity;
  if (asOf === undefined) {
    const range = dataRange(prepared);
    return range ? range.last : periodOfDay(Math.floor(Date.now() / 86_400_000), kind);
  }
  const period = parsePeriod(asOf);
  if (!period) throw new RangeError(notAPeriod(asOf));
  if (isCoarser(period.kind, kind)) return periodOfDay(periodEndDay(period), kind);
  return convertPeriod(period, kind);
}

const dataRanges = new WeakMap<PreparedScorecard, { first: Period; last: Period } | null>();

/** The first and last scorecard periods that hold an actual of any KPI. */
function dataRange(prepared: PreparedScorecard): { first: Period; last: Period } | null {
  if (dataRanges.has(prepared)) return dataRanges.get(prepared)!;
  const kind = prepared.scorecard.periodicity;
  const byKind = new Map<Periodicity, { first: number; last: number }>();
  for (const kpi of prepared.kpis.values()) collect(byKind, kpi);
  let range: { first: Period; last: Period } | null = null;
  for (const [kpiKind, { first, last }] of byKind) {
    const start = periodOfDay(periodStartDay({ kind: kpiKind, ordinal: first }), kind);
    const end = periodOfDay(periodEndDay({ kind: kpiKind, ordinal: last }), kind);
    if (!range) range = { first: start, last: end };
    else {
      if (start.ordinal < range.first.ordinal) range.first = start;
      if (end.ordinal > range.last.ordinal) range.last = end;
    }
  }
  dataRanges.set(prepared, range);
  return range;
}

function collect(byKind: Map<Periodicity, { first: number; last: number }>, kpi: PreparedKpi): void {
  if (kpi.firstValueOrdinal === null || kpi.lastValueOrdinal === null) return;
  const entry = byKind.get(kpi.periodicity);
  if (!entry) byKind.set(kpi.periodicity, { first: kpi.firstValueOrdinal, last: kpi.lastValueOrdinal });
  else {
    entry.first = Math.min(entry.first, kpi.firstValueOrdinal);
    entry.last = Math.max(entry.last, kpi.lastValueOrdinal);
  }
}

/** The scorecard periods from the first with data to the last (and the as-of period, if outside). */
function availablePeriods(prepared: PreparedScorecard, asOf: Period): string[] {
  const range = dataRange(prepared);
  const first = Math.min(range?.first.ordinal ?? asOf.ordinal, asOf.ordinal);
  const last = Math.max(range?.last.ordinal ?? asOf.ordinal, asOf.ordinal);
  const periods: string[] = [];
  for (let ordinal = first; ordinal <= last; ordinal++) periods.push(formatPeriod({ kind: asOf.kind, ordinal }));
  return periods;
}
