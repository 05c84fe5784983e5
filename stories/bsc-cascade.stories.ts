import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Cascade } from '../src/cascade/types.js';
import { sampleCascade } from './cascade-data.js';
import '../src/elements/bsc-cascade.js';
import type { BscCascade } from '../src/elements/bsc-cascade.js';
import '../src/format/locales/index.js';
import { answerFetch, urls } from './data.js';

/** Args are keyed by attribute name (`off-track-only`); `cascade` is a property (no attribute). */
type Args = Partial<BscCascade> & Record<string, unknown>;

const { args, argTypes } = getStorybookHelpers<BscCascade>('bsc-cascade');

const meta = {
  title: 'Scorecard/Cascade',
  component: 'bsc-cascade',
  args: { ...args, view: 'period', 'off-track-only': false },
  argTypes: { ...argTypes, view: { ...argTypes['view'], control: 'inline-radio', options: ['period', 'ytd'] } },
  loaders: [sampleCascade()],
  render: (a, { loaded }) => html`<bsc-cascade
    .cascade=${a.src ? undefined : (loaded['cascade'] as Cascade | undefined)}
    src=${ifDefined(a.src as string | undefined)}
    period=${ifDefined((a.period as string | undefined) || undefined)}
    view=${ifDefined(a.view as BscCascade['view'] | undefined)}
    locale=${ifDefined((a.locale as string | undefined) || undefined)}
    theme=${ifDefined((a.theme as string | undefined) || undefined)}
    selected=${ifDefined((a.selected as string | undefined) || undefined)}
    ?off-track-only=${Boolean(a['off-track-only'])}
  ></bsc-cascade>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/**
 * The $5 million company: sales (with its enterprise team), marketing and customer success, each
 * with its overall score and status and the objectives it aligns to the company's.
 */
export const Default: Story = {};

/** Only what is off track and the chain above it: marketing, under the company. */
export const OnlyOffTrack: Story = { args: { 'off-track-only': true } };

/** Year to date nothing is off track: the filter says so instead of showing an empty tree. */
export const NothingOffTrack: Story = { args: { 'off-track-only': true, view: 'ytd' } };

/** Marketing's file answers 404: it is listed as not loaded, with the reason; the rest evaluates. */
export const MissingChild: Story = { loaders: [sampleCascade('marketing.json')] };

/** The root's file answers 404: the error names the file and the reason. */
export const LoadFailed: Story = {
  args: { src: urls.missing },
  beforeEach: answerFetch(urls.missing, () => new Response('Not found', { status: 404, statusText: 'Not Found' })),
};

/** The root's request never answers: "Loading…" with `role="status"` and `aria-busy`. */
export const Loading: Story = { args: { src: urls.pending }, beforeEach: answerFetch(urls.pending, 'never') };

/** The sales scorecard selected. */
export const Selected: Story = { args: { selected: 'acme-company/sales' } };

export const Dark: Story = { globals: { theme: 'dark' }, args: { theme: 'dark' } };

/** Arabic, right to left: the chevrons and alignment lines mirror, and the arrow keys swap. */
export const RightToLeft: Story = { globals: { locale: 'ar-EG' }, args: { locale: 'ar-EG' } };

export const German: Story = { globals: { locale: 'de-DE' }, args: { locale: 'de-DE' } };
