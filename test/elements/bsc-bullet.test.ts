import '../../src/format/locales/index.js';
import { expect, fixture, html } from '@open-wc/testing';
import type { BscSelectDetail } from '../../src/elements/internal/events.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/bsc-bullet.js';
import type { BscBullet } from '../../src/elements/bsc-bullet.js';
import { errorsOf, inDiv, meterAria, selections } from '../support/chart-fixtures.js';
import { loadAcme, scorecardFixture } from '../support/scorecard-fixture.js';

const part = (el: BscBullet, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: BscBullet, name: string) => [...el.shadowRoot!.querySelectorAll<SVGElement>(`[part~="${name}"]`)];
const text = (el: BscBullet, name: string) => part(el, name)?.textContent?.trim();
const bandStatuses = (el: BscBullet) => parts(el, 'band').map((band) => [...band.classList].find((c) => c !== 'band'));
/** The bar's left edge and width in the 100-unit viewBox. */
const bar = (el: BscBullet) => ({ x: Number(part(el, 'bar')!.getAttribute('x')), width: Number(part(el, 'bar')!.getAttribute('width')) });

describe('bsc-bullet', () => {
  it('is a meter with the value as a bar across the bands and the target as a tick', async () => {
    const el = await fixture<BscBullet>(html`<bsc-bullet value="72" target="80" red-flag="60" label="Revenue growth" locale="en-US"></bsc-bullet>`);
    expect(meterAria(el)).to.deep.equal({ role: 'meter', name: 'Revenue growth', now: '72', min: '0', max: '120', text: '72, 90% of target, at risk' });
    expect(text(el, 'label')).to.equal('Revenue growth');
    expect(text(el, 'value-text')).to.equal('72');
    expect(part(el, 'status')!.dataset.status).to.equal('at-risk');
    expect(bandStatuses(el)).to.deep.equal(['off-track', 'at-risk', 'on-track', 'exceeding']);
    expect(part(el, 'bar')!.classList.contains('at-risk')).to.equal(true);
    expect(bar(el)).to.deep.equal({ x: 0, width: 60 });
    expect(Number(part(el, 'target')!.getAttribute('x1'))).to.be.closeTo(66.67, 0.01);
    expect(parts(el, 'tick').map((tick) => [tick.textContent, tick.getAttribute('x')])).to.deep.equal([
      ['0', '0%'],
      ['50', '41.67%'],
      ['100', '83.33%'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('stretches its bars to the width but not its text', async () => {
    const { wrapper, el } = await inDiv<BscBullet>(
      { style: 'width: 640px' },
      html`<bsc-bullet value="72" target="80" red-flag="60" label="Revenue growth"></bsc-bullet>`,
    );
    expect(part(el, 'chart')!.getBoundingClientRect().width).to.be.closeTo(640, 1);
    const label = el.shadowRoot!.querySelector('[part~="tick"]')!.getBoundingClientRect();
    wrapper.style.width = '320px';
    expect(part(el, 'chart')!.getBoundingClientRect().width).to.be.closeTo(320, 1);
    expect(el.shadowRoot!.querySelector('[part~="tick"]')!.getBoundingClientRect().width).to.be.closeTo(label.width, 0.5);
  });

  it('orders the bands by polarity, and brackets a band target', async () => {
    const down = await fixture<BscBullet>(html`<bsc-bullet value="25" target="20" red-flag="30" polarity="down"></bsc-bullet>`);
    expect(bandStatuses(down)).to.deep.equal(['exceeding', 'on-track', 'at-risk', 'off-track']);
    const range = await fixture<BscBullet>(html`<bsc-bullet value="50" target-min="40" target-max="60" tolerance="5" locale="en-US"></bsc-bullet>`);
    expect(bandStatuses(range)).to.deep.equal(['off-track', 'at-risk', 'on-track', 'at-risk', 'off-track']);
    expect(meterAria(range)).to.include({ min: '30', max: '70', text: '50, target 40–60, on track' });
    expect(part(range, 'target')!.getAttribute('d')).to.equal('M25,6V24M75,6V24');
    await expect(range).to.be.accessible();
  });

  it('starts the bar at zero for negative values', async () => {
    const el = await fixture<BscBullet>(html`<bsc-bullet value="-20" target="-5" red-flag="-15" locale="en-US"></bsc-bullet>`);
    expect(meterAria(el)).to.include({ now: '-20', text: '-20, off track' });
    const [lo, hi] = [Number(meterAria(el).min), Number(meterAria(el).max)];
    const zero = ((0 - lo) / (hi - lo)) * 100;
    const { x, width } = bar(el);
    expect(x + width, 'the bar ends at 0').to.be.closeTo(zero, 0.01);
    expect(part(el, 'bar')!.classList.contains('off-track')).to.equal(true);
  });

  it('shows exceeding in its colour and word', async () => {
    const el = await fixture<BscBullet>(html`<bsc-bullet value="105" target="80" red-flag="60" locale="en-US"></bsc-bullet>`);
    expect(part(el, 'status')!.dataset.status).to.equal('exceeding');
    expect(part(el, 'bar')!.classList.contains('exceeding')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('takes min and max, and marks a value beyond them', async () => {
    const el = await fixture<BscBullet>(html`<bsc-bullet value="150" target="80" red-flag="60" min="0" max="100" locale="en-US"></bsc-bullet>`);
    expect(meterAria(el)).to.include({ now: '100', min: '0', max: '100', text: '150, 188% of target, exceeding' });
    expect(text(el, 'value-text')).to.equal('150');
    expect(bar(el)).to.deep.equal({ x: 0, width: 100 });
    const marker = part(el, 'clamp-marker')!;
    expect(marker.classList.contains('above')).to.equal(true);
    expect(marker.parentElement!.getAttribute('x'), 'at the right end').to.equal('100%');
    await expect(el).to.be.accessible();
  });

  it('mirrors under dir="rtl": the scale starts on the right', async () => {
    const ltr = await fixture<BscBullet>(html`<bsc-bullet value="72" target="80" red-flag="60"></bsc-bullet>`);
    const { wrapper, el: rtl } = await inDiv<BscBullet>({ dir: 'rtl' }, html`<bsc-bullet value="72" target="80" red-flag="60"></bsc-bullet>`);
    expect(bar(ltr)).to.deep.equal({ x: 0, width: 60 });
    expect(bar(rtl)).to.deep.equal({ x: 40, width: 60 });
    expect(bandStatuses(rtl)).to.deep.equal(bandStatuses(ltr));
    expect(Number(part(rtl, 'band')!.getAttribute('x')), 'off track on the right').to.equal(50);
    expect(parts(rtl, 'tick').map((tick) => tick.getAttribute('x'))).to.deep.equal(['100%', '58.33%', '16.67%']);
    // A clamped value's marker moves to the left end.
    rtl.setAttribute('max', '70');
    await rtl.updateComplete;
    expect(part(rtl, 'clamp-marker')!.parentElement!.getAttribute('x')).to.equal('0%');
    // Back to left-to-right when the page changes direction.
    wrapper.dir = 'ltr';
    rtl.removeAttribute('max');
    await rtl.updateComplete;
    await rtl.updateComplete;
    expect(bar(rtl)).to.deep.equal({ x: 0, width: 60 });
    await expect(rtl).to.be.accessible();
  });

  it('shows a neutral track and "No data" without a value', async () => {
    const el = await fixture<BscBullet>(html`<bsc-bullet target="80" label="Revenue growth" locale="en-US"></bsc-bullet>`);
    expect(meterAria(el)).to.deep.equal({ role: 'img', name: 'Revenue growth, No data', now: null, min: null, max: null, text: null });
    expect(part(el, 'track')).to.exist;
    expect(parts(el, 'band')).to.have.length(0);
    expect(part(el, 'bar')).to.equal(null);
    expect(text(el, 'value-text')).to.equal('—');
    await expect(el).to.be.accessible();
  });

  it('shows the value on a neutral track without a target', async () => {
    const el = await fixture<BscBullet>(html`<bsc-bullet value="12" label="Headcount" locale="en-US"></bsc-bullet>`);
    expect(meterAria(el)).to.include({ role: 'meter', now: '12', text: '12, no target' });
    expect(part(el, 'track')).to.exist;
    expect(part(el, 'target')).to.equal(null);
    expect(part(el, 'bar')!.classList.contains('info')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('formats in de-DE', async () => {
    const el = await fixture<BscBullet>(
      html`<bsc-bullet locale="de-DE" value="433500" target="420000" red-flag="380000" unit="currency" currency="EUR" label="Umsatz"></bsc-bullet>`,
    );
    expect(text(el, 'value-text')).to.equal('433.500\u00a0€');
    expect(meterAria(el).text).to.equal('433.500\u00a0€, 103\u00a0% des Zielwerts, im Plan');
    expect(parts(el, 'tick').map((tick) => tick.textContent)).to.deep.equal(['350.000\u00a0€', '400.000\u00a0€', '450.000\u00a0€']);
  });

  it('reports bad attributes once as bsc-error, without throwing', async () => {
    const el = await fixture<BscBullet>(html`<bsc-bullet target="80"></bsc-bullet>`);
    const errors = errorsOf(el);
    el.setAttribute('value', '7O');
    await el.updateComplete;
    el.setAttribute('label', 'Seventy');
    await el.updateComplete;
    expect(errors).to.deep.equal([{ issues: [{ path: 'value', message: 'is not a number (got "7O")' }] }]);
    expect(meterAria(el).role).to.equal('img');
    el.setAttribute('value', '70');
    el.setAttribute('red-flag', '80');
    await el.updateComplete;
    expect(errors[1]).to.deep.equal({ issues: [{ path: 'redFlag', message: 'must differ from the target (both are 80)' }] });
    expect(parts(el, 'band')).to.have.length(0);
    expect(part(el, 'status')!.dataset.status).to.equal('info');
  });

  it('inside a scorecard shows the KPI and selects it by click and keyboard', async () => {
    const acme = await loadAcme();
    const f = await scorecardFixture<BscBullet>(html`<bsc-bullet kpi="inventory-cover"></bsc-bullet>`, acme);
    const el = f.element;
    const node = f.context.evaluation.node('inventory-cover')!;
    expect(node.kind === 'kpi' && node.polarity).to.equal('range');
    expect(meterAria(el)).to.include({ role: 'meter', name: node.title, now: String(node.kind === 'kpi' && node.value) });
    expect(bandStatuses(el)).to.deep.equal(['off-track', 'at-risk', 'on-track', 'at-risk', 'off-track']);
    expect(part(el, 'status')!.dataset.status).to.equal(node.status);

    const base = part(el, 'base')!;
    const selected: BscSelectDetail = { kind: 'kpi', id: 'inventory-cover' };
    expect(await selections(el, () => base.click())).to.deep.equal([selected]);
    base.focus();
    expect(await selections(el, () => sendKeys({ press: 'Enter' }))).to.deep.equal([selected]);
    await expect(el).to.be.accessible();
  });
});
