/**
 * `fromRows`: a tidy table — one row per KPI and period — into a scorecard model, checked by the
 * kit's own `parseScorecard`. The structure (ids, titles, weights, links, thresholds) comes from an
 * optional structure model, or is derived from the titles in the table. A bad cell is an issue
 * with its row and column, and only its row is left out: the rest still imports. Never throws.
 */
import { MAX_ISSUES, parseScorecard } from '../model/parse.js';
import { convertPeriod, formatPeriod, isCoarser, type Period, type Periodicity } from '../model/periods.js';
import type { Scorecard } from '../model/schema.js';
import { IMPORT_FIELDS, label, matchColumns, missingColumn, type ImportField } from './columns.js';
import { observationComment } from './comment.js';
import { cellIssue, rowIssue, type ImportIssue } from './issues.js';
import { readNumber, type NumberReading } from './number-text.js';
import { readPeriod } from './period-text.js';
import { uniqueSlug } from './slug.js';

/** A cell as a CSV parser or a spreadsheet reader gives it. */
export type Cell = string | number | boolean | Date | null | undefined;

/** Rows of cells with the headings in the first row, or objects keyed by heading. */
export type Table = readonly (readonly Cell[])[] | readonly Readonly<Record<string, Cell>>[];

export interface ImportOptions {
  /** The heading of each field's column where it is not the field's name: `{ kpi: 'Measure name' }`. */
  columns?: Partial<Record<ImportField, string>>;
  /** The notation of numbers and dates in the table (`de-DE`: `1.234,5`, `15.10.2026`); default `en-US`. */
  locale?: string;
  /**
   * The scorecard's structure: a model (object or JSON text) whose perspectives, objectives and KPIs
   * the rows fill with data, matched by id or title. Its ids, weights, links and thresholds are kept.
   */
  structure?: unknown;
  /** The scorecard's periodicity; default the structure's, else the finest the table uses. */
  periodicity?: Periodicity;
  /** The scorecard's id and title when there is no structure (default `scorecard`, `Scorecard`). */
  id?: string;
  title?: string;
  /** Called every 10,000 rows with the rows read and the rows in all. */
  onProgress?: (done: number, total: number) => void;
}

/** The model built from the rows that could be read, and an issue for each that could not. */
export interface ImportResult {
  /** True when every row imported and the model is valid. */
  readonly ok: boolean;
  /** The valid model of the rows that imported; undefined when even those do not make one. */
  readonly model: Scorecard | undefined;
  readonly issues: readonly ImportIssue[];
}

type Json = Record<string, unknown>;

interface KpiEntry {
  readonly kpi: Json;
  readonly title: string;
  /** Rows by canonical period, and the row of each observation. */
  readonly periods: Map<string, { row: number; observation: Json }>;
  periodicity?: Periodicity;
  firstPeriodRow?: { row: number; text: string };
  /** The row that set the unit, polarity or owner, for an issue when a later row says otherwise. */
  readonly setBy: Partial<Record<'unit' | 'polarity' | 'owner', number>>;
}

interface Group {
  readonly node: Json;
  readonly children: Map<string, Group>;
}

const PROGRESS_EVERY = 10_000;

export function fromRows(table: Table, options: ImportOptions = {}): ImportResult {
  try {
    return importRows(table, options);
  } catch (error) {
    // A getter in a hand-made row can throw; that is bad input, not a crash.
    return {
      ok: false,
      model: undefined,
      issues: [{ path: '', message: `the table could not be read: ${error instanceof Error ? error.message : String(error)}` }],
    };
  }
}

