/**
 * Which column of the table holds which field: by the option `columns` (`{ kpi: 'Measure name' }`),
 * else by a heading that reads as the field's name in any case and spacing ("Red flag",
 * "red_flag", "REDFLAG"), as one of a few common other names ("Measure", "Date", "Value"), or as
 * the kit's own CSV export heads it in the table's locale ("Periode", "Istwert" in de-DE).
 */
import { resolveLabels } from '../format/labels.js';
import { cellIssue, rowIssue, type ImportIssue } from './issues.js';
import '../format/english/figures.js';

export const IMPORT_FIELDS = [
  'perspective',
  'objective',
  'kpi',
  'period',
  'actual',
  'target',
  'redFlag',
  'stretch',
  'unit',
  'polarity',
  'owner',
  'comment',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Other headings a field goes by in exports and spreadsheets. */
const OTHER_NAMES: Partial<Record<ImportField, readonly string[]>> = {
  kpi: ['measure', 'metric', 'indicator', 'measurename', 'kpiname'],
  period: ['date', 'month', 'periode'],
  actual: ['value', 'actualvalue'],
  target: ['goal', 'targetvalue'],
  redFlag: ['red', 'redthreshold'],
  stretch: ['stretchtarget'],
  comment: ['note', 'commentary', 'remark'],
};

export type ColumnIndex = Partial<Record<ImportField, number>>;

export interface ColumnMatch {
  readonly index: ColumnIndex;
  readonly headings: readonly string[];
  readonly issues: ImportIssue[];
}

/** The columns of `headings` (row 1) for each field; a column named in `columns` but absent is an issue. */
export function matchColumns(headings: readonly string[], columns: Partial<Record<ImportField, string>> = {}, locale = 'en-US'): ColumnMatch {
  const labels = resolveLabels(locale);
  const exported: Partial<Record<ImportField, string>> = {
    perspective: labels.perspective,
    objective: labels.objective,
    kpi: labels.kpi,
    period: labels.period,
    actual: labels.actual,
    target: labels.target,
  };
  const index: ColumnIndex = {};
  const issues: ImportIssue[] = [];
  const byName = new Map<string, number>();
  headings.forEach((heading, i) => {
    const key = simplify(heading);
    if (key && !byName.has(key)) byName.set(key, i);
  });
  for (const field of IMPORT_FIELDS) {
    const named = columns[field];
    if (named !== undefined) {
      const at = byName.get(simplify(named));
      if (at === undefined)
        issues.push(rowIssue(1, `there is no column "${named}" (the option columns.${field} names it); the columns are ${listHeadings(headings)}`));
      else index[field] = at;
      continue;
    }
    for (const name of [field.toLowerCase(), ...(OTHER_NAMES[field] ?? []), simplify(exported[field] ?? '')]) {
      const at = byName.get(name);
      if (at !== undefined) {
        index[field] = at;
        break;
      }
    }
  }
  return { index, headings, issues };
}

/** The issue of a required column that is missing. */
export function missingColumn(field: ImportField, headings: readonly string[], why: string): ImportIssue {
  return cellIssue(1, label(field), `is missing: ${why}; the columns are ${listHeadings(headings)} (name another with the option columns.${field})`);
}

/** The column heading used in issues: the table's own, else the field's name. */
export function label(field: ImportField, headings?: readonly string[], index?: ColumnIndex): string {
  const at = index?.[field];
  const heading = at === undefined ? undefined : headings?.[at]?.trim();
  return heading || (field === 'kpi' ? 'KPI' : field.charAt(0).toUpperCase() + field.slice(1));
}

function simplify(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function listHeadings(headings: readonly string[]): string {
  const shown = headings.filter((h) => h.trim()).map((h) => `"${h.trim()}"`);
  return shown.length ? shown.join(', ') : 'none';
}
