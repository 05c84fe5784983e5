import type { Range } from '../model/schema.js';
import { formatDuration } from './duration.js';
import { numberFormat } from './intl-cache.js';

export interface ValueFormatOptions {
  locale: string;
  /** ISO 4217 code for `currency` values: the scorecard's currency; USD when it names none. */
  currency?: string;
  /** Exactly this many fraction digits, instead of the unit's defaults. */
  decimals?: number;
  /** `false` keeps every digit of values from a million up ("1,234,567" instead of "1.2M"). */
  compact?: boolean;
}

/** How a KPI's value is written: with its `decimals` set, in full ("$4,412,500", as `bsc-kpi` writes it), else compact from a million ("$4.4M"). */
export function valueFormat(locale: string, currency: string | undefined, decimals: number | undefined): ValueFormatOptions {
  return decimals === undefined ? { locale, currency } : { locale, currency, decimals, compact: false };
}

/** What the kit shows where a number is missing. */
export const NO_VALUE = '—';

/**
 * A KPI value in its unit: `currency` ("$433,500", "$1.2M"), `percent` of a fraction (0.255 →
 * "25.5%"), `number` ("12,346", "1.2M"), `duration` in seconds ("1 hr, 5 min"), or a free label
 * after the number ("12.5 kW"). Missing and non-finite values are "—".
 */
export function formatValue(value: number | null, unit: string, options: ValueFormatOptions): string {
  if (!isShowable(value)) return NO_VALUE;
  if (unit === 'duration') return formatDuration(value, options.locale);
  const text = numberFormat(options.locale, numberOptions(value, unit, options)).format(value);
  return withUnitLabel(text, unit);
}

/** A 0–10 score to one decimal: "6.7". */
export function formatScore(score: number | null, locale: string): string {
  if (!isShowable(score)) return NO_VALUE;
  return numberFormat(locale, { signDisplay: 'negative', ...fractionDigits(1, 1) }).format(score);
}

/**
 * The value as a whole percentage of its target: "101%". Null where a ratio means nothing: no
 * value, a band target, or a target of zero or below (the score rule uses differences for those).
 */
export function formatPercentOfTarget(value: number | null, target: number | Range | null | undefined, locale: string): string | null {
  if (!isShowable(value) || typeof target !== 'number' || !(target > 0)) return null;
  return numberFormat(locale, { style: 'percent', signDisplay: 'negative', maximumFractionDigits: 0 }).format(value / target);
}

/** A target as text: a number, a band ("40–60"), or "—" without one. */
export function formatTarget(target: number | Range | null, unit: string, options: ValueFormatOptions): string {
  if (target === null) return NO_VALUE;
  return typeof target === 'number' ? formatValue(target, unit, options) : formatValueRange(target.min, target.max, unit, options);
}

/** A band of two values in one unit: "40–60", "$40 – $60", "40–60 %"; one value when both read the same. */
export function formatValueRange(min: number, max: number, unit: string, options: ValueFormatOptions): string {
  if (!isShowable(min) || !isShowable(max)) return NO_VALUE;
  const low = Math.min(min, max);
  const high = Math.max(min, max);
  if (unit === 'duration') {
    const [from, to] = [formatDuration(low, options.locale), formatDuration(high, options.locale)];
    return from === to ? from : `${from} – ${to}`;
  }
  // formatRange costs about 100 µs a call, against well under 1 µs for format; a page redraws the
  // same few bands on every change of period, so each range is formatted once.
  const key = `${options.locale}|${options.currency ?? ''}|${options.decimals ?? ''}|${options.compact ?? ''}|${unit}|${low}|${high}`;
  let text = ranges.get(key);
  if (text === undefined) {
    const format = numberFormat(options.locale, numberOptions(Math.max(Math.abs(low), Math.abs(high)), unit, options));
    const from = format.format(low);
    // Intl marks a range whose ends round alike as approximate ("~40"); a band of one value is exact.
    text = withUnitLabel(from === format.format(high) ? from : format.formatRange(low, high), unit);
    if (ranges.size >= RANGES_KEPT) ranges.clear();
    ranges.set(key, text);
  }
  return text;
}

const RANGES_KEPT = 1000;
const ranges = new Map<string, string>();

const BUILT_IN_UNITS = new Set(['number', 'percent', 'currency', 'duration', '']);
const COMPACT_FROM = 1e6;

/** Whether a value can be written as a number: not missing, finite. */
export function isShowable(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}

/** A free unit's label after the number ("12.5 kW"); the built-in units are in the number's format. */
export function withUnitLabel(text: string, unit: string): string {
  return BUILT_IN_UNITS.has(unit) ? text : `${text}\u00a0${unit}`;
}

/** How a value of `unit` is written, by its size: compact from a million, fewer decimals as it grows. */
export function numberOptions(value: number, unit: string, options: ValueFormatOptions): Intl.NumberFormatOptions {
  const { decimals, compact } = options;
  const magnitude = Math.abs(value);
  // `negative`: a value that rounds to zero shows "0", not Intl's default "-0".
  if (unit === 'percent') return { style: 'percent', signDisplay: 'negative', ...fractionDigits(decimals, 1) };
  const style: Intl.NumberFormatOptions =
    unit === 'currency' ? { style: 'currency', currency: options.currency ?? 'USD', signDisplay: 'negative' } : { signDisplay: 'negative' };
  if (compact !== false && magnitude >= COMPACT_FROM) {
    return { ...style, notation: 'compact', ...fractionDigits(decimals, 1) };
  }
  if (unit === 'currency' && decimals === undefined) {
    // Cents matter on small sums only; "$12" rather than "$12.00", but "$12.50".
    return magnitude >= 1000 ? { ...style, ...fractionDigits(0, 0) } : { ...style, trailingZeroDisplay: 'stripIfInteger' };
  }
  return { ...style, ...fractionDigits(decimals, magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : 2) };
}

/** Both bounds are always given: engines before ES2023 reject a maximum below the currency's default minimum. */
export function fractionDigits(decimals: number | undefined, defaultMaximum: number): Intl.NumberFormatOptions {
  if (decimals === undefined || !Number.isFinite(decimals)) {
    return { minimumFractionDigits: 0, maximumFractionDigits: defaultMaximum };
  }
  const digits = Math.min(Math.max(Math.trunc(decimals), 0), 20);
  return { minimumFractionDigits: digits, maximumFractionDigits: digits };
}