function importRows(table: Table, options: ImportOptions): ImportResult {
  const locale = options.locale ?? 'en-US';
  const { headings, rows } = normaliseTable(table);
  const issues: ImportIssue[] = [];
  const structure = readStructure(options.structure, issues);
  if (!structure) return finish(undefined, issues);
  if (!headings.length)
    return finish(undefined, [...issues, rowIssue(1, 'the table is empty: expected a row of column headings and a row per KPI and period')]);

  const columns = matchColumns(headings, options.columns, locale);
  issues.push(...columns.issues);
  const index = columns.index;
  const required: [ImportField, string][] = [
    ['kpi', 'each row names its KPI'],
    ['period', 'each row names its period'],
  ];
  if (!structure.perspectives.length) {
    required.push(['perspective', 'without a structure, each row names its perspective'], ['objective', 'without a structure, each row names its objective']);
  }
  for (const [field, why] of required) if (index[field] === undefined && !options.columns?.[field]) issues.push(missingColumn(field, headings, why));
  if (issues.length) return finish(undefined, issues);

  const name = (field: ImportField) => label(field, headings, index);
  const at = (row: readonly Cell[], field: ImportField): Cell => (index[field] === undefined ? undefined : row[index[field]!]);

  // First pass: every row's period, so the scorecard's periodicity can follow the table's finest.
  // A table names few periods many times: each text is read once.
  const periodTexts = new Map<string, Period | null>();
  const periodOf = (cell: Cell): Period | null => {
    if (typeof cell !== 'string') return readPeriod(cell, locale);
    let period = periodTexts.get(cell);
    if (period === undefined) periodTexts.set(cell, (period = readPeriod(cell, locale)));
    return period;
  };
  const periods: (Period | null)[] = rows.map((row) => (Array.isArray(row) && !isBlank(row) ? periodOf(at(row, 'period')) : null));
  const number = numberReader(locale);
  const periodicity = options.periodicity ?? (structure.model.periodicity as Periodicity | undefined) ?? finestPeriodicity(periods);

  const builder = new ModelBuilder(structure, options, periodicity, name);
  const total = rows.length;
  for (let r = 0; r < total; r++) {
    if (options.onProgress && r > 0 && r % PROGRESS_EVERY === 0) options.onProgress(r, total);
    const row = rows[r]!;
    const rowNumber = r + 2;
    if (!Array.isArray(row)) {
      issues.push(rowIssue(rowNumber, `is not a row of cells (got ${row === null ? 'null' : typeof row})`));
      continue;
    }
    if (isBlank(row)) continue;
    const rowIssues: ImportIssue[] = [];
    // A bad cell that the model needs leaves its row out; a KPI-wide field that disagrees with an
    // earlier row (a unit, an owner) is reported and the row's data kept.
    let blocking = false;
    const problem = (field: ImportField, message: string, blocks = true) => {
      rowIssues.push(cellIssue(rowNumber, name(field), message));
      blocking ||= blocks;
    };

    const kpiName = text(at(row, 'kpi'));
    if (!kpiName) {
      issues.push(cellIssue(rowNumber, name('kpi'), 'is empty: every row names its KPI'));
      continue;
    }
    const entry = builder.kpi(kpiName, text(at(row, 'objective')), text(at(row, 'perspective')), (field) =>
      problem(field, `is empty: the KPI "${kpiName}" is not in the structure, so its row names its ${field}`),
    );
    if (!entry) {
      issues.push(...rowIssues);
      continue;
    }

    const period = periods[r];
    const periodCell = at(row, 'period');
    if (!period)
      problem(
        'period',
        isEmpty(periodCell)
          ? 'is empty: every row names its period'
          : `${quote(periodCell)} is not a period (write it as 2026-10, Oct 2026, 10/2026, 2026 Q3, 2026 or a date)`,
      );
    const observation: Json = {};
    if (period) {
      const canonical = builder.placePeriod(entry, period, rowNumber, text(periodCell), (message) => problem('period', message));
      if (canonical !== undefined) {
        const earlier = entry.periods.get(canonical);
        if (earlier) problem('period', `${canonical} of the KPI "${entry.title}" is in row ${earlier.row} already`);
        observation['period'] = canonical;
      }
    }

    // KPI-wide fields, before the cells whose notation may suggest a unit or a polarity: the first
    // row that gives one sets it; a later row that differs is told so.
    const unit = text(at(row, 'unit'));
    if (unit) {
      const { unit: kpiUnit, currency } = unitOf(unit);
      builder.kpiField(entry, 'unit', kpiUnit, rowNumber, (message) => problem('unit', message, false));
      if (currency) builder.currency(currency);
    }
    const polarityText = text(at(row, 'polarity'));
    if (polarityText) {
      const polarity = polarityOf(polarityText);
      if (!polarity) problem('polarity', `${quote(polarityText)} is not a polarity: write up (higher is better), down (lower is better) or range`);
      else builder.kpiField(entry, 'polarity', polarity, rowNumber, (message) => problem('polarity', message, false));
    }
    const owner = text(at(row, 'owner'));
    if (owner) builder.kpiField(entry, 'owner', owner, rowNumber, (message) => problem('owner', message, false));

    for (const field of ['actual', 'redFlag', 'stretch'] as const) {
      const cell = at(row, field);
      if (isEmpty(cell)) continue;
      const reading = number(cell);
      if (!reading.ok) problem(field, notANumber(cell, locale));
      else {
        observation[field] = reading.value;
        builder.inferUnit(entry, reading.percent ? 'percent' : reading.currency ? 'currency' : undefined);
      }
    }
    const targetCell = at(row, 'target');
    if (!isEmpty(targetCell)) {
      const target = readTarget(targetCell, locale, number);
      if (target === undefined) problem('target', `${notANumber(targetCell, locale)}, nor a band such as "40–60"`);
      else {
        observation['target'] = target.value;
        builder.inferUnit(entry, target.unit);
        if (typeof target.value === 'object') builder.kpiField(entry, 'polarity', 'range', rowNumber, () => undefined, true);
      }
    }
    const comment = text(at(row, 'comment'));
    if (comment) Object.assign(observation, observationComment(comment));

    issues.push(...rowIssues);
    if (blocking || observation['period'] === undefined) continue;
    const series = entry.kpi['series'] as Json[];
    series.push(observation);
    entry.periods.set(observation['period'] as string, { row: rowNumber, observation });
  }
  options.onProgress?.(total, total);
  if (!builder.hasKpis && !issues.length)
    return finish(undefined, [rowIssue(2, 'the table has headings but no rows of data: expected a row per KPI and period')]);
  return validate(builder, issues);
}

