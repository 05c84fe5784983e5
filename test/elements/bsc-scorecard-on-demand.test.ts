/**
 * What the scorecard loads on demand (issue 12): the filter and the summary of what changed come
 * after the first render, into the room the header kept for them; the words of an invalid model's
 * issues come before the update that shows them.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/bsc-scorecard.js';
import type { BscScorecard } from '../../src/elements/bsc-scorecard.js';
import { changesPart, filterPart } from '../../src/elements/internal/scorecard-parts.js';
import { OnDemand } from '../../src/elements/internal/on-demand.js';
import type { Scorecard } from '../../src/model/index.js';
import { loadAcme, settle } from '../support/scorecard-fixture.js';

const part = (el: BscScorecard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('bsc-scorecard: the header’s parts on demand', () => {
  let acme: Scorecard;
  before(async () => {
    acme = await loadAcme();
  });

  // First in the file: the parts have not been asked for yet on this page.
  it('renders first without the parts, in the room they take, then with them', async () => {
    expect(filterPart.module, 'no scorecard has asked for the filter yet').to.equal(undefined);
    expect(changesPart.module).to.equal(undefined);
    const el = document.createElement('bsc-scorecard');
    el.setAttribute('locale', 'en-US');
    el.model = acme;
    document.body.append(el);
    while (!el.hasUpdated) await Promise.resolve();
    expect(part(el, 'header'), 'the first render shows the scorecard').to.exist;
    expect(part(el, 'filter')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.filter.pending')).to.exist;
    expect(el.shadowRoot!.querySelector('.changes-summary.pending')).to.exist;
    await el.updateComplete;
    expect(filterPart.module).to.exist;
    expect(part(el, 'filter')!.getAttribute('role')).to.equal('search');
    expect(part(el, 'changes-summary')!.textContent).to.match(/Since September 2026/);
    expect(el.shadowRoot!.querySelector('.pending')).to.equal(null);
    el.remove();
  });

  for (const width of [1200, 800, 400]) {
    it(`keeps the filter's and the summary's room while they load, ${width} px wide`, async () => {
      const el = await fixture<BscScorecard>(html`<bsc-scorecard locale="en-US" style="width: ${width}px" .model=${acme}></bsc-scorecard>`);
      await settle(el);
      const header = part(el, 'header')!;
      const room = (className: string, tag = 'div') => {
        const placeholder = document.createElement(tag);
        placeholder.className = `${className} pending`;
        header.append(placeholder);
        return placeholder.getBoundingClientRect();
      };
      expect(room('filter').height).to.equal(part(el, 'filter')!.getBoundingClientRect().height);
      const summary = part(el, 'changes-summary')!.getBoundingClientRect();
      const summaryRoom = room('changes-summary', 'span');
      expect(summaryRoom.height).to.equal(summary.height);
      expect(summaryRoom.width).to.be.closeTo(summary.width, 24);
    });
  }

  /** A scorecard of the sample with `attributes`, once it has rendered for the first time (not waiting for what it loads after). */
  async function firstRender(attributes: Record<string, string>): Promise<BscScorecard> {
    const el = document.createElement('bsc-scorecard');
    for (const [name, value] of Object.entries({ locale: 'en-US', ...attributes })) el.setAttribute(name, value);
    el.model = acme;
    document.body.append(el);
    while (!el.hasUpdated) await new Promise((resolve) => setTimeout(resolve));
    return el;
  }

  it('waits for the filter before the first render when a filter-* attribute asks for one', async () => {
    const el = await firstRender({ 'filter-status': 'off-track' });
    expect(part(el, 'filter-count')!.textContent).to.match(/^\d+ of \d+ KPIs$/);
    el.remove();
  });

  it('waits for the chosen KPI’s panel before the first render when selected-kpi is set', async () => {
    const el = await firstRender({ 'selected-kpi': 'booked-revenue' });
    expect(part(el, 'detail-title')!.textContent).to.equal(acme.perspectives[0]!.objectives[0]!.kpis[0]!.title);
    el.remove();
  });
});

describe('bsc-scorecard: the words of an invalid model’s issues on demand', () => {
  it('shows them in the update that shows the model, and reports them', async () => {
    const el = await fixture<BscScorecard>(html`<bsc-scorecard locale="en-US"></bsc-scorecard>`);
    const issues = () => Array.from(el.shadowRoot!.querySelectorAll('[part~="issue"]'), (issue) => issue.textContent!.replace(/\s+/g, ' ').trim());
    const reported = oneEvent(el, 'bsc-error');
    el.model = '{ "version": 1,\n  "id": }';
    await el.updateComplete;
    expect(issues()).to.deep.equal(["invalid JSON at line 2, column 9: Unexpected token '}'"]);
    expect((await reported).detail.issues[0]!.message).to.match(/^invalid JSON at line 2, column 9/);
    el.model = { version: 1, id: 'x', title: 'X' };
    await el.updateComplete;
    expect(issues()).to.deep.equal(['perspectives is required: a list of perspectives']);
    el.model = [];
    await el.updateComplete;
    expect(issues()[0]).to.match(/the model must be an object .* \(got a list\)$/);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="error-title"]')!).fontWeight, 'the list’s styles came with it').to.not.equal('400');
  });

  it('shows the issues of a model valid in shape, and of a period that is none, in the update that shows them', async () => {
    const el = await fixture<BscScorecard>(html`<bsc-scorecard locale="en-US"></bsc-scorecard>`);
    el.model = { version: 1, id: 'x', title: 'X', perspectives: [{ id: 'x', title: 'P', objectives: [] }] };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="issue"]')!.textContent).to.contain('duplicate id "x"');
    const fresh = await fixture<BscScorecard>(html`<bsc-scorecard locale="en-US" .model=${await loadAcme()} period="2026-13"></bsc-scorecard>`);
    expect(fresh.shadowRoot!.querySelector('[part~="issue-path"]')!.textContent).to.equal('period');
  });
});

describe('OnDemand', () => {
  it('loads once, keeps the module, and forgets a failed load so that the next need tries again', async () => {
    let calls = 0;
    let fail = true;
    const part = new OnDemand(async () => {
      calls++;
      if (fail) throw new Error('offline');
      return { answer: 42 };
    });
    let error: unknown;
    await part.load().catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('offline');
    expect(part.module).to.equal(undefined);
    fail = false;
    const [first, second] = await Promise.all([part.load(), part.load()]);
    expect(first).to.equal(second);
    expect(part.module).to.deep.equal({ answer: 42 });
    expect(calls).to.equal(2);
  });
});
