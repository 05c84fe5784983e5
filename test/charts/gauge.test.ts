import { expect } from '@open-wc/testing';
import { gaugeGeometry, thresholdBands, type BandThresholds, type GaugeInput } from '../../src/charts/index.js';

const up: BandThresholds = { polarity: 'up', target: 700, redFlag: 500, stretch: null, tolerance: null };
const workedExample: GaugeInput = { value: 640, domain: [0, 1000], bands: thresholdBands(up, [0, 1000]), target: 700, size: 240 };
const TURN = 2 * Math.PI;

/** A point at `angle` (d3-shape's convention) and `radius` around (120, 120), as d3-path writes it. */
const at = (angle: number, radius: number) => `${round(120 + radius * Math.sin(angle))},${round(120 - radius * Math.cos(angle))}`;
const round = (n: number) => Math.round(n * 100) / 100;

describe('gaugeGeometry', () => {
  it('fits a 240° meter tightly: as wide as the circle, down to the ends of the arc', () => {
    const g = gaugeGeometry(workedExample);
    expect([g.width, g.height, g.center, g.radius, g.innerRadius]).to.deep.equal([240, 180, { x: 120, y: 120 }, 120, 96]);
  });

  it('draws the track from −120° to 120° with d3-shape arcs, moved to the centre', () => {
    const g = gaugeGeometry(workedExample);
    expect(g.track).to.equal('M16.08,180A120,120,0,1,1,223.92,180L203.14,168A96,96,0,1,0,36.86,168Z');
    expect(g.track).to.equal(`M${at(-TURN / 3, 120)}A120,120,0,1,1,${at(TURN / 3, 120)}L${at(TURN / 3, 96)}A96,96,0,1,0,${at(-TURN / 3, 96)}Z`);
  });

  it('draws the worked example’s bands where their values fall on the arc', () => {
    const g = gaugeGeometry(workedExample);
    expect(g.bands).to.deep.equal([
      { status: 'off-track', path: 'M16.08,180A120,120,0,0,1,120,0L120,24A96,96,0,0,0,36.86,168Z' },
      { status: 'at-risk', path: 'M120,0A120,120,0,0,1,209.18,39.7L191.34,55.76A96,96,0,0,0,120,24Z' },
      { status: 'on-track', path: 'M209.18,39.7A120,120,0,0,1,239.34,132.54L215.47,130.03A96,96,0,0,0,191.34,55.76Z' },
      { status: 'exceeding', path: 'M239.34,132.54A120,120,0,0,1,223.92,180L203.14,168A96,96,0,0,0,215.47,130.03Z' },
    ]);
    // 700 of 0–1000 is 70 % of 240° past −120°: 48°.
    const angle700 = -TURN / 3 + 0.7 * ((2 * TURN) / 3);
    expect(g.bands[1]!.path).to.contain(`A120,120,0,0,1,${at(angle700, 120)}L${at(angle700, 96)}`);
  });

  it('places the value arc, the needle and the target tick at their angles', () => {
    const g = gaugeGeometry(workedExample);
    const angle640 = -TURN / 3 + 0.64 * ((2 * TURN) / 3);
    expect(g.valueAngle).to.be.closeTo(angle640, 1e-12);
    expect(g.valueArc).to.equal('M16.08,180A120,120,0,0,1,186.41,20.05L173.13,40.04A96,96,0,0,0,36.86,168Z');
    expect(g.valueArc).to.contain(at(angle640, 120));
    expect(g.needle).to.deep.equal({ x1: 120, y1: 120, x2: 179.77, y2: 30.04 });
    expect(`${g.needle!.x2},${g.needle!.y2}`).to.equal(at(angle640, 108));
    expect(g.targetTicks).to.deep.equal([{ x1: 191.34, y1: 55.76, x2: 209.18, y2: 39.7 }]);
    expect(g.clamped).to.equal(null);
  });

  it('labels 3–5 of d3’s ticks inside the track, anchored towards the centre', () => {
    expect(gaugeGeometry(workedExample).ticks).to.deep.equal([
      { value: 0, x: 47.25, y: 162, anchor: 'start' },
      { value: 500, x: 120, y: 36, anchor: 'middle' },
      { value: 1000, x: 192.75, y: 162, anchor: 'end' },
    ]);
    const ticks = gaugeGeometry({ ...workedExample, domain: [0, 7] }).ticks;
    expect(ticks.map((t) => t.value)).to.deep.equal([0, 2, 4, 6]);
    expect(ticks.map((t) => t.anchor)).to.deep.equal(['start', 'start', 'end', 'end']);
  });

  it('marks both ends of a band target', () => {
    const g = gaugeGeometry({ value: -50, domain: [-100, 0], bands: [], target: { min: -80, max: -20 }, size: 200, startAngle: -TURN / 4, endAngle: TURN / 4 });
    expect(g.targetTicks).to.deep.equal([
      { x1: 35.28, y1: 52.98, x2: 19.1, y2: 41.22 },
      { x1: 164.72, y1: 52.98, x2: 180.9, y2: 41.22 },
    ]);
  });

  it('fits other sweeps: a half circle sits on its centre, a full one is square', () => {
    const half = gaugeGeometry({ value: -50, domain: [-100, 0], bands: [], target: null, size: 200, startAngle: -TURN / 4, endAngle: TURN / 4 });
    expect([half.width, half.height, half.center]).to.deep.equal([200, 100, { x: 100, y: 100 }]);
    expect(half.track).to.equal('M0,100A100,100,0,1,1,200,100L180,100A80,80,0,1,0,20,100Z');
    expect(half.valueAngle).to.equal(0);
    expect(half.needle).to.deep.equal({ x1: 100, y1: 100, x2: 100, y2: 10 });

    const full = gaugeGeometry({ value: 25, domain: [0, 100], bands: [], target: 50, size: 100, startAngle: 0, endAngle: TURN, thickness: 10 });
    expect([full.width, full.height, full.center, full.innerRadius]).to.deep.equal([100, 100, { x: 50, y: 50 }, 40]);
    expect(full.needle).to.deep.equal({ x1: 50, y1: 50, x2: 95, y2: 50 });
    expect(full.ticks.map((t) => t.value)).to.deep.equal([0, 50]);

    const narrow = gaugeGeometry({ value: 25, domain: [0, 100], bands: [], target: 50, size: 100, startAngle: -TURN / 12, endAngle: TURN / 12 });
    expect([narrow.width, narrow.height, narrow.center, narrow.radius]).to.deep.equal([100, 100, { x: 50, y: 100 }, 100]);
  });

  it('keeps room for strokes when asked', () => {
    const g = gaugeGeometry({ ...workedExample, size: 244, padding: 2 });
    expect([g.width, g.height, g.center, g.radius]).to.deep.equal([244, 184, { x: 122, y: 122 }, 120]);
    expect(g.track).to.equal('M18.08,182A120,120,0,1,1,225.92,182L205.14,170A96,96,0,1,0,38.86,170Z');
  });

  it('draws no value without one', () => {
    const g = gaugeGeometry({ ...workedExample, value: null });
    expect([g.valueArc, g.valueAngle, g.needle, g.clamped]).to.deep.equal([null, null, null, null]);
    expect(g.bands).to.have.length(4);
  });

  it('pins a value outside the domain to its end and flags it', () => {
    const above = gaugeGeometry({ ...workedExample, value: 1500 });
    expect([above.valueAngle, above.clamped]).to.deep.equal([TURN / 3, 'above']);
    expect(above.valueArc).to.equal(gaugeGeometry({ ...workedExample, value: 1000 }).valueArc);
    const below = gaugeGeometry({ ...workedExample, value: -20 });
    expect([below.valueAngle, below.clamped]).to.deep.equal([-TURN / 3, 'below']);
    expect(below.valueArc).to.equal('M16.08,180L36.86,168Z');
  });

  it('leaves out a target outside the domain', () => {
    expect(gaugeGeometry({ ...workedExample, target: 1200 }).targetTicks).to.deep.equal([]);
    expect(gaugeGeometry({ ...workedExample, target: { min: 900, max: 1100 } }).targetTicks).to.have.length(1);
  });

  it('works on a negative domain', () => {
    const bands = thresholdBands({ ...up, target: -100, redFlag: -110 }, [-120, -85]);
    const g = gaugeGeometry({ value: -100, domain: [-120, -85], bands, target: -100, size: 240 });
    expect(g.bands.map((b) => b.status)).to.deep.equal(['off-track', 'at-risk', 'on-track', 'exceeding']);
    // −100 is 20/35 of the way: the needle and the target tick share the angle.
    const angle = -TURN / 3 + (20 / 35) * ((2 * TURN) / 3);
    expect(`${g.needle!.x2},${g.needle!.y2}`).to.equal(at(angle, 108));
    expect(`${g.targetTicks[0]!.x2},${g.targetTicks[0]!.y2}`).to.equal(at(angle, 120));
  });
});
