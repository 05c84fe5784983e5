/**
 * The white-label themes' status words. Words are labels, not CSS: a page gives them to its kit
 * elements as the `labels` property, and a scorecard passes its own down to every element inside it.
 * The demo page and Storybook both use this file, with vendor-a.css and vendor-b.css beside it.
 */
import type { Labels } from '../../src/format/labels.js';

/** The vendor themes; each one is a class on an element around the kit's (`<html class="vendor-a">`). */
export const VENDOR_THEMES = ['vendor-a', 'vendor-b'] as const;
export type VendorTheme = (typeof VENDOR_THEMES)[number];

type StatusWords = Pick<
  Labels,
  | 'exceeding'
  | 'onTrack'
  | 'atRisk'
  | 'offTrack'
  | 'noData'
  | 'exceedingInSentence'
  | 'onTrackInSentence'
  | 'atRiskInSentence'
  | 'offTrackInSentence'
  | 'noDataInSentence'
>;

/**
 * Each vendor's words by language. A language a vendor has not written keeps the kit's words for
 * it (Arabic and Japanese here), so a status never reads in two languages at once.
 */
const STATUS_WORDS: Record<VendorTheme, Record<string, StatusWords>> = {
  'vendor-a': {
    en: {
      exceeding: 'Ahead',
      onTrack: 'On plan',
      atRisk: 'Watch',
      offTrack: 'Behind',
      noData: 'No figures',
      exceedingInSentence: 'ahead',
      onTrackInSentence: 'on plan',
      atRiskInSentence: 'to watch',
      offTrackInSentence: 'behind',
      noDataInSentence: 'no figures',
    },
    de: {
      exceeding: 'Voraus',
      onTrack: 'Im Plan',
      atRisk: 'Beobachten',
      offTrack: 'Im Rückstand',
      noData: 'Keine Zahlen',
      exceedingInSentence: 'voraus',
      onTrackInSentence: 'im Plan',
      atRiskInSentence: 'zu beobachten',
      offTrackInSentence: 'im Rückstand',
      noDataInSentence: 'keine Zahlen',
    },
  },
  'vendor-b': {
    en: {
      exceeding: 'Blue',
      onTrack: 'Green',
      atRisk: 'Amber',
      offTrack: 'Red',
      noData: 'Grey',
      exceedingInSentence: 'blue',
      onTrackInSentence: 'green',
      atRiskInSentence: 'amber',
      offTrackInSentence: 'red',
      noDataInSentence: 'grey',
    },
    de: {
      exceeding: 'Blau',
      onTrack: 'Grün',
      atRisk: 'Gelb',
      offTrack: 'Rot',
      noData: 'Grau',
      exceedingInSentence: 'blau',
      onTrackInSentence: 'grün',
      atRiskInSentence: 'gelb',
      offTrackInSentence: 'rot',
      noDataInSentence: 'grau',
    },
  },
};

const ALL_WORDS = new Set<object>(Object.values(STATUS_WORDS).flatMap((byLanguage) => Object.values(byLanguage)));

export function isVendorTheme(value: unknown): value is VendorTheme {
  return (VENDOR_THEMES as readonly unknown[]).includes(value);
}

/** A vendor's status words in a locale's language (`de-DE` → German); undefined where it has none. */
export function vendorLabels(theme: VendorTheme, locale: string): Partial<Labels> | undefined {
  const language = locale.toLowerCase().split('-')[0] ?? '';
  return STATUS_WORDS[theme][language];
}

/** The part of a page's kit elements that `labels` reach: a scorecard passes its words to the elements inside it. */
interface Labelled extends Element {
  labels?: Partial<Labels>;
}

/**
 * Gives the theme's words to every kit element under `root` that is not inside a scorecard, or,
 * without a theme, takes back the words an earlier call gave (words a page set itself stay).
 */
export function applyVendorLabels(root: ParentNode, theme: VendorTheme | undefined, locale: string): void {
  const words = theme ? vendorLabels(theme, locale) : undefined;
  for (const element of root.querySelectorAll<Labelled>('*')) {
    if (!element.localName.startsWith('bsc-') || element.parentElement?.closest('bsc-scorecard')) continue;
    const own = element.labels === undefined || ALL_WORDS.has(element.labels);
    if (own && element.labels !== words) element.labels = words;
  }
}
