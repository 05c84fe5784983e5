import { html, nothing, type TemplateResult } from 'lit';
import type { KpiEvaluation, Status } from '../engine/types.js';
import { fillTemplate, type Labels } from '../format/labels.js';
import { formatChange } from '../format/change.js';
import { formatTarget, formatValue } from '../format/number.js';
import { formatAsOf } from '../format/period.js';
import { containsPeriod, parsePeriod } from '../model/periods.js';
import '../format/english/unknown-node.js';
import '../format/english/figures.js';

/**
 * A KPI's figures as text, and the small templates around them: what `<bsc-kpi>` shows, and what an
 * objective's table shows for each of its KPIs — without the objective loading the KPI element.
 */

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
  const options = { locale, currency, decimals, compact: decimals === undefined ? undefined : false, labels };
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

/** The change with its arrow; the word (better, worse) visible in full, for screen readers only when `compact`. */
export function renderChange(figures: KpiFigures, labels: Labels, compact: boolean): TemplateResult {
  if (figures.trend === 'none') return html`<span class="change none">${figures.change}</span>`;
  return html`<span class="change ${figures.trend}" title=${figures.trendWord}
    ><span class="arrow" aria-hidden="true">${figures.arrow}</span> <span class="amount">${figures.change}</span
    ><span class="vh">${labels.separator}</span><span class=${compact ? 'vh' : 'word'}>${figures.trendWord}</span></span
  >`;
}

export function renderCarried(figures: KpiFigures): TemplateResult | typeof nothing {
  return figures.carried === null ? nothing : html` <span part="period" class="carried">${figures.carried}</span>`;
}

/** A source that is an http(s) address becomes a link; anything else (a system's name, `javascript:` …) stays text. */
export function renderSource(source: string): TemplateResult {
  const href = safeHref(source);
  return href === null
    ? html`<span part="source" class="source">${source}</span>`
    : html`<a part="source" class="source" href=${href} target="_blank" rel="noopener noreferrer">${source}</a>`;
}

export function safeHref(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

function carriedLabel(period: string | null, asOf: string | undefined, locale: string, labels: Labels): string | null {
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
