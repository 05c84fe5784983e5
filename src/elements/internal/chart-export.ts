/**
 * Saving a drawing as a file, for the elements' public `toSVG()` and `toPNG()` (the charts, the
 * strategy map). The export code loads on first use: a page that never exports does not download it.
 */
import type { ChartImageOptions } from '../../export/png.js';
import type { ChartSvg } from '../../export/svg.js';

/** What an element exports: the element that frames its drawing, its name (the file's `<title>`), and what of it to leave out (`omit`, a selector). */
export interface ExportFrame {
  frame: Element;
  name: string;
  omit?: string;
}

/** The drawing as a standalone SVG document; an empty string while nothing is drawn (no frame). */
export async function exportSvg(exported: ExportFrame | null): Promise<string> {
  return (await drawn(exported))?.svg ?? '';
}

/** The drawing as a PNG image; rejects while nothing is drawn (no frame). */
export async function exportPng(host: Element, exported: ExportFrame | null, options?: ChartImageOptions): Promise<Blob> {
  const chart = await drawn(exported);
  if (!chart) throw new Error(`${host.localName} has no chart drawn to export`);
  const { svgToPng } = await import('../../export/png.js');
  return svgToPng(chart, options);
}

async function drawn(exported: ExportFrame | null): Promise<ChartSvg | null> {
  if (!exported) return null;
  const { chartSvg } = await import('../../export/svg.js');
  return chartSvg(exported.frame, exported.name, exported);
}
