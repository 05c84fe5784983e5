/**
 * The two white-label themes of demo/themes/ on the same scorecard, pinned through the toolbar's
 * `theme` global: the preview puts the vendor's class on the story root and gives its status words
 * to the kit elements (`.storybook/preview.ts`). Shown on the "Theming" docs page (theming.mdx).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/elements/bsc-scorecard.js';
import '../../src/elements/bsc-kpi-gauge.js';
import '../../src/elements/bsc-bullet.js';
import '../../src/elements/bsc-status.js';
import { acme } from '../data.js';

const meta = {
  title: 'Docs/Theming',
  tags: ['!autodocs'],
  render: () => html`<bsc-scorecard .model=${acme()}></bsc-scorecard>`,
} satisfies Meta;
export default meta;

type Story = StoryObj;

/** Harbour Analytics: light, a serif face, a teal brand, round corners, Okabe–Ito status hues; “Ahead / On plan / Watch / Behind”. */
export const VendorA: Story = { globals: { theme: 'vendor-a' } };

/** Northwind Ops: dark, a condensed face, square corners, an orange brand; “Blue / Green / Amber / Red”. */
export const VendorB: Story = { globals: { theme: 'vendor-b' } };

/** Every status, a gauge and a bullet under the toolbar's theme: pick Vendor A or B above to compare with the kit's own. */
export const Statuses: Story = {
  render: () => html`<div style="display: grid; gap: 1rem">
    <p style="display: flex; flex-wrap: wrap; gap: 1.5rem; margin: 0">
      <bsc-status status="exceeding"></bsc-status>
      <bsc-status status="on-track"></bsc-status>
      <bsc-status status="at-risk"></bsc-status>
      <bsc-status status="off-track"></bsc-status>
      <bsc-status status="no-data"></bsc-status>
      <bsc-status status="at-risk" stale></bsc-status>
    </p>
    <div style="display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; --bsc-gauge-size: 10rem">
      <bsc-kpi-gauge value="72" target="80" red-flag="60" label="Revenue growth"></bsc-kpi-gauge>
      <bsc-kpi-gauge value="433500" target="420000" red-flag="380000" stretch="430000" unit="currency" label="Booked revenue"></bsc-kpi-gauge>
      <bsc-bullet value="25" target="20" red-flag="30" polarity="down" label="Days sales outstanding" style="flex: 1 1 18rem"></bsc-bullet>
    </div>
  </div>`,
};
