/**
 * Zoom and pan as a transform of a drawing: `k` the scale, `x`, `y` the translation, applied as
 * `translate(x,y) scale(k)` (d3-zoom's convention and its arithmetic). Pure: the strategy map's
 * pointer, wheel and buttons (`elements/internal/map-zoom.ts`) turn into these.
 */
export interface ZoomTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export type Point = readonly [number, number];

export const ZOOM_IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };

/** The transform at scale `k` (clamped to `extent`) that keeps `point` (in the drawing's frame) where it is. */
export function zoomAround(transform: ZoomTransform, k: number, point: Point, extent: readonly [number, number]): ZoomTransform {
  const scale = Math.min(extent[1], Math.max(extent[0], k));
  // The drawing's point under `point` before: ((point − t) / k); after, it must map to `point` again.
  const [px, py] = point;
  return { k: scale, x: px - ((px - transform.x) / transform.k) * scale, y: py - ((py - transform.y) / transform.k) * scale };
}

/** The transform moved by `dx`, `dy`. */
export function panBy(transform: ZoomTransform, dx: number, dy: number): ZoomTransform {
  return { k: transform.k, x: transform.x + dx, y: transform.y + dy };
}

/** How much a wheel turn zooms: d3-zoom's factor, 2^delta (a pinch on a touchpad comes as a wheel with Ctrl). */
export function wheelZoomFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  return 2 ** (-deltaY * (deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002) * (ctrlKey ? 10 : 1));
}

/** The SVG `transform` attribute of a transform, as d3-zoom writes it. */
export function transformAttribute(transform: ZoomTransform): string {
  return `translate(${transform.x},${transform.y}) scale(${transform.k})`;
}
