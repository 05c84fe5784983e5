import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { bulletGeometry, defaultDomain, gaugeGeometry, sparklineGeometry, thresholdBands, type Band, type BandThresholds } from '../../src/charts/index.js';
import { scoreValue, statusFromScore } from '../../src/engine/index.js';

const finite = (min = -1e6, max = 1e6) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const positive = (max = 1e5) => fc.double({ min: 1e-3, max, noNaN: true, noDefaultInfinity: true });

/** Valid thresholds as the model's validation lets through, up, down or range. */
const thresholds: fc.Arbitrary<BandThresholds> = fc.oneof(
  fc.tuple(fc.constantFrom('up' as const, 'down' as const), finite(), positive(), fc.option(positive())).map(([polarity, target, gap, stretchGap]) => {
    const sign = polarity === 'up' ? 1 : -1;
    return { polarity, target, redFlag: target - sign * gap, stretch: stretchGap === null ? null : target + sign * stretchGap, tolerance: null };
  }),
  fc.tuple(finite(), fc.double({ min: 0, max: 1e5, noNaN: true }), positive()).map(([min, width, tolerance]) => ({
    polarity: 'range' as const,
    target: { min, max: min + width },
    redFlag: null,
    stretch: null,
    tolerance,
  })),
);
/** Two different ends, in either order. */
const domain = fc.tuple(finite(-2e6, 2e6), finite(-2e6, 2e6)).filter(([a, b]) => a !== b);

/** Every number in a geometry is finite, including those inside path strings. */
function expectFinite(value: unknown, where = 'geometry'): void {
  if (typeof value === 'number') expect(Number.isFinite(value), `${where} = ${value}`).to.equal(true);
  else if (typeof value === 'string') {
    expect(value, where).not.to.match(/NaN|Infinity|undefined/);
    for (const n of value.match(/-?[\d.]+(e[-+]?\d+)?/g) ?? []) expect(Number.isFinite(Number(n)), `${where}: ${n}`).to.equal(true);
  } else if (Array.isArray(value)) value.forEach((item, i) => expectFinite(item, `${where}[${i}]`));
  else if (value && typeof value === 'object') Object.entries(value).forEach(([key, item]) => expectFinite(item, `${where}.${key}`));
}

function expectTiling(bands: Band[], [a, b]: [number, number]): void {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  expect(bands.length).to.be.greaterThan(0);
  expect(bands[0]!.from).to.equal(lo);
  expect(bands.at(-1)!.to).to.equal(hi);
  bands.forEach((band, i) => {
    expect(band.to).to.be.greaterThan(band.from);
    if (i > 0) expect(band.from).to.equal(bands[i - 1]!.to);
  });
}

