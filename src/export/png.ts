/**
 * A chart's SVG document drawn onto a canvas as a PNG. Loaded on demand (`toPNG` is async): a page
 * that never saves a PNG does not download it. The image is drawn from a `data:` (else `blob:`) URL,
 * which a strict CSP's `script-src` and `style-src` leave alone (its `img-src` must allow one).
 */
import type { ChartSvg } from './svg.js';

/** How a chart's PNG is drawn. */
export interface ChartImageOptions {
  /** Device pixels per CSS pixel of the chart as shown: 2 (the default) is sharp on most screens and in print. */
  scale?: number;
  /** A colour to fill behind the chart (`#fff`); transparent when unset. */
  background?: string;
}

/**
 * An SVG document drawn onto a canvas `scale` times its size, as a PNG. Rejects when the browser
 * cannot draw it (no canvas, or a policy that lets no image of it load).
 */
export async function svgToPng(chart: ChartSvg, options: ChartImageOptions = {}): Promise<Blob> {
  const scale = options.scale !== undefined && Number.isFinite(options.scale) && options.scale > 0 ? options.scale : 2;
  const image = await loadImage(chart.svg);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(chart.width * scale));
  canvas.height = Math.max(1, Math.round(chart.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas to draw the chart on');
  if (options.background) {
    context.fillStyle = options.background;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the chart could not be encoded as PNG'))), 'image/png'),
  );
}

/**
 * The SVG as a decoded image: from a `data:` URL, which strict policies commonly allow
 * (`img-src 'self' data:`), else from a `blob:` URL (`img-src blob:`).
 */
async function loadImage(svg: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  try {
    await image.decode();
    return image;
  } catch {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    try {
      image.src = url;
      await image.decode();
      return image;
    } finally {
      URL.revokeObjectURL(url);
    }
  }
}