/** Checks the model; issues in a row's observation drop that observation (with the issue at its row) and check again. */
function validate(builder: ModelBuilder, issues: ImportIssue[]): ImportResult {
  let input = builder.model();
  let result = parseScorecard(input);
  if (!result.ok) {
    const rowOf = builder.observationRows();
    const dropped = new Set<Json>();
    const modelIssues: ImportIssue[] = [];
    for (const issue of result.issues) {
      const m = /^(perspectives\[\d+\]\.objectives\[\d+\]\.kpis\[\d+\]\.series\[\d+\])(?:\.(\w+))?/.exec(issue.path);
      const source = m ? rowOf.get(m[1]!) : undefined;
      if (!source) {
        modelIssues.push(issue);
        continue;
      }
      dropped.add(source.observation);
      const field = IMPORT_FIELDS.find((f) => f === m![2]) ?? 'period';
      issues.push(cellIssue(source.row, builder.columnName(field), issue.message));
    }
    if (dropped.size && !modelIssues.length) {
      builder.drop(dropped);
      input = builder.model();
      result = parseScorecard(input);
      if (!result.ok) issues.push(...result.issues);
    } else issues.push(...modelIssues);
  }
  return finish(result.ok ? result.scorecard : undefined, issues);
}

function finish(model: Scorecard | undefined, issues: ImportIssue[]): ImportResult {
  const shown = issues.length <= MAX_ISSUES ? issues : [...issues.slice(0, MAX_ISSUES), { path: '', message: `and ${issues.length - MAX_ISSUES} more issues` }];
  return { ok: model !== undefined && !issues.length, model, issues: shown };
}

