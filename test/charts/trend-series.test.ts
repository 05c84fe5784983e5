import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkTrendOptions, DEFAULT_PERIODS, forecastLine, scorecardTrend, standaloneTrend } from '../../src/charts/trend-series.js';
import { scaleBounds } from '../../src/charts/scale.js';
import { evaluate, type KpiEvaluation } from '../../src/engine/index.js';
import type { ModelIssue } from '../../src/model/issues.js';
import { scorecardOf } from '../support/model.js';

const monthly = (values: (number | null)[], year = 2026) =>
  values.flatMap((actual, i) => (actual === null ? [] : [{ period: `${year}-${String(i + 1).padStart(2, '0')}`, actual }]));

describe('standaloneTrend', () => {
  it('scores each period against the chart thresholds, or an item’s own, and names the periods given', () => {
    const issues: ModelIssue[] = [];
    const trend = standaloneTrend({ items: [70, null, { period: '2026-03', actual: 95, target: 90 }], count: null, target: 80, redFlag: 60 }, issues);
    expect(issues).to.deep.equal([]);
    expect(trend.periods).to.deep.equal([
      { value: 70, target: 80, redFlag: 60, stretch: null },
      { value: null, target: 80, redFlag: 60, stretch: null },
      { value: 95, target: 90, redFlag: 60, stretch: null },
    ]);
    expect(trend.names).to.deep.equal([null, null, '2026-03']);
    expect([0, 1, 2, 3].map(trend.statusAt)).to.deep.equal(['at-risk', 'no-data', 'on-track', 'no-data']);
    expect(trend.asOf).to.equal(2);
    expect([trend.unit, trend.polarity, trend.forecast, trend.commented]).to.deep.equal(['number', 'up', null, []]);
  });

  it('keeps the latest `count` items, and names the issues by the item’s place in the whole series', () => {
    const issues: ModelIssue[] = [];
    const trend = standaloneTrend(
      { items: [1, 2, 'x' as unknown as number, { actual: 4, target: 5, redFlag: 9 }], count: 2, target: 10 },
      issues,
      () => 'as written',
    );
    expect(trend.periods.map((period) => period.value)).to.deep.equal([null, 4]);
    expect(trend.periods[1]!.target).to.equal(null);
    expect(issues.map((issue) => issue.path)).to.deep.equal(['series[2]', 'series[3].redFlag']);
    expect(standaloneTrend({ items: [1], count: null, target: Number.NaN }, issues, () => 'abc').periods[0]!.target).to.equal(null);
    expect(issues.at(-1)).to.deep.equal({ path: 'target', message: 'is not a number (got "abc")' });
  });

  it('resolves every period as evaluateReading would, whatever the order of its items', () => {
    const item = fc.oneof(
      fc.option(fc.integer({ min: -100, max: 200 }), { nil: null }),
      fc.record({ actual: fc.option(fc.integer({ min: -100, max: 200 }), { nil: null }), target: fc.constantFrom(50, 100, undefined) }),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (items) => {
        const trend = standaloneTrend({ items, count: null, target: 80, redFlag: 40 }, []);
        expect(trend.periods).to.have.length(items.length);
        trend.periods.forEach((period, i) => {
          const given = items[i];
          const own = given !== null && typeof given === 'object' && given.target !== undefined ? given.target : 80;
          expect(period.target).to.equal(own);
          expect(period.redFlag).to.equal(40);
        });
      }),
    );
  });
});

