import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { evaluateReading } from '../../src/engine/index.js';
import { checkReading, notANumber, parseTarget, type Reading } from '../../src/engine/reading.js';
import type { ModelIssue } from '../../src/model/issues.js';

describe('evaluateReading', () => {
  it('scores a standalone value by the same rule as a KPI (72 against 80, red flag 60: at risk)', () => {
    const reading = evaluateReading({ value: 72, target: 80, redFlag: 60 });
    expect(reading.score).to.be.closeTo(20 / 3 - (8 * 10) / 3 / 20, 1e-9);
    expect(reading.status).to.equal('at-risk');
    expect(reading.polarity).to.equal('up');
  });

  it('fills in the default red flag, and takes a band for range polarity', () => {
    expect(evaluateReading({ value: 100, target: 100, polarity: 'down' }).redFlag).to.equal(110);
    const band = evaluateReading({ value: 65, target: { min: 40, max: 60 }, tolerance: 5 });
    expect(band.polarity).to.equal('range');
    expect(band.status).to.equal('at-risk');
  });

  it('is no-data without a finite value, and info without a target', () => {
    expect(evaluateReading({ value: null, target: 5 }).status).to.equal('no-data');
    expect(evaluateReading({ value: Number.NaN, target: 5 }).status).to.equal('no-data');
    expect(evaluateReading({ value: 3 }).status).to.equal('info');
  });
});

describe('checkReading', () => {
  const check = (reading: Reading) => {
    const issues: ModelIssue[] = [];
    return { reading: checkReading(reading, issues), issues };
  };

  it('passes thresholds in order through, and the polarity a band implies', () => {
    expect(check({ value: 72, target: 80, redFlag: 60, stretch: 90 })).to.deep.equal({
      reading: { value: 72, polarity: 'up', target: 80, redFlag: 60, stretch: 90, tolerance: undefined },
      issues: [],
    });
    expect(check({ value: 50, target: { min: 40, max: 60 } }).reading.polarity).to.equal('range');
  });

  it('drops thresholds that contradict each other, keeping the value, and words the issue for attributes', () => {
    const { reading, issues } = check({ value: 72, target: 80, redFlag: 90 });
    expect(reading).to.deep.equal({ value: 72, polarity: undefined, target: null });
    expect(issues).to.have.length(1);
    expect(issues[0]!.path).to.equal('redFlag');
    expect(check({ value: 5, target: 10, polarity: 'range' }).issues[0]!.message).to.contain('(target-min and target-max, or "min..max")');
  });

  it('reports a value, a polarity, a band and a tolerance it cannot use', () => {
    expect(check({ value: Number.NaN, target: 1 }).issues).to.deep.equal([{ path: 'value', message: 'is not a number (got "NaN")' }]);
    const polarity = check({ value: 1, target: 2, polarity: 'sideways' as 'up' });
    expect(polarity.issues).to.deep.equal([{ path: 'polarity', message: 'must be "up", "down" or "range" (got "sideways")' }]);
    expect(polarity.reading.polarity).to.equal('up');
    expect(check({ value: 1, target: { min: 1, max: Number.NaN } }).issues).to.deep.equal([{ path: 'target', message: 'the band needs two numbers' }]);
    expect(check({ value: 1, target: { min: 0, max: 2 }, tolerance: 0 }).issues).to.deep.equal([{ path: 'tolerance', message: 'must be more than 0 (got 0)' }]);
  });

  it('never lets through thresholds the engine would score out of order', () => {
    const number = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: undefined });
    fc.assert(
      fc.property(number, number, number, fc.constantFrom<Reading['polarity']>('up', 'down'), (target, redFlag, stretch, polarity) => {
        const { reading, issues } = check({ value: 0, target, redFlag, stretch, polarity });
        if (typeof reading.target !== 'number') return;
        expect(issues).to.deep.equal([]);
        const sign = polarity === 'up' ? 1 : -1;
        if (typeof reading.redFlag === 'number') expect(sign * reading.redFlag).to.be.below(sign * reading.target);
        if (typeof reading.stretch === 'number') expect(sign * reading.stretch).to.be.above(sign * reading.target);
      }),
    );
  });
});

describe('parseTarget', () => {
  it('reads a number, a band written min..max, and anything else as NaN', () => {
    expect(parseTarget('80')).to.equal(80);
    expect(parseTarget(' 40 .. 60 ')).to.deep.equal({ min: 40, max: 60 });
    expect(parseTarget('-5..-1')).to.deep.equal({ min: -5, max: -1 });
    expect(parseTarget('1.5..2.5')).to.deep.equal({ min: 1.5, max: 2.5 });
    expect(parseTarget('high')).to.be.NaN;
    expect(parseTarget('..60')).to.be.NaN;
    expect(parseTarget('40..x')).to.deep.equal({ min: 40, max: Number.NaN });
  });
});

describe('notANumber', () => {
  it('quotes the value as written', () => {
    expect(notANumber('series[3]', 'abc')).to.deep.equal({ path: 'series[3]', message: 'is not a number (got "abc")' });
  });
});
