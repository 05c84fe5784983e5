import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../src/elements/bsc-perspective.js';
import '../src/elements/bsc-kpi.js';
import type { BscPerspective } from '../src/elements/bsc-perspective.js';
import { acmeExceeding, acmeLongTitles, acmeStale, type Around, inScorecard, publicSector, renderInScorecard, scorecardStates } from './data.js';

/** Args are keyed by attribute name (`heading-level`). */
type Args = Partial<BscPerspective> & Record<string, unknown>;

const { args, argTypes, template } = getStorybookHelpers<BscPerspective>('bsc-perspective');

/**
 * A perspective needs a scorecard around it: each story renders one, with the model (or `src`, or
 * the model that replaces it) named in `parameters.scorecard`; the Acme sample when none is.
 */
const meta = {
  title: 'Scorecard/Perspective',
  component: 'bsc-perspective',
  args: { ...args, perspective: 'financial' },
  argTypes,
  render: renderInScorecard(template),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Financial, from the Acme sample: at risk, its three objectives with their KPIs and initiatives. */
export const Default: Story = {};

/** The scorecard around it is still loading: the perspective has nothing to show yet. */
export const Loading: Story = { ...scorecardStates.loading };

/** The scorecard's model is invalid: the scorecard lists the issues; the perspective stays empty and lets it speak. */
export const ErrorWithIssues: Story = { ...scorecardStates.invalid };

/** A bad model replaced a good one: the notice above, the last good perspective below it. */
export const LastGoodKept: Story = { ...scorecardStates.lastGoodKept };

/** No actuals as of the period: every KPI and objective "no data", never 0. */
export const NoData: Story = { ...scorecardStates.noData };

/** Booked revenue carried forward from July and stale: the clock mark on the KPI, its objective and the perspective. */
export const Stale: Story = { parameters: { scorecard: { model: acmeStale } } };

export const Exceeding: Story = { parameters: { scorecard: { model: acmeExceeding } } };

export const LongTitles: Story = { globals: { locale: 'de-DE' }, parameters: { scorecard: { model: acmeLongTitles } } };

export const RightToLeft: Story = { globals: { locale: 'ar-EG' }, parameters: { scorecard: { locale: 'ar-EG' } } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const German: Story = { globals: { locale: 'de-DE' }, parameters: { scorecard: { locale: 'de-DE' } } };

export const YearToDate: Story = { parameters: { scorecard: { view: 'ytd' } } };

/** The public-sector sample's top perspective: its citizens. Yearly periods; a biennial survey carried from 2025. */
export const PublicSector: Story = {
  globals: { locale: 'de-DE' },
  args: { perspective: 'community' },
  parameters: { scorecard: { model: publicSector } },
};

/** Content of the page's own in the card's body, instead of the objectives: here three KPI cards. */
export const ComposedByHand: Story = {
  render: (a, { parameters }) =>
    inScorecard(
      parameters['scorecard'] as Around | undefined,
      template(
        a,
        html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 1rem">
          <bsc-kpi kpi="booked-revenue" variant="card"></bsc-kpi>
          <bsc-kpi kpi="gross-margin" variant="card"></bsc-kpi>
          <bsc-kpi kpi="free-cash-flow" variant="card"></bsc-kpi>
        </div>`,
      ),
    ),
};

/** An id the scorecard does not hold: said quietly, with `role="status"`. */
export const UnknownId: Story = { args: { perspective: 'no-such-perspective' } };

/** Outside any scorecard there is nothing to show. */
export const OutsideScorecard: Story = { render: (a) => template(a) };
