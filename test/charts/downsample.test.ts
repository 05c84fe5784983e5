import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { downsample, runsOf } from '../../src/charts/downsample.js';

const flat = (runs: number[][]) => runs.flat();

describe('downsample (LTTB with gaps)', () => {
  it('keeps every value when the threshold allows it, one array per run between gaps', () => {
    expect(downsample([1, 2, null, 3, 4, 5], 10)).to.deep.equal([
      [0, 1],
      [3, 4, 5],
    ]);
    expect(downsample([1, 2, 3], 3)).to.deep.equal([[0, 1, 2]]);
    expect(downsample([1, 2, 3, 4, 5], 2), 'below 3 there is nothing to choose').to.deep.equal([[0, 1, 2, 3, 4]]);
    expect(downsample([], 10)).to.deep.equal([]);
    expect(downsample([null, null], 10)).to.deep.equal([]);
  });

  it('treats null and non-finite numbers as gaps', () => {
    expect(runsOf([null, 1, Number.NaN, 2, 3, Number.POSITIVE_INFINITY, 4])).to.deep.equal([
      [1, 1],
      [3, 4],
      [6, 6],
    ]);
    expect(downsample([null, 1, Number.NaN, 2, 3, Number.POSITIVE_INFINITY, 4], 100)).to.deep.equal([[1], [3, 4], [6]]);
  });

  it('picks, from each bucket, the point of the largest triangle: the peaks survive', () => {
    // Two buckets of four between the ends: the spike at 3 and the dip at 6 win their buckets.
    expect(downsample([0, 0, 0, 9, 0, 0, -9, 0, 0, 0], 4)).to.deep.equal([[0, 3, 6, 9]]);
    // A straight line: every triangle is flat, the first point of each bucket is kept.
    expect(downsample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 4)).to.deep.equal([[0, 1, 5, 9]]);
  });

  it('shares the threshold between runs by their length, each keeping its two ends', () => {
    const values = [5, 1, 8, 2, 9, 3, 7, 4, null, 1, 2, null, 6, 0, 6, 0, 6, 0, 6, 0];
    expect(downsample(values, 8)).to.deep.equal([
      [0, 1, 4, 7],
      [9, 10],
      [12, 13, 16, 19],
    ]);
  });

  it('brings 100,000 values down to about the threshold', () => {
    const values = Array.from({ length: 100_000 }, (_, i) => (i % 10_000 === 5_000 ? null : Math.sin(i / 500) * 100 + (i % 7)));
    const runs = downsample(values, 2000);
    const kept = flat(runs).length;
    expect(runs).to.have.length(11);
    expect(kept).to.be.within(1980, 2030);
  });

  describe('properties', () => {
    const value = fc.oneof({ weight: 5, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) }, { weight: 1, arbitrary: fc.constant(null) });
    const series = fc.array(value, { maxLength: 400 });
    const threshold = fc.integer({ min: 3, max: 200 });

    it('keeps the first and the last value, and is an increasing subsequence of the defined values', () => {
      fc.assert(
        fc.property(series, threshold, (values, t) => {
          const kept = flat(downsample(values, t));
          const defined = values.flatMap((v, i) => (v === null ? [] : [i]));
          if (defined.length === 0) {
            expect(kept).to.deep.equal([]);
            return;
          }
          expect(kept[0]).to.equal(defined[0]);
          expect(kept.at(-1)).to.equal(defined.at(-1));
          kept.forEach((index, i) => {
            expect(values[index], `index ${index} is a value`).not.to.equal(null);
            if (i > 0) expect(index).to.be.greaterThan(kept[i - 1]!);
          });
        }),
      );
    });

    it('keeps every gap: each run of the input keeps its two ends, and no run spans a gap', () => {
      fc.assert(
        fc.property(series, threshold, (values, t) => {
          const runs = downsample(values, t);
          expect(runs.map((run) => [run[0], run.at(-1)])).to.deep.equal(runsOf(values));
          for (const run of runs) for (let i = run[0]!; i <= run.at(-1)!; i++) expect(values[i]).not.to.equal(null);
        }),
      );
    });

    it('keeps about the threshold: no more than it plus two per run', () => {
      fc.assert(
        fc.property(series, threshold, (values, t) => {
          const runs = downsample(values, t);
          expect(flat(runs).length).to.be.at.most(Math.max(t, 0) + 2 * runs.length);
        }),
      );
    });

    it('keeps the shape of the extremes: a spike on noise is always kept', () => {
      const noise = fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 10, maxLength: 2000 });
      fc.assert(
        fc.property(noise, fc.nat(), fc.boolean(), fc.integer({ min: 3, max: 100 }), (values, at, up, t) => {
          const spike = at % values.length;
          const series = values.slice();
          series[spike] = up ? 1000 : -1000;
          expect(flat(downsample(series, t))).to.include(spike);
        }),
      );
    });
  });
});
