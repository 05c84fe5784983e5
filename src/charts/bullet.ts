/**
 * A bullet chart (Stephen Few): qualitative bands across the full height, the actual as a thinner
 * bar, the target as a taller tick (or a bracket for a band). Horizontal; `rtl` mirrors it.
 */
import { axisTicks, clampToDomain, linear, ordered, round, within } from './scale.js';
import type { Band, BandStatus, ChartTarget, Clamped, Domain } from './types.js';

export interface BulletInput {
  value: number | null;
  domain: Domain;
  bands: readonly Band[];
  target: ChartTarget;
  width: number;
  height: number;
  /** Mirror x: the domain's start on the right. */
  rtl?: boolean;
}

export interface BulletGeometry {
  /** Each spans the full height; `x` is the left edge whatever the direction. */
  bands: { status: BandStatus; x: number; width: number }[];
  /** The middle third of the height, from 0 when the domain holds it, else from the domain's start. */
  bar: { x: number; width: number; y: number; height: number } | null;
  target: BulletTarget | null;
  ticks: { value: number; x: number }[];
  clamped: Clamped;
}

/** A line for a number target; for a band, its two ends clipped to the domain, `x1` ≤ `x2`. */
export type BulletTarget = { kind: 'line'; x: number; y1: number; y2: number } | { kind: 'band'; x1: number; x2: number; y1: number; y2: number };

export function bulletGeometry(input: BulletInput): BulletGeometry {
  const { width, height } = input;
  const x = linear(input.domain, input.rtl ? [width, 0] : [0, width], true);
  const span = (from: number, to: number) => {
    const [left, right] = ordered([x(from), x(to)]);
    return { x: round(left), width: round(round(right) - round(left)) };
  };
  const { value, clamped } = clampToDomain(input.value, input.domain);
  const baseline = within(0, input.domain) ? 0 : ordered(input.domain)[0];
  return {
    bands: input.bands.map((band) => ({ status: band.status, ...span(band.from, band.to) })),
    bar: value === null ? null : { ...span(baseline, value), y: round(height / 3), height: round(height / 3) },
    target: targetOf(input.target, input.domain, span, height),
    ticks: axisTicks(input.domain).map((tick) => ({ value: tick, x: round(x(tick)) })),
    clamped,
  };
}

function targetOf(target: ChartTarget, domain: Domain, span: (from: number, to: number) => { x: number; width: number }, height: number): BulletTarget | null {
  const y1 = round(height * 0.2);
  const y2 = round(height * 0.8);
  if (target === null) return null;
  if (typeof target === 'number') return within(target, domain) ? { kind: 'line', x: span(target, target).x, y1, y2 } : null;
  const [lo, hi] = ordered(domain);
  const from = Math.max(lo, target.min);
  const to = Math.min(hi, target.max);
  if (!(to >= from)) return null;
  const { x, width } = span(from, to);
  return { kind: 'band', x1: x, x2: round(x + width), y1, y2 };
}
