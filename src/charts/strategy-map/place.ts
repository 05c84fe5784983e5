import type { StrategyMapGraph } from './graph.js';
import { SIZE } from './size.js';

/**
 * Each item's centre across the map. Lanes start packed in the middle; then, sweeping down and up a
 * few times, each lane moves as near as its order and gaps allow to the mean centre of each item's
 * neighbours in the lane it looks at — a least-squares fit under order constraints, solved exactly
 * by pooling adjacent violators — staying inside the margins.
 */
export function placeAcross(
  graph: StrategyMapGraph,
  lanes: number[][],
  width: number,
  widthOf: (item: number) => number,
  gapBetween: (a: number, b: number) => number,
): Float64Array {
  const x = new Float64Array(graph.itemCount);
  const offsets = lanes.map((lane) => {
    const offset = [0];
    for (let i = 1; i < lane.length; i++) offset.push(offset[i - 1]! + (widthOf(lane[i - 1]!) + widthOf(lane[i]!)) / 2 + gapBetween(lane[i - 1]!, lane[i]!));
    return offset;
  });
  lanes.forEach((lane, k) => {
    const offset = offsets[k]!;
    if (!lane.length) return;
    const start = (width - (offset[lane.length - 1]! + (widthOf(lane[0]!) + widthOf(lane[lane.length - 1]!)) / 2)) / 2 + widthOf(lane[0]!) / 2;
    lane.forEach((item, i) => (x[item] = start + offset[i]!));
  });
  const above: number[][] = Array.from({ length: graph.itemCount }, () => []);
  const below: number[][] = Array.from({ length: graph.itemCount }, () => []);
  for (const segments of graph.segments) {
    for (const [upper, lower] of segments) {
      below[upper]!.push(lower);
      above[lower]!.push(upper);
    }
  }
  const fit = (k: number, adjacent: number[][]) => {
    const lane = lanes[k]!;
    if (!lane.length) return;
    const offset = offsets[k]!;
    const wanted = lane.map((item, i) => {
      const others = adjacent[item]!;
      const target = others.length ? others.reduce((sum, other) => sum + x[other]!, 0) / others.length : x[item]!;
      return target - offset[i]!;
    });
    const low = SIZE.margin + widthOf(lane[0]!) / 2;
    const high = width - SIZE.margin - widthOf(lane[lane.length - 1]!) / 2 - offset[lane.length - 1]!;
    const fitted = isotonic(wanted);
    lane.forEach((item, i) => (x[item] = Math.min(Math.max(fitted[i]!, low), Math.max(low, high)) + offset[i]!));
  };
  for (let pass = 0; pass < 4; pass++) {
    for (let k = 1; k < lanes.length; k++) fit(k, above);
    for (let k = lanes.length - 2; k >= 0; k--) fit(k, below);
  }
  return x;
}

/** The non-decreasing sequence nearest to `values` in least squares (pool adjacent violators). */
function isotonic(values: number[]): number[] {
  const means: number[] = [];
  const sizes: number[] = [];
  for (const value of values) {
    let mean = value;
    let size = 1;
    while (means.length && means[means.length - 1]! > mean) {
      const m = means.pop()!;
      const s = sizes.pop()!;
      mean = (m * s + mean * size) / (s + size);
      size += s;
    }
    means.push(mean);
    sizes.push(size);
  }
  return means.flatMap((mean, i) => Array<number>(sizes[i]!).fill(mean));
}
