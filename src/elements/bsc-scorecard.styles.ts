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
  /* The controls' room while they load (measured with the sample scorecard's owners, in English): nothing moves when they come. */
  .filter.pending {
    flex: 1 1 100%;
    min-block-size: 2rem;
  }
  @container (max-width: 56rem) {
    .filter.pending {
      min-block-size: 4.5rem;
    }
  }
  @container (max-width: 34rem) {
    .filter.pending {
      min-block-size: 7rem;
    }
  }
  /* The summary's room while it loads: a line of its usual length. */
  .changes-summary.pending {
    display: inline-block;
    inline-size: min(21rem, 100%);
    min-block-size: 2rem;
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
    .pending {
      display: none;
    }
    [part='perspectives'] {
      display: block;
    }
    [part='perspective'] + [part='perspective'] {
      break-before: page;
    }
    [part='header'] {
      break-inside: avoid;
    }
  }
`;
