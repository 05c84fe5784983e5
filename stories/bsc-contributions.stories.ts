import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { expect } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { evaluateCascade } from '../src/cascade/evaluate-cascade.js';
import type { Cascade } from '../src/cascade/types.js';
import { carriedForwardCascade, sampleCascade } from './cascade-data.js';
import '../src/elements/bsc-contributions.js';
import type { BscContributions } from '../src/elements/bsc-contributions.js';
import '../src/format/locales/index.js';

/** Args are keyed by attribute name; `view` and `period` choose the evaluation the element is given. */
type Args = Partial<BscContributions> & Record<string, unknown>;

const { args, argTypes } = getStorybookHelpers<BscContributions>('bsc-contributions');

const meta = {
  title: 'Scorecard/Contributions',
  component: 'bsc-contributions',
  args: { ...args, kpi: 'revenue', view: 'period', period: '' },
  argTypes: {
    ...argTypes,
    view: { control: 'inline-radio', options: ['period', 'ytd'], description: 'The view of the evaluation the element is given (`evaluateCascade`).' },
    period: { control: 'text', description: 'The as-of period of that evaluation; the company’s own when empty.' },
  },
  loaders: [sampleCascade()],
  render: (a, { loaded }) => {
    const cascade = loaded['cascade'] as Cascade;
    const evaluation = evaluateCascade(cascade, { view: a.view === 'ytd' ? 'ytd' : 'period', asOf: (a.period as string | undefined) || undefined });
    return html`<bsc-contributions
      .evaluation=${evaluation}
      node=${ifDefined((a.node as string | undefined) || undefined)}
      kpi=${ifDefined((a.kpi as string | undefined) || undefined)}
      objective=${ifDefined((a.objective as string | undefined) || undefined)}
      locale=${ifDefined((a.locale as string | undefined) || undefined)}
      theme=${ifDefined((a.theme as string | undefined) || undefined)}
      style="max-width: 32rem"
    ></bsc-contributions>`;
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** The company's booked revenue, October: what sales and customer success each brought, their shares and statuses. */
export const Default: Story = {};

/** The same, year to date: every month's values added up. */
export const YearToDate: Story = { args: { view: 'ytd' } };

/** A department's own roll-up: sales's qualified meetings come from its enterprise team. */
export const Department: Story = { args: { node: 'acme-company/sales', kpi: 'qualified-meetings' } };

/** For an objective: the objectives of the departments that serve it (`alignsTo`). */
export const ServedBy: Story = { args: { kpi: '', objective: 'grow-pipeline' } };

/** Customer success's file could not be loaded: listed as such, outside the shares. */
export const MissingChild: Story = { loaders: [sampleCascade('customer-success.json')] };

/**
 * Customer success has not reported October: its KPI carries September forward (stale), which the
 * company's October total does not count — the row says from when, and has no share.
 */
export const CarriedForward: Story = {
  loaders: [carriedForwardCascade()],
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('bsc-contributions')!;
    await element.updateComplete;
    const rows = [...element.shadowRoot!.querySelectorAll('tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    await expect(rows[1]).toContain('As of Sep 2026');
    await expect(element.shadowRoot!.querySelectorAll('[part~="bar"]')).toHaveLength(1);
  },
};

export const Dark: Story = { globals: { theme: 'dark' }, args: { theme: 'dark' } };

export const RightToLeft: Story = { globals: { locale: 'ar-EG' }, args: { locale: 'ar-EG' } };

export const German: Story = { globals: { locale: 'de-DE' }, args: { locale: 'de-DE' } };
