/**
 * The worked examples of docs/status-rules.md, live: each story draws one KPI's thresholds with a
 * gauge per actual value, labelled with the score the engine gives it. The gauges score themselves
 * from their attributes by the same rules, so the colour, shape and word under each label are the
 * kit's, not the page's. Shown on the "Status rules" docs page (status-rules.mdx).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/elements/bsc-kpi-gauge.js';
import { evaluateReading, type Reading } from '../../src/engine/reading.js';
import { resolveLabels } from '../../src/format/labels.js';
import { formatScore } from '../../src/format/number.js';
import type { Range } from '../../src/model/schema.js';

interface Example {
  /** The KPI's thresholds and polarity, shared by every gauge of the example. */
  kpi: Omit<Reading, 'value'>;
  /** The actual values, one gauge each. */
  values: (number | null)[];
  min?: number;
  max?: number;
}

const meta = {
  title: 'Docs/Status rules',
  tags: ['!autodocs'],
  render: ({ kpi, values, min, max }, { globals }) => {
    const locale = typeof globals['locale'] === 'string' ? globals['locale'] : 'en-US';
    const labels = resolveLabels(locale);
    const band = typeof kpi.target === 'object' && kpi.target !== null ? (kpi.target as Range) : undefined;
    return html`<div style="display: flex; flex-wrap: wrap; gap: 1rem; --bsc-gauge-size: 9rem">
      ${values.map((value) => {
        const { score } = evaluateReading({ ...kpi, value });
        return html`<bsc-kpi-gauge
          label=${`${labels.score} ${formatScore(score, locale)}`}
          value=${ifDefined(value ?? undefined)}
          target=${ifDefined(band ? undefined : (kpi.target ?? undefined))}
          target-min=${ifDefined(band?.min)}
          target-max=${ifDefined(band?.max)}
          red-flag=${ifDefined(kpi.redFlag ?? undefined)}
          stretch=${ifDefined(kpi.stretch ?? undefined)}
          tolerance=${ifDefined(kpi.tolerance ?? undefined)}
          polarity=${ifDefined(kpi.polarity)}
          min=${ifDefined(min)}
          max=${ifDefined(max)}
        ></bsc-kpi-gauge>`;
      })}
    </div>`;
  },
} satisfies Meta<Example>;
export default meta;

type Story = StoryObj<Example>;

/** Higher is better, target 700, red flag 500, no stretch: the line through (500, 3.33) and (700, 6.67) goes on to 10 at 900 and 0 at 300. */
export const HigherIsBetter: Story = {
  args: { kpi: { polarity: 'up', target: 700, redFlag: 500 }, values: [300, 400, 600, 700, 800, 900], min: 300, max: 900 },
};

/** Lower is better, target 20, red flag 30: 30 scores 3.33, 20 scores 6.67, 10 scores 10, 40 scores 0. */
export const LowerIsBetter: Story = {
  args: { kpi: { polarity: 'down', target: 20, redFlag: 30 }, values: [40, 30, 20, 10], min: 0, max: 40 },
};

/** A stretch of 460,000 above a target of 420,000: from the target the line rises to 10 at the stretch, not at target + (target − red flag). */
export const WithStretch: Story = {
  args: { kpi: { polarity: 'up', target: 420000, redFlag: 380000, stretch: 460000 }, values: [380000, 420000, 440000, 460000], min: 340000, max: 480000 },
};

/** No red flag: it is 10 % of the target away (90 for a target of 100), so 90 scores 3.33 and 80 scores 0. */
export const DefaultRedFlag: Story = {
  args: { kpi: { polarity: 'up', target: 100 }, values: [80, 90, 95, 100, 110], min: 70, max: 120 },
};

/** A band from 30 to 45 with a tolerance of 10: inside 6.67 (never exceeding), 5 outside by 5, 3.33 at the tolerance, 0 at twice it. */
export const TargetBand: Story = {
  args: { kpi: { polarity: 'range', target: { min: 30, max: 45 }, tolerance: 10 }, values: [38, 50, 55, 65], min: 10, max: 70 },
};

/** No actual is "no data", never 0; a value without a target has no score and no status colour ("no target"). */
export const NoDataAndNoTarget: Story = {
  args: { kpi: { polarity: 'up', target: 700, redFlag: 500 }, values: [null], min: 300, max: 900 },
  render: (args, context) => html`${meta.render(args, context)}
    <div style="margin-block-start: 1rem"><bsc-kpi-gauge label="Headcount" value="640"></bsc-kpi-gauge></div>`,
};
