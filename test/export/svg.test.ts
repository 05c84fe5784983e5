import '../../src/format/locales/index.js';
import { expect, html } from '@open-wc/testing';
import '../../src/elements/bsc-bullet.js';
import '../../src/elements/bsc-kpi-gauge.js';
import '../../src/elements/bsc-sparkline.js';
import '../../src/elements/bsc-strategy-map.js';
import '../../src/elements/bsc-trend-chart.js';
import type { BscBullet } from '../../src/elements/bsc-bullet.js';
import type { BscKpiGauge } from '../../src/elements/bsc-kpi-gauge.js';
import type { BscSparkline } from '../../src/elements/bsc-sparkline.js';
import type { BscStrategyMap } from '../../src/elements/bsc-strategy-map.js';
import type { BscTrendChart } from '../../src/elements/bsc-trend-chart.js';
import { inDiv } from '../support/chart-fixtures.js';
import { loadAcme } from '../support/scorecard-fixture.js';

/** The exported document, parsed as a file would be: fails on anything that is not well-formed SVG. */
function parseSvg(text: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed XML').to.equal(null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  expect(root.localName).to.equal('svg');
  expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
  return root;
}

/** Every colour is written out: nothing refers to a custom property, which a file cannot resolve. */
function expectSelfContained(text: string): void {
  expect(text).not.to.include('var(');
  expect(text).not.to.include('<!--');
  expect(text).not.to.match(/\sstyle="/);
  expect(text).not.to.match(/\stabindex=/);
}

async function decodedSize(blob: Blob): Promise<[number, number]> {
  const bitmap = await createImageBitmap(blob);
  const size: [number, number] = [bitmap.width, bitmap.height];
  bitmap.close();
  return size;
}

describe('chart export', () => {
  describe('bsc-kpi-gauge', () => {
    it('exports its dial with the status colour and the theme written in, named by its value', async () => {
      const { el } = await inDiv<BscKpiGauge>(
        { style: 'width: 240px' },
        html`<bsc-kpi-gauge value="72" target="80" red-flag="60" label="Revenue growth" locale="en-US" theme="dark"></bsc-kpi-gauge>`,
      );
      const text = await el.toSVG();
      expectSelfContained(text);
      const root = parseSvg(text);
      expect(root.querySelector('title')!.textContent).to.equal('Revenue growth, 72, 90% of target, at risk');
      const dial = el.shadowRoot!.querySelector('svg.dial')!.getBoundingClientRect();
      expect(Number(root.getAttribute('width'))).to.be.closeTo(dial.width, 0.01);
      expect(Number(root.getAttribute('height'))).to.be.closeTo(dial.height, 0.01);
      const live = el.shadowRoot!.querySelector('.value')!;
      expect(root.querySelector('.value')!.getAttribute('fill'), 'the at-risk colour as computed').to.equal(getComputedStyle(live).fill);
      const tick = root.querySelector('.tick')!;
      expect(tick.getAttribute('fill'), 'dark theme: light ink').to.equal(getComputedStyle(el.shadowRoot!.querySelector('.tick')!).fill);
      expect(tick.getAttribute('fill')).not.to.equal('rgb(0, 0, 0)');
      expect(tick.getAttribute('font-size')).to.match(/px$/);
      expect(el.shadowRoot!.querySelector('.value')!.hasAttribute('fill'), 'the live chart is untouched').to.equal(false);
    });

    it('exports a PNG twice its size by default, or at the scale asked', async () => {
      const { el } = await inDiv<BscKpiGauge>({ style: 'width: 200px' }, html`<bsc-kpi-gauge value="72" target="80" label="Growth"></bsc-kpi-gauge>`);
      const root = parseSvg(await el.toSVG());
      const [width, height] = [Number(root.getAttribute('width')), Number(root.getAttribute('height'))];
      const png = await el.toPNG();
      expect(png.type).to.equal('image/png');
      expect(await decodedSize(png)).to.deep.equal([Math.round(width * 2), Math.round(height * 2)]);
      const small = await el.toPNG({ scale: 1, background: '#fff' });
      expect(await decodedSize(small)).to.deep.equal([Math.round(width), Math.round(height)]);
    });

    it('has nothing to export while it is not shown', async () => {
      const { el } = await inDiv<BscKpiGauge>({ hidden: '' }, html`<bsc-kpi-gauge value="72" target="80"></bsc-kpi-gauge>`);
      expect(await el.toSVG()).to.equal('');
      let failed: unknown;
      await el.toPNG().catch((error: unknown) => (failed = error));
      expect(failed).to.be.instanceOf(Error);
    });
  });

  describe('bsc-bullet', () => {
    it('puts its bars and its axis in one drawing, each where it is shown', async () => {
      const { el } = await inDiv<BscBullet>(
        { style: 'width: 320px' },
        html`<bsc-bullet value="433500" target="420000" red-flag="380000" label="Booked revenue" locale="en-US"></bsc-bullet>`,
      );
      const root = parseSvg(await el.toSVG());
      const nested = [...root.children].filter((child) => child.localName === 'svg');
      expect(nested, 'bars and axis').to.have.length(2);
      const [bars, axis] = nested as [SVGSVGElement, SVGSVGElement];
      expect(bars.getAttribute('y')).to.equal('0');
      expect(Number(axis.getAttribute('y'))).to.be.greaterThan(0);
      expect(Number(bars.getAttribute('width'))).to.be.closeTo(320, 1);
      expect(bars.getAttribute('preserveAspectRatio')).to.equal('none');
      expect(root.querySelector('.bar')!.getAttribute('fill')).to.equal(getComputedStyle(el.shadowRoot!.querySelector('.bar')!).fill);
      expect(root.querySelector('title')!.textContent).to.equal('Booked revenue, 433,500, 103% of target, on track');
    });
  });

  describe('bsc-sparkline', () => {
    it('exports its line, named by its description', async () => {
      const { el } = await inDiv<BscSparkline>({}, html`<bsc-sparkline values="3,5,,7,6" label="Trend" locale="en-US"></bsc-sparkline>`);
      const text = await el.toSVG();
      expectSelfContained(text);
      const root = parseSvg(text);
      expect(root.querySelector('title')!.textContent).to.equal(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label'));
      expect(root.querySelector('.spark-line')!.getAttribute('stroke')).to.equal(getComputedStyle(el.shadowRoot!.querySelector('.spark-line')!).stroke);
      expect(root.querySelector('.spark-line')!.getAttribute('fill')).to.equal('none');
      expect((await el.toPNG()).type).to.equal('image/png');
    });
  });

  describe('bsc-trend-chart', () => {
    it('exports the plot without the crosshair, at its size, named by its label', async () => {
      const wrapper = document.createElement('div');
      wrapper.style.width = '480px';
      document.body.append(wrapper);
      try {
        wrapper.innerHTML = '<bsc-trend-chart label="Tickets" target="5" red-flag="3" locale="en-US"></bsc-trend-chart>';
        const el = wrapper.firstElementChild as BscTrendChart;
        el.series = [3, 5, null, 7, 6, 4];
        await el.updateComplete;
        await el.updateComplete;
        el.shadowRoot!.querySelector<SVGSVGElement>('svg.plot')!.focus();
        await el.updateComplete;
        const root = parseSvg(await el.toSVG());
        const plot = el.shadowRoot!.querySelector('svg.plot')!;
        expect(root.getAttribute('width')).to.equal(plot.getAttribute('width'));
        expect(root.getAttribute('viewBox')).to.equal(`0 0 ${plot.getAttribute('width')} ${plot.getAttribute('height')}`);
        expect(root.querySelector('title')!.textContent).to.equal('Tickets');
        expect(root.querySelectorAll('.zone').length).to.be.greaterThan(0);
        expect(root.querySelector('.crosshair, .active-point')).to.equal(null);
        expect(root.querySelector('.axis-label')!.getAttribute('font-family')).to.not.equal('');
        const png = await el.toPNG({ scale: 1 });
        expect(await decodedSize(png)).to.deep.equal([Number(plot.getAttribute('width')), Number(plot.getAttribute('height'))]);
      } finally {
        wrapper.remove();
      }
    });
  });

  describe('bsc-strategy-map', () => {
    it('exports the map with its lanes, links and statuses, without the focus ring', async () => {
      const { el } = await inDiv<BscStrategyMap>(
        { style: 'width: 800px' },
        html`<bsc-strategy-map .model=${await loadAcme()} locale="en-US"></bsc-strategy-map>`,
      );
      await el.updateComplete;
      const text = await el.toSVG();
      expectSelfContained(text);
      const root = parseSvg(text);
      const map = el.shadowRoot!.querySelector('svg.map')!;
      expect(root.getAttribute('viewBox')).to.equal(map.getAttribute('viewBox'));
      expect(Number(root.getAttribute('width'))).to.be.closeTo(map.getBoundingClientRect().width, 0.01);
      expect(root.querySelector('title')!.textContent).to.equal('Strategy map');
      expect(root.querySelector('.focus-ring')).to.equal(null);
      expect(root.querySelectorAll('.lane').length).to.equal(4);
      const title = root.querySelector('.lane-title')!;
      expect(title.textContent, 'uppercase as shown').to.equal(title.textContent!.toUpperCase());
      const png = await el.toPNG({ scale: 1 });
      expect(png.type).to.equal('image/png');
    });
  });
});
