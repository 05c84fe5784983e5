/**
 * What a trend chart draws, as data: a scorecard KPI's history up to as-of (and on to its year-end
 * forecast), or a standalone series scored by the same rules, its thresholds checked once per
 * distinct set. The element turns these into a picture; `trendGeometry` into coordinates.
 */
import { periodComments, type PeriodComment } from '../engine/commentary.js';
import { finiteOrNull } from '../engine/finite.js';
import { checkReading, evaluateReading, notANumber } from '../engine/reading.js';
import type { Evaluation, Forecast, KpiEvaluation, Status } from '../engine/types.js';
import type { ModelIssue } from '../model/issues.js';
import type { Polarity, Range } from '../model/schema.js';
import { scaleBounds } from './scale.js';
import { extendLine, type TrendPeriod } from './trend.js';

/**
 * One period of a standalone series; a plain number (or null, a gap) is an item with only an actual.
 * Thresholds given here override the element's attributes for this period.
 */
export interface TrendSeriesEntry {
  /** A period (`2026-10`, `2026-Q3`, `2026-W41`, `2026`, `2026-10-15`): labelled in the locale. */
  period?: string;
  /** The period's label as written, when `period` is not one the kit reads. */
  label?: string;
  /** null (or missing) is a gap, never a zero. */
  actual: number | null;
  target?: number | Range | null;
  redFlag?: number | null;
  stretch?: number | null;
}

export type TrendSeriesItem = number | null | TrendSeriesEntry;

/** A trend as the chart shows it, whichever its source. */
export interface TrendSeries {
  /** `number`, `percent`, `currency`, `duration`, or a free label. */
  unit: string;
  polarity: Polarity;
  tolerance: number | null;
  periods: TrendPeriod[];
  /** The period of each point (`2026-10`), or its label as written, or null (the chart numbers it). */
  names: (string | null)[];
  /** The status of the point at an index, by the engine's rule; computed when shown, not for 100,000 points up front. */
  statusAt: (index: number) => Status;
  /** The as-of period's index: inside a scorecard the scorecard's, standalone the latest with a value. */
  asOf: number | null;
  /** Whether the as-of period's value is stale. */
  stale: boolean;
  /** Where the dashed forecast line ends, and the engine's year-end forecast it stands for. */
  forecast: { index: number; value: number; evaluation: Forecast | null } | null;
  /** The indices of the periods that have comments (docs/architecture.md §2), ascending. */
  commented: number[];
  /** The comments of the period at an index; none for most. */
  commentsAt: (index: number) => readonly PeriodComment[];
}

/** A trend of no periods: what the chart shows before it has any. */
export const EMPTY_TREND: TrendSeries = {
  unit: 'number',
  polarity: 'up',
  tolerance: null,
  periods: [],
  names: [],
  statusAt: () => 'no-data',
  asOf: null,
  stale: false,
  forecast: null,
  commented: [],
  commentsAt: () => [],
};

/** The chart's own numbers as set (attributes, or properties from code). */
export interface TrendOptions {
  periods?: number | null | undefined;
  min?: number | null | undefined;
  max?: number | null | undefined;
}

/**
 * How many periods a trend chart shows (null: its default) and the ends of its value scale (null:
 * computed), and the issues of those it cannot use: a count that is no whole number above 0, ends
 * that are no numbers or out of order. `quote` writes a value as its author wrote it.
 */
export function checkTrendOptions(
  options: TrendOptions,
  issues: ModelIssue[],
  quote: (name: string, value: unknown) => string,
): { count: number | null; min: number | null; max: number | null } {
  let count = finiteOrNull(options.periods);
  if (options.periods !== undefined && options.periods !== null && !(count !== null && Number.isInteger(count) && count > 0)) {
    issues.push({ path: 'periods', message: `must be a whole number above 0 (got "${quote('periods', options.periods)}")` });
    count = null;
  }
  for (const name of ['min', 'max'] as const) {
    const value = options[name];
    if (value !== undefined && value !== null && finiteOrNull(value) === null) issues.push(notANumber(name, quote(name, value)));
  }
  return { count, ...scaleBounds(finiteOrNull(options.min), finiteOrNull(options.max), issues) };
}

