import { listFormat, numberFormat } from './intl-cache.js';

/**
 * A duration in seconds in its two largest units: "1 hr, 5 min", "2 days, 3 hr", "45 sec".
 *
 * Built from Intl.NumberFormat's units joined by Intl.ListFormat, which is how Intl.DurationFormat
 * (style `short`) composes its output, so the text is the same as DurationFormat's — but it is also
 * the same in engines without DurationFormat (Node 20), where a server-side render must match the
 * browser's, and it lets a change carry its sign.
 */
export function formatDuration(seconds: number, locale: string): string {
  return formatParts(seconds, locale, (amount, unit) => unitFormat(locale, unit).format(amount));
}

export type DurationUnit = 'day' | 'hour' | 'minute' | 'second';

export interface DurationPart {
  unit: DurationUnit;
  /** Never negative: the sign belongs to the whole duration. */
  amount: number;
}

/**
 * The largest unit the duration reaches and the next one down, rounded to that smaller unit;
 * the smaller is left out when it rounds to 0. Under a minute, seconds to a tenth.
 */
export function durationParts(seconds: number): DurationPart[] {
  const magnitude = Math.abs(seconds);
  const rounded = magnitude < 60 ? Math.round(magnitude * 10) / 10 : magnitude;
  const index = UNITS.findIndex((unit) => rounded >= unit.seconds);
  if (index === -1 || index === UNITS.length - 1) return [{ unit: 'second', amount: rounded }];
  const major = UNITS[index]!;
  const minor = UNITS[index + 1]!;
  const total = Math.round(rounded / minor.seconds) * minor.seconds;
  const larger = UNITS[index - 1];
  // 23 hr 59.9 min rounds up to a whole day: say "1 day", not "24 hr".
  if (larger && total >= larger.seconds) return durationParts(total);
  const majorAmount = Math.floor(total / major.seconds);
  const minorAmount = Math.round((total - majorAmount * major.seconds) / minor.seconds);
  const parts: DurationPart[] = [{ unit: major.unit, amount: majorAmount }];
  if (minorAmount > 0) parts.push({ unit: minor.unit, amount: minorAmount });
  return parts;
}

const UNITS: readonly { unit: DurationUnit; seconds: number }[] = [
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
  { unit: 'second', seconds: 1 },
];

/**
 * A duration in its two largest units, the largest written by `formatLargest` with the duration's
 * sign (the sign goes on the largest unit only: "-1 hr, 5 min"), the other in its unit's format.
 */
export function formatParts(seconds: number, locale: string, formatLargest: (signedAmount: number, unit: DurationUnit) => string): string {
  const [largest, ...rest] = durationParts(seconds);
  if (!largest) return '';
  const texts = [formatLargest(seconds < 0 ? -largest.amount : largest.amount, largest.unit)];
  for (const part of rest) texts.push(unitFormat(locale, part.unit).format(part.amount));
  return listFormat(locale, { type: 'unit', style: 'short' }).format(texts);
}

/** A unit's format: short, a tenth of a second at most. */
export function unitOptions(unit: DurationUnit): Intl.NumberFormatOptions {
  const maximumFractionDigits = unit === 'second' ? 1 : 0;
  return { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits, signDisplay: 'negative' };
}

function unitFormat(locale: string, unit: DurationUnit): Intl.NumberFormat {
  return numberFormat(locale, unitOptions(unit));
}
