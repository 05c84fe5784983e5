import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { scorecardContext, type ScorecardContext } from '../context/scorecard-context.js';
import { evaluate } from '../engine/evaluate.js';
import type { Evaluation, View } from '../engine/types.js';
import { resolveLabels } from '../format/labels.js';
import { formatScore } from '../format/number.js';
import { formatPeriodLabel } from '../format/period.js';
import type { ModelIssue } from '../model/issues.js';
import { parseScorecard, type ParseResult } from '../model/parse.js';
import { parsePeriod } from '../model/periods.js';
import type { Scorecard } from '../model/schema.js';
import { BscElement } from './bsc-element.js';
import { figureStyles } from './bsc-kpi.styles.js';
import { scorecardStyles } from './bsc-scorecard.styles.js';
import { defineElement } from './define.js';
import { emit } from './events.js';
import { ModelLoader } from './model-loader.js';
import './bsc-period-picker.js';
import './bsc-perspective.js';
import './bsc-status.js';

/**
 * @summary A whole Balanced Scorecard from one JSON model: validated, evaluated on the client as of
 * any period, and shown — or the elements you put inside it, which find their data by id.
 *
 * The model comes from `src` (a URL), the `model` property (an object or JSON text), or an inline
 * `<script type="application/json">` child, in that order of precedence.
 *
 * @fires bsc-load - The model loaded and is shown. `detail: { scorecard, source? }`
 * @fires bsc-error - The model could not be loaded or is invalid; the last good render stays. `detail: { issues: [{ path, message }], source? }`
 * @fires bsc-period-change - The user chose another as-of period or view. `detail: { period, view }`
 * @fires bsc-select - A perspective, objective or KPI inside was chosen (click or Enter). `detail: { kind, id }`
 *
 * @slot - Your own layout of bsc-kit elements (`bsc-perspective`, `bsc-kpi`, `bsc-kpi-gauge` …);
 * without any, the scorecard shows its default layout.
 *
 * @csspart base - The wrapper of everything shown.
 * @csspart header - The default layout's header: title, as-of, overall score, period picker.
 * @csspart title - The scorecard's title.
 * @csspart as-of - The as-of period and view.
 * @csspart overall - The overall score and status.
 * @csspart score - The overall score.
 * @csspart status - The overall status.
 * @csspart period-picker - The period picker and view toggle.
 * @csspart perspectives - The grid of perspectives.
 * @csspart perspective - Each perspective.
 * @csspart loading - The loading state.
 * @csspart empty - Shown for a scorecard without perspectives.
 * @csspart error - The error state, or the notice above the last good render.
 * @csspart error-title - The error's heading.
 * @csspart issues - The list of issues.
 * @csspart issue - One issue.
 * @csspart issue-path - Where in the model an issue is.
 *
 * @cssprop --bsc-font-family - Font of the whole kit.
 * @cssprop --bsc-color-text - Text colour.
 * @cssprop --bsc-color-surface - Background of cards.
 * @cssprop --bsc-color-border - Borders.
 * @cssprop --bsc-color-error - Error text and border.
 * @cssprop --bsc-radius - Corner radius.
 * @cssprop --bsc-space - The base spacing unit.
 * @cssprop --bsc-scorecard-min-column - The narrowest column of the perspective grid (default 22rem).
 * @cssprop --bsc-scorecard-padding - Space around the scorecard's content.
 * @cssprop --bsc-color-surface-raised - The scorecard's own background, behind its cards.
 */
export class BscScorecard extends BscElement {
  static override styles = [...BscElement.styles, figureStyles, scorecardStyles];

  /** URL of the model (JSON). Loaded with fetch; a newer `src` cancels the request before it. */
  @property() src?: string;

  /** The model as an object or JSON text; wins over `src`. */
  @property({ attribute: false }) model?: unknown;

  /** The as-of period (`2026-10`, `2026-Q3` …); the model's `asOf`, else its latest data, when unset. */
  @property({ reflect: true }) period?: string;

  /** `period` (the as-of period's values) or `ytd` (fiscal year to date). */
  @property({ reflect: true }) view: View = 'period';

