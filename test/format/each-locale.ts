/** The four locales every format test covers: a Latin-script default, a comma-decimal one, an RTL one with its own digits, and a CJK one. */
export const LOCALES = { en: 'en-US', de: 'de-DE', ar: 'ar-EG', ja: 'ja-JP' } as const;

export type Language = keyof typeof LOCALES;

/** Runs `format` in each test locale; comparing the whole record shows every locale's text side by side when one differs. */
export function inEachLocale<T>(format: (locale: string) => T): Record<Language, T> {
  return {
    en: format(LOCALES.en),
    de: format(LOCALES.de),
    ar: format(LOCALES.ar),
    ja: format(LOCALES.ja),
  };
}
