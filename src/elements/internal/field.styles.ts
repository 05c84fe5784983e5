import { css } from 'lit';

/**
 * A form field in the kit's look, on an element of class `field`: the period picker's list, the
 * scorecard filter's list, search box and clear button.
 */
export const fieldStyles = css`
  .field {
    font: inherit;
    color: var(--_color-text);
    border: 1px solid var(--_color-border);
    background: var(--_color-surface);
    /* One height in every engine (WebKitGTK draws a select 36 px tall by itself), which the scorecard's header keeps while its filter loads. */
    box-sizing: border-box;
    block-size: 2rem;
    padding: 0.25rem 0.5rem;
    border-radius: var(--_radius);
  }
  .field:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
`;
