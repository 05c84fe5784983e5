import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  commentMark,
  extendLine,
  fittedTrendGeometry,
  keyIndex,
  nearestIndex,
  opensLeft,
  periodX,
  trendGeometry,
  valueY,
  type TrendInput,
  type TrendPeriod,
} from '../../src/charts/trend.js';
import type { ChartTarget } from '../../src/charts/types.js';

const period = (value: number | null, target: ChartTarget = 10, redFlag: number | null = 8, stretch: number | null = null): TrendPeriod => ({
  value,
  target,
  redFlag,
  stretch,
});
/** A 100 × 100 plot at (30, 10). */
const box = { polarity: 'up' as const, width: 140, height: 120, margin: { top: 10, right: 10, bottom: 10, left: 30 } };
const sample = [period(6), period(9), period(null), period(12), period(11, 12)];

describe('trendGeometry', () => {
  it('places periods in the middles of equal slots and values on a nice scale', () => {
    const g = trendGeometry({ ...box, periods: sample, asOf: 4 });
    expect(g.plot).to.deep.equal({ x: 30, y: 10, width: 100, height: 100 });
    expect(g.step).to.equal(20);
    expect(g.domain).to.deep.equal([6, 12]);
    expect(g.valueTicks).to.deep.equal([
      { value: 6, y: 110 },
      { value: 8, y: 76.67 },
      { value: 10, y: 43.33 },
      { value: 12, y: 10 },
    ]);
    expect(g.periodTicks).to.deep.equal([{ index: 4, x: 120 }]);
    expect(g.asOfX).to.equal(120);
    expect(g.defined).to.deep.equal([0, 1, 3, 4]);
  });

  it('breaks the actual line at a gap, never drawing a zero', () => {
    const g = trendGeometry({ ...box, periods: sample });
    expect(g.actual).to.equal('M40,110L60,60M100,10L120,26.67');
    expect(g.markers.map((m) => [m.index, m.x, m.y])).to.deep.equal([
      [0, 40, 110],
      [1, 60, 60],
      [3, 100, 10],
      [4, 120, 26.67],
    ]);
    expect(g.isolated).to.deep.equal([]);
  });

  it('steps the target at the edge between slots, and shades the zones per run of equal thresholds', () => {
    const g = trendGeometry({ ...box, periods: sample });
    expect(g.target).to.equal('M30,43.33L110,43.33L110,10L130,10');
    expect(g.zones).to.deep.equal([
      // Target 10, red flag 8 (stretch 12 by default) for the first four periods…
      { x: 30, y: 76.67, width: 80, height: 33.33, status: 'off-track' },
      { x: 30, y: 43.33, width: 80, height: 33.33, status: 'at-risk' },
      { x: 30, y: 10, width: 80, height: 33.33, status: 'on-track' },
      // …then target 12 over red flag 8: the scale ends inside at-risk.
      { x: 110, y: 76.67, width: 20, height: 33.33, status: 'off-track' },
      { x: 110, y: 10, width: 20, height: 66.67, status: 'at-risk' },
    ]);
  });

  it('orders the zones by polarity: lower is better', () => {
    const g = trendGeometry({ ...box, polarity: 'down', periods: [period(20, 20, 30, 15), period(25, 20, 30, 15)] });
    expect(g.domain).to.deep.equal([15, 30]);
    expect(g.zones.map((z) => z.status)).to.deep.equal(['on-track', 'at-risk']);
    expect(g.zones.map((z) => [z.y, z.height])).to.deep.equal([
      [76.67, 33.33],
      [10, 66.67],
    ]);
  });

  it('draws both ends of a band target and its at-risk zones on both sides', () => {
    const band = { min: 40, max: 60 };
    const g = trendGeometry({ ...box, polarity: 'range', tolerance: 5, periods: [period(40, band, null), period(52, band, null)] });
    expect(g.domain).to.deep.equal([30, 70]);
    expect(g.target).to.equal('M30,85L130,85M30,35L130,35');
    expect(g.zones.map((z) => [z.status, z.y, z.height])).to.deep.equal([
      ['off-track', 97.5, 12.5],
      ['at-risk', 85, 12.5],
      ['on-track', 35, 50],
      ['at-risk', 22.5, 12.5],
      ['off-track', 10, 12.5],
    ]);
  });

  it('mirrors the time axis right to left', () => {
    const g = trendGeometry({ ...box, periods: sample, asOf: 4, mirrored: true });
    expect(g.actual).to.equal('M120,110L100,60M60,10L40,26.67');
    expect(g.target).to.equal('M130,43.33L50,43.33L50,10L30,10');
    expect(g.zones.map((z) => [z.x, z.width])).to.deep.equal([
      [50, 80],
      [50, 80],
      [50, 80],
      [30, 20],
      [30, 20],
    ]);
    expect(g.asOfX).to.equal(40);
    expect(periodX(g, 0)).to.equal(120);
  });

  it('joins the latest actual up to as-of to the forecast with a segment', () => {
    const g = trendGeometry({ ...box, periods: [period(6), period(9), period(null), period(null), period(null)], asOf: 2, forecast: { index: 4, value: 12 } });
    expect(g.forecast).to.deep.equal({ x1: 60, y1: 60, x2: 120, y2: 10 });
    expect(g.domain, 'the forecast is inside the scale').to.deep.equal([6, 12]);
    expect(trendGeometry({ ...box, periods: [period(null), period(null)], forecast: { index: 1, value: 3 } }).forecast).to.equal(null);
  });

  it('draws one value as an isolated point, and nothing without values', () => {
    const one = trendGeometry({ ...box, periods: [period(5, null, null)] });
    expect(one.actual).to.equal('M80,60Z');
    expect(one.isolated).to.deep.equal([{ index: 0, value: 5, x: 80, y: 60 }]);
    expect(one.domain).to.deep.equal([4, 6]);
    expect(one.zones).to.deep.equal([]);
    expect(one.target).to.equal('');
    const none = trendGeometry({ ...box, periods: [] });
    expect([none.actual, none.target, none.defined, none.periodTicks, none.domain]).to.deep.equal(['', '', [], [], [0, 1]]);
  });

  it('keeps explicit ends of the value scale', () => {
    expect(trendGeometry({ ...box, periods: sample, min: 0, max: 20 }).domain).to.deep.equal([0, 20]);
    expect(trendGeometry({ ...box, periods: sample, min: 20, max: 0 }).domain, 'an inverted pair is ignored').to.deep.equal([6, 12]);
  });

  it('labels every k-th period counted back from as-of, and marks points only when they are apart enough', () => {
    const periods = Array.from({ length: 100 }, (_, i) => period(i % 7 === 3 ? null : i));
    const g = trendGeometry({ ...box, width: 1000, periods, asOf: 99 });
    expect(g.periodTicks.map((t) => t.index)).to.deep.equal([3, 15, 27, 39, 51, 63, 75, 87, 99]);
    expect(g.markers).to.have.length(86);
    const narrow = trendGeometry({ ...box, width: 300, periods });
    expect(narrow.markers, '2.6 px apart').to.deep.equal([]);
  });

  it('finds the nearest period with a value to an x, skipping gaps', () => {
    const g = trendGeometry({ ...box, periods: sample });
    expect([0, 49, 51, 79, 81, 200].map((x) => nearestIndex(g, x))).to.deep.equal([0, 0, 1, 1, 3, 4]);
    const mirrored = trendGeometry({ ...box, periods: sample, mirrored: true });
    expect(nearestIndex(mirrored, 120)).to.equal(0);
    expect(nearestIndex(trendGeometry({ ...box, periods: [period(null)] }), 50)).to.equal(null);
    expect(valueY(g, 9)).to.equal(60);
  });

  it('downsamples 100,000 periods to about two points per pixel', () => {
    const periods = Array.from({ length: 100_000 }, (_, i) => period(Math.sin(i / 1000) * 10 + 10));
    const g = trendGeometry({ ...box, width: 540, periods });
    expect(g.plot.width).to.equal(500);
    expect(g.actual.split('L').length).to.be.within(990, 1001);
    expect(g.markers).to.deep.equal([]);
    expect(
      g.zones.map((z) => z.status),
      'one run of thresholds',
    ).to.deep.equal(['off-track', 'at-risk', 'on-track', 'exceeding']);
  });

  describe('properties', () => {
    const value = fc.oneof({ weight: 4, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) }, { weight: 1, arbitrary: fc.constant(null) });
    const target = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    const input: fc.Arbitrary<TrendInput> = fc
      .record({
        values: fc.array(value, { maxLength: 120 }),
        target: fc.option(target),
        gap: fc.double({ min: 1, max: 1e5, noNaN: true }),
        polarity: fc.constantFrom('up' as const, 'down' as const),
        width: fc.integer({ min: 80, max: 1200 }),
        height: fc.integer({ min: 60, max: 600 }),
        mirrored: fc.boolean(),
        forecast: fc.option(target),
      })
      .map(({ values, target: t, gap, polarity, width, height, mirrored, forecast }) => ({
        periods: values.map((v) => period(v, t, t === null ? null : polarity === 'up' ? t - gap : t + gap)),
        polarity,
        width,
        height,
        mirrored,
        asOf: values.length - 1,
        forecast: forecast === null || values.length === 0 ? null : { index: values.length - 1, value: forecast },
      }));

    it('puts every point, tick, zone and the as-of mark inside the plot area', () => {
      fc.assert(
        fc.property(input, (i) => {
          const g = trendGeometry(i);
          const { x, y, width, height } = g.plot;
          const inside = (px: number, py: number) => {
            expect(px).to.be.within(x - 0.01, x + width + 0.01);
            expect(py).to.be.within(y - 0.01, y + height + 0.01);
          };
          for (const p of [...g.markers, ...g.isolated]) inside(p.x, p.y);
          for (const t of g.valueTicks) inside(x, t.y);
          for (const t of g.periodTicks) inside(t.x, y);
          for (const z of g.zones) {
            inside(z.x, z.y);
            inside(z.x + z.width, z.y + z.height);
          }
          if (g.asOfX !== null) inside(g.asOfX, y);
          if (g.forecast) {
            inside(g.forecast.x1, g.forecast.y1);
            inside(g.forecast.x2, g.forecast.y2);
          }
          for (const n of `${g.actual} ${g.target}`.match(/-?[\d.]+(e[-+]?\d+)?/g) ?? []) expect(Number.isFinite(Number(n))).to.equal(true);
        }),
      );
    });

    it('keeps every gap of the series in the actual line: one subpath per run', () => {
      fc.assert(
        fc.property(input, (i) => {
          const g = trendGeometry(i);
          const values = i.periods.map((p) => p.value);
          const runs = values.filter((v, k) => v !== null && (k === 0 || values[k - 1] === null)).length;
          expect(g.actual.match(/M/g)?.length ?? 0).to.equal(runs);
        }),
      );
    });
  });
});

