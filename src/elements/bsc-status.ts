import { property } from 'lit/decorators.js';
import { STATUSES, type Status } from '../engine/types.js';
import { BscElement } from './internal/bsc-element.js';
import { statusStyles } from './bsc-status.styles.js';
import { defineElement } from './internal/define.js';
import { statusBadge, statusBadgeStyles } from './internal/status-badge.js';

/**
 * @summary A status as shape, word and colour — in that order of importance, so it reads in
 * greyscale and for colour-blind users: exceeding ▲, on track ●, at risk ◆, off track ■, no data ○.
 *
 * @csspart base - The badge around shape and word.
 * @csspart icon - The status shape (SVG).
 * @csspart label - The status word.
 * @csspart stale - The clock mark shown when the data is stale.
 * @csspart was - The hint of the previous period's status ("was at risk"), when `previous` is set and differs.
 *
 * @cssprop --bsc-status-exceeding - Colour of "exceeding".
 * @cssprop --bsc-status-on-track - Colour of "on track".
 * @cssprop --bsc-status-at-risk - Colour of "at risk".
 * @cssprop --bsc-status-off-track - Colour of "off track".
 * @cssprop --bsc-status-no-data - Colour of "no data" and "no target".
 */
export class BscStatus extends BscElement {
  static override styles = [...BscElement.styles, statusBadgeStyles, statusStyles];

  /** `exceeding`, `on-track`, `at-risk`, `off-track`, `no-data` or `info` (a value without a target). */
  @property({ reflect: true }) status: Status = 'no-data';

  /** Marks the status as based on old data: adds a clock mark and the word "stale". */
  @property({ type: Boolean, reflect: true }) stale = false;

  /** The previous period's status: when it differs from `status`, a small hint says it ("was at risk"). */
  @property({ reflect: true }) previous?: Status;

  /** `badge` (shape and word, the default) or `icon` (the shape alone; the word stays for screen readers). */
  @property({ reflect: true }) variant: 'badge' | 'icon' = 'badge';

  override render() {
    const status = STATUSES.includes(this.status) ? this.status : 'no-data';
    const previous = this.previous && STATUSES.includes(this.previous) ? this.previous : undefined;
    return statusBadge(status, this.stale, this.resolvedLabels, PARTS, this.variant === 'icon', previous);
  }
}

const PARTS = { badge: 'base', icon: 'icon', label: 'label', stale: 'stale', was: 'was' };

defineElement('bsc-status', BscStatus);

declare global {
  interface HTMLElementTagNameMap {
    'bsc-status': BscStatus;
  }
}
