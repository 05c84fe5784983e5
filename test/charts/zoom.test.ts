import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { panBy, transformAttribute, wheelZoomFactor, zoomAround, ZOOM_IDENTITY, type ZoomTransform } from '../../src/charts/zoom.js';

const EXTENT = [0.5, 8] as const;
/** Where a point of the drawing lands under a transform. */
const apply = (t: ZoomTransform, [x, y]: readonly [number, number]) => [t.x + x * t.k, t.y + y * t.k];
const coordinate = fc.double({ min: -1000, max: 1000, noNaN: true });
const transform = fc.record({ k: fc.double({ min: 0.5, max: 8, noNaN: true }), x: coordinate, y: coordinate });

describe('zoom transforms', () => {
  it('zooms around a point: what lies under it stays under it, and the scale stays inside the extent', () => {
    fc.assert(
      fc.property(transform, fc.double({ min: 0.01, max: 100, noNaN: true }), coordinate, coordinate, (t, factor, px, py) => {
        const zoomed = zoomAround(t, t.k * factor, [px, py], EXTENT);
        expect(zoomed.k).to.be.within(EXTENT[0], EXTENT[1]);
        // The drawing's point under (px, py) before the zoom.
        const under = [(px - t.x) / t.k, (py - t.y) / t.k] as const;
        const [x, y] = apply(zoomed, under);
        expect(x).to.be.closeTo(px, 1e-6 * (1 + Math.abs(px)));
        expect(y).to.be.closeTo(py, 1e-6 * (1 + Math.abs(py)));
      }),
    );
  });

  it("writes the transform as d3-zoom does, and d3-zoom's wheel steps", () => {
    expect(transformAttribute(ZOOM_IDENTITY)).to.equal('translate(0,0) scale(1)');
    expect(transformAttribute(panBy(zoomAround(ZOOM_IDENTITY, 2, [50, 50], EXTENT), 10, -5))).to.equal('translate(-40,-55) scale(2)');
    // A wheel notch of 100 px with Ctrl (a touchpad pinch): 2^(−100 × 0.002 × 10) = 1/4; without: 2^−0.2.
    expect(wheelZoomFactor(100, 0, true)).to.equal(0.25);
    expect(wheelZoomFactor(-100, 0, false)).to.be.closeTo(2 ** 0.2, 1e-12);
    expect(wheelZoomFactor(3, 1, false)).to.be.closeTo(2 ** -0.15, 1e-12);
  });
});
