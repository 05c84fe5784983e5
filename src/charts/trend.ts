/**
 * A KPI over time: the actuals as a line with gaps (downsampled to about two points per pixel), the
 * target as a stepped line, the threshold zones behind them per run of periods with the same
 * thresholds, the forecast as a segment to the year's end, the as-of period marked. Periods sit at
 * the middles of equal slots across the plot, so a period's zone is its whole slot and the target
 * steps between slots. Right to left, the time axis runs from the right.
 */
import { RoundedPath } from './path.js';
import { defaultTolerance } from '../engine/score.js';
import { thresholdBands } from './bands.js';
import { downsample, isDefined } from './downsample.js';
import { axisTicks, DIGITS, finiteOrNull, linear, niceDomain, round } from './scale.js';
import type { BandStatus, BandThresholds, ChartTarget, Domain, LineSegment, Point } from './types.js';

/** One period's actual and the thresholds in force in it (resolved: red flag and stretch as scored). */
export interface TrendPeriod {
  value: number | null;
  target: ChartTarget;
  redFlag: number | null;
  stretch: number | null;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface TrendInput {
  /** Oldest first, one per period, gaps included (value null); periods after as-of carry targets only. */
  periods: readonly TrendPeriod[];
  polarity: BandThresholds['polarity'];
  /** Of a band target; the engine's default when unset. */
  tolerance?: number | null;
  width: number;
  height: number;
  /** Room around the plot for the axes' labels; default `DEFAULT_MARGIN`. */
  margin?: Margin;
  /** Index of the as-of period; null for no mark. */
  asOf?: number | null;
  /** The forecast: a value at a period's index, joined to the latest actual up to as-of. */
  forecast?: { index: number; value: number } | null;
  /** Explicit ends of the value scale; computed when unset. */
  min?: number | null;
  max?: number | null;
  /** Right to left: the first period at the right. */
  mirrored?: boolean;
  /** Points of the actual line per pixel of plot width (default 2). */
  density?: number;
  /** Values are marked with dots when at least this many pixels apart (default 6). */
  markerSpacing?: number;
  /** Pixels per time-axis label (default 64). */
  labelSpacing?: number;
  /** Pixels per value-axis label (default 25). */
  valueLabelSpacing?: number;
}

export interface TrendZone {
  x: number;
  y: number;
  width: number;
  height: number;
  status: BandStatus;
}

export interface TrendMarker extends Point {
  index: number;
  value: number;
}

export interface TrendGeometry {
  plot: { x: number; y: number; width: number; height: number };
  /** The value scale, bottom to top. */
  domain: Domain;
  /** Width of one period's slot. */
  step: number;
  mirrored: boolean;
  valueTicks: { value: number; y: number }[];
  /** The periods that get a label: every k-th, counted back from as-of (else the last period). */
  periodTicks: { index: number; x: number }[];
  zones: TrendZone[];
  /** The actuals, one `M` per run between gaps; a lone value is a zero-length `M…Z` (see `isolated`). */
  actual: string;
  /** Values between two gaps: the path draws nothing for them, so draw them as dots. */
  isolated: TrendMarker[];
  /** Every value, when they are far enough apart to be told apart; else none. */
  markers: TrendMarker[];
  /** The target, stepping at the edges of slots; both ends of a band target; '' without any. */
  target: string;
  forecast: LineSegment | null;
  asOfX: number | null;
  /** Indices of the periods with a value, ascending: what the pointer and the keyboard move between. */
  defined: number[];
}

export const DEFAULT_MARGIN: Margin = { top: 8, right: 12, bottom: 24, left: 48 };

export function trendGeometry(input: TrendInput): TrendGeometry {
  const { periods } = input;
  const margin = input.margin ?? DEFAULT_MARGIN;
  const mirrored = input.mirrored ?? false;
  const plot = {
    x: margin.left,
    y: margin.top,
    width: Math.max(0, input.width - margin.left - margin.right),
    height: Math.max(0, input.height - margin.top - margin.bottom),
  };
  const count = periods.length;
  const step = count > 0 ? plot.width / count : plot.width;
  const { domain, ticks } = valueScale(input, plot.height);
  const frame = { plot, step, mirrored, domain };
  const x = (index: number) => periodX(frame, index);
  const y = linear(domain, [plot.y + plot.height, plot.y]);

  const values: (number | null)[] = new Array(count);
  const defined: number[] = [];
  for (let index = 0; index < count; index++) {
    const value = periods[index]!.value;
    if (isDefined(value)) {
      values[index] = value;
      defined.push(index);
    } else values[index] = null;
  }
  const runs = downsample(values, (input.density ?? 2) * plot.width);
  const isolated: TrendMarker[] = [];
  const path = new RoundedPath(DIGITS);
  for (const run of runs) {
    path.moveTo(x(run[0]!), y(values[run[0]!]!));
    for (let i = 1; i < run.length; i++) path.lineTo(x(run[i]!), y(values[run[i]!]!));
    if (run.length === 1) {
      path.closePath();
      isolated.push(marker(run[0]!, values[run[0]!]!, x, y));
    }
  }
  const markerSpacing = input.markerSpacing ?? 6;
  const markers = defined.length > 0 && plot.width / defined.length >= markerSpacing ? defined.map((index) => marker(index, values[index]!, x, y)) : [];

  const runsOfThresholds = thresholdRuns(periods);
  const asOf = input.asOf ?? null;
  const anchor = asOf !== null && asOf >= 0 && asOf < count ? asOf : count - 1;
  return {
    plot,
    domain,
    step,
    mirrored,
    valueTicks: ticks.map((value) => ({ value, y: round(y(value)) })),
    periodTicks: periodTickIndices(count, anchor, Math.max(1, Math.floor(plot.width / (input.labelSpacing ?? 64)))).map((index) => ({
      index,
      x: round(x(index)),
    })),
    zones: zonesOf(input, runsOfThresholds, frame, y),
    actual: path.toString(),
    isolated,
    markers,
    target: targetPath(periods, runsOfThresholds, frame, y),
    forecast: forecastSegment(input.forecast ?? null, values, anchor, x, y),
    asOfX: asOf !== null && asOf >= 0 && asOf < count ? round(x(asOf)) : null,
    defined,
  };
}

/** The plot's room for the time axis' labels below it, and above it and at its far end. */
const FITTED_MARGIN = { top: 10, bottom: 24, end: 16 };
/** An estimate of a value label's width per character at the axes' 11px: labels are never measured in the DOM. */
const CHARACTER_WIDTH = 6.6;

/**
 * The geometry with room beside the plot for the value labels, as wide as the widest label
 * (`valueLabel` writes one) of the ticks the scale will have; on the right when mirrored.
 */
export function fittedTrendGeometry(input: Omit<TrendInput, 'margin'>, valueLabel: (value: number) => string): TrendGeometry {
  const { top, bottom, end } = FITTED_MARGIN;
  const { ticks } = valueScale(input, input.height - top - bottom);
  const widest = Math.max(0, ...ticks.map((tick) => valueLabel(tick).length));
  const axis = Math.ceil(widest * CHARACTER_WIDTH) + 10;
  const margin: Margin = input.mirrored ? { top, bottom, left: end, right: axis } : { top, bottom, left: axis, right: end };
  return trendGeometry({ ...input, margin });
}

/** What places a period and a value: a geometry, or the part of it known before it is done. */
type Frame = Pick<TrendGeometry, 'plot' | 'step' | 'mirrored' | 'domain'>;

/** The x of a period's middle. */
export function periodX(g: Frame, index: number): number {
  const offset = (index + 0.5) * g.step;
  return g.mirrored ? g.plot.x + g.plot.width - offset : g.plot.x + offset;
}

/** Whether a tooltip at the period opens to its left: in the plot's right half, so that it stays inside the plot (in either direction). */
export function opensLeft(g: Frame, index: number): boolean {
  return periodX(g, index) > g.plot.x + g.plot.width / 2;
}

/** The mark of a period with a comment: a tab hanging from the plot's top edge over the period's middle. */
export function commentMark(g: Frame, index: number): string {
  return `M${periodX(g, index) - 4} ${g.plot.y}h8v5l-4 4l-4-4z`;
}

/** The y of a value on the geometry's scale. */
export function valueY(g: Frame, value: number): number {
  return linear(g.domain, [g.plot.y + g.plot.height, g.plot.y])(value);
}

/** The period with a value nearest to an x (the later of two as near); null without values. */
export function nearestIndex(g: Pick<TrendGeometry, 'plot' | 'step' | 'mirrored' | 'defined'>, x: number): number | null {
  if (g.defined.length === 0 || !(g.step > 0)) return null;
  const offset = g.mirrored ? g.plot.x + g.plot.width - x : x - g.plot.x;
  return g.defined[nearestInSorted(g.defined, offset / g.step - 0.5)] ?? null;
}

/**
 * The period with a value the keyboard moves to from `active`: the arrow keys to the next or previous
 * one (the first press to the latest; right to left, mirrored), Page Up and Page Down a tenth of
 * them at a time, Home and End to the first and last. Undefined for any other key, or without values.
 */
export function keyIndex(defined: readonly number[], active: number | null, key: string, mirrored: boolean): number | undefined {
  if (defined.length === 0) return undefined;
  const last = defined.length - 1;
  const position = active === null ? -1 : defined.indexOf(active);
  // A tenth of the values at a time: a series of thousands is crossed in ten steps.
  const page = Math.max(1, Math.round(defined.length / 10));
  const from = position < 0 ? last : position;
  if (key === 'Home') return defined[0];
  if (key === 'End') return defined[last];
  if (key === 'PageUp') return defined[Math.max(0, from - page)];
  if (key === 'PageDown') return defined[Math.min(last, from + page)];
  if (key === (mirrored ? 'ArrowLeft' : 'ArrowRight')) return position < 0 ? defined[last] : defined[Math.min(last, position + 1)];
  if (key === (mirrored ? 'ArrowRight' : 'ArrowLeft')) return position < 0 ? defined[last] : defined[Math.max(0, position - 1)];
  return undefined;
}

/** The position in ascending `sorted` of the value nearest to `x`, by binary search (d3-array's `bisectCenter`). */
function nearestInSorted(sorted: readonly number[], x: number): number {
  let [low, high] = [0, sorted.length - 1];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < x) low = middle + 1;
    else high = middle;
  }
  return low > 0 && x - sorted[low - 1]! < sorted[low]! - x ? low - 1 : low;
}

