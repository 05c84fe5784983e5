import { expect } from '@open-wc/testing';
import { STATUSES } from '../../src/engine/types.js';
import { fillTemplate, resolveLabels, statusInSentence, statusLabel, type Labels } from '../../src/format/index.js';
import { inEachLocale } from './each-locale.js';

describe('resolveLabels', () => {
  it('has a table for each built-in language', () => {
    expect(inEachLocale((locale) => resolveLabels(locale).onTrack)).to.deep.equal({
      en: 'On track',
      de: 'Im Plan',
      ar: 'على المسار الصحيح',
      ja: '順調',
    });
    expect(inEachLocale((locale) => resolveLabels(locale).errorTitle)).to.deep.equal({
      en: 'The scorecard could not be shown',
      de: 'Die Scorecard konnte nicht angezeigt werden',
      ar: 'تعذّر عرض بطاقة الأداء المتوازن',
      ja: 'スコアカードを表示できませんでした',
    });
  });

  it('names every status in English', () => {
    const labels = resolveLabels('en-US');
    expect(STATUSES.map((status) => statusLabel(status, labels))).to.deep.equal(['Exceeding', 'On track', 'At risk', 'Off track', 'No data', 'No target']);
    expect(STATUSES.map((status) => statusInSentence(status, labels))).to.deep.equal(['exceeding', 'on track', 'at risk', 'off track', 'no data', 'no target']);
  });

  it('keeps German nouns capitalised inside a sentence', () => {
    const labels = resolveLabels('de-DE');
    expect(statusInSentence('info', labels)).to.equal('kein Zielwert');
    expect(statusInSentence('no-data', labels)).to.equal('keine Daten');
    expect(statusInSentence('at-risk', labels)).to.equal('gefährdet');
  });

  it('chooses the table by language, whatever the region or script', () => {
    expect(resolveLabels('de-AT').viewYearToDate).to.equal('Seit Jahresbeginn');
    expect(resolveLabels('de-CH').viewYearToDate).to.equal('Seit Jahresbeginn');
    expect(resolveLabels('ar-SA').loading).to.equal('جارٍ التحميل…');
    expect(resolveLabels('ja').loading).to.equal('読み込み中…');
    expect(resolveLabels('en-GB').viewYearToDate).to.equal('Year to date');
  });

  it('falls back to English for an unknown or malformed locale', () => {
    expect(resolveLabels('fr-FR').onTrack).to.equal('On track');
    expect(resolveLabels('zz').onTrack).to.equal('On track');
    expect(resolveLabels('not a locale').onTrack).to.equal('On track');
    expect(resolveLabels('').onTrack).to.equal('On track');
  });

  it('puts overrides over the built-in table and leaves the rest', () => {
    const labels = resolveLabels('de-DE', { onTrack: 'Auf Kurs', stale: undefined });
    expect(labels.onTrack).to.equal('Auf Kurs');
    expect(labels.atRisk).to.equal('Gefährdet');
    expect(labels.stale).to.equal('Veraltet');
    expect(resolveLabels('de-DE').onTrack).to.equal('Im Plan');
  });

  it('hands out one shared table per locale, which nobody can change', () => {
    const labels = resolveLabels('en-US');
    expect(resolveLabels('en-US')).to.equal(labels);
    expect(() => {
      (labels as { onTrack: string }).onTrack = 'changed';
    }).to.throw(TypeError);
    expect(resolveLabels('en-US').onTrack).to.equal('On track');
  });

  it('gives every language every label, none empty', () => {
    const english = resolveLabels('en');
    for (const language of ['de', 'ar', 'ja']) {
      const labels: Labels = resolveLabels(language);
      expect(Object.keys(labels).sort(), language).to.deep.equal(Object.keys(english).sort());
      for (const [key, value] of Object.entries(labels)) expect(value, `${language}.${key}`).to.not.equal('');
    }
  });

  it('keeps each template’s placeholders in every language', () => {
    const english = resolveLabels('en');
    for (const language of ['de', 'ar', 'ja']) {
      const labels = resolveLabels(language);
      for (const key of Object.keys(english) as (keyof Labels)[]) {
        expect(placeholders(labels[key]), `${language}.${key}`).to.deep.equal(placeholders(english[key]));
      }
    }
  });
});

describe('fillTemplate', () => {
  it('fills named placeholders, each as often as it appears', () => {
    expect(fillTemplate('Q{quarter} {year}', { quarter: '3', year: '2026' })).to.equal('Q3 2026');
    expect(fillTemplate('{a}-{a}', { a: 'x' })).to.equal('x-x');
  });

  it('leaves a placeholder without a value as written', () => {
    expect(fillTemplate('FY{year} {unknown}', { year: '2027' })).to.equal('FY2027 {unknown}');
  });

  it('inserts values literally, even ones that look like replacement patterns', () => {
    expect(fillTemplate('{value} of target', { value: '$& $1' })).to.equal('$& $1 of target');
  });
});

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}
