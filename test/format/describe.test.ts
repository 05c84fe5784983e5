import { expect } from '@open-wc/testing';
import type { KpiEvaluation } from '../../src/engine/types.js';
import { describeKpi, describeStatus, resolveLabels } from '../../src/format/index.js';
import { inEachLocale } from './each-locale.js';

const NBSP = '\u00a0';
const ALM = '\u061c';
const RLM = '\u200f';
const NNBSP = '\u202f';

type DescribedKpi = Pick<KpiEvaluation, 'value' | 'unit' | 'target' | 'status' | 'stale'>;

const revenue: DescribedKpi = { value: 433500, unit: 'currency', target: 430000, status: 'on-track', stale: false };

function describeIn(kpi: DescribedKpi) {
  return inEachLocale((locale) => describeKpi(kpi, { locale, labels: resolveLabels(locale) }));
}

describe('describeKpi', () => {
  it('says the value, how it compares with the target, and the status', () => {
    expect(describeIn(revenue)).to.deep.equal({
      en: '$433,500, 101% of target, on track',
      de: `433.500${NBSP}$, 101${NBSP}% des Zielwerts, im Plan`,
      ar: `${RLM}٤٣٣٬٥٠٠${NBSP}US$، ١٠١٪${ALM} من المستهدف، على المسار الصحيح`,
      ja: '$433,500、目標値の101%、順調',
    });
  });

  it("uses the scorecard's currency", () => {
    expect(describeKpi(revenue, { locale: 'de-DE', currency: 'EUR', labels: resolveLabels('de-DE') })).to.equal(
      `433.500${NBSP}€, 101${NBSP}% des Zielwerts, im Plan`,
    );
  });

  it('names the band of a range target, and adds stale', () => {
    expect(describeIn({ value: 0.45, unit: 'percent', target: { min: 0.4, max: 0.6 }, status: 'on-track', stale: true })).to.deep.equal({
      en: '45%, target 40% – 60%, on track, stale',
      de: `45${NBSP}%, Zielwert 40–60${NBSP}%, im Plan, veraltet`,
      ar: `٤٥٪${ALM}، المستهدف ٤٠–٦٠٪${ALM}، على المسار الصحيح، غير محدَّث`,
      ja: '45%、目標値40% ～ 60%、順調、更新遅れ',
    });
    expect(describeIn({ value: 52, unit: 'number', target: { min: 40, max: 60 }, status: 'on-track', stale: false })).to.deep.equal({
      en: '52, target 40–60, on track',
      de: '52, Zielwert 40–60, im Plan',
      ar: '٥٢، المستهدف ٤٠–٦٠، على المسار الصحيح',
      ja: '52、目標値40～60、順調',
    });
  });

  it('says there is no target for an info KPI', () => {
    expect(describeIn({ value: 12.5, unit: 'kW', target: null, status: 'info', stale: false })).to.deep.equal({
      en: `12.5${NBSP}kW, no target`,
      de: `12,5${NBSP}kW, kein Zielwert`,
      ar: `١٢٫٥${NBSP}kW، بلا مستهدف`,
      ja: `12.5${NBSP}kW、目標なし`,
    });
  });

  it('says only "No data" without a value', () => {
    expect(describeIn({ value: null, unit: 'currency', target: 430000, status: 'no-data', stale: true })).to.deep.equal({
      en: 'No data',
      de: 'Keine Daten',
      ar: 'لا توجد بيانات',
      ja: 'データなし',
    });
    expect(describeKpi({ ...revenue, value: Number.NaN }, { locale: 'en-US', labels: resolveLabels('en-US') })).to.equal('No data');
  });

  it('leaves out a percentage of a target of zero or below', () => {
    const labels = resolveLabels('en-US');
    expect(describeKpi({ value: 3, unit: 'number', target: 0, status: 'off-track', stale: false }, { locale: 'en-US', labels })).to.equal('3, off track');
    expect(describeKpi({ value: 96, unit: 'number', target: 80, status: 'exceeding', stale: false }, { locale: 'en-US', labels })).to.equal(
      '96, 120% of target, exceeding',
    );
  });

  it('speaks the labels it is given', () => {
    const labels = resolveLabels('en-US', { onTrackInSentence: 'on course', ofTarget: '{value} of goal' });
    expect(describeKpi(revenue, { locale: 'en-US', labels })).to.equal('$433,500, 101% of goal, on course');
  });

  it('uses English words with the locale’s numbers for an unknown language', () => {
    expect(describeKpi(revenue, { locale: 'fr-FR', labels: resolveLabels('fr-FR') })).to.equal(`433${NNBSP}500${NBSP}$US, 101${NBSP}% of target, on track`);
  });
});

describe('describeStatus', () => {
  it('names the status, and adds stale', () => {
    expect(inEachLocale((locale) => describeStatus('at-risk', true, resolveLabels(locale)))).to.deep.equal({
      en: 'At risk, stale',
      de: 'Gefährdet, veraltet',
      ar: 'معرّض للخطر، غير محدَّث',
      ja: '要注意、更新遅れ',
    });
    expect(inEachLocale((locale) => describeStatus('exceeding', false, resolveLabels(locale)))).to.deep.equal({
      en: 'Exceeding',
      de: 'Übertroffen',
      ar: 'يتجاوز المستهدف',
      ja: '目標超過',
    });
    expect(describeStatus('info', false, resolveLabels('en-US'))).to.equal('No target');
    expect(describeStatus('off-track', false, resolveLabels('de-DE'))).to.equal('Nicht im Plan');
  });
});
