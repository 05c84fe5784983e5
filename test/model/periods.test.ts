import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  PERIODICITIES,
  anchorDay,
  calendarDate,
  comparePeriods,
  containsPeriod,
  convertPeriod,
  dayNumber,
  fiscalYearBounds,
  fiscalYearOf,
  formatPeriod,
  isCoarser,
  nextPeriod,
  parsePeriod,
  periodEndDay,
  periodOfDay,
  periodOrdinal,
  periodStartDay,
  periodicityOf,
  periodsBetweenDays,
  previousPeriod,
  shiftPeriod,
  type Period,
  type Periodicity,
} from '../../src/model/index.js';

/** Days since 1970-01-01 computed by the browser's Date, independent of the code under test. */
function day(text: string): number {
  const [year, month, date] = text.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date) / 86_400_000;
}

function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed) throw new Error(`test bug: "${text}" is not a period`);
  return parsed;
}

const next = (text: string) => formatPeriod(nextPeriod(period(text)));
const previous = (text: string) => formatPeriod(previousPeriod(period(text)));
const dayText = (n: number) => formatPeriod({ kind: 'day', ordinal: n });

/** The range of ordinals whose periods have four-digit years, 0000 to 9999. */
const ORDINALS: Record<Periodicity, { min: number; max: number }> = {
  year: { min: 0, max: 9999 },
  quarter: { min: 0, max: 9999 * 4 + 3 },
  month: { min: 0, max: 9999 * 12 + 11 },
  week: { min: period('0000-W01').ordinal, max: period('9999-W52').ordinal },
  day: { min: period('0000-01-01').ordinal, max: period('9999-12-31').ordinal },
};

const anyPeriod = fc.constantFrom(...PERIODICITIES).chain((kind) => fc.integer(ORDINALS[kind]).map((ordinal): Period => ({ kind, ordinal })));

