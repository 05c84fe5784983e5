import '../../src/format/locales/index.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadCascade } from '../../src/cascade/load-cascade.js';
import '../../src/elements/bsc-cascade.js';
import type { BscCascade, BscCascadeSelectDetail } from '../../src/elements/bsc-cascade.js';
import { errorsOf, inDiv, selections } from '../support/chart-fixtures.js';
import { BASE, memoryFetch } from '../support/cascade-fetch.js';

const SRC = '/demo/data/cascade/company.json';

const items = (el: BscCascade) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')];
const item = (el: BscCascade, key: string) => el.shadowRoot!.querySelector<HTMLElement>(`[role="treeitem"][data-key="${key}"]`)!;
const row = (el: BscCascade, key: string) => item(el, key).querySelector<HTMLElement>(':scope > .row')!;
const focused = (el: BscCascade) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key;
/** Each visible tree item as "key level expanded tabindex". */
const outline = (el: BscCascade) =>
  items(el).map((i) => `${i.dataset.key} ${i.getAttribute('aria-level')} ${i.getAttribute('aria-expanded') ?? '-'} ${i.getAttribute('tabindex')}`);

async function loaded(template: ReturnType<typeof html>): Promise<BscCascade> {
  const el = await fixture<BscCascade>(template);
  await waitUntil(() => el.evaluation || el.shadowRoot!.querySelector('[part="error"]'), 'the cascade loads', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function press(el: BscCascade, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
}

describe('bsc-cascade', () => {
  it('shows the company, its departments with score, status and alignment, the team collapsed', async () => {
    const el = await loaded(html`<bsc-cascade src=${SRC} locale="en-US"></bsc-cascade>`);
    expect(el.shadowRoot!.querySelector('[role="tree"]')!.getAttribute('aria-label')).to.equal('Scorecard cascade');
    expect(outline(el)).to.deep.equal([
      'acme-company 1 true 0',
      'acme-company/sales 2 false -1',
      'acme-company/marketing 2 - -1',
      'acme-company/customer-success 2 - -1',
    ]);
    const sales = row(el, 'acme-company/sales');
    expect(sales.querySelector('[part="title"]')!.textContent).to.equal('Sales');
    expect(sales.querySelector('[part="owner"]')!.textContent).to.equal('Jordan Reyes (CRO)');
    expect(sales.querySelector('[part="score"]')!.textContent).to.equal('Score 4.2');
    expect(sales.querySelector<HTMLElement>('[part~="status"]')!.dataset.status).to.equal('at-risk');
    expect(row(el, 'acme-company/marketing').querySelector<HTMLElement>('[part~="status"]')!.dataset.status).to.equal('off-track');
    const alignments = [...item(el, 'acme-company/sales').querySelectorAll(':scope > [part="alignments"] [part="alignment"]')].map((a) =>
      a.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(alignments).to.deep.equal([
      'At risk Close $4 million of new business Serves Hit $5 million in sales',
      'At risk Qualify enough pipeline Serves Build a pipeline that covers next quarter',
    ]);
    expect(item(el, 'acme-company/sales').getAttribute('aria-describedby')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('moves, expands and collapses with the keys of the tree pattern, and selects with Enter', async () => {
    const el = await loaded(html`<bsc-cascade src=${SRC}></bsc-cascade>`);
    item(el, 'acme-company').focus();
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('acme-company/sales');
    await press(el, 'ArrowRight');
    expect(item(el, 'acme-company/sales').getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)).to.equal('acme-company/sales');
    await press(el, 'ArrowRight');
    expect(focused(el)).to.equal('acme-company/sales/enterprise-ae');
    expect(item(el, 'acme-company/sales/enterprise-ae').getAttribute('aria-level')).to.equal('3');
    await press(el, 'ArrowLeft');
    expect(focused(el)).to.equal('acme-company/sales');
    await press(el, 'ArrowLeft');
    expect(item(el, 'acme-company/sales').getAttribute('aria-expanded')).to.equal('false');
    await press(el, 'End');
    expect(focused(el)).to.equal('acme-company/customer-success');
    expect(outline(el).map((line) => line.split(' ')[3])).to.deep.equal(['-1', '-1', '-1', '0']);
    await press(el, 'ArrowUp');
    const seen = await selections(el, () => press(el, 'Enter'));
    expect(seen).to.deep.equal([
      {
        kind: 'scorecard',
        id: 'marketing',
        src: new URL('marketing.json', new URL(SRC, location.href)).href,
        key: 'acme-company/marketing',
      } satisfies BscCascadeSelectDetail,
    ]);
    expect(el.selected).to.equal('acme-company/marketing');
    expect(item(el, 'acme-company/marketing').getAttribute('aria-selected')).to.equal('true');
    await press(el, 'Home');
    expect(focused(el)).to.equal('acme-company');
    await press(el, 'ArrowLeft');
    expect(item(el, 'acme-company').getAttribute('aria-expanded')).to.equal('false');
    expect(outline(el)).to.deep.equal(['acme-company 1 false 0']);
    expect(await selections(el, () => press(el, ' '))).to.have.length(1);
  });

  it('swaps left and right in a right-to-left page', async () => {
    const { el } = await inDiv<BscCascade>({ dir: 'rtl' }, html`<bsc-cascade src=${SRC} locale="ar-EG"></bsc-cascade>`);
    await waitUntil(() => el.evaluation, 'the cascade loads', { timeout: 5000 });
    await el.updateComplete;
    item(el, 'acme-company/sales').focus();
    await press(el, 'ArrowLeft');
    expect(item(el, 'acme-company/sales').getAttribute('aria-expanded')).to.equal('true');
    await press(el, 'ArrowRight');
    expect(item(el, 'acme-company/sales').getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[part="filter"]')!.textContent!.trim()).to.equal('خارج المسار فقط');
    await expect(el).to.be.accessible();
  });

  it('selects on click and expands on the chevron', async () => {
    const el = await loaded(html`<bsc-cascade src=${SRC}></bsc-cascade>`);
    const seen = await selections(el, () => row(el, 'acme-company/customer-success').click());
    expect(seen.map((detail) => detail.id)).to.deep.equal(['customer-success']);
    row(el, 'acme-company/sales').querySelector<HTMLElement>('[part="toggle"]')!.click();
    await el.updateComplete;
    expect(item(el, 'acme-company/sales').getAttribute('aria-expanded')).to.equal('true');
  });

  it('filters to what is off track and the chain above it', async () => {
    const el = await loaded(html`<bsc-cascade src=${SRC}></bsc-cascade>`);
    el.shadowRoot!.querySelector<HTMLInputElement>('[part="filter"] input')!.click();
    await el.updateComplete;
    expect(el.offTrackOnly).to.equal(true);
    expect(el.hasAttribute('off-track-only')).to.equal(true);
    expect(outline(el).map((line) => line.split(' ')[0])).to.deep.equal(['acme-company', 'acme-company/marketing']);
    // Year to date, marketing is at risk: nothing is off track.
    el.view = 'ytd';
    await el.updateComplete;
    expect(items(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal('No scorecard in the cascade is off track.');
    await expect(el).to.be.accessible();
  });

  it('shows a child that could not be loaded as not loaded, with the reason, and the rest', async () => {
    const server = memoryFetch({
      'company.json': {
        version: 1,
        id: 'company',
        title: 'Company',
        perspectives: [],
        children: [
          { id: 'a', title: 'Department A', src: 'a.json' },
          { id: 'b', title: 'Department B', src: 'b.json' },
        ],
      },
      'a.json': { version: 1, id: 'a', title: 'A', perspectives: [] },
    });
    const cascade = await loadCascade('company.json', { fetch: server.fetch, base: BASE });
    const el = await loaded(html`<bsc-cascade .cascade=${cascade} locale="en-US"></bsc-cascade>`);
    const missing = item(el, 'company/b');
    expect(missing.getAttribute('part')).to.equal('node missing');
    expect(missing.querySelector('[part="missing"]')!.textContent).to.equal('Not loaded');
    expect(missing.querySelector('[part="missing-reason"]')!.textContent).to.equal('could not be loaded: the server answered 404 Not Found');
    expect(missing.getAttribute('aria-describedby')).to.equal(null);
    const notice = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(notice.getAttribute('role')).to.equal(null);
    expect(notice.querySelector('[part="error-title"]')!.textContent).to.equal('Some scorecards of the cascade could not be loaded');
    expect(notice.querySelector('[part="issue"]')!.textContent).to.equal('b.json could not be loaded: the server answered 404 Not Found');
    expect(row(el, 'company/a').querySelector<HTMLElement>('[part~="status"]')!.dataset.status).to.equal('no-data');
    await expect(el).to.be.accessible();
  });

  it('shows an error and fires bsc-error when the root cannot be loaded, and keeps the last good tree after', async () => {
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const errors = errorsOf(wrapper);
    const el = await loaded(html`<bsc-cascade src="/demo/data/cascade/nowhere.json" locale="en-US"></bsc-cascade>`);
    expect(el.shadowRoot!.querySelector('[role="alert"] [part="error-title"]')!.textContent).to.equal('The scorecard cascade could not be loaded');
    expect(el.shadowRoot!.querySelector('[part="issue"]')!.textContent).to.match(/^nowhere\.json could not be loaded: the server answered 404/);
    await expect(el).to.be.accessible();
    wrapper.remove();
    expect(errors).to.deep.equal([]);

    const good = await loaded(html`<bsc-cascade src=${SRC}></bsc-cascade>`);
    const seen = errorsOf(good);
    good.src = '/demo/data/cascade/nowhere.json';
    await waitUntil(() => seen.length, 'the second load fails');
    await good.updateComplete;
    expect(seen[0]!.issues[0]).to.include({ file: 'nowhere.json', path: '' });
    expect(items(good)).to.have.length(4);
    expect(good.shadowRoot!.querySelector('[role="alert"] [part="error-title"]')!.textContent).to.equal(
      'The latest update could not be shown; this is the last version that loaded.',
    );
  });

  it('loads a src written in the markup once', async () => {
    const original = window.fetch;
    const requested: string[] = [];
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      requested.push(new URL(String(input), location.href).pathname);
      return original(input, init);
    }) as typeof fetch;
    try {
      await loaded(html`<bsc-cascade src=${SRC}></bsc-cascade>`);
    } finally {
      window.fetch = original;
    }
    expect(requested.filter((url) => url === SRC)).to.have.length(1);
  });

  it('shows the latest src when a newer one replaces a load under way', async () => {
    const el = await fixture<BscCascade>(html`<bsc-cascade src="/demo/data/cascade/nowhere.json"></bsc-cascade>`);
    const errors = errorsOf(el);
    el.src = SRC;
    await waitUntil(() => el.evaluation, 'the second load', { timeout: 5000 });
    await el.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(items(el)).to.have.length(4);
  });

  it('opens the chain to what is off track when the filter is set from the start', async () => {
    const server = memoryFetch({
      'company.json': { version: 1, id: 'company', title: 'Company', perspectives: [], children: [{ id: 'a', title: 'A', src: 'a.json' }] },
      'a.json': { version: 1, id: 'a', title: 'A', perspectives: [], children: [{ id: 'team', title: 'Team', src: 'team.json' }] },
      'team.json': {
        version: 1,
        id: 'team',
        title: 'Team',
        asOf: '2026-01',
        perspectives: [
          {
            id: 'p',
            title: 'P',
            objectives: [{ id: 'o', title: 'O', kpis: [{ id: 'k', title: 'K', target: 10, series: [{ period: '2026-01', actual: 1 }] }] }],
          },
        ],
      },
    });
    const cascade = await loadCascade('company.json', { fetch: server.fetch, base: BASE });
    const el = await loaded(html`<bsc-cascade .cascade=${cascade} period="2026-01" off-track-only></bsc-cascade>`);
    expect(outline(el)).to.deep.equal(['company 1 true 0', 'company/a 2 true -1', 'company/a/team 3 - -1']);
  });

  it('says it is loading while the root loads', async () => {
    const el = await fixture<BscCascade>(html`<bsc-cascade src=${SRC} locale="en-US"></bsc-cascade>`);
    expect(el.shadowRoot!.querySelector('[part="loading"]')!.textContent).to.equal('Loading…');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => el.evaluation, 'the cascade loads', { timeout: 5000 });
  });

  it('fires bsc-load with the root scorecard and the cascade, and hands out rolled-up models', async () => {
    const el = document.createElement('bsc-cascade');
    const loads: CustomEvent[] = [];
    el.addEventListener('bsc-load', (event) => loads.push(event));
    el.src = SRC;
    const { wrapper } = await inDiv<HTMLDivElement>({}, html`<div></div>`);
    wrapper.append(el);
    await waitUntil(() => loads.length, 'bsc-load');
    const detail = loads[0]!.detail as { scorecard: { id: string }; cascade: { nodes: unknown[] }; source: string };
    expect([detail.scorecard.id, detail.cascade.nodes.length, detail.source]).to.deep.equal(['acme-company', 5, SRC]);
    const company = el.modelOf('acme-company')!;
    const revenue = company.perspectives[0]!.objectives[0]!.kpis[0]!;
    expect(revenue.series.at(-1)).to.deep.equal({ period: '2026-10', actual: 397500 });
    expect(el.modelOf(new URL('sales.json', new URL(SRC, location.href)).href)!.id).to.equal('sales');
  });

  it('speaks German', async () => {
    const el = await loaded(html`<bsc-cascade src=${SRC} locale="de-DE"></bsc-cascade>`);
    expect(el.shadowRoot!.querySelector('[role="tree"]')!.getAttribute('aria-label')).to.equal('Scorecard-Kaskade');
    expect(row(el, 'acme-company/sales').querySelector('[part="score"]')!.textContent).to.equal('Punktwert 4,2');
  });
});
