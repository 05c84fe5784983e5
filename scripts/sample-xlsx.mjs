#!/usr/bin/env node
/**
 * Writes demo/data/kpi-data.xlsx from demo/data/kpi-data.csv, as Excel would save it: periods as
 * date cells (a serial number with a date format), money and percentages as number cells with
 * their formats, text in the shared-strings table. A workbook made here, not by hand, so that it
 * can be made again when the sample changes: `node scripts/sample-xlsx.mjs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { dsvFormat } from 'd3-dsv';

const root = new URL('../', import.meta.url);
const csv = readFileSync(new URL('demo/data/kpi-data.csv', root), 'utf8');
const [header, ...rows] = dsvFormat(',').parseRows(csv);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Excel's serial of a date: days since 1899-12-30. */
const serial = (year, month) => Date.UTC(year, month - 1, 1) / 86_400_000 + 25_569;

// Styles: 0 general, 1 a date (mmm yyyy), 2 a percentage (0.0%), 3 money (#,##0).
const STYLE = { general: 0, date: 1, percent: 2, money: 3 };
const strings = [];
const stringIndex = new Map();
const shared = (text) => {
  if (!stringIndex.has(text)) {
    stringIndex.set(text, strings.length);
    strings.push(text);
  }
  return stringIndex.get(text);
};

/** A CSV cell as Excel would have typed it. */
function cell(text) {
  if (text === '') return null;
  const month = /^(\w{3}) (\d{4})$/.exec(text);
  if (month && MONTHS.includes(month[1])) return { value: serial(Number(month[2]), MONTHS.indexOf(month[1]) + 1), style: STYLE.date };
  const percent = /^(-?[\d.]+) %$/.exec(text);
  if (percent) return { value: Number((Number(percent[1]) / 100).toPrecision(12)), style: STYLE.percent };
  const money = /^\$([\d,]+)$/.exec(text);
  if (money) return { value: Number(money[1].replaceAll(',', '')), style: STYLE.money };
  if (/^-?\d+(\.\d+)?$/.test(text)) return { value: Number(text), style: STYLE.general };
  return { text };
}

const column = (i) => String.fromCharCode(65 + i);
const escape = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const sheetRows = [header.map((text) => ({ text })), ...rows.map((row) => row.map(cell))].map((cells, r) => {
  const xml = cells
    .map((c, i) => {
      if (!c) return '';
      const ref = `${column(i)}${r + 1}`;
      if ('text' in c) return `<c r="${ref}" t="s"><v>${shared(c.text)}</v></c>`;
      return `<c r="${ref}"${c.style ? ` s="${c.style}"` : ''}><v>${c.value}</v></c>`;
    })
    .join('');
  return `<row r="${r + 1}">${xml}</row>`;
});

const xml = (body) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
const files = {
  '[Content_Types].xml': xml(
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
  ),
  '_rels/.rels': xml(
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  ),
  'xl/workbook.xml': xml(
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Notes" sheetId="2" r:id="rId2"/><sheet name="KPIs" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ),
  'xl/_rels/workbook.xml.rels': xml(
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
  ),
  'xl/styles.xml': xml(
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="mmm yyyy"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" xfId="0" applyNumberFormat="1"/><xf numFmtId="3" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
  ),
  'xl/worksheets/sheet1.xml': xml(
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows.join('')}</sheetData></worksheet>`,
  ),
  // A first sheet of notes, as workbooks often have: the KPIs are read from the sheet named "KPIs".
  'xl/worksheets/sheet2.xml': xml(
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>${shared('Acme KPI data, one row per KPI and month; the data is on the sheet "KPIs".')}</v></c></row></sheetData></worksheet>`,
  ),
};
files['xl/sharedStrings.xml'] = xml(
  `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join('')}</sst>`,
);

// A fixed time stamp, so that the same CSV gives the same bytes.
const zipped = zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [strToU8(text), { mtime: new Date('2026-11-01T00:00:00Z') }]])), {
  level: 9,
});
writeFileSync(new URL('demo/data/kpi-data.xlsx', root), zipped);
console.log(`demo/data/kpi-data.xlsx: ${rows.length} rows, ${zipped.length} bytes`);
