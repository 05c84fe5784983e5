/**
 * A radial meter: threshold bands on an arc, the value as an arc and a needle, target ticks across
 * the track, a few scale labels inside it. d3-shape's angle convention: 0 at the top, clockwise.
 */
import { axisTicks, clampToDomain, finiteOrNull, linear, round, targetValues, within } from './scale.js';
import { sectorPath } from './sector.js';
import type { Band, BandStatus, ChartTarget, Clamped, Domain, LineSegment, Point } from './types.js';

export interface GaugeInput {
  value: number | null;
  domain: Domain;
  bands: readonly Band[];
  target: ChartTarget;
  /** The longer side of the bounding box, in viewBox units. */
  size: number;
  /** Of the track; default a fifth of the radius. */
  thickness?: number;
  /** Radians, 0 at the top, clockwise; default a 240° meter from −2π/3 to 2π/3. */
  startAngle?: number;
  endAngle?: number;
  /** Room around the arc inside the box, for strokes; default 0. */
  padding?: number;
}

export interface GaugeTick {
  value: number;
  x: number;
  y: number;
  /** `text-anchor` facing the centre; the point is meant for `dominant-baseline: middle`. */
  anchor: 'start' | 'middle' | 'end';
}

export interface GaugeGeometry {
  /** The viewBox is `0 0 width height`, fitted tightly around the arc and its centre. */
  width: number;
  height: number;
  center: Point;
  radius: number;
  innerRadius: number;
  /** The whole arc, as a background. */
  track: string;
  bands: { status: BandStatus; path: string }[];
  /** From the domain's start to the value (pinned into the domain); null without a value. */
  valueArc: string | null;
  /** Radians in d3-shape's convention; null without a value. */
  valueAngle: number | null;
  /** From the centre to the middle of the track, at the value. */
  needle: LineSegment | null;
  /** Across the track: one for a number target, one per end of a band; none outside the domain. */
  targetTicks: LineSegment[];
  /** 3–5 labels from d3's ticks, just inside the track. */
  ticks: GaugeTick[];
  clamped: Clamped;
}

export const GAUGE_START_ANGLE = (-2 * Math.PI) / 3;
export const GAUGE_END_ANGLE = (2 * Math.PI) / 3;

export function gaugeGeometry(input: GaugeInput): GaugeGeometry {
  const startAngle = input.startAngle ?? GAUGE_START_ANGLE;
  const endAngle = input.endAngle ?? GAUGE_END_ANGLE;
  const padding = input.padding ?? 0;
  const box = unitBox(startAngle, endAngle);
  const radius = Math.max(0, input.size - 2 * padding) / Math.max(box.width, box.height);
  const thickness = Math.min(radius, Math.max(0, finiteOrNull(input.thickness) ?? radius / 5));
  const innerRadius = radius - thickness;
  const center = { x: padding - box.minX * radius, y: padding - box.minY * radius };
  const angleOf = linear(input.domain, [startAngle, endAngle], true);
  const sector = (from: number, to: number) => sectorPath(center, innerRadius, radius, from, to);
  const at = (angle: number, distance: number): Point => {
    const [x, y] = pointRadial(angle, distance);
    return { x: round(center.x + x), y: round(center.y + y) };
  };
  const across = (angle: number, r0: number, r1: number): LineSegment => {
    const [from, to] = [at(angle, r0), at(angle, r1)];
    return { x1: from.x, y1: from.y, x2: to.x, y2: to.y };
  };

  const { value, clamped } = clampToDomain(input.value, input.domain);
  const valueAngle = value === null ? null : angleOf(value);
  const labelRadius = innerRadius - Math.max(thickness / 2, radius / 10);
  // On a full turn the end of the scale lands on its start: one label there is enough.
  const fullTurn = Math.abs(endAngle - startAngle) >= 2 * Math.PI - 1e-9;
  return {
    width: round(box.width * radius + 2 * padding),
    height: round(box.height * radius + 2 * padding),
    center: { x: round(center.x), y: round(center.y) },
    radius: round(radius),
    innerRadius: round(innerRadius),
    track: sector(startAngle, endAngle),
    bands: input.bands.map((band) => ({ status: band.status, path: sector(angleOf(band.from), angleOf(band.to)) })),
    valueArc: valueAngle === null ? null : sector(startAngle, valueAngle),
    valueAngle,
    needle: valueAngle === null ? null : across(valueAngle, 0, (innerRadius + radius) / 2),
    targetTicks: targetValues(input.target)
      .filter((target) => within(target, input.domain))
      .map((target) => across(angleOf(target), innerRadius, radius)),
    ticks: axisTicks(input.domain)
      .filter((tick) => !(fullTurn && tick === input.domain[1]))
      .map((tick) => {
        const angle = angleOf(tick);
        return { value: tick, ...at(angle, labelRadius), anchor: anchorAt(angle) };
      }),
    clamped,
  };
}

/** A point at `radius` from the origin along an angle in d3-shape's convention (d3-shape's `pointRadial`). */
function pointRadial(angle: number, radius: number): [number, number] {
  return [radius * Math.sin(angle), -radius * Math.cos(angle)];
}

/**
 * The bounding box of the arc of radius 1 around the origin, with the origin itself (the needle
 * turns there): the ends of the sweep and every quarter turn it passes.
 */
function unitBox(startAngle: number, endAngle: number): { minX: number; minY: number; width: number; height: number } {
  const [a0, a1] = startAngle <= endAngle ? [startAngle, endAngle] : [endAngle, startAngle];
  const angles = [a0, Math.min(a1, a0 + 2 * Math.PI)];
  for (let quarter = Math.ceil((2 * a0) / Math.PI); (quarter * Math.PI) / 2 <= angles[1]!; quarter++) angles.push((quarter * Math.PI) / 2);
  const points = [[0, 0] as [number, number], ...angles.map((angle) => pointRadial(angle, 1))];
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  return { minX, minY, width: Math.max(...xs) - minX, height: Math.max(...ys) - minY };
}

/** Labels inside the arc run towards the centre: left of it from their start, right of it from their end. */
function anchorAt(angle: number): GaugeTick['anchor'] {
  const side = Math.sin(angle);
  return side < -0.25 ? 'start' : side > 0.25 ? 'end' : 'middle';
}
