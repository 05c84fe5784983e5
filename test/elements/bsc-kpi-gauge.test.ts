import '../../src/format/locales/index.js';
import { expect, fixture, html } from '@open-wc/testing';
import type { BscErrorDetail, BscSelectDetail } from '../../src/elements/internal/events.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import { EMULATE_MEDIA_NEEDS_CDP, onlyIn } from '../support/engine.js';
import '../../src/elements/bsc-kpi-gauge.js';
import type { BscKpiGauge } from '../../src/elements/bsc-kpi-gauge.js';
import { errorsOf, inDiv, meterAria, selections } from '../support/chart-fixtures.js';
import { loadAcme, scorecardFixture } from '../support/scorecard-fixture.js';

const part = (el: BscKpiGauge, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: BscKpiGauge, name: string) => [...el.shadowRoot!.querySelectorAll<SVGElement>(`[part~="${name}"]`)];
const text = (el: BscKpiGauge, name: string) => part(el, name)?.textContent?.trim();

const bandStatuses = (el: BscKpiGauge) => parts(el, 'band').map((band) => [...band.classList].find((c) => c !== 'band'));

/** The bsc-select events `action` causes. */

describe('bsc-kpi-gauge', () => {
  describe('standalone', () => {
    it('is a meter for the worked example: 72 against 80, red flag 60, is at risk', async () => {
      const el = await fixture<BscKpiGauge>(html`<bsc-kpi-gauge value="72" target="80" red-flag="60" label="Revenue growth" locale="en-US"></bsc-kpi-gauge>`);
      expect(meterAria(el)).to.deep.equal({ role: 'meter', name: 'Revenue growth', now: '72', min: '0', max: '120', text: '72, 90% of target, at risk' });
      expect(text(el, 'value-text')).to.equal('72');
      expect(part(el, 'status')!.dataset.status).to.equal('at-risk');
      expect(text(el, 'label')).to.equal('Revenue growth');
      expect(part(el, 'value')!.classList.contains('at-risk')).to.equal(true);
      expect(parts(el, 'tick').map((tick) => tick.textContent)).to.deep.equal(['0', '50', '100']);
      expect(parts(el, 'target')).to.have.length(1);
      expect(parts(el, 'needle')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('draws the bands in the order of the polarity: up, down, and two at-risk bands around a range', async () => {
      const up = await fixture<BscKpiGauge>(html`<bsc-kpi-gauge value="72" target="80" red-flag="60"></bsc-kpi-gauge>`);
      expect(bandStatuses(up)).to.deep.equal(['off-track', 'at-risk', 'on-track', 'exceeding']);
      const down = await fixture<BscKpiGauge>(html`<bsc-kpi-gauge value="25" target="20" red-flag="30" polarity="down" locale="en-US"></bsc-kpi-gauge>`);
      expect(bandStatuses(down)).to.deep.equal(['exceeding', 'on-track', 'at-risk', 'off-track']);
      expect(meterAria(down).text).to.equal('25, 125% of target, at risk');
      const range = await fixture<BscKpiGauge>(html`<bsc-kpi-gauge value="50" target-min="40" target-max="60" tolerance="5" locale="en-US"></bsc-kpi-gauge>`);
      expect(bandStatuses(range)).to.deep.equal(['off-track', 'at-risk', 'on-track', 'at-risk', 'off-track']);
      expect(meterAria(range)).to.include({ now: '50', min: '30', max: '70', text: '50, target 40–60, on track' });
      expect(parts(range, 'target'), 'a mark at each end of the band').to.have.length(2);
      // The band written as bsc-kpi takes it reads the same.
      const written = await fixture<BscKpiGauge>(html`<bsc-kpi-gauge value="50" target="40..60" tolerance="5" locale="en-US"></bsc-kpi-gauge>`);
      expect(meterAria(written)).to.deep.equal(meterAria(range));
      await expect(down).to.be.accessible();
      await expect(range).to.be.accessible();
    });

    it('shows exceeding, off-track and negative readings with their statuses', async () => {
      const cases = [
        { value: 105, target: 80, redFlag: 60, status: 'exceeding', text: '105, 131% of target, exceeding' },
        { value: 40, target: 80, redFlag: 60, status: 'off-track', text: '40, 50% of target, off track' },
        { value: -20, target: -5, redFlag: -15, status: 'off-track', text: '-20, off track' },
      ];
      for (const c of cases) {
        const el = await fixture<BscKpiGauge>(html`<bsc-kpi-gauge locale="en-US" value=${c.value} target=${c.target} red-flag=${c.redFlag}></bsc-kpi-gauge>`);
        expect(part(el, 'status')!.dataset.status).to.equal(c.status);
        expect(meterAria(el).text).to.equal(c.text);
        expect(Number(meterAria(el).min)).to.be.at.most(c.value);
        await expect(el).to.be.accessible();
      }
    });

    it('takes min and max as the scale', async () => {
      const el = await fixture<BscKpiGauge>(html`<bsc-kpi-gauge value="72" target="80" red-flag="60" min="50" max="150"></bsc-kpi-gauge>`);
      expect(meterAria(el)).to.include({ now: '72', min: '50', max: '150' });
      expect(parts(el, 'tick').map((tick) => tick.textContent)).to.deep.equal(['60', '80', '100', '120', '140']);
      expect(bandStatuses(el)).to.deep.equal(['off-track', 'at-risk', 'on-track', 'exceeding']);
    });

    it('pins a value beyond the scale to its end with a marker, and still says the true value', async () => {
      const el = await fixture<BscKpiGauge>(html`<bsc-kpi-gauge value="150" target="80" red-flag="60" min="0" max="100" locale="en-US"></bsc-kpi-gauge>`);
      expect(meterAria(el)).to.include({ now: '100', min: '0', max: '100', text: '150, 188% of target, exceeding' });
      expect(text(el, 'value-text')).to.equal('150');
      expect(part(el, 'clamp-marker')!.classList.contains('above')).to.equal(true);
      const below = await fixture<BscKpiGauge>(html`<bsc-kpi-gauge value="-10" target="80" red-flag="60" min="0" max="100"></bsc-kpi-gauge>`);
      expect(meterAria(below).now).to.equal('0');
      expect(part(below, 'clamp-marker')!.classList.contains('below')).to.equal(true);
      const inside = await fixture<BscKpiGauge>(html`<bsc-kpi-gauge value="72" target="80" red-flag="60" min="0" max="100"></bsc-kpi-gauge>`);
      expect(part(inside, 'clamp-marker')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows a neutral track and "No data" without a value', async () => {
      const el = await fixture<BscKpiGauge>(html`<bsc-kpi-gauge target="80" red-flag="60" label="Revenue growth" locale="en-US"></bsc-kpi-gauge>`);
      expect(meterAria(el)).to.deep.equal({ role: 'img', name: 'Revenue growth, No data', now: null, min: null, max: null, text: null });
      expect(part(el, 'track')).to.exist;
      expect(parts(el, 'band')).to.have.length(0);
      expect(part(el, 'needle')).to.equal(null);
      expect(part(el, 'value')).to.equal(null);
      expect(text(el, 'value-text')).to.equal('—');
      expect(part(el, 'status')!.dataset.status).to.equal('no-data');
      await expect(el).to.be.accessible();
    });

    it('shows the value without bands or status colour when there is no target', async () => {
      const el = await fixture<BscKpiGauge>(html`<bsc-kpi-gauge value="12" label="Headcount" locale="en-US"></bsc-kpi-gauge>`);
      expect(meterAria(el)).to.deep.equal({ role: 'meter', name: 'Headcount', now: '12', min: '0', max: '12', text: '12, no target' });
      expect(parts(el, 'band')).to.have.length(0);
      expect(parts(el, 'target')).to.have.length(0);
      expect(part(el, 'value')!.classList.contains('info')).to.equal(true);
      expect(part(el, 'status')!.dataset.status).to.equal('info');
      await expect(el).to.be.accessible();
    });

    it('takes a reading of its own through the kpi property', async () => {
      const el = await fixture<BscKpiGauge>(
        html`<bsc-kpi-gauge locale="en-US" .kpi=${{ value: 0.72, target: 0.8, redFlag: 0.6, unit: 'percent', label: 'Win rate' }}></bsc-kpi-gauge>`,
      );
      expect(meterAria(el)).to.include({ name: 'Win rate', now: '0.72', text: '72%, 90% of target, at risk' });
      expect(text(el, 'value-text')).to.equal('72%');
      expect(parts(el, 'tick').map((tick) => tick.textContent)).to.deep.equal(['0%', '50%', '100%']);
    });

    it('formats in the locale: de-DE', async () => {
      const el = await fixture<BscKpiGauge>(html`<bsc-kpi-gauge locale="de-DE" value="1234.5" target="1000" label="Umsatz"></bsc-kpi-gauge>`);
      expect(meterAria(el).text).to.equal('1.235, 123\u00a0% des Zielwerts, übertroffen');
      expect(text(el, 'value-text')).to.equal('1.235');
      expect(parts(el, 'tick').map((tick) => tick.textContent)).to.deep.equal(['800', '1.000', '1.200']);
      expect(part(el, 'status-label')!.textContent).to.equal('Übertroffen');
      const currency = await fixture<BscKpiGauge>(
        html`<bsc-kpi-gauge locale="de-DE" value="433500" target="420000" unit="currency" currency="EUR"></bsc-kpi-gauge>`,
      );
      expect(text(currency, 'value-text')).to.equal('433.500\u00a0€');
    });

    it('takes the locale from the page and labels from the labels property', async () => {
      const { el } = await inDiv<BscKpiGauge>(
        { lang: 'de-DE' },
        html`<bsc-kpi-gauge value="72" target="80" red-flag="60" .labels=${{ atRiskInSentence: 'achtung' }}></bsc-kpi-gauge>`,
      );
      expect(meterAria(el)).to.include({ name: 'Istwert', text: '72, 90\u00a0% des Zielwerts, achtung' });
    });

    it('does not throw on bad attributes: it reports them once as bsc-error and shows what it can', async () => {
      const el = await fixture<BscKpiGauge>(html`<bsc-kpi-gauge target="80" label="Revenue growth" locale="en-US"></bsc-kpi-gauge>`);
      const errors = errorsOf(el);
      el.setAttribute('value', 'abc');
      await el.updateComplete;
      expect(errors).to.deep.equal([{ issues: [{ path: 'value', message: 'is not a number (got "abc")' }] }]);
      expect(meterAria(el).role).to.equal('img');
      expect(text(el, 'value-text')).to.equal('—');

      el.setAttribute('label', 'Growth');
      await el.updateComplete;
      expect(errors, 'an unrelated change fires nothing more').to.have.length(1);

      el.setAttribute('value', '72');
      el.setAttribute('red-flag', '90');
      await el.updateComplete;
      expect(errors[1]).to.deep.equal({ issues: [{ path: 'redFlag', message: 'must be below the target (80) for a KPI where higher is better (got 90)' }] });
      expect(meterAria(el)).to.include({ role: 'meter', now: '72', text: '72, no target' });
      expect(parts(el, 'band')).to.have.length(0);

      el.removeAttribute('red-flag');
      el.setAttribute('min', 'lots');
      await el.updateComplete;
      expect(errors[2]).to.deep.equal({ issues: [{ path: 'min', message: 'is not a number (got "lots")' }] });
      // Without a red flag it is 10 % of the target away: 72 is on it.
      expect(meterAria(el)).to.include({ min: '60', text: '72, 90% of target, at risk' });
      await expect(el).to.be.accessible();
    });

    it('reports thresholds that contradict the polarity', async () => {
      const cases: [string, BscErrorDetail['issues']][] = [
        [
          '<bsc-kpi-gauge value="5" target="10" stretch="8"></bsc-kpi-gauge>',
          [{ path: 'stretch', message: 'must be above the target (10) for a KPI where higher is better (got 8)' }],
        ],
        [
          '<bsc-kpi-gauge value="5" target="10" polarity="range"></bsc-kpi-gauge>',
          [{ path: 'target', message: 'must be a band (target-min and target-max, or "min..max") for a range KPI (got 10)' }],
        ],
        [
          '<bsc-kpi-gauge value="5" target-min="60" target-max="40"></bsc-kpi-gauge>',
          [{ path: 'target', message: 'the band is inverted: min (60) must not be above max (40)' }],
        ],
        ['<bsc-kpi-gauge value="5" target-min="40"></bsc-kpi-gauge>', [{ path: 'targetMax', message: 'is required with target-min: a band needs both ends' }]],
        [
          '<bsc-kpi-gauge value="5" red-flag="3"></bsc-kpi-gauge>',
          [{ path: 'redFlag', message: 'needs a target: a KPI without a target shows its value with no status' }],
        ],
        [
          '<bsc-kpi-gauge value="5" target="10" polarity="sideways"></bsc-kpi-gauge>',
          [{ path: 'polarity', message: 'must be "up", "down" or "range" (got "sideways")' }],
        ],
        ['<bsc-kpi-gauge value="5" target="10" min="20" max="10"></bsc-kpi-gauge>', [{ path: 'min', message: 'must be below max (got 20 and 10)' }]],
      ];
      for (const [markup, issues] of cases) {
        const wrapper = document.createElement('div');
        const errors = errorsOf(wrapper);
        wrapper.innerHTML = markup;
        document.body.append(wrapper);
        await wrapper.querySelector('bsc-kpi-gauge')!.updateComplete;
        expect(errors, markup).to.deep.equal([{ issues }]);
        wrapper.remove();
      }
    });

    it('is not focusable and selects nothing on its own', async () => {
      const el = await fixture<BscKpiGauge>(html`<bsc-kpi-gauge value="72" target="80"></bsc-kpi-gauge>`);
      expect(await selections(el, () => part(el, 'base')!.click())).to.deep.equal([]);
      expect(part(el, 'base')!.hasAttribute('tabindex')).to.equal(false);
    });

    it('keeps aria-valuenow at the value and the needle and value arc inside the viewBox, for any valid reading', async () => {
      const el = await fixture<BscKpiGauge>(html`<bsc-kpi-gauge label="Random"></bsc-kpi-gauge>`);
      const magnitude = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
      const gap = fc.double({ min: 1e-2, max: 1e5, noNaN: true, noDefaultInfinity: true });
      const reading = fc.tuple(fc.constantFrom('up' as const, 'down' as const), magnitude, gap, magnitude).map(([polarity, target, distance, value]) => ({
        polarity,
        target,
        redFlag: polarity === 'up' ? target - distance : target + distance,
        value,
      }));
      await fc.assert(
        fc.asyncProperty(reading, async ({ polarity, target, redFlag, value }) => {
          Object.assign(el, { polarity, target, redFlag, value });
          await el.updateComplete;
          const m = meterAria(el);
          expect(m.role).to.equal('meter');
          expect(Number(m.now)).to.equal(value);
          expect(Number(m.min)).to.be.at.most(value);
          expect(Number(m.max)).to.be.at.least(value);
          const [, , width, height] = el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
          const needle = part(el, 'needle')!;
          for (const [x, y] of [
            ['x1', 'y1'],
            ['x2', 'y2'],
          ] as const) {
            const [px, py] = [Number(needle.getAttribute(x)), Number(needle.getAttribute(y))];
            expect(px).to.be.within(0, width);
            expect(py).to.be.within(0, height);
          }
          const numbers = part(el, 'value')!
            .getAttribute('d')!
            .match(/-?\d+(\.\d+)?(e-?\d+)?/g)!
            .map(Number);
          for (const n of numbers) expect(n).to.be.within(0, Math.max(width, height));
          const box = (part(el, 'value') as unknown as SVGGraphicsElement).getBBox();
          expect(box.x).to.be.at.least(-0.01);
          expect(box.y).to.be.at.least(-0.01);
          expect(box.x + box.width).to.be.at.most(width + 0.01);
          expect(box.y + box.height).to.be.at.most(height + 0.01);
        }),
        { numRuns: 150, seed: 20261127 },
      );
    });
  });

  describe('inside a scorecard', () => {
    it('shows the KPI named by kpi, with the scorecard’s currency, and selects it by click, Enter and Space', async () => {
      const acme = await loadAcme();
      const f = await scorecardFixture<BscKpiGauge>(html`<bsc-kpi-gauge kpi="booked-revenue"></bsc-kpi-gauge>`, acme);
      const el = f.element;
      expect(meterAria(el)).to.deep.equal({
        role: 'meter',
        name: 'Booked revenue',
        now: '4412500',
        min: '3000000',
        max: '5500000',
        text: '$4.4M, 101% of target, on track',
      });
      expect(text(el, 'value-text')).to.equal('$4,412,500');
      expect(part(el, 'status')!.dataset.status).to.equal('on-track');
      expect(parts(el, 'tick').map((tick) => tick.textContent)).to.deep.equal(['$3M', '$4M', '$5M']);

      const base = part(el, 'base')!;
      const selected: BscSelectDetail = { kind: 'kpi', id: 'booked-revenue' };
      expect(base.getAttribute('tabindex')).to.equal('0');
      expect(await selections(el, () => base.click())).to.deep.equal([selected]);
      base.focus();
      expect(await selections(el, () => sendKeys({ press: 'Enter' }))).to.deep.equal([selected]);
      expect(await selections(el, () => sendKeys({ press: 'Space' }))).to.deep.equal([selected]);
      expect(await selections(el, () => sendKeys({ press: 'a' }))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('follows the scorecard to another period, and a label replaces the title', async () => {
      const acme = await loadAcme();
      const f = await scorecardFixture<BscKpiGauge>(html`<bsc-kpi-gauge kpi="booked-revenue" label="Revenue"></bsc-kpi-gauge>`, acme);
      await f.update({ period: '2026-07' });
      expect(meterAria(f.element)).to.include({ name: 'Revenue', now: '3758500' });
      expect(meterAria(f.element).text).to.match(/, at risk$|, off track$/);
      expect(f.element.shadowRoot!.querySelector('.status-badge')!.classList.contains(f.context.evaluation.node('booked-revenue')!.status)).to.equal(true);
    });

    it('speaks the scorecard’s locale', async () => {
      const acme = await loadAcme();
      const f = await scorecardFixture<BscKpiGauge>(html`<bsc-kpi-gauge kpi="booked-revenue"></bsc-kpi-gauge>`, acme, { locale: 'de-DE' });
      expect(meterAria(f.element).text).to.equal('4,4\u00a0Mio.\u00a0$, 101\u00a0% des Zielwerts, im Plan');
    });

    it('reports an unknown KPI and shows no data', async () => {
      const acme = await loadAcme();
      const wrapper = document.createElement('div');
      const errors = errorsOf(wrapper);
      const f = await scorecardFixture<HTMLDivElement>(html`<div></div>`, acme);
      f.host.append(wrapper);
      wrapper.innerHTML = '<bsc-kpi-gauge kpi="nope" label="Nope"></bsc-kpi-gauge>';
      const el = wrapper.querySelector('bsc-kpi-gauge')!;
      await el.updateComplete;
      expect(errors).to.deep.equal([{ issues: [{ path: 'kpi', message: 'names no KPI of the scorecard (got "nope")' }] }]);
      expect(meterAria(el).role).to.equal('img');
      expect(part(el, 'base')!.hasAttribute('tabindex')).to.equal(false);
    });

    it('neither selects nor takes focus with no-select', async () => {
      const acme = await loadAcme();
      const f = await scorecardFixture<BscKpiGauge>(html`<bsc-kpi-gauge kpi="booked-revenue" no-select></bsc-kpi-gauge>`, acme);
      expect(await selections(f.element, () => part(f.element, 'base')!.click())).to.deep.equal([]);
      expect(part(f.element, 'base')!.hasAttribute('tabindex')).to.equal(false);
    });
  });

  it('passes axe in a dark theme, and fills its container up to --bsc-gauge-size', async () => {
    const { wrapper, el } = await inDiv<BscKpiGauge>(
      { style: 'width: 600px; background: #111827' },
      html`<bsc-kpi-gauge theme="dark" value="72" target="80" red-flag="60" label="Revenue growth"></bsc-kpi-gauge>`,
    );
    expect(el.getBoundingClientRect().width).to.be.closeTo(192, 1);
    el.style.setProperty('--bsc-gauge-size', '300px');
    expect(el.getBoundingClientRect().width).to.be.closeTo(300, 1);
    wrapper.style.width = '150px';
    expect(el.getBoundingClientRect().width).to.be.closeTo(150, 1);
    expect(part(el, 'dial')!.getBoundingClientRect().width).to.be.closeTo(150, 1);
    await expect(el).to.be.accessible();
  });

  it('off screen skips its style and layout (content-visibility), holding about its own size', async () => {
    const { el } = await offScreenGauge();
    expect(getComputedStyle(el).contentVisibility).to.equal('auto');
    // Skipped, the host is as high as its placeholder; reading a box inside lays the gauge out.
    const placeholder = el.getBoundingClientRect().height;
    const drawn = part(el, 'base')!.getBoundingClientRect().height;
    expect(drawn).to.be.above(150);
    expect(placeholder, 'the placeholder guesses the height within 15 %').to.be.closeTo(drawn, drawn * 0.15);
    expect(meterAria(el).role, 'still a meter for assistive technology').to.equal('meter');
    expect(await el.toSVG()).to.contain('<path');
  });

  onlyIn(['chromium'], EMULATE_MEDIA_NEEDS_CDP)('off screen, prints whole (content-visibility: visible in print)', async () => {
    const { el } = await offScreenGauge();
    expect(getComputedStyle(el).contentVisibility).to.equal('auto');
    try {
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(el).contentVisibility).to.equal('visible');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

function offScreenGauge(): Promise<{ wrapper: HTMLDivElement; el: BscKpiGauge }> {
  return inDiv<BscKpiGauge>(
    { style: 'width: 600px; margin-top: 300vh' },
    html`<bsc-kpi-gauge value="72" target="80" red-flag="60" label="Revenue growth"></bsc-kpi-gauge>`,
  );
}
