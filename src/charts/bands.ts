/**
 * The qualitative zones of a KPI's scale (docs/architecture.md §3) and a scale that shows them. The zones are the
 * engine's score bands turned back into values: where the score crosses 10/3, 20/3 and 10.
 */
import { defaultRedFlag, defaultTolerance } from '../engine/score.js';
import { finiteOrNull, ordered, niceDomain } from './scale.js';
import type { Band, BandStatus, BandThresholds, Domain } from './types.js';

export interface DomainInput extends BandThresholds {
  value: number | null;
  /** An explicit end of the scale; wins over the computed one. */
  min?: number | null;
  max?: number | null;
}

/**
 * The zones of a KPI clipped to `domain`, ordered by `from`, tiling it without gaps or zero-width
 * bands; [] without a target (an `info` KPI) or with thresholds the engine cannot score. A range
 * band of one value (min = max) keeps its two at-risk sides apart: on-track is the point between.
 */
export function thresholdBands(input: BandThresholds, domain: Domain): Band[] {
  const [lo, hi] = ordered(domain);
  const zones = zonesOf(input);
  if (!zones || !(lo < hi) || !Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  const bands: Band[] = [];
  zones.statuses.forEach((status, i) => {
    const from = Math.max(lo, zones.edges[i - 1] ?? -Infinity);
    const to = Math.min(hi, zones.edges[i] ?? Infinity);
    if (to > from) bands.push({ from, to, status });
  });
  return bands;
}

/**
 * A scale for a gauge or a bullet: from where the score reaches 0 (R − d below the red flag, 2t
 * outside a band) to where it reaches 10 (the stretch, or G + d) and half of d beyond, for the
 * exceeding zone to show; widened to hold the value, then made nice by d3 (`nice(5)`).
 * It takes in 0 when that costs at most as much room as the zones themselves (700/500 → 0–1000,
 * revenue 380k/420k/460k → 340k–480k); a range KPI's scale stays centred on its band. Without a
 * target: from 0 to the value. An explicit `min`/`max` is kept as given (both: no nicing); an
 * inverted pair is ignored.
 */
export function defaultDomain(input: DomainInput): Domain {
  const min = finiteOrNull(input.min);
  const max = finiteOrNull(input.max);
  if (min !== null && max !== null && min < max) return [min, max];
  const [lo, hi] = extentOfInterest(input);
  const span = hi - lo;
  if (min !== null && max === null) return [min, nice([min, hi > min ? hi : min + span])[1]];
  if (max !== null && min === null) return [nice([lo < max ? lo : max - span, max])[0], max];
  return nice([lo, hi]);
}

interface Zones {
  /** Ascending values where the status changes; one fewer than `statuses`. */
  edges: number[];
  statuses: BandStatus[];
}

type Resolved = { kind: 'directional'; target: number; redFlag: number; stretch: number } | { kind: 'range'; min: number; max: number; tolerance: number };

function zonesOf(input: BandThresholds): Zones | null {
  const resolved = resolve(input);
  if (!resolved) return null;
  if (resolved.kind === 'range') {
    const { min, max, tolerance } = resolved;
    return {
      edges: [min - tolerance, min, max, max + tolerance],
      statuses: ['off-track', 'at-risk', 'on-track', 'at-risk', 'off-track'],
    };
  }
  const { target, redFlag, stretch } = resolved;
  return target > redFlag
    ? { edges: [redFlag, target, stretch], statuses: ['off-track', 'at-risk', 'on-track', 'exceeding'] }
    : { edges: [stretch, target, redFlag], statuses: ['exceeding', 'on-track', 'at-risk', 'off-track'] };
}

/**
 * Thresholds as the engine scores them: a number target is directional whatever the polarity, its
 * direction that of target − red flag; a band needs a `range` polarity. Missing red flag and
 * tolerance take the engine's defaults; a stretch on the wrong side of the target is left out.
 */
function resolve(input: BandThresholds): Resolved | null {
  const { target } = input;
  if (target === null) return null;
  if (typeof target === 'number') {
    if (!Number.isFinite(target)) return null;
    const redFlag = finiteOrNull(input.redFlag) ?? defaultRedFlag(target, input.polarity);
    if (redFlag === null || redFlag === target) return null;
    const distance = target - redFlag;
    const stretch = finiteOrNull(input.stretch);
    const usable = stretch !== null && (stretch - target) * distance > 0;
    return { kind: 'directional', target, redFlag, stretch: usable ? stretch : target + distance };
  }
  if (input.polarity !== 'range' || !(target.min <= target.max) || !Number.isFinite(target.max - target.min)) return null;
  const given = finiteOrNull(input.tolerance);
  const tolerance = given !== null && given > 0 ? given : defaultTolerance(target);
  if (tolerance === null) return null;
  return { kind: 'range', min: target.min, max: target.max, tolerance };
}

/** The values a scale must show before nicing: the zones that mean something, the value, maybe 0. */
function extentOfInterest(input: DomainInput): Domain {
  const value = finiteOrNull(input.value);
  const resolved = resolve(input);
  const points: number[] = value === null ? [] : [value];
  if (!resolved) {
    points.push(0);
    const lo = Math.min(...points);
    const hi = Math.max(...points);
    return lo < hi ? [lo, hi] : [lo, lo + 1];
  }
  if (resolved.kind === 'range') {
    const { min, max, tolerance } = resolved;
    points.push(min - 2 * tolerance, max + 2 * tolerance);
    return [Math.min(...points), Math.max(...points)];
  }
  const { target, redFlag, stretch } = resolved;
  const distance = target - redFlag;
  points.push(redFlag - distance, stretch + distance / 2);
  return withZero([Math.min(...points), Math.max(...points)]);
}

function withZero([lo, hi]: Domain): Domain {
  const span = hi - lo;
  if (lo > 0 && lo <= span) return [0, hi];
  if (hi < 0 && -hi <= span) return [lo, 0];
  return [lo, hi];
}

/** d3's nice ends, never inside the extent (dividing by the step can lose a subnormal end). */
function nice([lo, hi]: Domain): Domain {
  const [niceLo, niceHi] = niceDomain([lo, hi], 5);
  return [Math.min(lo, niceLo), Math.max(hi, niceHi)];
}
