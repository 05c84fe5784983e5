import { css } from 'lit';

export const changesStyles = css`
  :host {
    display: block;
  }
  .summary {
    margin: 0 0 var(--_space);
    font-weight: var(--_font-weight-strong);
  }
  .quiet,
  [part='loading'] {
    margin: 0;
    color: var(--_color-text-muted);
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .change + .change {
    border-top: 1px solid var(--_color-border);
  }
  button {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem var(--_space);
    width: 100%;
    min-height: 2.75rem;
    margin: 0;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  button:hover {
    background: var(--_color-surface-raised);
  }
  button:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: -2px;
  }
  .what {
    flex: 1 1 12rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .kind {
    margin-inline-end: 0.4em;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .title {
    font-weight: var(--_font-weight-strong);
  }
  .statuses,
  .seen {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em;
  }
  .arrow {
    color: var(--_color-text-muted);
  }
  :host(:dir(rtl)) .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }
  .move {
    min-width: 6rem;
    color: var(--_color-text-muted);
    text-align: end;
  }
  .move.worse {
    color: var(--_status-off-track);
    font-weight: var(--_font-weight-strong);
  }
  .move.better {
    color: var(--_status-on-track);
    font-weight: var(--_font-weight-strong);
  }
  @media (forced-colors: active) {
    button:focus-visible {
      outline-color: Highlight;
    }
  }
`;
