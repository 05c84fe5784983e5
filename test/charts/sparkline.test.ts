import { expect } from '@open-wc/testing';
import { sparklineGeometry } from '../../src/charts/index.js';

const moves = (path: string) => path.match(/M/g)?.length ?? 0;

describe('sparklineGeometry', () => {
  it('spreads the values over the width and fits them to the height, larger up', () => {
    const g = sparklineGeometry({ values: [1, 3, 2, 5], width: 90, height: 20, padding: 0 });
    expect(g.path).to.equal('M0,20L30,10L60,15L90,0');
    expect(g.domain).to.deep.equal([1, 5]);
    expect(g.last).to.deep.equal({ x: 90, y: 0 });
    expect(g.min).to.deep.equal({ x: 0, y: 20, value: 1 });
    expect(g.max).to.deep.equal({ x: 90, y: 0, value: 5 });
    expect(g.targetY).to.equal(null);
  });

  it('keeps the padding free', () => {
    const g = sparklineGeometry({ values: [1, 3, 2, 5], width: 94, height: 24 });
    expect(g.path).to.equal('M2,22L32,12L62,17L92,2');
  });

  it('breaks the line at a gap: two runs, two subpaths, positions kept', () => {
    const g = sparklineGeometry({ values: [1, 2, null, 4, 3], width: 100, height: 20, padding: 0 });
    expect(moves(g.path)).to.equal(2);
    expect(g.path).to.equal('M0,20L25,13.33M75,0L100,6.67');
    expect(g.points.map((p) => [p.index, p.x])).to.deep.equal([
      [0, 0],
      [1, 25],
      [3, 75],
      [4, 100],
    ]);
    expect(g.points.every((p) => !p.isolated)).to.equal(true);
  });

  it('treats non-finite numbers as gaps and flags lone values', () => {
    const g = sparklineGeometry({ values: [1, Number.NaN, 4, null, 2, 3], width: 50, height: 30, padding: 0 });
    expect(moves(g.path)).to.equal(3);
    expect(g.path).to.equal('M0,30ZM20,0ZM40,20L50,10');
    expect(g.points.map((p) => p.isolated)).to.deep.equal([true, true, false, false]);
  });

  it('draws a single value as a point: a zero-length subpath in the middle', () => {
    const g = sparklineGeometry({ values: [null, 3, null], width: 100, height: 20, padding: 0 });
    expect(g.path).to.equal('M50,10Z');
    expect(g.points).to.deep.equal([{ x: 50, y: 10, value: 3, index: 1, isolated: true }]);
    expect([g.last, g.min, g.max]).to.deep.equal([
      { x: 50, y: 10 },
      { x: 50, y: 10, value: 3 },
      { x: 50, y: 10, value: 3 },
    ]);
    expect(sparklineGeometry({ values: [3], width: 100, height: 20 }).path).to.equal('M50,10Z');
  });

  it('draws equal values as a flat line across the middle', () => {
    const g = sparklineGeometry({ values: [7, 7, 7], width: 100, height: 20 });
    expect(g.path).to.equal('M2,10L50,10L98,10');
    expect(g.domain).to.deep.equal([7, 7]);
    expect(g.min).to.deep.equal({ x: 2, y: 10, value: 7 });
    expect(g.max).to.deep.equal({ x: 2, y: 10, value: 7 });
  });

  it('fits the target into the scale and places its line', () => {
    const g = sparklineGeometry({ values: [1, 2, 3], width: 100, height: 40, padding: 0, target: 5 });
    expect(g.domain).to.deep.equal([1, 5]);
    expect(g.targetY).to.equal(0);
    expect(g.path).to.equal('M0,40L50,30L100,20');
    expect(sparklineGeometry({ values: [7, 7], width: 100, height: 40, padding: 0, target: 7 }).targetY).to.equal(20);
  });

  it('is empty without any value, with no NaN anywhere', () => {
    const empty = { path: '', points: [], last: null, min: null, max: null, targetY: null, domain: [0, 0] };
    expect(sparklineGeometry({ values: [], width: 100, height: 20 })).to.deep.equal(empty);
    expect(sparklineGeometry({ values: [null, null], width: 100, height: 20, target: 4 })).to.deep.equal(empty);
  });

  it('marks the first of equal extremes', () => {
    const g = sparklineGeometry({ values: [2, 5, 1, 5, 1], width: 40, height: 10, padding: 0 });
    expect(g.min).to.deep.equal({ x: 20, y: 10, value: 1 });
    expect(g.max).to.deep.equal({ x: 10, y: 0, value: 5 });
  });
});
