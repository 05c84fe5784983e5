/**
 * The scorecard header's "Since September 2026: 3 worse, 2 better": a button that reveals the list
 * (`bsc-changes`), or plain text when nothing moved. Nothing at the first period with data.
 * The scorecard loads this module on demand (internal/scorecard-parts.ts), with the engine's
 * changes it sums up; its styles come with it; the scorecard reserves the summary's room.
 */
import { html, nothing } from 'lit';
import { cachedChanges } from '../../engine/changes.js';
import type { Evaluation } from '../../engine/types.js';
import { formatChangesSummary } from '../../format/changes.js';
import type { Labels } from '../../format/labels.js';
import '../../format/english/changes.js';

/** The part's styles, which the scorecard adopts when it loads this module. */
export { changesSummaryStyles as styles } from './scorecard-changes-summary.styles.js';

/** The id of the panel the summary's button controls. */
export const CHANGES_PANEL_ID = 'changes';

/** The summary of what moved between `evaluation` and `previous` (none at the first period with data). */
export function changesSummary(evaluation: Evaluation, previous: Evaluation | undefined, open: boolean, labels: Labels, locale: string, onToggle: () => void) {
  if (!previous) return nothing;
  const changes = cachedChanges(evaluation, previous);
  const text = formatChangesSummary(changes, locale, labels);
  if (changes.moved.length === 0 && changes.newlyStale.length === 0) return html`<p part="changes-summary" class="changes-summary">${text}</p>`;
  return html`<button part="changes-summary" class="changes-summary" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${CHANGES_PANEL_ID} @click=${onToggle}>
    ${text}
  </button>`;
}

/** The list the summary reveals; it loads `bsc-changes` on first sight, and its lines select nodes as the perspectives' do. */
export function changesPanel(labels: Labels) {
  return html`<section part="changes" id=${CHANGES_PANEL_ID} class="changes-panel" aria-label=${labels.changes}>
    <bsc-changes no-summary exportparts="list: changes-list, change: changes-item, change-button: changes-button"></bsc-changes>
  </section>`;
}

/**
 * Brings a perspective or objective of the default layout into view and moves focus to its title,
 * as following a link to it would; false when it is not shown (another layout, or filtered out).
 */
export function revealNode(root: ParentNode, kind: 'perspective' | 'objective', id: string): boolean {
  const perspectives = Array.from(root.querySelectorAll('bsc-perspective'));
  const host =
    kind === 'perspective'
      ? perspectives.find((perspective) => perspective.getAttribute('perspective') === id)
      : perspectives.map((perspective) => perspective.shadowRoot?.querySelector(`bsc-objective[objective="${CSS.escape(id)}"]`)).find((objective) => objective);
  const title = host?.shadowRoot?.querySelector<HTMLElement>('[part~="title"] button');
  if (!host || !title) return false;
  title.focus({ preventScroll: true });
  host.scrollIntoView({ block: 'nearest' });
  return true;
}
