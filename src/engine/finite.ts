/** A finite number, or null: one rule, for the engine, the charts and the elements, for what counts as a number. */
export function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
