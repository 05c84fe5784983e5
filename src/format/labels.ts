import type { Status } from '../engine/types.js';
import type { ModelIssue } from '../model/issues.js';

/**
 * Every string the kit shows or speaks, in one table a page can override field by field.
 * Templates name their fields (`{value}`, `{year}` …) and are filled by `fillTemplate`.
 */
export interface Labels {
  /** Status names as they stand alone (a badge, a legend, a table cell). */
  exceeding: string;
  onTrack: string;
  atRisk: string;
  offTrack: string;
  noData: string;
  /** The `info` status: a value without a target. */
  noTarget: string;
  stale: string;
  /** The same words inside a sentence ("$433,500, 101% of target, on track"); German keeps its nouns capitalised. */
  exceedingInSentence: string;
  onTrackInSentence: string;
  atRiskInSentence: string;
  offTrackInSentence: string;
  noDataInSentence: string;
  noTargetInSentence: string;
  staleInSentence: string;

  actual: string;
  target: string;
  redFlag: string;
  stretch: string;
  tolerance: string;
  score: string;
  change: string;
  previousPeriod: string;
  improving: string;
  worsening: string;
  unchanged: string;
  forecast: string;
  yearEndForecast: string;

  viewPeriod: string;
  viewYearToDate: string;
  /** Template: `{period}`. */
  asOf: string;
  periodPicker: string;
  /** The period / year-to-date switch. */
  view: string;
  /** The scorecard's layout switch: perspectives side by side, or the strategy map. */
  layout: string;
  /** Closes a panel (the chosen KPI's trend). */
  close: string;
  /** A column or legend heading for statuses. */
  status: string;

  /** Template: `{value}` is a formatted percentage ("101 % of target"). */
  ofTarget: string;
  /** Template: `{range}` is a formatted band ("target 40–60"). */
  targetRange: string;
  /** Template: `{value}` is a signed number of percentage points ("+1.2 pp"). */
  percentagePoints: string;

  loading: string;
  errorTitle: string;
  /** Above the last good render when a later model failed. */
  errorKeepsLast: string;
  /** A scorecard without perspectives. */
  emptyScorecard: string;
  /** Templates for an id the scorecard does not hold: `{id}`. */
  unknownPerspective: string;
  unknownObjective: string;
  unknownKpi: string;
  showDataTable: string;
  hideDataTable: string;
  /** Template: `{name}`, the chart's. The data table's scrolling region, named apart from the panel that holds the chart. */
  dataTableOf: string;
  /** A trend chart's name when its KPI has none. */
  trend: string;
  /** A data table's column of periods. */
  period: string;
  /** How a chart's points are reached from the keyboard. */
  chartKeys: string;
  /** Template: `{period}` (a period, or a name such as "Year-end forecast"), `{value}` (what it holds). */
  periodValue: string;
  /** Template: `{shown}` of `{total}` periods, under a data table that holds only the latest ones. */
  latestPeriodsShown: string;

  /** A period's comment: a column heading (data table, CSV), and the kind of a comment that names none. */
  comment: string;
  /** The heading of a node's comments for the shown period. */
  commentary: string;
  /** The kinds of a commentary entry: why the figures are as they are, and what to do about them. */
  commentAnalysis: string;
  commentRecommendation: string;
  /** The marker of a KPI that has a comment for the shown period (its words for screen readers and as its tooltip). */
  hasComment: string;
  /** Template: `{kind}` ("Analysis", or "Comment"), `{text}`: a comment read as one sentence (a chart's announcement). */
  commentSays: string;

  /** Column headings of the CSV export: one perspective, objective, KPI. */
  perspective: string;
  objective: string;
  kpi: string;
  /** The scorecard's group of download buttons. */
  export: string;
  downloadCsv: string;
  downloadSvg: string;
  downloadPng: string;

  owner: string;
  initiatives: string;
  /** An initiative's status. */
  initiativePlanned: string;
  initiativeActive: string;
  initiativeDone: string;
  initiativeOnHold: string;
  initiativeCancelled: string;
  progress: string;
  perspectives: string;
  objectives: string;
  kpis: string;
  weight: string;
  leading: string;
  lagging: string;

