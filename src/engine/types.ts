import type { Aggregation, Polarity, Range, Rollup, RollupFrom, Scorecard } from '../model/schema.js';

/** docs/architecture.md §3: exceeding = 10 · on-track ≥ 20/3 · at-risk ≥ 10/3 · off-track below; no-data; info (no target). */
export const STATUSES = ['exceeding', 'on-track', 'at-risk', 'off-track', 'no-data', 'info'] as const;
export type Status = (typeof STATUSES)[number];

/** `period`: the value of the as-of period; `ytd`: fiscal year to date, aggregated. */
export type View = 'period' | 'ytd';

export type NodeKind = 'scorecard' | 'perspective' | 'objective' | 'kpi';

/** Thresholds in force for one value. `target` is a number, or a band for `range` KPIs. */
export interface Thresholds {
  target: number | Range;
  /** For up/down: the explicit red flag, or target ∓ 10 % of |target|. */
  redFlag: number | null;
  stretch: number | null;
  /** For range KPIs: the explicit tolerance, or 10 % of the band's largest bound. */
  tolerance: number | null;
}

interface NodeBase {
  id: string;
  kind: NodeKind;
  title: string;
  /** 0–10, or null when there is nothing to score (no data, no target). */
  score: number | null;
  status: Status;
  /** A KPI whose latest actual is older than its `staleAfter`; a group holding such a KPI. */
  stale: boolean;
  weight: number;
  /** The model's owner: who answers for the node. */
  owner: string | undefined;
}

export interface KpiEvaluation extends NodeBase {
  kind: 'kpi';
  polarity: Polarity;
  aggregation: Aggregation;
  unit: string;
  /** The value in the view (the period's, or the year to date), null when there is none. */
  value: number | null;
  /** The KPI period the value belongs to; older than as-of when a value is carried forward. */
  period: string | null;
  target: number | Range | null;
  redFlag: number | null;
  stretch: number | null;
  tolerance: number | null;
  /** The value of the previous period in the same view. */
  previous: number | null;
  /** value − previous. */
  change: number | null;
  direction: 'up' | 'down' | 'flat' | null;
  /** Whether the change is for the better given the polarity; null when flat or unknown. */
  improving: boolean | null;
  /** Least-squares slope, per period, over the last points up to as-of (for sparklines). */
  slope: number | null;
  /** The linear forecast of the fiscal year's end, scored against the year's thresholds. */
  forecast: Forecast | null;
  /** `true` when the series is made of numerator/denominator pairs. */
  ratio: boolean;
  /** The model's `source`: where the data comes from. */
  source: string | undefined;
  /** The model's `decimals`: with them set, values are written in full. */
  decimals: number | undefined;
  /** The model's `rollupFrom`: the cascade's child KPIs this one is rolled up from. */
  rollupFrom: RollupFrom | undefined;
}

export interface GroupEvaluation extends NodeBase {
  kind: 'scorecard' | 'perspective' | 'objective';
  rollup: Rollup;
  /** Ids of the child nodes, in model order. */
  children: string[];
  /** How many KPIs beneath this node have each status. */
  counts: Record<Status, number>;
}

export type NodeEvaluation = KpiEvaluation | GroupEvaluation;

export interface Forecast {
  /** The last period of the fiscal year. */
  period: string;
  value: number;
  target: number | Range | null;
  redFlag: number | null;
  stretch: number | null;
  score: number | null;
  status: Status;
}

/** One period of a KPI for charts; `value` null where there is no actual (a gap, never a zero). */
export interface HistoryPoint {
  period: string;
  value: number | null;
  target: number | Range | null;
  redFlag: number | null;
  stretch: number | null;
  score: number | null;
  status: Status;
  /** After the as-of period: shown for its target only. */
  future: boolean;
}

export interface EvaluateOptions {
  /** Any period; defaults to the model's `asOf`, else the latest period with an actual. */
  asOf?: string;
  view?: View;
}

export interface Evaluation {
  scorecard: Scorecard;
  /** The as-of period, in the scorecard's periodicity. */
  asOf: string;
  view: View;
  fiscalYear: number;
  /** The scorecard's own node (its id is the scorecard's id). */
  root: GroupEvaluation;
  /** Any KPI, objective, perspective, or the scorecard itself, by id. */
  node(id: string): NodeEvaluation | undefined;
  /** Every period of a KPI from its first observation to the end of the as-of fiscal year; [] for an unknown id. */
  history(kpiId: string): HistoryPoint[];
  /** The scorecard-periodicity periods that hold data, oldest first: what a period picker offers. */
  periods: string[];
}
