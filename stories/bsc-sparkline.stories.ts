import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import '../src/elements/bsc-sparkline.js';
import type { BscSparkline } from '../src/elements/bsc-sparkline.js';

type Args = Partial<BscSparkline> & Record<string, unknown>;

const { args, argTypes, template } = getStorybookHelpers<BscSparkline>('bsc-sparkline');

const meta = {
  title: 'Charts/Sparkline',
  component: 'bsc-sparkline',
  args: { ...args, values: [401, 412, 398, 420, 431, 418, 440, 452, 447, 461, 458, 470], target: 430, label: 'Booked revenue (k$)' },
  // `values` is a list: as an attribute, "3,5,,7" with an empty item for a gap.
  argTypes: { ...argTypes, values: { ...argTypes['values'], control: 'object' } },
  render: (a) => template(a),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const NoData: Story = { args: { values: [] } };

/** Missing periods are gaps, never zeros; a value between two gaps is a dot. */
export const Gaps: Story = { args: { values: [401, 412, null, 420, 431, null, 440, null, 447, 461, null, 470] } };

export const Exceeding: Story = { args: { values: [380, 395, 410, 430, 455, 470, 492, 510], target: 430 } };

export const OffTrack: Story = { args: { values: [460, 450, 431, 420, 405, 398, 380, 362], target: 430 } };

/** A band target judges the trend (closer to the band is better) and draws no line. */
export const RangeKpi: Story = { args: { values: [52, 49, 47, 44, 41, 40, 38, 36], target: undefined, polarity: 'range', label: 'Inventory cover (days)' } };

export const NegativeValues: Story = { args: { values: [-12, -8, -9, -4, 2, -1, 3, 6], target: 0, label: 'Net cash flow (k$)' } };

/** Lower is better: a falling line is improving. */
export const LowerIsBetter: Story = { args: { values: [55, 52, 50, 47, 45, 44, 41, 40], target: 45, polarity: 'down', label: 'Days sales outstanding' } };

export const LongLabel: Story = { args: { label: 'Booked revenue of the enterprise segment, new logos and expansions, net of cancellations' } };

/** Larger, through its tokens: strokes and dots keep their size. */
export const Larger: Story = { args: { '--bsc-sparkline-width': '20rem', '--bsc-sparkline-height': '5rem' } };

export const RightToLeft: Story = { globals: { locale: 'ar-EG' } };

export const Dark: Story = { globals: { theme: 'dark' }, args: { theme: 'dark' } };

export const German: Story = { globals: { locale: 'de-DE' }, args: { label: 'Umsatz (Tsd. €)' } };
