/**
 * A deterministic scorecard of any size for benchmarks: N KPIs × P monthly periods, the same model
 * for the same options on every machine (seeded PRNG, no Date.now(), no Math.random()).
 *
 * The model is meant to look like a real one to the engine, not to be pretty: four perspectives,
 * objectives of about five KPIs, polarities up/down/range, every aggregation, ratio KPIs
 * (numerator/denominator), a few quarterly KPIs, KPIs without a target, per-period target
 * overrides, gaps, KPIs that stopped reporting, weights of 0 and 2, `worst`/`best` roll-ups, and
 * cause → effect links from each perspective to the one above it. `asOf` is the last period.
 *
 * It passes `parseScorecard`: the evaluate bench parses it before measuring and fails on any issue.
 */
import type { ScorecardInput } from '../../src/model/schema.js';

export interface GenerateOptions {
  /** Number of KPIs (default 10,000). */
  kpis?: number;
  /** Number of monthly periods, ending with `end` (default 36). */
  periods?: number;
  /** The last period and the scorecard's `asOf`, `YYYY-MM` (default `2026-10`). */
  end?: string;
  /** PRNG seed (default 1). */
  seed?: number;
  /** KPIs per objective, on average (default 5). */
  kpisPerObjective?: number;
}

/** mulberry32: a tiny 32-bit PRNG, good enough for test data and identical everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PERSPECTIVES = [
  { id: 'financial', title: 'Financial', share: 0.25 },
  { id: 'customer', title: 'Customer', share: 0.25 },
  { id: 'internal', title: 'Internal process', share: 0.3 },
  { id: 'learning', title: 'Learning and growth', share: 0.2 },
] as const;

const AGGREGATIONS = ['sum', 'average', 'last', 'min', 'max'] as const;

type ObjectiveInput = NonNullable<ScorecardInput['perspectives'][number]['objectives']>[number];
type KpiInput = NonNullable<ObjectiveInput['kpis']>[number];
type ObservationInput = NonNullable<KpiInput['series']>[number];

/** `YYYY-MM` for a month ordinal (year × 12 + month − 1). */
function monthText(ordinal: number): string {
  const year = Math.floor(ordinal / 12);
  const month = (ordinal % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

function monthOrdinal(text: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m) throw new Error(`generateScorecard: "end" must be a month like "2026-10" (got "${text}")`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** Two decimals keep the JSON small and the numbers readable. */
const round = (value: number) => Math.round(value * 100) / 100;

export function generateScorecard(options: GenerateOptions = {}): ScorecardInput {
  const kpiCount = options.kpis ?? 10_000;
  const periodCount = options.periods ?? 36;
  const end = options.end ?? '2026-10';
  const perObjective = options.kpisPerObjective ?? 5;
  const random = mulberry32(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;

  const last = monthOrdinal(end);
  const first = last - periodCount + 1;
  const months = Array.from({ length: periodCount }, (_, i) => monthText(first + i));
  // Quarters whose last month lies inside the range, as `YYYY-Qn`.
  const quarters: string[] = [];
  for (let m = first; m <= last; m++) {
    if (m % 3 === 2) quarters.push(`${Math.floor(m / 12)}-Q${Math.floor((m % 12) / 3) + 1}`);
  }

  let kpiSerial = 0;
  let objectiveSerial = 0;
  const objectivesByPerspective: string[][] = [];

  const perspectives = PERSPECTIVES.map((p, index) => {
    // Shares of the KPIs per perspective; the last one takes what rounding left over.
    const kpisHere = index === PERSPECTIVES.length - 1 ? kpiCount - kpiSerial : Math.round(kpiCount * p.share);
    const objectives: ObjectiveInput[] = [];
    let left = kpisHere;
    while (left > 0) {
      // 3 to 7 KPIs, about `perObjective` on average.
      const size = Math.min(left, Math.max(1, perObjective - 2 + Math.floor(random() * 5)));
      left -= size;
      const id = `obj-${++objectiveSerial}`;
      const kpis = Array.from({ length: size }, () => makeKpi(`kpi-${++kpiSerial}`));
      const objective: ObjectiveInput = { id, title: `Objective ${objectiveSerial}`, owner: `Owner ${1 + (objectiveSerial % 40)}`, kpis };
      if (chance(0.05)) objective.rollup = chance(0.5) ? 'worst' : 'best';
      if (chance(0.1)) objective.weight = 2;
      objectives.push(objective);
    }
    objectivesByPerspective.push(objectives.map((o) => o.id!));
    return { id: p.id, title: p.title, weight: index === 0 ? 2 : 1, objectives };
  });

  // Cause → effect: each objective drives one or two objectives of the perspective above it.
  const links: { from: string; to: string }[] = [];
  for (let p = 1; p < objectivesByPerspective.length; p++) {
    const above = objectivesByPerspective[p - 1]!;
    if (!above.length) continue;
    for (const from of objectivesByPerspective[p]!) {
      const targets = new Set([pick(above)]);
      if (chance(0.4)) targets.add(pick(above));
      for (const to of targets) links.push({ from, to });
    }
  }

  const allObjectives = objectivesByPerspective.flat();
  const initiatives = Array.from({ length: Math.max(1, Math.round(allObjectives.length / 50)) }, (_, i) => ({
    id: `ini-${i + 1}`,
    title: `Initiative ${i + 1}`,
    objectives: [...new Set([pick(allObjectives), pick(allObjectives)])],
    start: months[Math.floor(random() * (months.length / 2))]!,
    end: months[months.length - 1]!,
    progress: Math.floor(random() * 101),
  }));

  return {
    version: 1,
    id: `bench-${kpiCount}x${periodCount}`,
    title: `Benchmark scorecard: ${kpiCount} KPIs × ${periodCount} months`,
    periodicity: 'month',
    fiscalYearStart: 1,
    asOf: months[months.length - 1]!,
    locale: 'en-US',
    currency: 'USD',
    perspectives,
    links,
    initiatives,
  };

  function makeKpi(id: string): KpiInput {
    const roll = random();
    if (roll < 0.1) return ratioKpi(id);
    if (roll < 0.25) return rangeKpi(id);
    return directedKpi(id, roll < 0.65 ? 'up' : 'down');
  }

  /** A KPI's own periods: monthly, or (5 %) quarterly; some stopped reporting a few periods ago. */
  function kpiPeriods(quarterly: boolean): string[] {
    const own = quarterly ? quarters : months;
    const stoppedEarly = chance(0.03) ? 1 + Math.floor(random() * 4) : 0;
    return own.slice(0, own.length - stoppedEarly);
  }

  function common(id: string, kpi: KpiInput): KpiInput {
    if (chance(0.05)) kpi.weight = 0;
    else if (chance(0.1)) kpi.weight = 2;
    if (chance(0.3)) kpi.indicator = chance(0.5) ? 'leading' : 'lagging';
    if (chance(0.1)) kpi.staleAfter = 2;
    kpi.owner = `Owner ${1 + (Number(id.slice(4)) % 40)}`;
    return kpi;
  }

  function directedKpi(id: string, polarity: 'up' | 'down'): KpiInput {
    const quarterly = chance(0.05);
    const target = round(100 + random() * 9900);
    const sign = polarity === 'up' ? 1 : -1;
    const spread = target * (0.05 + random() * 0.15);
    const hasTarget = !chance(0.03);
    const kpi: KpiInput = {
      id,
      title: `KPI ${id.slice(4)}`,
      unit: pick(['number', 'currency', 'duration', 'kWh']),
      polarity,
      aggregation: pick(AGGREGATIONS),
    };
    if (quarterly) kpi.periodicity = 'quarter';
    if (hasTarget) {
      kpi.target = target;
      if (chance(0.7)) kpi.redFlag = round(target - sign * spread);
      if (chance(0.3)) kpi.stretch = round(target + sign * spread);
    }
    // A walk around the target with a drift, so statuses spread over every band.
    let value = target * (0.8 + random() * 0.4);
    const drift = (random() - 0.5) * target * 0.02;
    const overrideYearly = hasTarget && kpi.redFlag === undefined && kpi.stretch === undefined && chance(0.2);
    kpi.series = kpiPeriods(quarterly).map((period, i): ObservationInput => {
      value = Math.max(0, value + drift + (random() - 0.5) * spread * 0.6);
      const observation: ObservationInput = { period };
      if (!chance(0.03)) observation.actual = round(value);
      // A yearly step in the target (only where no red flag/stretch could end up out of order).
      if (overrideYearly && i > 0 && period.endsWith('-01')) observation.target = round(target * (1 + sign * 0.05 * (i / 12)));
      return observation;
    });
    return common(id, kpi);
  }

  function rangeKpi(id: string): KpiInput {
    const quarterly = chance(0.05);
    const centre = round(20 + random() * 80);
    const half = round(centre * (0.05 + random() * 0.1));
    const kpi: KpiInput = {
      id,
      title: `KPI ${id.slice(4)}`,
      unit: pick(['number', 'percent', '°C']),
      polarity: 'range',
      aggregation: pick(['average', 'last', 'min', 'max'] as const),
      target: { min: round(centre - half), max: round(centre + half) },
    };
    if (quarterly) kpi.periodicity = 'quarter';
    if (chance(0.6)) kpi.tolerance = round(half);
    let value = centre;
    kpi.series = kpiPeriods(quarterly).map((period): ObservationInput => {
      value += (random() - 0.5) * half * 1.5 + (centre - value) * 0.2;
      return chance(0.03) ? { period } : { period, actual: round(value) };
    });
    return common(id, kpi);
  }

  function ratioKpi(id: string): KpiInput {
    const polarity = chance(0.7) ? 'up' : 'down';
    const target = round(0.3 + random() * 0.6);
    const sign = polarity === 'up' ? 1 : -1;
    const kpi: KpiInput = {
      id,
      title: `KPI ${id.slice(4)} (ratio)`,
      unit: 'percent',
      polarity,
      aggregation: 'sum',
      target,
      redFlag: round(target - sign * 0.1),
    };
    let rate = target + (random() - 0.5) * 0.2;
    kpi.series = kpiPeriods(false).map((period): ObservationInput => {
      if (chance(0.03)) return { period };
      rate = Math.min(1, Math.max(0, rate + (random() - 0.5) * 0.06));
      const denominator = 50 + Math.floor(random() * 950);
      return { period, numerator: Math.round(denominator * rate), denominator };
    });
    return common(id, kpi);
  }
}

/** Every KPI id of a generated (or parsed) model, in model order. */
export function kpiIds(model: Pick<ScorecardInput, 'perspectives'>): string[] {
  return model.perspectives.flatMap((p) => (p.objectives ?? []).flatMap((o) => (o.kpis ?? []).map((k) => k.id)));
}

export interface StrategyMapModelOptions {
  /** Number of objectives (default 200), spread over the four perspectives as `generateScorecard` spreads KPIs. */
  objectives?: number;
  /** Number of cause → effect links (default 400), each pair of objectives at most once in either direction. */
  links?: number;
  /** Number of strategic themes (default 3), each through about a sixteenth of the objectives. */
  themes?: number;
  /** PRNG seed (default 1). */
  seed?: number;
}

const TITLE_VERBS = ['Grow', 'Improve', 'Reduce', 'Build', 'Deliver', 'Keep', 'Win', 'Develop', 'Strengthen', 'Automate', 'Simplify', 'Expand'];
const TITLE_WORDS = [
  'revenue',
  'customer',
  'quality',
  'delivery',
  'skills',
  'margin',
  'cash',
  'support',
  'digital',
  'supplier',
  'product',
  'market',
  'safety',
  'energy',
  'partner',
  'service',
  'process',
  'talent',
  'data',
  'cost',
];

/**
 * A strategy map of any size (objectives and links only; no KPIs, so every status is "no data"):
 * objectives in the four perspectives with titles of two to eight words, listed in a shuffled order
 * (an author's order is no layout), and links as real maps have them — mostly from an objective to
 * one of the perspective above near its own place, some skipping a perspective, some inside one,
 * and some back down (cycles). Deterministic for the same options.
 */
export function generateStrategyMap(options: StrategyMapModelOptions = {}): ScorecardInput {
  const objectiveCount = options.objectives ?? 200;
  const linkCount = options.links ?? 400;
  const random = mulberry32(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  let serial = 0;
  // Each objective has a place across its lane (0–1) that links follow; the model lists them shuffled.
  const lanes = PERSPECTIVES.map((p, index) => {
    const count = index === PERSPECTIVES.length - 1 ? objectiveCount - serial : Math.round(objectiveCount * p.share);
    const objectives = Array.from({ length: count }, () => {
      const words = Array.from({ length: 1 + Math.floor(random() * 7) }, () => pick(TITLE_WORDS));
      return { id: `so-${++serial}`, title: `${pick(TITLE_VERBS)} ${words.join(' ')}`, place: random() };
    });
    return { perspective: p, objectives };
  });

  const links: { from: string; to: string }[] = [];
  const taken = new Set<string>();
  const nearest = (lane: number, place: number) => {
    const { objectives } = lanes[lane]!;
    let best = objectives[0]!;
    for (const o of objectives) if (Math.abs(o.place - place) < Math.abs(best.place - place)) best = o;
    return best;
  };
  for (let attempts = 0; links.length < linkCount && attempts < linkCount * 50; attempts++) {
    const fromLane = 1 + Math.floor(random() * (lanes.length - 1));
    const from = pick(lanes[fromLane]!.objectives);
    const roll = random();
    // 75 % to the lane above, 10 % two lanes up (or more), 8 % inside the lane, 7 % back down.
    const toLane =
      roll < 0.75
        ? fromLane - 1
        : roll < 0.85
          ? Math.floor(random() * Math.max(1, fromLane - 1))
          : roll < 0.93
            ? fromLane
            : Math.min(lanes.length - 1, fromLane + 1 + Math.floor(random() * 2));
    const to = nearest(toLane, Math.min(1, Math.max(0, from.place + (random() - 0.5) * 0.5)));
    if (to.id === from.id || taken.has(`${from.id}>${to.id}`) || taken.has(`${to.id}>${from.id}`)) continue;
    taken.add(`${from.id}>${to.id}`);
    links.push({ from: from.id, to: to.id });
  }

  const all = lanes.flatMap((lane) => lane.objectives.map((o) => o.id));
  const themes = Array.from({ length: options.themes ?? 3 }, (_, i) => ({
    id: `theme-${i + 1}`,
    title: `Theme ${i + 1}`,
    objectives: [...new Set(Array.from({ length: Math.max(1, Math.round(all.length / 16)) }, () => pick(all)))],
  }));

  return {
    version: 1,
    id: `strategy-map-${objectiveCount}x${linkCount}`,
    title: `Benchmark strategy map: ${objectiveCount} objectives, ${linkCount} links`,
    periodicity: 'month',
    perspectives: lanes.map(({ perspective, objectives }) => ({
      id: perspective.id,
      title: perspective.title,
      // Shuffled (Fisher–Yates): the model's order carries no layout.
      objectives: shuffle(
        objectives.map(({ id, title }) => ({ id, title })),
        random,
      ),
    })),
    links,
    themes,
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
