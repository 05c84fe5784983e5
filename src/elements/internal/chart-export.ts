/**
 * Saving a drawing as a file, for the elements' public `toSVG()` and `toPNG()` (the charts, the
 * strategy map). Everything but these two calls loads on first use (`export/chart-file.ts`): a page
 * that never exports does not download it.
 */
import type { ChartImageOptions } from '../../export/png.js';
import type { ExportFrame } from '../../export/chart-file.js';

export type { ExportFrame };

/** The drawing as a standalone SVG document; an empty string while nothing is drawn (no frame). */
export async function exportSvg(exported: ExportFrame | null): Promise<string> {
  return (await import('../../export/chart-file.js')).frameSvg(exported);
}

/** The drawing as a PNG image; rejects while nothing is drawn (no frame). */
export async function exportPng(host: Element, exported: ExportFrame | null, options?: ChartImageOptions): Promise<Blob> {
  return (await import('../../export/chart-file.js')).framePng(host, exported, options);
}
