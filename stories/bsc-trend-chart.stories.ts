import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/bsc-trend-chart.js';
import type { BscTrendChart, TrendSeriesItem } from '../src/elements/bsc-trend-chart.js';
import { acmeLongTitles, type Around, inScorecard, scorecardStates } from './data.js';

/** Args are keyed by attribute name (`red-flag`), as the manifest names them; `series` is a property. */
type Args = Partial<BscTrendChart> & Record<string, unknown>;

const { argTypes } = getStorybookHelpers<BscTrendChart>('bsc-trend-chart');

/** Two years of monthly booked revenue (k$): a rising line, a gap in March 2026, the target raised in 2026. */
const revenue: TrendSeriesItem[] = [
  388,
  401,
  395,
  412,
  398,
  420,
  431,
  418,
  440,
  452,
  447,
  461,
  455,
  470,
  null,
  462,
  481,
  475,
  490,
  502,
  488,
  507,
  515,
  509,
].map((actual, i) => {
  const year = 2025 + Math.floor(i / 12);
  const period = `${year}-${String((i % 12) + 1).padStart(2, '0')}`;
  return year === 2026 ? { period, actual, target: 480, redFlag: 440, stretch: 520 } : { period, actual };
});

/** 100,000 periods of a seeded random walk around a seasonal wave: downsampled to about two points per pixel. */
function largeSeries(): number[] {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  let walk = 0;
  return Array.from({ length: 100_000 }, (_, i) => {
    walk += (random() - 0.5) * 4;
    walk *= 0.999;
    return Math.round((1000 + 60 * Math.sin(i / 2000) + walk) * 10) / 10;
  });
}
const large = largeSeries();

/**
 * Standalone stories render the chart from `series` and its threshold attributes; stories with
 * `parameters.scorecard` render it inside a `<bsc-scorecard>` (the Acme sample unless named), where
 * it finds the KPI by `kpi`.
 */
const meta = {
  title: 'Charts/Trend chart',
  component: 'bsc-trend-chart',
  args: { series: revenue, target: 430, 'red-flag': 400, stretch: 460, label: 'Booked revenue (k$)' },
  argTypes: {
    ...argTypes,
    series: { control: 'object' },
    kpi: { control: 'text' },
    polarity: { control: 'select', options: [undefined, 'up', 'down', 'range'] },
  },
  render: (a, { parameters }) => {
    const chart = html`<bsc-trend-chart
      kpi=${ifDefined(a['kpi'] as string | undefined)}
      periods=${ifDefined(a['periods'] as number | undefined)}
      target=${ifDefined(targetText(a['target']))}
      red-flag=${ifDefined(a['red-flag'] as number | undefined)}
      stretch=${ifDefined(a['stretch'] as number | undefined)}
      polarity=${ifDefined(a['polarity'] as BscTrendChart['polarity'])}
      unit=${ifDefined(a['unit'] as string | undefined)}
      currency=${ifDefined(a['currency'] as string | undefined)}
      min=${ifDefined(a['min'] as number | undefined)}
      max=${ifDefined(a['max'] as number | undefined)}
      label=${ifDefined(a['label'] as string | undefined)}
      theme=${ifDefined(a['theme'] as string | undefined)}
      .series=${a['kpi'] ? nothing : a['series']}
    ></bsc-trend-chart>`;
    const around = parameters['scorecard'] as Around | undefined;
    return around ? inScorecard(around, chart) : chart;
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** A target as the attribute takes it: a number, or a band as `min..max`. */
function targetText(target: unknown): string | undefined {
  if (typeof target === 'number') return String(target);
  if (target && typeof target === 'object' && 'min' in target && 'max' in target) return `${String(target.min)}..${String(target.max)}`;
  return undefined;
}

/** Two years of revenue: the actuals with their points and a gap, the target stepping up in 2026, the zones behind. */
export const Default: Story = {};

export const NoData: Story = { args: { series: [] } };

/** One period: a single point, the zones around it. */
export const OnePoint: Story = { args: { series: [{ period: '2026-10', actual: 433 }] } };

/** Periods without an actual are gaps, never zeros; a value between two gaps is a dot. */
export const Gaps: Story = { args: { series: [401, 412, null, 420, null, 440, 452, null, null, 461, 458, 470] } };

/** 100,000 periods: one path of about two points per pixel (LTTB), no dots; the keyboard still visits every value. */
export const HundredThousandPoints: Story = { args: { series: large, target: 1000, 'red-flag': 950, stretch: 1050, label: 'Parts per hour' } };

/** Lower is better: the zones turn over. */
export const LowerIsBetter: Story = {
  args: { series: [55, 52, 50, 47, 49, 45, 44, 41, 43, 40], target: 45, 'red-flag': 50, stretch: 40, polarity: 'down', label: 'Days sales outstanding' },
};

/** A band target: on track inside it, at risk within the tolerance on either side. */
export const RangeKpi: Story = {
  args: {
    series: [52, 49, 47, 44, 41, 40, 38, 36, 33, 31],
    target: { min: 30, max: 45 },
    'red-flag': undefined,
    stretch: undefined,
    polarity: 'range',
    label: 'Inventory cover (days)',
  },
};

export const LongTitles: Story = {
  args: { label: 'Booked revenue of the enterprise segment, new logos and expansions, net of cancellations and credit notes (k$)' },
};

export const Dark: Story = { globals: { theme: 'dark' }, args: { theme: 'dark' } };

/** Right to left: the time axis runs from the right, the value axis stands on the right. */
export const RightToLeft: Story = { globals: { locale: 'ar-EG' } };

export const German: Story = { globals: { locale: 'de-DE' }, args: { unit: 'currency', currency: 'EUR', label: 'Auftragseingang' } };

/** Inside the Acme scorecard: booked revenue's last 24 months with the engine's statuses, the forecast dashed to December, October marked. */
export const InScorecard: Story = { args: { kpi: 'booked-revenue', series: undefined }, parameters: { scorecard: {} } };

/** The year-to-date view: the line accumulates, the dashed line ends at the engine's year-end forecast. */
export const YearToDate: Story = { args: { kpi: 'booked-revenue', series: undefined, periods: 10 }, parameters: { scorecard: { view: 'ytd' } } };

/** Customer churn inside the scorecard: October's comment marked at the plot's top, read in the tooltip, the announcement and the data table. */
export const WithComment: Story = { args: { kpi: 'customer-churn', series: undefined }, parameters: { scorecard: {} } };

/** Long titles in German, inside the scorecard. */
export const LongTitlesInScorecard: Story = {
  globals: { locale: 'de-DE' },
  args: { kpi: 'new-product-revenue', series: undefined, label: undefined },
  parameters: { scorecard: { model: acmeLongTitles } },
};

/** The scorecard around it is still loading: the chart waits, busy and quiet. */
export const LoadingInScorecard: Story = {
  args: { kpi: 'booked-revenue', series: undefined },
  ...scorecardStates.loading,
};

/** A KPI id the scorecard does not hold: said in the chart's place, and fired as `bsc-error`. */
export const UnknownKpi: Story = { args: { kpi: 'conquer-mars', series: undefined, label: undefined }, parameters: { scorecard: {} } };
