import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import '../src/elements/bsc-bullet.js';
import type { BscBullet } from '../src/elements/bsc-bullet.js';

/** Args are keyed by attribute name (`red-flag`), as the manifest names them. */
type Args = Partial<BscBullet> & Record<string, unknown>;

const { args, argTypes, template } = getStorybookHelpers<BscBullet>('bsc-bullet');

const meta = {
  title: 'Charts/Bullet',
  component: 'bsc-bullet',
  args: { ...args, value: 433500, target: 420000, 'red-flag': 380000, stretch: 460000, unit: 'currency', label: 'Booked revenue' },
  argTypes: { ...argTypes, kpi: { ...argTypes['kpi'], control: 'text' } },
  render: (a) => template(a),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** On track: the bar passes the target's tick. */
export const Default: Story = {};

export const NoData: Story = { args: { value: undefined } };

export const NoTarget: Story = { args: { value: 12, target: undefined, 'red-flag': undefined, stretch: undefined, unit: 'number', label: 'Headcount' } };

export const Exceeding: Story = { args: { value: 471000 } };

export const OffTrack: Story = { args: { value: 352000 } };

/** A band target: a tick at each end, two at-risk bands around the on-track band. */
export const RangeKpi: Story = {
  args: {
    value: 47,
    target: undefined,
    'red-flag': undefined,
    stretch: undefined,
    'target-min': 30,
    'target-max': 45,
    tolerance: 10,
    polarity: 'range',
    unit: 'number',
    label: 'Inventory cover (days)',
  },
};

/** The bar grows from zero, leftwards for a negative value. */
export const NegativeValues: Story = { args: { value: -12, target: -5, 'red-flag': -15, stretch: undefined, unit: 'number', label: 'Net cash flow (k$)' } };

/** Beyond `max`: drawn to the end with an arrowhead, the text still says the true value. */
export const OutOfDomain: Story = { args: { value: 520000, min: 300000, max: 480000 } };

export const LongLabel: Story = { args: { label: 'Booked revenue of the enterprise segment, new logos and expansions, net of cancellations' } };

/** `dir="rtl"` on the story root: the scale runs from the right. */
export const RightToLeft: Story = { globals: { locale: 'ar-EG' } };

export const Dark: Story = { globals: { theme: 'dark' }, args: { theme: 'dark' } };

export const German: Story = { globals: { locale: 'de-DE' }, args: { currency: 'EUR', label: 'Umsatz' } };
