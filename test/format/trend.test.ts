import { expect } from '@open-wc/testing';
import type { Status } from '../../src/engine/types.js';
import { resolveLabels } from '../../src/format/index.js';
import { describeTrend, describeTrendPoint, trendPeriodName, type TrendInWords } from '../../src/format/trend.js';

const labels = resolveLabels('en-US');
const options = { locale: 'en-US', currency: 'USD', labels };
const statuses: Status[] = ['at-risk', 'no-data', 'on-track', 'on-track'];
const trend: TrendInWords = {
  unit: 'currency',
  polarity: 'up',
  periods: [
    { value: 380_000, target: 400_000 },
    { value: null, target: 400_000 },
    { value: 433_500, target: 430_000 },
    { value: null, target: 430_000 },
  ],
  names: ['2026-08', '2026-09', '2026-10', '2026-11'],
  statusAt: (index) => statuses[index] ?? 'no-data',
  asOf: 2,
  stale: false,
  forecast: null,
  commentsAt: (index) => (index === 2 ? [{ period: '2026-10', text: 'A big order', kind: 'analysis' as const }] : []),
};

describe('describeTrend', () => {
  it('says the span up to as-of, where the trend goes, and the latest value against its target', () => {
    expect(describeTrend(trend, options)).to.equal('Aug 2026 – Oct 2026, Improving, Oct 2026: $433,500, 101% of target, on track');
  });

  it('says a worsening trend for a KPI where lower is better, a stale value, and the year-end forecast', () => {
    const forecast = { period: '2026-12', value: 5_300_000, target: 5_200_000, redFlag: null, stretch: null, score: 7, status: 'on-track' as const };
    const text = describeTrend({ ...trend, polarity: 'down', stale: true, forecast: { evaluation: forecast } }, options);
    expect(text).to.equal(
      'Aug 2026 – Oct 2026, Worsening, Oct 2026: $433,500, 101% of target, on track, stale, Year-end forecast: $5.3M, 102% of target, on track',
    );
  });

  it('says no data without a value up to as-of, and nothing but that without periods', () => {
    expect(describeTrend({ ...trend, asOf: 1, periods: trend.periods.map((period) => ({ ...period, value: null })) }, options)).to.equal(
      'Aug 2026 – Sep 2026, No data',
    );
    expect(describeTrend({ ...trend, periods: [], names: [] }, options)).to.equal('No data');
  });
});

describe('describeTrendPoint', () => {
  it('says the period, its value against the target and status, then its comments', () => {
    expect(describeTrendPoint(trend, 0, options)).to.equal('Aug 2026: $380,000, 95% of target, at risk');
    expect(describeTrendPoint(trend, 2, options)).to.match(/^Oct 2026: \$433,500, 101% of target, on track, .*A big order/);
  });
});

describe('trendPeriodName', () => {
  it('labels a period in the locale, keeps a label as written, and numbers a point without a name', () => {
    const names = ['2026-Q3', 'Sprint 4', null];
    expect([0, 1, 2].map((index) => trendPeriodName(names, index, { locale: 'en-US', labels }))).to.deep.equal(['Q3 2026', 'Sprint 4', '3']);
    expect(trendPeriodName(names, 2, { locale: 'ar-EG', labels: resolveLabels('ar-EG') })).to.equal('٣');
  });
});
