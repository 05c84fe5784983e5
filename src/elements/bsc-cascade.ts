import { html, nothing, svg, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { property, state } from 'lit/decorators.js';
import { evaluateCascade, alignmentsOf, offTrackKeys, type CascadeEvaluation, type CascadeNodeEvaluation } from '../cascade/evaluate-cascade.js';
import { loadCascade } from '../cascade/load-cascade.js';
import { rolledUpScorecard } from '../cascade/rollup-cascade.js';
import type { Cascade, CascadeIssue, CascadeNode } from '../cascade/types.js';
import type { View } from '../engine/types.js';
import { fillTemplate } from '../format/labels.js';
import { formatScore } from '../format/number.js';
import type { ModelIssue } from '../model/issues.js';
import { notAPeriod, parsePeriod } from '../model/periods.js';
import type { Scorecard } from '../model/schema.js';
import { BscElement } from './internal/bsc-element.js';
import { cascadeStyles } from './bsc-cascade.styles.js';
import { defineElement } from './internal/define.js';
import { emit, type BscLoadDetail, type BscSelectDetail } from './internal/events.js';
import { issueList, issueListStyles } from './internal/issue-list.js';
import { statusBadge, statusBadgeStyles, STATUS_PARTS } from './internal/status-badge.js';
import '../format/english/states.js';
import '../format/english/cascade.js';
import '../format/english/figures.js';

/** What `bsc-select` carries for a scorecard of the cascade: its file's address and its place in the tree, too. */
export interface BscCascadeSelectDetail extends BscSelectDetail {
  kind: 'scorecard';
  /** The resolved address of the scorecard's file. */
  src: string;
  /** The node's key in the tree (`acme/sales/enterprise`): a file listed twice has two. */
  key: string;
}

/** What `bsc-load` carries for a cascade: the root scorecard, and the whole tree. */
export interface BscCascadeLoadDetail extends BscLoadDetail {
  cascade: Cascade;
}

/**
 * @summary The cascade of scorecards — company → departments → teams — as a tree: each scorecard's
 * overall score and status, the objectives that serve the objectives above them, and the children
 * that could not be loaded, with the reason. A filter keeps only what is off track and the chain above it.
 *
 * Loads the root's `src` and every child file it lists (see `loadCascade`), or shows the `cascade`
 * property; every scorecard is evaluated as of `period` in `view`, rolled-up KPIs from the bottom up.
 * The tree follows the ARIA tree pattern: arrow keys move and expand, Home and End jump, Enter or
 * Space selects.
 *
 * @fires bsc-load - The root scorecard loaded (some children may have failed: see `bsc-error`). `detail: { scorecard, source?, cascade }`
 * @fires bsc-error - The root could not be loaded, or some files of the cascade have issues; each issue names its `file`. `detail: { issues: [{ file, path, message }], source? }`
 * @fires bsc-select - A scorecard was chosen (click, Enter or Space). `detail: { kind: 'scorecard', id, src, key }`
 *
 * @csspart base - The wrapper of everything shown.
 * @csspart toolbar - The bar above the tree.
 * @csspart filter - The "only off track" toggle (a label around a checkbox).
 * @csspart tree - The tree.
 * @csspart node - A scorecard's tree item; also `node missing` for one that could not be loaded.
 * @csspart row - The line of a tree item: toggle, title, owner, score, status (the item's alignments and missing reason follow it).
 * @csspart toggle - The expand/collapse chevron.
 * @csspart title - The scorecard's title.
 * @csspart owner - The scorecard's owner.
 * @csspart score - The overall score.
 * @csspart status - The overall status badge; `status-icon`, `status-label` and `status-stale` inside it.
 * @csspart status-icon - The status shape.
 * @csspart status-label - The status word.
 * @csspart status-stale - The clock mark of stale data.
 * @csspart missing - The "not loaded" mark of a child that could not be loaded.
 * @csspart missing-reason - Why it could not be loaded.
 * @csspart alignments - The list of a scorecard's objectives that serve its parent's.
 * @csspart alignment - One such objective.
 * @csspart alignment-line - The line drawn from the objective up to the parent objective it serves.
 * @csspart objective - The child objective's title.
 * @csspart serves - The parent objective it serves.
 * @csspart empty - Shown when the filter leaves nothing.
 * @csspart loading - The loading state.
 * @csspart error - The error state (nothing loaded), or the notice of files that failed.
 * @csspart error-title - The error's heading.
 * @csspart issues - The list of issues.
 * @csspart issue - One issue.
 * @csspart issue-path - The file and the path in it.
 *
 * @cssprop --bsc-color-text - Text colour.
 * @cssprop --bsc-color-text-muted - Owners, alignment text, missing children.
 * @cssprop --bsc-color-border - The tree's guide lines and alignment lines.
 * @cssprop --bsc-color-accent - The selected scorecard's mark.
 * @cssprop --bsc-color-surface-raised - The selected scorecard's background.
 * @cssprop --bsc-color-error - Error text and border.
 * @cssprop --bsc-color-error-surface - Error background.
 * @cssprop --bsc-focus-ring-width - Width of the focus ring.
 * @cssprop --bsc-cascade-indent - How far each level is indented (default 1.5rem).
 * @cssprop --bsc-status-off-track - Colour of "off track" (and the other status colours).
 */
export class BscCascade extends BscElement {
  static override styles = [...BscElement.styles, statusBadgeStyles, issueListStyles, cascadeStyles];

  /** URL of the root scorecard (JSON); its children's `src` resolve against it. A newer `src` cancels the loading before it. */
  @property() src?: string;

  /** An already loaded cascade (see `loadCascade`); wins over `src`. */
  @property({ attribute: false }) cascade?: Cascade;

  /** The as-of period for every scorecard; the root's `asOf`, else its latest data, when unset. */
  @property({ reflect: true }) period?: string;

  /** `period` (the as-of period's values) or `ytd` (fiscal year to date). */
  @property({ reflect: true }) view: View = 'period';

  /** Shows only off-track scorecards and the chain above them. */
  @property({ type: Boolean, reflect: true, attribute: 'off-track-only' }) offTrackOnly = false;

  /** The key of the selected scorecard (`acme/sales`); set by a click, Enter or Space. */
  @property({ reflect: true }) selected?: string;

  @state() private _cascade?: Cascade;
  @state() private _loading = false;
  @state() private _issues: readonly ModelIssue[] = [];
  /** Whether the latest root failed (the tree shown, if any, is an earlier one). */
  @state() private _rootFailed = false;
  @state() private _expanded = new Set<string>();
  @state() private _active?: string;

  #controller?: AbortController;
  /** The src of the load under way (with `#controller`). */
  #loadingSrc?: string;
  #evaluation?: CascadeEvaluation;
  #loadedFrom?: unknown;

  /** The cascade shown: the last whose root loaded. */
  get shownCascade(): Cascade | undefined {
    return this._cascade;
  }

  /** Every scorecard of the shown cascade, evaluated as of `period` in `view`. */
  get evaluation(): CascadeEvaluation | undefined {
    return this.#evaluation;
  }

  /**
   * The scorecard of a node (by key, or the first node loaded from a `src`) with its rolled-up KPIs
   * filled in: what a `<bsc-scorecard>` beside the tree shows as its `model`.
   */
  modelOf(keyOrSrc: string): Scorecard | undefined {
    const node = this._cascade?.nodes.find((n) => n.key === keyOrSrc) ?? this._cascade?.nodes.find((n) => n.src === keyOrSrc && n.scorecard);
    return (node && rolledUpScorecard(node)) ?? undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#loadCurrentSource();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#controller) {
      this.#controller.abort();
      this.#controller = undefined;
      this._loading = false;
      this.#loadedFrom = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('src') || changed.has('cascade')) && this.isConnected) this.#loadCurrentSource();
    const reevaluate = changed.has('_cascade') || changed.has('period') || changed.has('view');
    if (reevaluate) this.#evaluate();
    if ((reevaluate || changed.has('offTrackOnly')) && this.offTrackOnly && this.#evaluation) {
      // Open the chain down to every off-track scorecard, so the filter shows them at once.
      this._expanded = new Set([...this._expanded, ...offTrackKeys(this.#evaluation)]);
    }
  }

  override render() {
    const labels = this.resolvedLabels;
    const evaluation = this.#evaluation;
    return html`<div part="base" aria-busy=${this._loading ? 'true' : 'false'}>
      ${this._issues.length ? this.#renderIssues(this._issues, this.#issuesTitle(evaluation !== undefined), !evaluation || this._rootFailed) : nothing}
      ${this._loading && !evaluation ? html`<div part="loading" role="status">${labels.loading}</div>` : nothing}
      ${evaluation ? this.#renderTree(evaluation) : nothing}
    </div>`;
  }

  #issuesTitle(shown: boolean): string {
    const labels = this.resolvedLabels;
    if (!shown) return labels.cascadeError;
    return this._rootFailed ? labels.errorKeepsLast : labels.cascadePartial;
  }

  #renderIssues(issues: readonly ModelIssue[], title: string, alert: boolean) {
    return issueList(issues, title, { alert, where: (issue) => [(issue as Partial<CascadeIssue>).file, issue.path].filter(Boolean).join(': ') });
  }

  #renderTree(evaluation: CascadeEvaluation) {
    const labels = this.resolvedLabels;
    const shown = this.offTrackOnly ? offTrackKeys(evaluation) : null;
    const visible = this.#visibleNodes(evaluation, shown);
    const active = visible.some((node) => node.node.key === this._active)
      ? this._active
      : (visible.find((n) => n.node.key === this.selected) ?? visible[0])?.node.key;
    const context: TreeContext = { evaluation, shown, active };
    return html`<div part="toolbar">
        <label part="filter"><input type="checkbox" .checked=${this.offTrackOnly} @change=${this.#onFilter} />${labels.onlyOffTrack}</label>
      </div>
      ${
        visible.length
          ? html`<ul part="tree" role="tree" aria-label=${labels.cascade} @keydown=${this.#onKeydown} @focusin=${this.#onFocusIn}>
            ${repeat(
              visible,
              (item) => item.node.key,
              (item) => this.#renderNode(item, context),
            )}
          </ul>`
          : html`<p part="empty">${labels.nothingOffTrack}</p>`
      }`;
  }

  /**
   * One tree item. The tree is flat, each item marked with its level, size and position of its set
   * (the ARIA tree allows it): an item's name is then its own line, not its whole branch.
   */
  #renderNode(item: CascadeNodeEvaluation, context: TreeContext) {
    const { node } = item;
    const labels = this.resolvedLabels;
    const locale = this.resolvedLocale;
    const siblings = visibleChildren(node.parent ? context.evaluation.node(node.parent.key) : undefined, context.shown) ?? [item];
    const expandable = visibleChildren(item, context.shown)!.length > 0;
    const missing = node.state !== 'loaded';
    const alignments = missing ? [] : alignmentsOf(context.evaluation, node.key);
    return html`<li
      part=${missing ? 'node missing' : 'node'}
      class="node ${missing ? 'missing' : item.status}"
      role="treeitem"
      data-key=${node.key}
      aria-level=${node.depth + 1}
      aria-setsize=${siblings.length}
      aria-posinset=${siblings.indexOf(item) + 1}
      aria-expanded=${expandable ? (this._expanded.has(node.key) ? 'true' : 'false') : nothing}
      aria-selected=${this.selected === node.key ? 'true' : 'false'}
      tabindex=${context.active === node.key ? '0' : '-1'}
      @click=${(event: Event) => this.#onItemClick(event, item)}
    >
      <div part="row" class="row">
        <span part="toggle" class="toggle" aria-hidden="true">${expandable ? CHEVRON : nothing}</span>
        <span class="who">
          <span part="title" class="title">${node.title}</span>
          ${node.owner ? html`<span part="owner" class="owner">${node.owner}</span>` : nothing}
        </span>
        ${
          missing
            ? html`<span part="missing" class="missing-mark">${labels.notLoaded}</span>`
            : html`<span part="score" class="score"><span class="vh">${labels.score} </span>${formatScore(item.score, locale)}</span>
              ${statusBadge(item.status, item.stale, labels, STATUS_PARTS)}`
        }
      </div>
      ${missing ? html`<p part="missing-reason" class="reason">${node.issues.map((issue) => issue.message).join(' ')}</p>` : nothing}
      ${
        alignments.length
          ? html`<ul part="alignments" class="alignments">
            ${alignments.map(
              (alignment) => html`<li part="alignment" class="alignment">
                <svg part="alignment-line" class="line" viewBox="0 0 16 16" aria-hidden="true">${ALIGNMENT_LINE}</svg>
                ${statusBadge(alignment.objective.status, alignment.objective.stale, labels, OBJECTIVE_STATUS_PARTS, true)}
                <span part="objective" class="objective">${alignment.objective.title}</span>
                <span part="serves" class="serves">${fillTemplate(labels.serves, { objective: alignment.serves.title })}</span>
              </li>`,
            )}
          </ul>`
          : nothing
      }
    </li>`;
  }

  /** The tree items a user can reach, top to bottom: the expanded branches, filtered. */
  #visibleNodes(evaluation: CascadeEvaluation, shown: Set<string> | null): CascadeNodeEvaluation[] {
    const list: CascadeNodeEvaluation[] = [];
    const visit = (item: CascadeNodeEvaluation) => {
      if (shown && !shown.has(item.node.key)) return;
      list.push(item);
      if (this._expanded.has(item.node.key)) item.children.forEach(visit);
    };
    visit(evaluation.root);
    return list;
  }

  #onFilter(event: Event): void {
    this.offTrackOnly = (event.target as HTMLInputElement).checked;
  }

  #onItemClick(event: Event, item: CascadeNodeEvaluation): void {
    const onToggle = (event.composedPath()[0] as Element | undefined)?.closest?.('.toggle');
    if (onToggle && item.children.length) this.#toggle(item.node.key);
    else this.#select(item.node);
    this.#focus(item.node.key);
  }

  #onFocusIn(event: FocusEvent): void {
    const key = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]')?.dataset.key;
    if (key !== undefined) this._active = key;
  }

  #onKeydown(event: KeyboardEvent): void {
    const evaluation = this.#evaluation;
    const current = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]')?.dataset.key;
    if (!evaluation || current === undefined) return;
    const shown = this.offTrackOnly ? offTrackKeys(evaluation) : null;
    const visible = this.#visibleNodes(evaluation, shown);
    const index = visible.findIndex((item) => item.node.key === current);
    const item = visible[index];
    if (!item) return;
    const hasChildren = item.children.some((child) => !shown || shown.has(child.node.key));
    const expanded = hasChildren && this._expanded.has(current);
    const rtl = getComputedStyle(this).direction === 'rtl';
    const key = rtl && event.key === 'ArrowLeft' ? 'ArrowRight' : rtl && event.key === 'ArrowRight' ? 'ArrowLeft' : event.key;
    let target: string | undefined;
    switch (key) {
      case 'ArrowDown':
        target = visible[index + 1]?.node.key;
        break;
      case 'ArrowUp':
        target = visible[index - 1]?.node.key;
        break;
      case 'Home':
        target = visible[0]?.node.key;
        break;
      case 'End':
        target = visible.at(-1)?.node.key;
        break;
      case 'ArrowRight':
        if (hasChildren && !expanded) this.#toggle(current);
        else if (expanded) target = visible[index + 1]?.node.key;
        break;
      case 'ArrowLeft':
        if (expanded) this.#toggle(current);
        else target = item.node.parent?.key;
        break;
      case 'Enter':
      case ' ':
        this.#select(item.node);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (target !== undefined) this.#focus(target);
  }

  #toggle(key: string): void {
    const expanded = new Set(this._expanded);
    if (!expanded.delete(key)) expanded.add(key);
    this._expanded = expanded;
  }

  #select(node: CascadeNode): void {
    this.selected = node.key;
    const detail: BscCascadeSelectDetail = { kind: 'scorecard', id: node.id, src: node.src, key: node.key };
    emit(this, 'bsc-select', detail);
  }

  async #focus(key: string): Promise<void> {
    this._active = key;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(`[role="treeitem"][data-key="${CSS.escape(key)}"]`)?.focus();
  }

  #loadCurrentSource(): void {
    if (this.cascade !== undefined) {
      if (this.#loadedFrom !== this.cascade) {
        this.#controller?.abort();
        this.#controller = undefined;
        this._loading = false;
        this.#apply(this.cascade, this.cascade);
      }
    } else if (this.src) {
      // Connecting and the first update both ask for the src written in the markup: one load serves both.
      const current = this.#loadedFrom === this.src && this._cascade !== undefined;
      const underWay = this.#controller !== undefined && this.#loadingSrc === this.src;
      if (!current && !underWay) void this.#load(this.src);
    }
  }

  async #load(src: string): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.#loadingSrc = src;
    this._loading = true;
    let cascade: Cascade;
    try {
      cascade = await loadCascade(src, { fetch: (url, init) => fetch(url, init), base: this.ownerDocument.baseURI, signal: controller.signal });
    } catch {
      return; // Aborted: a newer source replaced this one.
    } finally {
      if (this.#controller === controller) {
        this.#controller = undefined;
        this._loading = false;
      }
    }
    if (!controller.signal.aborted) this.#apply(cascade, src, src);
  }

  #apply(cascade: Cascade, from: unknown, source?: string): void {
    this.#loadedFrom = from;
    this._issues = cascade.issues;
    this._rootFailed = cascade.root.state !== 'loaded';
    // The last good tree stays when a later root fails.
    if (cascade.root.state === 'loaded' || !this._cascade) {
      this._cascade = cascade;
      this._expanded = new Set([cascade.root.key]);
      this._active = undefined;
    }
    const { scorecard } = cascade.root;
    if (scorecard) {
      const detail: BscCascadeLoadDetail = source === undefined ? { scorecard, cascade } : { scorecard, cascade, source };
      emit(this, 'bsc-load', detail);
    }
    if (cascade.issues.length) emit(this, 'bsc-error', source === undefined ? { issues: cascade.issues } : { issues: cascade.issues, source });
  }

  #evaluate(): void {
    const cascade = this._cascade;
    if (!cascade || cascade.root.state !== 'loaded') {
      this.#evaluation = undefined;
      return;
    }
    let period = this.period || undefined;
    if (period !== undefined && !parsePeriod(period)) {
      emit(this, 'bsc-error', { issues: [{ path: 'period', message: notAPeriod(period) }] });
      period = undefined;
    }
    this.#evaluation = evaluateCascade(cascade, { asOf: period, view: this.view === 'ytd' ? 'ytd' : 'period' });
  }
}

interface TreeContext {
  evaluation: CascadeEvaluation;
  /** The keys the filter keeps; null without the filter. */
  shown: Set<string> | null;
  /** The tree item that takes Tab (the roving tabindex). */
  active: string | undefined;
}

/** The children the filter keeps; undefined without a node. */
function visibleChildren(item: CascadeNodeEvaluation | undefined, shown: Set<string> | null): CascadeNodeEvaluation[] | undefined {
  return item?.children.filter((child) => !shown || shown.has(child.node.key));
}

const OBJECTIVE_STATUS_PARTS = { badge: 'objective-status', icon: 'objective-status-icon', label: 'objective-status-label', stale: 'objective-status-stale' };
const CHEVRON = html`<svg viewBox="0 0 16 16"><path d="M6 3.5 10.5 8 6 12.5" /></svg>`;
/** From the objective up to the parent's row: the line an alignment draws. */
const ALIGNMENT_LINE = svg`<path d="M3 0V9.5H14" /><path d="M3 0 .8 3.2M3 0 5.2 3.2" />`;

defineElement('bsc-cascade', BscCascade);

declare global {
  interface HTMLElementTagNameMap {
    'bsc-cascade': BscCascade;
  }
}
