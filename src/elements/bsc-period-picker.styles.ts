import { css } from 'lit';

export const periodPickerStyles = css`
  :host {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .label {
    color: var(--_color-text-muted);
  }
  select,
  button {
    font: inherit;
    color: var(--_color-text);
    border: 1px solid var(--_color-border);
    background: var(--_color-surface);
    min-height: 2rem;
  }
  select {
    padding: 0.25rem 0.5rem;
    border-radius: var(--_radius);
    font-variant-numeric: tabular-nums;
  }
  .view {
    display: inline-flex;
  }
  button {
    padding: 0.25rem 0.75rem;
    cursor: pointer;
    margin: 0;
  }
  button:first-child {
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  button:last-child {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  button + button {
    margin-inline-start: -1px;
  }
  button[aria-pressed='true'] {
    background: var(--_color-accent);
    border-color: var(--_color-accent);
    color: var(--_color-surface);
    font-weight: var(--_font-weight-strong);
  }
  select:focus-visible,
  button:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
    position: relative;
  }
  select:disabled,
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`;
