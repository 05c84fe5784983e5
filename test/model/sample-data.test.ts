/**
 * The demo's sample scorecards: valid, and still holding every feature they were written to show,
 * so that an edit cannot silently lose the range KPI, the stale KPI or the cycle in the links.
 */
import { expect } from '@open-wc/testing';
import { evaluate } from '../../src/engine/index.js';
import { parsePeriod, parseScorecard, periodicityOf, type Kpi, type Scorecard } from '../../src/model/index.js';
import { fetchRaw, fetchText } from './fetch-text.js';

describe('sample data: demo/data/acme-2026.json', () => {
  let scorecard: Scorecard;
  let kpis: Kpi[];
  before(async () => {
    scorecard = await load('/demo/data/acme-2026.json');
    kpis = allKpis(scorecard);
  });

  it('is a monthly scorecard as of October 2026, calendar fiscal year, en-US and USD', () => {
    expect(scorecard).to.include({ version: 1, periodicity: 'month', asOf: '2026-10', fiscalYearStart: 1, locale: 'en-US', currency: 'USD' });
  });

  it('has the four classic perspectives, financial on top', () => {
    expect(scorecard.perspectives.map((p) => p.title)).to.deep.equal(['Financial', 'Customer', 'Internal process', 'Learning & growth']);
  });

  it('has at least 12 objectives and 30 KPIs, every objective with KPIs', () => {
    const objectives = scorecard.perspectives.flatMap((p) => p.objectives);
    expect(objectives.length).to.be.at.least(12);
    expect(kpis.length).to.be.at.least(30);
    for (const objective of objectives) expect(objective.kpis, objective.id).not.to.be.empty;
  });

  it('mixes polarities, with a range KPI that has a band and a tolerance', () => {
    expect(new Set(kpis.map((k) => k.polarity))).to.have.all.keys('up', 'down', 'range');
    const ranges = kpis.filter((k) => k.polarity === 'range');
    for (const kpi of ranges) {
      expect(kpi.target, kpi.id).to.have.all.keys('min', 'max');
      expect(kpi.tolerance, kpi.id).to.be.above(0);
    }
  });

  it('uses every kind of unit, percents written as fractions and durations in seconds', () => {
    const units = new Set(kpis.map((k) => k.unit));
    expect([...units]).to.include.members(['currency', 'percent', 'number', 'duration']);
    expect(
      [...units].filter((u) => !['currency', 'percent', 'number', 'duration'].includes(u)),
      'a free label',
    ).not.to.be.empty;
    for (const kpi of kpis.filter((k) => k.unit === 'percent')) {
      for (const value of values(kpi)) expect(Math.abs(value), `${kpi.id}: a fraction, 0.94 for 94 %`).to.be.at.most(2);
    }
    for (const kpi of kpis.filter((k) => k.unit === 'duration')) {
      for (const value of values(kpi)) expect(value, `${kpi.id}: seconds`).to.be.at.least(60);
    }
  });

  it('uses all five aggregations and both kinds of indicator', () => {
    expect(new Set(kpis.map((k) => k.aggregation))).to.have.all.keys('sum', 'average', 'last', 'min', 'max');
    expect(new Set(kpis.map((k) => k.indicator))).to.include.all.keys('leading', 'lagging');
  });

  it('has a quarterly KPI with quarters from 2025-Q1', () => {
    const quarterly = kpis.filter((k) => k.periodicity === 'quarter');
    expect(quarterly).not.to.be.empty;
    for (const kpi of quarterly) {
      expect(
        kpi.series.every((o) => periodicityOf(o.period) === 'quarter'),
        kpi.id,
      ).to.be.true;
      expect(kpi.series[0]?.period, kpi.id).to.equal('2025-Q1');
    }
  });

  it('has a ratio KPI made of numerators and denominators only', () => {
    const ratios = kpis.filter((k) => k.series.some((o) => o.numerator !== undefined));
    expect(ratios).not.to.be.empty;
    for (const kpi of ratios) {
      expect(
        kpi.series.every((o) => o.actual === undefined && o.numerator !== undefined && o.denominator! > 0),
        kpi.id,
      ).to.be.true;
    }
  });

  it('covers 24 months, 2024-11 to 2026-10, with most KPIs complete and some gaps', () => {
    const monthly = kpis.filter((k) => !k.periodicity);
    const months = [...new Set(monthly.flatMap((k) => k.series.map((o) => o.period)))].sort();
    expect(months).to.have.length(24);
    expect([months[0], months.at(-1)]).to.deep.equal(['2024-11', '2026-10']);
    const complete = monthly.filter((k) => k.series.length === 24);
    expect(complete.length, 'KPIs with all 24 months').to.be.at.least(20);
    const withAsOf = kpis.filter((k) => k.series.some((o) => o.period === '2026-10'));
    expect(withAsOf.length, 'KPIs with an actual for October 2026').to.be.at.least(25);
    const gapped = monthly.filter((k) => {
      const ordinals = k.series.map((o) => parsePeriod(o.period)!.ordinal);
      return ordinals.some((ordinal, i) => i > 0 && ordinal - ordinals[i - 1]! > 1);
    });
    expect(gapped, 'KPIs with a missing month between two reported ones').not.to.be.empty;
  });

  it('has a KPI gone stale: staleAfter 2 and its last actual 4 or more months before as-of', () => {
    const asOf = parsePeriod(scorecard.asOf!)!.ordinal;
    const stale = kpis.filter((k) => {
      const last = k.series.at(-1);
      return !k.periodicity && k.staleAfter === 2 && last !== undefined && asOf - parsePeriod(last.period)!.ordinal >= 4;
    });
    expect(stale).not.to.be.empty;
    const evaluation = evaluate(scorecard);
    for (const kpi of stale) expect(evaluation.node(kpi.id)?.stale, `${kpi.id} is marked stale`).to.be.true;
  });

  it('overrides targets for some periods', () => {
    const overridden = kpis.filter((k) => k.series.some((o) => o.target !== undefined));
    expect(overridden.length).to.be.at.least(2);
  });

  it('weighs some nodes other than 1, shows one KPI with weight 0, and rolls one objective up by its worst KPI', () => {
    const weights = [
      ...scorecard.perspectives.map((p) => p.weight),
      ...scorecard.perspectives.flatMap((p) => p.objectives.map((o) => o.weight)),
      ...kpis.map((k) => k.weight),
    ];
    expect(weights.filter((w) => w !== 1 && w !== 0).length).to.be.at.least(3);
    expect(kpis.filter((k) => k.weight === 0)).to.have.length(1);
    expect(scorecard.perspectives.flatMap((p) => p.objectives).filter((o) => o.rollup === 'worst')).not.to.be.empty;
  });

  it('links at least 12 pairs of objectives, mostly bottom-up, with a cycle', () => {
    expect(scorecard.links.length).to.be.at.least(12);
    const level = perspectiveIndex(scorecard);
    const upward = scorecard.links.filter((l) => level.get(l.from)! > level.get(l.to)!);
    expect(upward.length, 'links from a lower perspective to a higher one').to.be.at.least(10);
    for (const from of ['learning-growth', 'internal-process', 'customer']) {
      const i = scorecard.perspectives.findIndex((p) => p.id === from);
      expect(
        scorecard.links.some((l) => level.get(l.from) === i && level.get(l.to) === i - 1),
        `a link up from ${from}`,
      ).to.be.true;
    }
    expect(hasCycle(scorecard), 'a cycle in the links').to.be.true;
  });

  it('has at least 4 initiatives with owners, progress, start and end', () => {
    expect(scorecard.initiatives.length).to.be.at.least(4);
    for (const initiative of scorecard.initiatives) {
      expect(initiative, initiative.id).to.include.all.keys('owner', 'progress', 'start', 'end');
      expect(initiative.objectives, initiative.id).not.to.be.empty;
    }
    expect(new Set(scorecard.initiatives.map((i) => i.status)).size, 'a mix of statuses').to.be.at.least(3);
  });

  it('documents most KPIs: owner, description, source and updated', () => {
    const share = (field: keyof Kpi) => kpis.filter((k) => k[field] !== undefined).length / kpis.length;
    expect(share('owner')).to.be.at.least(0.9);
    expect(share('source')).to.be.at.least(0.9);
    expect(share('updated')).to.be.at.least(0.9);
    expect(share('description')).to.be.at.least(0.5);
  });

  it('shows a realistic mix of statuses as of October 2026', () => {
    const { counts } = evaluate(scorecard, { view: 'period' }).root;
    expect(counts.exceeding, 'exceeding').to.be.at.least(2);
    expect(counts['at-risk'], 'at risk').to.be.at.least(3);
    expect(counts['off-track'], 'off track').to.be.within(1, 5);
    expect(counts['on-track'], 'on track, the largest group').to.be.above(Math.max(counts.exceeding, counts['at-risk'], counts['off-track']));
    expect(counts['no-data'], 'no data').to.equal(0);
  });

  it('points "$schema" at the JSON Schema of the model', async () => {
    const response = await fetchRaw(schemaUrl(scorecard, '/demo/data/acme-2026.json'));
    expect(response.ok).to.be.true;
  });
});

