import type { Status } from '../engine/types.js';
import type { Range } from '../model/schema.js';

/** The statuses a qualitative zone can have: a value, not its absence or a KPI without target. */
export type BandStatus = Exclude<Status, 'no-data' | 'info'>;

/**
 * One qualitative zone of a scale. Neighbouring bands share an edge; a value exactly on it has the
 * better of the two statuses, as the engine's inclusive lower score edges say.
 */
export interface Band {
  from: number;
  to: number;
  status: BandStatus;
}

/** The thresholds a chart draws, in the shape of a `KpiEvaluation` (one can be passed as it is). */
export interface BandThresholds {
  polarity: 'up' | 'down' | 'range';
  target: ChartTarget;
  redFlag: number | null;
  stretch: number | null;
  tolerance: number | null;
}

/** A number for `up`/`down` KPIs, a band for `range` KPIs, null without a target. */
export type ChartTarget = number | Range | null;

/** [start, end] of a scale, in the KPI's unit. */
export type Domain = [number, number];

/** Where a value outside its chart's domain was pinned for drawing. */
export type Clamped = 'below' | 'above' | null;

export interface Point {
  x: number;
  y: number;
}

export interface LineSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
