import { niceBounds, ticks } from './ticks.js';
import type { ModelIssue } from '../model/issues.js';
import type { Clamped, ChartTarget, Domain } from './types.js';

/** Path coordinates and plain numbers are rounded to this many decimals, so output compares exactly. */
export const DIGITS = 2;

/** Below this a scale's ends are one point for the tick generator. */
const MIN_SPAN = 1e-300;

/** A value pinned into its domain for drawing, and on which side it was outside. */
export function clampToDomain(value: number | null, domain: Domain): { value: number | null; clamped: Clamped } {
  if (value === null || !Number.isFinite(value)) return { value: null, clamped: null };
  const [lo, hi] = ordered(domain);
  if (value < lo) return { value: lo, clamped: 'below' };
  if (value > hi) return { value: hi, clamped: 'above' };
  return { value, clamped: null };
}

/** A linear map from a domain onto a range: what the charts take of d3-scale's `scaleLinear`. */
export interface Linear {
  (value: number): number;
  readonly domain: Domain;
}

/**
 * The linear map of d3-scale's `scaleLinear`, a degenerate domain mapping to the range's middle as
 * there. Written here because `scaleLinear` brings d3-interpolate, d3-color and d3-format along
 * (about 9 KB gzipped, half a gauge's budget) for interpolating colours and formatting ticks,
 * which the kit does not use. Ticks and nice bounds are d3-array's (`ticks.ts`).
 */
export function linear(domain: Domain, range: [number, number], clamp = false): Linear {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const [lo, hi] = ordered(domain);
  const span = d1 - d0;
  const map = (value: number) => {
    if (span === 0 || !Number.isFinite(span)) return (r0 + r1) / 2;
    const v = clamp ? Math.min(hi, Math.max(lo, value)) : value;
    return r0 + ((v - d0) / span) * (r1 - r0);
  };
  return Object.assign(map, { domain });
}

/** d3's nice bounds for a domain (d3-array `nice`, as `scaleLinear().nice(count)` computes them). */
export function niceDomain([lo, hi]: Domain, count = 5): Domain {
  return niceBounds(lo, hi, count);
}

/**
 * At most `most` ticks from d3: a small scale (a gauge, a bullet) has room for few labels, and d3's
 * count is only a hint, so fewer are asked for until few enough come back.
 */
export function axisTicks(domain: Domain, most = 5): number[] {
  const [start, end] = domain;
  // The tick step overflows (10 ** 324) on a span too small for a double to step through.
  if (start !== end && !(Math.abs(end - start) >= MIN_SPAN)) return [];
  const [lo, hi] = ordered(domain);
  for (let count = most; count > 1; count--) {
    const found = ticks(lo, hi, count);
    if (found.length <= most) return found;
  }
  return ticks(lo, hi, 1);
}

export function round(value: number): number {
  const factor = 10 ** DIGITS;
  return Math.round(value * factor) / factor + 0;
}

export function ordered([a, b]: Domain): Domain {
  return a <= b ? [a, b] : [b, a];
}

export function within(value: number, domain: Domain): boolean {
  const [lo, hi] = ordered(domain);
  return value >= lo && value <= hi;
}

/** The values a target marks on a scale: one for a number, both ends of a band. */
export function targetValues(target: ChartTarget): number[] {
  if (target === null) return [];
  return typeof target === 'number' ? [target] : [target.min, target.max];
}

export { finiteOrNull } from '../engine/finite.js';

/** A scale's ends as set: kept when in order (either may be unset), else neither, and an issue for `min`. */
export function scaleBounds(min: number | null, max: number | null, issues: ModelIssue[]): { min: number | null; max: number | null } {
  if (min === null || max === null || min < max) return { min, max };
  issues.push({ path: 'min', message: `must be below max (got ${min} and ${max})` });
  return { min: null, max: null };
}
