/**
 * The scorecard model, version 1 (DESIGN §2), as zod schemas. Every type of the model is inferred
 * from here. zod/mini keeps the kit small (about a quarter of classic zod's size) and, configured
 * `jitless`, never compiles code at run time, so validation works under a strict CSP.
 *
 * Only the shape is checked here; rules that relate fields to one another (thresholds in order,
 * ids unique, links that resolve) live in `validate.ts`, which runs on the parsed model.
 */
import * as z from 'zod/mini';
import { PERIODICITIES } from './periods.js';

z.config({ jitless: true });

/** Attaches the text an author sees in the JSON Schema (editor hover and completion). */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.describe(description)) as T;
}

const id = z.string().check(
  z.minLength(1, 'must not be empty'),
  z.regex(/^\S+$/, 'must not contain spaces (use "-" or "_" between words)'),
);
const text = z.string().check(z.minLength(1, 'must not be empty'), z.regex(/\S/, 'must not be blank'));
const weight = described(z._default(z.number().check(z.gte(0, 'must be 0 or more (0 shows a node without rolling it up)')), 1), 'Relative weight in the parent\'s roll-up; 0 shows the node without rolling it up.');
const rollup = described(z._default(z.enum(['weighted', 'worst', 'best']), 'weighted'), 'How children\'s scores combine: weighted mean, or the worst or best child.');
/** A period in any of the five forms; whether it names a real date is checked in `validate.ts`. */
const period = z.string().check(
  z.regex(
    /^\d{4}(-Q[1-4]|-\d{2}|-W\d{2}|-\d{2}-\d{2})?$/,
    'must be a period: "2026", "2026-Q3", "2026-10", "2026-W41" or "2026-10-15"',
  ),
);

export const periodicitySchema = z.enum(PERIODICITIES);
export const polaritySchema = z.enum(['up', 'down', 'range']);
export const aggregationSchema = z.enum(['sum', 'average', 'last', 'min', 'max']);
export const rollupSchema = z.enum(['weighted', 'worst', 'best']);

/** The band a `range` KPI should stay inside. */
export const rangeSchema = z.strictObject({ min: z.number(), max: z.number() });
/** A number for `up`/`down` KPIs; a band `{min, max}` for `range` KPIs. */
export const targetSchema = z.union([z.number(), rangeSchema]);

export const observationSchema = z.strictObject({
  period,
  actual: described(z.optional(z.number()), 'The measured value. Leave out (or use numerator/denominator) where there is none.'),
  numerator: described(z.optional(z.number()), 'For ratio KPIs: the parts, aggregated separately before dividing.'),
  denominator: described(z.optional(z.number()), 'For ratio KPIs: the denominator; the value is numerator / denominator.'),
  target: described(z.optional(targetSchema), 'Thresholds for this period only, overriding the KPI\'s.'),
  redFlag: described(z.optional(z.number()), 'The red flag for this period only.'),
  stretch: described(z.optional(z.number()), 'The stretch for this period only.'),
  note: z.optional(z.string()),
});

export const kpiSchema = z.strictObject({
  id,
  title: text,
  description: z.optional(z.string()),
  owner: z.optional(z.string()),
  source: described(z.optional(z.string()), 'Where the data comes from: a system\'s name or an http(s) address.'),
  /** When the data was last updated (ISO 8601 date or date-time). */
  updated: z.optional(
    z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'must be an ISO 8601 date such as "2026-10-31"')),
  ),
  unit: described(z._default(text, 'number'), '`number`, `percent` (values are fractions: 0.25 is 25 %), `currency`, `duration` (seconds), or a free label such as `kW`.'),
  polarity: described(z._default(polaritySchema, 'up'), '`up`: higher is better; `down`: lower is better; `range`: stay inside `target: {min, max}`.'),
  indicator: described(z.optional(z.enum(['leading', 'lagging'])), 'Leading indicators predict; lagging indicators report outcomes.'),
  aggregation: described(z._default(aggregationSchema, 'last'), 'How periods combine in the year-to-date view.'),
  target: described(z.optional(targetSchema), 'The goal: scores 6.67 (on track). A band {min, max} for range KPIs. Without one the KPI shows its value with no status.'),
  redFlag: described(z.optional(z.number()), 'The value that scores 3.33 (at risk); below it is off track. Defaults to 10 % of |target| on the worse side.'),
  stretch: described(z.optional(z.number()), 'The value that scores 10 (exceeding).'),
  tolerance: described(z.optional(z.number().check(z.gt(0, 'must be more than 0'))), 'For `range` KPIs: how far outside the band the score falls to the red flag (10/3).'),
  weight,
  periodicity: described(z.optional(periodicitySchema), 'When the KPI is measured less often than the scorecard (a quarterly survey in a monthly scorecard).'),
  staleAfter: described(z.optional(z.int().check(z.gte(0, 'must be 0 or more'))), 'The latest actual may be carried forward; older than this many periods it is marked stale.'),
  decimals: described(z.optional(z.int().check(z.gte(0, 'must be 0 or more'), z.lte(10, 'must be at most 10'))), 'Decimal places to show; the format\'s default when left out.'),
  series: described(z._default(z.array(observationSchema), []), 'The measurements, one per period; a missing period is no data, never zero.'),
});

