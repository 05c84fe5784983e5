/**
 * A word-sized trend line: the values across the width in their order, gaps where a period has no
 * actual (never a zero), the scale fitted to the values and the target.
 */
import { RoundedPath } from './path.js';
import { DIGITS, finiteOrNull, linear, round } from './scale.js';
import type { Domain, Point } from './types.js';

export interface SparklineInput {
  /** One per period, oldest first; null (or a non-finite number) is a gap. */
  values: readonly (number | null)[];
  width: number;
  height: number;
  /** Room inside the box for strokes and dots; default 2. */
  padding?: number;
  target?: number | null;
}

export interface SparklinePoint extends Point {
  value: number;
  /** Position in `values`, gaps included. */
  index: number;
  /** No defined neighbour: the path holds only a zero-length `M…Z` here, so draw it as a dot. */
  isolated: boolean;
}

export interface SparklineGeometry {
  /**
   * d3's line, one `M` per run of defined values; '' without any. A lone value is `Mx,yZ`, which
   * draws nothing with butt caps: use `points` (`isolated`) for it.
   */
  path: string;
  /** Defined values only, in order. */
  points: SparklinePoint[];
  last: Point | null;
  /** The first lowest and the first highest value. */
  min: (Point & { value: number }) | null;
  max: (Point & { value: number }) | null;
  /** Null without a target or without any value. */
  targetY: number | null;
  /** The values' extent, with the target; a flat series sits in the middle; [0, 0] without values. */
  domain: Domain;
}

export function sparklineGeometry(input: SparklineInput): SparklineGeometry {
  const values = input.values.map((value) => finiteOrNull(value));
  const padding = input.padding ?? 2;
  const target = finiteOrNull(input.target);
  const defined = values.filter((value) => value !== null);
  if (defined.length === 0) return empty();
  const [lowest, highest] = extentOf(defined);
  const domain: Domain = target === null ? [lowest, highest] : [Math.min(lowest, target), Math.max(highest, target)];
  const x = linear([0, values.length - 1], [padding, input.width - padding]);
  const y = linear(domain, [input.height - padding, padding]);
  const path = polyline(values, x, y);

  const points: SparklinePoint[] = [];
  values.forEach((value, index) => {
    if (value === null) return;
    const isolated = (values[index - 1] ?? null) === null && (values[index + 1] ?? null) === null;
    points.push({ x: round(x(index)), y: round(y(value)), value, index, isolated });
  });
  const pointAt = (index: number) => {
    const point = points.find((p) => p.index === index)!;
    return { x: point.x, y: point.y, value: point.value };
  };
  const lastPoint = points[points.length - 1]!;
  return {
    path,
    points,
    last: { x: lastPoint.x, y: lastPoint.y },
    min: pointAt(values.indexOf(lowest)),
    max: pointAt(values.indexOf(highest)),
    targetY: target === null ? null : round(y(target)),
    domain,
  };
}

/** The lowest and the highest of some numbers (a loop: a long series would overflow `Math.min(...)`'s arguments). */
function extentOf(numbers: readonly number[]): [number, number] {
  let [lowest, highest] = [Infinity, -Infinity];
  for (const value of numbers) {
    if (value < lowest) lowest = value;
    if (value > highest) highest = value;
  }
  return [lowest, highest];
}

function empty(): SparklineGeometry {
  return { path: '', points: [], last: null, min: null, max: null, targetY: null, domain: [0, 0] };
}

/**
 * The runs of values as a path, a gap between runs: what d3-shape's \`line().defined()\` draws with
 * its linear curve (a lone value is a zero-length \`M…Z\`), as d3-path writes it. d3-shape itself would
 * bring every curve and symbol into the bundle (about 4 KB gzipped) for this one line.
 */
function polyline(values: readonly (number | null)[], x: (index: number) => number, y: (value: number) => number): string {
  const path = new RoundedPath(DIGITS);
  let run = 0;
  values.forEach((value, index) => {
    if (value === null) {
      if (run === 1) path.closePath();
      run = 0;
      return;
    }
    if (run === 0) path.moveTo(x(index), y(value));
    else path.lineTo(x(index), y(value));
    run++;
  });
  if (run === 1) path.closePath();
  return path.toString();
}
