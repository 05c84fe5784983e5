import { css } from 'lit';
import { fieldStyles } from './internal/field.styles.js';
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
    font-variant-numeric: tabular-nums;
  }
  select:focus-visible {
    position: relative;
  }
  select:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
`;

export const periodPickerStyles = [fieldStyles, ownStyles, toggleStyles];
