import type { ModelIssue } from '../model/issues.js';

/**
 * What could not be imported, in the kit's issue shape: `path` says where ("row 14, column Actual",
 * or a model path such as `perspectives[0].title` for the structure), and, for a cell of the table,
 * its row number (as a spreadsheet numbers it: the header is row 1) and column heading.
 */
export interface ImportIssue extends ModelIssue {
  readonly row?: number;
  readonly column?: string;
}

export function cellIssue(row: number, column: string, message: string): ImportIssue {
  return { path: `row ${row}, column ${column}`, row, column, message };
}

export function rowIssue(row: number, message: string): ImportIssue {
  return { path: `row ${row}`, row, message };
}
