import '../../src/format/locales/index.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/bsc-period-picker.js';
import type { BscPeriodPicker } from '../../src/elements/bsc-period-picker.js';
import type { Scorecard } from '../../src/model/index.js';
import { deepActiveElement, loadAcme, scorecardFixture, textOf } from '../support/scorecard-fixture.js';

const select = (el: Element) => el.shadowRoot!.querySelector<HTMLSelectElement>('[part~="period"]')!;
const viewButtons = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="view-option"]'));
const pressed = (el: Element) => viewButtons(el).map((b) => b.getAttribute('aria-pressed'));

describe('bsc-period-picker', () => {
  let acme: Scorecard;
  before(async () => {
    acme = await loadAcme();
  });

  it('offers the periods with data, newest first, in long form, with as-of chosen', async () => {
    const { element, context } = await scorecardFixture<BscPeriodPicker>(html`<bsc-period-picker></bsc-period-picker>`, acme);
    const options = Array.from(select(element).options);
    expect(options).to.have.length(context.evaluation.periods.length);
    expect(options.slice(0, 3).map((o) => [o.value, o.textContent])).to.deep.equal([
      ['2026-10', 'October 2026'],
      ['2026-09', 'September 2026'],
      ['2026-08', 'August 2026'],
    ]);
    expect(options.at(-1)!.value).to.equal('2024-11');
    expect(select(element).value).to.equal('2026-10');
  });

  it('labels both controls', async () => {
    const { element } = await scorecardFixture<BscPeriodPicker>(html`<bsc-period-picker></bsc-period-picker>`, acme);
    expect(Array.from(select(element).labels, textOf)).to.deep.equal(['Reporting period']);
    const group = element.shadowRoot!.querySelector('[part~="view"]')!;
    expect([group.getAttribute('role'), group.getAttribute('aria-label')]).to.deep.equal(['group', 'View']);
    expect(viewButtons(element).map(textOf)).to.deep.equal(['Period', 'Year to date']);
    expect(pressed(element)).to.deep.equal(['true', 'false']);
  });

  it('asks the scorecard for another period, and follows it', async () => {
    const f = await scorecardFixture<BscPeriodPicker>(html`<bsc-period-picker></bsc-period-picker>`, acme);
    const list = select(f.element);
    list.value = '2026-07';
    list.dispatchEvent(new Event('change'));
    expect(f.requests).to.deep.equal([{ period: '2026-07' }]);
    await new Promise((resolve) => setTimeout(resolve));
    await f.element.updateComplete;
    expect(f.context.evaluation.asOf).to.equal('2026-07');
    expect(select(f.element).value).to.equal('2026-07');
    // The scorecard moving on its own moves the list too.
    await f.update({ period: '2025-12' });
    expect(select(f.element).value).to.equal('2025-12');
  });

  it('switches the view by click and by keyboard', async () => {
    const f = await scorecardFixture<BscPeriodPicker>(html`<bsc-period-picker></bsc-period-picker>`, acme);
    viewButtons(f.element)[1]!.click();
    expect(f.requests).to.deep.equal([{ view: 'ytd' }]);
    await f.update({});
    expect(pressed(f.element)).to.deep.equal(['false', 'true']);
    // Choosing the view already shown asks nothing.
    viewButtons(f.element)[1]!.click();
    expect(f.requests).to.have.length(1);
    viewButtons(f.element)[0]!.focus();
    await sendKeys({ press: 'Space' });
    expect(f.requests.at(-1)).to.deep.equal({ view: 'period' });
    await f.update({});
    expect(pressed(f.element)).to.deep.equal(['true', 'false']);
  });

  it('takes focus in order: the list, then each view', async () => {
    const { element } = await scorecardFixture<BscPeriodPicker>(html`<bsc-period-picker></bsc-period-picker>`, acme);
    const before = document.createElement('button');
    element.before(before);
    before.focus();
    for (const target of [select(element), ...viewButtons(element)]) {
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(target);
      expect(getComputedStyle(target).outlineStyle).to.equal('solid');
    }
  });

  it('changes the period from the keyboard', async () => {
    const f = await scorecardFixture<BscPeriodPicker>(html`<bsc-period-picker></bsc-period-picker>`, acme);
    select(f.element).focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(f.requests).to.deep.equal([{ period: '2026-09' }]);
  });

  it('passes axe, in a scorecard and outside one', async () => {
    for (const theme of ['light', 'dark']) {
      const { element } = await scorecardFixture<BscPeriodPicker>(html`<bsc-period-picker theme=${theme}></bsc-period-picker>`, acme, {
        page: theme === 'dark' ? 'dark' : 'light',
      });
      await expect(element).to.be.accessible();
    }
    const outside = await fixture<BscPeriodPicker>(html`<bsc-period-picker locale="en-US"></bsc-period-picker>`);
    await expect(outside).to.be.accessible();
  });

  it('is disabled and empty outside a scorecard', async () => {
    const el = await fixture<BscPeriodPicker>(html`<bsc-period-picker locale="en-US"></bsc-period-picker>`);
    expect(select(el).disabled).to.be.true;
    expect(select(el).options).to.have.length(0);
    expect(viewButtons(el).every((b) => b.disabled)).to.be.true;
    expect(pressed(el)).to.deep.equal(['false', 'false']);
  });

  it('speaks German in de-DE', async () => {
    const { element } = await scorecardFixture<BscPeriodPicker>(html`<bsc-period-picker></bsc-period-picker>`, acme, { locale: 'de-DE', view: 'ytd' });
    expect(Array.from(select(element).labels, textOf)).to.deep.equal(['Berichtszeitraum']);
    expect(select(element).options[0]!.textContent).to.equal('Oktober 2026');
    expect(viewButtons(element).map(textOf)).to.deep.equal(['Periode', 'Seit Jahresbeginn']);
    expect(pressed(element)).to.deep.equal(['false', 'true']);
  });

  it('mirrors in right-to-left pages', async () => {
    const { element } = await scorecardFixture<BscPeriodPicker>(html`<bsc-period-picker></bsc-period-picker>`, acme, { dir: 'rtl', locale: 'ar' });
    const label = element.shadowRoot!.querySelector('[part~="label"]')!.getBoundingClientRect();
    const list = select(element).getBoundingClientRect();
    expect(label.left).to.be.above(list.left);
    const [first, second] = viewButtons(element).map((b) => b.getBoundingClientRect());
    expect(first!.left).to.be.above(second!.left);
  });
});
