import { expect } from '@open-wc/testing';
import { statusFromScore, statusOf, rollupScore, rollupStatus } from '../../src/engine/index.js';

describe('status bands', () => {
  it("puts each band's lower edge inside the band", () => {
    expect(statusFromScore(10)).to.equal('exceeding');
    expect(statusFromScore(20 / 3)).to.equal('on-track');
    expect(statusFromScore(10 / 3)).to.equal('at-risk');
    expect(statusFromScore(0)).to.equal('off-track');
  });

  it('compares with a tolerance of 1e-9, not more', () => {
    expect(statusFromScore(20 / 3 - 1e-10)).to.equal('on-track');
    expect(statusFromScore(20 / 3 - 1e-8)).to.equal('at-risk');
    expect(statusFromScore(10 - 5e-10)).to.equal('exceeding');
    expect(statusFromScore(10 - 1e-8)).to.equal('on-track');
    expect(statusFromScore(10 / 3 - 1e-10)).to.equal('at-risk');
    expect(statusFromScore(10 / 3 - 1e-8)).to.equal('off-track');
  });

  it('tells no-data (no value) from info (no target)', () => {
    expect(statusOf(null, null)).to.equal('no-data');
    expect(statusOf(0, null)).to.equal('info');
    expect(statusOf(0, 0)).to.equal('off-track');
  });
});

describe('roll-up', () => {
  it('is the weighted mean of the children that have a score', () => {
    expect(
      rollupScore(
        [
          { score: 9, weight: 1 },
          { score: 3, weight: 2 },
        ],
        'weighted',
      ),
    ).to.equal(5);
  });

  it('gives the weight of children without data, and of weight 0, to the rest', () => {
    const children = [
      { score: 9, weight: 1 },
      { score: null, weight: 5 },
      { score: 0, weight: 0 },
    ];
    expect(rollupScore(children, 'weighted')).to.equal(9);
    expect(rollupScore(children, 'worst')).to.equal(9);
  });

  it('takes the worst or the best child', () => {
    const children = [
      { score: 9, weight: 1 },
      { score: 3, weight: 2 },
      { score: 6, weight: 1 },
    ];
    expect(rollupScore(children, 'worst')).to.equal(3);
    expect(rollupScore(children, 'best')).to.equal(9);
  });

  it('has no score, and no-data, when no child is left', () => {
    expect(rollupScore([], 'weighted')).to.equal(null);
    expect(
      rollupScore(
        [
          { score: null, weight: 1 },
          { score: 7, weight: 0 },
        ],
        'weighted',
      ),
    ).to.equal(null);
    expect(rollupStatus(null)).to.equal('no-data');
    expect(rollupStatus(7)).to.equal('on-track');
  });
});
