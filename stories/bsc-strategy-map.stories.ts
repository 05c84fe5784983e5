import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../src/elements/bsc-strategy-map.js';
import type { BscStrategyMap } from '../src/elements/bsc-strategy-map.js';
import type { ScorecardInput } from '../src/model/schema.js';
import { acme, acmeBrokenRules, acmeInvalid, acmeLongTitles, acmeNoData, answerFetch, inScorecard, publicSector, urls } from './data.js';

/** Args are keyed by attribute name; `model` is a property (no attribute). */
type Args = Partial<BscStrategyMap> & Record<string, unknown>;

const { args, argTypes, template } = getStorybookHelpers<BscStrategyMap>('bsc-strategy-map');

const meta = {
  title: 'Charts/Strategy map',
  component: 'bsc-strategy-map',
  args: { ...args, model: acme() },
  argTypes: {
    ...argTypes,
    theme: { ...argTypes['theme'], control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (a) => template(a),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

type PerspectiveInput = ScorecardInput['perspectives'][number];

function perspectiveOf(model: ScorecardInput, id: string): PerspectiveInput {
  const perspective = model.perspectives.find((p) => p.id === id);
  if (!perspective) throw new Error(`no perspective "${id}" in ${model.id}`);
  return perspective;
}

/**
 * More loops than the sample's one (growth funds the digital programme): profit pays for training,
 * loyal accounts refer new ones that delight in turn, and a two-way link inside the customer lane.
 */
function acmeWithCycles(): ScorecardInput {
  const model = acme();
  model.links = [
    ...(model.links ?? []),
    { from: 'improve-profitability', to: 'develop-talent', label: 'Profit pays for training' },
    { from: 'retain-customers', to: 'delight-customers', label: 'Loyal accounts tell us what delights' },
    { from: 'strengthen-cash', to: 'operate-sustainably' },
  ];
  return model;
}

/** Fifteen objectives in the customer perspective, each driven by one of the internal processes. */
function acmeCrowded(): ScorecardInput {
  const model = acme();
  const customer = perspectiveOf(model, 'customer');
  const segments = ['Automotive', 'Aerospace', 'Rail', 'Marine', 'Energy', 'Mining', 'Food', 'Pharma', 'Packaging', 'Agriculture', 'Construction', 'Medical'];
  const processes = ['deliver-on-time', 'improve-quality', 'responsive-support', 'operate-sustainably'];
  customer.objectives = [
    ...(customer.objectives ?? []),
    ...segments.map((segment) => ({ id: `win-${segment.toLowerCase()}`, title: `Win ${segment.toLowerCase()} accounts` })),
  ];
  model.links = [
    ...(model.links ?? []),
    ...segments.flatMap((segment, i) => [
      { from: processes[i % processes.length]!, to: `win-${segment.toLowerCase()}` },
      { from: `win-${segment.toLowerCase()}`, to: 'grow-revenue' },
    ]),
  ];
  return model;
}

/** Themes with colours of the model's own (a theme's `color`), over the kit's defaults. */
function acmeThemeColours(): ScorecardInput {
  const model = acme();
  model.themes = [
    {
      id: 'operational-excellence',
      title: 'Operational excellence',
      objectives: ['digital-capabilities', 'deliver-on-time', 'improve-quality', 'improve-profitability'],
      color: '#0e7490',
    },
    {
      id: 'customer-intimacy',
      title: 'Customer intimacy',
      objectives: ['engaged-workforce', 'responsive-support', 'delight-customers', 'retain-customers'],
      color: 'darkmagenta',
    },
    { id: 'growth', title: 'Profitable growth', objectives: ['win-customers', 'grow-revenue', 'retain-customers'] },
  ];
  return model;
}

/**
 * The Acme sample as of October 2026: four lanes, financial on top; 13 objectives ordered within
 * their lanes for 2 crossings (13 in the model's own order); two themes. Hover or focus an objective
 * to see what drives it and what it drives; the list below says the same in words.
 */
export const Default: Story = {};

/** No actuals as of the period: every objective "no data" (a dashed box, an empty circle, no score). The map does not move. */
export const NoData: Story = { args: { model: acmeNoData() } };

/**
 * Links that loop: back down the lanes (profit pays for training) and both ways inside a lane
 * (an arc each way). Highlighting follows a loop round once.
 */
export const CyclesInLinks: Story = { args: { model: acmeWithCycles() } };

/** Fifteen objectives in one lane: the map grows wider than its container and scales down to fit it; `zoomable` lets a reader zoom in. */
export const CrowdedLane: Story = { args: { model: acmeCrowded(), zoomable: true } };

/** German compound words: titles break inside words where no space is left, and end in "…" after four lines. */
export const LongTitles: Story = { globals: { locale: 'de-DE' }, args: { model: acmeLongTitles() } };

/** The toolbar's dark theme: the tokens' dark set, the themes' lighter outlines. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Arabic, right to left: each lane starts at the right, titles and status rows too. */
export const RightToLeft: Story = { globals: { locale: 'ar-EG' }, args: { locale: 'ar-EG' } };

/** German words and numbers, and the public-sector sample: citizens on top, yearly periods. */
export const PublicSector: Story = { globals: { locale: 'de-DE' }, args: { model: publicSector() } };

/** Zoom and pan (Ctrl + wheel or pinch, drag, double click), with buttons. */
export const Zoomable: Story = { args: { zoomable: true } };

/** Themes in the model's own colours (`color`); a third theme uses the kit's next colour and dash. */
export const ThemeColours: Story = { args: { model: acmeThemeColours() } };

/** A valid scorecard without objectives yet: said quietly (`role="status"`). */
export const EmptyScorecard: Story = { args: { model: { version: 1, id: 'new-scorecard', title: 'New scorecard', perspectives: [] } } };

/** An invalid `model`: each issue at its path (`role="alert"`), and `bsc-error`. */
export const ErrorWithIssues: Story = { args: { model: acmeInvalid() } };

/** Inside a `<bsc-scorecard>` that is still loading: the scorecard says so; the map stays quiet until it has a model. */
export const LoadingInScorecard: Story = {
  args: { model: undefined },
  render: (a) => inScorecard({ src: urls.pending }, template(a)),
  beforeEach: answerFetch(urls.pending, 'never'),
};

/** Inside a `<bsc-scorecard>`: the map shows the scorecard's model as of its period and view (here the year to date). */
export const InScorecard: Story = {
  args: { model: undefined },
  render: (a) => inScorecard({ model: acme, view: 'ytd' }, html`<bsc-period-picker></bsc-period-picker>${template(a)}`),
};

/** A bad model replaced a good one: the scorecard's notice above, the last good map below it. */
export const LastGoodKept: Story = {
  args: { model: undefined },
  render: (a) => inScorecard({ thenModel: acmeBrokenRules }, template(a)),
};
