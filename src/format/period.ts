import { parsePeriod, periodStartDay, type Period } from '../model/periods.js';
import { dateTimeFormat, numberFormat } from './intl-cache.js';
import { fillTemplate, resolveLabels, type Labels } from './labels.js';
import './english/periods.js';

export interface PeriodLabelOptions {
  /** `long` spells out month names ("October 2026"); `short` abbreviates them ("Oct 2026"). */
  style?: 'short' | 'long';
  /** For the quarter and week templates; the locale's built-in labels when absent. */
  labels?: Labels;
}

/** "As of Sep 2026": where a value that is not the current period's comes from, in the labels' words. */
export function formatAsOf(period: string, locale: string, labels: Labels, style: PeriodLabelOptions['style'] = 'short'): string {
  return fillTemplate(labels.asOf, { period: formatPeriodLabel(period, locale, { style, labels }) });
}

/**
 * A period as people read it: "2026", "Q3 2026", "Oct 2026", "W41 2026", "Oct 15, 2026".
 * A string that is not a period comes back unchanged.
 */
export function formatPeriodLabel(period: string, locale: string, options: PeriodLabelOptions = {}): string {
  const parsed = parsePeriod(period);
  if (!parsed) return period;
  const month = options.style === 'long' ? 'long' : 'short';
  switch (parsed.kind) {
    case 'year':
      return formatCalendar(parsed, locale, { year: 'numeric' });
    case 'quarter':
      return fillTemplate(labelsFor(locale, options).quarter, {
        quarter: formatInteger((parsed.ordinal % 4) + 1, locale),
        year: formatInteger(Math.floor(parsed.ordinal / 4), locale),
      });
    case 'month':
      return formatCalendar(parsed, locale, { year: 'numeric', month });
    case 'week':
      // The text names the ISO week and its ISO year, which can differ from the calendar year of its days.
      return fillTemplate(labelsFor(locale, options).week, {
        week: formatInteger(Number(period.slice(6)), locale),
        year: formatInteger(Number(period.slice(0, 4)), locale),
      });
    case 'day':
      return formatCalendar(parsed, locale, { year: 'numeric', month, day: 'numeric' });
  }
}

/** A fiscal year by the calendar year it ends in: "FY2027". */
export function formatFiscalYear(year: number, locale: string, labels: Labels = resolveLabels(locale)): string {
  return fillTemplate(labels.fiscalYear, { year: formatInteger(year, locale) });
}

/**
 * The day of an ISO 8601 date or date-time ("2026-10-15T08:00:00Z" → "Oct 15, 2026"): the calendar
 * date as written, so every reader and a server-side render agree whatever their time zone.
 * Anything else comes back unchanged.
 */
export function formatDate(isoDate: string, locale: string, style: 'short' | 'long' = 'short'): string {
  const day = ISO_DAY.exec(isoDate)?.[1];
  if (day === undefined || parsePeriod(day) === null) return isoDate;
  return formatPeriodLabel(day, locale, { style });
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/;
const MS_PER_DAY = 86_400_000;

function labelsFor(locale: string, options: PeriodLabelOptions): Labels {
  return options.labels ?? resolveLabels(locale);
}

/** Period days count in UTC, so the formatter must read the instant in UTC too. */
function formatCalendar(period: Period, locale: string, fields: Intl.DateTimeFormatOptions): string {
  return dateTimeFormat(locale, { ...fields, timeZone: 'UTC' }).format(periodStartDay(period) * MS_PER_DAY);
}

/** Years and ordinals: the locale's digits, no grouping ("2026", not "2,026"). */
function formatInteger(value: number, locale: string): string {
  return numberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 }).format(value);
}

/**
 * "Nov 2025 – Oct 2026" from two period names already formatted; one name when they read the same.
 * The dash is punctuation, the same in every language the kit speaks.
 */
export function periodSpan(first: string, last: string): string {
  return first === last ? first : `${first} – ${last}`;
}
