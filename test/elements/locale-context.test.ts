/**
 * Locale and labels travel one way (issue 13 (3)): through the locale context, which the scorecard
 * provides and an element with children provides anew where its own `locale` or `labels` is set;
 * never as attributes on the elements it renders.
 */
import '../../src/format/locales/index.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/bsc-kpi.js';
import '../../src/elements/bsc-perspective.js';
import type { BscKpi } from '../../src/elements/bsc-kpi.js';
import type { BscPerspective } from '../../src/elements/bsc-perspective.js';
import type { Scorecard } from '../../src/model/index.js';
import { loadAcme, scorecardFixture, settle, textOf } from '../support/scorecard-fixture.js';

const inside = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
/** What the sparkline of a KPI says to screen readers. */
const sparklineWords = (kpi: Element) => inside(inside(kpi, 'bsc-sparkline'), 'svg').getAttribute('aria-label');
/** The value a KPI's bullet chart writes. */
const bulletValue = (kpi: Element) => textOf(inside(inside(kpi, 'bsc-bullet'), '[part~="value-text"]'));

describe('locale context', () => {
  let acme: Scorecard;
  before(async () => {
    acme = await loadAcme();
  });

  it('gives a German KPI’s bullet and sparkline in an English scorecard German, without attributes', async () => {
    const german = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="booked-revenue" variant="card"></bsc-kpi>`, acme, { locale: 'de-DE' });
    const english = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="booked-revenue" variant="card"></bsc-kpi>`, acme, { locale: 'en-US' });
    const { element } = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="booked-revenue" variant="card" locale="de-DE"></bsc-kpi>`, acme, { locale: 'en-US' });
    expect(sparklineWords(german.element)).not.to.equal(sparklineWords(english.element));
    expect(sparklineWords(element)).to.equal(sparklineWords(german.element));
    expect(bulletValue(element)).to.equal(bulletValue(german.element));
    for (const child of [inside(element, 'bsc-sparkline'), inside(element, 'bsc-bullet')]) {
      expect(child.hasAttribute('locale'), child.localName).to.equal(false);
      expect((child as BscKpi).labels, child.localName).to.equal(undefined);
    }
  });

  it('gives a German KPI’s bullet on an English page German, outside any scorecard', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div lang="en-US"><bsc-kpi value="1250" target="1000" label="Cost" variant="card" locale="de-DE"></bsc-kpi></div>`,
    );
    const kpi = host.querySelector('bsc-kpi')!;
    await settle(host);
    expect(bulletValue(kpi)).to.equal('1.250');
    expect(inside(kpi, 'bsc-bullet').hasAttribute('locale')).to.equal(false);
  });

  it('carries a change of the parent’s locale, or its labels, to the children', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div lang="en-US"><bsc-kpi value="1250" target="1000" label="Cost" variant="card" locale="de-DE"></bsc-kpi></div>`,
    );
    const kpi = host.querySelector('bsc-kpi')!;
    await settle(host);
    expect(bulletValue(kpi)).to.equal('1.250');
    kpi.locale = 'en-US';
    await settle(host);
    expect(bulletValue(kpi)).to.equal('1,250');
    // Its locale removed, it speaks the page's language again, and so do its children.
    kpi.locale = 'de-DE';
    await settle(host);
    expect(bulletValue(kpi)).to.equal('1.250');
    kpi.removeAttribute('locale');
    await settle(host);
    expect(bulletValue(kpi)).to.equal('1,250');

    const scorecard = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="booked-revenue" variant="card"></bsc-kpi>`, acme, { locale: 'de-DE' });
    const german = sparklineWords(scorecard.element);
    await scorecard.update({ locale: 'en-US' });
    expect(sparklineWords(scorecard.element)).not.to.equal(german);
    await scorecard.update({ locale: 'de-DE' });
    expect(sparklineWords(scorecard.element)).to.equal(german);
    await scorecard.update({ labels: { improving: 'Better', worsening: 'Worse' } });
    expect(sparklineWords(scorecard.element)).to.match(/Better|Worse/);
  });

  it('leaves an element with a locale of its own inside a provider its own, and its children with it', async () => {
    const { element } = await scorecardFixture<BscPerspective>(
      html`<bsc-perspective perspective="financial" locale="de-DE">
        <bsc-kpi kpi="booked-revenue" variant="card" locale="en-US"></bsc-kpi>
        <bsc-kpi kpi="booked-revenue" variant="card"></bsc-kpi>
      </bsc-perspective>`,
      acme,
      { locale: 'ja-JP' },
    );
    const [own, inherits] = Array.from(element.querySelectorAll('bsc-kpi'));
    expect(textOf(inside(own!, '[part~="target"]'))).to.match(/^Target /);
    expect(sparklineWords(own!)).to.match(/Booked revenue.*target/i);
    // Slotted without a locale of its own, the nearest provider speaks for it: the perspective.
    expect(textOf(inside(inherits!, '[part~="target"]'))).to.match(/^Zielwert /);
    expect(sparklineWords(inherits!)).to.equal(sparklineWords(await germanKpi(acme)));
  });
});

async function germanKpi(acme: Scorecard): Promise<BscKpi> {
  return (await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="booked-revenue" variant="card"></bsc-kpi>`, acme, { locale: 'de-DE' })).element;
}
