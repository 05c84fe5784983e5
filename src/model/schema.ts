/**
 * The scorecard model, version 1 (docs/architecture.md §2), as zod schemas. Every type of the model is inferred
 * from here. zod/mini keeps the kit small (about a quarter of classic zod's size) and, configured
 * `jitless`, never compiles code at run time, so validation works under a strict CSP.
 *
 * Only the shape is checked here; rules that relate fields to one another (thresholds in order,
 * ids unique, links that resolve) live in `validate.ts`, which runs on the parsed model.
 */
import * as z from 'zod/mini';
import { PERIOD_FORMS, PERIODICITIES } from './periods.js';

z.config({ jitless: true });

const id = z.string().check(z.minLength(1, 'must not be empty'), z.regex(/^\S+$/, 'must not contain spaces (use "-" or "_" between words)'));
const text = z.string().check(z.minLength(1, 'must not be empty'), z.regex(/\S/, 'must not be blank'));
const weight = z._default(z.number().check(z.gte(0, 'must be 0 or more (0 shows a node without rolling it up)')), 1);
const rollup = z._default(z.enum(['weighted', 'worst', 'best']), 'weighted');
/** A period in any of the five forms; whether it names a real date is checked in `validate.ts`. */
const period = z.string().check(z.regex(/^\d{4}(-Q[1-4]|-\d{2}|-W\d{2}|-\d{2}-\d{2})?$/, `must be a period: ${PERIOD_FORMS}`));

/** A day or an instant, ISO 8601 ("2026-10-31", "2026-10-31T09:30:00Z"); whether the day exists is checked in `validate.ts`. */
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'must be an ISO 8601 date such as "2026-10-31"'));

/** What a scorecard and each of its nodes start with: an id, a title, and a description. */
const node = { id, title: text, description: z.optional(z.string()) };

export const periodicitySchema = z.enum(PERIODICITIES);
export const polaritySchema = z.enum(['up', 'down', 'range']);
export const aggregationSchema = z.enum(['sum', 'average', 'last', 'min', 'max']);
export const rollupSchema = z.enum(['weighted', 'worst', 'best']);

/** The band a `range` KPI should stay inside. */
export const rangeSchema = z.strictObject({ min: z.number(), max: z.number() });
/** A number for `up`/`down` KPIs; a band `{min, max}` for `range` KPIs. */
export const targetSchema = z.union([z.number(), rangeSchema]);

/** What someone wrote about a KPI's value for one period (docs/architecture.md §2): shown as text, never as HTML. */
export const commentSchema = z.strictObject({
  text,
  author: z.optional(z.string()),
  /** When it was written. */
  date: z.optional(isoDate),
});

/** `analysis` says why the figures are as they are; `recommendation` what to do about them. */
export const commentaryKindSchema = z.enum(['analysis', 'recommendation']);

/** An objective's or a KPI's commentary for one period, in the node's periodicity. */
export const commentaryEntrySchema = z.strictObject({
  period,
  text,
  author: z.optional(z.string()),
  date: z.optional(isoDate),
  kind: z.optional(commentaryKindSchema),
});

export const observationSchema = z.strictObject({
  period,
  actual: z.optional(z.number()),
  numerator: z.optional(z.number()),
  denominator: z.optional(z.number()),
  target: z.optional(targetSchema),
  redFlag: z.optional(z.number()),
  stretch: z.optional(z.number()),
  note: z.optional(z.string()),
  comment: z.optional(commentSchema),
});

/**
 * Where a parent KPI takes its actuals from (cascading, docs/architecture.md §2): the KPI of this id in each child
 * scorecard, combined period by period; with `targets`, the children's thresholds are combined too.
 */
export const rollupFromSchema = z.strictObject({
  kpi: id,
  aggregation: z._default(z.enum(['sum', 'average', 'min', 'max']), 'sum'),
  targets: z._default(z.boolean(), false),
});

export const kpiSchema = z.strictObject({
  ...node,
  owner: z.optional(z.string()),
  source: z.optional(z.string()),
  /** When the data was last updated (ISO 8601 date or date-time). */
  updated: z.optional(isoDate),
  unit: z._default(text, 'number'),
  polarity: z._default(polaritySchema, 'up'),
  indicator: z.optional(z.enum(['leading', 'lagging'])),
  aggregation: z._default(aggregationSchema, 'last'),
  target: z.optional(targetSchema),
  redFlag: z.optional(z.number()),
  stretch: z.optional(z.number()),
  tolerance: z.optional(z.number().check(z.gt(0, 'must be more than 0'))),
  weight,
  periodicity: z.optional(periodicitySchema),
  staleAfter: z.optional(z.int().check(z.gte(0, 'must be 0 or more'))),
  decimals: z.optional(z.int().check(z.gte(0, 'must be 0 or more'), z.lte(10, 'must be at most 10'))),
  rollupFrom: z.optional(rollupFromSchema),
  series: z._default(z.array(observationSchema), []),
  /** Left out rather than defaulted, as a scorecard's `children`: a model without commentary reads exactly as before. */
  commentary: z.optional(z.array(commentaryEntrySchema)),
});

