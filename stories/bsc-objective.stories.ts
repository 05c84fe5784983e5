import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../src/elements/bsc-objective.js';
import '../src/elements/bsc-period-picker.js';
import type { BscObjective } from '../src/elements/bsc-objective.js';
import { acmeExceeding, acmeLongTitles, acmeStale, type Around, inScorecard, publicSector, renderInScorecard, scorecardStates } from './data.js';

/** Args are keyed by attribute name (`heading-level`). */
type Args = Partial<BscObjective> & Record<string, unknown>;

const { args, argTypes, template } = getStorybookHelpers<BscObjective>('bsc-objective');

/**
 * An objective needs a scorecard around it: each story renders one, with the model (or `src`, or
 * the model that replaces it) named in `parameters.scorecard`; the Acme sample when none is.
 */
const meta = {
  title: 'Scorecard/Objective',
  component: 'bsc-objective',
  args: { ...args, objective: 'win-customers' },
  argTypes,
  render: renderInScorecard(template),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** "Win new customers": one KPI exceeding, one on track, one at risk (weight 0: shown, not rolled up), and the CRM roll-out serving it. */
export const Default: Story = {};

/** "Deliver reliably and fast": its October analysis under the header, and on-time delivery's row marked ✎ for its comments. */
export const WithCommentary: Story = { args: { objective: 'deliver-on-time' } };

/** The same commentary right to left, in Arabic. */
export const CommentaryRightToLeft: Story = {
  args: { objective: 'deliver-on-time' },
  globals: { locale: 'ar-EG' },
  parameters: { scorecard: { locale: 'ar-EG' } },
};

/** The scorecard around it is still loading. */
export const Loading: Story = { ...scorecardStates.loading };

/** The scorecard's model is invalid: the scorecard lists the issues; the objective stays empty and lets it speak. */
export const ErrorWithIssues: Story = { ...scorecardStates.invalid };

/** A bad model replaced a good one: the notice above, the last good objective below it. */
export const LastGoodKept: Story = { ...scorecardStates.lastGoodKept };

/** No actuals as of the period: every KPI "no data" and no change; the sparklines keep the history. */
export const NoData: Story = { ...scorecardStates.noData };

/** Booked revenue carried forward from July ("as of Jul 2026") and stale. */
export const Stale: Story = { args: { objective: 'grow-revenue' }, parameters: { scorecard: { model: acmeStale } } };

export const Exceeding: Story = { parameters: { scorecard: { model: acmeExceeding } } };

/** German compound words in the objective's, the KPIs' and the initiative's titles. */
export const LongTitles: Story = {
  globals: { locale: 'de-DE' },
  args: { objective: 'responsive-support' },
  parameters: { scorecard: { model: acmeLongTitles } },
};

export const RightToLeft: Story = { globals: { locale: 'ar-EG' }, parameters: { scorecard: { locale: 'ar-EG' } } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const German: Story = { globals: { locale: 'de-DE' }, parameters: { scorecard: { locale: 'de-DE' } } };

/** Year to date: new customers summed over the year, win rate from the summed parts, the pipeline's last value. */
export const YearToDate: Story = { parameters: { scorecard: { view: 'ytd' } } };

/** The public-sector sample: the citizens' survey is biennial, so 2026 shows 2025's result. */
export const PublicSector: Story = {
  globals: { locale: 'de-DE' },
  args: { objective: 'zufriedene-buerger' },
  parameters: { scorecard: { model: publicSector } },
};

/** Composed by hand: a period picker above two objectives of different perspectives; choosing a period re-evaluates both. */
export const ComposedByHand: Story = {
  render: (a, { parameters }) =>
    inScorecard(
      parameters['scorecard'] as Around | undefined,
      html`<div style="display: grid; gap: 1.5rem">
        <bsc-period-picker></bsc-period-picker>
        ${template(a)}
        <bsc-objective objective="deliver-on-time"></bsc-objective>
      </div>`,
    ),
};

/** An id the scorecard does not hold: said quietly, with `role="status"`. */
export const UnknownId: Story = { args: { objective: 'no-such-objective' } };

/** Outside any scorecard there is nothing to show. */
export const OutsideScorecard: Story = { render: (a) => template(a) };
