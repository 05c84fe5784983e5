import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readPeriod } from '../../src/import/index.js';
import { dayNumber, formatPeriod, parsePeriod } from '../../src/model/index.js';

const read = (cell: unknown, locale = 'en-US') => {
  const period = readPeriod(cell, locale);
  return period ? formatPeriod(period) : null;
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('import: periods as people and spreadsheets write them', () => {
  it("reads the model's own forms as they are", () => {
    for (const text of ['2026', '2026-Q3', '2026-10', '2026-W41', '2026-10-15']) expect(read(text)).to.equal(text);
  });

  it('reads months, quarters and weeks in their common spellings', () => {
    for (const text of ['Oct 2026', 'October 2026', 'oct. 2026', 'Oct-26', '2026 Oct', '10/2026', '10.2026', '2026/10', '2026.10', ' 10-2026 '])
      expect(read(text), text).to.equal('2026-10');
    expect(read('Okt. 2026', 'de-DE')).to.equal('2026-10');
    expect(read('Sept 2026')).to.equal('2026-09');
    for (const text of ['2026 Q3', 'Q3 2026', 'Q3/2026', '2026Q3', '2026-q3', 'Q3-2026']) expect(read(text), text).to.equal('2026-Q3');
    for (const text of ['W41 2026', '2026 W41', 'KW 41 2026', '2026-W41']) expect(read(text), text).to.equal('2026-W41');
  });

  it("reads dates in the locale's order of day and month, and ISO date-times", () => {
    expect(read('15.10.2026', 'de-DE')).to.equal('2026-10-15');
    expect(read('10/15/2026', 'en-US')).to.equal('2026-10-15');
    expect(read('15/10/2026', 'en-GB')).to.equal('2026-10-15');
    expect(read('15/10/2026', 'en-US'), 'no 15th month').to.equal(null);
    expect(read('2026-10-15T08:30:00Z')).to.equal('2026-10-15');
    expect(read('2026/10/15')).to.equal('2026-10-15');
  });

  it('reads Excel date serials and dates from a workbook', () => {
    expect(read(46296)).to.equal('2026-10-01');
    expect(read('46296')).to.equal('2026-10-01');
    expect(read(46296.75), 'the time of day is left out').to.equal('2026-10-01');
    expect(read(2026), 'a number cell of four digits is a year').to.equal('2026');
    expect(read(new Date(Date.UTC(2026, 9, 1)))).to.equal('2026-10-01');
    expect(read(202610), 'a code, not a date in the year 2454').to.equal(null);
  });

  it('answers null for what names no period', () => {
    for (const cell of ['', 'soon', '2026-13', 'Foo 2026', '2026 Q5', '31.02.2026', 'W54 2026', null, undefined, true, new Date(Number.NaN), 12]) {
      expect(readPeriod(cell, 'de-DE'), String(cell)).to.equal(null);
    }
  });

  it('reads any month in every spelling as the same month (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2099 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const mm = String(month).padStart(2, '0');
        const expected = `${year}-${mm}`;
        const serial = dayNumber(year, month, 1) + 25_569;
        const spellings = [
          `${MONTHS[month - 1]} ${year}`,
          `${MONTHS[month - 1]!.slice(0, 3)} ${year}`,
          `${month}/${year}`,
          `${mm}/${year}`,
          `${year}/${mm}`,
          `${mm}.${year}`,
        ];
        // A number cell of four digits is a year, so serials read as dates from 10000 (1927) on.
        return spellings.every((s) => read(s) === expected) && (serial < 10_000 || read(serial) === `${expected}-01`);
      }),
    );
  });

  it('reads any quarter and any date the locale formats back to itself (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 4 }), (year, quarter) =>
        [`${year} Q${quarter}`, `Q${quarter} ${year}`].every((s) => read(s) === `${year}-Q${quarter}`),
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('en-US', 'en-GB', 'de-DE', 'fr-FR', 'nl-NL'),
        fc.integer({ min: dayNumber(1950, 1, 1), max: dayNumber(2099, 12, 31) }),
        (locale, day) => {
          const date = new Date(day * 86_400_000);
          const text = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(date);
          return readPeriod(text, locale)?.ordinal === day && parsePeriod(read(text, locale)!)?.kind === 'day';
        },
      ),
    );
  });
});
