import { html, svg, nothing, type SVGTemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { STATUSES, type Status } from '../engine/types.js';
import { describeStatus } from '../format/describe.js';
import { BscElement } from './bsc-element.js';
import { statusStyles } from './bsc-status.styles.js';
import { defineElement } from './define.js';

/**
 * @summary A status as shape, word and colour — in that order of importance, so it reads in
 * greyscale and for colour-blind users: exceeding ▲, on track ●, at risk ◆, off track ■, no data ○.
 *
 * @csspart icon - The status shape (SVG).
 * @csspart label - The status word.
 * @csspart stale - The clock mark shown when the data is stale.
 *
 * @cssprop --bsc-status-exceeding - Colour of "exceeding".
 * @cssprop --bsc-status-on-track - Colour of "on track".
 * @cssprop --bsc-status-at-risk - Colour of "at risk".
 * @cssprop --bsc-status-off-track - Colour of "off track".
 * @cssprop --bsc-status-no-data - Colour of "no data" and "no target".
 */
export class BscStatus extends BscElement {
  static override styles = [...BscElement.styles, statusStyles];

  /** `exceeding`, `on-track`, `at-risk`, `off-track`, `no-data` or `info` (a value without a target). */
  @property({ reflect: true }) status: Status = 'no-data';

  /** Marks the status as based on old data: adds a clock mark and the word "stale". */
  @property({ type: Boolean, reflect: true }) stale = false;

  /** `badge` (shape and word, the default) or `icon` (the shape alone; the word stays for screen readers). */
  @property({ reflect: true }) variant: 'badge' | 'icon' = 'badge';

  override render() {
    const status = STATUSES.includes(this.status) ? this.status : 'no-data';
    const labels = this.resolvedLabels;
    return html`<svg part="icon" viewBox="0 0 16 16" aria-hidden="true">${SHAPES[status]}</svg
      ><span part="label">${describeStatus(status, this.stale, labels)}</span
      >${this.stale ? html`<svg part="stale" viewBox="0 0 16 16" aria-hidden="true">${CLOCK}</svg>` : nothing}`;
  }
}

const SHAPES: Record<Status, SVGTemplateResult> = {
  exceeding: svg`<path d="M8 1.5 15 14.5H1z" />`,
  'on-track': svg`<circle cx="8" cy="8" r="6.5" />`,
  'at-risk': svg`<path d="M8 .8 15.2 8 8 15.2.8 8z" />`,
  'off-track': svg`<rect x="2" y="2" width="12" height="12" />`,
  'no-data': svg`<circle cx="8" cy="8" r="5.75" fill="none" stroke-width="2.5" />`,
  info: svg`<circle cx="8" cy="8" r="5.75" fill="none" stroke-width="2.5" /><circle cx="8" cy="8" r="1.6" />`,
};

const CLOCK = svg`<circle cx="8" cy="8" r="6.2" /><path d="M8 4.2V8l2.6 1.8" />`;

defineElement('bsc-status', BscStatus);

declare global {
  interface HTMLElementTagNameMap {
    'bsc-status': BscStatus;
  }
}
