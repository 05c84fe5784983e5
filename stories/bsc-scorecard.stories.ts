import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../src/elements/bsc-scorecard.js';
import '../src/elements/bsc-kpi.js';
import type { BscScorecard } from '../src/elements/bsc-scorecard.js';
import { rolledUpScorecard } from '../src/cascade/rollup-cascade.js';
import type { Cascade } from '../src/cascade/types.js';
import { sampleCascade } from './cascade-data.js';
import {
  acme,
  acmeBrokenRules,
  acmeExceeding,
  acmeInvalid,
  acmeLongTitles,
  acmeNoData,
  acmeStale,
  answerFetch,
  publicSector,
  replaceAfterLoad,
  urls,
} from './data.js';

/** Args are keyed by attribute name (`heading-level`); `model` is a property (no attribute). */
type Args = Partial<BscScorecard> & Record<string, unknown>;

const { args, argTypes, template } = getStorybookHelpers<BscScorecard>('bsc-scorecard');

const meta = {
  title: 'Scorecard/Scorecard',
  component: 'bsc-scorecard',
  args: { ...args, model: acme() },
  argTypes: {
    ...argTypes,
    view: { ...argTypes['view'], control: 'inline-radio', options: ['period', 'ytd'] },
    theme: { ...argTypes['theme'], control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (a) => template(a),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** The Acme sample as of its `asOf` (October 2026): header, overall score, period picker, four perspectives. */
export const Default: Story = {};

/**
 * Loading: `src` names a model whose request never answers (the story answers `fetch` for that one
 * URL itself, and stops when the story unmounts). The scorecard says so with `role="status"` and
 * `aria-busy="true"`.
 */
export const Loading: Story = {
  args: { model: undefined, src: urls.pending },
  beforeEach: answerFetch(urls.pending, 'never'),
};

/** `src` answers 404: the failure is an issue like any other, with nothing shown below it. */
export const LoadFailed: Story = {
  args: { model: undefined, src: urls.missing },
  beforeEach: answerFetch(urls.missing, () => new Response('Not found', { status: 404, statusText: 'Not Found' })),
};

/** An invalid model: every issue at its path, and no scorecard (there was none before). */
export const ErrorWithIssues: Story = { args: { model: acmeInvalid() } };

/**
 * The Acme sample loads, then a model that breaks four rules replaces it: the notice lists the
 * issues, and the last good render stays below it.
 */
export const LastGoodKept: Story = {
  render: (a) => html`<div @bsc-load=${replaceAfterLoad(acmeBrokenRules)}>${template(a)}</div>`,
};

/** The 2026 figures have not arrived: every KPI is "no data" as of October (never 0); the 2025 history stays. */
export const NoData: Story = { args: { model: acmeNoData() } };

/** Booked revenue stopped after July (`staleAfter: 1`): its July value is carried forward and marked stale, as is every group above it. */
export const Stale: Story = { args: { model: acmeStale() } };

/** Every KPI with a target beyond its stretch as of October (range KPIs, which never exceed, left out): every level, and the overall score, is "exceeding" (10). */
export const Exceeding: Story = { args: { model: acmeExceeding() } };

/** German compound words in every kind of title: they break (and hyphenate) inside the cards instead of widening them. */
export const LongTitles: Story = { globals: { locale: 'de-DE' }, args: { model: acmeLongTitles() } };

/** Arabic, right to left. The sample's model says `en-US`, which wins over the page's `lang`; `locale` on the element wins over both. */
export const RightToLeft: Story = { globals: { locale: 'ar-EG' }, args: { locale: 'ar-EG' } };

/** The toolbar's dark theme: the story root sets `--bsc-color-scheme: dark`, which every kit element follows. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** German numbers, dates and words (the sample stays in US dollars). */
export const German: Story = { globals: { locale: 'de-DE' }, args: { locale: 'de-DE' } };

/** The fiscal year to date: sums, averages or last values per KPI, against thresholds of the same periods. */
export const YearToDate: Story = { args: { view: 'ytd' } };

/** An earlier as-of period, by attribute: the scorecard as of June 2026. */
export const AsOfJune: Story = { args: { period: '2026-06' } };

/** The public-sector sample: yearly periods, euros, German, and the community perspective on top. */
export const PublicSector: Story = { globals: { locale: 'de-DE' }, args: { model: publicSector() } };

/** The strategy map layout (the header's switch): objectives in perspective lanes, cause → effect, strategic themes. */
export const StrategyMap: Story = { args: { layout: 'strategy-map' } };

/** A KPI chosen (a click on its name sets `selected-kpi`): its trend over two years in a panel above the perspectives. */
export const KpiChosen: Story = { args: { 'selected-kpi': 'booked-revenue' } };

/** On-time delivery chosen: under its trend, October's commentary, an analysis and a recommendation. */
export const KpiChosenWithCommentary: Story = { args: { 'selected-kpi': 'on-time-delivery' } };

/** Gross margin chosen: no comment for October, so no commentary under the trend. */
export const KpiChosenWithoutComment: Story = { args: { 'selected-kpi': 'gross-margin' } };

/**
 * The company scorecard of the sample cascade, with `cascade` set: rolled-up KPIs show each
 * department's contribution, and objectives the departments' objectives that serve them.
 */
export const InACascade: Story = {
  loaders: [sampleCascade()],
  render: (a, { loaded }) => {
    const cascade = loaded['cascade'] as Cascade;
    return template({ ...a, model: rolledUpScorecard(cascade.root) ?? undefined, cascade });
  },
};

/** A valid model without perspectives yet. */
export const Empty: Story = { args: { model: { version: 1, id: 'new-scorecard', title: 'New scorecard', perspectives: [] } } };

/**
 * Composed by hand: the page puts its own layout inside the scorecard — a period picker, three KPI
 * cards and one perspective — and they find their data there by id. The default layout steps aside.
 */
export const ComposedByHand: Story = {
  render: (a) =>
    template(
      a,
      html`<div style="display: grid; gap: 1rem">
        <bsc-period-picker></bsc-period-picker>
        <section aria-label="Headline KPIs" style="display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem">
          <bsc-kpi kpi="booked-revenue" variant="card"></bsc-kpi>
          <bsc-kpi kpi="net-promoter-score" variant="card"></bsc-kpi>
          <bsc-kpi kpi="on-time-delivery" variant="card"></bsc-kpi>
        </section>
        <bsc-perspective perspective="customer"></bsc-perspective>
      </div>`,
    ),
};

/** `filter-status="off-track at-risk"`: only those KPIs, the objectives and perspectives holding one, and "n of 35 KPIs". */
export const FilteredByStatus: Story = { args: { 'filter-status': 'off-track at-risk' } };

/** `filter-owner`: one owner's KPIs (theirs, or in an objective they own) — a page's "my KPIs" link. */
export const FilteredByOwner: Story = { args: { 'filter-owner': 'Akira Sato (COO)' } };

/** `filter-text` matches no title: a clear "no KPI matches" and a button that clears the filter. */
export const FilterMatchesNothing: Story = { args: { 'filter-text': 'no such title' } };

/** The strategy map under a filter: the objectives left out fade, and stay in reach of the keyboard. */
export const FilteredStrategyMap: Story = { args: { layout: 'strategy-map', 'filter-owner': 'Grace Mensah (CHRO)' } };

/** `show-previous`: each badge whose status moved since September says what it was ("was at risk"). */
export const PreviousStatus: Story = { args: { 'show-previous': true } };

/** At the first period with data: no summary of changes in the header. */
export const FirstPeriod: Story = { args: { period: '2024-11' } };
