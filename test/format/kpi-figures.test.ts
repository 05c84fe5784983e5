import { expect } from '@open-wc/testing';
import { resolveLabels } from '../../src/format/index.js';
import { carriedLabel, kpiFigures, safeHref, unknownNodeMessage, type ShownKpi } from '../../src/format/kpi-figures.js';

const labels = resolveLabels('en-US');
const revenue: ShownKpi = {
  title: 'Booked revenue',
  unit: 'currency',
  value: 4_412_500,
  target: 4_000_000,
  status: 'exceeding',
  stale: false,
  change: 12_500,
  direction: 'up',
  improving: true,
  period: '2026-10',
};

describe('kpiFigures', () => {
  it('writes every figure of a KPI, compact from a million without decimals', () => {
    expect(kpiFigures(revenue, { locale: 'en-US', labels, currency: 'USD', decimals: undefined, asOf: '2026-10' })).to.deep.equal({
      name: 'Booked revenue',
      value: '$4.4M',
      target: '$4M',
      change: '+$12,500',
      arrow: '▲',
      trend: 'better',
      trendWord: 'Improving',
      carried: null,
      status: 'exceeding',
      stale: false,
    });
  });

  it('writes values in full with decimals set', () => {
    const figures = kpiFigures(revenue, { locale: 'en-US', labels, currency: 'USD', decimals: 0 });
    expect([figures.value, figures.target]).to.deep.equal(['$4,412,500', '$4,000,000']);
  });

  it('says a worse change, no change and no previous value in words and arrows', () => {
    const options = { locale: 'en-US', labels, currency: 'USD', decimals: undefined };
    const worse = kpiFigures({ ...revenue, change: -500, direction: 'down', improving: false }, options);
    expect([worse.arrow, worse.trend, worse.trendWord]).to.deep.equal(['▼', 'worse', 'Worsening']);
    const same = kpiFigures({ ...revenue, change: 0, direction: 'flat', improving: null }, options);
    expect([same.arrow, same.trend, same.trendWord]).to.deep.equal(['▶', 'same', 'Unchanged']);
    const none = kpiFigures({ ...revenue, change: null, direction: null, improving: null }, options);
    expect([none.arrow, none.trend, none.trendWord, none.change]).to.deep.equal(['', 'none', '', '—']);
  });
});

describe('carriedLabel', () => {
  it('names the period of a value carried from before the as-of period', () => {
    expect(carriedLabel('2026-06', '2026-10', 'en-US', labels)).to.equal('As of Jun 2026');
  });

  it('says nothing for the as-of period, a period holding it or held by it, or without either', () => {
    expect(carriedLabel('2026-10', '2026-10', 'en-US', labels)).to.equal(null);
    expect(carriedLabel('2026-Q4', '2026-10', 'en-US', labels)).to.equal(null);
    expect(carriedLabel('2026-10', '2026-Q4', 'en-US', labels)).to.equal(null);
    expect(carriedLabel(null, '2026-10', 'en-US', labels)).to.equal(null);
    expect(carriedLabel('2026-06', undefined, 'en-US', labels)).to.equal(null);
  });
});

describe('unknownNodeMessage', () => {
  it('says which kind of node the scorecard does not hold', () => {
    expect(unknownNodeMessage('kpi', 'nps', labels)).to.equal('No KPI "nps" in this scorecard');
    expect(unknownNodeMessage('objective', 'grow', labels)).to.equal('No objective "grow" in this scorecard');
    expect(unknownNodeMessage('perspective', 'customer', labels)).to.equal('No perspective "customer" in this scorecard');
  });
});

describe('safeHref', () => {
  it('keeps http(s) addresses and nothing else', () => {
    expect(safeHref(' https://erp.example.com/revenue ')).to.equal('https://erp.example.com/revenue');
    expect(safeHref('http://example.com')).to.equal('http://example.com/');
    expect(safeHref('javascript:alert(1)')).to.equal(null);
    expect(safeHref('SAP BW')).to.equal(null);
  });
});