describe('sample data: demo/data/public-sector.json', () => {
  let scorecard: Scorecard;
  let kpis: Kpi[];
  before(async () => {
    scorecard = await load('/demo/data/public-sector.json');
    kpis = allKpis(scorecard);
  });

  it('is a yearly scorecard, de-DE and EUR', () => {
    expect(scorecard).to.include({ version: 1, periodicity: 'year', locale: 'de-DE', currency: 'EUR' });
  });

  it('puts the community perspective first, on top', () => {
    expect(scorecard.perspectives.map((p) => p.id)).to.deep.equal(['community', 'financial-stewardship', 'internal-process', 'learning-growth']);
  });

  it('has about 8 objectives and 12 KPIs', () => {
    expect(scorecard.perspectives.flatMap((p) => p.objectives).length).to.be.within(6, 10);
    expect(kpis.length).to.be.within(10, 15);
  });

  it('reports years from 2019 to 2026', () => {
    const years = [...new Set(kpis.flatMap((k) => k.series.map((o) => o.period)))].sort();
    expect(years).to.deep.equal(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
  });

  it('has a few links and initiatives', () => {
    expect(scorecard.links.length).to.be.at.least(3);
    expect(scorecard.initiatives.length).to.be.at.least(3);
  });

  it('points "$schema" at the JSON Schema of the model', async () => {
    const response = await fetchRaw(schemaUrl(scorecard, '/demo/data/public-sector.json'));
    expect(response.ok).to.be.true;
  });
});

// ---------------------------------------------------------------------------------------------

async function load(path: string): Promise<Scorecard> {
  const result = parseScorecard(await fetchText(path));
  if (!result.ok) throw new Error(`${path} does not parse:\n${result.issues.map((i) => `${i.path}: ${i.message}`).join('\n')}`);
  return result.scorecard;
}

function allKpis(scorecard: Scorecard): Kpi[] {
  return scorecard.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.kpis));
}

