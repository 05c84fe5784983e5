import '../../src/format/locales/index.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/bsc-status.js';
import type { BscStatus } from '../../src/elements/bsc-status.js';
import { STATUSES } from '../../src/engine/types.js';

const label = (el: BscStatus) => el.shadowRoot!.querySelector('[part="label"]')!.textContent;

describe('bsc-status', () => {
  it('shows each status as a shape and a word', async () => {
    const words = { exceeding: 'Exceeding', 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', 'no-data': 'No data', info: 'No target' };
    const shapes = new Set<string>();
    for (const status of STATUSES) {
      const el = await fixture<BscStatus>(html`<bsc-status status=${status} locale="en-US"></bsc-status>`);
      expect(label(el)).to.equal(words[status]);
      shapes.add(el.shadowRoot!.querySelector('[part="icon"]')!.innerHTML.replace(/<!--.*?-->/g, ''));
    }
    expect(shapes.size).to.equal(STATUSES.length);
  });

  it('gives each status its own colour token', async () => {
    const el = await fixture<BscStatus>(html`<bsc-status status="off-track" style="--bsc-status-off-track: rgb(1, 2, 3)"></bsc-status>`);
    expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
  });

  it('marks stale data with a clock and the word', async () => {
    const el = await fixture<BscStatus>(html`<bsc-status status="at-risk" stale locale="en-US"></bsc-status>`);
    expect(label(el)).to.equal('At risk, stale');
    expect(el.shadowRoot!.querySelector('[part="stale"]')).to.exist;
  });

  it('hints at a previous status that differs, and only then', async () => {
    const el = await fixture<BscStatus>(html`<bsc-status status="off-track" previous="at-risk" locale="en-US"></bsc-status>`);
    const was = el.shadowRoot!.querySelector<HTMLElement>('[part="was"]')!;
    expect(was.textContent).to.equal(', was at risk');
    expect(was.firstElementChild!.getBoundingClientRect().width).to.be.at.most(1);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Off track, was at risk');
    await expect(el).to.be.accessible();
    el.previous = 'off-track';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="was"]')).to.equal(null);
    el.setAttribute('previous', 'bogus');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="was"]')).to.equal(null);
    el.locale = 'de-DE';
    el.previous = 'exceeding';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="was"]')!.textContent).to.equal(', war übertroffen');
  });

  it('keeps the word for screen readers in the icon variant', async () => {
    const el = await fixture<BscStatus>(html`<bsc-status status="on-track" variant="icon" locale="en-US"></bsc-status>`);
    const word = el.shadowRoot!.querySelector<HTMLElement>('[part="label"]')!;
    expect(word.textContent).to.equal('On track');
    expect(word.getBoundingClientRect().width).to.be.at.most(1);
    await expect(el).to.be.accessible();
  });

  it('speaks the locale and takes replaced labels', async () => {
    const de = await fixture<BscStatus>(html`<bsc-status status="off-track" locale="de-DE"></bsc-status>`);
    expect(label(de)).to.not.equal('Off track');
    const custom = await fixture<BscStatus>(html`<bsc-status status="on-track" .labels=${{ onTrack: 'Green' }}></bsc-status>`);
    expect(label(custom)).to.equal('Green');
  });

  it('treats an unknown status as no data', async () => {
    const el = await fixture<BscStatus>(html`<bsc-status status="purple" locale="en-US"></bsc-status>`);
    expect(label(el)).to.equal('No data');
  });

  it('passes axe in every status', async () => {
    for (const status of STATUSES) {
      const el = await fixture<BscStatus>(html`<bsc-status status=${status} stale></bsc-status>`);
      await expect(el).to.be.accessible();
    }
  });
});
