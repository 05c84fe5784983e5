import { expect } from '@open-wc/testing';
import { formatDate, formatFiscalYear, formatPeriodLabel, periodSpan, resolveLabels } from '../../src/format/index.js';
import { formatAsOf } from '../../src/format/period.js';
import { inEachLocale } from './each-locale.js';

describe('formatPeriodLabel', () => {
  it('shows a year', () => {
    expect(inEachLocale((locale) => formatPeriodLabel('2026', locale))).to.deep.equal({
      en: '2026',
      de: '2026',
      ar: '٢٠٢٦',
      ja: '2026年',
    });
  });

  it('shows a quarter through the label template', () => {
    expect(inEachLocale((locale) => formatPeriodLabel('2026-Q3', locale))).to.deep.equal({
      en: 'Q3 2026',
      de: 'Q3 2026',
      ar: 'الربع ٣ من ٢٠٢٦',
      ja: '2026年第3四半期',
    });
  });

  it('shows a month short or long', () => {
    expect(inEachLocale((locale) => formatPeriodLabel('2026-10', locale))).to.deep.equal({
      en: 'Oct 2026',
      de: 'Okt. 2026',
      ar: 'أكتوبر ٢٠٢٦',
      ja: '2026年10月',
    });
    expect(inEachLocale((locale) => formatPeriodLabel('2026-10', locale, { style: 'long' }))).to.deep.equal({
      en: 'October 2026',
      de: 'Oktober 2026',
      ar: 'أكتوبر ٢٠٢٦',
      ja: '2026年10月',
    });
  });

  it('reads January and December in UTC, whatever the machine’s time zone', () => {
    expect(formatPeriodLabel('2026-01', 'en-US')).to.equal('Jan 2026');
    expect(formatPeriodLabel('2026-12', 'en-US')).to.equal('Dec 2026');
    expect(formatPeriodLabel('2027-01-01', 'en-US')).to.equal('Jan 1, 2027');
  });

  it('shows an ISO week through the label template, with its ISO year', () => {
    expect(inEachLocale((locale) => formatPeriodLabel('2026-W41', locale))).to.deep.equal({
      en: 'W41 2026',
      de: 'KW 41/2026',
      ar: 'الأسبوع ٤١ من ٢٠٢٦',
      ja: '2026年第41週',
    });
    expect(formatPeriodLabel('2026-W01', 'en-US')).to.equal('W1 2026');
    expect(formatPeriodLabel('2020-W53', 'de-DE')).to.equal('KW 53/2020');
  });

  it('shows a day short or long', () => {
    expect(inEachLocale((locale) => formatPeriodLabel('2026-10-15', locale))).to.deep.equal({
      en: 'Oct 15, 2026',
      de: '15. Okt. 2026',
      ar: '١٥ أكتوبر ٢٠٢٦',
      ja: '2026年10月15日',
    });
    expect(inEachLocale((locale) => formatPeriodLabel('2026-10-15', locale, { style: 'long' }))).to.deep.equal({
      en: 'October 15, 2026',
      de: '15. Oktober 2026',
      ar: '١٥ أكتوبر ٢٠٢٦',
      ja: '2026年10月15日',
    });
  });

  it('uses the labels it is given', () => {
    const labels = resolveLabels('en-US', { quarter: '{year}/Q{quarter}', week: 'Week {week}, {year}' });
    expect(formatPeriodLabel('2026-Q3', 'en-US', { labels })).to.equal('2026/Q3');
    expect(formatPeriodLabel('2026-W41', 'en-US', { labels })).to.equal('Week 41, 2026');
  });

  it('falls back to English templates for an unknown language, with that locale’s dates', () => {
    expect(formatPeriodLabel('2026-Q3', 'fr-FR')).to.equal('Q3 2026');
    expect(formatPeriodLabel('2026-10', 'fr-FR', { style: 'long' })).to.equal('octobre 2026');
  });

  it('returns anything that is not a period unchanged', () => {
    for (const text of ['', '26', '2026-Q5', '2026-13', '2026-W54', '2026-02-30', '2026-1', 'Q3 2026', ' 2026', '2026-10-15T00:00']) {
      expect(formatPeriodLabel(text, 'en-US'), JSON.stringify(text)).to.equal(text);
    }
  });
});

describe('formatFiscalYear', () => {
  it('names a fiscal year by the year it ends in', () => {
    expect(inEachLocale((locale) => formatFiscalYear(2027, locale))).to.deep.equal({
      en: 'FY2027',
      de: 'GJ 2027',
      ar: 'السنة المالية ٢٠٢٧',
      ja: '2027年度',
    });
  });

  it('uses the labels it is given', () => {
    expect(formatFiscalYear(2027, 'en-US', resolveLabels('en-US', { fiscalYear: 'Fiscal {year}' }))).to.equal('Fiscal 2027');
  });
});

describe('formatDate', () => {
  it('shows the calendar date as written, in any time zone', () => {
    expect(inEachLocale((locale) => formatDate('2026-10-15T23:30:00-05:00', locale))).to.deep.equal({
      en: 'Oct 15, 2026',
      de: '15. Okt. 2026',
      ar: '١٥ أكتوبر ٢٠٢٦',
      ja: '2026年10月15日',
    });
    expect(formatDate('2026-10-15', 'en-US')).to.equal('Oct 15, 2026');
    expect(formatDate('2026-10-15 08:00', 'en-US', 'long')).to.equal('October 15, 2026');
    expect(formatDate('2026-01-01T00:30:00+14:00', 'en-US')).to.equal('Jan 1, 2026');
  });

  it('returns anything else unchanged', () => {
    for (const text of ['', 'yesterday', '2026-10', '2026-13-01', '2026-10-15x', '15.10.2026']) {
      expect(formatDate(text, 'en-US'), JSON.stringify(text)).to.equal(text);
    }
  });
});

describe('periodSpan', () => {
  it('joins the first and the last period with a dash, and says one that reads the same once', () => {
    expect(periodSpan('Nov 2025', 'Oct 2026')).to.equal('Nov 2025 – Oct 2026');
    expect(periodSpan('Q3 2026', 'Q3 2026')).to.equal('Q3 2026');
  });
});

describe('formatAsOf', () => {
  it('says from which period a value comes, in the labels of the locale', () => {
    expect(formatAsOf('2026-09', 'en-US', resolveLabels('en-US'))).to.equal('As of Sep 2026');
    expect(formatAsOf('2026-Q3', 'en-US', { ...resolveLabels('en-US'), asOf: 'from {period}' })).to.equal('from Q3 2026');
    expect(formatAsOf('2026-09', 'de-DE', resolveLabels('de-DE'))).to.equal(`Stand: ${formatPeriodLabel('2026-09', 'de-DE')}`);
  });
});
