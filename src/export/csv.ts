/**
 * The evaluated scorecard as CSV: one row per KPI (period, perspective, objective, KPI, actual,
 * target, score, status, comment), written for the spreadsheet of the reader's locale and safe to open.
 *
 * - The comment is the text of the KPI's comments for the period (docs/architecture.md §2), one a
 *   line; a period's single `comment` is its text exactly, so an import can read it back.
 *
 * - Numbers are the model's raw values (a percentage as its fraction, a duration in seconds, money
 *   in the scorecard's currency), written with the locale's decimal mark and without grouping, so
 *   a spreadsheet set to that locale reads them as numbers; Latin digits whatever the locale.
 * - The column separator is `;` where the decimal mark is a comma (de-DE, fr-FR …), else `,`.
 * - RFC 4180: CRLF line ends, a cell holding the separator, a quote or a line break is quoted,
 *   quotes doubled. A UTF-8 byte-order mark comes first, so Excel reads accents.
 * - Formula injection (OWASP): a text cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage
 *   return gets a leading `'`, so a spreadsheet shows it as text instead of running it. Numbers are
 *   not text and keep their sign.
 */
import { periodComments } from '../engine/commentary.js';
import type { Evaluation, NodeEvaluation } from '../engine/types.js';
import { statusLabel, type Labels } from '../format/labels.js';
import type { Range } from '../model/schema.js';
import '../format/english/figures.js';

export interface ScorecardCsvOptions {
  /** The locale of the spreadsheet that opens the file: its decimal mark and column separator. */
  locale: string;
  /** The column headings and status names. */
  labels: Labels;
  /** The column separator, instead of the locale's. */
  separator?: string;
}

/** A cell: text (neutralised against formulas), a number (written for the locale), or empty. */
export type CsvCell = string | number | null;

/** What comes before the first row: the UTF-8 byte-order mark. */
export const CSV_BOM = '\uFEFF';

/** The evaluation's KPIs as a CSV document, in model order, with a header row. */
export function scorecardCsv(evaluation: Evaluation, options: ScorecardCsvOptions): string {
  const { labels } = options;
  const rows: CsvCell[][] = [
    [labels.period, labels.perspective, labels.objective, labels.kpi, labels.actual, labels.target, labels.score, labels.status, labels.comment],
  ];
  for (const perspective of evaluation.scorecard.perspectives) {
    for (const objective of perspective.objectives) {
      for (const kpi of objective.kpis) {
        const node = evaluation.node(kpi.id);
        if (node?.kind !== 'kpi') continue;
        rows.push([
          evaluation.asOf,
          perspective.title,
          objective.title,
          kpi.title,
          node.value,
          targetCell(node.target, options.locale),
          node.score === null ? null : roundScore(node.score),
          statusCell(node, labels),
          commentCell(evaluation, kpi.id),
        ]);
      }
    }
  }
  return csvDocument(rows, options);
}

/** Rows of cells as a CSV document: byte-order mark, RFC 4180 quoting, CRLF after every row. */
export function csvDocument(rows: readonly (readonly CsvCell[])[], options: { locale: string; separator?: string }): string {
  const separator = options.separator ?? csvSeparator(options.locale);
  const format = numberWriter(options.locale);
  const lines = rows.map((row) =>
    row.map((cell) => quote(typeof cell === 'number' ? format(cell) : cell === null ? '' : neutralise(cell), separator)).join(separator),
  );
  return `${CSV_BOM}${lines.map((line) => `${line}\r\n`).join('')}`;
}

/** `;` where the locale writes decimals with a comma (a `,` would split its numbers), else `,`. */
export function csvSeparator(locale: string): string {
  return decimalMark(locale) === ',' ? ';' : ',';
}

/** The characters that make a spreadsheet read a cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet will not run: a leading `'` before a formula character. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Bidi marks that some locales put around a sign: a spreadsheet would read the number as text. */
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;

/**
 * Numbers as a spreadsheet of the locale reads them: its decimal mark, Latin digits, an ASCII minus,
 * no grouping, up to 10 decimals (enough for any KPI, and rounding away float noise such as 0.1 + 0.2).
 */
function numberWriter(locale: string): (value: number) => string {
  const format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 10, numberingSystem: 'latn' });
  return (value) => (Number.isFinite(value) ? format.format(value).replace(BIDI_MARKS, '').replace('\u2212', '-') : '');
}

function decimalMark(locale: string): string {
  const parts = new Intl.NumberFormat(locale, { numberingSystem: 'latn' }).formatToParts(1.5);
  return parts.find((part) => part.type === 'decimal')?.value ?? '.';
}

/** A band target is text, `40–60` in the locale's numbers; a number target stays a number. */
function targetCell(target: number | Range | null, locale: string): CsvCell {
  if (target === null || typeof target === 'number') return target;
  const format = numberWriter(locale);
  return `${format(target.min)}–${format(target.max)}`;
}

/** Scores to two decimals: the kit shows one, a spreadsheet may sort and average them. */
function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}

function commentCell(evaluation: Evaluation, id: string): CsvCell {
  const comments = periodComments(evaluation.scorecard, id, evaluation.asOf);
  return comments.length === 0 ? null : comments.map((comment) => comment.text).join('\n');
}

function statusCell(node: NodeEvaluation, labels: Labels): string {
  const status = statusLabel(node.status, labels);
  return node.stale ? `${status}${labels.separator}${labels.stale}` : status;
}
