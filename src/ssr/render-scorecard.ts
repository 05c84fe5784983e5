import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { View } from '../engine/types.js';
import { FALLBACK_LOCALE } from '../elements/internal/bsc-element.js';
import '../elements/bsc-scorecard.js';
import { SCORECARD_PARTS } from '../elements/internal/scorecard-parts.js';
import { issueWords } from '../elements/internal/read-model.js';
import { modelLocale } from '../model/model-locale.js';

export interface RenderScorecardOptions {
  /** The as-of period; the model's `asOf`, else its latest data, when unset. */
  period?: string;
  /** `period` (the default) or `ytd`. */
  view?: View;
  /** The language to show it in; the model's `locale`, else en-US, when unset. */
  locale?: string;
}

/**
 * Renders `<bsc-scorecard>` with its default layout to HTML in Node, through @lit-labs/ssr: every
 * element's shadow root as declarative shadow DOM, so the page shows the scorecard — values,
 * statuses, perspectives — before any script runs. The model goes with it as an inline
 * `<script type="application/json">`, from which the element hydrates in the browser (import
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` before the kit).
 *
 * `model` is what `<bsc-scorecard>.model` takes: an object or JSON text. An invalid model renders
 * the element's error state, as it would in a browser.
 */
export async function renderScorecardToString(model: unknown, options: RenderScorecardOptions = {}): Promise<string> {
  // JSON.stringify answers undefined for undefined: the element then shows why the model is invalid.
  const json = typeof model === 'string' ? model : (JSON.stringify(model) ?? '');
  // What a browser loads after the first paint is there from the start: the server renders once.
  await Promise.all([...SCORECARD_PARTS, issueWords].map((part) => part.load()));
  const locale = options.locale ?? modelLocale(model) ?? FALLBACK_LOCALE;
  const template = html`<bsc-scorecard .model=${json} period=${options.period ?? nothing} view=${options.view ?? 'period'} locale=${locale}
    >${unsafeHTML(inlineModel(json))}</bsc-scorecard
  >`;
  return collectResult(render(template));
}

/** The elements of the default layout, whose connectedCallback is safe without a DOM. */
const SERVER_CONNECTED = new Set(['bsc-scorecard', 'bsc-perspective', 'bsc-objective', 'bsc-status', 'bsc-period-picker']);

// The elements find the scorecard's context by events, as in a browser: @lit-labs/ssr dispatches
// them between the elements it renders once their connectedCallback runs, which it does on request.
LitElementRenderer.renderOptions.push((element) => (SERVER_CONNECTED.has(element.localName) ? { connectedCallback: true } : undefined));

/**
 * JSON inside a `<script>`: the HTML parser ends the script at `</script`, and `<!--` changes how
 * it reads the rest, so every `<` is written as the JSON escape `\u003c` (the same text to JSON).
 */
function inlineModel(json: string): string {
  return `<script type="application/json">${json.replace(/</g, '\\u003c')}</script>`;
}
