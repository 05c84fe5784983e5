import { expect } from '@open-wc/testing';
import type { Changes } from '../../src/engine/changes.js';
import { describeStatusChange, formatChangesSummary, formatKpisShown, moveLabel, resolveLabels } from '../../src/format/index.js';
import { inEachLocale } from './each-locale.js';

const changesOf = (counts: Partial<Changes['counts']>, newlyStale = 0): Changes => ({
  period: '2026-10',
  previous: '2026-09',
  moved: [],
  newlyStale: Array.from({ length: newlyStale }, (_, i) => ({ id: `s${i}`, kind: 'kpi' as const, title: 'S', status: 'on-track' as const })),
  counts: { better: 0, worse: 0, 'no-data': 0, data: 0, unscored: 0, scored: 0, ...counts },
});

describe('formatChangesSummary', () => {
  it('says the counts that are not zero, worse first, since the previous period', () => {
    const labels = resolveLabels('en-US');
    expect(formatChangesSummary(changesOf({ better: 2, worse: 3 }), 'en-US', labels)).to.equal('Since September 2026: 3 worse, 2 better');
    expect(formatChangesSummary(changesOf({ 'no-data': 1, data: 4 }, 2), 'en-US', labels)).to.equal('Since September 2026: 1 without data, 2 newly stale');
  });

  it('says so when nothing changed', () => {
    expect(formatChangesSummary(changesOf({ scored: 1 }), 'en-US', resolveLabels('en-US'))).to.equal('No status changed since September 2026.');
  });

  it('speaks each built-in language, with its digits', () => {
    expect(inEachLocale((locale) => formatChangesSummary(changesOf({ worse: 3 }), locale, resolveLabels(locale)))).to.deep.equal({
      en: 'Since September 2026: 3 worse',
      de: 'Seit September 2026: 3 schlechter',
      ar: 'منذ سبتمبر ٢٠٢٦: ٣ أسوأ',
      ja: '2026年9月以降: 悪化 3',
    });
  });
});

describe('formatKpisShown', () => {
  it('takes the plural form of the total', () => {
    const labels = resolveLabels('en-US');
    expect(formatKpisShown(7, 42, 'en-US', labels)).to.equal('7 of 42 KPIs');
    expect(formatKpisShown(1, 1, 'en-US', labels)).to.equal('1 of 1 KPI');
    expect(formatKpisShown(1234, 2000, 'en-US', labels)).to.equal('1,234 of 2,000 KPIs');
    expect(formatKpisShown(1, 1, 'de-DE', resolveLabels('de-DE'))).to.equal('1 von 1 Kennzahl');
  });
});

describe('a status move in words', () => {
  it('names the move and says it from and to', () => {
    const labels = resolveLabels('en-US');
    expect(moveLabel('worse', labels)).to.equal('Worse');
    expect(moveLabel('no-data', labels)).to.equal('Data missing');
    expect(describeStatusChange({ from: 'at-risk', to: 'off-track' }, labels)).to.equal('from at risk to off track');
  });
});
