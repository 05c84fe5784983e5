import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { causalLinks, onCausalPath, traceCausalPaths, type CausalLinks } from '../charts/causal-links.js';
import { layoutStrategyMap, neighbourOf, readingOrder, type MapDirection, type StrategyMapLayout, type StrategyMapNode } from '../charts/strategy-map.js';
import { evaluate } from '../engine/evaluate.js';
import type { Evaluation, Status } from '../engine/types.js';
import type { ChartImageOptions } from '../export/png.js';
import type { Labels } from '../format/labels.js';
import { describeMapObjective } from '../format/map-objective.js';
import { formatScore } from '../format/number.js';
import type { ModelIssue } from '../model/issues.js';
import { modelLocale } from '../model/model-locale.js';
import type { Scorecard } from '../model/schema.js';
import { BscElement } from './internal/bsc-element.js';
import { exportPng, exportSvg, type ExportFrame } from './internal/chart-export.js';
import { strategyMapStyles } from './bsc-strategy-map.styles.js';
import { defineElement } from './internal/define.js';
import { emit } from './internal/events.js';
import { issueList, issueListStyles } from './internal/issue-list.js';
import { IssueReporter } from './internal/issue-reporter.js';
import { readModelProperty } from './internal/model-property.js';
import { ElementSize } from './internal/element-size.js';
import { MapZoom } from './internal/map-zoom.js';
import { statusShape } from './internal/status-badge.js';
import '../format/english/states.js';
import '../format/english/scorecard.js';
import '../format/english/strategy-map.js';
import '../format/english/figures.js';

/** The status icon's size and its gap to the score, in px. */
const ICON = 12;
const ICON_GAP = 4;
/** How far zoom goes, in and out, and one step of the buttons. */
const ZOOM_EXTENT: [number, number] = [0.5, 8];
const ZOOM_STEP = 1.5;

const KEY_DIRECTIONS: Record<string, MapDirection> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** What the map shows: a model and its evaluation. */
interface Shown {
  scorecard: Scorecard;
  evaluation: Evaluation;
}

/**
 * @summary The strategy map: each perspective a horizontal lane in model order (first on top, as
 * Kaplan and Norton draw it), each objective a box with its status (outline colour, icon) and score,
 * cause → effect links as arrows (arcs inside a lane), strategic themes as coloured outlines. Within
 * each lane the objectives are ordered for few crossings; the map is the same in every period.
 *
 * Inside a `<bsc-scorecard>` it shows the scorecard's model as of its period and view; on its own,
 * the `model` property (an object, JSON text or a parsed model), evaluated as of the model's `asOf`.
 *
 * Hovering or focusing an objective highlights what drives it (everything upstream) and what it
 * drives (everything downstream), and dims the rest. The map is one stop of the Tab key; arrow keys
 * move between objectives as they are placed, Home and End to the first and last; Enter, Space or a
 * click selects one. `zoomable` adds zoom and pan (Ctrl + wheel or pinch, drag) with buttons.
 * Below the map, the themes' legend and the whole map as text: each objective with its status,
 * what drives it and what it drives.
 *
 * @fires {{ kind: 'objective', id: string }} bsc-select - An objective was chosen (click, Enter or Space).
 * @fires {{ issues: { path: string, message: string }[] }} bsc-error - The `model` is invalid; the last good map stays.
 *
 * @csspart base - Everything but the error: toolbar, map, legend, text.
 * @csspart map - The SVG.
 * @csspart lane - A perspective's band.
 * @csspart lane-title - A perspective's title.
 * @csspart node - An objective (a button).
 * @csspart node-frame - An objective's box.
 * @csspart node-title - A line of an objective's title.
 * @csspart status-icon - An objective's status shape.
 * @csspart score - An objective's 0–10 score.
 * @csspart edge - A cause → effect link: its line and arrowhead.
 * @csspart link - A link's line.
 * @csspart arrow - A link's arrowhead.
 * @csspart theme - A strategic theme's outlines.
 * @csspart legend - The list of strategic themes.
 * @csspart text-alternative - The map as text (a disclosure).
 * @csspart toolbar - The zoom buttons (with `zoomable`).
 * @csspart zoom-in - The zoom-in button.
 * @csspart zoom-out - The zoom-out button.
 * @csspart zoom-reset - The reset-zoom button.
 * @csspart error - The issues of an invalid `model`.
 * @csspart error-title - The error's heading.
 * @csspart issues - The list of issues.
 * @csspart issue - One issue.
 * @csspart issue-path - Where in the model an issue is.
 * @csspart empty - Shown for a model without objectives, or with no model.
 *
 * @cssprop {<color>} --bsc-strategy-map-theme-1 - The first strategic theme's outline (themes 5 and on repeat the four colours with other dashes).
 * @cssprop {<color>} --bsc-strategy-map-theme-2 - The second theme's outline.
 * @cssprop {<color>} --bsc-strategy-map-theme-3 - The third theme's outline.
 * @cssprop {<color>} --bsc-strategy-map-theme-4 - The fourth theme's outline.
 * @cssprop {<color>} --bsc-strategy-map-lane - A lane's band.
 * @cssprop {<color>} --bsc-strategy-map-lane-alternate - Every other lane's band.
 * @cssprop {<color>} --bsc-strategy-map-link - The links and their arrowheads.
 * @cssprop {<number>} [--bsc-strategy-map-dimmed-opacity=0.2] - What is not on a highlighted path fades to.
 * @cssprop --bsc-status-on-track - Status colours (and the other `--bsc-status-*`).
 * @cssprop --bsc-color-surface - An objective's box.
 * @cssprop --bsc-color-border - The map's border.
 * @cssprop --bsc-focus-ring-width - Width of the focus ring.
 */