describe('periods', () => {
  describe('parse and format', () => {
    it('reads each of the five forms', () => {
      expect(periodicityOf('2026')).to.equal('year');
      expect(periodicityOf('2026-Q3')).to.equal('quarter');
      expect(periodicityOf('2026-10')).to.equal('month');
      expect(periodicityOf('2026-W41')).to.equal('week');
      expect(periodicityOf('2026-10-15')).to.equal('day');
      expect(period('2026-10-15').ordinal).to.equal(day('2026-10-15'));
      expect(period('2026-10').ordinal).to.equal(2026 * 12 + 9);
      expect(period('2026-Q3').ordinal).to.equal(2026 * 4 + 2);
    });

    for (const kind of PERIODICITIES) {
      it(`property: format then parse gives back every ${kind}`, () => {
        fc.assert(
          fc.property(fc.integer(ORDINALS[kind]), (ordinal) => {
            const text = formatPeriod({ kind, ordinal });
            expect(parsePeriod(text), text).to.deep.equal({ kind, ordinal });
            expect(formatPeriod(period(text))).to.equal(text);
          }),
          { numRuns: 500 },
        );
      });
    }

    it('covers the ends of the four-digit years', () => {
      expect(formatPeriod(period('0000-W01'))).to.equal('0000-W01');
      expect(formatPeriod(period('9999-W52'))).to.equal('9999-W52');
      expect(formatPeriod(period('9999-12-31'))).to.equal('9999-12-31');
      expect(next('2026-W52')).to.equal('2026-W53');
    });

    it('rejects malformed periods and dates that do not exist', () => {
      const malformed = [
        '',
        '2026-13',
        '2026-00',
        '2026-Q0',
        '2026-Q5',
        '2026-q3',
        '2026-W00',
        '2026-W54',
        '2025-W53',
        '2021-W53',
        '2026-02-30',
        '2026-04-31',
        '2025-02-29',
        '1900-02-29',
        '2026-10-00',
        '2026-10-32',
        '26-10',
        '2026-1',
        '2026-010',
        ' 2026',
        '2026 ',
        '2026-10-15T00:00',
        '20261',
        'Q3-2026',
        '2026/10',
      ];
      for (const text of malformed) expect(parsePeriod(text), text).to.equal(null);
    });

    it('knows leap days', () => {
      expect(parsePeriod('2024-02-29')).to.deep.equal({ kind: 'day', ordinal: day('2024-02-29') });
      expect(parsePeriod('2000-02-29')).not.to.equal(null);
      expect(parsePeriod('2025-02-29')).to.equal(null);
      expect(parsePeriod('1900-02-29')).to.equal(null);
      expect(next('2024-02-28')).to.equal('2024-02-29');
      expect(next('2024-02-29')).to.equal('2024-03-01');
      expect(next('2025-02-28')).to.equal('2025-03-01');
    });

    it('property: periodOrdinal agrees with parsePeriod, and answers NaN for another kind', () => {
      fc.assert(
        fc.property(anyPeriod, fc.constantFrom(...PERIODICITIES), (p, other) => {
          const text = formatPeriod(p);
          expect(periodOrdinal(text, p.kind), text).to.equal(p.ordinal);
          if (other !== p.kind) expect(periodOrdinal(text, other), `${text} as ${other}`).to.be.NaN;
        }),
        { numRuns: 500 },
      );
      for (const text of ['2026-13', '2026-00', '2026-1x', '202x-10', '2026-010', '2026-W54', '2026-02-30']) {
        expect(periodOrdinal(text, periodicityOf(text) ?? 'month'), text).to.be.NaN;
      }
    });
  });

  describe('ISO weeks', () => {
    it('2026 has 53 weeks (it starts on a Thursday), so do 2020 and 2015; 2021, 2024 and 2025 have 52', () => {
      expect(new Date(Date.UTC(2026, 0, 1)).getUTCDay(), '1 January 2026 is a Thursday').to.equal(4);
      expect(parsePeriod('2026-W53')).not.to.equal(null);
      expect(parsePeriod('2020-W53')).not.to.equal(null);
      expect(parsePeriod('2015-W53')).not.to.equal(null);
      expect(parsePeriod('2021-W53')).to.equal(null);
      expect(parsePeriod('2024-W53')).to.equal(null);
      expect(parsePeriod('2025-W53')).to.equal(null);
    });

    it('starts week 1 on the Monday of the week that holds 4 January', () => {
      expect(periodStartDay(period('2026-W01'))).to.equal(day('2025-12-29'));
      expect(periodStartDay(period('2027-W01'))).to.equal(day('2027-01-04'));
      expect(periodStartDay(period('2021-W01'))).to.equal(day('2021-01-04'));
      expect(periodEndDay(period('2026-W53'))).to.equal(day('2027-01-03'));
      expect(formatPeriod(periodOfDay(day('2027-01-01'), 'week'))).to.equal('2026-W53');
      expect(formatPeriod(periodOfDay(day('2021-01-03'), 'week'))).to.equal('2020-W53');
      expect(formatPeriod(periodOfDay(day('2024-12-30'), 'week'))).to.equal('2025-W01');
    });

    it('property: every week starts on a Monday and lasts 7 days', () => {
      fc.assert(
        fc.property(fc.integer(ORDINALS.week), (ordinal) => {
          const week: Period = { kind: 'week', ordinal };
          expect(new Date(periodStartDay(week) * 86_400_000).getUTCDay()).to.equal(1);
          expect(periodEndDay(week) - periodStartDay(week)).to.equal(6);
        }),
      );
    });
  });

  describe('compare, next and previous', () => {
    it('orders periods of one kind by their ordinals', () => {
      expect(comparePeriods(period('2026-09'), period('2026-10'))).to.equal(-1);
      expect(comparePeriods(period('2027-01'), period('2026-10'))).to.equal(3);
      expect(comparePeriods(period('2026-W53'), period('2027-W01'))).to.equal(-1);
      expect(comparePeriods(period('2026-Q4'), period('2026-Q4'))).to.equal(0);
    });

    it('orders periods of different kinds by their first day, the coarser first on a tie', () => {
      expect(comparePeriods(period('2026'), period('2026-01'))).to.be.below(0);
      expect(comparePeriods(period('2026-01'), period('2026'))).to.be.above(0);
      expect(comparePeriods(period('2026-Q3'), period('2026-06'))).to.be.above(0);
      expect(comparePeriods(period('2026-W01'), period('2026-01-01'))).to.be.below(0);
    });

    it('crosses year boundaries', () => {
      expect(next('2026-12')).to.equal('2027-01');
      expect(previous('2027-01')).to.equal('2026-12');
      expect(next('2026-Q4')).to.equal('2027-Q1');
      expect(previous('2027-Q1')).to.equal('2026-Q4');
      expect(next('2026-W52')).to.equal('2026-W53');
      expect(next('2026-W53')).to.equal('2027-W01');
      expect(previous('2027-W01')).to.equal('2026-W53');
      expect(next('2025-W52')).to.equal('2026-W01');
      expect(next('2020-W53')).to.equal('2021-W01');
      expect(next('2026-12-31')).to.equal('2027-01-01');
      expect(previous('2027-01-01')).to.equal('2026-12-31');
      expect(next('2026')).to.equal('2027');
      expect(formatPeriod(shiftPeriod(period('2026-10'), -22))).to.equal('2024-12');
    });

    it('property: next and previous undo each other and move by one', () => {
      fc.assert(
        fc.property(anyPeriod, (p) => {
          expect(previousPeriod(nextPeriod(p))).to.deep.equal(p);
          expect(comparePeriods(nextPeriod(p), p)).to.equal(1);
          expect(periodStartDay(nextPeriod(p))).to.equal(periodEndDay(p) + 1);
        }),
      );
    });
  });

  describe('containment and conversion', () => {
    it('puts a month in its quarter and year', () => {
      expect(containsPeriod(period('2026-Q4'), period('2026-10'))).to.be.true;
      expect(containsPeriod(period('2026-Q3'), period('2026-10'))).to.be.false;
      expect(containsPeriod(period('2026'), period('2026-10'))).to.be.true;
      expect(containsPeriod(period('2027'), period('2026-10'))).to.be.false;
    });

    it('puts a week in the month of its Thursday', () => {
      // 2026-W40 runs Monday 28 September to Sunday 4 October; its Thursday is 1 October.
      expect(periodStartDay(period('2026-W40'))).to.equal(day('2026-09-28'));
      expect(containsPeriod(period('2026-10'), period('2026-W40'))).to.be.true;
      expect(containsPeriod(period('2026-09'), period('2026-W40'))).to.be.false;
      expect(containsPeriod(period('2026-Q4'), period('2026-W40'))).to.be.true;
      // 2026-W53 ends on 3 January 2027 but belongs to 2026 by its Thursday, 31 December.
      expect(containsPeriod(period('2026'), period('2026-W53'))).to.be.true;
      expect(containsPeriod(period('2027'), period('2026-W53'))).to.be.false;
      // 2025-W01 starts on 30 December 2024 and belongs to January 2025.
      expect(containsPeriod(period('2025-01'), period('2025-W01'))).to.be.true;
    });

    it('puts a day in its week', () => {
      expect(containsPeriod(period('2026-W40'), period('2026-09-28'))).to.be.true;
      expect(containsPeriod(period('2026-W40'), period('2026-10-04'))).to.be.true;
      expect(containsPeriod(period('2026-W40'), period('2026-10-05'))).to.be.false;
      expect(containsPeriod(period('2026-W53'), period('2027-01-03'))).to.be.true;
    });

    it('never puts a coarser period in a finer one; a period contains itself', () => {
      expect(containsPeriod(period('2026-10'), period('2026-Q4'))).to.be.false;
      expect(containsPeriod(period('2026-10-15'), period('2026-10'))).to.be.false;
      expect(containsPeriod(period('2026-10'), period('2026-10'))).to.be.true;
    });

    it('converts to a coarser kind by the period that holds it', () => {
      expect(formatPeriod(convertPeriod(period('2026-10'), 'quarter'))).to.equal('2026-Q4');
      expect(formatPeriod(convertPeriod(period('2026-10'), 'year'))).to.equal('2026');
      expect(formatPeriod(convertPeriod(period('2026-W40'), 'month'))).to.equal('2026-10');
      expect(formatPeriod(convertPeriod(period('2026-W53'), 'month'))).to.equal('2026-12');
      expect(formatPeriod(convertPeriod(period('2026-W53'), 'year'))).to.equal('2026');
      expect(formatPeriod(convertPeriod(period('2027-01-01'), 'week'))).to.equal('2026-W53');
      expect(formatPeriod(convertPeriod(period('2027-01-01'), 'month'))).to.equal('2027-01');
    });

    it('converts to a finer kind by the anchor day (a month to the week of its first day)', () => {
      expect(formatPeriod(convertPeriod(period('2026-Q4'), 'month'))).to.equal('2026-10');
      expect(formatPeriod(convertPeriod(period('2026-10'), 'week'))).to.equal('2026-W40');
      expect(formatPeriod(convertPeriod(period('2026-10'), 'day'))).to.equal('2026-10-01');
      expect(formatPeriod(convertPeriod(period('2026-W40'), 'day'))).to.equal('2026-10-01');
      expect(convertPeriod(period('2026-10'), 'month')).to.deep.equal(period('2026-10'));
    });

    it('property: a period holds its own anchor day, and converting up contains it', () => {
      fc.assert(
        fc.property(anyPeriod, fc.constantFrom(...PERIODICITIES), (p, kind) => {
          const anchor = anchorDay(p);
          expect(anchor).to.be.within(periodStartDay(p), periodEndDay(p));
          if (!isCoarser(p.kind, kind)) expect(containsPeriod(convertPeriod(p, kind), p), `${formatPeriod(p)} in its ${kind}`).to.be.true;
        }),
      );
    });
  });

  describe('fiscal years', () => {
    it('with fiscalYearStart 1 is the calendar year', () => {
      expect(fiscalYearOf(period('2026-01'), 1)).to.equal(2026);
      expect(fiscalYearOf(period('2026-12'), 1)).to.equal(2026);
      expect(fiscalYearOf(period('2026-W53'), 1)).to.equal(2026);
      expect(fiscalYearOf(period('2025-W01'), 1)).to.equal(2025);
      expect(fiscalYearOf(period('2026-12-31'))).to.equal(2026);
    });

    it('with fiscalYearStart 4 is named after the year in which it ends', () => {
      expect(fiscalYearOf(period('2026-03'), 4)).to.equal(2026);
      expect(fiscalYearOf(period('2026-04'), 4)).to.equal(2027);
      expect(fiscalYearOf(period('2026-Q1'), 4)).to.equal(2026);
      expect(fiscalYearOf(period('2026-Q2'), 4)).to.equal(2027);
      expect(fiscalYearOf(period('2026-03-31'), 4)).to.equal(2026);
      expect(fiscalYearOf(period('2026-04-01'), 4)).to.equal(2027);
    });

    it('with fiscalYearStart 10: October 2026 is in fiscal 2027 (the US federal convention)', () => {
      expect(fiscalYearOf(period('2026-09'), 10)).to.equal(2026);
      expect(fiscalYearOf(period('2026-10'), 10)).to.equal(2027);
      expect(fiscalYearOf(period('2026-Q3'), 10)).to.equal(2026);
      expect(fiscalYearOf(period('2026-Q4'), 10)).to.equal(2027);
      expect(fiscalYearOf(period('2026-W39'), 10), 'Thursday 24 September').to.equal(2026);
      expect(fiscalYearOf(period('2026-W40'), 10), 'Thursday 1 October').to.equal(2027);
    });

    it('bounds a fiscal year from its first to its last day', () => {
      expect(fiscalYearBounds(2026, 1)).to.deep.equal({ startDay: day('2026-01-01'), endDay: day('2026-12-31') });
      expect(fiscalYearBounds(2026)).to.deep.equal({ startDay: day('2026-01-01'), endDay: day('2026-12-31') });
      expect(fiscalYearBounds(2026, 4)).to.deep.equal({ startDay: day('2025-04-01'), endDay: day('2026-03-31') });
      expect(fiscalYearBounds(2027, 10)).to.deep.equal({ startDay: day('2026-10-01'), endDay: day('2027-09-30') });
      expect(fiscalYearBounds(2025, 3).endDay).to.equal(day('2025-02-28'));
      expect(fiscalYearBounds(2024, 3).endDay, 'ends on a leap day').to.equal(day('2024-02-29'));
    });

    it('property: a day lies within the bounds of its fiscal year', () => {
      fc.assert(
        fc.property(fc.integer({ min: day('1900-01-01'), max: day('2200-12-31') }), fc.integer({ min: 1, max: 12 }), (d, start) => {
          const { startDay, endDay } = fiscalYearBounds(fiscalYearOf({ kind: 'day', ordinal: d }, start), start);
          expect(d, `${dayText(d)} with fiscalYearStart ${start}`).to.be.within(startDay, endDay);
          expect(calendarDate(startDay)).to.include({ month: start, date: 1 });
        }),
      );
    });
  });

  describe('periods between days', () => {
    const fy = (year: number, start: number, kind: Periodicity) => {
      const { startDay, endDay } = fiscalYearBounds(year, start);
      return periodsBetweenDays(startDay, endDay, kind).map(formatPeriod);
    };

    it('lists the months and quarters of a fiscal year', () => {
      expect(fy(2027, 10, 'month')).to.deep.equal([
        '2026-10',
        '2026-11',
        '2026-12',
        '2027-01',
        '2027-02',
        '2027-03',
        '2027-04',
        '2027-05',
        '2027-06',
        '2027-07',
        '2027-08',
        '2027-09',
      ]);
      expect(fy(2027, 10, 'quarter')).to.deep.equal(['2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3']);
      expect(fy(2026, 1, 'year')).to.deep.equal(['2026']);
    });

    it('lists the weeks by their Thursdays: 53 in 2026, 52 in 2025', () => {
      const weeks2026 = fy(2026, 1, 'week');
      expect(weeks2026).to.have.length(53);
      expect([weeks2026[0], weeks2026.at(-1)]).to.deep.equal(['2026-W01', '2026-W53']);
      expect(fy(2025, 1, 'week')).to.have.length(52);
    });

    it('lists the days: 366 in 2024, 365 in 2025', () => {
      expect(fy(2024, 1, 'day')).to.have.length(366);
      expect(fy(2025, 1, 'day')).to.have.length(365);
    });

    it('lists nothing for an empty range, and one day for a one-day range', () => {
      expect(periodsBetweenDays(day('2026-10-02'), day('2026-10-01'), 'day')).to.deep.equal([]);
      expect(periodsBetweenDays(day('2026-10-02'), day('2026-10-02'), 'day').map(formatPeriod)).to.deep.equal(['2026-10-02']);
      expect(periodsBetweenDays(day('2026-10-02'), day('2026-10-30'), 'month'), 'no month starts inside').to.deep.equal([]);
    });
  });

  describe('day numbers', () => {
    it('agree with Date for the days the kit cares about', () => {
      for (const text of ['1970-01-01', '1969-12-31', '2000-02-29', '2026-10-15', '2100-03-01', '0001-01-01']) {
        const [year, month, date] = text.split('-').map(Number) as [number, number, number];
        const expected = text === '0001-01-01' ? dayOfYearOne() : day(text);
        expect(dayNumber(year, month, date), text).to.equal(expected);
        expect(calendarDate(expected), text).to.deep.equal({ year, month, date });
      }
    });
  });
});

/** Date.UTC maps years 0–99 to 1900–1999, so year 1 needs setUTCFullYear. */
function dayOfYearOne(): number {
  const date = new Date(0);
  date.setUTCFullYear(1, 0, 1);
  return date.getTime() / 86_400_000;
}