  /** The level of the title's heading (2 by default: a page usually has its own h1); perspectives take the next. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private _scorecard?: Scorecard;
  @state() private _issues: ModelIssue[] = [];
  @state() private _loading = false;
  @state() private _composed = false;

  readonly #provider = new ContextProvider(this, { context: scorecardContext });
  readonly #loader = new ModelLoader();
  #evaluation?: Evaluation;
  #periodIssue?: ModelIssue;
  /** What the shown model came from, so a reconnect does not fetch it again. */
  #loadedFrom?: unknown;

  /** The model shown (the last that loaded without issues). */
  get scorecard(): Scorecard | undefined {
    return this._scorecard;
  }

  /** The shown model's evaluation as of `period`, in `view`. */
  get evaluation(): Evaluation | undefined {
    return this.#evaluation;
  }

  /** The issues of the latest load (empty after a good one), and of an invalid `period`. */
  get issues(): readonly ModelIssue[] {
    return this.#periodIssue ? [...this._issues, this.#periodIssue] : this._issues;
  }

  /**
   * Loads a model — a URL, an object or JSON text — and answers with the outcome: the scorecard, or
   * every issue with its path. The element shows it either way (the last good render stays).
   */
  async load(source: string | URL | object): Promise<ParseResult> {
    if (typeof source === 'string' && !source.trimStart().startsWith('{')) return this.#loadUrl(source);
    if (source instanceof URL) return this.#loadUrl(source.href);
    this.model = source;
    return this.#loadModel(source);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#loadCurrentSource();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#loader.loading) {
      this.#loader.abort();
      this._loading = false;
      this.#loadedFrom = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('src') || changed.has('model')) && this.isConnected) this.#loadCurrentSource();
    if (changed.has('_scorecard') || changed.has('period') || changed.has('view') || changed.has('locale') || changed.has('labels')) {
      this.#evaluate();
    }
  }

  override render() {
    const labels = this.resolvedLabels;
    const scorecard = this._scorecard;
    const issues = this.issues;
    // The model's language on what shows its words, for screen readers' pronunciation and hyphenation.
    const lang = scorecard?.locale ?? this.locale;
    return html`<div part="base" lang=${lang ?? nothing} aria-busy=${this._loading ? 'true' : 'false'}>
      ${issues.length ? this.#renderIssues(issues, scorecard !== undefined) : nothing}
      ${this._loading && !scorecard ? html`<div part="loading" role="status">${labels.loading}</div>` : nothing}
      <slot @slotchange=${this.#onSlotChange}></slot>
      ${scorecard && this.#evaluation && !this._composed ? this.#renderDefaultLayout(scorecard, this.#evaluation) : nothing}
    </div>`;
  }

