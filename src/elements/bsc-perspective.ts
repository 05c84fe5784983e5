import { html, isServer, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatScore } from '../format/number.js';
import { scorecardIndex } from '../model/node-index.js';
import { BscParentElement } from './internal/bsc-parent-element.js';
import { unknownNodeMessage } from '../format/kpi-figures.js';
import './bsc-objective.js';
import { perspectiveStyles } from './bsc-perspective.styles.js';
import { defineElement } from './internal/define.js';
import { clampLevel } from './internal/heading-level.js';
import { emit } from './internal/events.js';
import { statusBadge, statusBadgeStyles, STATUS_BADGE_PART } from './internal/status-badge.js';
import '../format/english/figures.js';

/**
 * @summary One perspective of the enclosing `<bsc-scorecard>` as a card: its title, score and
 * status, then each of its objectives (`bsc-objective`) with their KPIs and initiatives.
 *
 * Clicking the header, or pressing Enter or Space on the title, selects the perspective. Outside a
 * scorecard, or for an id the scorecard does not hold, it says so quietly (`role="status"`).
 *
 * @fires bsc-select - The perspective (or, from inside, an objective, KPI or initiative) was chosen. `detail: { kind, id }`
 *
 * @slot - Your own content for the card's body (`bsc-kpi` cards, a chart …), shown instead of the objectives.
 *
 * @csspart base - The card.
 * @csspart header - Title, score and status.
 * @csspart title - The perspective's title (a heading holding a button).
 * @csspart score - The perspective's 0–10 score.
 * @csspart status - The perspective's status badge: shape and word.
 * @csspart description - The perspective's description, when the model has one.
 * @csspart body - The objectives, or the slotted content.
 * @csspart objective - Each objective (`bsc-objective`); its own parts are exported as `objective-header`, `objective-title`, `objective-kpis` ….
 * @csspart empty - The message shown for an unknown perspective, or outside a scorecard.
 *
 * @cssprop --bsc-color-surface - The card's background.
 * @cssprop --bsc-color-border - The card's border and the lines between objectives.
 * @cssprop --bsc-radius - The card's corners.
 * @cssprop --bsc-space - The base spacing unit.
 */
export class BscPerspective extends BscParentElement {
  static override styles = [...BscParentElement.styles, statusBadgeStyles, ...perspectiveStyles];

  /** The id of a perspective of the enclosing scorecard. */
  @property() perspective?: string;

  /** The level of the title's heading (1–6, default 2); objectives take the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Whether the page put content of its own inside: it is shown instead of the objectives. */
  @state() private _composed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // The server's DOM shim has no child nodes: there, the perspective shows its objectives.
    if (!isServer) this._composed = hasContent(this.childNodes);
  }

  override render() {
    const labels = this.resolvedLabels;
    const context = this.context;
    const id = this.perspective;
    if (!context && this.awaitingScorecard) return nothing;
    if (!context || !id) return html`<p part="empty" role="status">${labels.noData}</p>`;
    const node = context.evaluation.node(id);
    if (!node || node.kind !== 'perspective') return html`<p part="empty" role="status">${unknownNodeMessage('perspective', id, labels)}</p>`;
    const model = scorecardIndex(context.scorecard).perspectives.get(id);
    const level = clampLevel(this.headingLevel, 2);
    return html`<section part="base" class="card" aria-labelledby="title">
      <div part="header" class="header" @click=${this.#select}>
        <div part="title" class="title" id="title" role="heading" aria-level=${level}>
          <button class="select" type="button">${node.title}</button>
        </div>
        <span class="overall">
          <span part="score" class="score"><span class="vh">${labels.score} </span>${formatScore(node.score, this.resolvedLocale)}</span>
          ${statusBadge(node.status, node.stale, labels, STATUS_BADGE_PART, false, (context.showPrevious && context.previous?.node(id)?.status) || undefined)}
        </span>
      </div>
      ${model?.description ? html`<p part="description" class="description">${model.description}</p>` : nothing}
      <div part="body" class="body">
        <slot @slotchange=${this.#onSlotChange}></slot>
        ${
          this._composed
            ? nothing
            : node.children
                .filter((objective) => !context.filter || context.filter.objectives.has(objective))
                .map(
                  (objective) =>
                    html`<bsc-objective
                  part="objective"
                  exportparts=${OBJECTIVE_PARTS}
                  objective=${objective}
                  heading-level=${Math.min(level + 1, 6)}
                ></bsc-objective>`,
                )
        }
      </div>
    </section>`;
  }

  #select = (): void => {
    if (this.perspective) emit(this, 'bsc-select', { kind: 'perspective', id: this.perspective });
  };

  #onSlotChange = (event: Event): void => {
    this._composed = hasContent((event.target as HTMLSlotElement).assignedNodes({ flatten: true }));
  };
}

const OBJECTIVE_PARTS = [
  'header',
  'title',
  'owner',
  'score',
  'status',
  'status-was',
  'kpis',
  'kpi-row',
  'kpi-name',
  'kpi-value',
  'kpi-target',
  'kpi-status',
  'kpi-status-was',
  'kpi-change',
  'initiatives',
  'initiative',
  'progress',
]
  .map((part) => `${part}: objective-${part}`)
  .join(', ');

/** Elements, or text that is more than the whitespace of the page's indentation. */
function hasContent(nodes: Iterable<Node>): boolean {
  for (const node of nodes) {
    if (node.nodeType === Node.ELEMENT_NODE) return true;
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) return true;
  }
  return false;
}

defineElement('bsc-perspective', BscPerspective);

declare global {
  interface HTMLElementTagNameMap {
    'bsc-perspective': BscPerspective;
  }
}
