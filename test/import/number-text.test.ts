import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readNumber } from '../../src/import/index.js';

const value = (text: string, locale = 'en-US') => {
  const reading = readNumber(text, locale);
  return reading.ok ? reading.value : null;
};

describe("import: numbers in a locale's notation", () => {
  it("reads en-US and de-DE grouping and decimals, and refuses the other's", () => {
    expect(value('1,234.5')).to.equal(1234.5);
    expect(value('1.234,5', 'de-DE')).to.equal(1234.5);
    expect(value('1234,5', 'de-DE')).to.equal(1234.5);
    expect(value('1.234,5')).to.equal(null);
    expect(value('0.4586', 'de-DE'), 'a dot in de-DE groups thousands: 0.4586 is no number there').to.equal(null);
    expect(value('12,3.4')).to.equal(null);
    expect(value('12,3.4', 'de-DE')).to.equal(null);
    expect(value('1,23')).to.equal(null);
  });

  it("reads fr-FR's and de-CH's group marks, the Indian grouping and a lone decimal", () => {
    expect(value('1 234 567,5', 'fr-FR')).to.equal(1234567.5);
    expect(value('1\u202f234,5', 'fr-FR')).to.equal(1234.5);
    expect(value("1'234.5", 'de-CH')).to.equal(1234.5);
    expect(value('1,00,000', 'en-IN')).to.equal(100000);
    expect(value('.5')).to.equal(0.5);
  });

  it('reads percentages as fractions, currencies, signs, accounting negatives and exponents', () => {
    expect(readNumber('12 %', 'en-US')).to.deep.equal({ ok: true, value: 0.12, percent: true, currency: false });
    expect(value('12,3 %', 'de-DE')).to.equal(0.123);
    expect(readNumber('$1,200', 'en-US')).to.deep.equal({ ok: true, value: 1200, percent: false, currency: true });
    expect(value('1.200 €', 'de-DE')).to.equal(1200);
    expect(value('EUR 1.200,50', 'de-DE')).to.equal(1200.5);
    expect(value('-$1,200')).to.equal(-1200);
    expect(value('$-1,200')).to.equal(-1200);
    expect(value('\u22125')).to.equal(-5);
    expect(value('(1,200)')).to.equal(-1200);
    expect(value('1.2E+06')).to.equal(1_200_000);
  });

  it('takes a number cell as it is and nothing else for a number', () => {
    expect(readNumber(42, 'de-DE')).to.deep.equal({ ok: true, value: 42, percent: false, currency: false });
    for (const cell of ['', '  ', 'n/a', '12abc', '1..2', '--1', Number.NaN, Infinity, true, null, undefined]) {
      expect(readNumber(cell, 'en-US').ok, String(cell)).to.equal(false);
    }
  });

  const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'de-CH', 'en-IN', 'es-ES', 'it-IT', 'ja-JP'];

  it("reads back any number the locale's own Intl.NumberFormat writes, grouped or not (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        (locale, x, digits, grouping) => {
          const format = new Intl.NumberFormat(locale, {
            maximumFractionDigits: digits,
            minimumFractionDigits: 0,
            useGrouping: grouping,
            numberingSystem: 'latn',
          });
          const text = format.format(x);
          const expected = Number(x.toFixed(digits));
          const read = readNumber(text, locale);
          return read.ok && Math.abs(read.value - expected) <= Math.abs(expected) * 1e-12 + 1e-12;
        },
      ),
    );
  });

  it("reads back the locale's percentages as fractions (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fc.integer({ min: -100_000, max: 100_000 }), (locale, tenths) => {
        const fraction = tenths / 1000;
        const text = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, numberingSystem: 'latn' }).format(fraction);
        const read = readNumber(text, locale);
        return read.ok && read.percent && Math.abs(read.value - fraction) < 1e-12;
      }),
    );
  });

  it('never reads text with two decimal marks, or a group of other than three digits, as a number (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9 }), (a, b, c) => {
        return (
          !readNumber(`${a}.${b}.${c}`, 'en-US').ok &&
          !readNumber(`${a},${b},${c}`, 'de-DE').ok &&
          !readNumber(`${a},${String(b).padStart(2, '0')}.${c}`, 'en-US').ok
        );
      }),
    );
  });
});
