import '../../src/format/locales/index.js';
import { expect, fixture, html } from '@open-wc/testing';
import type { BscSelectDetail } from '../../src/elements/internal/events.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/bsc-sparkline.js';
import type { BscSparkline } from '../../src/elements/bsc-sparkline.js';
import { scorecardOf } from '../support/model.js';
import { errorsOf, inDiv, selections } from '../support/chart-fixtures.js';
import { loadAcme, scorecardFixture } from '../support/scorecard-fixture.js';

const base = (el: BscSparkline) => el.shadowRoot!.querySelector<SVGSVGElement>('[part~="base"]')!;
const part = (el: BscSparkline, name: string) => el.shadowRoot!.querySelector<SVGElement>(`[part~="${name}"]`);
const parts = (el: BscSparkline, name: string) => [...el.shadowRoot!.querySelectorAll<SVGElement>(`[part~="${name}"]`)];
const description = (el: BscSparkline) => base(el).getAttribute('aria-label');
/** How many runs of values the line has: one `M` each. */
const runs = (el: BscSparkline) => (part(el, 'line')!.getAttribute('d')!.match(/M/g) ?? []).length;

/** A monthly KPI with a missing February, as of April. */
const gappy = scorecardOf(
  [
    {
      id: 'orders',
      title: 'Orders',
      target: 10,
      redFlag: 8,
      series: [
        { period: '2026-01', actual: 9 },
        { period: '2026-03', actual: 10 },
        { period: '2026-04', actual: 12 },
      ],
    },
  ],
  { asOf: '2026-04' },
);

