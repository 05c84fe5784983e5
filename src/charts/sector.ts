/**
 * An annular sector as SVG path data, written as d3-shape's `arc` writes it through d3-path
 * (rounded to `DIGITS`), without d3-path: its Path class is a fifth of a gauge's own code, and the
 * gauge needs only arcs and lines. Tested equal to d3-path over random sectors.
 */
import { DIGITS } from './scale.js';
import type { Point } from './types.js';

const TAU = 2 * Math.PI;
const EPSILON = 1e-6;
const FACTOR = 10 ** DIGITS;

/** A number as d3-path's rounding writes it. */
const n = (value: number) => Math.round(value * FACTOR) / FACTOR;

/**
 * The sector around `center` between two radii, from `startAngle` to `endAngle` (d3-shape's
 * convention: radians, 0 at the top, clockwise; an end before the start sweeps anticlockwise).
 */
export function sectorPath(center: Point, innerRadius: number, outerRadius: number, startAngle: number, endAngle: number): string {
  // d3-path takes canvas angles (0 at three o'clock); d3-shape's put 0 at the top.
  const from = startAngle - Math.PI / 2;
  const to = endAngle - Math.PI / 2;
  const at = (angle: number, radius: number): [number, number] => [center.x + radius * Math.cos(angle), center.y + radius * Math.sin(angle)];
  if (from === to) {
    // An empty sweep: the radial edge alone, as d3-shape draws it.
    const [x0, y0] = at(from, outerRadius);
    const [x1, y1] = at(from, innerRadius);
    return `M${n(x0)},${n(y0)}L${n(x1)},${n(y1)}Z`;
  }
  const anticlockwise = endAngle < startAngle;
  const path: ArcPath = { d: '', x: null, y: 0 };
  arc(path, center, outerRadius, from, to, anticlockwise);
  if (innerRadius > 0) arc(path, center, innerRadius, to, from, !anticlockwise);
  else [path.d, path.x] = [`${path.d}L${n(center.x)},${n(center.y)}`, center.x];
  // d3-path closes only a path that has drawn a line or an arc.
  return path.x === null ? path.d : `${path.d}Z`;
}

/** Path data being written, and where its last line or arc ended (d3-path's `_x1`, `_y1`): null before the first. */
interface ArcPath {
  d: string;
  x: number | null;
  y: number;
}

/**
 * Appends an arc from the point at `a0` on the circle to the one at `a1`, as d3-path's `arc` does:
 * a move to its start on an empty path, else a line there unless the path already ends there.
 */
function arc(path: ArcPath, center: Point, r: number, a0: number, a1: number, anticlockwise: boolean): void {
  const dx = r * Math.cos(a0);
  const dy = r * Math.sin(a0);
  const x0 = center.x + dx;
  const y0 = center.y + dy;
  if (path.x === null) path.d += `M${n(x0)},${n(y0)}`;
  else if (Math.abs(path.x - x0) > EPSILON || Math.abs(path.y - y0) > EPSILON) path.d += `L${n(x0)},${n(y0)}`;
  if (!r) return;
  const cw = anticlockwise ? 0 : 1;
  let sweep = anticlockwise ? a0 - a1 : a1 - a0;
  if (sweep < 0) sweep = (sweep % TAU) + TAU;
  const radii = `A${n(r)},${n(r)},0`;
  // A whole circle: two half circles.
  if (sweep > TAU - EPSILON) {
    path.d += `${radii},1,${cw},${n(center.x - dx)},${n(center.y - dy)}${radii},1,${cw},${n(x0)},${n(y0)}`;
    [path.x, path.y] = [x0, y0];
    return;
  }
  if (sweep <= EPSILON) return;
  const x1 = center.x + r * Math.cos(a1);
  const y1 = center.y + r * Math.sin(a1);
  // Ends that round to the same point: two arcs, or the renderer would draw none.
  if (sweep >= Math.PI && n(x0) === n(x1) && n(y0) === n(y1)) {
    sweep /= 2;
    path.d += `${radii},${+(sweep >= Math.PI)},${cw},${n(center.x + r * Math.cos(a0 + sweep))},${n(center.y + r * Math.sin(a0 + sweep))}`;
  }
  path.d += `${radii},${+(sweep >= Math.PI)},${cw},${n(x1)},${n(y1)}`;
  [path.x, path.y] = [x1, y1];
}
