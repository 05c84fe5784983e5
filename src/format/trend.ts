/**
 * A KPI over time in words: the periods' names, what the summary below a trend chart says, and what
 * it announces for the point the keyboard moved to.
 */
import type { PeriodComment } from '../engine/commentary.js';
import { changeBetween } from '../engine/trend.js';
import type { Forecast, Status } from '../engine/types.js';
import type { Polarity, Range } from '../model/schema.js';
import { describeComment } from './comment.js';
import { describeKpi, type DescribeOptions } from './describe.js';
import { fillTemplate, type Labels } from './labels.js';
import { formatValue } from './number.js';
import { formatPeriodLabel, periodSpan } from './period.js';
import './english/trend-chart.js';

/** What a trend's words are made of: its periods oldest first, their names, and the engine's statuses. */
export interface TrendInWords {
  unit: string;
  polarity: Polarity;
  periods: readonly { value: number | null; target: number | Range | null }[];
  /** The period of each point (`2026-10`), or its label as written, or null: the point is numbered. */
  names: readonly (string | null)[];
  statusAt: (index: number) => Status;
  /** The as-of period's index; the last period when null. */
  asOf: number | null;
  /** Whether the as-of period's value is stale. */
  stale: boolean;
  forecast: { evaluation: Forecast | null } | null;
  commentsAt: (index: number) => readonly PeriodComment[];
}

/**
 * The summary: the span of periods, where the trend goes from the first value to the latest up to
 * as-of, the latest value against its target, and the year-end forecast — "Nov 2025 – Oct 2026,
 * Improving, Oct 2026: $433,500, 101% of target, on track, Year-end forecast: $5.3M, 102% of
 * target, on track".
 */
export function describeTrend(trend: TrendInWords, options: DescribeOptions): string {
  const { labels } = options;
  const { periods, unit } = trend;
  const clauses: string[] = [];
  let firstDefined = -1;
  let latest = -1;
  const until = trend.asOf ?? periods.length - 1;
  for (let i = 0; i <= until && i < periods.length; i++) {
    if (periods[i]!.value === null) continue;
    if (firstDefined < 0) firstDefined = i;
    latest = i;
  }
  if (periods.length > 0)
    clauses.push(periodSpan(trendPeriodName(trend.names, 0, options), trendPeriodName(trend.names, Math.min(until, periods.length - 1), options)));
  if (latest < 0) {
    clauses.push(labels.noData);
    return clauses.join(labels.separator);
  }
  const point = periods[latest]!;
  if (latest > firstDefined) {
    const band = typeof point.target === 'object' ? point.target : null;
    const { improving } = changeBetween(periods[firstDefined]!.value!, point.value!, trend.polarity, band);
    clauses.push(improving === true ? labels.improving : improving === false ? labels.worsening : labels.unchanged);
  }
  const described = { value: point.value, unit, target: point.target, status: trend.statusAt(latest), stale: latest === trend.asOf ? trend.stale : false };
  clauses.push(fillTemplate(labels.periodValue, { period: trendPeriodName(trend.names, latest, options), value: describeKpi(described, options) }));
  const forecast = trend.forecast?.evaluation;
  if (forecast)
    clauses.push(fillTemplate(labels.periodValue, { period: labels.yearEndForecast, value: describeKpi({ ...forecast, unit, stale: false }, options) }));
  return clauses.join(labels.separator);
}

/** What the chart announces for the point at `index`: "Oct 2026: $433,500, 101% of target, on track", then its comments. */
export function describeTrendPoint(trend: TrendInWords, index: number, options: DescribeOptions): string {
  const period = trend.periods[index]!;
  const value = describeKpi({ value: period.value, unit: trend.unit, target: period.target, status: trend.statusAt(index), stale: false }, options);
  const said = fillTemplate(options.labels.periodValue, { period: trendPeriodName(trend.names, index, options), value });
  const comments = trend.commentsAt(index).map((comment) => describeComment(comment, options.locale, options.labels));
  return [said, ...comments].join(options.labels.separator);
}

/** A point's name: its period in the locale ("Oct 2026"), its label as written, or its number counted from 1. */
export function trendPeriodName(names: readonly (string | null)[], index: number, { locale, labels }: { locale: string; labels: Labels }): string {
  const name = names[index];
  if (name === null || name === undefined) return formatValue(index + 1, 'number', { locale });
  return formatPeriodLabel(name, locale, { labels });
}
