import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../src/elements/bsc-status.js';
import type { BscStatus } from '../src/elements/bsc-status.js';
import { STATUSES } from '../src/engine/types.js';

type Args = Partial<BscStatus> & Record<string, unknown>;

const { args, argTypes, template } = getStorybookHelpers<BscStatus>('bsc-status');

const meta = {
  title: 'Status/Status',
  component: 'bsc-status',
  args: { ...args, status: 'on-track' },
  argTypes: { ...argTypes, status: { ...argTypes['status'], control: 'select', options: [...STATUSES] } },
  render: (a) => template(a),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const OnTrack: Story = {};
export const Exceeding: Story = { args: { status: 'exceeding' } };
export const AtRisk: Story = { args: { status: 'at-risk' } };
export const OffTrack: Story = { args: { status: 'off-track' } };
export const NoData: Story = { args: { status: 'no-data' } };
/** A value without a target: shown, not scored. */
export const NoTarget: Story = { args: { status: 'info' } };

/** Old data keeps its colour and gains a clock mark and the word. */
export const Stale: Story = { args: { status: 'at-risk', stale: true } };

/** `previous`: the status of the period before, as a small hint when it differs. */
export const WithPrevious: Story = { args: { status: 'off-track', previous: 'at-risk' } };

/** The shape alone; the word stays for screen readers. */
export const Icon: Story = { args: { status: 'off-track', variant: 'icon' } };

/** Every status, side by side: they differ in shape and word, not only in colour. */
export const All: Story = {
  render: () => html`<div style="display: flex; flex-wrap: wrap; gap: 1rem">
    ${STATUSES.map((status) => html`<bsc-status status=${status}></bsc-status>`)}
    <bsc-status status="on-track" stale></bsc-status>
  </div>`,
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  render: () => html`<div style="display: flex; flex-wrap: wrap; gap: 1rem">
    ${STATUSES.map((status) => html`<bsc-status theme="dark" status=${status}></bsc-status>`)}
    <bsc-status theme="dark" status="at-risk" stale></bsc-status>
  </div>`,
};

export const German: Story = {
  globals: { locale: 'de-DE' },
  render: () => html`<div style="display: flex; flex-wrap: wrap; gap: 1rem">
    ${STATUSES.map((status) => html`<bsc-status status=${status}></bsc-status>`)}
    <bsc-status status="at-risk" stale></bsc-status>
  </div>`,
};
