/**
 * WCAG 2.2 at a phone's width (320 CSS px, WCAG 1.4.10's reflow width): every target at least 24 px
 * or far enough from its neighbours (2.5.8, axe `target-size`, off by default in axe), and landmarks
 * that a screen reader's list can tell apart (`landmark-unique`) with a KPI's panel and its data table open.
 */
import '../../src/format/locales/index.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../src/index.js';
import type { BscCascade } from '../../src/elements/bsc-cascade.js';
import type { BscScorecard } from '../../src/elements/bsc-scorecard.js';
import { engine, onlyIn } from '../support/engine.js';

const SAMPLE = '/demo/data/acme-2026.json';

type Axe = typeof import('axe-core');

/** Each violation of `rules` as "rule: where". */
async function violations(context: Element, rules: string[]): Promise<string[]> {
  const axe = (window as unknown as { axe: Axe }).axe;
  const result = await axe.run(context, { runOnly: { type: 'rule', values: rules } });
  return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`));
}

/** In a page's main column, padded and set in the font of the demo pages. */
async function loaded(template: ReturnType<typeof html>): Promise<BscScorecard> {
  const page = await fixture<HTMLElement>(html`<main style="padding: 1.5rem; font-family: system-ui, sans-serif">${template}</main>`);
  const el = page.firstElementChild as BscScorecard;
  await waitUntil(() => el.scorecard, 'the sample loads', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('at 320 CSS px', function () {
  // axe's target-size rule compares every pair of targets on a whole page: seconds per page, more under load.
  this.timeout(60000);
  // @web/test-runner-webdriver has no setViewport; WebKit's MiniBrowser keeps its window's width.
  const narrowIn = onlyIn(['chromium', 'firefox'], 'setViewport is not supported by @web/test-runner-webdriver, which drives WebKitWebDriver');
  before(() => (engine === 'webkit' ? undefined : setViewport({ width: 320, height: 800 })));
  after(() => (engine === 'webkit' ? undefined : setViewport({ width: 800, height: 600 })));

  narrowIn('the scorecard page as it loads: every button is a target of 24 px, none lies over another', async () => {
    const el = await loaded(html`<bsc-scorecard src=${SAMPLE}></bsc-scorecard>`);
    await new Promise((resolve) => setTimeout(resolve));
    expect(await violations(el, ['target-size'])).to.deep.equal([]);
  });

  narrowIn("a KPI's panel with its data table open: its landmarks have names of their own", async () => {
    const el = await loaded(html`<bsc-scorecard src=${SAMPLE} selected-kpi="booked-revenue"></bsc-scorecard>`);
    const toggle = () => el.shadowRoot!.querySelector('bsc-trend-chart')?.shadowRoot?.querySelector<HTMLButtonElement>('[part="table-toggle"]');
    await waitUntil(toggle, 'the trend loads', { timeout: 5000 });
    toggle()!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('bsc-trend-chart')!.shadowRoot!.querySelector('[part="table"]'), 'the table opens');
    expect(await violations(el, ['landmark-unique', 'target-size'])).to.deep.equal([]);
  });

  narrowIn('the composed page: cards, perspectives and standalone pieces', async () => {
    const el = await loaded(html`<bsc-scorecard src=${SAMPLE}>
      <bsc-period-picker></bsc-period-picker>
      <bsc-kpi kpi="booked-revenue" variant="card"></bsc-kpi>
      <bsc-kpi kpi="net-promoter-score" variant="card"></bsc-kpi>
      <bsc-perspective perspective="financial"></bsc-perspective>
      <bsc-perspective perspective="customer"></bsc-perspective>
    </bsc-scorecard>`);
    await new Promise((resolve) => setTimeout(resolve));
    expect(await violations(el, ['target-size'])).to.deep.equal([]);
  });

  narrowIn('the cascade page: the tree and its scorecard', async () => {
    const page = await fixture<HTMLElement>(
      html`<main style="padding: 1.5rem; font-family: system-ui, sans-serif"><bsc-cascade src="/demo/data/cascade/company.json"></bsc-cascade></main>`,
    );
    const el = page.firstElementChild as BscCascade;
    await waitUntil(() => el.evaluation, 'the cascade loads', { timeout: 5000 });
    await el.updateComplete;
    expect(await violations(el, ['target-size'])).to.deep.equal([]);
  });
});
