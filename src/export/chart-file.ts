/**
 * An element's drawing as a file, loaded when an element first exports (see
 * `elements/internal/chart-export.ts`).
 */
import { svgToPng, type ChartImageOptions } from './png.js';
import { chartSvg } from './svg.js';

/** What an element exports: the element that frames its drawing, its name (the file's `<title>`), and what of it to leave out (`omit`, a selector). */
export interface ExportFrame {
  frame: Element;
  name: string;
  omit?: string;
}

/** The drawing as a standalone SVG document; an empty string while nothing is drawn (no frame). */
export function frameSvg(exported: ExportFrame | null): string {
  return (exported && chartSvg(exported.frame, exported.name, exported))?.svg ?? '';
}

/** The drawing as a PNG image; rejects while nothing is drawn (no frame, or not laid out). */
export function framePng(host: Element, exported: ExportFrame | null, options?: ChartImageOptions): Promise<Blob> {
  const chart = exported && chartSvg(exported.frame, exported.name, exported);
  if (!chart) return Promise.reject(new Error(`${host.localName} has no chart drawn to export`));
  return svgToPng(chart, options);
}
