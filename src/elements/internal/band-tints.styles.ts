import { css } from 'lit';

/**
 * The tint of each threshold band, by its status: the gauge's and the bullet's bands (`.band`), the
 * trend chart's zones (`.zone`). One mapping from a status to its band token.
 */
export const bandTintStyles = css`
  :is(.band, .zone).exceeding {
    fill: var(--_band-exceeding);
  }
  :is(.band, .zone).on-track {
    fill: var(--_band-on-track);
  }
  :is(.band, .zone).at-risk {
    fill: var(--_band-at-risk);
  }
  :is(.band, .zone).off-track {
    fill: var(--_band-off-track);
  }
`;
