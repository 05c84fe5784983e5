import { expect } from '@open-wc/testing';
import { dsvFormat } from 'd3-dsv';
import fc from 'fast-check';
import { parseRows, readCsv } from '../../src/import/csv-text.js';

describe('parseRows', () => {
  it('reads RFC 4180: quoted separators, line breaks and doubled quotes; LF, CRLF and CR', () => {
    expect(parseRows('a,b\r\n"c,d","e\nf"\n"g ""h"""\rlast', ',')).to.deep.equal([['a', 'b'], ['c,d', 'e\nf'], ['g "h"'], ['last']]);
    expect(parseRows('a;b\n\n;\n', ';')).to.deep.equal([['a', 'b'], [''], ['', '']]);
    expect(parseRows('', ',')).to.deep.equal([]);
  });

  it('reads any text as d3-dsv reads it, whatever the separator', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', ';', '\t', '"', '\n', '\r'), maxLength: 40 });
    fc.assert(
      fc.property(text, fc.constantFrom(',', ';', '\t'), (csv, separator) => {
        expect(parseRows(csv, separator)).to.deep.equal(dsvFormat(separator).parseRows(csv));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readCsv', () => {
  it('drops a byte-order mark and finds the separator in the header line', () => {
    expect(readCsv('\ufeffKPI;Wert\nUmsatz;"1,5"\n')).to.deep.equal({ rows: [['KPI', 'Wert'], ['Umsatz', '1,5']], separator: ';', issues: [] });
  });
});
