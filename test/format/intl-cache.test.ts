import { expect } from '@open-wc/testing';
import { collator, dateTimeFormat, listFormat, numberFormat } from '../../src/format/intl-cache.js';
import { formatValue, formatPeriodLabel } from '../../src/format/index.js';

describe('Intl formatter cache', () => {
  it('builds one formatter per locale and options', () => {
    const first = numberFormat('de-DE', { maximumFractionDigits: 2 });
    expect(numberFormat('de-DE', { maximumFractionDigits: 2 })).to.equal(first);
    expect(numberFormat('de-DE', { maximumFractionDigits: 1 })).to.not.equal(first);
    expect(numberFormat('en-US', { maximumFractionDigits: 2 })).to.not.equal(first);
    expect(dateTimeFormat('ja-JP', { year: 'numeric' })).to.equal(dateTimeFormat('ja-JP', { year: 'numeric' }));
    expect(listFormat('ar-EG', { type: 'unit' })).to.equal(listFormat('ar-EG', { type: 'unit' }));
  });

  it('falls back to en-US for a malformed locale rather than throwing', () => {
    expect(numberFormat('en_US', {}).resolvedOptions().locale).to.equal('en-US');
    expect(formatValue(1234.5, 'currency', { locale: 'not a locale' })).to.equal('$1,235');
    expect(formatPeriodLabel('2026-10', '')).to.equal('Oct 2026');
    // WebKitGTK's navigator.language under LANG=C.
    expect(collator('C').resolvedOptions().locale).to.equal('en-US');
    expect(['b', 'a'].sort(collator('C').compare)).to.deep.equal(['a', 'b']);
  });
});