  /** Template: `{year}`. */
  fiscalYear: string;
  /** Template: `{quarter}`, `{year}`. */
  quarter: string;
  /** Template: `{week}` (ISO week), `{year}` (its ISO year). */
  week: string;
  /** Between the clauses of a spoken description. */
  separator: string;

  /** The strategy map's name, for assistive technology. */
  strategyMap: string;
  /** How the strategy map is used from the keyboard. */
  strategyMapKeys: string;
  /** The summary of the strategy map's text alternative: every objective with its causes and effects. */
  strategyMapAsText: string;
  /** Template: `{objectives}`, a list of the objectives an objective drives (its effects). */
  drives: string;
  /** Template: `{objectives}`, a list of the objectives that drive an objective (its causes). */
  drivenBy: string;
  /** The heading of the strategic themes' legend. */
  strategicThemes: string;
  /** Template: `{themes}`, a list of the strategic themes an objective is part of. */
  partOfThemes: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  /** A strategy map of a scorecard without objectives. */
  noObjectives: string;

  /** The cascade tree's name (company → departments → teams). */
  cascade: string;
  /** The filter that keeps off-track scorecards and the chain above them. */
  onlyOffTrack: string;
  nothingOffTrack: string;
  /** The list of status changes since the previous period (`bsc-changes`). */
  changes: string;
  /** Template: `{period}` (the previous period), `{changes}` (the counts, such as "3 worse, 2 better"). */
  changesSince: string;
  /** Templates: `{count}`, a number of nodes. */
  changesWorse: string;
  changesBetter: string;
  changesNoData: string;
  changesNewlyStale: string;
  /** Template: `{period}`, the previous period. */
  noChanges: string;
  /** The first period with data: nothing to compare with. */
  noPreviousPeriod: string;
  /** How a status moved: worse or better, or into or out of no data or no target. */
  moveBetter: string;
  moveWorse: string;
  moveNoData: string;
  moveData: string;
  moveUnscored: string;
  moveScored: string;
  /** A node whose data became stale since the previous period. */
  newlyStale: string;
  /** Template: `{from}`, `{to}` (statuses in a sentence), for screen readers. */
  statusMove: string;
  /** Template: `{status}` (in a sentence): a badge's hint of the previous period's status. */
  wasStatus: string;
  /** The scorecard's filter of KPIs (a group of controls). */
  filter: string;
  /** The owner list's first choice: no owner filter. */
  allOwners: string;
  /** The text search over titles. */
  searchTitles: string;
  /** Templates: `{shown}` of `{total}` KPIs; `One` when `{total}` takes the singular (Intl.PluralRules "one"). */
  kpisShown: string;
  kpisShownOne: string;
  noKpiMatches: string;
  clearFilter: string;
  /** A strategy-map objective the filter leaves out (it fades, and stays in reach). */
  filteredOut: string;
  /** A child scorecard whose file could not be loaded (or was refused). */
  notLoaded: string;
  cascadeError: string;
  /** Above the tree when some child scorecards failed. */
  cascadePartial: string;
  /** Template: `{objective}`, the parent objective a child objective aligns to. */
  serves: string;
  /** Heading of the child objectives aligned to an objective. */
  servedBy: string;
  /** Heading of a rolled-up KPI's breakdown by child scorecard. */
  contributions: string;
  /** A child's share of a rolled-up value. */
  share: string;
  /** A column of child scorecards. */
  scorecard: string;
}

/** The labels for a locale, chosen by its language (`de-AT` → German; unknown → English), with `overrides` on top. */
export function resolveLabels(locale: string, overrides?: Partial<Labels>): Labels {
  return resolveOver(builtInLabels(locale), overrides);
}

