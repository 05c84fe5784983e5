import { css } from 'lit';

export const scorecardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_min-column: var(--bsc-scorecard-min-column, 22rem);
    padding: var(--bsc-scorecard-padding, calc(var(--_space) * 2));
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  [part='base'] {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  slot {
    display: contents;
  }
  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 3);
  }
  .heading {
    flex: 1 1 100%;
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: var(--_font-weight-strong);
    overflow-wrap: anywhere;
  }
  [part='as-of'] {
    margin: 0;
    color: var(--_color-text-muted);
  }
  [part='overall'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
  }
  [part='score'] {
    font-size: var(--_font-size-large);
    font-weight: var(--_font-weight-strong);
    font-variant-numeric: tabular-nums;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-inline-start: auto;
  }
  .body {
    display: grid;
  }
  [part='detail'] {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  [part='detail']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .detail-header {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space);
  }
  [part='detail-title'] {
    font-weight: var(--_font-weight-strong);
    overflow-wrap: anywhere;
  }
  /* The panel's heading already names the KPI. */
  [part='trend-chart']::part(label) {
    display: none;
  }
  [part='detail-close'] {
    font: inherit;
    color: var(--_color-text);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }
  [part='detail-close']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  [part='detail-comments'] {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .detail-comments-title {
    font-weight: var(--_font-weight-strong);
  }
  [part='perspectives'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_min-column)), 1fr));
    gap: calc(var(--_space) * 2);
    align-items: start;
  }
  [part='loading'],
  [part='empty'] {
    padding: calc(var(--_space) * 2);
    color: var(--_color-text-muted);
  }
  /*
   * Print: paper is white whatever the theme. The tokens are light-dark() pairs that follow the
   * inherited color-scheme, so forcing the light scheme on the host (and through --bsc-color-scheme
   * on everything inside) prints the light palette; the theme attribute's rule is outweighed here.
   * The controls do nothing on paper. Each perspective starts a page, as one column.
   */
  @media print {
    :host,
    :host([theme]) {
      --bsc-color-scheme: light;
      color-scheme: light;
      background: var(--_color-surface);
      color: var(--_color-text);
      padding: 0;
      container-type: normal;
    }
    .controls,
    [part='detail-close'] {
      display: none;
    }
    [part='perspectives'] {
      display: block;
    }
    [part='perspective'] + [part='perspective'] {
      break-before: page;
    }
    [part='header'],
    [part='detail'] {
      break-inside: avoid;
    }
    [part='detail'] {
      break-after: page;
    }
  }
`;
