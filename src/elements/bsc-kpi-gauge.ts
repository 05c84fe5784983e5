import { html, nothing, svg } from 'lit';
import { gaugeGeometry } from '../charts/gauge.js';
import { formatValue, valueFormat } from '../format/number.js';
import { BscElement } from './internal/bsc-element.js';
import { gaugeStyles } from './bsc-kpi-gauge.styles.js';
import { defineElement } from './internal/define.js';
import { statusBadge, statusBadgeStyles, STATUS_PARTS } from './internal/status-badge.js';
import { ReadingElement } from './internal/standalone-reading.js';

/** The dial's viewBox is 200 units wide whatever its size on screen: its strokes and labels scale with it. */
const SIZE = 200;
/** The banded track. */
const TRACK_THICKNESS = 22;
/** The value arc runs inside the track, through the middle of its bands. */
const VALUE_INSET = 7;
const VALUE_THICKNESS = 8;

/**
 * @summary A radial gauge: one KPI's value on a 240° meter with its threshold bands (off track,
 * at risk, on track, exceeding), the target marked across the track, and the value's status as
 * shape and word beneath. Inside a `<bsc-scorecard>` it shows the KPI named by `kpi`; on its own it
 * scores the value given by its attributes by the kit's rules
 * (`<bsc-kpi-gauge value="72" target="80" red-flag="60" label="Revenue growth">` is at risk).
 *
 * It is a `meter` for assistive technology, whose value text reads "72, 90% of target, at risk".
 * A value outside `min`–`max` is drawn at the end of the scale with an arrowhead, and its text
 * still shows the true value. Inside a scorecard, clicking it (or Enter or Space) selects the KPI.
 *
 * @fires {{ kind: 'kpi', id: string }} bsc-select - The KPI was chosen (inside a scorecard, unless `no-select`).
 * @fires {{ issues: { path: string, message: string }[] }} bsc-error - An attribute could not be used (a value that is no number, thresholds in the wrong order, an unknown KPI id); fired once per change. The gauge shows what it can: no data, or the value without a status.
 *
 * @csspart base - The whole gauge; carries the `meter` role.
 * @csspart label - The KPI's name, above the dial.
 * @csspart dial - The SVG of the dial.
 * @csspart track - The arc behind the bands (shown alone without a target or without data).
 * @csspart band - A threshold band; also named by its status, so `::part(band on-track)` styles one (`off-track`, `at-risk`, `on-track`, `exceeding`).
 * @csspart value - The arc from the start of the scale to the value, in the value's status colour; also named by the status (`::part(value at-risk)`).
 * @csspart needle - The needle and its hub.
 * @csspart target - The target's mark across the track (two, at the ends of a band target).
 * @csspart tick - A scale label.
 * @csspart clamp-marker - The arrowhead at the end of the scale for a value beyond it.
 * @csspart value-text - The value as text.
 * @csspart status - The status badge: shape and word.
 * @csspart status-icon - The status shape.
 * @csspart status-label - The status word.
 * @csspart status-stale - The clock mark of stale data.
 *
 * @cssprop {<length>} [--bsc-gauge-size=12rem] - The gauge's largest width; it fills its container up to it.
 * @cssprop {<color>} --bsc-band-exceeding - Tint of the exceeding band.
 * @cssprop {<color>} --bsc-band-on-track - Tint of the on-track band.
 * @cssprop {<color>} --bsc-band-at-risk - Tint of the at-risk band.
 * @cssprop {<color>} --bsc-band-off-track - Tint of the off-track band.
 * @cssprop {<color>} --bsc-status-exceeding - The value arc's colour when exceeding.
 * @cssprop {<color>} --bsc-status-on-track - The value arc's colour when on track.
 * @cssprop {<color>} --bsc-status-at-risk - The value arc's colour when at risk.
 * @cssprop {<color>} --bsc-status-off-track - The value arc's colour when off track.
 * @cssprop {<color>} --bsc-status-no-data - The value arc's colour without a target.
 * @cssprop {<color>} --bsc-color-track - The track without bands.
 * @cssprop {<color>} --bsc-color-text - Needle, target mark, value text.
 * @cssprop {<color>} --bsc-color-text-muted - Scale labels.
 * @cssprop {<length>} --bsc-font-size-large - Size of the value text.
 * @cssprop --bsc-focus-ring-width - Width of the focus ring (inside a scorecard).
 */
export class BscKpiGauge extends ReadingElement {
  static override styles = [...BscElement.styles, statusBadgeStyles, ...gaugeStyles];

  override render() {
    const { shown, domain, bands, target, locale, labels } = this.drawn;
    const { unit, currency, value, status } = shown;
    const dial = gaugeGeometry({ value, domain, bands, target, size: SIZE, thickness: TRACK_THICKNESS });
    const valueArc = gaugeGeometry({ value, domain, bands: [], target: null, size: SIZE, padding: VALUE_INSET, thickness: VALUE_THICKNESS }).valueArc;

    return this.renderMeter(html`
      ${shown.label ? html`<div part="label" class="label">${shown.label}</div>` : nothing}
      <svg part="dial" class="dial" viewBox="0 0 ${dial.width} ${dial.height}" aria-hidden="true">
        <path part="track" class="track" d=${dial.track} />
        ${dial.bands.map((band) => svg`<path part="band ${band.status}" class="band ${band.status}" d=${band.path} />`)}
        ${valueArc === null ? nothing : svg`<path part="value ${status}" class="value ${status}" d=${valueArc} />`}
        ${dial.targetTicks.map((tick) => svg`<line part="target" class="target" x1=${tick.x1} y1=${tick.y1} x2=${tick.x2} y2=${tick.y2} />`)}
        ${
          dial.needle === null
            ? nothing
            : svg`<line part="needle" class="needle" x1=${dial.needle.x1} y1=${dial.needle.y1} x2=${dial.needle.x2} y2=${dial.needle.y2} />
              <circle part="needle" class="hub" cx=${dial.center.x} cy=${dial.center.y} r="5" />`
        }
        ${
          dial.clamped === null || dial.needle === null || dial.valueAngle === null
            ? nothing
            : svg`<path
              part="clamp-marker"
              class="clamp-marker ${dial.clamped}"
              d="M-4,-7L5,0L-4,7Z"
              transform="translate(${dial.needle.x2} ${dial.needle.y2}) rotate(${degrees(dial.valueAngle) + (dial.clamped === 'below' ? 180 : 0)})"
            />`
        }
        ${dial.ticks.map(
          (tick) =>
            svg`<text part="tick" class="tick" x=${tick.x} y=${tick.y} text-anchor=${tick.anchor}>${formatValue(tick.value, unit, { locale, currency, compact: true })}</text>`,
        )}
      </svg>
      <div class="readout">
        <span part="value-text" class="value-text">${formatValue(value, unit, valueFormat(locale, currency, shown.decimals))}</span>
        ${statusBadge(status, shown.stale, labels, STATUS_PARTS)}
      </div>
    `);
  }
}

/** SVG rotates in degrees; d3-shape's angles are radians, 0 at the top, clockwise, as SVG turns. */
function degrees(radians: number): number {
  return (radians * 180) / Math.PI;
}

defineElement('bsc-kpi-gauge', BscKpiGauge);

declare global {
  interface HTMLElementTagNameMap {
    'bsc-kpi-gauge': BscKpiGauge;
  }
}
