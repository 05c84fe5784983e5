import { formatParts, unitOptions } from './duration.js';
import { fillTemplate, resolveLabels, type Labels } from './labels.js';
import { fractionDigits, isShowable, NO_VALUE, numberOptions, withUnitLabel, type ValueFormatOptions } from './number.js';
import { formatSigned } from './sign.js';
import './english/figures.js';

export interface ChangeFormatOptions extends ValueFormatOptions {
  /** For the percentage-point template; the locale's built-in labels when absent. */
  labels?: Labels;
}

/**
 * A change with its sign always shown: "+1,200", "-3.5", "±0". Changes of a `percent` KPI are
 * differences of fractions, so they are percentage points: 0.012 → "+1.2 pp". A module of its own
 * beside `formatValue` (with the sign's code): a page of gauges shows values, never a change.
 */
export function formatChange(change: number | null, unit: string, options: ChangeFormatOptions): string {
  if (!isShowable(change)) return NO_VALUE;
  const { locale } = options;
  if (unit === 'duration') return formatDurationChange(change, locale);
  if (unit === 'percent') {
    const points = formatSigned(change * 100, locale, fractionDigits(options.decimals, 1));
    return fillTemplate((options.labels ?? resolveLabels(locale)).percentagePoints, { value: points });
  }
  return withUnitLabel(formatSigned(change, locale, numberOptions(change, unit, options)), unit);
}

/** A change of duration: "+1 hr, 5 min", "-45 sec", "±0 sec". */
export function formatDurationChange(seconds: number, locale: string): string {
  return formatParts(seconds, locale, (amount, unit) => formatSigned(amount, locale, unitOptions(unit)));
}
