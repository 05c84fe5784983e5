import { expect } from '@open-wc/testing';
import { evaluateReading } from '../../src/engine/index.js';

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
