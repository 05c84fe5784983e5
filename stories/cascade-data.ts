/** The demo's cascade ($5 million company, three departments, one team), served from memory for stories. */
import companyJson from '../demo/data/cascade/company.json' with { type: 'json' };
import salesJson from '../demo/data/cascade/sales.json' with { type: 'json' };
import marketingJson from '../demo/data/cascade/marketing.json' with { type: 'json' };
import customerSuccessJson from '../demo/data/cascade/customer-success.json' with { type: 'json' };
import teamJson from '../demo/data/cascade/sales-enterprise-team.json' with { type: 'json' };
import { loadCascade } from '../src/cascade/load-cascade.js';
import type { Cascade, CascadeFetch } from '../src/cascade/types.js';

/** The sample cascade's files, as a server would hold them. */
const SAMPLE: Record<string, unknown> = {
  'company.json': companyJson,
  'sales.json': salesJson,
  'marketing.json': marketingJson,
  'customer-success.json': customerSuccessJson,
  'sales-enterprise-team.json': teamJson,
};
const BASE = 'https://stories.invalid/cascade/';

/** Loads the sample cascade from memory; `without` names files the "server" answers 404 for. */
export function sampleCascade(...without: string[]): () => Promise<{ cascade: Cascade }> {
  return cascadeOf(SAMPLE, without);
}

/**
 * The sample, with customer success's booked revenue not yet reported for October: it carries
 * September's forward (`staleAfter`), which the company's October roll-up does not count.
 */
export function carriedForwardCascade(): () => Promise<{ cascade: Cascade }> {
  const customerSuccess = structuredClone(customerSuccessJson) as typeof customerSuccessJson;
  for (const perspective of customerSuccess.perspectives) {
    for (const objective of perspective.objectives) {
      for (const kpi of objective.kpis as { id: string; staleAfter?: number; series: { period: string }[] }[]) {
        if (kpi.id !== 'booked-revenue') continue;
        kpi.staleAfter = 2;
        kpi.series = kpi.series.filter((observation) => observation.period !== '2026-10');
      }
    }
  }
  return cascadeOf({ ...SAMPLE, 'customer-success.json': customerSuccess }, []);
}

function cascadeOf(files: Record<string, unknown>, without: readonly string[]): () => Promise<{ cascade: Cascade }> {
  const fetch: CascadeFetch = async (url) => {
    const name = url.slice(BASE.length);
    const file = without.includes(name) ? undefined : files[name];
    return file === undefined
      ? { ok: false, status: 404, statusText: 'Not Found', text: async () => '' }
      : { ok: true, status: 200, text: async () => JSON.stringify(file) };
  };
  return async () => ({ cascade: await loadCascade('company.json', { fetch, base: BASE }) });
}
