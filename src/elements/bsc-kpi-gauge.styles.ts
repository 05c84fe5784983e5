import { css } from 'lit';
import { chartStyles } from './internal/standalone-reading.js';

/** The element's own layout first; the shared chart colours after it, so their forced-colours rules win. */
export const gaugeStyles = [
  // Why some rules are as they are:
  // - Label anchors face the centre on the page's left and right, whatever the text direction.
  // - content-visibility: a gauge off screen skips style, layout and paint until it is scrolled near; most of the time of a
  //   dashboard of gauges is laying out their text. Until it has been seen its height is guessed from its width (the dial is
  //   ¾ as high as wide, plus the label's and the readout's lines); once seen, the browser remembers it ("auto"). Its paint
  //   containment would clip the focus ring; overflow-clip-margin leaves it room.
  css`
    :host {
      --_gauge-size: var(--bsc-gauge-size, 12rem);
      display: block;
      max-width: var(--_gauge-size);
      content-visibility: auto;
      contain-intrinsic-size: auto var(--_gauge-size) auto calc(var(--_gauge-size) * 0.75 + 3.25rem);
      overflow-clip-margin: calc(var(--bsc-focus-ring-width, 2px) + 2px);
    }
    @media print {
      :host {
        content-visibility: visible;
      }
    }
    .base {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: calc(var(--_space) / 2);
    }
    .label {
      text-align: center;
    }
    .dial {
      display: block;
      width: 100%;
      height: auto;
      overflow: visible;
      direction: ltr;
    }
    .value {
      transition: fill var(--_transition);
    }
    .target {
      stroke: var(--_color-text);
      stroke-width: 3;
    }
    .needle {
      stroke: var(--_color-text);
      stroke-width: 2.5;
      stroke-linecap: round;
    }
    .hub {
      fill: var(--_color-text);
    }
    .tick {
      fill: var(--_color-text-muted);
      font-size: 11px;
      font-variant-numeric: tabular-nums;
      dominant-baseline: middle;
    }
    .readout {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      align-items: baseline;
      gap: 0.125rem 0.5rem;
      text-align: center;
    }
    .value-text {
      font-size: var(--_font-size-large);
    }
  `,
  ...chartStyles,
];
