/**
 * The in-page half of the benchmark harness. A bench is a module `bench/<name>.bench.ts` that calls
 * `bench(title, async (b) => { ... })` once; `bench/run.mjs` bundles it, opens it in headless
 * Chromium and waits for the result this module publishes on `window.__benchResult`.
 *
 *   import { bench } from './harness.js';
 *   bench('Something — 1,000 items', async (b) => {
 *     const fast = await b.measure('the fast way', () => fastWay(data), { runs: 20, budget: 5 });
 *     const slow = await b.measure('the slow way', () => slowWay(data));
 *     b.ratio('fast / slow', fast, slow, { budget: 1 / 3 });
 *     b.note('anything a reader should know');
 *   });
 *
 * Timings are `performance.now()` around each call; the page is served cross-origin isolated, so
 * the timer's resolution is a few microseconds rather than 100 µs. Figures are medians with the
 * interquartile range: the machines that run this are shared and noisy, so compare ratios
 * measured in the same run rather than milliseconds across runs.
 *
 * Under `node bench/run.mjs --profile`, each timed run (only the timed section, not its setup) is
 * recorded with `console.profile`, and the runner prints where the time went, per row.
 */

export interface MeasureOptions<S> {
  /** Timed samples (default 10). */
  runs?: number;
  /** Untimed calls before the samples, to let the JIT settle (default 2). */
  warmup?: number;
  /** Runs before every call, warm-up included, and is not timed; its value is handed to `fn`. */
  setup?: () => S | Promise<S>;
  /** Calls of `fn` per sample; the sample is the time per call (for functions far under 1 ms). */
  batch?: number;
  /** Collect garbage before each sample, where the page can (Chromium started with --expose-gc). Default true. */
  gc?: boolean;
}

export interface Sample {
  name: string;
  unit: string;
  runs: number;
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
  batch: number;
}

/** One line of a bench's table. `budget` is an upper bound in `unit`. */
export interface Row {
  name: string;
  unit: string;
  median: number;
  p25?: number;
  p75?: number;
  min?: number;
  max?: number;
  runs: number;
  budget?: number;
  note?: string;
}

/** A ratio of two figures measured in the same run; `budget` is an upper bound. */
export interface Ratio {
  name: string;
  value: number;
  budget?: number;
  note?: string;
}

export interface BenchResult {
  title: string;
  rows: Row[];
  ratios: Ratio[];
  notes: string[];
  page: { userAgent: string; crossOriginIsolated: boolean; timerResolutionMs: number; gc: boolean };
}

declare global {
  interface Window {
    __benchResult?: Promise<BenchResult>;
  }
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;
/** Set by `node bench/run.mjs --profile`: every timed run is recorded as a console profile named after its row. */
const profiling = (globalThis as { __benchProfile?: boolean }).__benchProfile === true;

/** Keeps a value alive so the JIT cannot drop the work that made it. */
export function consume(value: unknown): void {
  (globalThis as { __benchSink?: unknown }).__benchSink = value;
}

/** The q-quantile (0–1) of sorted values, linearly interpolated. */
export function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export function summarise(name: string, durations: readonly number[], batch = 1, unit = 'ms'): Sample {
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    name,
    unit,
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    batch,
  };
}

/** Times `fn` `runs` times after `warmup` untimed calls; a promise returned by `fn` is awaited inside the timing. */
export async function measure<S = undefined>(name: string, fn: (state: S) => unknown, options: MeasureOptions<S> = {}): Promise<Sample> {
  const { runs = 10, warmup = 2, setup, batch = 1, gc = true } = options;
  const once = async (timed: boolean): Promise<number> => {
    const state = (setup ? await setup() : undefined) as S;
    if (gc) collectGarbage?.();
    if (timed && profiling) console.profile(name);
    const start = performance.now();
    for (let i = 0; i < batch; i++) {
      const result = fn(state);
      if (result instanceof Promise) consume(await result);
      else consume(result);
    }
    const end = performance.now();
    if (timed && profiling) console.profileEnd(name);
    return (end - start) / batch;
  };
  for (let i = 0; i < warmup; i++) await once(false);
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) durations.push(await once(true));
  return summarise(name, durations, batch);
}

