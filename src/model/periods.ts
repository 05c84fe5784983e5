/**
 * Period arithmetic for the five periodicities a scorecard can use:
 * `2026` · `2026-Q3` · `2026-10` · `2026-W41` · `2026-10-15`.
 *
 * A period is its kind and an ordinal: consecutive periods of one kind have consecutive ordinals,
 * so "previous", "next" and "how many periods apart" are integer arithmetic. Days are counted from
 * 1970-01-01 in UTC, which keeps everything independent of the time zone of the machine.
 *
 * Nesting: day ⊂ week ⊂ month ⊂ quarter ⊂ year. An ISO week belongs to the month, quarter and year
 * that hold its Thursday (the ISO 8601 rule that also decides a week's year), so weeks nest too.
 */

export const PERIODICITIES = ['year', 'quarter', 'month', 'week', 'day'] as const;

/** The five forms of a period, for a message about a text that is none. */
export const PERIOD_FORMS = '"2026", "2026-Q3", "2026-10", "2026-W41" or "2026-10-15"';

/** What is wrong with a text given as a period that is none. */
export function notAPeriod(text: string): string {
  return `"${text}" is not a period: use ${PERIOD_FORMS}`;
}
export type Periodicity = (typeof PERIODICITIES)[number];

export interface Period {
  readonly kind: Periodicity;
  readonly ordinal: number;
}

/** Coarser kinds rank higher: a period can only contain periods of its own rank or below. */
const RANK: Record<Periodicity, number> = { day: 0, week: 1, month: 2, quarter: 3, year: 4 };

export function periodicityRank(kind: Periodicity): number {
  return RANK[kind];
}

export function isCoarser(kind: Periodicity, than: Periodicity): boolean {
  return RANK[kind] > RANK[than];
}

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parsed periods are immutable, so each distinct string is parsed once (the engine meets each many times). */
const parsed = new Map<string, Period | null>();
const PARSE_CACHE_LIMIT = 50_000;

/** The period a string names, or null when it is not one of the five forms or names no real date. */
export function parsePeriod(text: string): Period | null {
  const cached = parsed.get(text);
  if (cached !== undefined) return cached;
  const period = parseUncached(text);
  if (parsed.size >= PARSE_CACHE_LIMIT) parsed.clear();
  parsed.set(text, period);
  return period;
}

function parseUncached(text: string): Period | null {
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(text))) return { kind: 'year', ordinal: Number(m[1]) };
  if ((m = QUARTER.exec(text))) return { kind: 'quarter', ordinal: Number(m[1]) * 4 + Number(m[2]) - 1 };
  if ((m = MONTH.exec(text))) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { kind: 'month', ordinal: Number(m[1]) * 12 + month - 1 };
  }
  if ((m = WEEK.exec(text))) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    if (week < 1 || week > isoWeeksInYear(year)) return null;
    return { kind: 'week', ordinal: weekOrdinalOfDay(isoWeekOneMonday(year) + (week - 1) * 7) };
  }
  if ((m = DAY.exec(text))) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const date = Number(m[3]);
    if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return null;
    return { kind: 'day', ordinal: dayNumber(year, month, date) };
  }
  return null;
}

const formatted: Record<Periodicity, Map<number, string>> = { year: new Map(), quarter: new Map(), month: new Map(), week: new Map(), day: new Map() };

/** The canonical text of a period: the inverse of `parsePeriod`. */
export function formatPeriod(period: Period): string {
  const cache = formatted[period.kind];
  let text = cache.get(period.ordinal);
  if (text === undefined) {
    if (cache.size >= PARSE_CACHE_LIMIT) cache.clear();
    text = formatUncached(period);
    cache.set(period.ordinal, text);
  }
  return text;
}

function formatUncached(period: Period): string {
  switch (period.kind) {
    case 'year':
      return pad(period.ordinal, 4);
    case 'quarter':
      return `${pad(Math.floor(period.ordinal / 4), 4)}-Q${(period.ordinal % 4) + 1}`;
    case 'month':
      return `${pad(Math.floor(period.ordinal / 12), 4)}-${pad((period.ordinal % 12) + 1, 2)}`;
    case 'week': {
      const { year, week } = isoWeekOfDay(weekMonday(period.ordinal));
      return `${pad(year, 4)}-W${pad(week, 2)}`;
    }
    case 'day': {
      const { year, month, date } = calendarDate(period.ordinal);
      return `${pad(year, 4)}-${pad(month, 2)}-${pad(date, 2)}`;
    }
  }
}

/**
 * The ordinal of a period string of a known kind, or NaN when it is not one: the engine's hot path,
 * which reads hundreds of thousands of periods, without allocating. Months take a fast path.
 */
export function periodOrdinal(text: string, kind: Periodicity): number {
  if (kind === 'month' && text.length === 7 && text.charCodeAt(4) === 45) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    return month >= 1 && month <= 12 ? year * 12 + month - 1 : NaN;
  }
  const period = parsePeriod(text);
  return period && period.kind === kind ? period.ordinal : NaN;
}

/** The number written by `count` ASCII digits at `start`, or NaN. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** The kind a period string has, or null when it is malformed. */
export function periodicityOf(text: string): Periodicity | null {
  return parsePeriod(text)?.kind ?? null;
}

