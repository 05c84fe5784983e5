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
 * DOM benches: `settled(root)` and `frame()` in `dom.ts` wait for every bsc-kit element to finish
 * updating and for layout; `teardown` removes what a run made, outside the timing.
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
  /** Runs after every call, warm-up included, and is not timed: removing what the call made. */
  teardown?: (state: S) => unknown;
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
  /**
   * One sample per `lap(label)` the measured function called: the time from the start of the call
   * to that lap (with `batch` 1). A way to report the phases of one timed run as rows of their own.
   */
  laps?: Record<string, Sample>;
}

/** Marks a point inside a timed call: `measure` reports the time from the call's start to each lap. */
export type Lap = (label: string) => void;

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
  page: { userAgent: string; crossOriginIsolated: boolean; timerResolutionMs: number; gc: boolean; viewport?: string };
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

/** One timed function: `once` runs it (with its setup and teardown), `sample` summarises the timed runs. */
function timer<S>(name: string, fn: (state: S, lap: Lap) => unknown, options: MeasureOptions<S>) {
  const { setup, teardown, batch = 1, gc = true } = options;
  const durations: number[] = [];
  const lapTimes = new Map<string, number[]>();
  const once = async (timed: boolean): Promise<void> => {
    const state = (setup ? await setup() : undefined) as S;
    if (gc) collectGarbage?.();
    if (timed && profiling) console.profile(name);
    const start = performance.now();
    const lap: Lap = (label) => {
      const at = performance.now() - start;
      if (!timed || batch !== 1) return;
      if (!lapTimes.has(label)) lapTimes.set(label, []);
      lapTimes.get(label)!.push(at);
    };
    let end: number;
    try {
      for (let i = 0; i < batch; i++) {
        const result = fn(state, lap);
        if (result instanceof Promise) consume(await result);
        else consume(result);
      }
      end = performance.now();
    } finally {
      if (timed && profiling) console.profileEnd(name);
    }
    if (teardown) await teardown(state);
    if (timed) durations.push((end - start) / batch);
  };
  const sample = (): Sample => {
    const result = summarise(name, durations, batch);
    if (lapTimes.size) result.laps = Object.fromEntries([...lapTimes].map(([label, times]) => [label, summarise(`${name}: ${label}`, times)]));
    return result;
  };
  return { once, sample };
}

/**
 * Times `fn` `runs` times after `warmup` untimed calls; a promise returned by `fn` is awaited inside
 * the timing. `fn` may call `lap(label)` to record intermediate points of a run (see `Sample.laps`).
 */
export async function measure<S = undefined>(name: string, fn: (state: S, lap: Lap) => unknown, options: MeasureOptions<S> = {}): Promise<Sample> {
  const { runs = 10, warmup = 2 } = options;
  const t = timer(name, fn, options);
  for (let i = 0; i < warmup; i++) await t.once(false);
  for (let i = 0; i < runs; i++) await t.once(true);
  return t.sample();
}

/** One of the functions `measureInterleaved` compares. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one list holds contenders whose states differ
export interface Contender<S = any> {
  name: string;
  fn: (state: S, lap: Lap) => unknown;
  options?: Omit<MeasureOptions<S>, 'runs' | 'warmup'>;
}

/**
 * Times several functions in turns — one run of each per round, the order rotating from round to
 * round — so that a burst of load on a shared machine falls on all of them alike: for ratios.
 * Answers one sample per contender, in their order.
 */
export async function measureInterleaved(
  contenders: readonly Contender[],
  { runs = 10, warmup = 2 }: { runs?: number; warmup?: number } = {},
): Promise<Sample[]> {
  const timers = contenders.map((c) => timer(c.name, c.fn, c.options ?? {}));
  for (let i = 0; i < warmup; i++) for (const t of timers) await t.once(false);
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < timers.length; k++) await timers[(round + k) % timers.length]!.once(true);
  }
  return timers.map((t) => t.sample());
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
    fn: (state: S, lap: Lap) => unknown,
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
    const note = ['batch' in figure && figure.batch > 1 ? `mean of ${figure.batch} calls per run` : '', extra.note ?? (figure as Row).note ?? '']
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
        viewport: `${innerWidth} × ${innerHeight} CSS px at ${devicePixelRatio}×`,
      },
    };
  }
}

/** Declares the page's bench; `bench/run.mjs` waits for the promise this publishes. */
export function bench(title: string, body: (b: Bench) => void | Promise<void>): void {
  if (window.__benchResult) throw new Error('bench(): a page runs one bench');
  const b = new Bench(title);
  // Let the page finish loading before the first timing.
  const result = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => body(b)).then(() => b.toJSON());
  // The runner reads the rejection; keep it from also surfacing as an unhandled one.
  result.catch(() => {});
  window.__benchResult = result;
}

function format(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toPrecision(3);
}
