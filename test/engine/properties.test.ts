import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { evaluate, rollupScore, scoreDirectional, scoreRange, statusFromScore, type KpiEvaluation } from '../../src/engine/index.js';
import { scorecardOf } from '../support/model.js';

const finite = (min = -1e9, max = 1e9) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
/** Up-KPI thresholds in order: red flag < target < stretch (stretch optional). */
const upThresholds = fc
  .tuple(finite(-1e6, 1e6), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), fc.option(fc.double({ min: 1e-3, max: 1e6, noNaN: true })))
  .map(([target, gap, stretchGap]) => ({ target, redFlag: target - gap, stretch: stretchGap === null ? null : target + stretchGap }));

describe('engine properties', () => {
  it('scores within [0, 10]', () => {
    fc.assert(
      fc.property(upThresholds, finite(), fc.boolean(), ({ target, redFlag, stretch }, actual, down) => {
        const score = down
          ? scoreDirectional(-actual, -target, -redFlag, stretch === null ? null : -stretch)
          : scoreDirectional(actual, target, redFlag, stretch);
        expect(score).to.be.within(0, 10);
      }),
    );
  });

  it('is monotone in the actual for up KPIs and antitone for down KPIs', () => {
    fc.assert(
      fc.property(upThresholds, finite(), finite(), ({ target, redFlag, stretch }, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(scoreDirectional(low, target, redFlag, stretch)).to.be.at.most(scoreDirectional(high, target, redFlag, stretch));
        const mirrored = (x: number) => scoreDirectional(x, -target, -redFlag, stretch === null ? null : -stretch);
        expect(mirrored(low)).to.be.at.least(mirrored(high));
      }),
    );
  });

  it('scores range KPIs 20/3 at best and falls with the distance outside the band', () => {
    fc.assert(
      fc.property(
        finite(-1e6, 1e6),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        finite(),
        (min, width, tolerance, actual) => {
          const band = { min, max: min + width };
          const score = scoreRange(actual, band, tolerance);
          expect(score).to.be.within(0, 20 / 3);
          const further = actual > band.max ? actual + tolerance : actual < band.min ? actual - tolerance : actual;
          expect(scoreRange(further, band, tolerance)).to.be.at.most(score);
        },
      ),
    );
  });

  it('gives the status of the band the score lies in', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10, noNaN: true }), (score) => {
        const expected = score >= 10 - 1e-9 ? 'exceeding' : score >= 20 / 3 - 1e-9 ? 'on-track' : score >= 10 / 3 - 1e-9 ? 'at-risk' : 'off-track';
        expect(statusFromScore(score)).to.equal(expected);
      }),
    );
  });

  const child = fc.record({
    score: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: null }),
    weight: fc.double({ min: 0, max: 100, noNaN: true }),
  });

  it('rolls up a tiny weight without underflow (found by this property, seed -1946902615)', () => {
    expect(rollupScore([{ score: 1.0000000000000003e-9, weight: 5e-324 }], 'weighted')).to.equal(1.0000000000000003e-9);
  });

  it('rolls up between the smallest and the largest child score', () => {
    fc.assert(
      fc.property(fc.array(child, { minLength: 1, maxLength: 12 }), fc.constantFrom('weighted', 'worst', 'best' as const), (children, rollup) => {
        const counted = children.filter((c) => c.score !== null && c.weight > 0).map((c) => c.score!);
        const score = rollupScore(children, rollup);
        if (counted.length === 0) {
          expect(score).to.equal(null);
          return;
        }
        expect(score).to.be.within(Math.min(...counted) - 1e-9, Math.max(...counted) + 1e-9);
      }),
    );
  });

  it('changes nothing when a child without data is added', () => {
    fc.assert(
      fc.property(fc.array(child, { maxLength: 12 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.nat(12), (children, weight, at) => {
        const withEmpty = [...children.slice(0, at), { score: null, weight }, ...children.slice(at)];
        expect(rollupScore(withEmpty, 'weighted')).to.equal(rollupScore(children, 'weighted'));
      }),
    );
  });

  const series = fc.array(fc.option(finite(-1e6, 1e6), { nil: null, freq: 4 }), { minLength: 1, maxLength: 24 });
  const aggregation = fc.constantFrom('sum', 'average', 'last', 'min', 'max' as const);
  const kpiFrom = (values: (number | null)[], agg: 'sum' | 'average' | 'last' | 'min' | 'max') => ({
    id: 'k',
    title: 'K',
    aggregation: agg,
    target: 100,
    series: values.flatMap((actual, i) =>
      actual === null ? [] : [{ period: `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, actual }],
    ),
  });

  it("gives the period value as the year to date of a fiscal year's first period", () => {
    fc.assert(
      fc.property(finite(-1e6, 1e6), aggregation, fc.integer({ min: 1, max: 12 }), (actual, agg, fiscalYearStart) => {
        const period = `2026-${String(fiscalYearStart).padStart(2, '0')}`;
        const model = scorecardOf([{ id: 'k', title: 'K', aggregation: agg, target: 100, series: [{ period, actual }] }], { fiscalYearStart });
        const ytd = evaluate(model, { asOf: period, view: 'ytd' }).node('k') as KpiEvaluation;
        const single = evaluate(model, { asOf: period }).node('k') as KpiEvaluation;
        expect(ytd.value).to.equal(single.value);
        expect(ytd.score).to.equal(single.score);
      }),
    );
  });

  it('answers the same memoised as cold, whatever order the periods and views are asked in', () => {
    fc.assert(
      fc.property(series, aggregation, fc.array(fc.tuple(fc.nat(23), fc.boolean()), { minLength: 1, maxLength: 6 }), (values, agg, asks) => {
        const memoised = scorecardOf([kpiFrom(values, agg)]);
        for (const [month, ytd] of asks) {
          const asOf = `${2025 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
          const view = ytd ? 'ytd' : 'period';
          const cold = evaluate(scorecardOf([kpiFrom(values, agg)]), { asOf, view });
          const warm = evaluate(memoised, { asOf, view });
          expect(JSON.parse(JSON.stringify(warm.node('k')))).to.deep.equal(JSON.parse(JSON.stringify(cold.node('k'))));
          expect(warm.history('k')).to.deep.equal(cold.history('k'));
        }
      }),
      { numRuns: 50 },
    );
  });

  it('gives as previous value the value as of the previous period, in both views', () => {
    fc.assert(
      fc.property(series, aggregation, fc.integer({ min: 1, max: 23 }), fc.integer({ min: 1, max: 12 }), (values, agg, month, fiscalYearStart) => {
        const model = scorecardOf([kpiFrom(values, agg)], { fiscalYearStart });
        const at = (m: number) => `${2025 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
        const ytd = evaluate(model, { asOf: at(month), view: 'ytd' }).node('k') as KpiEvaluation;
        const before = evaluate(model, { asOf: at(month - 1), view: 'ytd' }).node('k') as KpiEvaluation;
        expect(ytd.previous).to.equal(before.value);
        const period = evaluate(model, { asOf: at(month) }).node('k') as KpiEvaluation;
        if (period.period === at(month)) {
          const previousMonth = evaluate(model, { asOf: at(month - 1) }).node('k') as KpiEvaluation;
          expect(period.previous).to.equal(previousMonth.value);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every KPI score within [0, 10] and every status consistent with it', () => {
    fc.assert(
      fc.property(series, aggregation, fc.nat(23), fc.boolean(), (values, agg, month, ytd) => {
        const asOf = `${2025 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
        const node = evaluate(scorecardOf([kpiFrom(values, agg)]), { asOf, view: ytd ? 'ytd' : 'period' }).node('k') as KpiEvaluation;
        if (node.value === null) {
          expect(node.status).to.equal('no-data');
          return;
        }
        expect(node.score).to.be.within(0, 10);
        expect(node.status).to.equal(statusFromScore(node.score!));
      }),
    );
  });
});