/** Negative when `a` starts before `b`; for one kind, the number of periods between them. */
export function comparePeriods(a: Period, b: Period): number {
  if (a.kind === b.kind) return a.ordinal - b.ordinal;
  return periodStartDay(a) - periodStartDay(b) || RANK[b.kind] - RANK[a.kind];
}

export function shiftPeriod(period: Period, by: number): Period {
  return { kind: period.kind, ordinal: period.ordinal + by };
}

export function nextPeriod(period: Period): Period {
  return shiftPeriod(period, 1);
}

export function previousPeriod(period: Period): Period {
  return shiftPeriod(period, -1);
}

/** The first day of a period, as days since 1970-01-01. */
export function periodStartDay(period: Period): number {
  const { kind, ordinal } = period;
  switch (kind) {
    case 'year':
      return dayNumber(ordinal, 1, 1);
    case 'quarter':
      return dayNumber(Math.floor(ordinal / 4), (ordinal % 4) * 3 + 1, 1);
    case 'month':
      return dayNumber(Math.floor(ordinal / 12), (ordinal % 12) + 1, 1);
    case 'week':
      return weekMonday(ordinal);
    case 'day':
      return ordinal;
  }
}

/** The last day of a period (inclusive). */
export function periodEndDay(period: Period): number {
  return periodStartDay(nextPeriod(period)) - 1;
}

/** The day that decides which coarser period a period belongs to: its first day, or a week's Thursday. */
export function anchorDay(period: Period): number {
  return period.kind === 'week' ? weekMonday(period.ordinal) + 3 : periodStartDay(period);
}

/** The period of `kind` that a day falls in. */
export function periodOfDay(day: number, kind: Periodicity): Period {
  if (kind === 'day') return { kind, ordinal: day };
  if (kind === 'week') return { kind, ordinal: weekOrdinalOfDay(day) };
  const { year, month } = calendarDate(day);
  if (kind === 'month') return { kind, ordinal: year * 12 + month - 1 };
  if (kind === 'quarter') return { kind, ordinal: year * 4 + Math.floor((month - 1) / 3) };
  return { kind, ordinal: year };
}

/**
 * The period of `kind` that holds `period`: a month's quarter, a week's month (by its Thursday).
 * For a finer `kind` it is the one that holds the period's anchor day (a month's first week).
 */
export function convertPeriod(period: Period, kind: Periodicity): Period {
  if (period.kind === kind) return period;
  return periodOfDay(anchorDay(period), kind);
}

/** Whether `inner` lies within `outer`: 2026-10 is in 2026-Q4, 2026-W40 (Thursday 1 Oct) in 2026-10. */
export function containsPeriod(outer: Period, inner: Period): boolean {
  if (RANK[outer.kind] < RANK[inner.kind]) return false;
  return convertPeriod(inner, outer.kind).ordinal === outer.ordinal;
}

/**
 * The fiscal year a period belongs to, named after the calendar year in which that fiscal year
 * ends (the convention of the US federal budget and of most companies that report on one):
 * with `fiscalYearStart` 10, October 2026 is in fiscal year 2027. With 1 it is the calendar year.
 */
export function fiscalYearOf(period: Period, fiscalYearStart = 1): number {
  const { year, month } = calendarDate(anchorDay(period));
  return fiscalYearStart > 1 && month >= fiscalYearStart ? year + 1 : year;
}

/** First and last day (inclusive) of a fiscal year. */
export function fiscalYearBounds(fiscalYear: number, fiscalYearStart = 1): { startDay: number; endDay: number } {
  const firstYear = fiscalYearStart > 1 ? fiscalYear - 1 : fiscalYear;
  const startDay = dayNumber(firstYear, fiscalYearStart, 1);
  return { startDay, endDay: dayNumber(firstYear + 1, fiscalYearStart, 1) - 1 };
}

/** The periods of `kind` whose anchor day lies within [startDay, endDay], in order. */
export function periodsBetweenDays(startDay: number, endDay: number, kind: Periodicity): Period[] {
  let period = periodOfDay(startDay, kind);
  if (anchorDay(period) < startDay) period = nextPeriod(period);
  const periods: Period[] = [];
  while (anchorDay(period) <= endDay) {
    periods.push(period);
    period = nextPeriod(period);
  }
  return periods;
}

/** The calendar date of a day number. */
export function calendarDate(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** Days since 1970-01-01 of a calendar date (month 1–12; an overflowing month or date rolls over). */
export function dayNumber(year: number, month: number, date: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, date);
  return Math.round(d.getTime() / MS_PER_DAY);
}

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 was a Thursday; day 4 (1970-01-05) the first Monday. */
const FIRST_MONDAY = 4;

function weekMonday(ordinal: number): number {
  return ordinal * 7 + FIRST_MONDAY;
}

function weekOrdinalOfDay(day: number): number {
  return Math.floor((day - FIRST_MONDAY) / 7);
}

/** 0 = Monday … 6 = Sunday. */
function isoWeekday(day: number): number {
  return (((day - FIRST_MONDAY) % 7) + 7) % 7;
}

function isoWeekOneMonday(year: number): number {
  const january4 = dayNumber(year, 1, 4);
  return january4 - isoWeekday(january4);
}

function isoWeeksInYear(year: number): number {
  return (isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / 7;
}

function isoWeekOfDay(day: number): { year: number; week: number } {
  const thursday = day - isoWeekday(day) + 3;
  const year = calendarDate(thursday).year;
  return { year, week: Math.floor((thursday - isoWeekOneMonday(year)) / 7) + 1 };
}

function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
