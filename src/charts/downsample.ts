/**
 * Largest-Triangle-Three-Buckets (Sveinn Steinarsson, 2013) over a series with gaps: fewer points
 * that keep the line's shape, its peaks and troughs, so 100,000 periods draw as a path of a few
 * thousand. d3 has no downsampling of its own.
 *
 * Gaps survive: each run of defined values is downsampled on its own, and every run keeps its
 * first and last value, so a gap between two runs is exactly where it was.
 */

/**
 * The indices of the values to draw, one array per run of defined values (a gap between runs),
 * oldest first. `values[i]` null or not finite is a gap. About `threshold` indices in all, shared
 * between the runs by their length; a run never keeps fewer than its two ends (one for a lone
 * value), so a series of many short runs keeps more. With `threshold` ≥ the defined values (or
 * below 3), every defined value is kept.
 */
export function downsample(values: ArrayLike<number | null>, threshold: number): number[][] {
  const runs = runsOf(values);
  const defined = runs.reduce((sum, [first, last]) => sum + last - first + 1, 0);
  const keepAll = !(threshold >= 3) || threshold >= defined;
  return runs.map(([first, last]) => {
    const length = last - first + 1;
    if (keepAll || length <= 2) return range(first, last);
    const budget = Math.max(2, Math.round((threshold * length) / defined));
    return budget >= length ? range(first, last) : lttb(values as ArrayLike<number>, first, last, budget);
  });
}

/** Runs of defined values as [first, last] index pairs, in order. */
export function runsOf(values: ArrayLike<number | null>): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i < values.length; i++) {
    if (isDefined(values[i])) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push([start, i - 1]);
      start = -1;
    }
  }
  if (start >= 0) runs.push([start, values.length - 1]);
  return runs;
}

export function isDefined(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * LTTB over `values[first..last]` (all defined), x being the index: keeps both ends and, from each
 * of `budget − 2` equal buckets between them, the point that makes the largest triangle with the
 * point kept before it and the mean of the next bucket. An affine map to pixels scales every
 * triangle alike, so choosing in index and value space chooses the same points as on screen.
 */
function lttb(values: ArrayLike<number>, first: number, last: number, budget: number): number[] {
  const kept = [first];
  const every = (last - first - 1) / (budget - 2);
  let a = first;
  for (let bucket = 0; bucket < budget - 2; bucket++) {
    const start = first + 1 + Math.floor(bucket * every);
    const end = first + 1 + Math.floor((bucket + 1) * every);
    const nextEnd = Math.min(first + 1 + Math.floor((bucket + 2) * every), last + 1);
    let meanX = 0;
    let meanY = 0;
    for (let i = end; i < nextEnd; i++) {
      meanX += i;
      meanY += values[i]!;
    }
    const count = nextEnd - end;
    meanX /= count;
    meanY /= count;
    const ax = a;
    const ay = values[a]!;
    let chosen = start;
    let largest = -1;
    for (let i = start; i < end; i++) {
      const area = Math.abs((ax - meanX) * (values[i]! - ay) - (ax - i) * (meanY - ay));
      if (area > largest) {
        largest = area;
        chosen = i;
      }
    }
    kept.push(chosen);
    a = chosen;
  }
  kept.push(last);
  return kept;
}

function range(first: number, last: number): number[] {
  const indices = new Array<number>(last - first + 1);
  for (let i = first; i <= last; i++) indices[i - first] = i;
  return indices;
}
