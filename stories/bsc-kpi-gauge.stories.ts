import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import '../src/elements/bsc-kpi-gauge.js';
import type { BscKpiGauge } from '../src/elements/bsc-kpi-gauge.js';

/** Args are keyed by attribute name (`red-flag`), as the manifest names them. */
type Args = Partial<BscKpiGauge> & Record<string, unknown>;

const { args, argTypes, template } = getStorybookHelpers<BscKpiGauge>('bsc-kpi-gauge');

const meta = {
  title: 'Charts/KPI gauge',
  component: 'bsc-kpi-gauge',
  args: { ...args, value: 72, target: 80, 'red-flag': 60, label: 'Revenue growth' },
  // `kpi` is an id (text) as an attribute; a reading of its own only as a property.
  argTypes: { ...argTypes, kpi: { ...argTypes['kpi'], control: 'text' } },
  render: (a) => template(a),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** The worked example: 72 against a target of 80 and a red flag of 60 is at risk. */
export const Default: Story = {};

export const NoData: Story = { args: { value: undefined } };

/** No target: the value is shown with no bands and no status colour. */
export const NoTarget: Story = { args: { value: 12, target: undefined, 'red-flag': undefined, label: 'Headcount' } };

export const Exceeding: Story = { args: { value: 433500, target: 420000, 'red-flag': 380000, stretch: 430000, unit: 'currency', label: 'Booked revenue' } };

export const OffTrack: Story = { args: { value: 41 } };

/** Lower is better. */
export const LowerIsBetter: Story = { args: { value: 25, target: 20, 'red-flag': 30, polarity: 'down', label: 'Days sales outstanding' } };

/** A band target: two at-risk bands around the on-track band. */
export const RangeKpi: Story = {
  args: {
    value: 47,
    target: undefined,
    'red-flag': undefined,
    'target-min': 30,
    'target-max': 45,
    tolerance: 10,
    polarity: 'range',
    label: 'Inventory cover (days)',
  },
};

export const NegativeValues: Story = { args: { value: -12, target: -5, 'red-flag': -15, label: 'Net cash flow (k$)' } };

/** Beyond `max`: drawn at the end with an arrowhead, the text still says 150. */
export const OutOfDomain: Story = { args: { value: 150, min: 0, max: 100 } };

export const LongLabel: Story = { args: { label: 'Share of orders delivered complete, on time and without damage to the customer’s site' } };

export const Percent: Story = { args: { value: 0.72, target: 0.8, 'red-flag': 0.6, unit: 'percent', label: 'Win rate' } };

export const RightToLeft: Story = { globals: { locale: 'ar-EG' } };

/** The toolbar's dark theme, and `theme="dark"` on the element (it picks its colours from its own colour scheme). */
export const Dark: Story = { globals: { theme: 'dark' }, args: { theme: 'dark' } };

export const German: Story = {
  globals: { locale: 'de-DE' },
  args: { value: 433500, target: 420000, 'red-flag': 380000, unit: 'currency', currency: 'EUR', label: 'Umsatz' },
};
