import { ContextProvider } from '@lit/context';
import { adoptStyles, html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localeContext } from '../context/locale-context.js';
import { scorecardContext, type ScorecardContext } from '../context/scorecard-context.js';
import { previousEvaluation } from '../engine/previous.js';
import type { Cascade } from '../cascade/types.js';
import { evaluate } from '../engine/evaluate.js';
import type { Evaluation, View } from '../engine/types.js';
import { scorecardCsv } from '../export/csv.js';
import { downloadBlob, fileNamePart } from '../export/download.js';
import { mergeLabels, type Labels } from '../format/labels.js';
import { formatScore } from '../format/number.js';
import { formatAsOf } from '../format/period.js';
import type { ModelIssue } from '../model/issues.js';
import { modelLocale } from '../model/model-locale.js';
import type { ParseResult } from '../model/read-scorecard.js';
import { notAPeriod, parsePeriod } from '../model/periods.js';
import { scorecardIndex } from '../model/node-index.js';
import type { Scorecard } from '../model/schema.js';
import type { BscStrategyMap } from './bsc-strategy-map.js';
import { BscElement } from './internal/bsc-element.js';
import { figureStyles } from './bsc-kpi.styles.js';
import { scorecardStyles } from './bsc-scorecard.styles.js';
import { saveChart } from './internal/save-chart.js';
import { defineElement } from './internal/define.js';
import { emit, type BscSelectDetail } from './internal/events.js';
import type { FilterChoice } from './internal/scorecard-filter.js';
import { changesPart, detailPart, filterPart, issuesPart, SCORECARD_PARTS } from './internal/scorecard-parts.js';
import type { OnDemand } from './internal/on-demand.js';
import { ModelLoader, readCsvModel } from './internal/model-loader.js';
import { readModel } from './internal/read-model.js';
import { fieldStyles } from './internal/field.styles.js';
import { toggleStyles } from './internal/toggle.styles.js';
import { commentListStyles } from './internal/comment-list.js';
import './bsc-period-picker.js';
import './bsc-perspective.js';
import { statusBadge, statusBadgeStyles, STATUS_BADGE_PART } from './internal/status-badge.js';
import '../format/english/states.js';
import '../format/english/scorecard.js';
import '../format/english/period-picker.js';
import '../format/english/figures.js';

