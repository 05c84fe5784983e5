import { expect } from '@open-wc/testing';
import { Memo } from '../../src/elements/internal/memo.js';

describe('Memo', () => {
  it('computes again only when a key changes, compared by identity', () => {
    const memo = new Memo<number>();
    let computed = 0;
    const compute = () => ++computed;
    const shown = { periods: [] };
    expect(memo.last).to.equal(undefined);
    expect(memo.get([shown, 600, 'en-US'], compute)).to.equal(1);
    expect(memo.get([shown, 600, 'en-US'], compute)).to.equal(1);
    const next = { periods: [] };
    expect(memo.get([next, 600, 'en-US'], compute), 'an equal but new object').to.equal(2);
    expect(memo.get([next, 600, 'de-DE'], compute)).to.equal(3);
    expect(memo.get([next, 600, 'de-DE'], compute)).to.equal(3);
    expect(memo.last).to.equal(3);
  });
});
