/**
 * Edge crossings of a layered graph: counting them, and ordering each layer's items to have fewer.
 * A layer is a strategy map's lane; an item is an objective, or a dummy where a link passes through
 * a lane it does not stop in (Sugiyama's dummy nodes), so that a long link can cross and be
 * uncrossed like any other. Links inside one lane are arcs and take no part here.
 */

/** Items in lanes, and the segments joining neighbouring lanes. Items are numbered 0 … itemCount − 1. */
export interface LayeredGraph {
  itemCount: number;
  /** Each lane's items, in their order (first = the lane's start). */
  lanes: number[][];
  /** `segments[k]`: pairs `[item in lane k, item in lane k + 1]`, one per link passing between them. */
  segments: [number, number][][];
}

export interface OrderOptions {
  /** Most down-and-up sweeps (default 24); the ordering stops early after two without a gain. */
  sweeps?: number;
}

/** The crossings of the graph in the given order (default: its own). */
export function countCrossings(graph: LayeredGraph, lanes: readonly (readonly number[])[] = graph.lanes): number {
  const position = positionsOf(graph.itemCount, lanes);
  let total = 0;
  graph.segments.forEach((segments, k) => {
    total += bilayerCrossings(segments, position, lanes[k + 1]?.length ?? 0);
  });
  return total;
}

/**
 * Barycenter sweeps: down the lanes, each item moves to the mean position of its neighbours in the
 * lane above; then up, by its neighbours below. After each round trip, neighbours in a lane swap
 * wherever that saves crossings (Gansner et al.'s transpose: barycenters alone leave crossings a
 * swap would remove). Repeated while the crossings fall. Items without a neighbour on the side a
 * sweep looks at keep their place; sorting is stable, so the same graph gives the same order.
 * Answers the best order seen, the graph's own included: never more crossings than it started with.
 */
export function orderByBarycenter(graph: LayeredGraph, options: OrderOptions = {}): { lanes: number[][]; crossings: number } {
  const above = neighbours(graph, 0);
  const below = neighbours(graph, 1);
  // Two starts, sweeping down first and up first: each finds minima the other misses.
  let best = { lanes: graph.lanes.map((lane) => [...lane]), crossings: countCrossings(graph) };
  for (const downFirst of [true, false]) {
    const found = sweep(graph, above, below, downFirst, options.sweeps ?? 24);
    if (found.crossings < best.crossings) best = found;
  }
  return best;
}

function sweep(graph: LayeredGraph, above: number[][], below: number[][], downFirst: boolean, sweeps: number): { lanes: number[][]; crossings: number } {
  const lanes = graph.lanes.map((lane) => [...lane]);
  const position = positionsOf(graph.itemCount, lanes);
  let best = { lanes: lanes.map((lane) => [...lane]), crossings: countCrossings(graph, lanes) };
  const down = () => {
    for (let k = 1; k < lanes.length; k++) reorder(lanes[k]!, above, position);
  };
  const up = () => {
    for (let k = lanes.length - 2; k >= 0; k--) reorder(lanes[k]!, below, position);
  };
  let stale = 0;
  for (let round = 0; round < sweeps && best.crossings > 0 && stale < 2; round++) {
    if (downFirst) {
      down();
      up();
    } else {
      up();
      down();
    }
    transpose(lanes, above, below, position);
    const crossings = countCrossings(graph, lanes);
    if (crossings < best.crossings) {
      best = { lanes: lanes.map((lane) => [...lane]), crossings };
      stale = 0;
    } else stale++;
  }
  return best;
}

/** Each item's index in its lane. */
function positionsOf(itemCount: number, lanes: readonly (readonly number[])[]): Int32Array {
  const position = new Int32Array(itemCount);
  for (const lane of lanes) lane.forEach((item, i) => (position[item] = i));
  return position;
}

/** For each item, its neighbours in the lane above (`end` 0) or below (`end` 1). */
function neighbours(graph: LayeredGraph, end: 0 | 1): number[][] {
  const found: number[][] = Array.from({ length: graph.itemCount }, () => []);
  for (const segments of graph.segments) for (const segment of segments) found[segment[1 - end]!]!.push(segment[end]);
  return found;
}

/** Sorts a lane by its items' barycenters; items without neighbours stay in their slots. */
function reorder(lane: number[], adjacent: number[][], position: Int32Array): void {
  const movable: { item: number; key: number }[] = [];
  const slots: number[] = [];
  lane.forEach((item, i) => {
    const others = adjacent[item]!;
    if (!others.length) return;
    let sum = 0;
    for (const other of others) sum += position[other]!;
    movable.push({ item, key: sum / others.length });
    slots.push(i);
  });
  movable.sort((a, b) => a.key - b.key);
  movable.forEach(({ item }, j) => (lane[slots[j]!] = item));
  lane.forEach((item, i) => (position[item] = i));
}

/**
 * Swaps neighbours in a lane while a swap has fewer crossings with the lanes on both sides. A lane
 * is looked at again only when it or a lane beside it changed.
 */
function transpose(lanes: number[][], above: number[][], below: number[][], position: Int32Array): void {
  let dirty = new Uint8Array(lanes.length).fill(1);
  for (let rounds = 0; rounds < 32 && dirty.includes(1); rounds++) {
    const next = new Uint8Array(lanes.length);
    for (let k = 0; k < lanes.length; k++) {
      if (!dirty[k]) continue;
      const lane = lanes[k]!;
      for (let i = 0; i + 1 < lane.length; i++) {
        const v = lane[i]!;
        const w = lane[i + 1]!;
        if (swapGain(above[v]!, above[w]!, position) + swapGain(below[v]!, below[w]!, position) <= 0) continue;
        lane[i] = w;
        lane[i + 1] = v;
        position[w] = i;
        position[v] = i + 1;
        next[k] = 1;
        if (k > 0) next[k - 1] = 1;
        if (k + 1 < lanes.length) next[k + 1] = 1;
      }
    }
    dirty = next;
  }
}

/**
 * How many crossings swapping two neighbours saves between their lane and one beside it: the pairs
 * of their links that cross as they stand, less those that would cross swapped (`left`, `right`:
 * the neighbours' positions there).
 */
function swapGain(left: number[], right: number[], position: Int32Array): number {
  let gain = 0;
  for (const a of left) {
    const p = position[a]!;
    for (const b of right) {
      const q = position[b]!;
      if (p > q) gain++;
      else if (p < q) gain--;
    }
  }
  return gain;
}

/**
 * Crossings between two lanes in O(e log n) (Barth, Jünger & Mutzel 2004): segments sorted by their
 * upper end, then by their lower; every inversion of the lower ends is a crossing, counted in an
 * accumulator tree over the lower lane's positions.
 */
function bilayerCrossings(segments: readonly (readonly [number, number])[], position: Int32Array, lowerSize: number): number {
  if (segments.length < 2) return 0;
  const keys = new Float64Array(segments.length);
  segments.forEach(([upper, lower], i) => (keys[i] = position[upper]! * lowerSize + position[lower]!));
  keys.sort();
  let first = 1;
  while (first < lowerSize) first *= 2;
  const tree = new Int32Array(2 * first - 1);
  first -= 1;
  let crossings = 0;
  for (const key of keys) {
    let index = (key % lowerSize) + first;
    tree[index]!++;
    while (index > 0) {
      if (index % 2) crossings += tree[index + 1]!;
      index = (index - 1) >> 1;
      tree[index]!++;
    }
  }
  return crossings;
}