/**
 * The value scale: every actual, threshold (a band with its tolerance) and the forecast, made nice by d3 for about one label
 * per `valueLabelSpacing` pixels of height; an explicit `min`/`max` is kept as given. A flat series
 * gets room around its value; nothing at all, 0–1.
 */
export function valueScale(input: Omit<TrendInput, 'width'>, plotHeight: number): { domain: Domain; ticks: number[] } {
  const most = Math.max(2, Math.floor(plotHeight / (input.valueLabelSpacing ?? 25)));
  // One pass without closures: this runs over every period of a 100,000-period series on each layout.
  let lo = Infinity;
  let hi = -Infinity;
  const extras: number[] = [];
  let previous: TrendPeriod | null = null;
  for (const period of input.periods) {
    const { value, target } = period;
    if (value !== null && value === value && value !== Infinity && value !== -Infinity) {
      if (value < lo) lo = value;
      if (value > hi) hi = value;
    }
    // Thresholds change seldom along a series: take them where they do.
    if (previous !== null && target === previous.target && period.redFlag === previous.redFlag && period.stretch === previous.stretch) continue;
    previous = period;
    if (target !== null && typeof target === 'object') {
      // A band shows its at-risk zones on both sides: the tolerance beyond each end.
      const tolerance = finiteOrNull(input.tolerance) ?? defaultTolerance(target) ?? 0;
      extras.push(target.min - tolerance, target.max + tolerance);
    } else if (target !== null) extras.push(target);
    if (period.redFlag !== null) extras.push(period.redFlag);
    if (period.stretch !== null) extras.push(period.stretch);
  }
  if (input.forecast) extras.push(input.forecast.value);
  for (const value of extras) {
    if (Number.isFinite(value)) {
      if (value < lo) lo = value;
      if (value > hi) hi = value;
    }
  }
  if (lo > hi) [lo, hi] = [0, 1];
  else if (lo === hi) [lo, hi] = [lo - Math.max(Math.abs(lo) * 0.1, 1), hi + Math.max(Math.abs(hi) * 0.1, 1)];
  const [niceLo, niceHi] = niceDomain([lo, hi], most);
  const min = finiteOrNull(input.min);
  const max = finiteOrNull(input.max);
  const explicit = min !== null && max !== null && !(min < max) ? [null, null] : [min, max];
  const domain: Domain = [explicit[0] ?? Math.min(lo, niceLo), explicit[1] ?? Math.max(hi, niceHi)];
  return { domain, ticks: axisTicks(domain, most) };
}

