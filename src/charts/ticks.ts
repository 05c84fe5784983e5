/**
 * Tick values and nice bounds for a linear scale: d3-array's algorithm (ISC licence, Mike Bostock),
 * giving the same values as its `ticks`, `tickIncrement` and `nice`, which the tests check.
 *
 * Written here because d3-array publishes one pre-bundled module whose top-level calls (its
 * bisectors, blur and shuffle) no bundler can drop: importing two functions from it added 2.3 KB
 * (0.9 KB gzipped) of dead code to every chart, and put `bsc-kpi-gauge` over its 20 KB budget as a
 * user's bundler builds it.
 */

/** Where a step of 1 × 10ⁿ gives way to 2, 5 and 10 × 10ⁿ: the geometric means between them. */
const TO_TEN = Math.sqrt(50);
const TO_FIVE = Math.sqrt(10);
const TO_TWO = Math.sqrt(2);

/**
 * About `count` steps of 1, 2 or 5 × 10ⁿ over `start` ≤ `stop`, as `[first, last, step]`: the ticks
 * are `first … last` times `step`, or, for a negative `step`, divided by `-step` (a fraction as the
 * division by a whole number, so 0.3 comes out as 0.3, not 0.30000000000000004).
 */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const raw = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(raw));
  const mantissa = raw / 10 ** power;
  const factor = mantissa >= TO_TEN ? 10 : mantissa >= TO_FIVE ? 5 : mantissa >= TO_TWO ? 2 : 1;
  let first: number;
  let last: number;
  let step: number;
  if (power < 0) {
    const inverse = 10 ** -power / factor;
    first = Math.round(start * inverse);
    last = Math.round(stop * inverse);
    if (first / inverse < start) first++;
    if (last / inverse > stop) last--;
    step = -inverse;
  } else {
    step = 10 ** power * factor;
    first = Math.round(start / step);
    last = Math.round(stop / step);
    if (first * step < start) first++;
    if (last * step > stop) last--;
  }
  // Too few for a count between ½ and 2 (a narrow span): ask for twice as many.
  if (last < first && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [first, last, step];
}

/** About `count` round values from `start` to `stop` (either way round), both ends included when round. */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [first, last, step] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(last >= first)) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const multiple = reverse ? last - i : first + i;
    return step < 0 ? multiple / -step : multiple * step;
  });
}

/** The step between `ticks(start, stop, count)`, negative as an inverse (see `tickSpec`); 0 or NaN when there is none. */
export function tickIncrement(start: number, stop: number, count: number): number {
  return tickSpec(start, stop, count)[2];
}

/** `start` and `stop` widened to round values, so that the scale's first and last ticks are its ends. */
export function niceBounds(start: number, stop: number, count: number): [number, number] {
  let previous: number | undefined;
  for (;;) {
    const step = tickIncrement(start, stop, count);
    if (step === previous || step === 0 || !Number.isFinite(step)) return [start, stop];
    if (step > 0) {
      const [low, high] = [Math.ceil(start / step), Math.floor(stop / step)];
      start = (low - Number(low * step > start)) * step;
      stop = (high + Number(high * step < stop)) * step;
    } else {
      const inverse = -step;
      const [low, high] = [Math.ceil(start * inverse), Math.floor(stop * inverse)];
      start = (low - Number(low / inverse > start)) / inverse;
      stop = (high + Number(high / inverse < stop)) / inverse;
    }
    previous = step;
  }
}
