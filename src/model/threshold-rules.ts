/**
 * The rules a KPI's thresholds obey (docs/architecture.md §2), in one place for the model's validation and for
 * the chart elements' attributes: a band for `range` KPIs and numbers otherwise, the red flag and
 * the stretch on the right sides of the target, a red flag for a target of 0, a tolerance for a
 * band of 0 to 0.
 */
import type { Polarity, Range, Target } from './schema.js';

export interface ThresholdInput {
  polarity: Polarity;
  target?: Target | undefined;
  redFlag?: number | undefined;
  stretch?: number | undefined;
  tolerance?: number | undefined;
}

export type ThresholdField = 'target' | 'redFlag' | 'stretch' | 'tolerance';

export interface ThresholdIssue {
  field: ThresholdField;
  message: string;
}

/** How the messages name what an author writes: in a model file, or on an element's attributes. */
export interface ThresholdWording {
  /** How to write a band: `{"min", "max"}` in a model. */
  band: string;
  /** The red flag's name: `redFlag` in a model. */
  redFlag: string;
}

export const MODEL_WORDING: ThresholdWording = { band: '{"min", "max"}', redFlag: '"redFlag"' };

export function thresholdIssues(input: ThresholdInput, wording: ThresholdWording = MODEL_WORDING): ThresholdIssue[] {
  const issues: ThresholdIssue[] = [];
  const report = (field: ThresholdField, message: string) => issues.push({ field, message });
  const { polarity, target, redFlag, stretch, tolerance } = input;
  if (polarity === 'range') {
    if (typeof target === 'number') report('target', `must be a band ${wording.band} for a range KPI (got ${target})`);
    if (redFlag !== undefined) report('redFlag', 'does not apply to a range KPI: use "tolerance" for how far outside the band is off track');
    if (stretch !== undefined) report('stretch', 'does not apply to a range KPI: inside the band is the best a range KPI can be');
    if (isBand(target)) {
      if (target.min > target.max) report('target', `the band is inverted: min (${target.min}) must not be above max (${target.max})`);
      else if (tolerance === undefined && target.min === 0 && target.max === 0) {
        report('tolerance', "is required for a band of 0 to 0: the default tolerance is 10 % of the band's largest bound");
      }
    }
    return issues;
  }
  if (isBand(target)) report('target', `must be a number for a KPI with polarity "${polarity}" (a band ${wording.band} needs polarity "range")`);
  if (tolerance !== undefined) report('tolerance', `applies only to range KPIs: use ${wording.redFlag} for up and down KPIs`);
  if (target === undefined) {
    if (redFlag !== undefined) report('redFlag', 'needs a target: a KPI without a target shows its value with no status');
    if (stretch !== undefined) report('stretch', 'needs a target: a KPI without a target shows its value with no status');
    return issues;
  }
  if (typeof target !== 'number') return issues;
  const up = polarity === 'up';
  const better = up ? 'higher' : 'lower';
  if (redFlag === undefined && target === 0) {
    report('redFlag', 'is required when the target is 0: the default red flag is 10 % away from the target, which is 0 here');
  }
  if (redFlag !== undefined) {
    if (redFlag === target) report('redFlag', `must differ from the target (both are ${target})`);
    else if (up ? redFlag > target : redFlag < target) {
      report('redFlag', `must be ${up ? 'below' : 'above'} the target (${target}) for a KPI where ${better} is better (got ${redFlag})`);
    }
  }
  if (stretch !== undefined && (up ? stretch <= target : stretch >= target)) {
    report('stretch', `must be ${up ? 'above' : 'below'} the target (${target}) for a KPI where ${better} is better (got ${stretch})`);
  }
  return issues;
}

function isBand(target: Target | undefined): target is Range {
  return typeof target === 'object' && target !== null;
}