/** Times `fn` once: for work too slow to repeat (building the input of a bench). */
export async function timeOnce<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** The smallest step `performance.now()` takes in this page. */
function timerResolution(): number {
  let smallest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 50; i++) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) b = performance.now();
    smallest = Math.min(smallest, b - a);
  }
  return smallest;
}

export class Bench {
  readonly rows: Row[] = [];
  readonly ratios: Ratio[] = [];
  readonly notes: string[] = [];

  constructor(readonly title: string) {}

  /** Measures `fn` (see `measure`) and adds its row. */
  async measure<S = undefined>(
    name: string,
    fn: (state: S) => unknown,
    options: MeasureOptions<S> & { budget?: number; note?: string } = {},
  ): Promise<Sample> {
    const sample = await measure(name, fn, options);
    this.row(sample, options);
    return sample;
  }

  /** Adds a row: a sample, or a figure measured some other way (e.g. once). */
  row(figure: Sample | Row, extra: { budget?: number; note?: string } = {}): Row {
    const row: Row = {
      name: figure.name,
      unit: figure.unit,
      median: figure.median,
      runs: figure.runs,
      ...(figure.p25 !== undefined && figure.runs > 1 ? { p25: figure.p25, p75: figure.p75 } : {}),
      ...(figure.min !== undefined && figure.runs > 1 ? { min: figure.min, max: figure.max } : {}),
    };
    const budget = extra.budget ?? (figure as Row).budget;
    const note = [('batch' in figure && figure.batch > 1 ? `mean of ${figure.batch} calls per run` : ''), extra.note ?? (figure as Row).note ?? '']
      .filter(Boolean)
      .join('; ');
    if (budget !== undefined) row.budget = budget;
    if (note) row.note = note;
    this.rows.push(row);
    console.log(`${row.name}: ${format(row.median)} ${row.unit} median of ${row.runs}${budget !== undefined ? ` (budget ${format(budget)} ${row.unit})` : ''}`);
    return row;
  }

  /** Adds the ratio of two figures (medians) measured in this run. */
  ratio(name: string, numerator: Sample | Row | number, denominator: Sample | Row | number, extra: { budget?: number; note?: string } = {}): Ratio {
    const value = (typeof numerator === 'number' ? numerator : numerator.median) / (typeof denominator === 'number' ? denominator : denominator.median);
    const ratio: Ratio = { name, value, ...extra };
    this.ratios.push(ratio);
    console.log(`${name}: ${value.toFixed(3)}`);
    return ratio;
  }

  note(text: string): void {
    this.notes.push(text);
  }

  toJSON(): BenchResult {
    return {
      title: this.title,
      rows: this.rows,
      ratios: this.ratios,
      notes: this.notes,
      page: {
        userAgent: navigator.userAgent,
        crossOriginIsolated: globalThis.crossOriginIsolated ?? false,
        timerResolutionMs: timerResolution(),
        gc: typeof collectGarbage === 'function',
      },
    };
  }
}

/** Declares the page's bench; `bench/run.mjs` waits for the promise this publishes. */
export function bench(title: string, body: (b: Bench) => void | Promise<void>): void {
  if (window.__benchResult) throw new Error('bench(): a page runs one bench');
  const b = new Bench(title);
  // Let the page finish loading before the first timing.
  const result = new Promise<void>((resolve) => setTimeout(resolve, 0))
    .then(() => body(b))
    .then(() => b.toJSON());
  // The runner reads the rejection; keep it from also surfacing as an unhandled one.
  result.catch(() => {});
  window.__benchResult = result;
}

function format(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toPrecision(3);
}