export class BscStrategyMap extends BscElement {
  static override styles = [...BscElement.styles, issueListStyles, strategyMapStyles];

  /** Standalone: the model, as an object, JSON text or a parsed model; wins over an enclosing scorecard's. */
  @property({ attribute: false }) model?: unknown;

  /** Adds zoom and pan (Ctrl + wheel or pinch, drag; a double click zooms in, with Shift out) and zoom buttons. */
  @property({ type: Boolean, reflect: true }) zoomable = false;

  /** The objective under the pointer, and the one with focus: the first of them is traced. */
  #hovered?: string;
  #focused?: string;
  /** The objective that takes the Tab stop. */
  @state() private _active?: string;
  /** The issues of an invalid `model`. */
  @state() private _issues: ModelIssue[] = [];

  /** The last valid standalone model. */
  #model?: Scorecard;
  /**
   * The width the map fits: the sizer's, a block of no height that fills the host's content box, so
   * that the map's own height never feeds back into what is observed.
   */
  #sizer = new ElementSize(this, '.sizer', { keepWhenEmpty: true });
  /** Fires `bsc-error` after the update that shows an invalid `model`'s issues. */
  #issueReporter = new IssueReporter(this);
  #memo?: { scorecard: Scorecard; key: string; layout: StrategyMapLayout };
  #said?: { evaluation: Evaluation; labels: Labels; locale: string; sentences: Map<string, string> };
  #zoom?: MapZoom;

  /** A model's language, before the update that parses the model. */
  protected override get labelsLocale(): string {
    return this.locale || modelLocale(this.model) || super.labelsLocale;
  }

  /** Standalone, the model's language comes before the page's, as in a `<bsc-scorecard>`. */
  protected override get resolvedLocale(): string {
    return this.locale || this.#model?.locale || super.resolvedLocale;
  }

  /** The layout shown (for tests and tools): null before a model. */
  get layout(): StrategyMapLayout | null {
    const shown = this.#shown();
    return shown ? this.#layout(shown.scorecard) : null;
  }

