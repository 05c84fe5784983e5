import { css } from 'lit';
import { cardStyles } from './internal/card.styles.js';

/**
 * What every element showing KPI figures shares (bsc-kpi, and bsc-objective's table): the title
 * buttons that select a node, the change colours.
 */
// Why some rules are as they are:
// - A button that selects a node is at least 24px tall (WCAG 2.5.8, target size): narrow, a KPI's name sits close above its figures.
// - The card shows the name, value and status once, above: the bullet keeps only its bars and scale.
export const figureStyles = css`
  .select {
    all: unset;
    box-sizing: border-box;
    cursor: pointer;
    border-radius: 2px;
    overflow-wrap: anywhere;
    text-align: start;
    display: inline-block;
    min-block-size: 24px;
  }
  .select:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .select:focus-visible,
  a:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .label {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .change {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .change.better {
    color: var(--_status-on-track);
  }
  .change.worse {
    color: var(--_status-off-track);
  }
  .change.same,
  .change.none {
    color: var(--_color-text-muted);
  }
  .arrow {
    font-size: 0.8em;
  }
  .word {
    margin-inline-start: 0.4em;
    font-size: var(--_font-size-small);
  }
  .carried {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    font-weight: normal;
    white-space: nowrap;
  }
  [part='empty'] {
    margin: 0;
    color: var(--_color-text-muted);
  }
`;

const ownStyles = css`
  :host {
    display: block;
  }
  .value,
  .target {
    font-variant-numeric: tabular-nums;
  }
  .name {
    font-weight: var(--_font-weight-strong);
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem calc(var(--_space) * 2);
    padding: calc(var(--_space) / 2) 0;
  }
  .row .name-cell {
    flex: 1 1 10rem;
  }
  .row .value {
    font-weight: var(--_font-weight-strong);
  }
  .row bsc-sparkline {
    align-self: center;
    --bsc-sparkline-width: 5rem;
    --bsc-sparkline-height: 1.25rem;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  .card p {
    margin: 0;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space);
  }
  .card .value {
    font-size: calc(var(--_font-size-large) * 1.5);
    font-weight: var(--_font-weight-strong);
    line-height: 1.15;
  }
  .card bsc-sparkline {
    --bsc-sparkline-width: 100%;
    --bsc-sparkline-height: 2.5rem;
  }
  .card bsc-bullet::part(label),
  .card bsc-bullet::part(value-text),
  .card bsc-bullet::part(status) {
    display: none;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem calc(var(--_space) * 2);
    margin-block-start: auto;
    padding-block-start: calc(var(--_space) / 2);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .source {
    overflow-wrap: anywhere;
  }
  a.source {
    color: var(--_color-accent);
  }
`;

export const kpiStyles = [figureStyles, cardStyles, ownStyles];
