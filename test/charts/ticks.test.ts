import { expect } from '@open-wc/testing';
import { bisectCenter, nice, tickIncrement, ticks as d3Ticks } from 'd3-array';
import fc from 'fast-check';
import { niceBounds, tickIncrement as ourIncrement, ticks } from '../../src/charts/ticks.js';
import { nearestIndex } from '../../src/charts/trend.js';

/** Ends of every magnitude, signs and widths a scale meets, and the odd ones (equal, reversed, tiny spans). */
const end = fc.oneof(
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -100000, max: 100000 }).map((n) => n / 1000),
  fc.double({ min: -1e-6, max: 1e-6, noNaN: true }),
);
const count = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.double({ min: 0.25, max: 20, noNaN: true }));

/** What a call gives, or the error it throws. */
function outcome<T>(call: () => T): { value: T } | { throws: string } {
  try {
    return { value: call() };
  } catch (error) {
    return { throws: (error as Error).name };
  }
}

describe('ticks and nice bounds (d3-array’s, without its bundle)', () => {
  it('give d3-array’s values for any ends and count', () => {
    fc.assert(
      // Spans of denormals excepted (d3 throws, these give none): axisTicks never asks for one.
      fc.property(end, end, count, (start, stop, n) => {
        fc.pre(start === stop || Math.abs(stop - start) >= 1e-300);
        expect(outcome(() => ticks(start, stop, n))).to.deep.equal(outcome(() => d3Ticks(start, stop, n)));
        expect(outcome(() => ourIncrement(start, stop, n))).to.deep.equal(outcome(() => tickIncrement(start, stop, n)));
        expect(outcome(() => niceBounds(start, stop, n))).to.deep.equal(outcome(() => nice(start, stop, n)));
      }),
      { numRuns: 3000 },
    );
  });

  it('are round, decimal fractions included', () => {
    expect(ticks(0, 1, 10)).to.deep.equal([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(ticks(0, 140, 5)).to.deep.equal([0, 20, 40, 60, 80, 100, 120, 140]);
    expect(ticks(10, 0, 2)).to.deep.equal([10, 5, 0]);
    expect(niceBounds(0.13, 0.97, 5)).to.deep.equal([0, 1]);
    expect(niceBounds(3, 97, 5)).to.deep.equal([0, 100]);
  });
});

describe('nearestIndex', () => {
  it('picks the period with a value nearest the pointer as d3-array’s bisectCenter does, the later of two as near', () => {
    const sorted = fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 40 }).map((values) => values.sort((a, b) => a - b));
    fc.assert(
      fc.property(sorted, fc.double({ min: -10, max: 210, noNaN: true }), (defined, at) => {
        const step = 4;
        const plot = { x: 10, y: 0, width: 201 * step, height: 100 };
        const x = plot.x + (at + 0.5) * step;
        expect(nearestIndex({ plot, step, mirrored: false, defined }, x)).to.equal(defined[bisectCenter(defined, at)]);
      }),
      { numRuns: 1000 },
    );
  });
});
