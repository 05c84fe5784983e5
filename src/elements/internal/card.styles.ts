import { css } from 'lit';

/**
 * The frame of a card (`bsc-kpi`'s card variant, `bsc-perspective`): border, corners, surface and
 * padding, as tall as its row of a grid. Put it on a `.card` element; its layout inside is the element's.
 */
export const cardStyles = css`
  .card {
    height: 100%;
    box-sizing: border-box;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
`;
