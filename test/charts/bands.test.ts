import { expect } from '@open-wc/testing';
import { clampToDomain, defaultDomain, thresholdBands, type BandThresholds } from '../../src/charts/index.js';
import { scoreValue, statusFromScore } from '../../src/engine/index.js';

const up: BandThresholds = { polarity: 'up', target: 700, redFlag: 500, stretch: null, tolerance: null };
const down: BandThresholds = { polarity: 'down', target: 20, redFlag: 30, stretch: null, tolerance: null };
const range: BandThresholds = { polarity: 'range', target: { min: 40, max: 60 }, redFlag: null, stretch: null, tolerance: 6 };
const info: BandThresholds = { polarity: 'up', target: null, redFlag: null, stretch: null, tolerance: null };

describe('thresholdBands', () => {
  it('follows the worked example of docs/architecture.md §3 (up, G 700, R 500, no stretch) on 0–1000', () => {
    expect(thresholdBands(up, [0, 1000])).to.deep.equal([
      { from: 0, to: 500, status: 'off-track' },
      { from: 500, to: 700, status: 'at-risk' },
      { from: 700, to: 900, status: 'on-track' },
      { from: 900, to: 1000, status: 'exceeding' },
    ]);
  });

  it('gives each value of the worked example the status the engine gives it, edges to the better band', () => {
    const bands = thresholdBands(up, [0, 1000]);
    for (const value of [300, 400, 500, 600, 700, 800, 900]) {
      const band = bands.find((b) => value >= b.from && value < b.to)!;
      expect(band.status, String(value)).to.equal(statusFromScore(scoreValue(value, 'up', { target: 700, redFlag: 500, stretch: null, tolerance: null })!));
    }
  });

  it('ends the on-track band at the stretch when there is one', () => {
    expect(thresholdBands({ ...up, stretch: 1000 }, [0, 1200])).to.deep.equal([
      { from: 0, to: 500, status: 'off-track' },
      { from: 500, to: 700, status: 'at-risk' },
      { from: 700, to: 1000, status: 'on-track' },
      { from: 1000, to: 1200, status: 'exceeding' },
    ]);
  });

  it('ignores a stretch on the wrong side of the target, as if there were none', () => {
    expect(thresholdBands({ ...up, stretch: 600 }, [0, 1000])).to.deep.equal(thresholdBands(up, [0, 1000]));
  });

  it('mirrors for down KPIs: low values exceed', () => {
    expect(thresholdBands(down, [0, 40])).to.deep.equal([
      { from: 0, to: 10, status: 'exceeding' },
      { from: 10, to: 20, status: 'on-track' },
      { from: 20, to: 30, status: 'at-risk' },
      { from: 30, to: 40, status: 'off-track' },
    ]);
    expect(thresholdBands({ ...down, stretch: 5 }, [0, 40]).slice(0, 2)).to.deep.equal([
      { from: 0, to: 5, status: 'exceeding' },
      { from: 5, to: 20, status: 'on-track' },
    ]);
  });

  it('surrounds a range band with at-risk zones as wide as the tolerance', () => {
    expect(thresholdBands(range, [20, 80])).to.deep.equal([
      { from: 20, to: 34, status: 'off-track' },
      { from: 34, to: 40, status: 'at-risk' },
      { from: 40, to: 60, status: 'on-track' },
      { from: 60, to: 66, status: 'at-risk' },
      { from: 66, to: 80, status: 'off-track' },
    ]);
  });

  it('keeps the at-risk sides of a one-value band apart: on-track is the point between', () => {
    expect(thresholdBands({ ...range, target: { min: 0, max: 0 }, tolerance: 1 }, [-3, 3])).to.deep.equal([
      { from: -3, to: -1, status: 'off-track' },
      { from: -1, to: 0, status: 'at-risk' },
      { from: 0, to: 1, status: 'at-risk' },
      { from: 1, to: 3, status: 'off-track' },
    ]);
  });

  it('takes the engine defaults for a missing red flag (10 % of |G|) or tolerance (10 % of the largest bound)', () => {
    expect(thresholdBands({ ...up, target: 100, redFlag: null }, [80, 115])).to.deep.equal([
      { from: 80, to: 90, status: 'off-track' },
      { from: 90, to: 100, status: 'at-risk' },
      { from: 100, to: 110, status: 'on-track' },
      { from: 110, to: 115, status: 'exceeding' },
    ]);
    expect(thresholdBands({ ...down, target: -100, redFlag: null }, [-130, -60]).map((b) => [b.from, b.to])).to.deep.equal([
      [-130, -110],
      [-110, -100],
      [-100, -90],
      [-90, -60],
    ]);
    expect(thresholdBands({ ...range, tolerance: null }, [20, 80])).to.deep.equal(thresholdBands(range, [20, 80]));
  });

  it('clips to the domain and leaves out zones outside it', () => {
    expect(thresholdBands(up, [550, 800])).to.deep.equal([
      { from: 550, to: 700, status: 'at-risk' },
      { from: 700, to: 800, status: 'on-track' },
    ]);
    expect(thresholdBands(up, [1000, 2000])).to.deep.equal([{ from: 1000, to: 2000, status: 'exceeding' }]);
    expect(thresholdBands(up, [500, 700])).to.deep.equal([{ from: 500, to: 700, status: 'at-risk' }]);
  });

  it('works on negative scales', () => {
    expect(thresholdBands({ ...up, target: -100, redFlag: -110 }, [-120, -85])).to.deep.equal([
      { from: -120, to: -110, status: 'off-track' },
      { from: -110, to: -100, status: 'at-risk' },
      { from: -100, to: -90, status: 'on-track' },
      { from: -90, to: -85, status: 'exceeding' },
    ]);
  });

  it('has no zones without a target, or with thresholds the engine cannot score', () => {
    expect(thresholdBands(info, [0, 100])).to.deep.equal([]);
    expect(thresholdBands({ ...up, target: 0, redFlag: null }, [-10, 10])).to.deep.equal([]);
    expect(thresholdBands({ ...up, redFlag: 700 }, [0, 1000])).to.deep.equal([]);
    expect(thresholdBands({ ...range, polarity: 'up' }, [0, 100])).to.deep.equal([]);
    expect(thresholdBands({ ...range, target: { min: 0, max: 0 }, tolerance: null }, [-1, 1])).to.deep.equal([]);
    expect(thresholdBands({ ...range, target: { min: 60, max: 40 } }, [0, 100])).to.deep.equal([]);
  });

  it('has no zones on an empty domain, and accepts a reversed one', () => {
    expect(thresholdBands(up, [500, 500])).to.deep.equal([]);
    expect(thresholdBands(up, [1000, 0])).to.deep.equal(thresholdBands(up, [0, 1000]));
  });
});

