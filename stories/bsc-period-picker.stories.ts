import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../src/elements/bsc-period-picker.js';
import '../src/elements/bsc-kpi.js';
import type { BscPeriodPicker } from '../src/elements/bsc-period-picker.js';
import { type Around, inScorecard, publicSector, renderInScorecard, scorecardStates } from './data.js';

type Args = Partial<BscPeriodPicker> & Record<string, unknown>;

const { args, argTypes, template } = getStorybookHelpers<BscPeriodPicker>('bsc-period-picker');

/**
 * The picker sets the period and view of the scorecard around it: each story renders one, with the
 * model named in `parameters.scorecard` (the Acme sample when none is). Choosing a period or the
 * view fires `bsc-period-change` on the scorecard.
 */
const meta = {
  title: 'Scorecard/Period picker',
  component: 'bsc-period-picker',
  args,
  argTypes,
  render: renderInScorecard(template),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** The Acme sample's months with data, newest first, October 2026 chosen; the period view pressed. */
export const Default: Story = {};

/** The scorecard is still loading: both controls disabled, the list empty. */
export const Loading: Story = { ...scorecardStates.loading };

/** The scorecard's model is invalid: nothing to choose from. */
export const ErrorWithIssues: Story = { ...scorecardStates.invalid };

/** A bad model replaced a good one: the picker keeps working on the last good one. */
export const LastGoodKept: Story = { ...scorecardStates.lastGoodKept };

/** No 2026 actuals: the list holds the months with data, and October (the as-of month) on top although it has none. */
export const NoData: Story = { ...scorecardStates.noData };

export const RightToLeft: Story = { globals: { locale: 'ar-EG' }, parameters: { scorecard: { locale: 'ar-EG' } } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const German: Story = { globals: { locale: 'de-DE' }, parameters: { scorecard: { locale: 'de-DE' } } };

/** The scorecard's `view="ytd"`: the year-to-date button pressed. */
export const YearToDate: Story = { parameters: { scorecard: { view: 'ytd' } } };

/** The scorecard's `period="2026-06"`: June chosen. */
export const AsOfJune: Story = { parameters: { scorecard: { period: '2026-06' } } };

/** Yearly periods, in German. */
export const PublicSector: Story = { globals: { locale: 'de-DE' }, parameters: { scorecard: { model: publicSector } } };

/** Composed by hand with two KPI rows: choosing a period or the view updates them. */
export const ComposedByHand: Story = {
  render: (a, { parameters }) =>
    inScorecard(
      parameters['scorecard'] as Around | undefined,
      html`<div style="display: grid; gap: 1rem">
        ${template(a)}
        <bsc-kpi kpi="booked-revenue"></bsc-kpi>
        <bsc-kpi kpi="net-promoter-score"></bsc-kpi>
      </div>`,
    ),
};

/** Outside a scorecard: both controls disabled, the list empty. */
export const OutsideScorecard: Story = { render: (a) => template(a) };
