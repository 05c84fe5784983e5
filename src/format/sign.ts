import { numberFormat } from './intl-cache.js';

/** What a change that rounds to zero shows instead of a bare 0, so "unchanged" reads as a change. */
export const PLUS_MINUS = '±';

/**
 * A number with its sign always shown: "+1,200", "-3.5" (the minus as the locale's Intl gives it),
 * and "±0" for anything that rounds to zero.
 */
export function formatSigned(value: number, locale: string, options: Intl.NumberFormatOptions): string {
  const parts = numberFormat(locale, { ...options, signDisplay: 'exceptZero' }).formatToParts(value);
  if (parts.some((part) => part.type === 'plusSign' || part.type === 'minusSign')) return joinParts(parts);
  // Intl puts the sign where the locale wants it (after a bidi mark in Arabic); swap only the symbol.
  const zero = numberFormat(locale, { ...options, signDisplay: 'always' }).formatToParts(0);
  return zero.map((part) => (part.type === 'plusSign' ? PLUS_MINUS : part.value)).join('');
}

function joinParts(parts: Intl.NumberFormatPart[]): string {
  return parts.map((part) => part.value).join('');
}
