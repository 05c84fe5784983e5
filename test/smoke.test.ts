import { expect } from '@open-wc/testing';
describe('smoke', () => { it('runs', () => { const x: number = 1; expect(x).to.equal(1); }); });
