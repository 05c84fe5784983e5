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

/** The least-squares line through points; the slope is 0 for a single point, null for none. */
export function leastSquares(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } | null {
  const n = xs.length;
  if (n === 0) return null;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += xs[i]!;
    meanY += ys[i]!;
  }
  meanX /= n;
  meanY /= n;
  let covariance = 0;
  let variance = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - meanX;
    covariance += dx * (ys[i]! - meanY);
    variance += dx * dx;
  }
  const slope = variance === 0 ? 0 : covariance / variance;
  return { slope, intercept: meanY - slope * meanX };
}
