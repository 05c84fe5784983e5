/**
 * A KPI's figures as text: what `<bsc-kpi>` shows, and what an objective's table shows for each of
 * its KPIs; and the words for a node the scorecard does not hold.
 */
import type { KpiEvaluation, Status } from '../engine/types.js';
import { containsPeriod, parsePeriod } from '../model/periods.js';
import { fillTemplate, type Labels } from './labels.js';
import { formatChange } from './change.js';
import { formatTarget, formatValue, valueFormat } from './number.js';
import { formatAsOf } from './period.js';
import './english/unknown-node.js';
import './english/figures.js';

/** The parts of a KPI's evaluation that are shown; a KPI of a scorecard is one, a standalone reading makes one. */
export type ShownKpi = Pick<KpiEvaluation, 'title' | 'unit' | 'value' | 'target' | 'status' | 'stale' | 'change' | 'direction' | 'improving' | 'period'>;

export interface FigureOptions {
  locale: string;
  labels: Labels;
  currency: string | undefined;
  /** The model's `decimals`; with them set, values are written in full ("$4,412,500", not "$4M"). */
  decimals: number | undefined;
  /** The scorecard's as-of period: a value from another period says which. */
  asOf?: string | undefined;
}

/** Every figure of a KPI as text, formatted for the locale. */
export interface KpiFigures {
  name: string;
  value: string;
  target: string;
  /** Signed ("+1,200"), or "—" without a previous value. */
  change: string;
  arrow: '▲' | '▼' | '▶' | '';
  /** Whether the change is for the better for the KPI's polarity. */
  trend: 'better' | 'worse' | 'same' | 'none';
  /** "Improving", "Worsening", "Unchanged"; '' without a change. */
  trendWord: string;
  /** "As of Aug 2026" when the value belongs to another period than the as-of one (carried forward). */
  carried: string | null;
  status: Status;
  stale: boolean;
}

export function kpiFigures(kpi: ShownKpi, { locale, labels, currency, decimals, asOf }: FigureOptions): KpiFigures {
  const options = { ...valueFormat(locale, currency, decimals), labels };
  const { target } = kpi;
  const trend = kpi.change === null ? 'none' : kpi.improving === true ? 'better' : kpi.improving === false ? 'worse' : 'same';
  return {
    name: kpi.title,
    value: formatValue(kpi.value, kpi.unit, options),
    target: formatTarget(target, kpi.unit, options),
    change: formatChange(kpi.change, kpi.unit, options),
    arrow: kpi.change === null ? '' : kpi.direction === 'up' ? '▲' : kpi.direction === 'down' ? '▼' : '▶',
    trend,
    trendWord: trend === 'better' ? labels.improving : trend === 'worse' ? labels.worsening : trend === 'same' ? labels.unchanged : '',
    carried: carriedLabel(kpi.period, asOf, locale, labels),
    status: kpi.status,
    stale: kpi.stale,
  };
}

/** "As of Aug 2026" for a value of another period than the as-of one; null for the as-of period's own value. */
export function carriedLabel(period: string | null, asOf: string | undefined, locale: string, labels: Labels): string | null {
  if (!period || !asOf) return null;
  const own = parsePeriod(period);
  const current = parsePeriod(asOf);
  // A quarterly KPI in a monthly scorecard holds October in Q4: that is its current value, not a carried one.
  if (!own || !current || containsPeriod(own, current) || containsPeriod(current, own)) return null;
  return formatAsOf(period, locale, labels);
}

/** The words for an id the scorecard does not hold. */
export function unknownNodeMessage(kind: 'perspective' | 'objective' | 'kpi', id: string, labels: Labels): string {
  const template = kind === 'kpi' ? labels.unknownKpi : kind === 'objective' ? labels.unknownObjective : labels.unknownPerspective;
  return fillTemplate(template, { id });
}

/** A source that is an http(s) address, as a link's address; null for anything else (a system's name, `javascript:` …). */
export function safeHref(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
