import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { evaluate } from '../../src/engine/index.js';
import { csvDocument, csvSeparator, CSV_BOM, scorecardCsv, type CsvCell } from '../../src/export/csv.js';
import { resolveLabels } from '../../src/format/index.js';
import '../../src/format/locales/index.js';
import { scorecardOf } from '../support/model.js';

/** RFC 4180, strictly: a quoted cell doubles its quotes; CRLF ends every record. Throws on anything else. */
function parseCsv(text: string, separator: string): string[][] {
  expect(text.startsWith(CSV_BOM), 'byte-order mark').to.equal(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = CSV_BOM.length;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else cell += text[i++];
      }
    } else {
      while (i < text.length && !text.startsWith(separator, i) && !text.startsWith('\r\n', i)) {
        if (text[i] === '"' || text[i] === '\n' || text[i] === '\r') throw new Error(`unquoted ${JSON.stringify(text[i])} at ${i}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text.startsWith(separator, i)) i += separator.length;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`expected a separator or CRLF at ${i}`);
  }
  expect(row, 'a record without its CRLF').to.deep.equal([]);
  return rows;
}

const FORMULA_START = ['=', '+', '-', '@', '\t', '\r'];
const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'ar-EG', 'ja-JP', 'hi-IN'];

describe('csvSeparator', () => {
  it('is a semicolon where the decimal mark is a comma', () => {
    expect(csvSeparator('en-US')).to.equal(',');
    expect(csvSeparator('ja-JP')).to.equal(',');
    expect(csvSeparator('de-DE')).to.equal(';');
    expect(csvSeparator('fr-FR')).to.equal(';');
  });
});

describe('csvDocument', () => {
  it('quotes, doubles quotes, ends rows with CRLF and starts with a byte-order mark', () => {
    const text = csvDocument(
      [
        ['a,b', 'say "hi"', 'two\nlines', 'plain'],
        [1.5, -2, null, 'Ünïcødé'],
      ],
      { locale: 'en-US' },
    );
    expect(text).to.equal('\uFEFF"a,b","say ""hi""","two\nlines",plain\r\n1.5,-2,,Ünïcødé\r\n');
  });

  it('writes numbers for the locale, without grouping, and keeps their sign', () => {
    expect(csvDocument([[1234567.25, -0.5, 0.1 + 0.2]], { locale: 'de-DE' })).to.equal('\uFEFF1234567,25;-0,5;0,3\r\n');
    expect(csvDocument([[-1234.5]], { locale: 'ar-EG' })).to.equal('\uFEFF-1234٫5\r\n'.replace('٫', decimalOf('ar-EG')));
  });

  it('puts a quote mark before text a spreadsheet would run as a formula', () => {
    const text = csvDocument([['=HYPERLINK("http://x")', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'a=b']], { locale: 'en-US' });
    expect(parseCsv(text, ',')[0]).to.deep.equal(['\'=HYPERLINK("http://x")', "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", 'a=b']);
  });

  it('honours an explicit separator', () => {
    expect(csvDocument([['a', 'b;c', 1.5]], { locale: 'de-DE', separator: '\t' })).to.equal('\uFEFFa\tb;c\t1,5\r\n');
  });

  it('round-trips every cell through an RFC 4180 parser, and no text cell starts a formula', () => {
    const cell: fc.Arbitrary<CsvCell> = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'é', ',', ';', '"', '\r', '\n', '\t', '=', '+', '-', '@', ' ', '1', '.', '日') }),
      fc.string(),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), fc.constantFrom(...LOCALES), (rows, locale) => {
        const separator = csvSeparator(locale);
        const parsed = parseCsv(csvDocument(rows, { locale }), separator);
        expect(parsed.length).to.equal(rows.length);
        rows.forEach((row, r) =>
          row.forEach((given, c) => {
            const read = parsed[r]![c]!;
            if (given === null) expect(read).to.equal('');
            else if (typeof given === 'number') expect(readNumber(read, locale)).to.be.closeTo(given, Math.max(1e-9, Math.abs(given) * 1e-12));
            else {
              expect(FORMULA_START.includes(read[0] ?? ''), `text cell ${JSON.stringify(read)}`).to.equal(false);
              expect(read).to.equal(FORMULA_START.includes(given[0] ?? '') ? `'${given}` : given);
            }
          }),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('scorecardCsv', () => {
  const scorecard = scorecardOf(
    [
      {
        id: 'revenue',
        title: 'Revenue, booked',
        unit: 'currency',
        target: 1000,
        redFlag: 800,
        series: [{ period: '2026-10', actual: 1100.5, comment: { text: 'Two deals, "early"', author: 'CFO' } }],
        commentary: [
          { period: '2026-10', text: '=HYPERLINK("x")', kind: 'recommendation' },
          { period: '2026-09', text: 'September' },
        ],
      },
      { id: 'churn', title: '-churn "monthly"', unit: 'percent', polarity: 'down', target: 0.05, redFlag: 0.08, series: [{ period: '2026-09', actual: 0.06 }] },
      { id: 'nps', title: '=cmd|calc', polarity: 'range', target: { min: -10, max: 40 }, series: [{ period: '2026-10', actual: 20 }] },
    ],
    { asOf: '2026-10', periodicity: 'month' },
  );

  it('writes one row per KPI under translated headings', () => {
    expect(scorecardCsv(evaluate(scorecard), { locale: 'en-US', labels: resolveLabels('en-US') })).to.equal(
      '\uFEFFPeriod,Perspective,Objective,KPI,Actual,Target,Score,Status,Comment\r\n' +
        `2026-10,Perspective,Objective,"Revenue, booked",1100.5,1000,8.34,On track,"Two deals, ""early""\n=HYPERLINK(""x"")"\r\n` +
        `2026-10,Perspective,Objective,"'-churn ""monthly""",,0.05,,No data,\r\n` +
        `2026-10,Perspective,Objective,'=cmd|calc,20,'-10–40,6.67,On track,\r\n`,
    );
  });

  it('follows the locale: German headings, semicolons and decimal commas', () => {
    const text = scorecardCsv(evaluate(scorecard), { locale: 'de-DE', labels: resolveLabels('de-DE') });
    const rows = parseCsv(text, ';');
    expect(rows[0]).to.deep.equal(['Periode', 'Perspektive', 'Strategisches Ziel', 'Kennzahl', 'Istwert', 'Zielwert', 'Punktwert', 'Status', 'Kommentar']);
    expect(rows[1]!.slice(3, 6)).to.deep.equal(['Revenue, booked', '1100,5', '1000']);
    expect(rows[2]![5]).to.equal('0,05');
  });

  it('writes the header alone for a scorecard without KPIs', () => {
    const empty = scorecardOf([], { asOf: '2026-10' });
    expect(scorecardCsv(evaluate(empty), { locale: 'en-US', labels: resolveLabels('en-US') })).to.equal(
      '\uFEFFPeriod,Perspective,Objective,KPI,Actual,Target,Score,Status,Comment\r\n',
    );
  });

  it("writes the period's comments, one a line, and a comment that starts like a formula as text", () => {
    const rows = parseCsv(scorecardCsv(evaluate(scorecard), { locale: 'en-US', labels: resolveLabels('en-US') }), ',');
    expect(rows.map((row) => row[8])).to.deep.equal(['Comment', 'Two deals, "early"\n=HYPERLINK("x")', '', '']);
    const september = parseCsv(scorecardCsv(evaluate(scorecard, { asOf: '2026-09' }), { locale: 'en-US', labels: resolveLabels('en-US') }), ',');
    expect(september[1]![8]).to.equal('September');
    const formula = scorecardOf([{ id: 'k', title: 'K', series: [{ period: '2026-10', actual: 1, comment: { text: '=1+1' } }] }], { asOf: '2026-10' });
    expect(parseCsv(scorecardCsv(evaluate(formula), { locale: 'en-US', labels: resolveLabels('en-US') }), ',')[1]![8]).to.equal("'=1+1");
  });
});

function decimalOf(locale: string): string {
  return new Intl.NumberFormat(locale, { numberingSystem: 'latn' }).formatToParts(1.5).find((part) => part.type === 'decimal')!.value;
}

function readNumber(text: string, locale: string): number {
  expect(text, 'a number cell').to.match(/^-?\d+([^\d]\d+)?$/);
  return Number(text.replace(decimalOf(locale), '.'));
}
