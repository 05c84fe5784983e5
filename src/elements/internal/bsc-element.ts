import { css, isServer, LitElement, type PropertyDeclarations } from 'lit';
import { localeContext, type LocaleContext } from '../../context/locale-context.js';
import { scorecardContext, type ScorecardContext } from '../../context/scorecard-context.js';
import { loadLabels, mergeLabels, type Labels } from '../../format/labels.js';
import { tokens } from '../../theme/tokens.js';
import { ContextSubscription } from './context-subscription.js';
// The kit's typed events (HTMLElementEventMap): every element's published declarations import
// this module's, so a page that imports one element's types has them too.
import './events.js';
import { emit } from './events.js';

/** `.vh`: text for screen readers only, in every element. */
const visuallyHidden = css`
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The locale of last resort: what a page without `lang` and a browser without a language get. */
export const FALLBACK_LOCALE = 'en-US';

/**
 * What every bsc-kit element shares: the design tokens, `locale`, `theme` and `labels`, the
 * locale context of the nearest element above that provides one, and the scorecard context when it
 * sits inside a `<bsc-scorecard>`. Not registered as an element itself.
 *
 * @fires bsc-error - The words of the element's language could not be loaded (it shows English). `detail: { issues: [{ path, message }] }`
 */
export class BscElement extends LitElement {
  static override styles = [tokens, visuallyHidden];

  /**
   * The reactive properties, declared as Lit's static `properties` rather than with its decorators
   * in the classes every element of a page of gauges carries: the decorators' code is 0.45 KB of
   * a gauge bundled alone. The elements themselves use the decorators.
   */
  static override get properties(): PropertyDeclarations {
    return {
      locale: { reflect: true },
      theme: { reflect: true },
      labels: { attribute: false },
      context: { state: true, attribute: false },
      inherited: { state: true, attribute: false },
    };
  }

  /** Language tag for numbers, dates and labels; inherited from the enclosing scorecard (or element that sets one), else the page's `lang`. */
  declare locale?: string;

  /** `light` or `dark`; follows the operating system when unset, and passes down to the elements inside. */
  declare theme?: 'light' | 'dark';

  /** Replaces any of the kit's words (status names, "Target", …) for this element and, on an element with children (a scorecard, a KPI, a perspective, an objective), the elements inside it. */
  declare labels?: Partial<Labels>;

  /** The enclosing scorecard's model and evaluation; undefined outside one. */
  declare protected context?: ScorecardContext;

  /** The locale and labels of the nearest provider above (a scorecard, or an element with its own `locale` or `labels`). */
  declare protected inherited?: LocaleContext;

  constructor() {
    super();
    new ContextSubscription(this, scorecardContext, (context) => {
      this.context = context;
    });
    new ContextSubscription(this, localeContext, (inherited) => {
      this.inherited = inherited;
    });
  }

  /**
   * Whether this element sits in a `<bsc-scorecard>` that has no model to share yet (it is loading,
   * or every load so far failed): the scorecard itself says so, so the element stays quiet rather
   * than claim "no data".
   */
  protected get awaitingScorecard(): boolean {
    // On the server a scorecard's context reaches its children before they render, or never: nothing to await.
    return !this.context && !isServer && this.closest('bsc-scorecard') !== null;
  }

  /**
   * Waits, before an update, for the built-in labels of the element's locale when they are still
   * to load (the first German element of a page, or a switch to Japanese): the element renders in
   * its language from the first frame on, never in English first. `updateComplete` waits too.
   * Labels that fail to load leave it in English, and it fires their issue as `bsc-error` after that render.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const labels = loadLabels(this.labelsLocale);
    if (!labels) return super.scheduleUpdate();
    return labels.then((issues) => {
      const updated = super.scheduleUpdate();
      if (issues.length > 0) emit(this, 'bsc-error', { issues });
      return updated;
    });
  }

  /**
   * The locale whose labels an update waits for: the element's. An element that takes a model
   * names the model's too, before parsing it sets `resolvedLocale`.
   */
  protected get labelsLocale(): string {
    return this.resolvedLocale;
  }

  /** The locale this element formats in. */
  protected get resolvedLocale(): string {
    if (this.locale) return this.locale;
    if (this.inherited?.locale) return this.inherited.locale;
    // The server's DOM shim has no closest(): there, the page's `lang` is unknown.
    const pageLang = isServer ? undefined : this.closest('[lang]')?.getAttribute('lang');
    return pageLang || globalThis.navigator?.language || FALLBACK_LOCALE;
  }

  /** The labels this element speaks: the provider's (or, with a `locale` of its own, the built-in table for it), then its own. */
  protected get resolvedLabels(): Labels {
    return mergeLabels(this.resolvedLocale, this.locale ? undefined : this.inherited?.labels, this.labels);
  }
}
