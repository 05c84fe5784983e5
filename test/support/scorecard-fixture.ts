/**
 * Renders elements inside a scorecard context without `<bsc-scorecard>`: a plain `<div>` provides
 * the context, so an element's test depends on the engine and the format layer only, and can move
 * the as-of period or the view itself.
 */
import { ContextProvider } from '@lit/context';
import { fixtureSync, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { localeContext } from '../../src/context/locale-context.js';
import { scorecardContext, type ScorecardContext } from '../../src/context/scorecard-context.js';
import { evaluate } from '../../src/engine/evaluate.js';
import type { View } from '../../src/engine/types.js';
import { resolveLabels, type Labels } from '../../src/format/labels.js';
import { parseScorecard, type Scorecard } from '../../src/model/index.js';
import { fetchText } from '../model/fetch-text.js';

export interface PeriodRequest {
  period?: string;
  view?: View;
}

export interface ScorecardFixtureOptions {
  asOf?: string;
  view?: View;
  /** The context's locale; the model's, else en-US. */
  locale?: string;
  labels?: Partial<Labels>;
  dir?: 'ltr' | 'rtl';
  /** The page's background under the elements, as a page in that theme would have it (`dark`: the dark surface). */
  page?: 'light' | 'dark';
  /** Whether `requestPeriod` moves the period as `bsc-scorecard` does (default), or only records the request. */
  followRequests?: boolean;
}

export interface ScorecardFixture<T extends Element> {
  /** The template's first element. */
  element: T;
  /** The `<div>` that provides the context (and carries `dir`). */
  host: HTMLDivElement;
  /** Every `requestPeriod` call, in order. */
  requests: PeriodRequest[];
  /** The context as provided now. */
  readonly context: ScorecardContext;
  /** Re-evaluates for another period or view (or locale, labels), provides it, and waits for every element to render. */
  update(change: PeriodRequest & { locale?: string; labels?: Partial<Labels> }): Promise<void>;
}

export async function scorecardFixture<T extends Element>(
  template: TemplateResult,
  scorecard: Scorecard,
  options: ScorecardFixtureOptions = {},
): Promise<ScorecardFixture<T>> {
  // fixtureSync: open-wc's \`fixture\` waits for an animation frame for a plain element, which a
  // page in the background (the runner's second concurrent page) never gets.
  const host = fixtureSync<HTMLDivElement>(html`<div dir=${options.dir ?? 'ltr'}></div>`);
  if (options.page === 'dark') Object.assign(host.style, { background: '#111827', colorScheme: 'dark' });
  const requests: PeriodRequest[] = [];
  let state = { asOf: options.asOf, view: options.view ?? 'period', locale: options.locale ?? scorecard.locale ?? 'en-US', labels: options.labels };

  const contextOf = (): ScorecardContext => ({
    scorecard,
    evaluation: evaluate(scorecard, { asOf: state.asOf, view: state.view }),
    locale: state.locale,
    labels: { ...resolveLabels(state.locale), ...state.labels },
    currency: scorecard.currency,
    requestPeriod(change) {
      requests.push({ ...change });
      if (options.followRequests !== false) void result.update(change);
    },
  });

  // The providers listen before the element connects and asks for its contexts; as `bsc-scorecard`, the locale and labels travel in their own.
  const provider = new ContextProvider(host, { context: scorecardContext, initialValue: contextOf() });
  const localeProvider = new ContextProvider(host, { context: localeContext, initialValue: localeOf(provider.value!) });
  render(template, host);
  const element = host.firstElementChild as T;
  await settle(host);

  const result: ScorecardFixture<T> = {
    element,
    host,
    requests,
    get context() {
      return provider.value!;
    },
    async update(change) {
      state = {
        asOf: change.period ?? state.asOf,
        view: change.view ?? state.view,
        locale: change.locale ?? state.locale,
        labels: change.labels ?? state.labels,
      };
      provider.setValue(contextOf());
      localeProvider.setValue(localeOf(provider.value!));
      await settle(host);
    },
  };
  return result;
}

/** The locale context a scorecard provides beside its scorecard context. */
function localeOf({ locale, labels }: ScorecardContext) {
  return { locale, labels };
}

let acme: Promise<Scorecard> | undefined;

/** The demo's sample scorecard (`demo/data/acme-2026.json`), parsed once. */
export function loadAcme(): Promise<Scorecard> {
  acme ??= fetchText('/demo/data/acme-2026.json').then((text) => {
    const parsed = parseScorecard(text);
    if (!parsed.ok) throw new Error(`acme-2026.json is invalid: ${parsed.issues.map((i) => i.message).join('; ')}`);
    return parsed.scorecard;
  });
  return acme;
}

interface Updating extends Element {
  updateComplete: Promise<boolean>;
}

/** Waits until every Lit element under `root`, shadow roots included, has rendered. */
export async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const elements = deepElements(root).filter((el): el is Updating => 'updateComplete' in el);
    const done = await Promise.all(elements.map((el) => el.updateComplete));
    // A render can add elements (an objective inside a perspective): go round until nothing new renders.
    if (done.every(Boolean) && deepElements(root).filter((el) => 'updateComplete' in el).length === elements.length) return;
  }
}

/** Every element under `root`, through open shadow roots. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return found;
}

/** The first element matching `selector` under `root`, through open shadow roots. */
export function deepQuery<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T | null {
  return (deepElements(root).find((el) => el.matches(selector)) as T | undefined) ?? null;
}

export function deepQueryAll<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T[] {
  return deepElements(root).filter((el) => el.matches(selector)) as T[];
}

/** The focused element, inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The text a person reads: the markup's whitespace collapsed (no-break spaces kept). */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}