  /**
   * Moves focus to an objective's node, which becomes the map's tab stop, as the arrow keys do; the
   * scorecard calls it for an objective chosen in its list of what changed. Resolves false when the
   * map shows no such objective.
   */
  async focusObjective(id: string): Promise<boolean> {
    await this.updateComplete;
    const selector = `.node[data-id="${CSS.escape(id)}"]`;
    if (!this.renderRoot.querySelector(selector)) return false;
    this._active = id;
    await this.updateComplete;
    const node = this.renderRoot.querySelector<SVGGElement>(selector);
    node?.focus();
    return node !== null && (this.renderRoot as ShadowRoot).activeElement === node;
  }

  /**
   * The map as a standalone SVG document, as shown (zoom included): its colours, strokes and fonts
   * written into it (the theme's custom properties do not travel with a file), its size, and its
   * name as its `<title>`. An empty string while no map is drawn. The export code loads on first use.
   */
  toSVG(): Promise<string> {
    return exportSvg(this.#exportFrame());
  }

  /** The map as a PNG image: `scale` device pixels per CSS pixel (2 by default), on `background` (transparent by default). Rejects while no map is drawn. */
  toPNG(options?: ChartImageOptions): Promise<Blob> {
    return exportPng(this, this.#exportFrame(), options);
  }

  #exportFrame(): ExportFrame | null {
    const svg = this.renderRoot.querySelector('svg.map');
    return svg && { frame: svg, name: this.resolvedLabels.strategyMap, omit: '.focus-ring' };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#disableZoom();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('model')) ({ scorecard: this.#model, issues: this._issues } = readModelProperty(this.model, this.#model, this.#issueReporter));
  }

  protected override updated(): void {
    // A render sets the classes it binds, and drops the tracing's: put them back.
    this.#trace();
    const svgElement = this.renderRoot.querySelector<SVGSVGElement>('svg.map');
    if (this.zoomable && svgElement && this.#zoom?.svg !== svgElement) this.#enableZoom(svgElement);
    else if ((!this.zoomable || !svgElement) && this.#zoom) this.#disableZoom();
  }

  override render() {
    const labels = this.resolvedLabels;
    const shown = this.#shown();
    const issues = this._issues;
    const sizer = html`<div class="sizer"></div>`;
    const error = issues.length ? issueList(issues, shown !== undefined ? labels.errorKeepsLast : labels.errorTitle) : nothing;
    if (!shown) {
      if (this.awaitingScorecard && !issues.length) return sizer;
      return html`${sizer}${error}${issues.length ? nothing : html`<p part="empty" class="empty" role="status">${labels.noData}</p>`}`;
    }
    const layout = this.#layout(shown.scorecard);
    if (!layout.nodes.length) return html`${sizer}${error}<p part="empty" class="empty" role="status">${labels.noObjectives}</p>`;
    return html`${sizer}${error}<div part="base" class="base">
        ${this.zoomable ? this.#renderToolbar(labels) : nothing} ${this.#renderMap(layout, shown, labels)}
        <p id="keys" class="vh">${labels.strategyMapKeys}</p>
        ${this.#renderLegend(layout, labels)} ${this.#renderText(layout, shown, labels)}
      </div>`;
  }

  #renderMap(layout: StrategyMapLayout, shown: Shown, labels: Labels) {
    const links = causalLinks(shown.scorecard);
    const nodes = readingOrder(layout);
    const active = this._active && nodes.some((node) => node.id === this._active) ? this._active : nodes[0]?.id;
    return html`<svg
      part="map"
      class="map"
      viewBox="0 0 ${layout.width} ${layout.height}"
      role="group"
      aria-label=${labels.strategyMap}
      aria-describedby="keys"
      tabindex="-1"
      @click=${this.#onClick}
      @keydown=${this.#onKeyDown}
      @pointerover=${this.#onPointerOver}
      @pointerleave=${this.#onPointerLeave}
      @focusin=${this.#onFocusIn}
      @focusout=${this.#onFocusOut}
    >
      <g class="viewport">
        <g aria-hidden="true">
          ${layout.lanes.map(
            (lane) =>
              svg`<rect part="lane" class="lane ${lane.index % 2 ? 'alternate' : ''}" x="0" y=${lane.y} width=${layout.width} height=${lane.height} /><text part="lane-title" class="lane-title" x=${lane.titleX} y=${lane.titleY}>${lane.title}</text>`,
          )}
          ${layout.themes.map(
            (theme) =>
              svg`<path part="theme" class="theme theme-${theme.index % 4} dash-${theme.index % 4} ${theme.color ? 'custom' : ''}" stroke=${theme.color ?? nothing} d=${theme.path} />`,
          )}
          ${layout.edges.map(
            (edge) =>
              svg`<g part="edge" class="edge ${edge.kind}" data-from=${edge.from} data-to=${edge.to}><path part="link" class="link" d=${edge.path} /><polygon part="arrow" class="arrow" points=${edge.arrow.map((p) => p.join(',')).join(' ')} />${
                edge.label ? svg`<title>${edge.label}</title>` : nothing
              }</g>`,
          )}
        </g>
        ${layout.lanes.map((lane) => {
          const inLane = nodes.filter((node) => node.lane === lane.index);
          return inLane.length
            ? svg`<g role="group" aria-label=${lane.title}>${inLane.map((node) => this.#renderNode(node, layout, shown, links, labels, node.id === active))}</g>`
            : nothing;
        })}
      </g>
    </svg>`;
  }

  #renderNode(node: StrategyMapNode, layout: StrategyMapLayout, shown: Shown, links: CausalLinks, labels: Labels, active: boolean) {
    const { status, score } = this.#statusOf(shown, node.id);
    const rtl = layout.direction === 'rtl';
    const iconX = rtl ? node.statusX - ICON : node.statusX;
    const scoreX = rtl ? node.statusX - ICON - ICON_GAP : node.statusX + ICON + ICON_GAP;
    const middle = node.statusY + ICON / 2 + 2;
    // The scorecard's filter fades what it leaves out; the node stays in the map and in reach of the keyboard.
    const faded = this.#model === undefined && this.context?.filter !== undefined && !this.context.filter.objectives.has(node.id) ? ' faded' : '';
    // The button is the box; what is written in it is drawn beside it, hidden from assistive
    // technology (the button's name says it all) and from the pointer (which reaches the box).
    return svg`<g
        part="node"
        class="node ${status}${faded}"
        role="button"
        data-id=${node.id}
        tabindex=${active ? 0 : -1}
        aria-label=${faded ? `${this.#describe(node.id, shown, links, labels, false)}${labels.separator}${labels.filteredOut}` : this.#describe(node.id, shown, links, labels, false)}
      >
        <rect part="node-frame" class="frame" x=${node.x} y=${node.y} width=${node.width} height=${node.height} rx="6" />
        <rect class="focus-ring" x=${node.x - 4} y=${node.y - 4} width=${node.width + 8} height=${node.height + 8} rx="9" />
      </g>
      <g class="node-label ${status}${faded}" data-id=${node.id} aria-hidden="true">
        ${node.lines.map((line, i) => svg`<text part="node-title" class="node-title" x=${node.textX} y=${node.textY + i * layout.lineHeight}>${line}</text>`)}
        <svg part="status-icon" class="status-icon" x=${iconX} y=${node.statusY + 2} width=${ICON} height=${ICON} viewBox="0 0 16 16">${statusShape(status)}</svg>
        ${score === null ? nothing : svg`<text part="score" class="score" x=${scoreX} y=${middle}>${formatScore(score, this.resolvedLocale)}</text>`}
      </g>`;
  }

  #renderToolbar(labels: Labels) {
    return html`<div part="toolbar" class="toolbar">
      <button part="zoom-in" type="button" @click=${() => this.#zoomBy(ZOOM_STEP)}>${labels.zoomIn}</button>
      <button part="zoom-out" type="button" @click=${() => this.#zoomBy(1 / ZOOM_STEP)}>${labels.zoomOut}</button>
      <button part="zoom-reset" type="button" @click=${this.#resetZoom}>${labels.resetZoom}</button>
    </div>`;
  }

  #renderLegend(layout: StrategyMapLayout, labels: Labels) {
    if (!layout.themes.length) return nothing;
    return html`<ul part="legend" class="legend" aria-label=${labels.strategicThemes}>
      ${layout.themes.map(
        (theme) =>
          html`<li>
            <svg viewBox="0 0 24 12" aria-hidden="true">
              <rect class="theme theme-${theme.index % 4} dash-${theme.index % 4} ${theme.color ? 'custom' : ''}" stroke=${theme.color ?? nothing} x="1" y="1" width="22" height="10" rx="3" />
            </svg>
            ${theme.title}
          </li>`,
      )}
    </ul>`;
  }

  /** Every objective by perspective, in model order: its status and score, what drives it, what it drives. */
  #renderText(layout: StrategyMapLayout, shown: Shown, labels: Labels) {
    const links = causalLinks(shown.scorecard);
    return html`<details part="text-alternative" class="as-text">
      <summary>${labels.strategyMapAsText}</summary>
      <ul>
        ${layout.lanes.map((lane) => {
          const inLane = layout.nodes.filter((node) => node.lane === lane.index);
          return html`<li>
            ${lane.title}${inLane.length ? html`<ul>${inLane.map((node) => html`<li>${this.#describe(node.id, shown, links, labels, true)}</li>`)}</ul>` : nothing}
          </li>`;
        })}
      </ul>
    </details>`;
  }

  /** "Grow revenue profitably, on track, Score 7.4, Driven by …, Drives …, Part of …"; link labels in the text alternative. */
  #describe(id: string, shown: Shown, links: CausalLinks, labels: Labels, withLinkLabels: boolean): string {
    const locale = this.resolvedLocale;
    // A keyboard move or a resize renders every node again: say each sentence once per evaluation, labels and locale.
    let said = this.#said;
    if (!said || said.evaluation !== shown.evaluation || said.labels !== labels || said.locale !== locale) {
      said = this.#said = { evaluation: shown.evaluation, labels, locale, sentences: new Map() };
    }
    const key = `${withLinkLabels ? 1 : 0}${id}`;
    let sentence = said.sentences.get(key);
    if (sentence === undefined) said.sentences.set(key, (sentence = describeMapObjective(id, shown.evaluation, links, { locale, labels, withLinkLabels })));
    return sentence;
  }

  #statusOf(shown: Shown, id: string): { status: Status; score: number | null; stale: boolean } {
    const node = shown.evaluation.node(id);
    return node ? { status: node.status, score: node.score, stale: node.stale } : { status: 'no-data', score: null, stale: false };
  }

  /** The model shown: `model` when valid (or the last valid one), else the enclosing scorecard's. */
  #shown(): Shown | undefined {
    if (this.#model) return { scorecard: this.#model, evaluation: evaluate(this.#model) };
    if (this.context) return { scorecard: this.context.scorecard, evaluation: this.context.evaluation };
    return undefined;
  }

  /** The layout, memoised per model, width, direction and font: statuses and periods never move it. */
  #layout(scorecard: Scorecard): StrategyMapLayout {
    const style = getComputedStyle(this);
    const width = this.#sizer.size?.width ?? (Math.floor(this.clientWidth) || 640);
    const direction = style.direction === 'rtl' ? 'rtl' : 'ltr';
    const fontSize = Number.parseFloat(style.fontSize) || 14;
    const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const key = `${width}|${direction}|${font}`;
    const memo = this.#memo;
    if (memo && memo.scorecard === scorecard && memo.key === key) return memo.layout;
    const layout = layoutStrategyMap({ scorecard }, { width, direction, measureText: textMeasurer(font), lineHeight: Math.round(fontSize * 1.3) });
    this.#memo = { scorecard, key, layout };
    return layout;
  }

  #nodeAt(event: Event): string | undefined {
    const target = event.target instanceof Element ? event.target.closest<SVGGElement>('.node') : null;
    return target?.dataset['id'];
  }

  #select(id: string): void {
    emit(this, 'bsc-select', { kind: 'objective', id });
  }

  #onClick = (event: MouseEvent): void => {
    const id = this.#nodeAt(event);
    if (id) this.#select(id);
  };

  #onKeyDown = async (event: KeyboardEvent): Promise<void> => {
    const id = this.#nodeAt(event);
    const layout = this.layout;
    if (!id || !layout) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#select(id);
      return;
    }
    const order = readingOrder(layout);
    const direction = KEY_DIRECTIONS[event.key];
    const next = direction
      ? neighbourOf(layout, id, direction)
      : event.key === 'Home'
        ? order[0]?.id
        : event.key === 'End'
          ? order[order.length - 1]?.id
          : undefined;
    if (!direction && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    if (!next) return;
    this._active = next;
    await this.updateComplete;
    this.renderRoot.querySelector<SVGGElement>(`.node[data-id="${CSS.escape(next)}"]`)?.focus();
  };

  #onPointerOver = (event: PointerEvent): void => {
    const id = this.#nodeAt(event);
    if (id === this.#hovered) return;
    this.#hovered = id;
    this.#trace();
  };

  #onPointerLeave = (): void => {
    this.#hovered = undefined;
    this.#trace();
  };

  #onFocusIn = (event: FocusEvent): void => {
    const id = this.#nodeAt(event);
    if (!id) return;
    this.#focused = id;
    this._active = id;
    this.#trace();
  };

  #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget instanceof Element ? event.relatedTarget.closest('.node') : null;
    if (next) return;
    this.#focused = undefined;
    this.#trace();
  };

  /**
   * Highlights the hovered (else the focused) objective, what drives it and what it drives, and dims
   * the rest — by classes set here rather than by rendering again: on a map of 200 objectives a
   * render takes a frame and more; this, a fraction of one.
   */
  #trace(): void {
    const map = this.renderRoot?.querySelector<SVGSVGElement>('svg.map');
    const shown = this.#shown();
    if (!map || !shown) return;
    const traced = this.#hovered ?? this.#focused;
    const paths = traced ? traceCausalPaths(causalLinks(shown.scorecard), traced) : undefined;
    map.classList.toggle('tracing', paths !== undefined);
    for (const element of map.querySelectorAll<SVGElement>('.node, .node-label')) {
      const id = element.dataset['id']!;
      element.classList.toggle('on-path', paths !== undefined && (id === traced || paths.upstream.has(id) || paths.downstream.has(id)));
    }
    for (const element of map.querySelectorAll<SVGElement>('.edge')) {
      const link = { from: element.dataset['from']!, to: element.dataset['to']! };
      element.classList.toggle('on-path', paths !== undefined && onCausalPath(link, traced!, paths));
    }
  }

  #enableZoom(svgElement: SVGSVGElement): void {
    this.#disableZoom();
    this.#zoom = new MapZoom(svgElement, svgElement.querySelector('.viewport')!, ZOOM_EXTENT);
  }

  #disableZoom(): void {
    this.#zoom?.destroy();
    this.#zoom = undefined;
  }

  #zoomBy(factor: number): void {
    this.#zoom?.scaleBy(factor);
  }

  #resetZoom = (): void => {
    this.#zoom?.reset();
  };
}

const measurers = new Map<string, (text: string) => number>();
let canvasContext: CanvasRenderingContext2D | null | undefined;

/** The width of a text in a CSS font, measured on a canvas; a rough estimate where there is none. */
function textMeasurer(font: string): (text: string) => number {
  let measure = measurers.get(font);
  if (measure) return measure;
  canvasContext ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const context = canvasContext;
  const size = Number.parseFloat(/(\d+(\.\d+)?)px/.exec(font)?.[1] ?? '14');
  measure = context
    ? (text) => {
        context.font = font;
        return context.measureText(text).width;
      }
    : (text) => text.length * size * 0.55;
  if (measurers.size > 20) measurers.clear();
  measurers.set(font, measure);
  return measure;
}

defineElement('bsc-strategy-map', BscStrategyMap);

declare global {
  interface HTMLElementTagNameMap {
    'bsc-strategy-map': BscStrategyMap;
  }
}
