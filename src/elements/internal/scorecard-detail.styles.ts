import { css } from 'lit';

/** The chosen KPI's panel (scorecard-detail.ts): the scorecard adopts them when the panel's module loads. */
export const detailStyles = css`
  [part='detail'] {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  [part='detail']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .detail-header {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space);
  }
  [part='detail-title'] {
    font-weight: var(--_font-weight-strong);
    overflow-wrap: anywhere;
  }
  /* The panel's heading already names the KPI. */
  [part='trend-chart']::part(label) {
    display: none;
  }
  [part='detail-close'] {
    font: inherit;
    color: var(--_color-text);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }
  [part='detail-close']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  [part='detail-comments'] {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .detail-comments-title {
    font-weight: var(--_font-weight-strong);
  }
  @media print {
    [part='detail-close'] {
      display: none;
    }
    [part='detail'] {
      break-inside: avoid;
      break-after: page;
    }
  }
`;
