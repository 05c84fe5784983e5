import { expect } from '@open-wc/testing';
import { evaluate, type GroupEvaluation, type KpiEvaluation } from '../../src/engine/index.js';
import { parsed, scorecardOf } from '../support/model.js';

const months = (from: string, values: (number | null)[]) => {
  const [year, month] = from.split('-').map(Number) as [number, number];
  return values.flatMap((actual, i) => {
    if (actual === null) return [];
    const ordinal = year * 12 + month - 1 + i;
    return [{ period: `${Math.floor(ordinal / 12)}-${String((ordinal % 12) + 1).padStart(2, '0')}`, actual }];
  });
};
const kpi = (evaluation: ReturnType<typeof evaluate>, id: string) => evaluation.node(id) as KpiEvaluation;
const group = (evaluation: ReturnType<typeof evaluate>, id: string) => evaluation.node(id) as GroupEvaluation;

describe('evaluate', () => {
  const revenue = {
    id: 'revenue',
    title: 'Booked revenue',
    unit: 'currency',
    aggregation: 'sum' as const,
    target: 420000,
    redFlag: 380000,
    stretch: 460000,
    series: [
      { period: '2026-09', actual: 401000 },
      { period: '2026-10', actual: 433500, target: 430000 },
    ],
  };

  it('scores the as-of period against the thresholds in force then (a per-period target override)', () => {
    const result = evaluate(scorecardOf([revenue], { asOf: '2026-10' }));
    const node = kpi(result, 'revenue');
    expect(node.value).to.equal(433500);
    expect(node.target).to.equal(430000);
    expect(node.period).to.equal('2026-10');
    expect(node.score).to.be.closeTo(20 / 3 + (3500 * 10) / 3 / 30000, 1e-9);
    expect(node.status).to.equal('on-track');
    expect(node.previous).to.equal(401000);
    expect(node.change).to.equal(32500);
    expect(node.direction).to.equal('up');
    expect(node.improving).to.equal(true);
  });

  it('aggregates actuals and thresholds over the fiscal year to date', () => {
    const node = kpi(evaluate(scorecardOf([revenue], { asOf: '2026-10' }), { view: 'ytd' }), 'revenue');
    expect(node.value).to.equal(834500);
    expect(node.target).to.equal(850000);
    expect(node.redFlag).to.equal(760000);
    expect(node.stretch).to.equal(920000);
    expect(node.status).to.equal('at-risk');
  });

  it('aggregates the parts of a ratio before dividing (2/4 + 2/100 → 4/104)', () => {
    const ratio = {
      id: 'conversion',
      title: 'Conversion',
      unit: 'percent',
      aggregation: 'sum' as const,
      target: 0.05,
      series: [
        { period: '2026-01', numerator: 2, denominator: 4 },
        { period: '2026-02', numerator: 2, denominator: 100 },
      ],
    };
    const ytd = kpi(evaluate(scorecardOf([ratio]), { asOf: '2026-02', view: 'ytd' }), 'conversion');
    expect(ytd.value).to.be.closeTo(4 / 104, 1e-12);
    expect(ytd.ratio).to.equal(true);
    expect(kpi(evaluate(scorecardOf([ratio]), { asOf: '2026-02' }), 'conversion').value).to.equal(0.02);
  });

  for (const [aggregation, expected] of [
    ['sum', 60],
    ['average', 20],
    ['last', 30],
    ['min', 10],
    ['max', 30],
  ] as const) {
    it(`aggregates the year to date with "${aggregation}"`, () => {
      const model = scorecardOf([{ id: 'k', title: 'K', aggregation, target: 20, series: months('2026-01', [10, 20, 30]) }]);
      expect(kpi(evaluate(model, { asOf: '2026-03', view: 'ytd' }), 'k').value).to.equal(expected);
    });
  }

  it("starts the year to date at the fiscal year's first month", () => {
    const model = scorecardOf([{ id: 'k', title: 'K', aggregation: 'sum', target: 10, series: months('2026-01', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]) }], {
      fiscalYearStart: 4,
    });
    const result = evaluate(model, { asOf: '2026-10', view: 'ytd' });
    expect(kpi(result, 'k').value).to.equal(7);
    expect(kpi(result, 'k').target).to.equal(70);
    expect(result.fiscalYear).to.equal(2027);
  });

  it('says no-data, never 0, for a period without an actual, and info for a KPI without a target', () => {
    const model = scorecardOf([
      { id: 'gap', title: 'Gap', target: 5, series: months('2026-01', [5, null, 5]) },
      { id: 'untargeted', title: 'No target', series: months('2026-01', [5, 5, 5]) },
    ]);
    const result = evaluate(model, { asOf: '2026-02' });
    expect(kpi(result, 'gap').value).to.equal(null);
    expect(kpi(result, 'gap').score).to.equal(null);
    expect(kpi(result, 'gap').status).to.equal('no-data');
    expect(kpi(result, 'untargeted').status).to.equal('info');
    expect(kpi(result, 'untargeted').value).to.equal(5);
    expect(group(result, 'objective').status).to.equal('no-data');
  });

  it('carries the latest actual of a KPI with staleAfter, marking it stale once older than that', () => {
    const model = scorecardOf([{ id: 'k', title: 'K', target: 10, staleAfter: 2, series: months('2026-01', [12]) }]);
    const fresh = kpi(evaluate(model, { asOf: '2026-03' }), 'k');
    expect(fresh.value).to.equal(12);
    expect(fresh.period).to.equal('2026-01');
    expect(fresh.stale).to.equal(false);
    const stale = kpi(evaluate(model, { asOf: '2026-04' }), 'k');
    expect(stale.value).to.equal(12);
    expect(stale.stale).to.equal(true);
    expect(stale.status).to.equal(fresh.status);
    expect(group(evaluate(model, { asOf: '2026-04' }), 'objective').stale).to.equal(true);
  });

  it("shows a coarser KPI's period, or its last complete one until the next arrives", () => {
    const model = scorecardOf(
      [
        {
          id: 'survey',
          title: 'Survey',
          periodicity: 'quarter',
          target: 80,
          series: [
            { period: '2026-Q2', actual: 70 },
            { period: '2026-Q3', actual: 82 },
          ],
        },
      ],
      { periodicity: 'month' },
    );
    expect(kpi(evaluate(model, { asOf: '2026-08' }), 'survey').value).to.equal(82);
    const october = kpi(evaluate(model, { asOf: '2026-10' }), 'survey');
    expect(october.value).to.equal(82);
    expect(october.period).to.equal('2026-Q3');
    expect(october.previous).to.equal(70);
    expect(kpi(evaluate(model, { asOf: '2027-01' }), 'survey').status).to.equal('no-data');
  });

  it('rolls scores up through objectives, perspectives and the scorecard', () => {
    const model = parsed({
      version: 1,
      id: 'company',
      title: 'Company',
      asOf: '2026-01',
      perspectives: [
        {
          id: 'p1',
          title: 'P1',
          weight: 3,
          objectives: [
            { id: 'o1', title: 'O1', kpis: [{ id: 'a', title: 'A', target: 700, redFlag: 500, series: [{ period: '2026-01', actual: 900 }] }] },
            {
              id: 'o2',
              title: 'O2',
              rollup: 'worst',
              kpis: [
                { id: 'b', title: 'B', target: 700, redFlag: 500, series: [{ period: '2026-01', actual: 600 }] },
                { id: 'c', title: 'C', target: 700, redFlag: 500, series: [{ period: '2026-01', actual: 800 }] },
              ],
            },
          ],
        },
        {
          id: 'p2',
          title: 'P2',
          objectives: [{ id: 'o3', title: 'O3', kpis: [{ id: 'd', title: 'D', target: 700, redFlag: 500, series: [{ period: '2026-01', actual: 400 }] }] }],
        },
      ],
    });
    const result = evaluate(model);
    expect(group(result, 'o1').score).to.equal(10);
    expect(group(result, 'o2').score).to.be.closeTo(5, 1e-9);
    expect(group(result, 'p1').score).to.be.closeTo(7.5, 1e-9);
    expect(group(result, 'p2').score).to.be.closeTo(5 / 3, 1e-9);
    expect(result.root.score).to.be.closeTo((7.5 * 3 + 5 / 3) / 4, 1e-9);
    expect(result.root.id).to.equal('company');
    expect(result.node('company')).to.equal(result.root);
    expect(result.root.counts).to.deep.equal({ exceeding: 1, 'on-track': 1, 'at-risk': 1, 'off-track': 1, 'no-data': 0, info: 0 });
    expect(result.root.children).to.deep.equal(['p1', 'p2']);
  });

  it('tells an improvement by polarity, and for range KPIs by the distance to the band', () => {
    const model = scorecardOf([
      { id: 'up', title: 'Up', target: 10, series: months('2026-01', [5, 6]) },
      { id: 'down', title: 'Down', polarity: 'down', target: 10, series: months('2026-01', [5, 6]) },
      { id: 'range-in', title: 'Range', polarity: 'range', target: { min: 4, max: 8 }, series: months('2026-01', [5, 6]) },
      { id: 'range-out', title: 'Range', polarity: 'range', target: { min: 4, max: 8 }, series: months('2026-01', [12, 10]) },
      { id: 'flat', title: 'Flat', target: 10, series: months('2026-01', [5, 5]) },
    ]);
    const result = evaluate(model, { asOf: '2026-02' });
    expect(kpi(result, 'up').improving).to.equal(true);
    expect(kpi(result, 'down').improving).to.equal(false);
    expect(kpi(result, 'down').direction).to.equal('up');
    expect(kpi(result, 'range-in').improving).to.equal(null);
    expect(kpi(result, 'range-out').improving).to.equal(true);
    expect(kpi(result, 'flat').direction).to.equal('flat');
    expect(kpi(result, 'flat').improving).to.equal(null);
  });

  it('computes slope and forecast when first read, and serialises them with the rest', () => {
    const model = scorecardOf([{ id: 'k', title: 'K', aggregation: 'sum', target: 100, series: months('2026-01', [10, 20, 30]) }]);
    const node = kpi(evaluate(model, { asOf: '2026-03' }), 'k');
    const json = JSON.parse(JSON.stringify(node));
    expect(json.slope).to.equal(10);
    expect(json.forecast.value).to.be.closeTo(node.forecast!.value, 1e-9);
    expect(json.value).to.equal(30);
    expect(Object.keys(json)).to.include.members(['id', 'score', 'status', 'value', 'target', 'change', 'slope', 'forecast']);
  });

  it('fits the least-squares slope over the latest points', () => {
    const model = scorecardOf([{ id: 'k', title: 'K', target: 10, series: months('2026-01', [1, 3, 5, 7]) }]);
    expect(kpi(evaluate(model, { asOf: '2026-04' }), 'k').slope).to.be.closeTo(2, 1e-12);
    expect(kpi(evaluate(model, { asOf: '2026-01' }), 'k').slope).to.equal(null);
  });

  it("forecasts the year end on the line through the actuals, against the year's thresholds", () => {
    const model = scorecardOf([{ id: 'k', title: 'K', aggregation: 'sum', target: 100, series: months('2026-01', [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]) }]);
    const { forecast } = kpi(evaluate(model, { asOf: '2026-10' }), 'k');
    expect(forecast!.period).to.equal('2026-12');
    expect(forecast!.value).to.be.closeTo(550 + 110 + 120, 1e-9);
    expect(forecast!.target).to.equal(1200);
    expect(forecast!.redFlag).to.equal(1080);
    expect(forecast!.status).to.equal('off-track');
    const last = scorecardOf([{ id: 'k', title: 'K', aggregation: 'last', target: 100, series: months('2026-01', [10, 20, 30]) }]);
    expect(kpi(evaluate(last, { asOf: '2026-03' }), 'k').forecast!.value).to.be.closeTo(120, 1e-9);
  });

  it("resolves as-of: the model's, the latest with data, and coarser or finer periods", () => {
    const model = scorecardOf([{ id: 'k', title: 'K', target: 10, series: months('2025-11', [1, 2, 3, 4, 5]) }]);
    expect(evaluate(model).asOf).to.equal('2026-03');
    expect(evaluate(model, { asOf: '2026-Q1' }).asOf).to.equal('2026-03');
    expect(evaluate(model, { asOf: '2026-02-14' }).asOf).to.equal('2026-02');
    expect(evaluate(model, { asOf: '2025' }).asOf).to.equal('2025-12');
    expect(evaluate(scorecardOf([], { asOf: '2026-05' })).asOf).to.equal('2026-05');
    expect(() => evaluate(model, { asOf: '2026-13' })).to.throw(RangeError, /not a period/);
  });

  it('offers the periods that hold data, and as-of', () => {
    const model = scorecardOf([{ id: 'k', title: 'K', target: 10, series: months('2025-11', [1, null, 3]) }]);
    expect(evaluate(model).periods).to.deep.equal(['2025-11', '2025-12', '2026-01']);
    expect(evaluate(model, { asOf: '2026-03' }).periods).to.deep.equal(['2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
  });

  it('returns the same evaluation for the same scorecard, period and view', () => {
    const model = scorecardOf([revenue]);
    const first = evaluate(model, { asOf: '2026-10' });
    expect(evaluate(model, { asOf: '2026-10' })).to.equal(first);
    expect(evaluate(model, { asOf: '2026-10', view: 'ytd' })).not.to.equal(first);
    expect(evaluate(structuredClone(model), { asOf: '2026-10' })).not.to.equal(first);
    expect(evaluate(structuredClone(model), { asOf: '2026-10' }).root).to.deep.equal(first.root);
  });

  it('gives each KPI a history with gaps as null and the rest of the year as future', () => {
    const model = scorecardOf([{ id: 'k', title: 'K', aggregation: 'sum', target: 10, series: months('2026-08', [8, null, 12]) }]);
    const history = evaluate(model, { asOf: '2026-10' }).history('k');
    expect(history.map((p) => p.period)).to.deep.equal([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(history.map((p) => p.value)).to.deep.equal([null, null, null, null, null, null, null, 8, null, 12, null, null]);
    expect(history.map((p) => p.future).filter(Boolean)).to.have.length(2);
    expect(history[9]!.status).to.equal('exceeding');
    const ytd = evaluate(model, { asOf: '2026-10', view: 'ytd' }).history('k');
    expect(ytd[9]!.value).to.equal(20);
    expect(ytd[9]!.target).to.equal(20);
    expect(evaluate(model).history('nope')).to.deep.equal([]);
  });

  it('carries the model fields an element shows beside the figures, so none looks them up again', () => {
    const model = parsed({
      version: 1,
      id: 'owned',
      title: 'Owned',
      perspectives: [
        {
          id: 'p',
          title: 'P',
          objectives: [
            {
              id: 'o',
              title: 'O',
              owner: 'Head of sales',
              kpis: [
                { ...revenue, owner: 'Sales ops', source: 'https://erp.example.com', decimals: 0, rollupFrom: { kpi: 'revenue' } },
                { id: 'bare', title: 'Bare', series: [] },
              ],
            },
          ],
        },
      ],
    });
    const result = evaluate(model);
    const node = kpi(result, 'revenue');
    expect([node.owner, node.source, node.decimals, node.rollupFrom]).to.deep.equal([
      'Sales ops',
      'https://erp.example.com',
      0,
      { kpi: 'revenue', aggregation: 'sum', targets: false },
    ]);
    const bare = kpi(result, 'bare');
    expect([bare.owner, bare.source, bare.decimals, bare.rollupFrom]).to.deep.equal([undefined, undefined, undefined, undefined]);
    expect([group(result, 'o').owner, group(result, 'p').owner, result.root.owner]).to.deep.equal(['Head of sales', undefined, undefined]);
  });
});
