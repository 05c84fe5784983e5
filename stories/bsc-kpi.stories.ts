import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../src/elements/bsc-kpi.js';
import '../src/elements/bsc-period-picker.js';
import type { BscKpi } from '../src/elements/bsc-kpi.js';
import { acmeLongComment, acmeLongTitles, acmeStale, type Around, inScorecard, publicSector, renderInScorecard, scorecardStates } from './data.js';

/** Args are keyed by attribute name (`red-flag`), as the manifest names them. */
type Args = Partial<BscKpi> & Record<string, unknown>;

const { args, argTypes, template } = getStorybookHelpers<BscKpi>('bsc-kpi');

/**
 * Inside a scorecard (rendered around it, with the model named in `parameters.scorecard`; the
 * Acme sample when none is) the KPI is found by `kpi`; the `Standalone…` stories render it on its
 * own, scored from its attributes.
 */
const meta = {
  title: 'Scorecard/KPI',
  component: 'bsc-kpi',
  args: { ...args, kpi: 'booked-revenue', variant: 'card' },
  // `kpi` is an id (text) as an attribute; a KPI of its own only as a property.
  argTypes: {
    ...argTypes,
    kpi: { ...argTypes['kpi'], control: 'text' },
    variant: { ...argTypes['variant'], control: 'inline-radio', options: ['row', 'card'] },
    polarity: { ...argTypes['polarity'], control: 'select', options: [undefined, 'up', 'down', 'range'] },
  },
  render: renderInScorecard(template),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Booked revenue as a card: the value first, then target, change, status, sparkline and bullet, owner and source. */
export const Default: Story = {};

/** One line, as in a list: name, value, target, status, change and sparkline. */
export const Row: Story = { args: { variant: 'row' } };

/** The scorecard around it is still loading: the KPI has nothing to show yet. */
export const Loading: Story = { ...scorecardStates.loading };

/** The scorecard's model is invalid: the scorecard lists the issues; the KPI stays empty and lets it speak. */
export const ErrorWithIssues: Story = { ...scorecardStates.invalid };

/** A bad model replaced a good one: the notice above, the last good KPI below it. */
export const LastGoodKept: Story = { ...scorecardStates.lastGoodKept };

/** No actual as of October: "no data" and no change, the target still shown. */
export const NoData: Story = { ...scorecardStates.noData };

/** Stopped after July (`staleAfter: 1`): July's value, "as of Jul 2026", with the stale mark. */
export const Stale: Story = { parameters: { scorecard: { model: acmeStale } } };

/** On-time delivery's commentary for October: an analysis and a recommendation, each with its author and date. */
export const WithComments: Story = { args: { kpi: 'on-time-delivery' } };

/** A comment of several paragraphs, with a long word and a long address: it wraps inside the card. */
export const LongComment: Story = { parameters: { scorecard: { model: acmeLongComment } } };

/** The commentary in Arabic, right to left: kind, author and date in the locale. */
export const CommentsRightToLeft: Story = { args: { kpi: 'on-time-delivery' }, globals: { locale: 'ar-EG' }, parameters: { scorecard: { locale: 'ar-EG' } } };

/** Gross margin has no comment for October: the card shows no commentary. */
export const WithoutComment: Story = { args: { kpi: 'gross-margin' } };

/** A row whose KPI has a comment for the period: the ✎ mark after its name, "Commented" for screen readers. */
export const RowWithComment: Story = { args: { kpi: 'customer-churn', variant: 'row' } };

/** New customers in the sample as it is: 35 against a target of 28 and a stretch of 34. */
export const Exceeding: Story = { args: { kpi: 'new-customers' } };

/** A quarterly survey in the monthly scorecard: as of October it shows Q3 until Q4 is in. */
export const QuarterlyInMonthly: Story = { args: { kpi: 'net-promoter-score' } };

export const LongTitles: Story = {
  globals: { locale: 'de-DE' },
  args: { kpi: 'new-product-revenue' },
  parameters: { scorecard: { model: acmeLongTitles } },
};

export const RightToLeft: Story = { globals: { locale: 'ar-EG' }, parameters: { scorecard: { locale: 'ar-EG' } } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const German: Story = { globals: { locale: 'de-DE' }, parameters: { scorecard: { locale: 'de-DE' } } };

/** Booked revenue summed over the fiscal year to date, against the summed monthly targets. */
export const YearToDate: Story = { parameters: { scorecard: { view: 'ytd' } } };

/** A duration in the public-sector sample: the waiting time at the citizens' office, lower is better. */
export const PublicSector: Story = {
  globals: { locale: 'de-DE' },
  args: { kpi: 'wartezeit-buergeramt' },
  parameters: { scorecard: { model: publicSector } },
};

/** An id the scorecard does not hold: said quietly, with `role="status"`. */
export const UnknownId: Story = { args: { kpi: 'no-such-kpi' } };

/** Composed by hand: a period picker and a row of KPI cards, in a layout of the page's own. */
export const ComposedByHand: Story = {
  render: (a, { parameters }) =>
    inScorecard(
      parameters['scorecard'] as Around | undefined,
      html`<div style="display: grid; gap: 1rem">
        <bsc-period-picker></bsc-period-picker>
        <section aria-label="Headline KPIs" style="display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem">
          ${template(a)}
          <bsc-kpi kpi="customer-satisfaction" variant="card"></bsc-kpi>
          <bsc-kpi kpi="on-time-delivery" variant="card"></bsc-kpi>
          <bsc-kpi kpi="employee-engagement" variant="card"></bsc-kpi>
        </section>
      </div>`,
    ),
};

// ——— On its own, from attributes ———

const standalone = { kpi: undefined, value: 0.72, target: 0.8, 'red-flag': 0.6, unit: 'percent', label: 'Win rate', previous: 0.7 };

/** No scorecard: `value target red-flag unit label variant="card"` (and `previous`, for the change), scored by the kit's rules. */
export const Standalone: Story = { args: standalone, render: (a) => template(a) };

export const StandaloneRow: Story = { args: { ...standalone, variant: 'row' }, render: (a) => template(a) };

/** Beyond the stretch: exceeding. */
export const StandaloneExceeding: Story = {
  args: { kpi: undefined, value: 433500, target: 420000, 'red-flag': 380000, stretch: 430000, unit: 'currency', label: 'Booked revenue', previous: 401000 },
  render: (a) => template(a),
};

/** Lower is better, in euros, in German. */
export const StandaloneGerman: Story = {
  globals: { locale: 'de-DE' },
  args: {
    kpi: undefined,
    value: 41.2,
    target: 38,
    'red-flag': 44,
    polarity: 'down',
    unit: 'currency',
    currency: 'EUR',
    decimals: 2,
    label: 'Kosten je Vorgang',
    previous: 42.9,
  },
  render: (a) => template(a),
};

/** A red flag above the target of a higher-is-better KPI contradicts it: the value is shown, without a status. */
export const StandaloneContradictory: Story = { args: { ...standalone, 'red-flag': 0.9 }, render: (a) => template(a) };

/** Neither a value nor a scorecard: nothing to show, said quietly. */
export const StandaloneWithoutValue: Story = { args: { ...standalone, value: undefined }, render: (a) => template(a) };