/** `base` with each of `overrides` that has a value on top; `base` itself without any. */
function resolveOver(base: Labels, overrides: Partial<Labels> | undefined): Labels {
  if (!overrides) return base;
  const merged: Labels = { ...base };
  for (const [key, value] of Object.entries(overrides) as [keyof Labels, string | undefined][]) {
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** Replaces each `{name}` with `values[name]`; a field without a value stays as written. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(TEMPLATE_FIELD, (field, name: string) => values[name] ?? field);
}

/** The stand-alone name of a status. */
export function statusLabel(status: Status, labels: Labels): string {
  return labels[STATUS_LABEL[status]];
}

/** The name of a status inside a sentence. */
export function statusInSentence(status: Status, labels: Labels): string {
  return labels[`${STATUS_LABEL[status]}InSentence`];
}

const TEMPLATE_FIELD = /\{(\w+)\}/g;

const STATUS_LABEL = {
  exceeding: 'exceeding',
  'on-track': 'onTrack',
  'at-risk': 'atRisk',
  'off-track': 'offTrack',
  'no-data': 'noData',
  info: 'noTarget',
} as const satisfies Record<Status, keyof Labels>;

/**
 * The label tables by language. English is built in, in parts: the words every element may show
 * (`READING_WORDS`, here) and, in `src/format/english/`, those of one element or feature, which the
 * modules that show them import (`registerEnglish`). German, Arabic and Japanese live in
 * `src/format/locales/`, one whole table each (`register-*.ts` registers it when imported). The
 * whole kit, `bsc-kit/core` and `bsc-kit/ssr` import every table and part up front; an element
 * alone or the autoloader loads a language the first time an element shows it (`loadLabels`), so a
 * page pays for the languages it shows, and for the English words of the elements it loads. A page
 * may register its own.
 */
const tables = new Map<string, Labels>();
const byLocale = new Map<string, Labels>();
/** The languages registered by a page (`registerLabels`): a built-in table loaded later never replaces them. */
const ownTables = new Set<string>();

/**
 * Where the labels of a language come from when they are not registered yet, by language: the
 * built-in translations, each a module of its own holding its table (it imports nothing from here,
 * so a bundle does not split this module off into a chunk of its own), and those a page adds with
 * `registerLabelsLoader`. A new built-in language is a table in `src/format/locales/`, its
 * `register-*.ts` and one line here; a new label is a field of `Labels`, of the English part of
 * the module that shows it, and of every other language's table (the compiler asks for it in each,
 * and in `ENGLISH`, `format/english/index.ts`), nothing else.
 */
const loaders = new Map<string, () => Promise<unknown>>([
  ['de', () => import('./locales/de.js').then((module) => registerBuiltInLabels('de', module.GERMAN))],
  ['ar', () => import('./locales/ar.js').then((module) => registerBuiltInLabels('ar', module.ARABIC))],
  ['ja', () => import('./locales/ja.js').then((module) => registerBuiltInLabels('ja', module.JAPANESE))],
]);

/** Loads under way, by language, and the languages whose load has finished. */
const loading = new Map<string, Promise<ModelIssue[]>>();
const loaded = new Set<string>();

/** Makes `labels` the table for a language (`de`, `fr`, `pt` …): every locale of it uses them. */
export function registerLabels(language: string, labels: Labels): void {
  ownTables.add(language.toLowerCase());
  setTable(language, labels);
}

/** What a built-in translation's module calls: its table, unless the page has registered its own. */
export function registerBuiltInLabels(language: string, labels: Labels): void {
  if (!ownTables.has(language.toLowerCase())) setTable(language, labels);
}

/** The built-in English as far as its parts have registered. */
let english: Partial<Labels> = {};

/**
 * What a module that shows words of its own calls as it loads: its English words (a part of the
 * built-in table, `format/english/*.ts`), added to the table. A page pays for the words of the
 * elements it loads; the tables of the other languages are whole, and load as one.
 */
export function registerEnglish(words: Partial<Labels>): void {
  english = { ...english, ...words };
  registerBuiltInLabels('en', english as Labels);
}

/** How far `withLaterParts` has completed each table, by the English table it completed it from. */
const completed = new WeakMap<Labels, { english: Labels | undefined; labels: Labels }>();

/**
 * `labels`, with the English words of the parts registered since it was made: a table a scorecard
 * put in its context before the strategy map loaded lacks the map's words. Parts only add words, so
 * the table's own (a page's overrides among them) stay; a table that lacks none is returned as it is.
 */
export function withLaterParts(labels: Labels): Labels {
  const current = tables.get('en');
  let done = completed.get(labels);
  if (done === undefined || done.english !== current) {
    const lacks = current !== undefined && Object.keys(current).some((key) => !(key in labels));
    done = { english: current, labels: lacks ? { ...current, ...labels } : labels };
    completed.set(labels, done);
  }
  return done.labels;
}

/**
 * The labels an element speaks, merged in this one place: the table it inherits (a provider's,
 * completed with the English parts registered since it was made), else the built-in table for its
 * `locale`; then its own `overrides` on top.
 */
export function mergeLabels(locale: string, inherited: Labels | undefined, overrides?: Partial<Labels>): Labels {
  const base = inherited ? withLaterParts(inherited) : builtInLabels(locale);
  if (!overrides) return base;
  // The same table for the same base and overrides, render after render.
  const last = merged.get(overrides);
  if (last?.base === base) return last.labels;
  const labels = resolveOver(base, overrides);
  merged.set(overrides, { base, labels });
  return labels;
}

/** The last table `mergeLabels` made from each set of overrides, and the base it put them on. */
const merged = new WeakMap<Partial<Labels>, { base: Labels; labels: Labels }>();

function setTable(language: string, labels: Labels): void {
  tables.set(language.toLowerCase(), Object.freeze({ ...labels }));
  byLocale.clear();
}

/**
 * Tells the kit how to load a language's labels the first time an element shows it: `load`
 * resolves once it has registered them (`registerLabels`), typically `() => import('./fr.js')`.
 * Replaces the built-in translation's loader for that language.
 */
export function registerLabelsLoader(language: string, load: () => Promise<unknown>): void {
  const key = language.toLowerCase();
  loaders.set(key, load);
  loaded.delete(key);
}

/**
 * Loads the labels of a locale's language unless they are there: a promise that settles once they
 * are registered, or undefined when there is nothing to wait for (English, a language registered
 * already or loaded before, one without a loader). An element awaits it before it renders, so a
 * German page never shows English first. A load that fails resolves to its issue (an element fires
 * it as its `bsc-error`; dist/bsc-kit.js copied without dist/bsc-kit/ beside it is one), is
 * reported on the console and forgotten (the next call tries again); until then the locale reads English.
 */
export function loadLabels(locale: string): Promise<ModelIssue[]> | undefined {
  const language = languageOf(locale);
  const load = loaders.get(language);
  if (load === undefined || tables.has(language) || loaded.has(language)) return undefined;
  let pending = loading.get(language);
  if (pending === undefined) {
    pending = load().then(
      () => {
        loading.delete(language);
        loaded.add(language);
        return [];
      },
      (error: unknown) => {
        loading.delete(language);
        console.error(`bsc-kit: the labels of "${language}" could not be loaded`, error);
        return [{ path: '', message: `the labels of "${language}" could not be loaded; shown in English` }];
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

function builtInLabels(locale: string): Labels {
  let labels = byLocale.get(locale);
  if (labels === undefined) {
    labels = tables.get(languageOf(locale)) ?? tables.get('en')!;
    byLocale.set(locale, labels);
  }
  return labels;
}

function languageOf(locale: string): string {
  try {
    return new Intl.Locale(locale).language;
  } catch {
    return '';
  }
}

/**
 * The English words every element may show: statuses, a reading against its thresholds, periods,
 * the model's names for its parts. The words of one element or feature are parts of their own
 * (`format/english/*.ts`), each imported by the modules that show them.
 */
export const READING_WORDS = {
  exceeding: 'Exceeding',
  onTrack: 'On track',
  atRisk: 'At risk',
  offTrack: 'Off track',
  noData: 'No data',
  noTarget: 'No target',
  stale: 'Stale',
  exceedingInSentence: 'exceeding',
  onTrackInSentence: 'on track',
  atRiskInSentence: 'at risk',
  offTrackInSentence: 'off track',
  noDataInSentence: 'no data',
  noTargetInSentence: 'no target',
  staleInSentence: 'stale',
  actual: 'Actual',
  ofTarget: '{value} of target',
  targetRange: 'target {range}',
  separator: ', ',
  wasStatus: 'was {status}',
} satisfies Partial<Labels>;

registerEnglish(READING_WORDS);
