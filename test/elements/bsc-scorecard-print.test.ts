import '../../src/format/locales/index.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/bsc-scorecard.js';
import type { BscScorecard } from '../../src/elements/bsc-scorecard.js';
import { deepQuery, deepQueryAll, loadAcme, settle } from '../support/scorecard-fixture.js';
import { EMULATE_MEDIA_NEEDS_CDP, engine, onlyIn } from '../support/engine.js';

const WHITE = 'rgb(255, 255, 255)';

/** A colour's relative luminance (WCAG), from a computed `rgb(…)`. */
function luminance(color: string): number {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((channel) => {
      const c = Number(channel) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('bsc-scorecard in print', () => {
  const it = onlyIn(['chromium'], EMULATE_MEDIA_NEEDS_CDP);
  afterEach(() => (engine === 'chromium' ? emulateMedia({ media: 'screen' }) : undefined));

  it('prints the dark theme on white, without controls, a perspective per page, charts within the page', async () => {
    const model = await loadAcme();
    const el = await fixture<BscScorecard>(html`<bsc-scorecard .model=${model} period="2026-10" theme="dark" selected-kpi="booked-revenue"></bsc-scorecard>`);
    await customElements.whenDefined('bsc-trend-chart');
    await settle(el);
    const root = el.shadowRoot!;
    const perspective = deepQuery(el, 'bsc-perspective')!;
    const card = perspective.shadowRoot!.querySelector('.card')!;
    const controls = root.querySelector('.controls')!;
    expect(luminance(getComputedStyle(el).backgroundColor), 'dark on screen').to.be.below(0.1);
    expect(getComputedStyle(controls).display).not.to.equal('none');

    await emulateMedia({ media: 'print' });
    await waitUntil(() => matchMedia('print').matches, 'print media never applied');

    expect(getComputedStyle(el).backgroundColor).to.equal(WHITE);
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    expect(getComputedStyle(card).backgroundColor, "a perspective's card").to.equal(WHITE);
    expect(luminance(getComputedStyle(card).color), 'dark text').to.be.below(0.05);
    const objective = deepQuery(el, 'bsc-objective')!;
    expect(luminance(getComputedStyle(objective).color)).to.be.below(0.05);

    expect(getComputedStyle(controls).display, 'period picker, layout switch, downloads').to.equal('none');
    expect(getComputedStyle(root.querySelector('[part="detail-close"]')!).display).to.equal('none');

    const perspectives = [...root.querySelectorAll<HTMLElement>('[part~="perspective"]')];
    expect(perspectives).to.have.length(4);
    expect(perspectives.map((p) => getComputedStyle(p).breakBefore)).to.deep.equal(['auto', 'page', 'page', 'page']);
    expect(getComputedStyle(root.querySelector('[part="perspectives"]')!).display, 'one column').to.equal('block');
    expect(getComputedStyle(objective).contentVisibility).to.equal('visible');
    expect(getComputedStyle(objective).breakInside).to.equal('avoid');

    const chart = root.querySelector('bsc-trend-chart')!;
    const plot = chart.shadowRoot!.querySelector<SVGSVGElement>('svg.plot')!;
    const frame = chart.shadowRoot!.querySelector('.frame')!;
    expect(plot.getAttribute('viewBox'), 'scales rather than clips').to.match(/^0 0 \d+ \d+$/);
    expect(plot.getBoundingClientRect().width).to.be.at.most(frame.getBoundingClientRect().width + 0.5);

    await emulateMedia({ media: 'screen' });
    await waitUntil(() => !matchMedia('print').matches, 'screen media never came back');
    expect(luminance(getComputedStyle(el).backgroundColor), 'dark again on screen').to.be.below(0.1);
  });

  it('prints the strategy map without its zoom buttons, within the page', async () => {
    const model = await loadAcme();
    const el = await fixture<BscScorecard>(html`<bsc-scorecard .model=${model} layout="strategy-map" theme="dark"></bsc-scorecard>`);
    await customElements.whenDefined('bsc-strategy-map');
    await settle(el);
    const map = el.shadowRoot!.querySelector('bsc-strategy-map')!;
    map.setAttribute('zoomable', '');
    await settle(el);
    await emulateMedia({ media: 'print' });
    await waitUntil(() => matchMedia('print').matches, 'print media never applied');
    const toolbar = deepQueryAll(map, '.toolbar');
    expect(toolbar, 'the zoom buttons').to.have.length(1);
    for (const bar of toolbar) expect(getComputedStyle(bar).display).to.equal('none');
    const svg = map.shadowRoot!.querySelector('svg.map')!;
    expect(svg.getBoundingClientRect().width).to.be.at.most(map.getBoundingClientRect().width + 0.5);
    expect(getComputedStyle(map).colorScheme).to.equal('light');
  });
});
