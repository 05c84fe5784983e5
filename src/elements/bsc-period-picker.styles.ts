import { css } from 'lit';
import { toggleStyles } from './internal/toggle.styles.js';

const ownStyles = css`
  :host {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .label {
    color: var(--_color-text-muted);
  }
  select {
    font: inherit;
    color: var(--_color-text);
    border: 1px solid var(--_color-border);
    background: var(--_color-surface);
    min-height: 2rem;
    padding: 0.25rem 0.5rem;
    border-radius: var(--_radius);
    font-variant-numeric: tabular-nums;
  }
  select:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
    position: relative;
  }
  select:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
`;

export const periodPickerStyles = [ownStyles, toggleStyles];