describe('chart properties', () => {
  it('tiles any domain with bands, without gaps, overlaps or empty bands, when there is a target', () => {
    fc.assert(fc.property(thresholds, domain, (input, d) => expectTiling(thresholdBands(input, d), d)));
  });

  it('gives a band the status the engine gives the values inside it', () => {
    const whole = fc.integer({ min: -1000, max: 1000 });
    const gap = fc.integer({ min: 1, max: 500 });
    const integral = fc.oneof(
      fc.tuple(fc.constantFrom('up' as const, 'down' as const), whole, gap, fc.option(gap)).map(([polarity, target, g, s]) => {
        const sign = polarity === 'up' ? 1 : -1;
        return { polarity, target, redFlag: target - sign * g, stretch: s === null ? null : target + sign * s, tolerance: null };
      }),
      fc.tuple(whole, fc.integer({ min: 0, max: 500 }), gap).map(([min, width, tolerance]) => ({
        polarity: 'range' as const,
        target: { min, max: min + width },
        redFlag: null,
        stretch: null,
        tolerance,
      })),
    );
    const intDomain = fc.tuple(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: 1, max: 6000 })).map(([lo, span]): [number, number] => [lo, lo + span]);
    fc.assert(
      fc.property(integral, intDomain, (input, d) => {
        for (const band of thresholdBands(input, d)) {
          const middle = (band.from + band.to) / 2;
          const score = scoreValue(middle, input.polarity, {
            target: input.target!,
            redFlag: input.redFlag,
            stretch: input.stretch,
            tolerance: input.tolerance,
          });
          expect(statusFromScore(score!), `${middle} in ${band.from}–${band.to}`).to.equal(band.status);
        }
      }),
    );
  });

  it('makes a default domain that holds the value and the zones, in finite numbers', () => {
    fc.assert(
      fc.property(thresholds, fc.option(finite()), (input, value) => {
        const d = defaultDomain({ ...input, value });
        expectFinite(d);
        expect(d[1]).to.be.greaterThan(d[0]);
        if (value !== null) expect(value).to.be.within(d[0], d[1]);
        const target = input.target!;
        for (const end of typeof target === 'number' ? [target] : [target.min, target.max]) expect(end).to.be.within(d[0], d[1]);
        expectTiling(thresholdBands(input, d), d);
      }),
    );
  });

  it('keeps every gauge coordinate finite', () => {
    const angles = fc.tuple(fc.double({ min: -Math.PI, max: 0, noNaN: true }), fc.double({ min: 0.1, max: 2 * Math.PI, noNaN: true }));
    fc.assert(
      fc.property(
        thresholds,
        domain,
        fc.option(finite(-3e6, 3e6)),
        fc.integer({ min: 1, max: 1000 }),
        angles,
        fc.option(fc.integer({ min: 0, max: 2000 })),
        (input, d, value, size, [start, sweep], thickness) => {
          const g = gaugeGeometry({
            value,
            domain: d,
            bands: thresholdBands(input, d),
            target: input.target,
            size,
            startAngle: start,
            endAngle: start + sweep,
            thickness: thickness ?? undefined,
          });
          expectFinite(g);
          expect(g.ticks.length).to.be.at.most(5);
        },
      ),
    );
  });

  it('turns the needle further for a larger value', () => {
    const ascending = domain.map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a]));
    fc.assert(
      fc.property(ascending, finite(-3e6, 3e6), finite(-3e6, 3e6), (d, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const angle = (value: number) => gaugeGeometry({ value, domain: d, bands: [], target: null, size: 200 }).valueAngle!;
        expect(angle(low)).to.be.at.most(angle(high));
      }),
    );
  });

  it('keeps every bullet coordinate finite, its bands side by side across the width', () => {
    fc.assert(
      fc.property(thresholds, domain, fc.option(finite(-3e6, 3e6)), fc.integer({ min: 1, max: 2000 }), fc.boolean(), (input, d, value, width, rtl) => {
        const g = bulletGeometry({ value, domain: d, bands: thresholdBands(input, d), target: input.target, width, height: 30, rtl });
        expectFinite(g);
        const left = [...g.bands].sort((p, q) => p.x - q.x || p.width - q.width);
        expect(left[0]!.x).to.equal(0);
        left.forEach((band, i) => i > 0 && expect(band.x).to.be.closeTo(left[i - 1]!.x + left[i - 1]!.width, 0.011));
        expect(left.at(-1)!.x + left.at(-1)!.width).to.be.closeTo(width, 0.011);
      }),
    );
  });

  it('keeps every sparkline coordinate finite, one subpath per run of values', () => {
    const value = fc.oneof(finite(-1e9, 1e9), fc.constant(null), fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), fc.option(finite()), (values, target) => {
        const g = sparklineGeometry({ values, width: 120, height: 24, target });
        expectFinite(g);
        const runs = values.filter((v, i) => Number.isFinite(v) && !Number.isFinite(values[i - 1] ?? null)).length;
        expect(g.path.match(/M/g)?.length ?? 0).to.equal(runs);
        expect(g.points.length).to.equal(values.filter((v) => Number.isFinite(v)).length);
      }),
    );
  });
});
