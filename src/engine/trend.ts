import type { Polarity, Range } from '../model/schema.js';

export type Direction = 'up' | 'down' | 'flat';

export interface Change {
  change: number;
  direction: Direction;
  /** Whether the change is for the better given the polarity; null when nothing changed. */
  improving: boolean | null;
}

/** The change from the previous value, and whether it is an improvement for the polarity. */
export function changeBetween(previous: number, current: number, polarity: Polarity, band: Range | null): Change {
  const change = current - previous;
  const direction: Direction = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
  if (polarity === 'range') {
    const before = band ? distanceOutside(previous, band) : 0;
    const after = band ? distanceOutside(current, band) : 0;
    return { change, direction, improving: after < before ? true : after > before ? false : null };
  }
  if (direction === 'flat') return { change, direction, improving: null };
  return { change, direction, improving: (direction === 'up') === (polarity === 'up') };
}

export function distanceOutside(value: number, band: Range): number {
  return value < band.min ? band.min - value : value > band.max ? value - band.max : 0;
}

/**
 * A least-squares line fitted point by point, without arrays. x is measured from an origin near the
 * points (period ordinals are large numbers), which keeps the sums well conditioned.
 */
export class LineFit {
  private origin = 0;
  private n = 0;
  private sx = 0;
  private sy = 0;
  private sxy = 0;
  private sxx = 0;

  reset(origin: number): this {
    this.origin = origin;
    this.n = this.sx = this.sy = this.sxy = this.sxx = 0;
    return this;
  }

  add(x: number, y: number): void {
    const dx = x - this.origin;
    this.n++;
    this.sx += dx;
    this.sy += y;
    this.sxy += dx * y;
    this.sxx += dx * dx;
  }

  get count(): number {
    return this.n;
  }

  /** The slope per unit of x; 0 for a single point (a flat line through it). */
  get slope(): number {
    const { n } = this;
    const variance = n * this.sxx - this.sx * this.sx;
    return n < 2 || variance === 0 ? 0 : (n * this.sxy - this.sx * this.sy) / variance;
  }

  /** The line's value at x; NaN without points. */
  at(x: number): number {
    if (this.n === 0) return NaN;
    const slope = this.slope;
    return (this.sy - slope * this.sx) / this.n + slope * (x - this.origin);
  }
}