  #renderIssues(issues: readonly ModelIssue[], keepsLast: boolean) {
    const labels = this.resolvedLabels;
    return html`<div part="error" role="alert">
      <p part="error-title">${keepsLast ? labels.errorKeepsLast : labels.errorTitle}</p>
      <ul part="issues">
        ${issues.map(
          (issue) => html`<li part="issue">${issue.path ? html`<code part="issue-path">${issue.path}</code> ` : nothing}${issue.message}</li>`,
        )}
      </ul>
    </div>`;
  }

  #renderDefaultLayout(scorecard: Scorecard, evaluation: Evaluation) {
    const locale = this.resolvedLocale;
    const labels = this.resolvedLabels;
    const level = Math.min(Math.max(this.headingLevel, 1), 5);
    const view = evaluation.view === 'ytd' ? labels.viewYearToDate : labels.viewPeriod;
    const asOf = formatPeriodLabel(evaluation.asOf, locale, { style: 'long', labels });
    return html`<div part="header">
        <div class="heading" role="heading" aria-level=${level} part="title">${scorecard.title}</div>
        <p part="as-of">${labels.asOf.replace('{period}', asOf)} · ${view}</p>
        <div part="overall">
          <span part="score"><span class="vh">${labels.score} </span>${formatScore(evaluation.root.score, locale)}</span>
          <bsc-status part="status" status=${evaluation.root.status} ?stale=${evaluation.root.stale}></bsc-status>
        </div>
        <bsc-period-picker part="period-picker"></bsc-period-picker>
      </div>
      ${scorecard.perspectives.length
        ? html`<div part="perspectives">
            ${scorecard.perspectives.map(
              (perspective) => html`<bsc-perspective part="perspective" perspective=${perspective.id} heading-level=${level + 1}></bsc-perspective>`,
            )}
          </div>`
        : html`<p part="empty">${labels.emptyScorecard}</p>`}`;
  }

  #onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this._composed = slot.assignedElements().some((element) => !(element instanceof HTMLScriptElement));
  }

  /** Loads from whichever source is set: `model`, else `src`, else an inline JSON script. */
  #loadCurrentSource(): void {
    if (this.model !== undefined) {
      if (this.#loadedFrom !== this.model) void this.#loadModel(this.model);
    } else if (this.src) {
      if (this.#loadedFrom !== this.src || !this._scorecard) void this.#loadUrl(this.src);
    } else {
      const script = this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
      if (script && this.#loadedFrom !== script.textContent) void this.#loadModel(script.textContent ?? '', script.textContent);
    }
  }

  async #loadModel(model: unknown, from: unknown = model): Promise<ParseResult> {
    this.#loader.abort();
    this._loading = false;
    const result = parseScorecard(model);
    this.#apply(result, from);
    return result;
  }

  async #loadUrl(src: string): Promise<ParseResult> {
    if (this.src !== src) this.src = src;
    this._loading = true;
    const result = await this.#loader.load(src, this.ownerDocument.baseURI);
    if (!result) return { ok: false, issues: [{ path: '', message: 'a newer load replaced this one' }] };
    this._loading = false;
    this.#apply(result, src, src);
    return result;
  }

  #apply(result: ParseResult, from: unknown, source?: string): void {
    this.#loadedFrom = from;
    if (result.ok) {
      this._scorecard = result.scorecard;
      this._issues = [];
      emit(this, 'bsc-load', source === undefined ? { scorecard: result.scorecard } : { scorecard: result.scorecard, source });
    } else {
      this._issues = result.issues;
      emit(this, 'bsc-error', source === undefined ? { issues: result.issues } : { issues: result.issues, source });
    }
  }

  /** Evaluates the shown model as of `period` in `view`, and hands the result to the elements inside. */
  #evaluate(): void {
    const scorecard = this._scorecard;
    this.#periodIssue = undefined;
    if (!scorecard) return;
    let period = this.period;
    if (period !== undefined && period !== '' && !parsePeriod(period)) {
      this.#periodIssue = { path: 'period', message: `"${period}" is not a period: use "2026", "2026-Q3", "2026-10", "2026-W41" or "2026-10-15"` };
      emit(this, 'bsc-error', { issues: [this.#periodIssue] });
      period = undefined;
    }
    const view: View = this.view === 'ytd' ? 'ytd' : 'period';
    this.#evaluation = evaluate(scorecard, { asOf: period || undefined, view });
    const locale = this.locale || scorecard.locale || this.resolvedLocale;
    const value: ScorecardContext = {
      scorecard,
      evaluation: this.#evaluation,
      locale,
      labels: this.labels ? { ...resolveLabels(locale), ...this.labels } : resolveLabels(locale),
      currency: scorecard.currency,
      requestPeriod: (change) => this.#requestPeriod(change),
    };
    this.#provider.setValue(value);
  }

  async #requestPeriod(change: { period?: string; view?: View }): Promise<void> {
    if (change.period !== undefined) this.period = change.period;
    if (change.view !== undefined) this.view = change.view;
    await this.updateComplete;
    if (this.#evaluation) emit(this, 'bsc-period-change', { period: this.#evaluation.asOf, view: this.#evaluation.view });
  }
}

defineElement('bsc-scorecard', BscScorecard);

declare global {
  interface HTMLElementTagNameMap {
    'bsc-scorecard': BscScorecard;
  }
}
