import type { KpiEvaluation, Status } from '../engine/types.js';
import { fillTemplate, statusInSentence, statusLabel, type Labels } from './labels.js';
import { formatPercentOfTarget, formatValue, formatValueRange } from './number.js';

export interface DescribeOptions {
  locale: string;
  /** The scorecard's currency, for `currency` KPIs. */
  currency?: string;
  labels: Labels;
}

/**
 * What a screen reader hears for a KPI: "$433,500, 101% of target, on track", "…, stale" when the
 * data is old, "target 40–60" for a band, and just "No data" without a value.
 */
export function describeKpi(kpi: Pick<KpiEvaluation, 'value' | 'unit' | 'target' | 'status' | 'stale'>, options: DescribeOptions): string {
  const { locale, currency, labels } = options;
  if (kpi.status === 'no-data' || kpi.value === null || !Number.isFinite(kpi.value)) return labels.noData;
  const clauses = [formatValue(kpi.value, kpi.unit, { locale, currency })];
  const comparison = describeTarget(kpi, options);
  if (comparison !== null) clauses.push(comparison);
  clauses.push(statusInSentence(kpi.status, labels));
  if (kpi.stale) clauses.push(labels.staleInSentence);
  return clauses.join(labels.separator);
}

/** A status on its own, as a status badge announces it: "On track", "At risk, stale". */
export function describeStatus(status: Status, stale: boolean, labels: Labels): string {
  const name = statusLabel(status, labels);
  return stale ? `${name}${labels.separator}${labels.staleInSentence}` : name;
}

function describeTarget(kpi: Pick<KpiEvaluation, 'value' | 'unit' | 'target'>, { locale, currency, labels }: DescribeOptions): string | null {
  const { target } = kpi;
  if (target === null) return null;
  if (typeof target === 'object') {
    return fillTemplate(labels.targetRange, { range: formatValueRange(target.min, target.max, kpi.unit, { locale, currency }) });
  }
  const percent = formatPercentOfTarget(kpi.value, target, locale);
  return percent === null ? null : fillTemplate(labels.ofTarget, { value: percent });
}