/**
 * @summary A whole Balanced Scorecard from one JSON model: validated, evaluated on the client as of
 * any period, and shown — or the elements you put inside it, which find their data by id.
 *
 * The model comes from `src` (a URL), the `model` property (an object or JSON text), or an inline
 * `<script type="application/json">` child, in that order of precedence. A `src` ending in `.csv`, or
 * an inline `<script type="text/csv">`, is a table of one row per KPI and period, imported on the fly
 * by bsc-kit/import (loaded only then; numbers and dates read in the `locale`'s notation).
 *
 * @fires bsc-load - The model loaded and is shown. `detail: { scorecard, source? }`
 * @fires bsc-error - The model could not be loaded or is invalid; the last good render stays. `detail: { issues: [{ path, message }], source? }`. Also when a download could not be made (`path: 'export'`).
 * @fires bsc-period-change - The user chose another as-of period or view. `detail: { period, view }`
 * @fires bsc-filter-change - The user changed the header's filter. `detail: { status, owner, text, shown, total }`: what it asks for, and how many of how many KPIs it shows.
 * @fires bsc-select - A perspective, objective or KPI inside was chosen (click or Enter). `detail: { kind, id }`. In the default layout, choosing a KPI also shows its trend above the perspectives.
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
 * @csspart layout - The layout switch: perspectives or strategy map (a group of two buttons).
 * @csspart layout-option - Each button of the layout switch; the chosen one has `aria-pressed="true"`.
 * @csspart export - The download buttons (a group): the scorecard as CSV, and the chart in view (the KPI's trend, else the strategy map) as SVG and PNG.
 * @csspart export-option - Each download button; its `value` is `csv`, `svg` or `png`.
 * @csspart changes-summary - "Since September 2026: 3 worse, 2 better": a button that shows the list of changes (plain text when nothing changed; absent at the first period with data).
 * @csspart changes - The list of changes the summary reveals (a `bsc-changes`), whose parts are exported as `changes-list`, `changes-item`, `changes-button`.
 * @csspart filter - The header's filter (a search landmark): status, owner and title search, and how many KPIs are shown.
 * @csspart filter-status - The group of status toggles.
 * @csspart filter-status-option - Each status toggle (`value`: `off-track`, `at-risk`, `no-data`, `stale`); a chosen one has `aria-pressed="true"`.
 * @csspart filter-owner - The list of owners.
 * @csspart filter-text - The search over titles.
 * @csspart filter-count - "7 of 42 KPIs", while the filter asks for something.
 * @csspart filter-clear - The button that clears the filter.
 * @csspart no-match - Shown instead of the perspectives when no KPI matches the filter.
 * @csspart perspectives - The grid of perspectives.
 * @csspart perspective - Each perspective.
 * @csspart strategy-map - The strategy map (`bsc-strategy-map`), in the `strategy-map` layout.
 * @csspart detail - The chosen KPI's panel: its title, a close button, its trend and its comments for the shown period.
 * @csspart detail-title - The chosen KPI's title.
 * @csspart detail-close - The button that closes the KPI's panel.
 * @csspart trend-chart - The chosen KPI's trend (`bsc-trend-chart`).
 * @csspart detail-comments - Under the trend: the chosen KPI's comments for the shown period, with their heading (nothing without any).
 * @csspart comment - One comment of the chosen KPI (the list is `comments`).
 * @csspart comments - The list of the chosen KPI's comments.
 * @csspart comment-kind - A comment's kind: analysis, recommendation, or comment.
 * @csspart comment-text - A comment's text, with its line breaks.
 * @csspart comment-meta - A comment's author and date.
 * @csspart comment-author - Who wrote a comment.
 * @csspart comment-date - When a comment was written (a `time`).
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
 * @cssprop --bsc-color-border - Borders, and the rule beside each comment of the KPI's panel.
 * @cssprop --bsc-color-error - Error text and border.
 * @cssprop --bsc-radius - Corner radius.
 * @cssprop --bsc-space - The base spacing unit.
 * @cssprop --bsc-scorecard-min-column - The narrowest column of the perspective grid (default 22rem).
 * @cssprop --bsc-scorecard-padding - Space around the scorecard's content.
 * @cssprop --bsc-color-surface-raised - The scorecard's own background, behind its cards.
 */
export class BscScorecard extends BscElement {
  static override styles = [...BscElement.styles, statusBadgeStyles, figureStyles, toggleStyles, fieldStyles, commentListStyles, scorecardStyles];

  /** URL of the model (JSON), or of a CSV table of one row per KPI and period (imported on the fly). Loaded with fetch; a newer `src` cancels the request before it. */
  @property() src?: string;

  /** The model as an object or JSON text; wins over `src`. */
  @property({ attribute: false }) model?: unknown;

  /** The as-of period (`2026-10`, `2026-Q3` …); the model's `asOf`, else its latest data, when unset. */
  @property({ reflect: true }) period?: string;

  /** `period` (the as-of period's values) or `ytd` (fiscal year to date). */
  @property({ reflect: true }) view: View = 'period';

  /** The level of the title's heading (2 by default: a page usually has its own h1); perspectives take the next. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The default layout: `perspectives` side by side (the default), or the `strategy-map` of cause and effect. The header's switch sets it. */
  @property({ reflect: true }) layout: 'perspectives' | 'strategy-map' = 'perspectives';

  /**
   * The cascade this scorecard belongs to (`bsc-cascade`'s `shownCascade`, or `loadCascade`'s
   * result), with `cascade-node`: rolled-up KPIs then show each child's contribution, and
   * objectives the child objectives that serve them. The model itself still comes from `model`
   * (`bsc-cascade`'s `modelOf(key)` gives it with its rolled-up KPIs filled in).
   */
  @property({ attribute: false }) cascade?: Cascade;

