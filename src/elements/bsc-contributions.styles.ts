import { css } from 'lit';

export const contributionsStyles = css`
  :host {
    display: block;
  }
  .base {
    margin: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .caption {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: var(--_font-size-small);
  }
  th,
  td {
    padding: 0.125rem calc(var(--_space) / 2);
    text-align: start;
    font-weight: normal;
    vertical-align: middle;
  }
  thead th {
    color: var(--_color-text-muted);
    border-block-end: 1px solid var(--_color-border);
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .value-period {
    display: block;
    color: var(--_color-text-muted);
  }
  .bar {
    display: inline-block;
    width: 3rem;
    height: 0.375rem;
    margin-inline-end: 0.375rem;
    vertical-align: middle;
  }
  :host(:dir(rtl)) .bar {
    transform: scaleX(-1);
  }
  .track {
    fill: var(--_color-track);
  }
  .fill {
    fill: var(--_color-accent);
  }
  .missing,
  .child {
    color: var(--_color-text-muted);
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.125rem;
    font-size: var(--_font-size-small);
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 calc(var(--_space) / 2);
  }
  @media (forced-colors: active) {
    .fill {
      fill: CanvasText;
    }
  }
`;
