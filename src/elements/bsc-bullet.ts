import { html, nothing, svg, type PropertyValues } from 'lit';
import { bulletGeometry } from '../charts/bullet.js';
import { formatValue, valueFormat } from '../format/number.js';
import { BscElement } from './internal/bsc-element.js';
import { bulletStyles } from './bsc-bullet.styles.js';
import { defineElement } from './internal/define.js';
import { statusBadge, statusBadgeStyles, STATUS_PARTS } from './internal/status-badge.js';
import { ReadingElement } from './internal/standalone-reading.js';

/**
 * The bars are drawn in a viewBox 100 units wide, stretched to the element's width: an x in it is
 * also a percentage, which places the scale labels (in an unstretched SVG) under their values.
 */
const WIDTH = 100;
const HEIGHT = 30;

/**
 * @summary A bullet chart (Stephen Few): one KPI's value as a bar across its qualitative bands
 * (off track, at risk, on track, exceeding), the target as a tick, the value and its status as text
 * and shape above. Inside a `<bsc-scorecard>` it shows the KPI named by `kpi`; on its own it scores
 * the value given by its attributes by the kit's rules. It fills its container's width and follows
 * `dir="rtl"` (the scale runs from the right).
 *
 * It is a `meter` for assistive technology, whose value text reads "$433,500, 103% of target, on track".
 * A value outside `min`–`max` is drawn to the end of the scale with an arrowhead, and its text
 * still shows the true value. Inside a scorecard, clicking it (or Enter or Space) selects the KPI.
 *
 * @fires {{ kind: 'kpi', id: string }} bsc-select - The KPI was chosen (inside a scorecard, unless `no-select`).
 * @fires {{ issues: { path: string, message: string }[] }} bsc-error - An attribute could not be used (a value that is no number, thresholds in the wrong order, an unknown KPI id); fired once per change. The chart shows what it can: no data, or the value without a status.
 *
 * @csspart base - The whole chart; carries the `meter` role.
 * @csspart label - The KPI's name.
 * @csspart value-text - The value as text.
 * @csspart status - The status badge: shape and word.
 * @csspart status-icon - The status shape.
 * @csspart status-label - The status word.
 * @csspart status-stale - The clock mark of stale data.
 * @csspart chart - The SVG of the bands, the bar and the target.
 * @csspart track - The background without bands (no target, or no data).
 * @csspart band - A qualitative band; also named by its status, so `::part(band on-track)` styles one (`off-track`, `at-risk`, `on-track`, `exceeding`).
 * @csspart bar - The value's bar, in its status colour; also named by the status (`::part(bar at-risk)`).
 * @csspart target - The target's tick (for a band target, a tick at each end).
 * @csspart clamp-marker - The arrowhead at the end of the scale for a value beyond it.
 * @csspart axis - The SVG of the scale labels.
 * @csspart tick - A scale label.
 *
 * @cssprop {<length>} [--bsc-bullet-height=1.5rem] - Height of the bands.
 * @cssprop {<color>} --bsc-band-exceeding - Tint of the exceeding band.
 * @cssprop {<color>} --bsc-band-on-track - Tint of the on-track band.
 * @cssprop {<color>} --bsc-band-at-risk - Tint of the at-risk band.
 * @cssprop {<color>} --bsc-band-off-track - Tint of the off-track band.
 * @cssprop {<color>} --bsc-status-exceeding - The bar's colour when exceeding.
 * @cssprop {<color>} --bsc-status-on-track - The bar's colour when on track.
 * @cssprop {<color>} --bsc-status-at-risk - The bar's colour when at risk.
 * @cssprop {<color>} --bsc-status-off-track - The bar's colour when off track.
 * @cssprop {<color>} --bsc-status-no-data - The bar's colour without a target.
 * @cssprop {<color>} --bsc-color-track - The background without bands.
 * @cssprop {<color>} --bsc-color-text - Target tick, value text.
 * @cssprop {<color>} --bsc-color-text-muted - Scale labels.
 * @cssprop --bsc-focus-ring-width - Width of the focus ring (inside a scorecard).
 */
export class BscBullet extends ReadingElement {
  static override styles = [...BscElement.styles, statusBadgeStyles, ...bulletStyles];

  /** Whether the element is laid out right to left (its directionality, from `dir`), read before each render. */
  private rtl = false;

  override render() {
    const { shown, domain, bands, target, locale, labels } = this.drawn;
    const { unit, currency, value, status } = shown;
    const chart = bulletGeometry({ value, domain, bands, target, width: WIDTH, height: HEIGHT, rtl: this.rtl });
    const clampedAtRight = chart.clamped !== null && (chart.clamped === 'above') !== this.rtl;

    return this.renderMeter(html`
      <div class="header">
        ${shown.label ? html`<span part="label" class="label">${shown.label}</span>` : nothing}
        <span class="readout">
          <span part="value-text" class="value-text">${formatValue(value, unit, valueFormat(locale, currency, shown.decimals))}</span>
          ${statusBadge(status, shown.stale, labels, STATUS_PARTS)}
        </span>
      </div>
      <div class="plot">
        <svg part="chart" class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="none" aria-hidden="true">
          ${chart.bands.length === 0 ? svg`<rect part="track" class="track" x="0" y="0" width=${WIDTH} height=${HEIGHT} />` : nothing}
          ${chart.bands.map((band) => svg`<rect part="band ${band.status}" class="band ${band.status}" x=${band.x} y="0" width=${band.width} height=${HEIGHT} />`)}
          ${
            chart.bar === null
              ? nothing
              : svg`<rect part="bar ${status}" class="bar ${status}" x=${chart.bar.x} y=${chart.bar.y} width=${chart.bar.width} height=${chart.bar.height} />`
          }
          ${
            chart.target === null
              ? nothing
              : chart.target.kind === 'line'
                ? svg`<line part="target" class="target" x1=${chart.target.x} x2=${chart.target.x} y1=${chart.target.y1} y2=${chart.target.y2} />`
                : svg`<path part="target" class="target" d="M${chart.target.x1},${chart.target.y1}V${chart.target.y2}M${chart.target.x2},${chart.target.y1}V${chart.target.y2}" />`
          }
        </svg>
        ${
          chart.clamped === null
            ? nothing
            : html`<svg class="overlay" aria-hidden="true">
              <svg x="${clampedAtRight ? WIDTH : 0}%" y="50%" overflow="visible">
                <path part="clamp-marker" class="clamp-marker ${chart.clamped}" d="M-10,-7L0,0L-10,7Z" transform=${clampedAtRight ? nothing : 'scale(-1 1)'} />
              </svg>
            </svg>`
        }
      </div>
      <svg part="axis" class="axis" aria-hidden="true">
        ${chart.ticks.map(
          (tick) =>
            svg`<text part="tick" class="tick" x="${tick.x}%" y="2" text-anchor=${tick.x <= 0 ? 'start' : tick.x >= WIDTH ? 'end' : 'middle'}>${formatValue(tick.value, unit, { locale, currency, compact: true })}</text>`,
        )}
      </svg>
    `);
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // `dir` may be set on any ancestor, through shadow roots: :dir() reads the element's
    // directionality from the DOM, where getComputedStyle would force a style recalculation on every
    // update of every bullet. Read before rendering, so the first render is already the right way round.
    this.rtl = this.matches(':dir(rtl)');
  }
}

defineElement('bsc-bullet', BscBullet);

declare global {
  interface HTMLElementTagNameMap {
    'bsc-bullet': BscBullet;
  }
}
