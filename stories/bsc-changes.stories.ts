import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import '../src/elements/bsc-changes.js';
import type { BscChanges } from '../src/elements/bsc-changes.js';
import type { ScorecardInput } from '../src/model/index.js';
import { acme, acmeInvalid, acmeLongTitles, type Around, renderInScorecard, scorecardStates } from './data.js';

type Args = Partial<BscChanges> & Record<string, unknown>;

const { args, argTypes, template } = getStorybookHelpers<BscChanges>('bsc-changes');

/**
 * What moved since the previous period, in the scorecard around it (the model named in
 * `parameters.scorecard`, the Acme sample when none is): the summary, then a line per node whose
 * status moved, each a button that fires `bsc-select`.
 */
const meta = {
  title: 'Scorecard/Changes',
  component: 'bsc-changes',
  args,
  argTypes,
  render: renderInScorecard(template),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** The Acme sample as of October 2026, against September: the groups and KPIs that moved, worse and better. */
export const Default: Story = {};

/** The scorecard is still loading: it says so, and the list stays quiet until it has a model. */
export const Loading: Story = { ...scorecardStates.loading };

/** On its own before the page sets `model`: "Loading…", quietly (`role="status"`). */
export const WaitingForModel: Story = { render: (a) => template(a) };

/** On its own, with an invalid `model`: the issues, announced. */
export const ErrorWithIssues: Story = { render: (a) => template({ ...a, model: acmeInvalid() }) };

/** At the first period with data there is nothing to compare with. */
export const NoPreviousPeriod: Story = { parameters: { scorecard: { period: '2024-11' } satisfies Around } };

/** Two months alike: "No status changed since September 2026." */
export const NothingChanged: Story = { render: (a) => template({ ...a, model: steady() }) };

/** As of September 2026: moves, and four nodes newly stale (critical-skills coverage stopped reporting). */
export const NewlyStale: Story = { parameters: { scorecard: { period: '2026-09' } satisfies Around } };

/** Titles of a hundred characters and more wrap inside their line. */
export const LongTitles: Story = { parameters: { scorecard: { model: acmeLongTitles } satisfies Around } };

export const RightToLeft: Story = { globals: { locale: 'ar-EG' }, parameters: { scorecard: { locale: 'ar-EG' } } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const German: Story = { globals: { locale: 'de-DE' }, parameters: { scorecard: { locale: 'de-DE' } } };

/** On its own: the `model` property and a `period`, no scorecard around it. */
export const Standalone: Story = { render: (a) => template({ ...a, model: acme(), period: '2026-07' }) };

/** The Acme sample with October's actuals equal to September's: no status moves. */
function steady(): ScorecardInput {
  const model = acme();
  for (const perspective of model.perspectives) {
    for (const objective of perspective.objectives ?? []) {
      for (const kpi of objective.kpis ?? []) {
        const series = kpi.series ?? [];
        const september = series.find((o) => o.period === '2026-09');
        const october = series.find((o) => o.period === '2026-10');
        if (september && october) Object.assign(october, { ...september, period: '2026-10' });
      }
    }
  }
  return model;
}
