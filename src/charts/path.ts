/**
 * SVG path data written as d3-path's `pathRound(digits)` writes it, for the commands the kit's
 * lines, curves and rounded outlines use: move, line, cubic curve, `arcTo` and close. d3-path's
 * Path class (arcs, rectangles, quadratic curves) is one class that bundles keep whole; the gauge
 * writes its own sectors (sector.ts). Tested equal to d3-path over random commands.
 */

const EPSILON = 1e-6;

export class RoundedPath {
  #data = '';
  /** The start of the current subpath, where `closePath` returns. */
  #startX: number | null = null;
  #startY: number | null = null;
  /** Where the path ends now: null before the first command. */
  #x: number | null = null;
  #y: number | null = null;
  readonly #factor: number;

  constructor(digits: number) {
    this.#factor = 10 ** digits;
  }

  moveTo(x: number, y: number): void {
    this.#startX = this.#x = x;
    this.#startY = this.#y = y;
    this.#data += `M${this.#n(x)},${this.#n(y)}`;
  }

  lineTo(x: number, y: number): void {
    this.#x = x;
    this.#y = y;
    this.#data += `L${this.#n(x)},${this.#n(y)}`;
  }

  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    this.#x = x;
    this.#y = y;
    this.#data += `C${this.#n(x1)},${this.#n(y1)},${this.#n(x2)},${this.#n(y2)},${this.#n(x)},${this.#n(y)}`;
  }

  /**
   * A corner of radius `r` from where the path ends, towards (x1, y1), then towards (x2, y2): the
   * canvas's `arcTo`, with d3-path's cases (an empty path moves to the corner; a corner on the
   * path's end adds nothing; a straight corner or no radius is a line to it).
   */
  arcTo(x1: number, y1: number, x2: number, y2: number, r: number): void {
    if (r < 0) throw new Error(`negative radius: ${r}`);
    if (this.#x === null || this.#y === null) {
      this.#x = x1;
      this.#y = y1;
      this.#data += `M${this.#n(x1)},${this.#n(y1)}`;
      return;
    }
    const [x0, y0] = [this.#x, this.#y];
    const [x21, y21, x01, y01] = [x2 - x1, y2 - y1, x0 - x1, y0 - y1];
    const l01Squared = x01 * x01 + y01 * y01;
    if (!(l01Squared > EPSILON)) return;
    if (!(Math.abs(y01 * x21 - y21 * x01) > EPSILON) || !r) {
      this.lineTo(x1, y1);
      return;
    }
    const [x20, y20] = [x2 - x0, y2 - y0];
    const l21Squared = x21 * x21 + y21 * y21;
    const l20Squared = x20 * x20 + y20 * y20;
    const l21 = Math.sqrt(l21Squared);
    const l01 = Math.sqrt(l01Squared);
    // How far from the corner the circle touches both sides.
    const reach = r * Math.tan((Math.PI - Math.acos((l21Squared + l01Squared - l20Squared) / (2 * l21 * l01))) / 2);
    const t01 = reach / l01;
    const t21 = reach / l21;
    if (Math.abs(t01 - 1) > EPSILON) this.#data += `L${this.#n(x1 + t01 * x01)},${this.#n(y1 + t01 * y01)}`;
    this.#x = x1 + t21 * x21;
    this.#y = y1 + t21 * y21;
    const sweep = y01 * x20 > x01 * y20 ? 1 : 0;
    this.#data += `A${this.#n(r)},${this.#n(r)},0,0,${sweep},${this.#n(this.#x)},${this.#n(this.#y)}`;
  }

  /** Back to the start of the subpath; nothing on an empty path. */
  closePath(): void {
    if (this.#x === null) return;
    this.#x = this.#startX;
    this.#y = this.#startY;
    this.#data += 'Z';
  }

  toString(): string {
    return this.#data;
  }

  #n(value: number): number {
    return Math.round(value * this.#factor) / this.#factor;
  }
}
