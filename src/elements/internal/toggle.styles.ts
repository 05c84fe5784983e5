import { css } from 'lit';

/**
 * A group of buttons of which one is chosen (`aria-pressed="true"`): the period picker's view
 * switch and the scorecard's layout switch. Put it on a `.toggle` element holding the buttons.
 */
export const toggleStyles = css`
  .toggle {
    display: inline-flex;
  }
  .toggle button {
    font: inherit;
    color: var(--_color-text);
    border: 1px solid var(--_color-border);
    background: var(--_color-surface);
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
    cursor: pointer;
    margin: 0;
  }
  .toggle button:first-child {
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  .toggle button:last-child {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .toggle button + button {
    margin-inline-start: -1px;
  }
  .toggle button[aria-pressed='true'] {
    background: var(--_color-accent);
    border-color: var(--_color-accent);
    color: var(--_color-surface);
    font-weight: var(--_font-weight-strong);
  }
  .toggle button:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
    position: relative;
  }
  .toggle button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  @media (forced-colors: active) {
    .toggle button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`;
