/**
 * CSV text into rows of cells, by RFC 4180 (quoted cells, doubled quotes, line breaks inside quotes,
 * CRLF or LF) as d3-dsv's parser reads it, with what spreadsheets add: a UTF-8 byte-order mark, and a
 * separator that is `;` where the decimal mark is a comma (the kit's own CSV export does this),
 * or a tab. The separator is the one of `,` `;` and tab that the header line holds most of.
 */
import { rowIssue, type ImportIssue } from './issues.js';

export interface CsvTable {
  readonly rows: string[][];
  readonly separator: string;
  /** Malformed quoting: the file is still read, the issue names the row where it went wrong. */
  readonly issues: ImportIssue[];
}

const SEPARATORS = [',', ';', '\t'] as const;

export function readCsv(text: string, separator?: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const chosen = separator ?? detectSeparator(body);
  const rows = parseRows(body, chosen);
  const issues: ImportIssue[] = [];
  // Quotes come in pairs in well-formed CSV (an escaped quote is two); an odd count means a quoted
  // cell that never closes, which the parser reads to the end of the file.
  if (countQuotes(body) % 2 === 1) {
    const row = rows.length;
    issues.push(rowIssue(row, 'a quoted cell opens in this row and never closes, so the rest of the file was read into it and left out (close the quote; a quote inside a cell is written twice: "")'));
    rows.pop();
  }
  return { rows, separator: chosen, issues };
}

/** The separator the first line (outside quotes) holds most of; `,` when it holds none. */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const [separator, count] of counts) if (count > counts.get(best)!) best = separator;
  return best;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The rows of CSV text: cells split at `separator`, rows at LF, CRLF or CR, a quoted cell holding
 * separators, line breaks and doubled quotes. d3-dsv's `parseRows`, written out for the one thing
 * the importer asks of it (tested equal to it on random text): d3-dsv also formats, which a page
 * that shows a CSV file never does, and its parser cannot be had without its formatter. As there, a
 * line break at the end ends the last row, a quote that never closes takes the rest of the text, and
 * the character after a closing quote is taken for the separator, whatever it is.
 */
export function parseRows(text: string, separator: string): string[][] {
  const delimiter = separator.charCodeAt(0);
  // Empty text has no row; a lone line break is one empty cell.
  let atEnd = text.length === 0;
  let end = text.length;
  if (text.charCodeAt(end - 1) === LF) end--;
  if (text.charCodeAt(end - 1) === CR) end--;
  const rows: string[][] = [];
  let at = 0;
  let lineEnded = false;
  /** The next cell, or where a row or the text ends. */
  const next = (): string | typeof END_OF_ROW | typeof END_OF_TEXT => {
    if (atEnd) return END_OF_TEXT;
    if (lineEnded) {
      lineEnded = false;
      return END_OF_ROW;
    }
    const start = at;
    if (text.charCodeAt(start) === QUOTE) {
      // To the closing quote: a doubled quote is part of the cell.
      while ((at++ < end && text.charCodeAt(at) !== QUOTE) || text.charCodeAt(++at) === QUOTE);
      const closed = at;
      if (closed >= end) atEnd = true;
      else {
        const after = text.charCodeAt(at++);
        if (after === LF) lineEnded = true;
        else if (after === CR) {
          lineEnded = true;
          if (text.charCodeAt(at) === LF) at++;
        }
      }
      return text.slice(start + 1, closed - 1).replace(/""/g, '"');
    }
    while (at < end) {
      const cellEnd = at;
      const char = text.charCodeAt(at++);
      if (char === LF) lineEnded = true;
      else if (char === CR) {
        lineEnded = true;
        if (text.charCodeAt(at) === LF) at++;
      } else if (char !== delimiter) continue;
      return text.slice(start, cellEnd);
    }
    atEnd = true;
    return text.slice(start, end);
  };
  for (let cell = next(); cell !== END_OF_TEXT; cell = next()) {
    const row: string[] = [];
    while (cell !== END_OF_ROW && cell !== END_OF_TEXT) {
      row.push(cell);
      cell = next();
    }
    rows.push(row);
  }
  return rows;
}

const END_OF_ROW = Symbol('end of row');
const END_OF_TEXT = Symbol('end of text');

function countQuotes(text: string): number {
  let count = 0;
  let at = text.indexOf('"');
  while (at !== -1) {
    count++;
    at = text.indexOf('"', at + 1);
  }
  return count;
}