interface Structure {
  readonly model: Json;
  readonly perspectives: Json[];
}

/** The structure model, copied (the caller's stays as it was); null with an issue when it is not one. */
function readStructure(input: unknown, issues: ImportIssue[]): Structure | null {
  if (input === undefined || input === null) return { model: {}, perspectives: [] };
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch (error) {
      issues.push({ path: 'structure', message: `is not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
      return null;
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push({ path: 'structure', message: 'must be a scorecard model: an object with "perspectives"' });
    return null;
  }
  const model = JSON.parse(JSON.stringify(value)) as Json;
  const perspectives = model['perspectives'];
  if (perspectives !== undefined && !isList(perspectives)) {
    issues.push({ path: 'perspectives', message: 'must be a list of perspectives' });
    return null;
  }
  for (const [p, perspective] of (perspectives ?? []).entries()) {
    if (!isList(perspective['objectives'] ?? [])) {
      issues.push({ path: `perspectives[${p}].objectives`, message: 'must be a list of objectives' });
      return null;
    }
    for (const [o, objective] of ((perspective['objectives'] ?? []) as Json[]).entries()) {
      if (!isList(objective['kpis'] ?? [])) {
        issues.push({ path: `perspectives[${p}].objectives[${o}].kpis`, message: 'must be a list of KPIs' });
        return null;
      }
    }
  }
  return { model, perspectives: (perspectives ?? []) as Json[] };
}

function isList(value: unknown): value is Json[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item));
}

/** The perspectives, objectives and KPIs of the structure and of the table, and the ids in use. */
class ModelBuilder {
  readonly #root: Group;
  readonly #structureKpis = new Map<string, KpiEntry>();
  readonly #entries = new Map<Json, KpiEntry>();
  /** The KPI of each spelling of perspective, objective and KPI met so far: maps in maps, so that no key is built per row. */
  readonly #found = new Map<string, Map<string, Map<string, KpiEntry>>>();
  readonly #foundLowerCase = new Map<string, KpiEntry>();
  readonly #ids = new Set<string>();
  readonly #model: Json;
  readonly #periodicity: Periodicity;
  readonly #columnName: (field: ImportField) => string;

  constructor(structure: Structure, options: ImportOptions, periodicity: Periodicity, columnName: (field: ImportField) => string) {
    this.#periodicity = periodicity;
    this.#columnName = columnName;
    const title = options.title ?? (typeof structure.model['title'] === 'string' ? structure.model['title'] : 'Scorecard');
    this.#model = {
      ...structure.model,
      version: 1,
      id: options.id ?? structure.model['id'] ?? 'scorecard',
      title,
      periodicity,
      perspectives: structure.perspectives,
    };
    this.#ids.add(String(this.#model['id']));
    this.#root = { node: this.#model, children: new Map() };
    for (const perspective of structure.perspectives) {
      perspective['objectives'] ??= [];
      const perspectiveGroup = this.#remember(this.#root, perspective);
      for (const objective of perspective['objectives'] as Json[]) {
        objective['kpis'] ??= [];
        const objectiveGroup = this.#remember(perspectiveGroup, objective);
        for (const kpi of objective['kpis'] as Json[]) {
          this.#remember(objectiveGroup, kpi);
          const entry = this.#entry(kpi, true);
          for (const key of keysOf(kpi)) if (!this.#structureKpis.has(key)) this.#structureKpis.set(key, entry);
        }
      }
    }
  }

  /** The KPI a row names: the structure's of that id or title, else the one of that title in its objective (made when new). */
  kpi(name: string, objective: string, perspective: string, missing: (field: 'objective' | 'perspective') => void): KpiEntry | undefined {
    let byObjective = this.#found.get(perspective);
    if (!byObjective) this.#found.set(perspective, (byObjective = new Map()));
    let byName = byObjective.get(objective);
    if (!byName) byObjective.set(objective, (byName = new Map()));
    const seen = byName.get(name);
    if (seen) return seen;
    const key = `${perspective}\u0000${objective}\u0000${name}`.toLowerCase();
    const known = this.#foundLowerCase.get(key);
    if (known) {
      byName.set(name, known);
      return known;
    }
    const inStructure = this.#structureKpis.get(name.toLowerCase());
    if (inStructure) {
      this.#foundLowerCase.set(key, inStructure);
      byName.set(name, inStructure);
      return inStructure;
    }
    if (!perspective || !objective) {
      if (!perspective) missing('perspective');
      if (!objective) missing('objective');
      return undefined;
    }
    const perspectiveGroup = this.#child(this.#root, 'perspectives', perspective, { objectives: [] });
    const objectiveGroup = this.#child(perspectiveGroup, 'objectives', objective, { kpis: [] });
    const existing = objectiveGroup.children.get(name.toLowerCase());
    const entry = this.#entry((existing ?? this.#child(objectiveGroup, 'kpis', name, { series: [] })).node, false);
    this.#foundLowerCase.set(key, entry);
    byName.set(name, entry);
    return entry;
  }

  /**
   * A row's period in the KPI's periodicity: a date becomes the scorecard's period that holds it,
   * a month the quarter that holds it for a quarterly KPI. A period coarser than the KPI's is an issue.
   */
  placePeriod(entry: KpiEntry, period: Period, row: number, text: string, problem: (message: string) => void): string | undefined {
    let placed = period.kind === 'day' && this.#periodicity !== 'day' ? convertPeriod(period, this.#periodicity) : period;
    if (!entry.periodicity) {
      const own = isCoarser(placed.kind, this.#periodicity) ? placed.kind : this.#periodicity;
      entry.periodicity = own;
      if (own !== this.#periodicity) entry.kpi['periodicity'] = own;
      entry.firstPeriodRow = { row, text };
    }
    if (isCoarser(placed.kind, entry.periodicity)) {
      const first = entry.firstPeriodRow;
      problem(
        `${quote(text)} is a ${placed.kind}, but the KPI "${entry.title}" is reported by ${entry.periodicity}${first ? ` (row ${first.row} gave ${quote(first.text)})` : ''}`,
      );
      return undefined;
    }
    placed = convertPeriod(placed, entry.periodicity);
    return formatPeriod(placed);
  }

  /** A KPI-wide field from a row: set when the KPI has none, an issue when it has another. */
  kpiField(entry: KpiEntry, field: 'unit' | 'polarity' | 'owner', value: string, row: number, problem: (message: string) => void, quiet = false): void {
    const current = entry.kpi[field];
    if (current === undefined) {
      entry.kpi[field] = value;
      entry.setBy[field] = row;
    } else if (current !== value && !quiet) {
      const by = entry.setBy[field];
      problem(
        `${quote(value)} differs from ${quote(String(current))} ${by === undefined ? 'in the structure' : `in row ${by}`} for the KPI "${entry.title}": the first is kept`,
      );
    }
  }

  /** A unit read from the way numbers are written (`12 %`, `$1,200`), when nothing else gave one. */
  inferUnit(entry: KpiEntry, unit: string | undefined): void {
    if (unit && entry.kpi['unit'] === undefined) entry.kpi['unit'] = unit;
  }

  get hasKpis(): boolean {
    return this.#entries.size > 0;
  }

  /** The scorecard's currency, from the first unit that names one, when the structure names none. */
  currency(code: string): void {
    this.#model['currency'] ??= code;
  }

  columnName(field: ImportField): string {
    return this.#columnName(field);
  }

  /** The model as built so far, series in period order. */
  model(): Json {
    for (const entry of this.#entries.values()) {
      const series = entry.kpi['series'] as Json[];
      series.sort((a, b) => comparePeriodText(a['period'] as string, b['period'] as string));
    }
    return this.#model;
  }

  /** The row of each observation, by its path in the model. */
  observationRows(): Map<string, { row: number; observation: Json }> {
    const byObservation = new Map<Json, { row: number; observation: Json }>();
    for (const entry of this.#entries.values()) for (const source of entry.periods.values()) byObservation.set(source.observation, source);
    const rows = new Map<string, { row: number; observation: Json }>();
    (this.#model['perspectives'] as Json[]).forEach((perspective, p) =>
      (perspective['objectives'] as Json[]).forEach((objective, o) =>
        (objective['kpis'] as Json[]).forEach((kpi, k) =>
          ((kpi['series'] ?? []) as Json[]).forEach((observation, s) => {
            const source = byObservation.get(observation);
            if (source) rows.set(`perspectives[${p}].objectives[${o}].kpis[${k}].series[${s}]`, source);
          }),
        ),
      ),
    );
    return rows;
  }

  /** Leaves these observations out of the model. */
  drop(observations: Set<Json>): void {
    for (const entry of this.#entries.values()) {
      entry.kpi['series'] = (entry.kpi['series'] as Json[]).filter((observation) => !observations.has(observation));
      for (const [period, source] of entry.periods) if (observations.has(source.observation)) entry.periods.delete(period);
    }
  }

  /** A KPI of the structure reports in its own periodicity or the scorecard's; one made from rows takes its first row's. */
  #entry(kpi: Json, fromStructure: boolean): KpiEntry {
    const existing = this.#entries.get(kpi);
    if (existing) return existing;
    kpi['series'] ??= [];
    const periods = new Map<string, { row: number; observation: Json }>();
    const periodicity = (kpi['periodicity'] as Periodicity | undefined) ?? (fromStructure ? this.#periodicity : undefined);
    const entry: KpiEntry = { kpi, title: String(kpi['title'] ?? kpi['id']), periods, setBy: {}, ...(periodicity ? { periodicity } : {}) };
    this.#entries.set(kpi, entry);
    return entry;
  }

  #remember(parent: Group, node: Json): Group {
    const group: Group = { node, children: new Map() };
    if (typeof node['id'] === 'string') this.#ids.add(node['id']);
    for (const key of keysOf(node)) if (!parent.children.has(key)) parent.children.set(key, group);
    return group;
  }

  #child(parent: Group, list: string, title: string, empty: Json): Group {
    const key = title.toLowerCase();
    let group = parent.children.get(key);
    if (!group) {
      const node: Json = { id: uniqueSlug(title, this.#ids), title, ...empty };
      ((parent.node[list] ??= []) as Json[]).push(node);
      group = { node, children: new Map() };
      parent.children.set(key, group);
    }
    return group;
  }
}

/** A node is found by its id and by its title, in any case. */
function keysOf(node: Json): string[] {
  return [node['id'], node['title']].filter((key): key is string => typeof key === 'string').map((key) => key.toLowerCase());
}

function comparePeriodText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The finest periodicity the table uses; dates count as months when they are all firsts of months (how a month is often typed). */
function finestPeriodicity(periods: readonly (Period | null)[]): Periodicity {
  let finest: Periodicity | undefined;
  let days = false;
  let daysAreMonths = true;
  for (const period of periods) {
    if (!period) continue;
    if (period.kind === 'day') {
      days = true;
      if (daysAreMonths && new Date(period.ordinal * 86_400_000).getUTCDate() !== 1) daysAreMonths = false;
      continue;
    }
    if (!finest || isCoarser(finest, period.kind)) finest = period.kind;
  }
  if (!days) return finest ?? 'month';
  const dayKind: Periodicity = daysAreMonths ? 'month' : 'day';
  return finest && !isCoarser(finest, dayKind) ? finest : dayKind;
}

function normaliseTable(table: Table): { headings: string[]; rows: (readonly Cell[])[] } {
  if (!Array.isArray(table) || !table.length) return { headings: [], rows: [] };
  if (Array.isArray(table[0])) {
    const [header, ...rows] = table as readonly (readonly Cell[])[];
    return { headings: header!.map((cell) => (cell === null || cell === undefined ? '' : String(cell))), rows };
  }
  const objects = table as readonly Readonly<Record<string, Cell>>[];
  const headings = [...new Set(objects.flatMap((object) => (object && typeof object === 'object' ? Object.keys(object) : [])))];
  return { headings, rows: objects.map((object) => headings.map((heading) => object?.[heading])) };
}

function isBlank(row: readonly Cell[]): boolean {
  return row.every(isEmpty);
}

function isEmpty(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && !cell.trim());
}

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isFinite(cell.getTime()) ? cell.toISOString().slice(0, 10) : '';
  return String(cell).trim();
}

function quote(cell: Cell): string {
  const shown = text(cell);
  return `'${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}'`;
}

function notANumber(cell: Cell, locale: string): string {
  return `${quote(cell)} is not a number${locale === 'en-US' ? '' : ` in ${locale} notation`}`;
}

/** Reads numbers in `locale`, each text once while there are few (targets and thresholds repeat down a column). */
function numberReader(locale: string): (cell: Cell) => NumberReading {
  const seen = new Map<string, NumberReading>();
  return (cell) => {
    if (typeof cell !== 'string') return readNumber(cell, locale);
    let reading = seen.get(cell);
    if (reading === undefined) {
      reading = readNumber(cell, locale);
      if (seen.size < 10_000) seen.set(cell, reading);
    }
    return reading;
  };
}

const BAND = /^(.+?)\s*(?:[–—]|\s-\s|\.\.)\s*(.+)$/;

/** A target: a number, or a band `40–60` (also `40 - 60`, `40..60`) for a range KPI. */
function readTarget(
  cell: Cell,
  locale: string,
  number: (cell: Cell) => NumberReading,
): { value: number | { min: number; max: number }; unit: string | undefined } | undefined {
  const single = number(cell);
  if (single.ok) return { value: single.value, unit: single.percent ? 'percent' : single.currency ? 'currency' : undefined };
  const m = typeof cell === 'string' ? BAND.exec(cell.trim()) : null;
  if (!m) return undefined;
  const min = readNumber(m[1], locale);
  const max = readNumber(m[2], locale);
  if (!min.ok || !max.ok) return undefined;
  return { value: { min: min.value, max: max.value }, unit: min.percent || max.percent ? 'percent' : min.currency || max.currency ? 'currency' : undefined };
}

const POLARITIES: Record<string, 'up' | 'down' | 'range'> = {
  up: 'up',
  higher: 'up',
  'higher is better': 'up',
  increase: 'up',
  max: 'up',
  '↑': 'up',
  down: 'down',
  lower: 'down',
  'lower is better': 'down',
  decrease: 'down',
  min: 'down',
  '↓': 'down',
  range: 'range',
  band: 'range',
  within: 'range',
};

function polarityOf(text: string): 'up' | 'down' | 'range' | undefined {
  return POLARITIES[text.toLowerCase()];
}

const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };

/**
 * `%` is the kit's `percent`; a currency code or sign (`EUR`, `€`) its `currency`, the code going
 * to the scorecard when it names none; any other unit stays as written ("days", "tCO2e").
 */
function unitOf(text: string): { unit: string; currency?: string } {
  if (text === '%') return { unit: 'percent' };
  const code = CURRENCY_SIGNS[text] ?? (/^[A-Z]{3}$/.test(text) && isCurrencyCode(text) ? text : undefined);
  return code ? { unit: 'currency', currency: code } : { unit: text };
}

function isCurrencyCode(code: string): boolean {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().currency === code &&
      Intl.supportedValuesOf('currency').includes(code)
    );
  } catch {
    return false;
  }
}
