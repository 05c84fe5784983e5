import { expect } from '@open-wc/testing';
import { defaultRedFlag, defaultTolerance, scoreDirectional, scoreRange, scoreValue } from '../../src/engine/index.js';

const close = (actual: number, expected: number) => expect(actual).to.be.closeTo(expected, 1e-9);

describe('score', () => {
  it('follows the worked example of docs/architecture.md §3 (up, G 700, R 500, no stretch)', () => {
    const scores = [300, 400, 600, 700, 800, 900].map((a) => scoreDirectional(a, 700, 500, null));
    [0, 5 / 3, 5, 20 / 3, 25 / 3, 10].forEach((expected, i) => close(scores[i]!, expected));
  });

  it('scores 10/3 at the red flag, 20/3 at the target and 10 at the stretch', () => {
    close(scoreDirectional(500, 700, 500, 1000), 10 / 3);
    close(scoreDirectional(700, 700, 500, 1000), 20 / 3);
    close(scoreDirectional(1000, 700, 500, 1000), 10);
    close(scoreDirectional(850, 700, 500, 1000), 20 / 3 + 5 / 3);
  });

  it('uses the stretch only above the target', () => {
    close(scoreDirectional(600, 700, 500, 1000), 5);
    close(scoreDirectional(300, 700, 500, 1000), 0);
  });

  it('clamps to [0, 10]', () => {
    expect(scoreDirectional(-1e9, 700, 500, null)).to.equal(0);
    expect(scoreDirectional(1e9, 700, 500, null)).to.equal(10);
    expect(scoreDirectional(1e9, 700, 500, 800)).to.equal(10);
  });

  it('mirrors for down KPIs (lower is better)', () => {
    // G 20, R 30: d = −10.
    close(scoreDirectional(30, 20, 30, null), 10 / 3);
    close(scoreDirectional(20, 20, 30, null), 20 / 3);
    close(scoreDirectional(10, 20, 30, null), 10);
    close(scoreDirectional(40, 20, 30, null), 0);
    close(scoreDirectional(15, 20, 30, 10), 20 / 3 + 5 / 3);
    close(scoreDirectional(25, 20, 30, 10), 5);
  });

  it('works with negative and zero targets, by differences', () => {
    // Up, target −100, red flag −200 (a loss to shrink).
    close(scoreDirectional(-100, -100, -200, null), 20 / 3);
    close(scoreDirectional(-150, -100, -200, null), 5);
    close(scoreDirectional(0, -100, -200, null), 10);
    // Down, target 0 with red flag 5 (incidents).
    close(scoreDirectional(0, 0, 5, null), 20 / 3);
    close(scoreDirectional(5, 0, 5, null), 10 / 3);
    close(scoreDirectional(2.5, 0, 5, null), 5);
  });

  it('defaults the red flag to 10 % of |target| on the worse side', () => {
    expect(defaultRedFlag(700, 'up')).to.equal(630);
    expect(defaultRedFlag(700, 'down')).to.equal(770);
    expect(defaultRedFlag(-100, 'up')).to.equal(-110);
    expect(defaultRedFlag(-100, 'down')).to.equal(-90);
    expect(defaultRedFlag(0, 'up')).to.equal(null);
  });

  it('scores range KPIs: 20/3 inside the band, 10/3 at the tolerance, 0 at twice it', () => {
    const band = { min: 40, max: 60 };
    close(scoreRange(40, band, 5), 20 / 3);
    close(scoreRange(50, band, 5), 20 / 3);
    close(scoreRange(60, band, 5), 20 / 3);
    close(scoreRange(65, band, 5), 10 / 3);
    close(scoreRange(35, band, 5), 10 / 3);
    close(scoreRange(62.5, band, 5), 5);
    expect(scoreRange(70, band, 5)).to.equal(0);
    expect(scoreRange(-1000, band, 5)).to.equal(0);
  });

  it("defaults the tolerance to 10 % of the band's largest bound", () => {
    expect(defaultTolerance({ min: 40, max: 60 })).to.equal(6);
    expect(defaultTolerance({ min: -80, max: 20 })).to.equal(8);
    expect(defaultTolerance({ min: 0, max: 0 })).to.equal(null);
  });

  it('gives no score without a target', () => {
    expect(scoreValue(5, 'up', null)).to.equal(null);
    expect(scoreValue(5, 'up', { target: 10, redFlag: null, stretch: null, tolerance: null })).to.equal(null);
    close(scoreValue(50, 'range', { target: { min: 40, max: 60 }, redFlag: null, stretch: null, tolerance: 5 })!, 20 / 3);
  });
});
