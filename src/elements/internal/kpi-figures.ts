import { html, nothing, type TemplateResult } from 'lit';
import { safeHref, type KpiFigures } from '../../format/kpi-figures.js';
import type { Labels } from '../../format/labels.js';

/**
 * The small templates around a KPI's figures (`format/kpi-figures.ts`): what `<bsc-kpi>` shows, and
 * what an objective's table shows for each of its KPIs — without the objective loading the KPI element.
 */

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
