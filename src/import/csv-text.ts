/**
 * CSV text into rows of cells, by RFC 4180 (quoted cells, doubled quotes, line breaks inside quotes,
 * CRLF or LF) through d3-dsv's parser, with what spreadsheets add: a UTF-8 byte-order mark, and a
 * separator that is `;` where the decimal mark is a comma (the kit's own CSV export does this),
 * or a tab. The separator is the one of `,` `;` and tab that the header line holds most of.
 */
import { dsvFormat } from 'd3-dsv';
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
  const rows = dsvFormat(chosen).parseRows(body);
  const issues: ImportIssue[] = [];
  // Quotes come in pairs in well-formed CSV (an escaped quote is two); an odd count means a quoted
  // cell that never closes, which the parser reads to the end of the file.
  if (countQuotes(body) % 2 === 1) {
    const row = rows.length;
    issues.push(
      rowIssue(
        row,
        'a quoted cell opens in this row and never closes, so the rest of the file was read into it and left out (close the quote; a quote inside a cell is written twice: "")',
      ),
    );
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

function countQuotes(text: string): number {
  let count = 0;
  let at = text.indexOf('"');
  while (at !== -1) {
    count++;
    at = text.indexOf('"', at + 1);
  }
  return count;
}
