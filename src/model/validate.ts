/**
 * The rules of a model that relate one field to another (DESIGN §2): ids unique across the model,
 * links and initiatives that name real objectives, thresholds in the order their polarity needs,
 * periods that name real dates of the right periodicity. Runs on a model whose shape is already valid.
 */
import { formatPath, type ModelIssue, type PathSegment } from './issues.js';
import { isCoarser, parsePeriod, periodEndDay, periodStartDay, type Periodicity } from './periods.js';
import type { Kpi, Observation, Scorecard, Target } from './schema.js';

export function validateScorecard(scorecard: Scorecard): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const report = (path: PathSegment[], message: string) => issues.push({ path: formatPath(path), message });

  const kinds = checkIds(scorecard, report);
  checkScorecardFields(scorecard, report);
  scorecard.perspectives.forEach((perspective, p) =>
    perspective.objectives.forEach((objective, o) =>
      objective.kpis.forEach((kpi, k) => checkKpi(kpi, scorecard.periodicity, ['perspectives', p, 'objectives', o, 'kpis', k], report)),
    ),
  );
  checkLinks(scorecard, kinds, report);
  checkInitiatives(scorecard, kinds, report);
  return issues;
}

type Report = (path: PathSegment[], message: string) => void;
type NodeKind = 'scorecard' | 'perspective' | 'objective' | 'KPI' | 'initiative';

/** Every id once across the whole model; answers what kind of node each id names. */
function checkIds(scorecard: Scorecard, report: Report): Map<string, NodeKind> {
  const seen = new Map<string, { kind: NodeKind; path: PathSegment[] }>();
  const visit = (id: string, kind: NodeKind, path: PathSegment[]) => {
    const first = seen.get(id);
    if (first) report([...path, 'id'], `duplicate id "${id}": already used by the ${first.kind} at ${formatPath([...first.path, 'id']) || 'id'}`);
    else seen.set(id, { kind, path });
  };
  visit(scorecard.id, 'scorecard', []);
  scorecard.perspectives.forEach((perspective, p) => {
    visit(perspective.id, 'perspective', ['perspectives', p]);
    perspective.objectives.forEach((objective, o) => {
      visit(objective.id, 'objective', ['perspectives', p, 'objectives', o]);
      objective.kpis.forEach((kpi, k) => visit(kpi.id, 'KPI', ['perspectives', p, 'objectives', o, 'kpis', k]));
    });
  });
  scorecard.initiatives.forEach((initiative, i) => visit(initiative.id, 'initiative', ['initiatives', i]));
  return new Map([...seen].map(([id, { kind }]) => [id, kind]));
}

function checkScorecardFields(scorecard: Scorecard, report: Report): void {
  if (scorecard.asOf !== undefined) checkPeriod(scorecard.asOf, scorecard.periodicity, ['asOf'], report);
  if (scorecard.locale !== undefined) {
    try {
      Intl.getCanonicalLocales(scorecard.locale);
    } catch {
      report(['locale'], `must be a language tag such as "en-US" or "de-DE" (got "${scorecard.locale}")`);
    }
  }
  const currencies = knownCurrencies();
  if (scorecard.currency !== undefined && currencies && !currencies.has(scorecard.currency)) {
    report(['currency'], `is not an ISO 4217 currency code this browser knows (got "${scorecard.currency}")`);
  }
}

/** A real period of the expected periodicity; answers whether it is one. */
function checkPeriod(text: string, expected: Periodicity, path: PathSegment[], report: Report): boolean {
  const period = parsePeriod(text);
  if (!period) {
    report(path, `"${text}" is not a real period (a month must be 01–12, a week 01–53 of its ISO year, a day must exist)`);
    return false;
  }
  if (period.kind !== expected) {
    report(path, `must be a ${expected} period like ${PERIOD_EXAMPLES[expected]}, matching the periodicity (got the ${period.kind} "${text}")`);
    return false;
  }
  return true;
}

const PERIOD_EXAMPLES: Record<Periodicity, string> = {
  year: '"2026"',
  quarter: '"2026-Q3"',
  month: '"2026-10"',
  week: '"2026-W41"',
  day: '"2026-10-15"',
};

