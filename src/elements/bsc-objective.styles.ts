import { css } from 'lit';
import { figureStyles } from './bsc-kpi.styles.js';

// Why some rules are as they are:
// - Should a language's words still not fit, the table scrolls rather than spill out of the card; the padding keeps focus rings unclipped.
// - A status word wraps only when it is longer than the common ones ("Off track", "Exceeding").
// - Narrow (a perspective card in a grid, a phone): each KPI on two lines — name and status, then actual, target and change, each named by a word that screen readers skip (the column headers, kept for them, already say it).
// - Breaks the line after the name and the status.
// - content-visibility: an objective off screen skips style, layout and paint until it is scrolled near — a scorecard of 200 KPIs
//   lays out the few objectives in view, not 45 tables. Its words stay in the accessibility tree and find-in-page. The browser
//   remembers the size it last had ("auto"), so the scrollbar does not jump once it has been seen. Before that its height is
//   reckoned from its rows, generously (two lines each, as narrow): content taller than the placeholder would lie over the next
//   objective for anything reading the geometry (axe's target-size at 320px found KPI names "obscured" so). Its paint containment would
//   clip focus rings at the edge; overflow-clip-margin leaves them room.
const ownStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    content-visibility: auto;
    /* Set per size of objective by a shared style sheet (bsc-objective.ts): how many rows and initiatives it holds. */
    --_placeholder-kpis: 3;
    --_placeholder-initiatives: 0;
    contain-intrinsic-size: auto calc(5rem + var(--_placeholder-kpis) * 5rem + var(--_placeholder-initiatives) * 3.5rem);
    overflow-clip-margin: 4px;
  }
  @media print {
    :host {
      content-visibility: visible;
      break-inside: avoid;
    }
  }
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .title {
    flex: 1 1 12rem;
    margin: 0;
    font-weight: var(--_font-weight-strong);
    font-size: calc(var(--_font-size) * 1.07);
  }
  .owner {
    order: 3;
    flex-basis: 100%;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .overall {
    display: inline-flex;
    align-items: baseline;
    gap: var(--_space);
  }
  .score {
    font-weight: var(--_font-weight-strong);
    font-variant-numeric: tabular-nums;
  }

  .kpis-scroll {
    overflow-x: auto;
    padding: 3px;
  }
  .kpis {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--_font-size-small);
  }
  th,
  td {
    padding: 0.3rem 0.4rem;
    text-align: start;
    vertical-align: baseline;
    font-weight: normal;
  }
  th:first-child,
  td:first-child {
    padding-inline-start: 0;
  }
  th:last-child,
  td:last-child {
    padding-inline-end: 0;
  }
  thead th {
    color: var(--_color-text-muted);
    border-block-end: 1px solid var(--_color-border);
    white-space: nowrap;
  }
  tbody tr + tr > * {
    border-block-start: 1px solid var(--_color-track);
  }
  tbody tr {
    cursor: pointer;
  }
  tbody tr.breakdown {
    cursor: auto;
  }
  tbody tr.breakdown:hover {
    background: none;
  }
  tbody tr.breakdown > td {
    border-block-start: 0;
    padding-block-start: 0;
  }
  tbody tr:hover {
    background: var(--_color-surface-raised);
  }
  .name-col {
    min-width: 8rem;
  }
  tbody .name-col {
    font-size: var(--_font-size);
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  td .carried {
    display: block;
  }
  td.status {
    min-width: 7.5em;
  }
  td .status-badge {
    white-space: normal;
  }
  .change-trend {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .change-trend .spark {
    flex: none;
    width: var(--bsc-sparkline-width, 4rem);
    height: var(--bsc-sparkline-height, 1.25rem);
  }

  @container (max-width: 32rem) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tbody tr {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.15rem 0.9rem;
      padding-block: 0.4rem;
    }
    tbody tr::after {
      content: '';
      flex-basis: 100%;
      order: 2;
    }
    tbody tr + tr {
      border-block-start: 1px solid var(--_color-track);
    }
    tbody tr > * {
      display: block;
      padding: 0;
      border: 0 !important;
      text-align: start;
    }
    tbody .name-col {
      flex: 1 1 0;
      width: auto;
      min-width: 0;
    }
    .status {
      order: 1;
    }
    .value {
      order: 3;
    }
    .target {
      order: 4;
    }
    .change-col {
      order: 5;
      margin-inline-start: auto;
    }
    td .carried {
      display: inline;
      margin-inline-start: 0.3em;
    }
    td[data-label]::before {
      content: attr(data-label) / '';
      margin-inline-end: 0.3em;
      color: var(--_color-text-muted);
    }
    .value {
      font-weight: var(--_font-weight-strong);
    }
  }
  @container (max-width: 24rem) {
    .change-trend .spark {
      display: none;
    }
  }

  .subheading {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }
  .initiatives {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: calc(var(--_space) / 2) 0 0;
    padding: 0;
    list-style: none;
  }
  .initiative {
    display: grid;
    gap: 0.1rem;
  }
  .initiative-title {
    justify-self: start;
  }
  .initiative-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .muted {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .dates {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .progress-line {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  progress {
    flex: 1 1 auto;
    max-width: 16rem;
    height: 0.5rem;
    appearance: none;
    border: none;
    border-radius: 999px;
    overflow: hidden;
    background: var(--_color-track);
    color: var(--_color-accent);
  }
  progress::-webkit-progress-bar {
    background: var(--_color-track);
  }
  progress::-webkit-progress-value {
    background: var(--_color-accent);
    border-radius: 999px;
  }
  progress::-moz-progress-bar {
    background: var(--_color-accent);
  }
  .progress-value {
    min-width: 3.5em;
    font-size: var(--_font-size-small);
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    progress {
      border: 1px solid CanvasText;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
  }
`;

export const objectiveStyles = [figureStyles, ownStyles];
