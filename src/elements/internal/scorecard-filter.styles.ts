import { css } from 'lit';

/** The filter's controls (scorecard-filter.ts): the scorecard adopts them when the filter's module loads. */
export const filterStyles = css`
  .filter {
    display: flex;
    flex: 1 1 100%;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .filter-field {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
  }
  .filter-label {
    color: var(--_color-text-muted);
  }
  .filter input {
    min-width: 0;
    width: 14rem;
    max-width: 100%;
  }
  .filter-clear {
    cursor: pointer;
  }
  .filter-count {
    color: var(--_color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .filter-count:empty {
    display: none;
  }
  .no-match {
    display: grid;
    justify-items: start;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
  }
  .no-match p {
    margin: 0;
  }
  @media print {
    .filter {
      display: none;
    }
  }
`;
