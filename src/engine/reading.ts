/**
 * One value against its thresholds, outside any scorecard: what a standalone gauge, bullet or KPI
 * card shows from its attributes. The same rules as a KPI in a scorecard (docs/architecture.md §3), one place.
 */
import type { ModelIssue } from '../model/issues.js';
import type { Polarity, Range } from '../model/schema.js';
import { thresholdIssues, type ThresholdWording } from '../model/threshold-rules.js';
import { finiteOrNull as finite } from './finite.js';
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
  const thresholds = resolveThresholdsFor(
    polarity,
    reading.target ?? undefined,
    reading.redFlag ?? undefined,
    reading.stretch ?? undefined,
    reading.tolerance ?? undefined,
  );
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

const POLARITIES: readonly string[] = ['up', 'down', 'range'];

/** How threshold issues name attributes: a band is two attributes or "min..max", the red flag is `red-flag`. */
const ATTRIBUTE_WORDING: ThresholdWording = { band: '(target-min and target-max, or "min..max")', redFlag: '"red-flag"' };

/**
 * A reading whose thresholds the engine can score, and the issues that kept others out: the
 * model's own threshold rules (`thresholdIssues`), worded for attributes. Thresholds that
 * contradict each other are dropped, so the value is still shown without a status (`info`); a
 * value that is no number is no data.
 */
export function checkReading(reading: Reading, issues: ModelIssue[]): Reading {
  const value = finite(reading.value);
  if (reading.value !== null && reading.value !== undefined && value === null) issues.push(notANumber('value', String(reading.value)));
  let polarity = reading.polarity;
  if (polarity !== undefined && !POLARITIES.includes(polarity)) {
    issues.push({ path: 'polarity', message: `must be "up", "down" or "range" (got "${String(polarity)}")` });
    polarity = undefined;
  }
  const noTarget = { value, polarity, target: null };
  const target = reading.target ?? undefined;
  if (typeof target === 'object' && !(finite(target.min) !== null && finite(target.max) !== null)) {
    issues.push({ path: 'target', message: 'the band needs two numbers' });
    return noTarget;
  }
  if (typeof target === 'number' && finite(target) === null) return noTarget;
  const tolerance = finite(reading.tolerance) ?? undefined;
  if (tolerance !== undefined && !(tolerance > 0)) {
    issues.push({ path: 'tolerance', message: `must be more than 0 (got ${tolerance})` });
    return noTarget;
  }
  const thresholds = {
    polarity: polarity ?? (typeof target === 'object' ? 'range' : 'up'),
    target,
    redFlag: finite(reading.redFlag) ?? undefined,
    stretch: finite(reading.stretch) ?? undefined,
    tolerance,
  } as const;
  const found = thresholdIssues(thresholds, ATTRIBUTE_WORDING);
  for (const issue of found) issues.push({ path: issue.field, message: issue.message });
  if (found.length > 0 || target === undefined) return noTarget;
  return { value, ...thresholds };
}

/** The issue of a value that should be a number and is not, quoting it as its author wrote it. */
export function notANumber(path: string, written: string): ModelIssue {
  return { path, message: `is not a number (got "${written}")` };
}

/** `40..60` → a band; a number → the number; anything else → NaN (reported by the element). */
export function parseTarget(text: string): number | Range {
  const band = /^\s*([^.\s][^\s]*?)\s*\.\.\s*(\S+)\s*$/.exec(text);
  if (band) return { min: Number(band[1]), max: Number(band[2]) };
  return Number(text);
}