export const objectiveSchema = z.strictObject({
  ...node,
  owner: z.optional(z.string()),
  weight,
  rollup,
  /** The id of the parent scorecard's objective this one serves (cascading). */
  alignsTo: z.optional(id),
  kpis: z._default(z.array(kpiSchema), []),
  commentary: z.optional(z.array(commentaryEntrySchema)),
});

export const perspectiveSchema = z.strictObject({
  ...node,
  weight,
  rollup,
  objectives: z._default(z.array(objectiveSchema), []),
});

export const linkSchema = z.strictObject({
  from: id,
  to: id,
  label: z.optional(z.string()),
});

export const initiativeSchema = z.strictObject({
  ...node,
  owner: z.optional(z.string()),
  objectives: z._default(z.array(id), []),
  start: z.optional(period),
  end: z.optional(period),
  progress: z.optional(z.number().check(z.gte(0, 'must be between 0 and 100'), z.lte(100, 'must be between 0 and 100'))),
  status: z.optional(z.enum(['planned', 'active', 'done', 'on-hold', 'cancelled'])),
});

/**
 * A strategic theme: a line of the strategy that runs through several objectives, usually across
 * perspectives ("Operational excellence"); the strategy map outlines its objectives in its colour.
 */
export const themeSchema = z.strictObject({
  ...node,
  objectives: z._default(z.array(id), []),
  color: z.optional(
    z
      .string()
      .check(z.regex(/^(#[\dA-Fa-f]{3,4}|#[\dA-Fa-f]{6}|#[\dA-Fa-f]{8}|[A-Za-z]+)$/, 'must be a colour: "#0f766e", "#0f766e80" or a name such as "teal"')),
  ),
});

/** A department's or team's scorecard beneath this one: a JSON file of its own at `src`. */
export const childSchema = z.strictObject({
  id,
  title: text,
  owner: z.optional(z.string()),
  /** An http(s) address, or one relative to this scorecard's own. */
  src: text,
});

export const scorecardSchema = z.strictObject({
  /** Where an editor finds the JSON Schema of this file (`scorecard.schema.json`); ignored by the kit. */
  $schema: z.optional(z.string()),
  version: z.literal(1),
  ...node,
  owner: z.optional(z.string()),
  periodicity: z._default(periodicitySchema, 'month'),
  fiscalYearStart: z._default(z.int().check(z.gte(1, 'must be a month from 1 to 12'), z.lte(12, 'must be a month from 1 to 12')), 1),
  asOf: z.optional(period),
  locale: z.optional(text),
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as "USD"'))),
  rollup,
  perspectives: z.array(perspectiveSchema),
  links: z._default(z.array(linkSchema), []),
  initiatives: z._default(z.array(initiativeSchema), []),
  /** Left out rather than defaulted, so that a model without children reads exactly as before. */
  children: z.optional(z.array(childSchema)),
  /** Left out rather than defaulted, as `children`: a model without themes reads exactly as before. */
  themes: z.optional(z.array(themeSchema)),
});

export type Scorecard = z.infer<typeof scorecardSchema>;
/** What an author may write: the same as `Scorecard` with every defaulted field optional. */
export type ScorecardInput = z.input<typeof scorecardSchema>;
export type Perspective = z.infer<typeof perspectiveSchema>;
export type Objective = z.infer<typeof objectiveSchema>;
export type Kpi = z.infer<typeof kpiSchema>;
export type Observation = z.infer<typeof observationSchema>;
export type Comment = z.infer<typeof commentSchema>;
export type CommentaryEntry = z.infer<typeof commentaryEntrySchema>;
export type CommentaryKind = z.infer<typeof commentaryKindSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Initiative = z.infer<typeof initiativeSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Range = z.infer<typeof rangeSchema>;
export type Polarity = z.infer<typeof polaritySchema>;
export type Aggregation = z.infer<typeof aggregationSchema>;
export type Rollup = z.infer<typeof rollupSchema>;
export type RollupFrom = z.infer<typeof rollupFromSchema>;
export type ScorecardChild = z.infer<typeof childSchema>;
export type Theme = z.infer<typeof themeSchema>;
