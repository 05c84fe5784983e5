/**
 * A number as a spreadsheet or a BI export writes it, in the notation of a locale: `1.234,5` in
 * de-DE, `1,234.5` in en-US, `1 234,5` in fr-FR, `12 %`, `$1,200`, `(1,200)` for a negative in
 * accounting style, `1.2E+06`. Strict about the notation: `12,3.4` is not a number anywhere, and
 * `1.234,5` is not one in en-US — a misread number is worse than a reported one.
 */

/** What a cell read: its value, and whether it carried a percent sign or a currency. */
export type NumberReading = { readonly ok: true; readonly value: number; readonly percent: boolean; readonly currency: boolean } | { readonly ok: false };

const NOT_A_NUMBER: NumberReading = { ok: false };

interface Notation {
  readonly decimal: string;
  readonly pattern: RegExp;
  /** The group marks, to remove. */
  readonly groups: RegExp;
}

const notations = new Map<string, Notation>();

/** The locale's decimal mark and the pattern of a number written in it (groups of 3, or the Indian 2-2-3). */
export function numberNotation(locale: string): Notation {
  let notation = notations.get(locale);
  if (!notation) {
    const parts = new Intl.NumberFormat(locale, { numberingSystem: 'latn' }).formatToParts(1234567.5);
    const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
    const group = parts.find((part) => part.type === 'group')?.value ?? ',';
    // A space-like group mark (fr-FR's narrow no-break space) is matched by any space a person may type.
    const g = /\s/.test(group) ? '[\\s\\u202f\\u00a0]' : escape(group) + (group === '\u2019' ? "|'" : '');
    const d = escape(decimal);
    const integer = `(?:\\d{1,3}(?:(?:${g})\\d{3})+|\\d{1,2}(?:(?:${g})\\d{2})+(?:${g})\\d{3}|\\d+)`;
    notation = { decimal, pattern: new RegExp(`^${integer}(?:${d}\\d+)?(?:[eE][+-]?\\d+)?$|^${d}\\d+$`), groups: new RegExp(g, 'g') };
    notations.set(locale, notation);
  }
  return notation;
}

/** Currency signs and ISO codes that may stand before or after an amount. */
const CURRENCY = /^(?:[$€£¥₹₩₽₺₪₫฿]|[A-Z]{3}(?=[\s\d(-])|[A-Z]{1,2}\$)\s*|\s*(?:[$€£¥₹₩₽₺₪₫฿]|(?<=[\d\s])[A-Z]{3})$/g;
/** A whole number without grouping: read the same in every locale. */
const PLAIN = /^-?\d+$/;
const MINUS = /^[-\u2212\u2012\u2013]/;

/**
 * The number a cell holds, in `locale`'s notation. A number cell (from a spreadsheet) is taken as
 * it is; empty text is not a number (the caller decides whether the column may be empty).
 */
export function readNumber(cell: unknown, locale: string): NumberReading {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: cell, percent: false, currency: false } : NOT_A_NUMBER;
  if (typeof cell !== 'string') return NOT_A_NUMBER;
  // Most cells are plain digits: read them without the notation's pattern.
  if (PLAIN.test(cell)) return { ok: true, value: Number(cell), percent: false, currency: false };
  const notation = numberNotation(locale);
  let text = cell.trim();
  if (!text) return NOT_A_NUMBER;
  // Most of the rest are digits in the locale's notation alone, without sign, percent or currency.
  if (notation.pattern.test(text)) {
    const value = toNumber(text, notation);
    return Number.isFinite(value) ? { ok: true, value, percent: false, currency: false } : NOT_A_NUMBER;
  }
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  let percent = false;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1).trimEnd();
  }
  if (MINUS.test(text)) {
    negative = !negative;
    text = text.slice(1).trimStart();
  }
  const withoutCurrency = text.replace(CURRENCY, '');
  const currency = withoutCurrency.length !== text.length;
  text = withoutCurrency;
  if (!negative && MINUS.test(text)) {
    // "$-1,200": the sign after the currency sign.
    negative = true;
    text = text.slice(1);
  }
  if (!notation.pattern.test(text)) return NOT_A_NUMBER;
  let value = toNumber(text, notation);
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  if (negative) value = -value;
  if (percent) value = fromPercent(value);
  return { ok: true, value, percent, currency };
}

/** Text that matches the notation's pattern, as a number: group marks out, the decimal mark a point. */
function toNumber(text: string, { decimal, groups }: Notation): number {
  const plain = text.replace(groups, '');
  return Number(decimal === '.' ? plain : plain.replace(decimal, '.'));
}

/** 12.3 % → 0.123 without float noise (12.3 / 100 is 0.12300000000000001). */
function fromPercent(value: number): number {
  return Number((value / 100).toPrecision(15));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
