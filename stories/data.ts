/**
 * Models for the stories: the two sample scorecards from `demo/data/`, and variants of them made by
 * cloning and editing, one per state a story shows. Every variant names what it changed, so a story
 * says why it looks the way it does.
 */
import acmeJson from '../demo/data/acme-2026.json' with { type: 'json' };
import publicSectorJson from '../demo/data/public-sector.json' with { type: 'json' };
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/bsc-scorecard.js';
// The toolbar offers German, Arabic and Japanese: register the kit's words in them (a page that
// imports single elements, as these stories do, imports the languages it needs).
import '../src/format/locales/index.js';
import type { BscScorecard } from '../src/elements/bsc-scorecard.js';
import type { ScorecardInput } from '../src/model/schema.js';

type PerspectiveInput = ScorecardInput['perspectives'][number];
type ObjectiveInput = NonNullable<PerspectiveInput['objectives']>[number];
type KpiInput = NonNullable<ObjectiveInput['kpis']>[number];
type ObservationInput = NonNullable<KpiInput['series']>[number];

/** A fresh copy: stories never share an object they (or the Controls panel) might change. */
const clone = <T>(value: T): T => structuredClone(value);

/** The Acme Industries corporate scorecard: monthly, USD, en-US, as of October 2026. */
export const acme = (): ScorecardInput => clone(acmeJson as unknown as ScorecardInput);

/** Stadt Lindenau's Bürgerservice: yearly periods, EUR, de-DE, the community perspective on top. */
export const publicSector = (): ScorecardInput => clone(publicSectorJson as unknown as ScorecardInput);

function* kpisOf(model: ScorecardInput): Generator<KpiInput> {
  for (const perspective of model.perspectives) for (const objective of perspective.objectives ?? []) yield* objective.kpis ?? [];
}

function kpiOf(model: ScorecardInput, id: string): KpiInput {
  for (const kpi of kpisOf(model)) if (kpi.id === id) return kpi;
  throw new Error(`stories/data.ts: no KPI "${id}" in ${model.id}`);
}

function objectiveOf(model: ScorecardInput, id: string): ObjectiveInput {
  for (const perspective of model.perspectives) for (const objective of perspective.objectives ?? []) if (objective.id === id) return objective;
  throw new Error(`stories/data.ts: no objective "${id}" in ${model.id}`);
}

function perspectiveOf(model: ScorecardInput, id: string): PerspectiveInput {
  const perspective = model.perspectives.find((p) => p.id === id);
  if (!perspective) throw new Error(`stories/data.ts: no perspective "${id}" in ${model.id}`);
  return perspective;
}

/** Leaves the observation's thresholds (if any) and period, without a value. */
function dropActual(o: ObservationInput): void {
  delete o.actual;
  delete o.numerator;
  delete o.denominator;
}

// ——— Variants of the Acme scorecard ———

/**
 * No data as of the period: the 2026 figures have not been loaded yet. Every actual of 2026 is
 * gone (the 2025 history stays, for the sparklines), and no KPI carries an older value forward
 * (`staleAfter` removed), so every KPI, objective and perspective is "no data" as of October.
 */
export function acmeNoData(): ScorecardInput {
  const model = acme();
  for (const kpi of kpisOf(model)) {
    delete kpi.staleAfter;
    for (const o of kpi.series ?? []) if (o.period.startsWith('2026')) dropActual(o);
  }
  return model;
}

/**
 * Stale data: booked revenue's feed stopped after July (`staleAfter: 1`), so October shows July's
 * figure, carried forward and marked stale; critical-skills coverage is stale in the sample
 * already (last actual June, `staleAfter: 2`).
 */
export function acmeStale(): ScorecardInput {
  const model = acme();
  const revenue = kpiOf(model, 'booked-revenue');
  revenue.staleAfter = 1;
  for (const o of revenue.series ?? []) if (o.period >= '2026-08') dropActual(o);
  return model;
}

/**
 * Exceeding: every KPI with a target has its latest actual moved just beyond its stretch (beyond
 * the default stretch, as far past the target as the red flag is before it, where the KPI has
 * none). Range KPIs are left out: inside its band is the best a range KPI can be, never
 * "exceeding", and one of them would keep its objective and everything above it "on track".
 */
export function acmeExceeding(): ScorecardInput {
  const model = acme();
  const asOf = model.asOf ?? '2026-10';
  for (const perspective of model.perspectives) {
    for (const objective of perspective.objectives ?? []) {
      objective.kpis = (objective.kpis ?? []).filter((kpi) => kpi.polarity !== 'range');
      for (const kpi of objective.kpis) beyondStretch(kpi, asOf);
    }
  }
  return model;
}