/** Every actual and target of a KPI, ratios divided out. */
function values(kpi: Kpi): number[] {
  const thresholds = [kpi.target, kpi.redFlag, kpi.stretch].filter((v): v is number => typeof v === 'number');
  const actuals = kpi.series.map((o) => o.actual ?? (o.numerator !== undefined ? o.numerator / o.denominator! : undefined));
  return [...thresholds, ...actuals.filter((v): v is number => v !== undefined)];
}

/** Objective id → the index of its perspective (0 = top). */
function perspectiveIndex(scorecard: Scorecard): Map<string, number> {
  return new Map(scorecard.perspectives.flatMap((p, i) => p.objectives.map((o) => [o.id, i] as const)));
}

function hasCycle(scorecard: Scorecard): boolean {
  const edges = new Map<string, string[]>();
  for (const { from, to } of scorecard.links) edges.set(from, [...(edges.get(from) ?? []), to]);
  const state = new Map<string, 'open' | 'done'>();
  const visit = (node: string): boolean => {
    if (state.get(node) === 'open') return true;
    if (state.get(node) === 'done') return false;
    state.set(node, 'open');
    const found = (edges.get(node) ?? []).some(visit);
    state.set(node, 'done');
    return found;
  };
  return [...edges.keys()].some(visit);
}

function schemaUrl(scorecard: Scorecard, path: string): string {
  const reference = scorecard.$schema;
  expect(reference, '"$schema"').to.be.a('string');
  return new URL(reference!, new URL(path, location.origin)).pathname;
}