  /** This scorecard's key in `cascade` (`company/sales`); the cascade's root when unset. */
  @property({ attribute: 'cascade-node' }) cascadeNode?: string;

  /**
   * Badges hint at the previous period's status where it differs ("Off track · was at risk"): the
   * objectives' and KPIs' badges, the perspectives' and the overall status.
   */
  @property({ type: Boolean, reflect: true, attribute: 'show-previous' }) showPrevious = false;

  /** Shows only KPIs of these statuses, space-separated: `off-track`, `at-risk`, `no-data`, `stale`. The header's filter sets it. */
  @property({ attribute: 'filter-status', reflect: true }) filterStatus?: string;

  /** Shows only the KPIs this owner owns, or whose objective they own. The header's filter sets it. */
  @property({ attribute: 'filter-owner', reflect: true }) filterOwner?: string;

  /** Shows only KPIs whose title, or their objective's or perspective's, holds this text (case aside). The header's filter sets it. */
  @property({ attribute: 'filter-text', reflect: true }) filterText?: string;

  /** The KPI whose trend the default layout shows above the perspectives: set by choosing a KPI, cleared by the panel's close button. */
  @property({ attribute: 'selected-kpi', reflect: true }) selectedKpi?: string;

  @state() private _scorecard?: Scorecard;
  @state() private _issues: ModelIssue[] = [];
  @state() private _loading = false;
  @state() private _composed = false;
  @state() private _changesOpen = false;

