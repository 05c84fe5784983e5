import * as z from 'zod/mini';
import { scorecardSchema } from './schema.js';

/**
 * The model as JSON Schema (draft 2020-12), describing what an author writes: fields with
 * defaults are optional, and fields carry the descriptions an editor shows on hover. The
 * descriptions live here, not on the zod schemas, so the kit a page loads does not carry them.
 */
export function scorecardJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scorecardSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  describe(schema, 'scorecard');
  return { ...schema, title: 'bsc-kit scorecard model, version 1' };
}

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  description?: string;
}

type Described =
  'scorecard' | 'perspective' | 'objective' | 'kpi' | 'observation' | 'link' | 'initiative' | 'child' | 'rollupFrom' | 'theme' | 'comment' | 'commentary';

/** Where each object of the model sits under its parent: `perspectives[]` holds perspectives … */
const CHILDREN: Partial<Record<Described, Partial<Record<string, Described>>>> = {
  scorecard: { perspectives: 'perspective', links: 'link', initiatives: 'initiative', children: 'child', themes: 'theme' },
  perspective: { objectives: 'objective' },
  objective: { kpis: 'kpi', commentary: 'commentary' },
  kpi: { series: 'observation', rollupFrom: 'rollupFrom', commentary: 'commentary' },
  observation: { comment: 'comment' },
};

function describe(schema: JsonSchema, kind: Described): void {
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const description = DESCRIPTIONS[kind]?.[name] ?? EVERYWHERE[name];
    if (description) property.description = description;
    const child = CHILDREN[kind]?.[name];
    if (child && property.items) describe(property.items, child);
    else if (child && property.properties) describe(property, child);
  }
}

/** Fields that mean the same wherever they appear. */
const EVERYWHERE: Record<string, string> = {
  weight: "Relative weight in the parent's roll-up; 0 shows the node without rolling it up.",
  rollup: "How children's scores combine: weighted mean, or the worst or best child.",
};

const DESCRIPTIONS: Partial<Record<Described, Record<string, string>>> = {
  scorecard: {
    version: 'The model version: 1.',
    periodicity: 'How often the scorecard is reported; series periods use this form.',
    fiscalYearStart: 'The month (1–12) in which the fiscal year starts.',
    asOf: 'The period the scorecard is shown as of; the latest period with data when left out.',
    locale: 'BCP 47 language tag for numbers, dates and labels (`en-US`, `de-DE`).',
    currency: 'ISO 4217 code for `currency` KPIs.',
    perspectives: 'Financial, Customer, Internal process, Learning & growth, or your own; first is shown on top.',
    links: "Cause → effect between objectives: the strategy map's arrows.",
    initiatives: 'Projects that serve objectives.',
    children: 'Department or team scorecards beneath this one, each a JSON file of its own (cascading).',
    themes: 'Strategic themes: lines of the strategy that run through several objectives, outlined on the strategy map.',
  },
  theme: {
    title: 'The theme\'s name, shown in the strategy map\'s legend ("Operational excellence").',
    objectives: 'The ids of the objectives the theme runs through, usually in several perspectives.',
    color: "The outline's colour: `#rgb`, `#rrggbb`, `#rrggbbaa` or a CSS colour name; the kit's theme colours when left out.",
  },
  objective: {
    alignsTo: 'The id of the objective in the parent scorecard that this objective serves (cascading).',
    commentary: 'What was said about the objective, period by period: analysis and recommendations, shown with the period they name.',
  },
  comment: {
    text: 'The comment, shown as plain text.',
    author: 'Who wrote it.',
    date: 'When it was written: an ISO 8601 date such as `2026-10-31`.',
  },
  commentary: {
    period: "The period the entry speaks of, in the node's periodicity (the KPI's own, or the scorecard's for an objective).",
    text: 'The commentary, shown as plain text.',
    author: 'Who wrote it.',
    date: 'When it was written: an ISO 8601 date such as `2026-10-31`.',
    kind: '`analysis` (why the figures are as they are) or `recommendation` (what to do about them).',
  },
  child: {
    id: "The child scorecard's id, unique among this scorecard's children.",
    title: "The child's name, shown in the cascade tree even when its file cannot be loaded.",
    owner: 'Who is accountable for the child scorecard.',
    src: "Where the child's JSON file is: an http(s) address, or one relative to this file's.",
  },
  rollupFrom: {
    kpi: 'The id of the KPI in each child scorecard whose actuals this KPI combines; children without it are left out.',
    aggregation: "How the children's values combine, period by period: `sum` (default), `average`, `min` or `max`.",
    targets:
      "`true`: the children's targets, red flags and stretch targets combine the same way (up/down KPIs only); `false` (default): this KPI's own thresholds apply.",
  },
  kpi: {
    source: "Where the data comes from: a system's name or an http(s) address.",
    unit: '`number`, `percent` (values are fractions: 0.25 is 25 %), `currency`, `duration` (seconds), or a free label such as `kW`.',
    polarity: '`up`: higher is better; `down`: lower is better; `range`: stay inside `target: {min, max}`.',
    indicator: 'Leading indicators predict; lagging indicators report outcomes.',
    aggregation: 'How periods combine in the year-to-date view.',
    target: 'The goal: scores 6.67 (on track). A band {min, max} for range KPIs. Without one the KPI shows its value with no status.',
    redFlag: 'The value that scores 3.33 (at risk); below it is off track. Defaults to 10 % of |target| on the worse side.',
    stretch: 'The value that scores 10 (exceeding).',
    tolerance: 'For `range` KPIs: how far outside the band the score falls to the red flag (10/3).',
    periodicity: 'When the KPI is measured less often than the scorecard (a quarterly survey in a monthly scorecard).',
    staleAfter: 'The latest actual may be carried forward; older than this many periods it is marked stale.',
    decimals: "Decimal places to show; the format's default when left out.",
    series: 'The measurements, one per period; a missing period is no data, never zero.',
    rollupFrom: "Takes this KPI's actuals from the child scorecards (cascading); actuals in its own series are replaced by theirs.",
    commentary: "What was said about the KPI, period by period: analysis and recommendations, beside each period's own `comment`.",
  },
  observation: {
    actual: 'The measured value. Leave out (or use numerator/denominator) where there is none.',
    numerator: 'For ratio KPIs: the parts, aggregated separately before dividing.',
    denominator: 'For ratio KPIs: the denominator; the value is numerator / denominator.',
    target: "Thresholds for this period only, overriding the KPI's.",
    redFlag: 'The red flag for this period only.',
    stretch: 'The stretch for this period only.',
    comment: "What someone wrote about this period's value: `{ text, author?, date? }`, shown beside it.",
  },
  link: {
    label: 'Why the cause drives the effect, shown with the arrow.',
  },
  initiative: {
    progress: 'Percent complete, 0–100.',
  },
};
