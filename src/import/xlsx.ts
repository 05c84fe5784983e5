/**
 * An `.xlsx` workbook's sheet as rows of cells, through read-excel-file (loaded when first used, so
 * that a page or a script importing CSV does not load it). Cells come as text, numbers, booleans
 * and dates, as the workbook typed them; a sheet that is not there, or a file that is not a
 * workbook, is an issue.
 */
import type { Cell } from './from-rows.js';
import type { ImportIssue } from './issues.js';

export type XlsxInput = Blob | ArrayBuffer | Uint8Array;

export type XlsxSheet = { ok: true; rows: Cell[][] } | { ok: false; issues: ImportIssue[] };

/** The rows of the first sheet, or of the sheet of that name (or number, from 1). */
export async function readXlsx(input: XlsxInput, sheet?: string | number): Promise<XlsxSheet> {
  try {
    const { readSheet } = await import('read-excel-file/universal');
    const data = input instanceof Uint8Array ? input.slice().buffer : input;
    const rows = (await readSheet(data, sheet ?? 1)) as unknown as Cell[][];
    return { ok: true, rows };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [{ path: sheet === undefined ? 'workbook' : `sheet ${JSON.stringify(sheet)}`, message: `could not be read as an .xlsx workbook: ${message}` }],
    };
  }
}
