/**
 * One value against its thresholds, outside any scorecard: what a standalone gauge, bullet or KPI
 * card shows from its attributes. The same rules as a KPI in a scorecard (docs/architecture.md §3), one place.
 */
import type { Polarity, Range } from '../model/schema.js';
import { resolveThresholdsFor } from './thresholds.js';
import { scoreValue } from './score.js';
import { statusOf } from './status.js';
import type { Status } from './types.js';

export interface Reading {
  value: number | null;
  target?: number | Range | null;
  redFlag?: number | null;
  stretch?: number | null;
  tolerance?: number | null;
  polarity?: Polarity;
}

export interface ReadingEvaluation {
  value: number | null;
  score: number | null;
  status: Status;
  polarity: Polarity;
  target: number | Range | null;
  /** The red flag in force: the given one, or the default 10 % of |target| away. */
  redFlag: number | null;
  stretch: number | null;
  tolerance: number | null;
}

export function evaluateReading(reading: Reading): ReadingEvaluation {
  const polarity = reading.polarity ?? (reading.target !== null && typeof reading.target === 'object' ? 'range' : 'up');
  const thresholds = resolveThresholdsFor(polarity, reading.target ?? undefined, reading.redFlag ?? undefined, reading.stretch ?? undefined, reading.tolerance ?? undefined);
  const value = reading.value !== null && Number.isFinite(reading.value) ? reading.value : null;
  const score = value === null ? null : scoreValue(value, polarity, thresholds);
  return {
    value,
    score,
    status: statusOf(value, score),
    polarity,
    target: thresholds?.target ?? null,
    redFlag: thresholds?.redFlag ?? null,
    stretch: thresholds?.stretch ?? null,
    tolerance: thresholds?.tolerance ?? null,
  };
}