describe('extendLine', () => {
  it('goes on from the last value at or before `from` by the slope per period', () => {
    expect(extendLine([10, 12, 14], 2, 5, 2)).to.equal(20);
    // A gap at `from`: the line starts from the value before it.
    expect(extendLine([10, 12, null], 2, 5, 2)).to.equal(20);
    expect(extendLine([10, 12, 14, 99], 2, 4, -1)).to.equal(12);
  });

  it('reaches nowhere without a value or a slope', () => {
    expect(extendLine([null, null], 1, 4, 2)).to.equal(null);
    expect(extendLine([10, 12], 1, 4, null)).to.equal(null);
  });
});

describe('keyIndex', () => {
  const defined = [0, 2, 3, 5, 8, 9, 10, 11, 12, 13, 14, 15];

  it('moves to the latest value first, then by one value along the arrow, mirrored right to left', () => {
    expect(keyIndex(defined, null, 'ArrowLeft', false)).to.equal(15);
    expect(keyIndex(defined, null, 'ArrowRight', false)).to.equal(15);
    expect(keyIndex(defined, 3, 'ArrowLeft', false)).to.equal(2);
    expect(keyIndex(defined, 3, 'ArrowRight', false)).to.equal(5);
    expect(keyIndex(defined, 3, 'ArrowLeft', true)).to.equal(5);
    expect(keyIndex(defined, 0, 'ArrowLeft', false)).to.equal(0);
    expect(keyIndex(defined, 15, 'ArrowRight', false)).to.equal(15);
  });

  it('goes a tenth of the values on Page Up and Page Down, and to either end on Home and End', () => {
    // 12 values: a page of one.
    expect(keyIndex(defined, 5, 'PageUp', false)).to.equal(3);
    expect(keyIndex(defined, 5, 'PageDown', false)).to.equal(8);
    const many = Array.from({ length: 100 }, (_, i) => i * 2);
    expect(keyIndex(many, 100, 'PageUp', false)).to.equal(80);
    expect(keyIndex(many, null, 'PageUp', false)).to.equal(178);
    expect(keyIndex(many, 190, 'PageDown', false)).to.equal(198);
    expect(keyIndex(defined, 5, 'Home', true)).to.equal(0);
    expect(keyIndex(defined, 5, 'End', false)).to.equal(15);
  });

  it('moves nowhere for another key, or without values', () => {
    expect(keyIndex(defined, 5, 'Enter', false)).to.equal(undefined);
    expect(keyIndex([], null, 'End', false)).to.equal(undefined);
  });

  it('always lands on a period with a value', () => {
    const keys = fc.constantFrom('ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End');
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(500), { minLength: 1 }), fc.array(keys, { maxLength: 20 }), fc.boolean(), (indices, presses, mirrored) => {
        const sorted = indices.sort((a, b) => a - b);
        let active: number | null = null;
        for (const key of presses) {
          active = keyIndex(sorted, active, key, mirrored)!;
          expect(sorted).to.include(active);
        }
      }),
    );
  });
});

