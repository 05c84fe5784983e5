import { css } from 'lit';

/** The host takes the status colour too, so text next to the badge can follow it (`color: inherit`). */
export const statusStyles = css`
  :host {
    display: inline-flex;
    color: var(--_status-color, var(--_status-no-data));
  }
  :host([status='exceeding']) {
    --_status-color: var(--_status-exceeding);
  }
  :host([status='on-track']) {
    --_status-color: var(--_status-on-track);
  }
  :host([status='at-risk']) {
    --_status-color: var(--_status-at-risk);
  }
  :host([status='off-track']) {
    --_status-color: var(--_status-off-track);
  }
`;
