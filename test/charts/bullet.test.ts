import { expect } from '@open-wc/testing';
import { bulletGeometry, thresholdBands, type BandThresholds, type BulletInput } from '../../src/charts/index.js';

const up: BandThresholds = { polarity: 'up', target: 700, redFlag: 500, stretch: null, tolerance: null };
const workedExample: BulletInput = { value: 640, domain: [0, 1000], bands: thresholdBands(up, [0, 1000]), target: 700, width: 200, height: 30 };

describe('bulletGeometry', () => {
  it('lays out the worked example on 200 × 30', () => {
    expect(bulletGeometry(workedExample)).to.deep.equal({
      bands: [
        { status: 'off-track', x: 0, width: 100 },
        { status: 'at-risk', x: 100, width: 40 },
        { status: 'on-track', x: 140, width: 40 },
        { status: 'exceeding', x: 180, width: 20 },
      ],
      bar: { x: 0, width: 128, y: 10, height: 10 },
      target: { kind: 'line', x: 140, y1: 6, y2: 24 },
      ticks: [
        { value: 0, x: 0 },
        { value: 500, x: 100 },
        { value: 1000, x: 200 },
      ],
      clamped: null,
    });
  });

  it('mirrors x right to left', () => {
    expect(bulletGeometry({ ...workedExample, rtl: true })).to.deep.equal({
      bands: [
        { status: 'off-track', x: 100, width: 100 },
        { status: 'at-risk', x: 60, width: 40 },
        { status: 'on-track', x: 20, width: 40 },
        { status: 'exceeding', x: 0, width: 20 },
      ],
      bar: { x: 72, width: 128, y: 10, height: 10 },
      target: { kind: 'line', x: 60, y1: 6, y2: 24 },
      ticks: [
        { value: 0, x: 200 },
        { value: 500, x: 100 },
        { value: 1000, x: 0 },
      ],
      clamped: null,
    });
  });

  it('grows the bar from 0 when the domain holds it: negative values extend left', () => {
    const base = { ...workedExample, domain: [-50, 50] as [number, number], bands: [], target: null };
    expect(bulletGeometry({ ...base, value: -20 }).bar).to.deep.equal({ x: 60, width: 40, y: 10, height: 10 });
    expect(bulletGeometry({ ...base, value: 30 }).bar).to.deep.equal({ x: 100, width: 60, y: 10, height: 10 });
    expect(bulletGeometry({ ...base, value: -20, rtl: true }).bar).to.deep.equal({ x: 100, width: 40, y: 10, height: 10 });
  });

  it('grows the bar from the domain’s start when 0 is outside it', () => {
    expect(bulletGeometry({ ...workedExample, domain: [500, 1000], value: 750 }).bar).to.deep.equal({ x: 0, width: 100, y: 10, height: 10 });
    expect(bulletGeometry({ ...workedExample, domain: [-100, -20], value: -60 }).bar).to.deep.equal({ x: 0, width: 100, y: 10, height: 10 });
  });

  it('brackets a band target, clipped to the domain', () => {
    const range: BandThresholds = { polarity: 'range', target: { min: 40, max: 60 }, redFlag: null, stretch: null, tolerance: 6 };
    const input = {
      ...workedExample,
      domain: [20, 80] as [number, number],
      bands: thresholdBands(range, [20, 80]),
      target: range.target,
      value: 50,
      width: 120,
    };
    expect(bulletGeometry(input).target).to.deep.equal({ kind: 'band', x1: 40, x2: 80, y1: 6, y2: 24 });
    expect(bulletGeometry({ ...input, rtl: true }).target).to.deep.equal({ kind: 'band', x1: 40, x2: 80, y1: 6, y2: 24 });
    expect(bulletGeometry({ ...input, target: { min: 70, max: 95 }, rtl: true }).target).to.deep.equal({ kind: 'band', x1: 0, x2: 20, y1: 6, y2: 24 });
    expect(bulletGeometry({ ...input, target: { min: 70, max: 95 } }).target).to.deep.equal({ kind: 'band', x1: 100, x2: 120, y1: 6, y2: 24 });
    expect(bulletGeometry({ ...input, target: { min: 85, max: 95 } }).target).to.equal(null);
  });

  it('draws no bar without a value and no target without one or outside the domain', () => {
    const g = bulletGeometry({ ...workedExample, value: null, target: null });
    expect([g.bar, g.target, g.clamped]).to.deep.equal([null, null, null]);
    expect(bulletGeometry({ ...workedExample, target: 1200 }).target).to.equal(null);
  });

  it('pins a value outside the domain to its end and flags it', () => {
    expect(bulletGeometry({ ...workedExample, value: 1500 })).to.include({ clamped: 'above' });
    expect(bulletGeometry({ ...workedExample, value: 1500 }).bar).to.deep.equal({ x: 0, width: 200, y: 10, height: 10 });
    expect(bulletGeometry({ ...workedExample, value: -20 }).bar).to.deep.equal({ x: 0, width: 0, y: 10, height: 10 });
    expect(bulletGeometry({ ...workedExample, value: -20 }).clamped).to.equal('below');
  });
});