export const objectiveSchema = z.strictObject({
  id,
  title: text,
  description: z.optional(z.string()),
  owner: z.optional(z.string()),
  weight,
  rollup,
  kpis: z._default(z.array(kpiSchema), []),
});

export const perspectiveSchema = z.strictObject({
  id,
  title: text,
  description: z.optional(z.string()),
  weight,
  rollup,
  objectives: z._default(z.array(objectiveSchema), []),
});

export const linkSchema = z.strictObject({
  from: id,
  to: id,
  label: described(z.optional(z.string()), 'Why the cause drives the effect, shown with the arrow.'),
});

export const initiativeSchema = z.strictObject({
  id,
  title: text,
  description: z.optional(z.string()),
  owner: z.optional(z.string()),
  objectives: z._default(z.array(id), []),
  start: z.optional(period),
  end: z.optional(period),
  progress: described(z.optional(z.number().check(z.gte(0, 'must be between 0 and 100'), z.lte(100, 'must be between 0 and 100'))), 'Percent complete, 0–100.'),
  status: z.optional(z.enum(['planned', 'active', 'done', 'on-hold', 'cancelled'])),
});

export const scorecardSchema = z.strictObject({
  /** Where an editor finds the JSON Schema of this file (`scorecard.schema.json`); ignored by the kit. */
  $schema: z.optional(z.string()),
  version: described(z.literal(1), 'The model version: 1.'),
  id,
  title: text,
  description: z.optional(z.string()),
  owner: z.optional(z.string()),
  periodicity: described(z._default(periodicitySchema, 'month'), 'How often the scorecard is reported; series periods use this form.'),
  fiscalYearStart: described(z._default(z.int().check(z.gte(1, 'must be a month from 1 to 12'), z.lte(12, 'must be a month from 1 to 12')), 1), 'The month (1–12) in which the fiscal year starts.'),
  asOf: described(z.optional(period), 'The period the scorecard is shown as of; the latest period with data when left out.'),
  locale: described(z.optional(text), 'BCP 47 language tag for numbers, dates and labels (`en-US`, `de-DE`).'),
  currency: described(z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as "USD"'))), 'ISO 4217 code for `currency` KPIs.'),
  rollup,
  perspectives: described(z.array(perspectiveSchema), 'Financial, Customer, Internal process, Learning & growth, or your own; first is shown on top.'),
  links: described(z._default(z.array(linkSchema), []), 'Cause → effect between objectives: the strategy map\'s arrows.'),
  initiatives: described(z._default(z.array(initiativeSchema), []), 'Projects that serve objectives.'),
});

export type Scorecard = z.infer<typeof scorecardSchema>;
/** What an author may write: the same as `Scorecard` with every defaulted field optional. */
export type ScorecardInput = z.input<typeof scorecardSchema>;
export type Perspective = z.infer<typeof perspectiveSchema>;
export type Objective = z.infer<typeof objectiveSchema>;
export type Kpi = z.infer<typeof kpiSchema>;
export type Observation = z.infer<typeof observationSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Initiative = z.infer<typeof initiativeSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Range = z.infer<typeof rangeSchema>;
export type Polarity = z.infer<typeof polaritySchema>;
export type Aggregation = z.infer<typeof aggregationSchema>;
export type Rollup = z.infer<typeof rollupSchema>;