/** Inside a scorecard: how many periods up to as-of the chart shows unless told otherwise. */
export const DEFAULT_PERIODS = 24;

/**
 * A scorecard KPI's last `count` periods up to as-of (24 when null), with the statuses the engine
 * gave them, and on to the period of the year-end forecast when that lies beyond.
 */
export function scorecardTrend(evaluation: Evaluation, node: KpiEvaluation, count: number | null): TrendSeries {
  const history = evaluation.history(node.id);
  let asOfAt = history.findLastIndex((point) => !point.future);
  const first = Math.max(0, asOfAt + 1 - (count ?? DEFAULT_PERIODS));
  const forecast = node.forecast;
  // Periods after as-of only to reach the year-end forecast: they carry its targets.
  const end = forecast ? history.findIndex((point) => point.period === forecast.period) : -1;
  const points = history.slice(first, Math.max(asOfAt, end) + 1);
  asOfAt -= first;
  const periods = points.map((point) => ({ value: point.value, target: point.target, redFlag: point.redFlag, stretch: point.stretch }));
  const commentsAt = (index: number) => (points[index] ? periodComments(evaluation.scorecard, node.id, points[index].period) : []);
  return {
    unit: node.unit,
    polarity: node.polarity,
    tolerance: node.tolerance,
    periods,
    names: points.map((point) => point.period),
    statusAt: (index) => points[index]?.status ?? 'no-data',
    asOf: asOfAt >= 0 ? asOfAt : null,
    stale: node.stale,
    forecast: forecastLine(forecast, end - first, periods, asOfAt, evaluation.view, node.slope),
    commented: points.flatMap((_, index) => (commentsAt(index).length ? [index] : [])),
    commentsAt,
  };
}

/** Thresholds of a standalone period as written: an item's own, else the chart's. */
export interface GivenThresholds {
  target?: number | Range | null;
  redFlag?: number | null;
  stretch?: number | null;
}

/** A standalone series and the thresholds it is drawn against, as set on the chart. */
export interface StandaloneTrendInput extends GivenThresholds {
  items: readonly TrendSeriesItem[];
  /** `number` when unset or empty. */
  unit?: string | undefined;
  /** The latest this many items; all when null. */
  count: number | null;
  tolerance?: number | null;
  polarity?: Polarity;
}

/**
 * A standalone series scored by the engine's rules. Items and thresholds that cannot be used go to
 * `issues` (named `series[i]`, `series[i].target` …) and are drawn as gaps or without zones.
 * `quote` writes a rejected target as its author wrote it (an attribute's text).
 */