function checkKpi(kpi: Kpi, scorecardPeriodicity: Periodicity, path: PathSegment[], report: Report): void {
  const periodicity = kpi.periodicity ?? scorecardPeriodicity;
  if (kpi.updated !== undefined && parsePeriod(kpi.updated.slice(0, 10))?.kind !== 'day') {
    report([...path, 'updated'], `"${kpi.updated}" is not a real date`);
  }
  if (kpi.periodicity && isCoarser(scorecardPeriodicity, kpi.periodicity)) {
    report([...path, 'periodicity'], `must not be finer than the scorecard's "${scorecardPeriodicity}" periodicity (got "${kpi.periodicity}")`);
  }
  checkThresholdKinds(kpi, path, report);
  checkThresholds(kpi, kpi.target, kpi.redFlag, kpi.stretch, path, report);

  const periods = new Map<string, number>();
  let ratioItems = 0;
  let actualItems = 0;
  kpi.series.forEach((observation, i) => {
    const at = [...path, 'series', i];
    if (checkPeriod(observation.period, periodicity, [...at, 'period'], report)) {
      const first = periods.get(observation.period);
      if (first !== undefined) report([...at, 'period'], `period "${observation.period}" is listed twice in this series (also at series[${first}])`);
      else periods.set(observation.period, i);
    }
    const kind = checkObservationValue(observation, at, report);
    if (kind === 'ratio') ratioItems++;
    if (kind === 'actual') actualItems++;
    if (observation.target !== undefined || observation.redFlag !== undefined || observation.stretch !== undefined) {
      checkObservationThresholdKinds(kpi, observation, at, report);
      checkThresholds(kpi, observation.target ?? kpi.target, observation.redFlag ?? kpi.redFlag, observation.stretch ?? kpi.stretch, at, report, observation);
    }
  });
  if (ratioItems && actualItems) {
    report([...path, 'series'], 'mixes "actual" values with "numerator"/"denominator" pairs: a KPI is either a ratio or not');
  }
}

function checkObservationValue(observation: Observation, path: PathSegment[], report: Report): 'actual' | 'ratio' | 'none' {
  const hasNumerator = observation.numerator !== undefined;
  const hasDenominator = observation.denominator !== undefined;
  if (observation.actual !== undefined && (hasNumerator || hasDenominator)) {
    report([...path, 'actual'], 'give either "actual" or "numerator" and "denominator", not both');
    return 'none';
  }
  if (hasNumerator !== hasDenominator) {
    report([...path, hasNumerator ? 'denominator' : 'numerator'], 'is required: a ratio needs both "numerator" and "denominator"');
    return 'none';
  }
  if (hasNumerator) return 'ratio';
  return observation.actual !== undefined ? 'actual' : 'none';
}

/** `range` KPIs take a band and a tolerance; `up`/`down` KPIs take numbers and red flags. */
function checkThresholdKinds(kpi: Kpi, path: PathSegment[], report: Report): void {
  if (kpi.polarity === 'range') {
    if (typeof kpi.target === 'number') report([...path, 'target'], `must be a band {"min", "max"} for a range KPI (got ${kpi.target})`);
    if (kpi.redFlag !== undefined) report([...path, 'redFlag'], 'does not apply to a range KPI: use "tolerance" for how far outside the band is off track');
    if (kpi.stretch !== undefined) report([...path, 'stretch'], 'does not apply to a range KPI: inside the band is the best a range KPI can be');
  } else {
    if (isRange(kpi.target)) report([...path, 'target'], `must be a number for a KPI with polarity "${kpi.polarity}" (a band {"min", "max"} needs polarity "range")`);
    if (kpi.tolerance !== undefined) report([...path, 'tolerance'], 'applies only to range KPIs: use "redFlag" for up and down KPIs');
    if (kpi.target === undefined && kpi.redFlag !== undefined) report([...path, 'redFlag'], 'needs a target: a KPI without a target shows its value with no status');
    if (kpi.target === undefined && kpi.stretch !== undefined) report([...path, 'stretch'], 'needs a target: a KPI without a target shows its value with no status');
  }
}

function checkObservationThresholdKinds(kpi: Kpi, observation: Observation, path: PathSegment[], report: Report): void {
  if (kpi.polarity === 'range') {
    if (typeof observation.target === 'number') report([...path, 'target'], `must be a band {"min", "max"} for a range KPI (got ${observation.target})`);
    if (observation.redFlag !== undefined) report([...path, 'redFlag'], 'does not apply to a range KPI');
    if (observation.stretch !== undefined) report([...path, 'stretch'], 'does not apply to a range KPI');
  } else if (isRange(observation.target)) {
    report([...path, 'target'], `must be a number for a KPI with polarity "${kpi.polarity}"`);
  }
}

