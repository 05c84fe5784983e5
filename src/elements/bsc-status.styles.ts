import { css } from 'lit';

export const statusStyles = css`
  :host {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    line-height: 1.2;
    white-space: nowrap;
    color: var(--_status-color, var(--_status-no-data));
    font-weight: var(--_font-weight-strong);
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
  svg {
    width: 0.9em;
    height: 0.9em;
    flex: none;
    fill: currentColor;
    stroke: currentColor;
  }
  [part='stale'] {
    fill: none;
    stroke-width: 1.6;
  }
  :host([variant='icon']) [part='label'] {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