describe('scorecardTrend', () => {
  const revenue = {
    id: 'revenue',
    title: 'Revenue',
    unit: 'currency',
    aggregation: 'sum' as const,
    target: 100,
    redFlag: 80,
    series: monthly([90]),
  };

  it('shows the last periods up to as-of with the engine’s statuses, and the forecast beyond', () => {
    const series = [...monthly([90, 95, null, 105]), { period: '2026-05', actual: 110, comment: { text: 'A big order' } }, { period: '2026-06', actual: 120 }];
    const evaluation = evaluate(scorecardOf([{ ...revenue, series }], { asOf: '2026-06' }));
    const node = evaluation.node('revenue') as KpiEvaluation;
    const trend = scorecardTrend(evaluation, node, 3);
    expect(trend.names.slice(0, 3)).to.deep.equal(['2026-04', '2026-05', '2026-06']);
    expect(trend.asOf).to.equal(2);
    expect(trend.periods.slice(0, 3).map((period) => period.value)).to.deep.equal([105, 110, 120]);
    expect([0, 1, 2].map(trend.statusAt)).to.deep.equal(
      evaluation
        .history('revenue')
        .slice(3, 6)
        .map((point) => point.status),
    );
    // The forecast of the year's end: the chart runs on to December.
    expect(trend.names.at(-1)).to.equal('2026-12');
    expect(trend.forecast?.index).to.equal(trend.names.length - 1);
    expect(trend.commented).to.deep.equal([1]);
    expect(trend.commentsAt(1).map((comment) => comment.text)).to.deep.equal(['A big order']);
  });

  it('shows 24 periods up to as-of unless told otherwise', () => {
    const series = [
      ...monthly(
        Array.from({ length: 12 }, (_, i) => i),
        2024,
      ),
      ...monthly(
        Array.from({ length: 12 }, (_, i) => i),
        2025,
      ),
      ...monthly([1, 2, 3]),
    ];
    const evaluation = evaluate(scorecardOf([{ ...revenue, series }], { asOf: '2026-03' }));
    const trend = scorecardTrend(evaluation, evaluation.node('revenue') as KpiEvaluation, null);
    expect(trend.names[0]).to.equal('2024-04');
    expect(trend.asOf).to.equal(DEFAULT_PERIODS - 1);
  });
});

describe('forecastLine', () => {
  const forecast = { period: '2026-12', value: 1200, target: 1000, redFlag: 900, stretch: null, score: 10, status: 'exceeding' as const };
  const periods = [10, 20, 30, null, null].map((value) => ({ value, target: null, redFlag: null, stretch: null }));

  it('ends at the year-end forecast in the ytd view, and where the recent slope reaches in the period view', () => {
    expect(forecastLine(forecast, 4, periods, 2, 'ytd', 10)).to.deep.equal({ index: 4, value: 1200, evaluation: forecast });
    expect(forecastLine(forecast, 4, periods, 2, 'period', 10)).to.deep.equal({ index: 4, value: 50, evaluation: forecast });
  });

  it('draws none without a forecast, or one at or before as-of, or past the periods', () => {
    expect(forecastLine(null, 4, periods, 2, 'ytd', 10)).to.equal(null);
    expect(forecastLine(forecast, 2, periods, 2, 'ytd', 10)).to.equal(null);
    expect(forecastLine(forecast, 5, periods, 2, 'ytd', 10)).to.equal(null);
  });
});

describe('checkTrendOptions', () => {
  const quote = (name: string, value: unknown) => `${name}=${String(value)}`;

  it('takes a whole count above 0 and ends in order', () => {
    const issues: ModelIssue[] = [];
    expect(checkTrendOptions({ periods: 12, min: 0, max: 100 }, issues, quote)).to.deep.equal({ count: 12, min: 0, max: 100 });
    expect(checkTrendOptions({}, issues, quote)).to.deep.equal({ count: null, min: null, max: null });
    expect(issues).to.deep.equal([]);
  });

  it('leaves out, and reports, a count or ends it cannot use', () => {
    const issues: ModelIssue[] = [];
    expect(checkTrendOptions({ periods: 2.5, min: Number.NaN, max: 5 }, issues, quote)).to.deep.equal({ count: null, min: null, max: 5 });
    expect(checkTrendOptions({ periods: 0, min: 10, max: 5 }, issues, quote)).to.deep.equal({ count: null, min: null, max: null });
    expect(issues).to.deep.equal([
      { path: 'periods', message: 'must be a whole number above 0 (got "periods=2.5")' },
      { path: 'min', message: 'is not a number (got "min=NaN")' },
      { path: 'periods', message: 'must be a whole number above 0 (got "periods=0")' },
      { path: 'min', message: 'must be below max (got 10 and 5)' },
    ]);
  });
});

describe('scaleBounds', () => {
  it('keeps ends in order, either unset, and drops both, with an issue, when out of order', () => {
    const issues: ModelIssue[] = [];
    expect(scaleBounds(0, 10, issues)).to.deep.equal({ min: 0, max: 10 });
    expect(scaleBounds(null, 10, issues)).to.deep.equal({ min: null, max: 10 });
    expect(scaleBounds(5, null, issues)).to.deep.equal({ min: 5, max: null });
    expect(issues).to.deep.equal([]);
    expect(scaleBounds(10, 10, issues)).to.deep.equal({ min: null, max: null });
    expect(issues).to.deep.equal([{ path: 'min', message: 'must be below max (got 10 and 10)' }]);
  });
});