function marker(index: number, value: number, x: (index: number) => number, y: (value: number) => number): TrendMarker {
  return { index, value, x: round(x(index)), y: round(y(value)) };
}

/** Every k-th period counted back from `anchor`, k the smallest step of `STEPS` that fits `most` labels. */
function periodTickIndices(count: number, anchor: number, most: number): number[] {
  if (count === 0) return [];
  const needed = Math.ceil(count / most);
  const every = STEPS.find((s) => s >= needed) ?? 12 * Math.ceil(needed / 12);
  const indices: number[] = [];
  for (let index = anchor % every; index < count; index += every) indices.push(index);
  return indices;
}

/** Steps between labelled periods: whole quarters, halves and years of months read best. */
const STEPS = [1, 2, 3, 4, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000];

/** Runs of consecutive periods whose thresholds are the same, as [first, last] index pairs. */
function thresholdRuns(periods: readonly TrendPeriod[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= periods.length; i++) {
    if (i === periods.length || !sameThresholds(periods[i - 1]!, periods[i]!)) {
      runs.push([start, i - 1]);
      start = i;
    }
  }
  return periods.length === 0 ? [] : runs;
}

function sameThresholds(a: TrendPeriod, b: TrendPeriod): boolean {
  return sameTarget(a.target, b.target) && a.redFlag === b.redFlag && a.stretch === b.stretch;
}

