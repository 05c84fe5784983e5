/**
 * A period as people and spreadsheets write it, read into the model's period (src/model/periods.ts):
 * the model's own forms (`2026-10`, `2026-Q3`, `2026-W41`, `2026-10-15`, `2026`), `Oct 2026`,
 * `October 2026`, `Oct-26`, `10/2026`, `2026/10`, `2026 Q3`, `Q3 2026`, `W41 2026`, dates in the
 * locale's order (`15.10.2026`, `10/15/2026` in en-US, `15/10/2026` in en-GB), ISO date-times, and
 * Excel's date serials up to 2099 (a number cell, or a whole number of five digits in a text cell).
 */
import { dayNumber, parsePeriod, type Period } from '../model/periods.js';

const QUARTER = /^(?:(\d{4})[\s/-]*Q([1-4])|Q([1-4])[\s/-]*(\d{4}))$/i;
const WEEK = /^(?:(\d{4})[\s/-]*W(\d{1,2})|(?:W|KW|CW)\s*(\d{1,2})[\s/-]+(\d{4}))$/i;
const MONTH_NUMBER = /^(?:(\d{1,2})[/.-](\d{4})|(\d{4})[/.](\d{1,2}))$/;
const NAMED_MONTH = /^(?:(\p{L}+)\.?[\s/-]*(\d{4}|\d{2})|(\d{4})[\s/-]*(\p{L}+)\.?)$/u;
const DATE = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})\.?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}/;

/** Excel's serial 25569 is 1970-01-01 (it counts from 1900-01-00 and takes 1900 for a leap year). */
const EXCEL_EPOCH = 25_569;
/** 2099-12-31: a larger whole number is more likely a code such as 202610 than a date. */
const EXCEL_LAST = 73_050;

/** The period a cell names, or null. `locale` decides the order of day and month in a date. */
export function readPeriod(cell: unknown, locale: string): Period | null {
  if (cell instanceof Date) {
    const time = cell.getTime();
    return Number.isFinite(time) ? { kind: 'day', ordinal: Math.floor(time / 86_400_000) } : null;
  }
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1000 && cell <= 9999 ? { kind: 'year', ordinal: cell } : excelSerial(cell);
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  const canonical = parsePeriod(text);
  if (canonical) return canonical;
  if (/^\d{5}(\.\d+)?$/.test(text)) return excelSerial(Number(text));
  let m: RegExpExecArray | null;
  if ((m = QUARTER.exec(text))) return { kind: 'quarter', ordinal: Number(m[1] ?? m[4]) * 4 + Number(m[2] ?? m[3]) - 1 };
  if ((m = WEEK.exec(text))) return parsePeriod(`${m[1] ?? m[4]}-W${(m[2] ?? m[3])!.padStart(2, '0')}`);
  if ((m = MONTH_NUMBER.exec(text))) return month(Number(m[2] ?? m[3]), Number(m[1] ?? m[4]));
  if ((m = NAMED_MONTH.exec(text))) {
    const index = monthNames(locale).get(normalise(m[1] ?? m[4]!));
    if (index === undefined) return null;
    const year = m[2] ?? m[3]!;
    return month(year.length === 2 ? 2000 + Number(year) : Number(year), index);
  }
  if ((m = DATE_TIME.exec(text))) return parsePeriod(`${m[1]}-${m[2]}-${m[3]}`);
  if ((m = DATE.exec(text))) return date(m, locale);
  return null;
}

function month(year: number, index: number): Period | null {
  return index >= 1 && index <= 12 ? { kind: 'month', ordinal: year * 12 + index - 1 } : null;
}

function excelSerial(serial: number): Period | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > EXCEL_LAST) return null;
  return { kind: 'day', ordinal: Math.floor(serial) - EXCEL_EPOCH };
}

/** A date of three numbers: year first (ISO-like), else day and month in the locale's order. */
function date(m: RegExpExecArray, locale: string): Period | null {
  const [a, b, c] = [m[1]!, m[2]!, m[3]!];
  let year: number, monthIndex: number, day: number;
  if (a.length === 4) [year, monthIndex, day] = [Number(a), Number(b), Number(c)];
  else if (c.length === 4) {
    const dayFirst = dayComesFirst(locale);
    [year, monthIndex, day] = [Number(c), Number(dayFirst ? b : a), Number(dayFirst ? a : b)];
  } else return null;
  return parsePeriod(`${String(year).padStart(4, '0')}-${String(monthIndex).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

const dayFirstCache = new Map<string, boolean>();

function dayComesFirst(locale: string): boolean {
  let first = dayFirstCache.get(locale);
  if (first === undefined) {
    const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).formatToParts(
      new Date(dayNumber(2026, 10, 15) * 86_400_000),
    );
    first = parts.findIndex((part) => part.type === 'day') < parts.findIndex((part) => part.type === 'month');
    dayFirstCache.set(locale, first);
  }
  return first;
}

const monthNameCache = new Map<string, Map<string, number>>();

/** Month names, long and short, in English and in the locale, to their number 1–12. */
function monthNames(locale: string): Map<string, number> {
  let names = monthNameCache.get(locale);
  if (!names) {
    names = new Map();
    for (const language of new Set(['en', locale])) {
      for (const style of ['long', 'short'] as const) {
        const format = new Intl.DateTimeFormat(language, { month: style, timeZone: 'UTC' });
        for (let i = 1; i <= 12; i++) names.set(normalise(format.format(new Date(Date.UTC(2026, i - 1, 15)))), i);
      }
    }
    // "Sept", a short form many write that Intl does not give.
    if (!names.has('sept')) names.set('sept', 9);
    monthNameCache.set(locale, names);
  }
  return names;
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}
