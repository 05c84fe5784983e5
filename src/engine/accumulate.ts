/**
 * Running aggregates, so the engine combines periods without building arrays: evaluating 10,000
 * KPIs allocates little more than the results. Instances are reset and reused.
 */
import type { Aggregation, Range } from '../model/schema.js';
import type { Thresholds } from './types.js';

export class ValueAccumulator {
  count = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;
  last = NaN;

  reset(): this {
    this.count = 0;
    this.sum = 0;
    this.min = Infinity;
    this.max = -Infinity;
    this.last = NaN;
    return this;
  }

  add(value: number): void {
    this.count++;
    this.sum += value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    this.last = value;
  }

  /** `count` values that lie on a line, from `first` to `last`: enough for every aggregation. */
  addLine(count: number, sum: number, first: number, last: number): void {
    if (count <= 0) return;
    this.count += count;
    this.sum += sum;
    this.min = Math.min(this.min, first, last);
    this.max = Math.max(this.max, first, last);
    this.last = last;
  }

  result(aggregation: Aggregation): number | null {
    if (this.count === 0) return null;
    switch (aggregation) {
      case 'sum':
        return this.sum;
      case 'average':
        return this.sum / this.count;
      case 'last':
        return this.last;
      case 'min':
        return this.min;
      case 'max':
        return this.max;
    }
  }
}

/**
 * Thresholds for an aggregated value (year to date, year end): summed for `sum` KPIs, averaged for
 * `average`; for `last`, `min`, `max` and ratio KPIs, the ones in force at the last period, since
 * a rate or a level does not add up over periods. Periods without a target make a sum unknowable.
 */
export class ThresholdAccumulator {
  private count = 0;
  private missing = 0;
  private target = 0;
  private min = 0;
  private max = 0;
  private redFlag: number | null = 0;
  private stretch: number | null = 0;
  private tolerance: number | null = 0;
  private band = false;
  private last: Thresholds | null = null;

  reset(): this {
    this.count = this.missing = this.target = this.min = this.max = 0;
    this.redFlag = this.stretch = this.tolerance = 0;
    this.band = false;
    this.last = null;
    return this;
  }

  /** Adds the thresholds of `times` periods in a row. */
  add(thresholds: Thresholds | null, times = 1): void {
    if (times <= 0) return;
    this.last = thresholds;
    if (!thresholds) {
      this.missing += times;
      return;
    }
    this.count += times;
    const { target } = thresholds;
    if (typeof target === 'number') this.target += target * times;
    else {
      this.band = true;
      this.min += target.min * times;
      this.max += target.max * times;
    }
    this.redFlag = addNullable(this.redFlag, thresholds.redFlag, times);
    this.stretch = addNullable(this.stretch, thresholds.stretch, times);
    this.tolerance = addNullable(this.tolerance, thresholds.tolerance, times);
  }

  result(aggregation: Aggregation, ratio: boolean): Thresholds | null {
    if (ratio || (aggregation !== 'sum' && aggregation !== 'average')) return this.last;
    if (this.count === 0 || (aggregation === 'sum' && this.missing > 0)) return null;
    const divisor = aggregation === 'sum' ? 1 : this.count;
    const target: number | Range = this.band ? { min: this.min / divisor, max: this.max / divisor } : this.target / divisor;
    return {
      target,
      redFlag: this.redFlag === null ? null : this.redFlag / divisor,
      stretch: this.stretch === null ? null : this.stretch / divisor,
      tolerance: this.tolerance === null ? null : this.tolerance / divisor,
    };
  }
}

function addNullable(total: number | null, value: number | null, times: number): number | null {
  return total === null || value === null ? null : total + value * times;
}