function sameTarget(a: ChartTarget, b: ChartTarget): boolean {
  if (a === null || b === null || typeof a === 'number' || typeof b === 'number') return a === b;
  return a.min === b.min && a.max === b.max;
}

/** The slots of periods first…last: left edge and width, mirrored or not. */
function slots(frame: Frame, first: number, last: number): { x: number; width: number } {
  const width = (last - first + 1) * frame.step;
  const x = frame.mirrored ? frame.plot.x + frame.plot.width - (last + 1) * frame.step : frame.plot.x + first * frame.step;
  return { x, width };
}

/** The zones of `bands.ts`, per run of periods with the same thresholds, as rectangles. */
function zonesOf(input: TrendInput, runs: readonly [number, number][], frame: Frame, y: (value: number) => number): TrendZone[] {
  const zones: TrendZone[] = [];
  for (const [first, last] of runs) {
    const period = input.periods[first]!;
    if (period.target === null) continue;
    const thresholds: BandThresholds = {
      polarity: input.polarity,
      target: period.target,
      redFlag: period.redFlag,
      stretch: period.stretch,
      tolerance: input.tolerance ?? null,
    };
    const { x, width } = slots(frame, first, last);
    for (const band of thresholdBands(thresholds, frame.domain)) {
      const top = y(band.to);
      zones.push({ x: round(x), y: round(top), width: round(width), height: round(y(band.from) - top), status: band.status });
    }
  }
  return zones;
}

/**
 * The target across each run of periods with the same target, joined by a vertical step at the
 * edge between slots (d3-shape's `curveStep`); broken where a period has none. A band draws its two
 * ends, each a stepped line of its own.
 */
function targetPath(periods: readonly TrendPeriod[], runs: readonly [number, number][], frame: Frame, y: (value: number) => number): string {
  const path = new RoundedPath(DIGITS);
  const lines: ((target: ChartTarget) => number | null)[] = [
    (target) => (typeof target === 'number' ? target : null),
    (target) => (target !== null && typeof target === 'object' ? target.min : null),
    (target) => (target !== null && typeof target === 'object' ? target.max : null),
  ];
  for (const valueOf of lines) {
    let drawing = false;
    for (const [first, last] of runs) {
      const value = valueOf(periods[first]!.target);
      if (value === null) {
        drawing = false;
        continue;
      }
      const { x, width } = slots(frame, first, last);
      const [from, to] = frame.mirrored ? [x + width, x] : [x, x + width];
      if (drawing) path.lineTo(from, y(value));
      else path.moveTo(from, y(value));
      path.lineTo(to, y(value));
      drawing = true;
    }
  }
  return path.toString();
}

/** From the latest value up to as-of to the forecast; null without either. */
function forecastSegment(
  forecast: { index: number; value: number } | null,
  values: readonly (number | null)[],
  anchor: number,
  x: (index: number) => number,
  y: (value: number) => number,
): LineSegment | null {
  if (forecast === null || !Number.isFinite(forecast.value)) return null;
  let from = Math.min(anchor, values.length - 1);
  while (from >= 0 && values[from] === null) from--;
  if (from < 0 || forecast.index <= from) return null;
  return { x1: round(x(from)), y1: round(y(values[from]!)), x2: round(x(forecast.index)), y2: round(y(forecast.value)) };
}

/**
 * Where a line reaches at index `to` when it goes on from its last value at or before `from` by
 * `slope` per period (a recent least-squares slope); null without such a value or a slope.
 */
export function extendLine(values: readonly (number | null)[], from: number, to: number, slope: number | null): number | null {
  let last = Math.min(from, values.length - 1);
  while (last >= 0 && values[last] === null) last--;
  if (last < 0 || slope === null) return null;
  return values[last]! + slope * (to - last);
}
