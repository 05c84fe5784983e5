/**
 * Shared Intl formatters. Constructing one costs far more than using it, and the elements format
 * thousands of values per render, so each (locale, options) pair is built once.
 */
import { CompactCurrencyFormat } from './compact-currency.js';

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const compactCurrency = options.notation === 'compact' && options.style === 'currency';
  return cached(numberFormats, locale, options, (tag) => (compactCurrency ? new CompactCurrencyFormat(tag, options) : new Intl.NumberFormat(tag, options)));
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateTimeFormats, locale, options, (tag) => new Intl.DateTimeFormat(tag, options));
}

export function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return cached(listFormats, locale, options, (tag) => new Intl.ListFormat(tag, options));
}

export function pluralRules(locale: string, options: Intl.PluralRulesOptions = {}): Intl.PluralRules {
  return cached(pluralRuleSets, locale, options, (tag) => new Intl.PluralRules(tag, options));
}

export function collator(locale: string, options: Intl.CollatorOptions = {}): Intl.Collator {
  return cached(collators, locale, options, (tag) => new Intl.Collator(tag, options));
}

/**
 * A page's `locale` attribute is user input, and a browser's own language may be no BCP 47 tag
 * (WebKitGTK under `LANG=C` says "C"): a malformed one must not stop the scorecard from rendering.
 */
export const FALLBACK_LOCALE = 'en-US';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const pluralRuleSets = new Map<string, Intl.PluralRules>();
const collators = new Map<string, Intl.Collator>();

/** Far above what one page uses; only a guard against unbounded growth in a long-lived server. */
const CACHE_LIMIT = 2_000;

function cached<F>(cache: Map<string, F>, locale: string, options: object, create: (locale: string) => F): F {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (formatter === undefined) {
    formatter = isWellFormedLocale(locale) ? create(locale) : create(FALLBACK_LOCALE);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, formatter);
  }
  return formatter;
}

function isWellFormedLocale(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(locale).length > 0;
  } catch {
    return false;
  }
}
