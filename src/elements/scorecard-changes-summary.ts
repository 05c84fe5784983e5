/**
 * The scorecard header's "Since September 2026: 3 worse, 2 better": a button that reveals the list
 * (`bsc-changes`), or plain text when nothing moved. Nothing at the first period with data.
 */
import { css, html, nothing } from 'lit';
import type { Changes } from '../engine/changes.js';
import { formatChangesSummary } from '../format/changes.js';
import type { Labels } from '../format/labels.js';
import '../format/english/changes.js';

/** The id of the panel the summary's button controls. */
export const CHANGES_PANEL_ID = 'changes';

export function changesSummary(changes: Changes | null, open: boolean, labels: Labels, locale: string, onToggle: () => void) {
  if (changes === null) return nothing;
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

export const changesSummaryStyles = css`
  .changes-summary {
    margin: 0;
    font: inherit;
    color: var(--_color-text);
  }
  button.changes-summary {
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    cursor: pointer;
  }
  button.changes-summary::after {
    content: '▾' / '';
    display: inline-block;
    margin-inline-start: 0.4em;
    color: var(--_color-text-muted);
  }
  button.changes-summary[aria-expanded='true']::after {
    transform: rotate(180deg);
  }
  button.changes-summary:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .changes-panel {
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  @media print {
    button.changes-summary::after {
      content: none;
    }
  }
`;
