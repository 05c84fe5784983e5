import { expect } from '@open-wc/testing';
import { pathRound } from 'd3-path';
import fc from 'fast-check';
import { DIGITS } from '../../src/charts/scale.js';
import { sectorPath } from '../../src/charts/sector.js';

/** The sector as the gauge drew it before, through d3-path's arcs (what d3-shape's `arc` does inside). */
function d3Sector(center: { x: number; y: number }, innerRadius: number, outerRadius: number, startAngle: number, endAngle: number): string {
  const path = pathRound(DIGITS);
  const from = startAngle - Math.PI / 2;
  const to = endAngle - Math.PI / 2;
  const anticlockwise = endAngle < startAngle;
  if (from === to) {
    path.moveTo(center.x + outerRadius * Math.cos(from), center.y + outerRadius * Math.sin(from));
    path.lineTo(center.x + innerRadius * Math.cos(from), center.y + innerRadius * Math.sin(from));
    path.closePath();
    return path.toString();
  }
  path.arc(center.x, center.y, outerRadius, from, to, anticlockwise);
  if (innerRadius > 0) path.arc(center.x, center.y, innerRadius, to, from, !anticlockwise);
  else path.lineTo(center.x, center.y);
  path.closePath();
  return path.toString();
}

describe('sectorPath', () => {
  it('writes what d3-path writes, over random sectors: partial, whole, reversed, empty, without a hole', () => {
    const angle = fc.double({ min: -2 * Math.PI, max: 2 * Math.PI, noNaN: true });
    const special = fc.constantFrom(0, Math.PI, -Math.PI, 2 * Math.PI, -2 * Math.PI, (2 * Math.PI) / 3, -(2 * Math.PI) / 3);
    const radius = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 500, noNaN: true }));
    fc.assert(
      fc.property(
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        radius,
        radius,
        fc.oneof(angle, special),
        fc.oneof(angle, special),
        (x, y, r0, r1, a0, a1) => {
          const [inner, outer] = r0 <= r1 ? [r0, r1] : [r1, r0];
          expect(sectorPath({ x, y }, inner, outer, a0, a1)).to.equal(d3Sector({ x, y }, inner, outer, a0, a1));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