  readonly #provider = new ContextProvider(this, { context: scorecardContext });
  /** The locale and labels of the elements inside: the scorecard's `locale`, else its model's, and its `labels`. */
  readonly #localeProvider = new ContextProvider(this, { context: localeContext });
  readonly #loader = new ModelLoader();
  #evaluation?: Evaluation;
  #periodIssue?: ModelIssue;
  /** What the shown model came from, so a reconnect does not fetch it again. */
  #loadedFrom?: unknown;
  /** A model with issues whose words are loading (internal/read-model.ts), and the outcome once shown. */
  #reading?: { from: unknown; done: Promise<ParseResult> };
  /** Where focus was when a KPI's panel opened, to return it there when the panel closes. */
  #returnFocus?: HTMLElement;
  #focusDetail = false;
  /** The charts and parts whose modules have been asked for. */
  readonly #requested = new Set<string>();
  /** How many of `elementStyles` the shadow root has adopted. */
  #adoptedStyles = 0;
  /** The loads under way, which `updateComplete` waits for. */
  readonly #loading = new Set<Promise<unknown>>();

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
   * The evaluated scorecard as CSV, as "Download CSV" saves it: one row per KPI (period, perspective,
   * objective, KPI, actual, target, score, status) for the shown period and view, headed and
   * written for the scorecard's locale (`;` between columns where decimals take a comma), safe
   * against formula injection. An empty string before a model is shown.
   */
  toCSV(): string {
    const evaluation = this.#evaluation;
    const context = this.#provider.value;
    if (!evaluation || !context) return '';
    return scorecardCsv(evaluation, { locale: context.locale, labels: context.labels });
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

  /**
   * Before an update, what it needs and the page may not have yet: the labels of the model's
   * language (read before the model is parsed), in a cascade the cascade's evaluation, and the
   * parts of the header this update cannot show without (see #partsFirst).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // A new model is read before the update that shows it: an invalid one's words may have to load.
    if (this.isConnected && this.model !== undefined && this.#loadedFrom !== this.model) void this.#loadModel(this.model);
    const waits = this.#partsFirst();
    if (this.#reading) waits.push(this.#reading.done);
    if (this.cascade && !cascadeEvaluation) waits.push(loadCascadeEvaluation());
    return waits.length ? Promise.all(waits).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * The header's parts load after the first render (#loadParts); an update waits for one only when
   * it cannot do without it: the filter when a `filter-*` attribute asks for one (the perspectives
   * are filtered from the first frame), the chosen KPI's panel when `selected-kpi` is set, the list
   * of issues when there are some to show, and the header's parts when the shadow root came from
   * the server (the first render must give the server's nodes back). A failed load is reported as `bsc-error`
   * and the update goes on without the part.
   */
  #partsFirst(): Promise<unknown>[] {
    const fromServer = !this.hasUpdated && (this.shadowRoot?.childElementCount ?? 0) > 0;
    const needed: [string, OnDemand<unknown>, unknown][] = [
      ['filter', filterPart, fromServer || this.filterStatus || this.filterOwner || this.filterText],
      ['changes-summary', changesPart, fromServer],
      ['detail', detailPart, this.selectedKpi],
      ['issues', issuesPart, this._issues.length || this.#reading || (this.period && !parsePeriod(this.period))],
    ];
    return needed
      .filter(([, part, wanted]) => wanted && !part.module)
      .map(([name, part]) => part.load().catch((error: unknown) => this.#reportLoadFailure(name, error)));
  }

  /**
   * `updateComplete` also waits for what the scorecard is loading on demand (a part of its header,
   * a chart it shows) and for the update that shows it: once it resolves, what the state asks for
   * is on screen.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#loading.size > 0) {
      await Promise.all(this.#loading);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The scorecard speaks its model's language unless its own `locale` names another: its header as the elements inside it. */
  protected override get resolvedLocale(): string {
    return this.locale || this._scorecard?.locale || super.resolvedLocale;
  }

  protected override get resolvedLabels(): Labels {
    return !this.locale && this._scorecard?.locale ? mergeLabels(this._scorecard.locale, undefined, this.labels) : super.resolvedLabels;
  }

  protected override get labelsLocale(): string {
    const unparsed = this.model !== undefined && this.#loadedFrom !== this.model ? modelLocale(this.model) : undefined;
    return this.locale || unparsed || this._scorecard?.locale || this.resolvedLocale;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.#adoptedStyles = BscScorecard.elementStyles.length;
    return root;
  }

  /**
   * The styles of the parts loaded so far join the element's: Lit gives `elementStyles` to every
   * shadow root it makes (and a server renders them), and a shadow root made before a part came
   * takes them again here.
   */
  #adoptPartStyles(): void {
    const styles = BscScorecard.elementStyles;
    for (const part of SCORECARD_PARTS) if (part.module && !styles.includes(part.module.styles)) styles.push(part.module.styles);
    if (!isServer && this.#adoptedStyles !== styles.length && this.renderRoot instanceof ShadowRoot) {
      adoptStyles(this.renderRoot, styles);
      this.#adoptedStyles = styles.length;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#adoptPartStyles();
    if ((changed.has('src') || changed.has('model')) && this.isConnected) this.#loadCurrentSource();
    if (
      changed.has('_scorecard') ||
      changed.has('period') ||
      changed.has('view') ||
      changed.has('locale') ||
      changed.has('labels') ||
      changed.has('cascade') ||
      changed.has('cascadeNode')
    ) {
      this.#evaluate();
    } else if (changed.has('filterStatus') || changed.has('filterOwner') || changed.has('filterText') || changed.has('showPrevious')) {
      this.#provideComparisonAndFilter();
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
    const title = keepsLast ? labels.errorKeepsLast : labels.errorTitle;
    // Without the list (its load failed, and said so in a bsc-error), the title alone.
    return issuesPart.module ? issuesPart.module.issueList(issues, title) : html`<p part="error" role="alert">${title}</p>`;
  }

  #renderDefaultLayout(scorecard: Scorecard, evaluation: Evaluation) {
    const locale = this.resolvedLocale;
    const labels = this.resolvedLabels;
    const level = Math.min(Math.max(this.headingLevel, 1), 5);
    const view = evaluation.view === 'ytd' ? labels.viewYearToDate : labels.viewPeriod;
    const asOf = formatAsOf(evaluation.asOf, locale, labels, 'long');
    const layout = this.layout === 'strategy-map' ? 'strategy-map' : 'perspectives';
    return html`<div part="header">
        <div class="heading" role="heading" aria-level=${level} part="title">${scorecard.title}</div>
        <p part="as-of">${asOf} · ${view}</p>
        <div part="overall">
          <span part="score"><span class="vh">${labels.score} </span>${formatScore(evaluation.root.score, locale)}</span>
          ${statusBadge(evaluation.root.status, evaluation.root.stale, labels, STATUS_BADGE_PART, false, this.#previousStatus(evaluation.root.id))}
        </div>
        <div class="controls">
          <bsc-period-picker part="period-picker"></bsc-period-picker>
          <div part="layout" class="toggle" role="group" aria-label=${labels.layout}>
            ${LAYOUTS.map(
              (option) =>
                html`<button part="layout-option" type="button" value=${option} aria-pressed=${layout === option ? 'true' : 'false'} @click=${() => this.#chooseLayout(option)}>
                  ${option === 'strategy-map' ? labels.strategyMap : labels.perspectives}
                </button>`,
            )}
          </div>
          ${this.#renderExport(labels, this.#chartInView(evaluation, layout))}
        </div>
        ${this.#renderChangesAndFilter(scorecard, evaluation)}
      </div>
      ${this._changesOpen && this.#provider.value?.previous && changesPart.module ? html`<div @bsc-select=${this.#onChangeChosen}>${changesPart.module.changesPanel(labels)}</div>` : nothing}
      ${
        this.selectedKpi && detailPart.module
          ? detailPart.module.detailPanel({ id: this.selectedKpi, evaluation, level: level + 1, labels, locale, onClose: this.#closeDetail })
          : nothing
      }
      <div class="body" @bsc-select=${this.#onSelect}>
        ${this.#renderNoMatch(labels)}
        ${
          scorecard.perspectives.length === 0
            ? html`<p part="empty">${labels.emptyScorecard}</p>`
            : layout === 'strategy-map'
              ? html`<div class="vh" role="heading" aria-level=${level + 1}>${labels.strategyMap}</div>
                <bsc-strategy-map part="strategy-map"></bsc-strategy-map>`
              : html`<div part="perspectives">
                ${this.#shownPerspectives(scorecard).map(
                  (perspective) => html`<bsc-perspective part="perspective" perspective=${perspective.id} heading-level=${level + 1}></bsc-perspective>`,
                )}
              </div>`
        }
      </div>`;
  }

  /** The summary of what changed since the previous period, and the filter: what a meeting asks first. */
  #renderChangesAndFilter(scorecard: Scorecard, evaluation: Evaluation) {
    const context = this.#provider.value;
    const labels = this.resolvedLabels;
    const locale = this.resolvedLocale;
    const changes = changesPart.module;
    const filter = filterPart.module;
    // Until a part has loaded, an empty box of its size keeps its room: nothing moves when it comes.
    return html`${
      changes
        ? changes.changesSummary(evaluation, context?.previous, this._changesOpen, labels, locale, this.#toggleChanges)
        : context?.previous
          ? html`<span class="changes-summary pending"></span>`
          : nothing
    }
    ${
      filter
        ? filter.filterControls({
            scorecard,
            choice: this.#filterChoice(),
            result: context?.filter ?? null,
            labels,
            locale,
            onChange: (choice) => this.#changeFilter(choice),
          })
        : html`<div class="filter pending"></div>`
    }`;
  }

  /** Instead of the perspectives when the filter leaves no KPI (it is there: a filter is applied). */
  #renderNoMatch(labels: Labels) {
    const filter = filterPart.module;
    return filter && this.#provider.value?.filter?.shown === 0 ? filter.noMatch(labels, () => this.#changeFilter(filter.NO_FILTER)) : nothing;
  }

  #toggleChanges = (): void => {
    this._changesOpen = !this._changesOpen;
  };

  #filterChoice(): FilterChoice {
    return { status: filterPart.module?.parseFilterStatuses(this.filterStatus) ?? [], owner: this.filterOwner ?? '', text: this.filterText ?? '' };
  }

  /** The user's filter: reflected in the attributes, then announced with what it shows. */
  async #changeFilter(choice: FilterChoice): Promise<void> {
    this.filterStatus = choice.status.length ? choice.status.join(' ') : undefined;
    this.filterOwner = choice.owner || undefined;
    this.filterText = choice.text || undefined;
    await this.updateComplete;
    const filter = this.#provider.value?.filter;
    const total = this.#evaluation ? scorecardIndex(this.#evaluation.scorecard).kpis.size : 0;
    emit(this, 'bsc-filter-change', { ...this.#filterChoice(), shown: filter?.shown ?? total, total: filter?.total ?? total });
  }

  #shownPerspectives(scorecard: Scorecard) {
    const filter = this.#provider.value?.filter;
    return filter ? scorecard.perspectives.filter((perspective) => filter.perspectives.has(perspective.id)) : scorecard.perspectives;
  }

  #previousStatus(id: string) {
    const context = this.#provider.value;
    return context?.showPrevious ? context.previous?.node(id)?.status : undefined;
  }

  /** The download buttons: the evaluated scorecard, and the chart in view, each button named for what it saves. */
  #renderExport(labels: Labels, chart: ChartInView | null) {
    return html`<div part="export" class="toggle" role="group" aria-label=${labels.export}>
      <button part="export-option" type="button" value="csv" @click=${this.#downloadCsv}>${labels.downloadCsv}</button>
      ${
        chart === null
          ? nothing
          : IMAGE_FORMATS.map((format) => {
              const text = format === 'svg' ? labels.downloadSvg : labels.downloadPng;
              return html`<button part="export-option" type="button" value=${format} aria-label=${`${text}${labels.separator}${chart.name}`} @click=${() => saveChart(this, chart.tag, format, this.#fileName(chart.fileName, format))}>
              ${text}
            </button>`;
            })
      }
    </div>`;
  }

  /** What SVG and PNG save: the chosen KPI's trend while its panel is open, else the strategy map in its layout. */
  #chartInView(evaluation: Evaluation, layout: 'perspectives' | 'strategy-map'): ChartInView | null {
    if (this.selectedKpi) {
      const node = evaluation.node(this.selectedKpi);
      return { tag: 'bsc-trend-chart', name: node?.title ?? this.selectedKpi, fileName: this.selectedKpi };
    }
    if (layout === 'strategy-map' && evaluation.scorecard.perspectives.length > 0)
      return { tag: 'bsc-strategy-map', name: this.resolvedLabels.strategyMap, fileName: 'strategy-map' };
    return null;
  }

  /** `acme-2026-2026-10-period.csv`, `acme-2026-2026-10-booked-revenue.png`: the scorecard, the period, then what. */
  #fileName(what: string, extension: string): string {
    const evaluation = this.#evaluation!;
    return `${[evaluation.scorecard.id, evaluation.asOf, what].map(fileNamePart).join('-')}.${extension}`;
  }

  #downloadCsv = (): void => {
    if (!this.#evaluation) return;
    downloadBlob(this.renderRoot, new Blob([this.toCSV()], { type: 'text/csv;charset=utf-8' }), this.#fileName(this.#evaluation.view, 'csv'));
  };

  /**
   * Loads a chart's module the first time the layout shows it (the element upgrades when it
   * arrives): a scorecard that never opens the map or a trend does not download them. A failed
   * load is reported as `bsc-error`; the rest of the scorecard stays.
   */
  #loadOnDemand(part: string, load: () => Promise<unknown>): void {
    if (this.#requested.has(part)) return;
    this.#requested.add(part);
    const loading: Promise<unknown> = load()
      .catch((error: unknown) => {
        this.#requested.delete(part);
        this.#reportLoadFailure(part, error);
      })
      .finally(() => this.#loading.delete(loading));
    this.#loading.add(loading);
  }

  #reportLoadFailure(part: string, error: unknown): void {
    emit(this, 'bsc-error', { issues: [{ path: part, message: `could not be loaded (${error instanceof Error ? error.message : String(error)})` }] });
  }

  /**
   * The header's parts, loaded once the header has shown and the browser is idle: what a page
   * downloads before it shows a scorecard is the scorecard's own code, and the parts come into the
   * room the header kept for them.
   */
  #loadParts(): void {
    if (this.renderRoot.querySelector('[part="header"]') === null) return;
    const parts: [string, OnDemand<unknown>][] = [
      ['filter', filterPart],
      ['changes-summary', changesPart],
    ];
    for (const [name, part] of parts) {
      if (!part.module)
        this.#loadOnDemand(name, () =>
          afterPaint()
            .then(() => part.load())
            .then(() => this.requestUpdate()),
        );
    }
  }

  #chooseLayout(layout: 'perspectives' | 'strategy-map'): void {
    this.layout = layout;
  }

  /** A KPI chosen in the default layout opens its panel; the event goes on to the page. */
  #onSelect = (event: CustomEvent<BscSelectDetail>): void => {
    if (event.detail.kind !== 'kpi') return;
    this.#returnFocus = deepActiveElement(this.ownerDocument);
    this.#focusDetail = true;
    this.selectedKpi = event.detail.id;
  };

  /** A line of the changes list: a KPI opens its panel; a perspective or objective is brought into view with focus on its title, or on its node in the strategy map. */
  #onChangeChosen = (event: CustomEvent<BscSelectDetail>): void => {
    const { kind, id } = event.detail;
    if (kind === 'objective' && this.layout === 'strategy-map') void this.renderRoot.querySelector<BscStrategyMap>('bsc-strategy-map')?.focusObjective(id);
    else if (kind === 'perspective' || kind === 'objective') changesPart.module?.revealNode(this.renderRoot, kind, id);
    else this.#onSelect(event);
  };

  #closeDetail = (): void => {
    this.selectedKpi = undefined;
    const back = this.#returnFocus;
    this.#returnFocus = undefined;
    if (back?.isConnected) void this.updateComplete.then(() => back.focus());
  };

  protected override updated(): void {
    this.#loadParts();
    const shown = this.renderRoot.querySelector('[part="header"]') !== null;
    if (shown && this.layout === 'strategy-map') this.#loadOnDemand('strategy-map', loadStrategyMap);
    if (shown && this.selectedKpi) this.#loadOnDemand('trend-chart', loadTrendChart);
    if (shown && this._changesOpen) this.#loadOnDemand('changes', loadChanges);
    if (!this.#focusDetail) return;
    this.#focusDetail = false;
    this.renderRoot.querySelector<HTMLElement>('[part="detail"]')?.focus();
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
      // Connecting and the first update both ask for the src written in the markup: one request serves both.
      const current = this.#loadedFrom === this.src && this._scorecard !== undefined;
      if (!current && this.#loader.pending !== this.src) void this.#loadUrl(this.src);
    } else {
      const script = this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"], :scope > script[type="text/csv"]');
      if (!script || this.#loadedFrom === script.textContent) return;
      if (script.type === 'text/csv') void this.#loadCsv(script.textContent ?? '');
      else void this.#loadModel(script.textContent ?? '', script.textContent);
    }
  }

  /** An inline CSV table, imported once the importer has loaded (unless another source replaced it meanwhile). */
  async #loadCsv(text: string): Promise<ParseResult> {
    this.#loader.abort();
    this.#reading = undefined;
    this.#loadedFrom = text;
    this._loading = true;
    const result = await readCsvModel(text, this.locale || undefined, true);
    if (this.#loadedFrom !== text) return result;
    this._loading = false;
    this.#apply(result, text);
    return result;
  }

  #loadModel(model: unknown, from: unknown = model): Promise<ParseResult> {
    const pending = this.#reading;
    if (pending && pending.from === from) return pending.done;
    this.#loader.abort();
    this._loading = false;
    const read = readModel(model);
    if (!(read instanceof Promise)) {
      this.#reading = undefined;
      this.#apply(read, from);
      return Promise.resolve(read);
    }
    const reading = {
      from,
      done: read.then((result) => {
        // Unless another source replaced it meanwhile.
        if (this.#reading === reading) {
          this.#reading = undefined;
          this.#apply(result, from);
        }
        return result;
      }),
    };
    this.#reading = reading;
    return reading.done;
  }

  async #loadUrl(src: string): Promise<ParseResult> {
    if (this.src !== src) this.src = src;
    this.#reading = undefined;
    this._loading = true;
    const result = await this.#loader.load(src, this.ownerDocument.baseURI, this.locale || undefined);
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
      this.#periodIssue = { path: 'period', message: notAPeriod(period) };
      emit(this, 'bsc-error', { issues: [this.#periodIssue] });
      period = undefined;
    }
    const view: View = this.view === 'ytd' ? 'ytd' : 'period';
    this.#evaluation = evaluate(scorecard, { asOf: period || undefined, view });
    const locale = this.locale || scorecard.locale || this.resolvedLocale;
    const labels = mergeLabels(locale, undefined, this.labels);
    const value: ScorecardContext = {
      scorecard,
      evaluation: this.#evaluation,
      ...this.#comparisonAndFilter(this.#evaluation),
      locale,
      labels,
      currency: scorecard.currency,
      requestPeriod: (change) => this.#requestPeriod(change),
    };
    if (this.cascade && cascadeEvaluation) {
      const cascade = cascadeEvaluation(this.cascade, { asOf: this.#evaluation.asOf, view });
      value.cascade = { evaluation: cascade, key: this.cascadeNode || cascade.root.node.key };
    }
    this.#localeProvider.setValue({ locale, labels });
    this.#provider.setValue(value);
  }

  /** What the filter and `show-previous` add to an evaluation's context. */
  #comparisonAndFilter(evaluation: Evaluation): Pick<ScorecardContext, 'previous' | 'showPrevious' | 'filter'> {
    return {
      previous: previousEvaluation(evaluation) ?? undefined,
      showPrevious: this.showPrevious,
      filter: filterPart.module?.filterScorecard(evaluation, this.#filterChoice()) ?? undefined,
    };
  }

  /** The filter or `show-previous` changed: the same evaluation, provided anew. */
  #provideComparisonAndFilter(): void {
    const value = this.#provider.value;
    if (value && this.#evaluation) this.#provider.setValue({ ...value, ...this.#comparisonAndFilter(this.#evaluation) });
  }

  async #requestPeriod(change: { period?: string; view?: View }): Promise<void> {
    if (change.period !== undefined) this.period = change.period;
    if (change.view !== undefined) this.view = change.view;
    await this.updateComplete;
    if (this.#evaluation) emit(this, 'bsc-period-change', { period: this.#evaluation.asOf, view: this.#evaluation.view });
  }
}

/**
 * `evaluateCascade`, and `bsc-contributions` that the objectives show in a cascade, loaded the
 * first time a scorecard is shown in a cascade: a scorecard alone does without.
 */
let cascadeEvaluation: typeof import('../cascade/evaluate-cascade.js').evaluateCascade | undefined;
const loadCascadeEvaluation = () =>
  Promise.all([import('../cascade/evaluate-cascade.js'), import('./bsc-contributions.js')]).then(([module]) => {
    cascadeEvaluation = module.evaluateCascade;
  });

const LAYOUTS = ['perspectives', 'strategy-map'] as const;
const IMAGE_FORMATS = ['svg', 'png'] as const;

/** The chart the SVG and PNG buttons save: its element, its name (for the buttons' names), and its part of the file name. */
interface ChartInView {
  tag: 'bsc-trend-chart' | 'bsc-strategy-map';
  name: string;
  fileName: string;
}

const loadStrategyMap = () => import('./bsc-strategy-map.js');
const loadTrendChart = () => import('./bsc-trend-chart.js');
const loadChanges = () => import('./bsc-changes.js');

/**
 * Once the browser has shown what it has: after the next frame, at its next idle moment (a page in
 * the background, which gets no frames, after a tenth of a second).
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    let waiting = true;
    const idle = () => {
      if (waiting && typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 });
      else if (waiting) setTimeout(resolve);
      waiting = false;
    };
    requestAnimationFrame(idle);
    setTimeout(idle, 100);
  });
}

/** The focused element, inside shadow roots too. */
function deepActiveElement(document: Document): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

defineElement('bsc-scorecard', BscScorecard);

declare global {
  interface HTMLElementTagNameMap {
    'bsc-scorecard': BscScorecard;
  }
}