export function standaloneTrend(input: StandaloneTrendInput, issues: ModelIssue[], quote: (value: unknown) => string = String): TrendSeries {
  const all = input.items;
  const offset = input.count === null ? 0 : Math.max(0, all.length - input.count);
  const items = offset > 0 ? all.slice(offset) : all;
  const check = (given: GivenThresholds, path: string) => resolveThresholds(given, input, path, issues, quote);
  const attributes = check(input, '');
  const byKey = new Map<string, ResolvedThresholds>();
  let previous: { given: GivenThresholds; resolved: ResolvedThresholds } | null = null;
  const periods: TrendPeriod[] = new Array(items.length);
  const names: (string | null)[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    let value: number | null;
    let resolved = attributes;
    let name: string | null = null;
    if (item === null || typeof item !== 'object') value = actualOf(item, offset + i, issues);
    else {
      value = actualOf(item.actual, offset + i, issues);
      name = item.period ?? item.label ?? null;
      if (item.target !== undefined || item.redFlag !== undefined || item.stretch !== undefined) {
        const given = {
          target: item.target === undefined ? input.target : item.target,
          redFlag: item.redFlag ?? input.redFlag,
          stretch: item.stretch ?? input.stretch,
        };
        // Thresholds change seldom along a series: the previous item's are checked first, a key only on a change.
        if (previous !== null && sameGiven(previous.given, given)) resolved = previous.resolved;
        else {
          const key = JSON.stringify(given);
          resolved = byKey.get(key) ?? check(given, `series[${offset + i}].`);
          byKey.set(key, resolved);
          previous = { given, resolved };
        }
      }
    }
    periods[i] = { value, target: resolved.target, redFlag: resolved.redFlag, stretch: resolved.stretch };
    names[i] = name;
  }
  let asOf: number | null = null;
  for (let i = periods.length - 1; i >= 0; i--) {
    if (periods[i]!.value !== null) {
      asOf = i;
      break;
    }
  }
  const { polarity, tolerance } = attributes;
  return {
    unit: input.unit || 'number',
    polarity,
    tolerance,
    periods,
    names,
    statusAt: (index) => {
      const period = periods[index];
      if (!period) return 'no-data';
      return evaluateReading({ value: period.value, target: period.target, redFlag: period.redFlag, stretch: period.stretch, tolerance, polarity }).status;
    },
    asOf,
    stale: false,
    forecast: null,
    commented: [],
    commentsAt: () => [],
  };
}

/**
 * Where the dashed line ends: in the `ytd` view, at the engine's year-end forecast (a year-to-date
 * value like the line's); in the `period` view, where the engine's recent slope reaches by the
 * year's last period (the forecast itself is an aggregate of the year, not one period's value).
 */
export function forecastLine(
  forecast: Forecast | null,
  index: number,
  periods: readonly TrendPeriod[],
  asOf: number,
  view: 'period' | 'ytd',
  slope: number | null,
): TrendSeries['forecast'] {
  if (!forecast || index <= asOf || index >= periods.length) return null;
  if (view === 'ytd') return { index, value: forecast.value, evaluation: forecast };
  const reached = extendLine(
    periods.map((period) => period.value),
    asOf,
    index,
    slope,
  );
  return { index, value: reached ?? Number.NaN, evaluation: forecast };
}

/** Thresholds of a standalone period, resolved by the engine (red flag and tolerance filled in). */
interface ResolvedThresholds {
  target: number | Range | null;
  redFlag: number | null;
  stretch: number | null;
  tolerance: number | null;
  polarity: Polarity;
}

/** Thresholds as the engine scores them: checked once per distinct set, issues named by `path`. */
function resolveThresholds(
  given: GivenThresholds,
  chart: Pick<StandaloneTrendInput, 'tolerance' | 'polarity'>,
  path: string,
  issues: ModelIssue[],
  quote: (value: unknown) => string,
): ResolvedThresholds {
  const found: ModelIssue[] = [];
  const target = typeof given.target === 'number' && finiteOrNull(given.target) === null ? undefined : given.target;
  if (typeof given.target === 'number' && target === undefined) found.push(notANumber('target', quote(given.target)));
  const checked = checkReading(
    { value: null, target, redFlag: given.redFlag, stretch: given.stretch, tolerance: chart.tolerance, polarity: chart.polarity },
    found,
  );
  for (const issue of found) issues.push({ path: `${path}${issue.path}`, message: issue.message });
  const reading = evaluateReading(checked);
  return { target: reading.target, redFlag: reading.redFlag, stretch: reading.stretch, tolerance: reading.tolerance, polarity: reading.polarity };
}

function actualOf(value: unknown, index: number, issues: ModelIssue[]): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  issues.push(notANumber(`series[${index}]`, String(value)));
  return null;
}

function sameGiven(a: GivenThresholds, b: GivenThresholds): boolean {
  const sameTarget =
    a.target === b.target ||
    (typeof a.target === 'object' &&
      a.target !== null &&
      typeof b.target === 'object' &&
      b.target !== null &&
      a.target.min === b.target.min &&
      a.target.max === b.target.max);
  return sameTarget && a.redFlag === b.redFlag && a.stretch === b.stretch;
}