describe('bsc-sparkline', () => {
  it('draws values of its own, leaving gaps for empty items, and describes the trend in words', async () => {
    const el = await fixture<BscSparkline>(html`<bsc-sparkline values="3,5,,7,6,,4" target="6" label="Orders" locale="en-US"></bsc-sparkline>`);
    expect(base(el).getAttribute('role')).to.equal('img');
    expect(description(el)).to.equal('Orders, Improving, 4, 67% of target, off track');
    expect(runs(el)).to.equal(3);
    expect(parts(el, 'point'), 'the lone last value is a dot').to.have.length(1);
    expect(part(el, 'last-point')).to.exist;
    expect(part(el, 'target')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('takes values as a property, and the polarity judges the trend', async () => {
    const el = await fixture<BscSparkline>(html`<bsc-sparkline .values=${[9, null, 7, 5]} polarity="down" label="Defects" locale="en-US"></bsc-sparkline>`);
    expect(description(el)).to.equal('Defects, Improving, 5, no target');
    expect(runs(el)).to.equal(2);
    expect(part(el, 'target')).to.equal(null);
    el.polarity = 'up';
    await el.updateComplete;
    expect(description(el)).to.equal('Defects, Worsening, 5, no target');
    el.values = [4, 4];
    await el.updateComplete;
    expect(description(el)).to.equal('Defects, Unchanged, 4, no target');
  });

  it('shows the last `periods` values when asked', async () => {
    const el = await fixture<BscSparkline>(html`<bsc-sparkline values="1,2,3,4,5" periods="2" locale="en-US"></bsc-sparkline>`);
    expect(parts(el, 'line')[0]!.getAttribute('d')!.match(/[ML]/g)).to.have.length(2);
    expect(description(el)).to.equal('Improving, 5, no target');
  });

  it('says "No data" without values', async () => {
    const el = await fixture<BscSparkline>(html`<bsc-sparkline label="Orders" locale="en-US"></bsc-sparkline>`);
    expect(description(el)).to.equal('Orders, No data');
    expect(part(el, 'line')!.getAttribute('d')).to.equal('');
    expect(part(el, 'last-point')).to.equal(null);
    const gaps = await fixture<BscSparkline>(html`<bsc-sparkline values=",," label="Orders" locale="en-US"></bsc-sparkline>`);
    expect(description(gaps)).to.equal('Orders, No data');
    await expect(el).to.be.accessible();
  });

  it('draws a target band as no line, but judges the trend by it', async () => {
    const el = await fixture<BscSparkline>(html`<bsc-sparkline values="70,55,48" target="40..60" locale="en-US"></bsc-sparkline>`);
    expect(part(el, 'target')).to.equal(null);
    expect(description(el)).to.equal('Improving, 48, target 40–60, on track');
  });

  it('draws negative values', async () => {
    const el = await fixture<BscSparkline>(html`<bsc-sparkline values="-5,-2,-8" target="-4" locale="en-US"></bsc-sparkline>`);
    expect(description(el)).to.equal('Worsening, -8, off track');
    const y = (name: string) => Number(part(el, name)!.getAttribute('d')!.split(',')[1]!.replace('h0', ''));
    expect(y('last-point'), 'the lowest value at the bottom').to.be.closeTo(29, 0.01);
  });

  it('reports items that are no numbers once, and draws them as gaps', async () => {
    const wrapper = document.createElement('div');
    const errors = errorsOf(wrapper);
    document.body.append(wrapper);
    wrapper.innerHTML = '<bsc-sparkline values="3,x,5" locale="en-US"></bsc-sparkline>';
    const el = wrapper.querySelector('bsc-sparkline')!;
    await el.updateComplete;
    el.setAttribute('label', 'Orders');
    await el.updateComplete;
    expect(errors).to.deep.equal([{ issues: [{ path: 'values[1]', message: 'is not a number (got "x")' }] }]);
    expect(runs(el), 'two lone values').to.equal(2);
    expect(parts(el, 'point')).to.have.length(2);
    el.setAttribute('periods', '0');
    await el.updateComplete;
    expect(errors[1]!.issues[0]).to.deep.equal({ path: 'periods', message: 'must be a whole number above 0 (got "0")' });
    wrapper.remove();
  });

  it('formats in de-DE', async () => {
    const el = await fixture<BscSparkline>(html`<bsc-sparkline locale="de-DE" values="1000,1200,1234.5" target="1000" label="Umsatz"></bsc-sparkline>`);
    expect(description(el)).to.equal('Umsatz, Verbessert sich, 1.235, 123\u00a0% des Zielwerts, übertroffen');
  });

  describe('inside a scorecard', () => {
    it('shows the last 12 periods up to as-of, and selects the KPI by click and keyboard', async () => {
      const acme = await loadAcme();
      const f = await scorecardFixture<BscSparkline>(html`<bsc-sparkline kpi="booked-revenue"></bsc-sparkline>`, acme);
      const el = f.element;
      expect(description(el)).to.equal('Booked revenue, Nov 2025 – Oct 2026, Worsening, $4.4M, 101% of target, on track');
      expect(part(el, 'line')!.getAttribute('d')!.match(/[ML]/g)).to.have.length(12);
      expect(base(el).getAttribute('tabindex')).to.equal('0');
      const selected: BscSelectDetail = { kind: 'kpi', id: 'booked-revenue' };
      expect(await selections(el, () => base(el).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })))).to.deep.equal([selected]);
      base(el).focus();
      expect(await selections(el, () => sendKeys({ press: 'Enter' }))).to.deep.equal([selected]);
      expect(await selections(el, () => sendKeys({ press: 'Space' }))).to.deep.equal([selected]);
      await expect(el).to.be.accessible();

      await f.update({ period: '2026-06' });
      expect(description(el)).to.match(/^Booked revenue, Jul 2025 – Jun 2026, /);
      el.periods = 3;
      await el.updateComplete;
      expect(description(el)).to.match(/^Booked revenue, Apr 2026 – Jun 2026, /);
    });

    it('keeps gaps as gaps and leaves out the periods after as-of', async () => {
      const f = await scorecardFixture<BscSparkline>(html`<bsc-sparkline kpi="orders"></bsc-sparkline>`, gappy);
      const el = f.element;
      expect(f.context.evaluation.history('orders').some((point) => point.future)).to.equal(true);
      expect(runs(el)).to.equal(2);
      expect(parts(el, 'point'), 'January stands alone').to.have.length(1);
      expect(description(el)).to.equal('Orders, Jan 2026 – Apr 2026, Improving, 12, 120% of target, exceeding');
      expect(part(el, 'target')).to.exist;
    });

    it('speaks the scorecard’s locale', async () => {
      const f = await scorecardFixture<BscSparkline>(html`<bsc-sparkline kpi="orders"></bsc-sparkline>`, gappy, { locale: 'de-DE' });
      expect(description(f.element)).to.equal('Orders, Jan. 2026 – Apr. 2026, Verbessert sich, 12, 120\u00a0% des Zielwerts, übertroffen');
    });

    it('neither selects nor takes focus with no-select, and reports an unknown KPI', async () => {
      const f = await scorecardFixture<BscSparkline>(html`<bsc-sparkline kpi="orders" no-select></bsc-sparkline>`, gappy);
      expect(await selections(f.element, () => base(f.element).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })))).to.deep.equal([]);
      expect(base(f.element).hasAttribute('tabindex')).to.equal(false);
      const errors = errorsOf(f.host);
      f.element.kpi = 'nope';
      await f.element.updateComplete;
      expect(errors).to.deep.equal([{ issues: [{ path: 'kpi', message: 'names no KPI of the scorecard (got "nope")' }] }]);
      expect(description(f.element)).to.equal('No data');
    });
  });

  it('runs from the right in a right-to-left page, its latest value at the left end', async () => {
    const latestX = async (dir: string) => {
      const { el } = await inDiv<BscSparkline>({ dir }, html`<bsc-sparkline values="3,5,4,6" label="Orders"></bsc-sparkline>`);
      const [line, last] = [base(el).getBoundingClientRect(), part(el, 'last-point')!.getBoundingClientRect()];
      return (last.left + last.width / 2 - line.left) / line.width;
    };
    expect(await latestX('ltr')).to.be.above(0.9);
    expect(await latestX('rtl')).to.be.below(0.1);
  });

  it('is 8rem by 2rem unless its tokens say otherwise, and passes axe in a dark theme', async () => {
    const { el } = await inDiv<BscSparkline>(
      { style: 'background: #111827' },
      html`<bsc-sparkline theme="dark" values="3,5,4,6" label="Orders"></bsc-sparkline>`,
    );
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(el.getBoundingClientRect().width).to.be.closeTo(8 * rem, 0.5);
    expect(el.getBoundingClientRect().height).to.be.closeTo(2 * rem, 0.5);
    el.style.setProperty('--bsc-sparkline-width', '200px');
    expect(base(el).getBoundingClientRect().width).to.be.closeTo(200, 0.5);
    await expect(el).to.be.accessible();
  });
});