/** Thresholds in force somewhere (the KPI's, or a period's overrides merged over them) must be in order. */
function checkThresholds(
  kpi: Kpi,
  target: Target | undefined,
  redFlag: number | undefined,
  stretch: number | undefined,
  path: PathSegment[],
  report: Report,
  override?: Observation,
): void {
  // A period that overrides only its target is wrong at the target, not at the KPI's red flag it inherits.
  const blame = (field: 'redFlag' | 'stretch'): PathSegment[] =>
    override && override[field] === undefined && override.target !== undefined ? [...path, 'target'] : [...path, field];
  if (target === undefined) return;
  if (kpi.polarity === 'range') {
    if (!isRange(target)) return;
    if (target.min > target.max) report([...path, 'target'], `the band is inverted: min (${target.min}) must not be above max (${target.max})`);
    else if (kpi.tolerance === undefined && target.min === 0 && target.max === 0) {
      report([...path, 'tolerance'], 'is required for a band of 0 to 0: the default tolerance is 10 % of the band\'s largest bound');
    }
    return;
  }
  if (typeof target !== 'number') return;
  const up = kpi.polarity === 'up';
  const better = up ? 'higher' : 'lower';
  if (redFlag === undefined && target === 0) {
    report([...path, 'redFlag'], 'is required when the target is 0: the default red flag is 10 % away from the target, which is 0 here');
  }
  if (redFlag !== undefined) {
    const atTarget = blame('redFlag').at(-1) === 'target';
    if (redFlag === target) report(blame('redFlag'), `must differ from the ${atTarget ? 'red flag' : 'target'} (both are ${target})`);
    else if (up ? redFlag > target : redFlag < target) {
      report(
        blame('redFlag'),
        atTarget
          ? `must be ${up ? 'above' : 'below'} the red flag (${redFlag}) for a KPI where ${better} is better (got ${target})`
          : `must be ${up ? 'below' : 'above'} the target (${target}) for a KPI where ${better} is better (got ${redFlag})`,
      );
    }
  }
  if (stretch !== undefined && (up ? stretch <= target : stretch >= target)) {
    report(
      blame('stretch'),
      blame('stretch').at(-1) === 'target'
        ? `must be ${up ? 'below' : 'above'} the stretch (${stretch}) for a KPI where ${better} is better (got ${target})`
        : `must be ${up ? 'above' : 'below'} the target (${target}) for a KPI where ${better} is better (got ${stretch})`,
    );
  }
}

function checkLinks(scorecard: Scorecard, kinds: Map<string, NodeKind>, report: Report): void {
  const seen = new Map<string, number>();
  scorecard.links.forEach((link, i) => {
    for (const end of ['from', 'to'] as const) {
      const kind = kinds.get(link[end]);
      if (!kind) report(['links', i, end], `names no objective: there is no "${link[end]}" in the model`);
      else if (kind !== 'objective') report(['links', i, end], `names a ${kind}, "${link[end]}": links join objectives`);
    }
    if (link.from === link.to) report(['links', i, 'to'], `links the objective "${link.from}" to itself`);
    const key = `${link.from}\u0000${link.to}`;
    const first = seen.get(key);
    if (first !== undefined) report(['links', i], `the link from "${link.from}" to "${link.to}" is already listed at links[${first}]`);
    else seen.set(key, i);
  });
}

function checkInitiatives(scorecard: Scorecard, kinds: Map<string, NodeKind>, report: Report): void {
  scorecard.initiatives.forEach((initiative, i) => {
    initiative.objectives.forEach((objective, o) => {
      const kind = kinds.get(objective);
      if (!kind) report(['initiatives', i, 'objectives', o], `names no objective: there is no "${objective}" in the model`);
      else if (kind !== 'objective') report(['initiatives', i, 'objectives', o], `names a ${kind}, "${objective}": initiatives serve objectives`);
    });
    const start = initiative.start === undefined ? null : parsePeriod(initiative.start);
    const end = initiative.end === undefined ? null : parsePeriod(initiative.end);
    if (initiative.start !== undefined && !start) report(['initiatives', i, 'start'], `"${initiative.start}" is not a real period`);
    if (initiative.end !== undefined && !end) report(['initiatives', i, 'end'], `"${initiative.end}" is not a real period`);
    // Compare the end's last day with the start's first: "2026-05" to "2026-Q2" ends in June, after it starts.
    if (start && end && periodEndDay(end) < periodStartDay(start)) {
      report(['initiatives', i, 'end'], `must not be before the start (${initiative.start}) (got ${initiative.end})`);
    }
  });
}

let currencies: Set<string> | null | undefined;

/** The currency codes Intl knows, where it can list them (it cannot everywhere). */
function knownCurrencies(): Set<string> | null {
  if (currencies === undefined) {
    const supportedValuesOf = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
    currencies = supportedValuesOf ? new Set(supportedValuesOf('currency')) : null;
  }
  return currencies;
}

function isRange(target: Target | undefined): target is { min: number; max: number } {
  return typeof target === 'object' && target !== null;
}
