/**
 * The rules of a model that relate one field to another (docs/architecture.md §2): ids unique across the model,
 * links and initiatives that name real objectives, thresholds in the order their polarity needs,
 * periods that name real dates of the right periodicity. Runs on a model whose shape is already valid.
 */
import { formatPath, type ModelIssue, type PathSegment } from './issues.js';
import { isCoarser, parsePeriod, periodEndDay, periodStartDay, type Periodicity } from './periods.js';
import type { CommentaryEntry, Kpi, Observation, Scorecard, Target } from './schema.js';
import { thresholdIssues } from './threshold-rules.js';

export function validateScorecard(scorecard: Scorecard): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const report = (path: PathSegment[], message: string) => issues.push({ path: formatPath(path), message });

  const kinds = checkIds(scorecard, report);
  checkScorecardFields(scorecard, report);
  scorecard.perspectives.forEach((perspective, p) =>
    perspective.objectives.forEach((objective, o) => {
      const path = ['perspectives', p, 'objectives', o];
      checkCommentary(objective.commentary, scorecard.periodicity, path, report);
      objective.kpis.forEach((kpi, k) => checkKpi(kpi, scorecard.periodicity, [...path, 'kpis', k], report));
    }),
  );
  checkLinks(scorecard, kinds, report);
  checkInitiatives(scorecard, kinds, report);
  checkThemes(scorecard, kinds, report);
  checkChildren(scorecard, report);
  return issues;
}

type Report = (path: PathSegment[], message: string) => void;
type NodeKind = 'scorecard' | 'perspective' | 'objective' | 'KPI' | 'initiative' | 'theme';

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
  scorecard.themes?.forEach((theme, i) => visit(theme.id, 'theme', ['themes', i]));
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

/** A date the shape allowed ("2026-02-30") that names no day. */
function checkDate(date: string | undefined, path: PathSegment[], report: Report): void {
  if (date !== undefined && parsePeriod(date.slice(0, 10))?.kind !== 'day') report(path, `"${date}" is not a real date`);
}

/** Commentary entries speak of real periods of the node's periodicity, each dated on a real day. */
function checkCommentary(commentary: readonly CommentaryEntry[] | undefined, periodicity: Periodicity, path: PathSegment[], report: Report): void {
  commentary?.forEach((entry, i) => {
    checkPeriod(entry.period, periodicity, [...path, 'commentary', i, 'period'], report);
    checkDate(entry.date, [...path, 'commentary', i, 'date'], report);
  });
}

function checkKpi(kpi: Kpi, scorecardPeriodicity: Periodicity, path: PathSegment[], report: Report): void {
  const periodicity = kpi.periodicity ?? scorecardPeriodicity;
  checkDate(kpi.updated, [...path, 'updated'], report);
  checkCommentary(kpi.commentary, periodicity, path, report);
  if (kpi.periodicity && isCoarser(scorecardPeriodicity, kpi.periodicity)) {
    report([...path, 'periodicity'], `must not be finer than the scorecard's "${scorecardPeriodicity}" periodicity (got "${kpi.periodicity}")`);
  }
  for (const issue of thresholdIssues(kpi)) report([...path, issue.field], issue.message);

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
    checkDate(observation.comment?.date, [...at, 'comment', 'date'], report);
    const kind = checkObservationValue(observation, at, report);
    if (kind === 'ratio') ratioItems++;
    if (kind === 'actual') actualItems++;
    if (observation.target !== undefined || observation.redFlag !== undefined || observation.stretch !== undefined) {
      checkOverride(kpi, observation, at, report);
    }
  });
  if (ratioItems && actualItems) {
    report([...path, 'series'], 'mixes "actual" values with "numerator"/"denominator" pairs: a KPI is either a ratio or not');
  }
  if (kpi.rollupFrom?.targets && kpi.polarity === 'range') {
    report([...path, 'rollupFrom', 'targets'], 'a range KPI keeps its own band: only the targets of "up" and "down" KPIs roll up');
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

/**
 * A period's overrides, merged over the KPI's thresholds, obey the same rules. An issue is told
 * where the period wrote something: a period that overrides only its target below the KPI's red
 * flag is wrong at its target; what the period did not touch was reported on the KPI already.
 */
function checkOverride(kpi: Kpi, observation: Observation, path: PathSegment[], report: Report): void {
  const merged = {
    polarity: kpi.polarity,
    target: observation.target ?? kpi.target,
    redFlag: observation.redFlag ?? kpi.redFlag,
    stretch: observation.stretch ?? kpi.stretch,
    tolerance: kpi.tolerance,
  };
  for (const { field, message } of thresholdIssues(merged)) {
    if (observation[field as keyof Observation] !== undefined) report([...path, field], message);
    else if ((field === 'redFlag' || field === 'stretch') && observation.target !== undefined) {
      report([...path, 'target'], fromTheTargetsSide(field, merged, message));
    }
  }
}

/** "redFlag must be below the target" said of the target: "must be above the red flag". */
function fromTheTargetsSide(
  field: 'redFlag' | 'stretch',
  thresholds: { polarity: Kpi['polarity']; target: Target | undefined; redFlag?: number; stretch?: number },
  message: string,
): string {
  const other = field === 'redFlag' ? 'red flag' : 'stretch';
  const value = thresholds[field];
  if (message.startsWith('must differ')) return `must differ from the ${other} (both are ${value})`;
  const up = thresholds.polarity === 'up';
  const below = field === 'redFlag' ? !up : up;
  if (message.startsWith('must be')) {
    return `must be ${below ? 'below' : 'above'} the ${other} (${value}) for a KPI where ${up ? 'higher' : 'lower'} is better (got ${String(thresholds.target)})`;
  }
  return message;
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

/** A strategic theme groups objectives of the model, each once. */
function checkThemes(scorecard: Scorecard, kinds: Map<string, NodeKind>, report: Report): void {
  scorecard.themes?.forEach((theme, i) => {
    const seen = new Map<string, number>();
    theme.objectives.forEach((objective, o) => {
      const kind = kinds.get(objective);
      if (!kind) report(['themes', i, 'objectives', o], `names no objective: there is no "${objective}" in the model`);
      else if (kind !== 'objective') report(['themes', i, 'objectives', o], `names a ${kind}, "${objective}": themes group objectives`);
      const first = seen.get(objective);
      if (first !== undefined) report(['themes', i, 'objectives', o], `lists "${objective}" twice (also at objectives[${first}])`);
      else seen.set(objective, o);
    });
  });
}

/** Child scorecards (cascading): one id and one file each, at an http(s) or relative address. */
function checkChildren(scorecard: Scorecard, report: Report): void {
  const ids = new Map<string, number>();
  const sources = new Map<string, number>();
  scorecard.children?.forEach((child, i) => {
    const firstId = ids.get(child.id);
    if (firstId !== undefined) report(['children', i, 'id'], `duplicate child id "${child.id}": already used by children[${firstId}]`);
    else ids.set(child.id, i);
    let url: URL | undefined;
    try {
      // Any base will do: only the scheme a relative address ends up with matters here.
      url = new URL(child.src, 'https://relative.invalid/');
    } catch {
      report(['children', i, 'src'], `"${child.src}" is not an address`);
    }
    if (url && url.protocol !== 'https:' && url.protocol !== 'http:') {
      report(['children', i, 'src'], `must be an http(s) address or one relative to this file (got "${child.src}")`);
    }
    const firstSource = sources.get(child.src);
    if (firstSource !== undefined) report(['children', i, 'src'], `the file "${child.src}" is already listed at children[${firstSource}]`);
    else sources.set(child.src, i);
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
