import { css } from 'lit';

/** The summary of what changed (scorecard-changes-summary.ts): the scorecard adopts them when its module loads. */
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