describe('defaultDomain', () => {
  it('runs from 0 to half a zone past the stretch for the worked example', () => {
    // R − d = 300 is the score's 0; 0 costs less room than the zones, so it is in. S + d/2 = 1000.
    expect(defaultDomain({ ...up, value: 640 })).to.deep.equal([0, 1000]);
    expect(defaultDomain({ ...up, stretch: 1000, value: 640 })).to.deep.equal([0, 1200]);
  });

  it('leaves 0 out where it would squash the zones', () => {
    const revenue: BandThresholds = { polarity: 'up', target: 420000, redFlag: 380000, stretch: 460000, tolerance: null };
    expect(defaultDomain({ ...revenue, value: 433500 })).to.deep.equal([340000, 480000]);
    expect(defaultDomain({ ...up, target: 100, redFlag: null, value: 95 })).to.deep.equal([80, 115]);
  });

  it('mirrors for down KPIs', () => {
    expect(defaultDomain({ ...down, value: 25 })).to.deep.equal([0, 40]);
  });

  it('centres a range KPI on its band, to twice the tolerance each side', () => {
    expect(defaultDomain({ ...range, value: 50 })).to.deep.equal([20, 80]);
  });

  it('reaches 0 from below on negative scales, or not', () => {
    expect(defaultDomain({ ...up, target: -100, redFlag: -110, value: -95 })).to.deep.equal([-120, -85]);
    expect(defaultDomain({ ...down, target: -20, redFlag: -10, value: -15 })).to.deep.equal([-35, 0]);
  });

  it('widens to hold the value', () => {
    // d3's nice(5) repeats until its step holds: 0–1500 → step 200 → 0–1600 → step 500 → 0–2000.
    expect(defaultDomain({ ...up, value: 1500 })).to.deep.equal([0, 2000]);
    expect(defaultDomain({ ...up, value: -250 })).to.deep.equal([-400, 1000]);
  });

  it('runs from 0 to the value without a target', () => {
    expect(defaultDomain({ ...info, value: 73 })).to.deep.equal([0, 80]);
    expect(defaultDomain({ ...info, value: -5 })).to.deep.equal([-5, 0]);
    expect(defaultDomain({ ...info, value: 0 })).to.deep.equal([0, 1]);
    expect(defaultDomain({ ...info, value: null })).to.deep.equal([0, 1]);
  });

  it('keeps an explicit min and max as given', () => {
    expect(defaultDomain({ ...up, value: 1200, min: 0, max: 1000 })).to.deep.equal([0, 1000]);
    expect(defaultDomain({ ...up, value: 640, min: 123, max: 987 })).to.deep.equal([123, 987]);
  });

  it('computes the free end when only one is given', () => {
    expect(defaultDomain({ ...up, value: 640, min: 200 })).to.deep.equal([200, 1000]);
    expect(defaultDomain({ ...up, value: 640, max: 800 })).to.deep.equal([0, 800]);
    expect(defaultDomain({ ...up, value: 640, min: 2000 })).to.deep.equal([2000, 3000]);
    expect(defaultDomain({ ...up, value: 640, max: -50 })).to.deep.equal([-1200, -50]);
  });

  it('ignores an inverted or empty pair, and non-finite ends', () => {
    expect(defaultDomain({ ...up, value: 640, min: 1000, max: 0 })).to.deep.equal([0, 1000]);
    expect(defaultDomain({ ...up, value: 640, min: 5, max: 5 })).to.deep.equal([0, 1000]);
    expect(defaultDomain({ ...up, value: Number.NaN, min: Number.NEGATIVE_INFINITY, max: null })).to.deep.equal([0, 1000]);
  });
});

describe('clampToDomain', () => {
  it('pins a value outside the domain and says on which side', () => {
    expect(clampToDomain(1200, [0, 1000])).to.deep.equal({ value: 1000, clamped: 'above' });
    expect(clampToDomain(-3, [0, 1000])).to.deep.equal({ value: 0, clamped: 'below' });
    expect(clampToDomain(640, [0, 1000])).to.deep.equal({ value: 640, clamped: null });
    expect(clampToDomain(null, [0, 1000])).to.deep.equal({ value: null, clamped: null });
    expect(clampToDomain(Number.NaN, [0, 1000])).to.deep.equal({ value: null, clamped: null });
  });
});