function beyondStretch(kpi: KpiInput, asOf: string): void {
  const series = (kpi.series ??= []);
  // A monthly KPI whose feed stopped gets a value for the as-of month (quarterly ones show their last quarter).
  if (kpi.periodicity === undefined && series.at(-1)?.period !== asOf) series.push({ period: asOf });
  const latest = series.at(-1);
  if (!latest) return;
  const target = latest.target ?? kpi.target;
  if (typeof target !== 'number') return;
  const down = kpi.polarity === 'down';
  const redFlag = latest.redFlag ?? kpi.redFlag ?? (down ? target + Math.abs(target) / 10 : target - Math.abs(target) / 10);
  const stretch = latest.stretch ?? kpi.stretch ?? target + (target - redFlag);
  const value = stretch + (stretch - target) / 10;
  if (latest.denominator !== undefined) latest.numerator = value * latest.denominator;
  else latest.actual = value;
}

/**
 * Long titles, as German writes them: compound words with no space to break at, in the
 * scorecard's, a perspective's, an objective's, a KPI's and an initiative's title. The model is
 * `de-DE`, so the page's `lang` and the elements' hyphenation agree.
 */
export function acmeLongTitles(): ScorecardInput {
  const model = acme();
  model.locale = 'de-DE';
  model.title = 'Unternehmensleistungssteuerungsübersicht der Acme Industriekomponentenfertigungsgesellschaft 2026';
  perspectiveOf(model, 'financial').title = 'Finanzwirtschaftliche Leistungsfähigkeitsbetrachtungsperspektive';
  perspectiveOf(model, 'internal-process').title = 'Geschäftsprozessqualitätssicherungsperspektive';
  objectiveOf(model, 'grow-revenue').title = 'Umsatzwachstumsbeschleunigungsmaßnahmenumsetzung unter Rentabilitätsgesichtspunkten';
  objectiveOf(model, 'responsive-support').title = 'Kundendienstanfragenbearbeitungsgeschwindigkeitssteigerung';
  kpiOf(model, 'booked-revenue').title = 'Gebuchter Nettoumsatzerlös nach Gutschriftenverrechnung';
  kpiOf(model, 'new-product-revenue').title = 'Neuproduktumsatzerlösanteilsentwicklung (Markteinführung innerhalb der letzten 24 Monate)';
  kpiOf(model, 'first-response-time').title = 'Erstreaktionszeitüberschreitungswahrscheinlichkeitsdurchschnitt';
  const portal = model.initiatives?.find((i) => i.id === 'self-service-portal');
  if (portal) portal.title = 'Selbstbedienungskundenportalentwicklungsprojekt';
  return model;
}

/** Booked revenue's October comment as a long one: several paragraphs, a long word, a URL written out. */
export function acmeLongComment(): ScorecardInput {
  const model = acme();
  const october = kpiOf(model, 'booked-revenue').series?.find((observation) => observation.period === '2026-10');
  if (october) {
    october.comment = {
      text:
        'On target for the fourth month running, after a July that two slipped renewals pulled below the red flag.\n\n' +
        'The new pricing for mid-market accounts took effect on 1 October; its first invoices went out in the last week and are in this figure. ' +
        'Finance expects the effect to show fully from November (see https://intranet.example.com/finance/pricing-2026-q4-mid-market-rollout).\n\n' +
        'Donaudampfschifffahrtsgesellschaftskapitänsmützen aside, the forecast for the year stays unchanged.',
      author: 'Dana Whitfield (Chief Financial Officer, Acme Industriekomponenten)',
      date: '2026-11-03',
    };
  }
  return model;
}

/**
 * An invalid model: four mistakes in its shape, each reported with its path — a currency in lower
 * case, a polarity that is no polarity, a target in words, and a misspelt field.
 */
export function acmeInvalid(): unknown {
  const model = acme() as unknown as Record<string, unknown> & { perspectives: Record<string, unknown>[] };
  model['currency'] = 'usd';
  const customer = objectiveOf(model as unknown as ScorecardInput, 'delight-customers').kpis ?? [];
  Object.assign(customer[0]!, { polarity: 'upward' });
  Object.assign(customer[1]!, { target: 'ninety percent' });
  const process = model.perspectives[2]!;
  process['titel'] = process['title'];
  delete process['title'];
  return model;
}

/**
 * A model whose shape is right but whose rules are not: a duplicate KPI id, an as-of month 13, a
 * red flag above the target of a higher-is-better KPI, and a link to an objective that does not exist.
 */
export function acmeBrokenRules(): ScorecardInput {
  const model = acme();
  const kpis = objectiveOf(model, 'grow-revenue').kpis ?? [];
  kpis[0]!.redFlag = 4_500_000;
  kpis[1]!.id = kpis[0]!.id;
  model.asOf = '2026-13';
  model.links = [...(model.links ?? []), { from: 'grow-revenue', to: 'conquer-mars' }];
  return model;
}

