import { anchorDay, fiscalYearBounds, fiscalYearOf, periodOfDay, type Periodicity } from '../model/periods.js';

/** The ordinals of the first and last period of `kind` in the fiscal year holding ordinal `ordinal`. */
export interface FiscalRange {
  fiscalYear: number;
  first: number;
  last: number;
}

export function fiscalRangeOf(kind: Periodicity, ordinal: number, fiscalYearStart: number): FiscalRange {
  const fiscalYear = fiscalYearOf({ kind, ordinal }, fiscalYearStart);
  const { startDay, endDay } = fiscalYearBounds(fiscalYear, fiscalYearStart);
  let first = periodOfDay(startDay, kind).ordinal;
  if (anchorDay({ kind, ordinal: first }) < startDay) first += 1;
  let last = periodOfDay(endDay, kind).ordinal;
  if (anchorDay({ kind, ordinal: last }) > endDay) last -= 1;
  return { fiscalYear, first, last };
}
