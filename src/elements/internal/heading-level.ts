/** An `aria-level` for a heading: a whole number from 1 to 6; `fallback` for what is no number. */
export function clampLevel(level: number, fallback: number): number {
  return Number.isFinite(level) ? Math.min(Math.max(Math.trunc(level), 1), 6) : fallback;
}
