import { expect } from '@open-wc/testing';
import { pathRound } from 'd3-path';
import fc from 'fast-check';
import { RoundedPath } from '../../src/charts/path.js';

type Command =
  | { kind: 'moveTo' | 'lineTo'; args: [number, number] }
  | { kind: 'bezierCurveTo'; args: [number, number, number, number, number, number] }
  | { kind: 'arcTo'; args: [number, number, number, number, number] }
  | { kind: 'closePath'; args: [] };

/** Coordinates on a small grid as well as anywhere: corners, straight runs and repeated points happen often. */
const coordinate = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -500, max: 500, noNaN: true }));
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constantFrom('moveTo' as const, 'lineTo' as const), args: fc.tuple(coordinate, coordinate) }),
  fc.record({ kind: fc.constant('bezierCurveTo' as const), args: fc.tuple(coordinate, coordinate, coordinate, coordinate, coordinate, coordinate) }),
  fc.record({
    kind: fc.constant('arcTo' as const),
    args: fc.tuple(coordinate, coordinate, coordinate, coordinate, fc.oneof(fc.constant(0), fc.double({ min: 0, max: 50, noNaN: true }))),
  }),
  fc.record({ kind: fc.constant('closePath' as const), args: fc.constant([] as []) }),
);

function draw(path: { [K in Command['kind']]: (...args: number[]) => void }, commands: Command[]): void {
  for (const { kind, args } of commands) path[kind](...args);
}

describe('RoundedPath', () => {
  it('writes what d3-path writes for any moves, lines, curves, corners and closes', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 12 }), fc.integer({ min: 0, max: 4 }), (commands, digits) => {
        const ours = new RoundedPath(digits);
        const theirs = pathRound(digits);
        draw(ours, commands);
        draw(theirs, commands);
        expect(ours.toString()).to.equal(theirs.toString());
      }),
      { numRuns: 2000 },
    );
  });

  it('draws a rounded rectangle as four corners', () => {
    const path = new RoundedPath(2);
    path.moveTo(14, 10);
    path.arcTo(110, 10, 110, 50, 4);
    path.arcTo(110, 50, 10, 50, 4);
    path.arcTo(10, 50, 10, 10, 4);
    path.arcTo(10, 10, 110, 10, 4);
    path.closePath();
    expect(path.toString()).to.equal('M14,10L106,10A4,4,0,0,1,110,14L110,46A4,4,0,0,1,106,50L14,50A4,4,0,0,1,10,46L10,14A4,4,0,0,1,14,10Z');
  });

  it('refuses a negative radius, as a canvas does', () => {
    const path = new RoundedPath(2);
    path.moveTo(0, 0);
    expect(() => path.arcTo(10, 0, 10, 10, -1)).to.throw('negative radius: -1');
  });
});
