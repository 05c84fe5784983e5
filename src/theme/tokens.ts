import { css } from 'lit';

/**
 * The kit's design tokens. Every colour, font, radius and spacing is a public `--bsc-*` custom
 * property that a page or a vendor sets anywhere above an element; inside, elements read private
 * `--_*` copies, so the public names stay few and stable while the internals can change.
 *
 * Light and dark come from CSS `light-dark()`, which follows the inherited `color-scheme`: the
 * operating system's preference by default, or `theme="light|dark"` on any kit element, which also
 * passes the choice down to the elements inside it through `--bsc-color-scheme`.
 *
 * Status colours are dark enough for 4.5:1 text contrast on the light surface (and light enough on
 * the dark one); status is never shown by colour alone (see `bsc-status`).
 */
export const tokens = css`
  :host {
    color-scheme: var(--bsc-color-scheme, light dark);
    --_font-family: var(--bsc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--bsc-font-size, 0.875rem);
    --_font-size-small: var(--bsc-font-size-small, 0.75rem);
    --_font-size-large: var(--bsc-font-size-large, 1.25rem);
    --_font-weight-strong: var(--bsc-font-weight-strong, 600);
    --_color-text: var(--bsc-color-text, light-dark(#111827, #f3f4f6));
    --_color-text-muted: var(--bsc-color-text-muted, light-dark(#4b5563, #9ca3af));
    --_color-surface: var(--bsc-color-surface, light-dark(#ffffff, #111827));
    --_color-surface-raised: var(--bsc-color-surface-raised, light-dark(#f9fafb, #1f2937));
    --_color-border: var(--bsc-color-border, light-dark(#d1d5db, #374151));
    --_color-track: var(--bsc-color-track, light-dark(#e5e7eb, #374151));
    --_color-accent: var(--bsc-color-accent, light-dark(#1d4ed8, #93c5fd));
    --_color-focus: var(--bsc-color-focus, light-dark(#1d4ed8, #93c5fd));
    --_color-error: var(--bsc-color-error, light-dark(#b91c1c, #fca5a5));
    --_color-error-surface: var(--bsc-color-error-surface, light-dark(#fef2f2, #450a0a));
    --_status-exceeding: var(--bsc-status-exceeding, light-dark(#1d4ed8, #93c5fd));
    --_status-on-track: var(--bsc-status-on-track, light-dark(#15803d, #4ade80));
    --_status-at-risk: var(--bsc-status-at-risk, light-dark(#b45309, #fbbf24));
    --_status-off-track: var(--bsc-status-off-track, light-dark(#b91c1c, #f87171));
    --_status-no-data: var(--bsc-status-no-data, light-dark(#6b7280, #9ca3af));
    --_band-exceeding: var(--bsc-band-exceeding, light-dark(#dbeafe, #1e3a8a));
    --_band-on-track: var(--bsc-band-on-track, light-dark(#dcfce7, #14532d));
    --_band-at-risk: var(--bsc-band-at-risk, light-dark(#fef3c7, #713f12));
    --_band-off-track: var(--bsc-band-off-track, light-dark(#fee2e2, #7f1d1d));
    --_radius: var(--bsc-radius, 6px);
    --_space: var(--bsc-space, 0.5rem);
    --_focus-ring: var(--bsc-focus-ring-width, 2px) solid var(--_color-focus);
    --_transition: var(--bsc-transition, 150ms ease-out);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    color: var(--_color-text);
  }
  :host([theme='light']) {
    --bsc-color-scheme: light;
  }
  :host([theme='dark']) {
    --bsc-color-scheme: dark;
  }
  :host([hidden]) {
    display: none !important;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_transition: 0s;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_status-exceeding: CanvasText;
      --_status-on-track: CanvasText;
      --_status-at-risk: CanvasText;
      --_status-off-track: CanvasText;
      --_status-no-data: GrayText;
      --_band-exceeding: Canvas;
      --_band-on-track: Canvas;
      --_band-at-risk: Canvas;
      --_band-off-track: Canvas;
      --_color-track: CanvasText;
      --_color-focus: Highlight;
      --_color-border: CanvasText;
    }
  }
`;