describe('opensLeft and commentMark', () => {
  const g = trendGeometry({ ...box, periods: sample });

  it('opens the tooltip to the left in the plot’s right half, whatever the direction', () => {
    expect([0, 1, 2, 3, 4].map((index) => opensLeft(g, index))).to.deep.equal([false, false, false, true, true]);
    const mirrored = trendGeometry({ ...box, periods: sample, mirrored: true });
    expect([0, 4].map((index) => opensLeft(mirrored, index))).to.deep.equal([true, false]);
  });

  it('hangs a comment’s tab from the plot’s top over the period', () => {
    expect(commentMark(g, 1)).to.equal('M56 10h8v5l-4 4l-4-4z');
  });
});

describe('fittedTrendGeometry', () => {
  it('leaves room beside the plot for the widest value label, on the right when mirrored', () => {
    const input = { polarity: 'up' as const, width: 400, height: 200, periods: sample };
    const short = fittedTrendGeometry(input, (value) => String(value));
    // "10", "12": two characters of 6.6 px, and 10 px to spare.
    expect(short.plot).to.deep.equal({ x: 24, y: 10, width: 360, height: 166 });
    const long = fittedTrendGeometry(input, (value) => `$${value}.00`);
    expect(long.plot.x).to.equal(Math.ceil(6 * 6.6) + 10);
    const mirrored = fittedTrendGeometry({ ...input, mirrored: true }, (value) => String(value));
    expect([mirrored.plot.x, mirrored.plot.width]).to.deep.equal([16, 360]);
  });
});