/** URLs the stories answer themselves (see `answerFetch`): none of them exists on any server. */
export const urls = {
  /** Never answers: the scorecard stays in its loading state. */
  pending: '/__bsc-stories__/acme-2026-pending.json',
  /** Answers 404. */
  missing: '/__bsc-stories__/no-such-scorecard.json',
} as const;

// ——— fetch, answered by the story ———

type Answer = (init: RequestInit | undefined) => Promise<Response>;

const answers = new Map<string, Answer>();
let realFetch: typeof fetch | undefined;

/**
 * A `beforeEach` that answers `fetch` for one path itself, and hands every other request on.
 * The returned cleanup removes the answer when the story unmounts (and the shim, once no story
 * needs it). `'never'` keeps the request pending until it is aborted, as a slow server would.
 */
export function answerFetch(path: string, answer: 'never' | (() => Response)): () => () => void {
  return () => {
    answers.set(path, (init) =>
      answer === 'never'
        ? new Promise<Response>((_, reject) => {
            const signal = init?.signal;
            signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
          })
        : Promise.resolve(answer()),
    );
    if (!realFetch) {
      const original = globalThis.fetch;
      realFetch = original;
      globalThis.fetch = (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
        const handler = url.origin === location.origin ? answers.get(url.pathname) : undefined;
        return handler ? handler(init) : original(input, init);
      };
    }
    return () => {
      answers.delete(path);
      if (answers.size === 0 && realFetch) {
        globalThis.fetch = realFetch;
        realFetch = undefined;
      }
    };
  };
}

// ——— A scorecard around the element a story shows ———

/** What `inScorecard` puts around an element: `parameters.scorecard` of a story. */
export interface Around {
  /** Makes the model (default: the Acme sample); called once, not on every render. */
  model?: () => unknown;
  /** Load from this URL instead of a model (see `urls` and `answerFetch`). */
  src?: string;
  /** Once the first model has loaded, set this one: the last good render stays, under a notice. */
  thenModel?: () => unknown;
  view?: 'period' | 'ytd';
  period?: string;
  /** The scorecard's `locale` attribute; the model's `locale` wins over the page's `lang` without it. */
  locale?: string;
}

/**
 * The states of the scorecard around an element that every element inside one meets, as a story's
 * `parameters` (and `beforeEach`): spread one into a story and describe what the element does.
 */
export const scorecardStates = {
  /** Its model's request never answers. */
  loading: { parameters: { scorecard: { src: urls.pending } satisfies Around }, beforeEach: answerFetch(urls.pending, 'never') },
  /** Its model is invalid: the scorecard lists the issues. */
  invalid: { parameters: { scorecard: { model: acmeInvalid } satisfies Around } },
  /** A bad model replaced a good one: the notice above, the last good render below it. */
  lastGoodKept: { parameters: { scorecard: { thenModel: acmeBrokenRules } satisfies Around } },
  /** No actuals as of its period. */
  noData: { parameters: { scorecard: { model: acmeNoData } satisfies Around } },
};

const made = new Map<() => unknown, unknown>();
/** One model per factory, so that a re-render (a changed control) does not reload the scorecard. */
const once = (make: () => unknown): unknown => {
  if (!made.has(make)) made.set(make, make());
  return made.get(make);
};

/** A story's `render` inside the scorecard its `parameters.scorecard` names (the Acme sample when none does). */
export function renderInScorecard<A>(template: (args: A) => TemplateResult) {
  return (args: A, { parameters }: { parameters: Record<string, unknown> }): TemplateResult =>
    inScorecard(parameters['scorecard'] as Around | undefined, template(args));
}

/**
 * `<bsc-scorecard>` around `content`, which finds its data there by id (perspectives, objectives,
 * KPIs and the period picker need one). Composed (it has content), the scorecard shows only that.
 */
export function inScorecard(around: Around | undefined, content: TemplateResult): TemplateResult {
  const model = around?.src ? undefined : once(around?.model ?? acme);
  return html`<bsc-scorecard
    .model=${model}
    src=${ifDefined(around?.src)}
    view=${ifDefined(around?.view)}
    period=${ifDefined(around?.period)}
    locale=${ifDefined(around?.locale)}
    @bsc-load=${around?.thenModel ? replaceAfterLoad(around.thenModel) : nothing}
    >${content}</bsc-scorecard
  >`;
}

const replaced = new WeakSet<BscScorecard>();

/**
 * A `bsc-load` listener that, the first time a scorecard loads, gives it the model `next` makes:
 * an invalid one shows the scorecard's error notice above the last good render.
 */
export function replaceAfterLoad(next: () => unknown): (event: Event) => void {
  return (event) => {
    const scorecard = event.target as BscScorecard;
    if (scorecard.localName !== 'bsc-scorecard' || replaced.has(scorecard)) return;
    replaced.add(scorecard);
    // `bsc-load` fires while the scorecard updates; set the next model once that update is done.
    void scorecard.updateComplete.then(() => {
      scorecard.model = once(next);
    });
  };
}
