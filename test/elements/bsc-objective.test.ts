import '../../src/format/locales/index.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/bsc-objective.js';
import type { BscObjective } from '../../src/elements/bsc-objective.js';
import { formatScore } from '../../src/format/number.js';
import type { Scorecard } from '../../src/model/index.js';
import { parsed } from '../support/model.js';
import { deepActiveElement, loadAcme, scorecardFixture, textOf } from '../support/scorecard-fixture.js';

const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => Array.from(root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`));
/** Each KPI row's cells as text; a status cell as its status. */
const rows = (el: Element) =>
  parts(el, 'kpi-row').map((row) => Array.from(row.children).map((cell) => cell.querySelector('.status-badge')?.classList[1] ?? textOf(cell)));

describe('bsc-objective', () => {
  let acme: Scorecard;
  before(async () => {
    acme = await loadAcme();
  });

  it('shows the title as a heading, the owner, score and status', async () => {
    const { element, context } = await scorecardFixture<BscObjective>(html`<bsc-objective objective="grow-revenue"></bsc-objective>`, acme);
    const node = context.evaluation.node('grow-revenue')!;
    const title = part(element, 'title')!;
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('3');
    expect(textOf(title)).to.equal('Grow revenue profitably');
    expect(textOf(part(element, 'owner'))).to.equal('Owner Dana Whitfield (CFO)');
    expect(textOf(part(element, 'score'))).to.equal(`Score ${formatScore(node.score, 'en-US')}`);
    expect(part(element, 'status')!.dataset['status']).to.equal(node.status);
    expect(textOf(part(element, 'status-label'))).to.equal('At risk');
  });

  it('lists its KPIs in a table with column headers', async () => {
    const { element } = await scorecardFixture<BscObjective>(html`<bsc-objective objective="grow-revenue"></bsc-objective>`, acme);
    const table = part(element, 'kpis')!;
    expect(table.tagName).to.equal('TABLE');
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => [textOf(th), th.getAttribute('scope')])).to.deep.equal([
      ['KPIs', 'col'],
      ['Actual', 'col'],
      ['Target', 'col'],
      ['Status', 'col'],
      ['Change', 'col'],
    ]);
    expect(rows(element)).to.deep.equal([
      // Booked revenue has a comment for October: its mark, and its words for screen readers.
      ['Booked revenue✎, Commented', '$4,412,500', '$4,380,000', 'on-track', '▼ -$37,500, Worsening'],
      ['Recurring revenue share', '45.9%', '45.0%', 'on-track', '▲ +0.9\u00a0pp, Improving'],
      ['Revenue from products launched in the last 24 months', '$468,000', '$650,000', 'off-track', '▼ -$84,000, Worsening'],
    ]);
    expect(part(element, 'kpi-name')!.tagName).to.equal('TH');
    expect(part(element, 'kpi-name')!.getAttribute('scope')).to.equal('row');
    const trend = parts(element, 'kpi-row')[0]!.querySelector<SVGElement>('[part="kpi-trend"]')!;
    expect(trend.getAttribute('role')).to.equal('img');
    expect(trend.getAttribute('aria-label')).to.match(/^Booked revenue, Nov 2025 – Oct 2026, /);
    expect(trend.querySelector('[part="kpi-trend-line"]')!.getAttribute('d')).to.match(/^M/);
    expect(trend.hasAttribute('tabindex'), 'the row selects; its trend is no tab stop of its own').to.be.false;
  });

  it('marks a value carried from an older period, and staleness', async () => {
    const { element } = await scorecardFixture<BscObjective>(html`<bsc-objective objective="develop-talent"></bsc-objective>`, acme);
    const row = parts(element, 'kpi-row')[1]!;
    expect(textOf(row.querySelector('[part~="kpi-value"]'))).to.equal('81% As of Jun 2026');
    expect(row.querySelector('[part="kpi-status-stale"]')).to.exist;
    expect(part(element, 'status-stale')).to.exist;
  });

  it('shows the initiatives serving it, with owner, dates and progress', async () => {
    const { element } = await scorecardFixture<BscObjective>(html`<bsc-objective objective="retain-customers"></bsc-objective>`, acme);
    const heading = root(element).querySelector('.initiatives-block [role="heading"]')!;
    expect([textOf(heading), heading.getAttribute('aria-level')]).to.deep.equal(['Initiatives', '4']);
    const [crm, ...others] = parts(element, 'initiative');
    expect(others).to.be.empty;
    expect(textOf(crm!.querySelector('[part~="initiative-title"]'))).to.equal('CRM roll-out');
    expect(textOf(crm!.querySelector('[part~="initiative-owner"]'))).to.equal('Owner Tom Becker (VP Sales)');
    expect(textOf(crm!.querySelector('[part~="initiative-dates"]'))).to.equal('Feb 2026 – Dec 2026');
    const progress = crm!.querySelector<HTMLProgressElement>('progress')!;
    expect([progress.value, progress.max]).to.deep.equal([60, 100]);
    expect(progress.getAttribute('aria-label')).to.equal('Progress, CRM roll-out');
    expect(textOf(crm!.querySelector('[part~="progress-value"]'))).to.equal('60%');
    expect(textOf(crm!.querySelector('[part~="initiative-status"]'))).to.equal('Active');
    const sustainable = await scorecardFixture<BscObjective>(html`<bsc-objective objective="operate-sustainably"></bsc-objective>`, acme, { locale: 'de-DE' });
    expect(parts(sustainable.element, 'initiative-status').map(textOf)).to.include('Pausiert');
    // An objective no initiative serves has no such section.
    const none = await scorecardFixture<BscObjective>(html`<bsc-objective objective="grow-revenue"></bsc-objective>`, acme);
    expect(part(none.element, 'initiatives')).to.be.null;
  });

  it('follows the scorecard to another period', async () => {
    const f = await scorecardFixture<BscObjective>(html`<bsc-objective objective="grow-revenue"></bsc-objective>`, acme);
    await f.update({ period: '2026-09' });
    expect(rows(f.element)[0]!.slice(0, 2)).to.deep.equal(['Booked revenue', '$4,450,000']);
    expect(textOf(part(f.element, 'score'))).to.equal(`Score ${formatScore(f.context.evaluation.node('grow-revenue')!.score, 'en-US')}`);
  });

  it('takes its heading level from the attribute', async () => {
    const { element } = await scorecardFixture<BscObjective>(html`<bsc-objective objective="retain-customers" heading-level="5"></bsc-objective>`, acme);
    expect(part(element, 'title')!.getAttribute('aria-level')).to.equal('5');
    expect(root(element).querySelector('.initiatives-block [role="heading"]')!.getAttribute('aria-level')).to.equal('6');
  });

  it('fires bsc-select for itself, a KPI and an initiative, by click and by key', async () => {
    const { element } = await scorecardFixture<BscObjective>(html`<bsc-objective objective="retain-customers"></bsc-objective>`, acme);
    const select = async (action: () => unknown) => {
      const event = oneEvent(element, 'bsc-select');
      await action();
      return (await event).detail;
    };
    expect(await select(() => part(element, 'score')!.click())).to.deep.equal({ kind: 'objective', id: 'retain-customers' });
    expect(await select(() => parts(element, 'kpi-value')[1]!.click())).to.deep.equal({ kind: 'kpi', id: 'net-revenue-retention' });
    expect(await select(() => part(element, 'initiative-title')!.click())).to.deep.equal({ kind: 'initiative', id: 'crm-rollout' });
    part(element, 'title')!.querySelector('button')!.focus();
    expect(await select(() => sendKeys({ press: 'Enter' }))).to.deep.equal({ kind: 'objective', id: 'retain-customers' });
    part(element, 'kpi-name')!.querySelector('button')!.focus();
    expect(await select(() => sendKeys({ press: 'Space' }))).to.deep.equal({ kind: 'kpi', id: 'customer-churn' });
  });

  it('takes focus in reading order: title, each KPI, each initiative', async () => {
    const { element } = await scorecardFixture<BscObjective>(html`<bsc-objective objective="deliver-on-time"></bsc-objective>`, acme);
    const expected = [
      part(element, 'title')!.querySelector('button'),
      ...parts(element, 'kpi-name').map((th) => th.querySelector('button')),
      ...parts(element, 'initiative-title'),
    ];
    expect(expected.length).to.equal(1 + 3 + 1);
    const before = document.createElement('button');
    element.before(before);
    before.focus();
    for (const target of expected) {
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(target);
      expect(getComputedStyle(target!).outlineStyle).to.equal('solid');
    }
  });

  it('passes axe, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const { element } = await scorecardFixture<BscObjective>(html`<bsc-objective objective="deliver-on-time" theme=${theme}></bsc-objective>`, acme, {
        page: theme === 'dark' ? 'dark' : 'light',
      });
      await expect(element).to.be.accessible();
    }
  });

  it('puts each KPI on two lines when narrow, without spilling out', async () => {
    const f = await scorecardFixture<BscObjective>(html`<bsc-objective objective="grow-revenue"></bsc-objective>`, acme);
    const box = (name: string, row = 2) => parts(f.element, name)[row]!.getBoundingClientRect();
    f.host.style.width = '48rem';
    await f.element.updateComplete;
    expect(Math.abs(box('kpi-name').top - box('kpi-value').top)).to.be.below(20);
    f.host.style.width = '20rem';
    await f.element.updateComplete;
    // Name (wrapping, long) and status on the first line; actual, target and change below it.
    expect(box('kpi-value').top).to.be.at.least(box('kpi-name').bottom - 1);
    expect(Math.abs(box('kpi-value').top - box('kpi-target').top)).to.be.below(4);
    expect(root(f.element).querySelector('thead')!.getBoundingClientRect().height).to.be.at.most(1);
    for (const element of [f.element, root(f.element).querySelector('.kpis-scroll')!]) {
      expect(element.scrollWidth, element.className).to.be.at.most(element.clientWidth + 1);
    }
    await expect(f.element).to.be.accessible();
  });

  it('mirrors in right-to-left pages', async () => {
    const { element } = await scorecardFixture<BscObjective>(html`<bsc-objective objective="grow-revenue"></bsc-objective>`, acme, {
      dir: 'rtl',
      locale: 'ar',
    });
    const [name, value] = ['kpi-name', 'kpi-value'].map((p) => part(element, p)!.getBoundingClientRect());
    expect(name!.left).to.be.above(value!.left);
    expect(getComputedStyle(part(element, 'kpi-value')!).textAlign).to.equal('end');
    expect(getComputedStyle(root(element).querySelector('thead th')!).textAlign).to.equal('start');
    expect(part(element, 'title')!.getBoundingClientRect().right).to.be.above(part(element, 'status')!.getBoundingClientRect().right);
    // A row's trend line runs from the right: its latest value is at the left end.
    const trend = part(element, 'kpi-trend')!.getBoundingClientRect();
    const latest = part(element, 'kpi-trend-last-point')!.getBoundingClientRect();
    expect((latest.left + latest.width / 2 - trend.left) / trend.width).to.be.below(0.1);
  });

  it('speaks German in de-DE', async () => {
    const { element } = await scorecardFixture<BscObjective>(html`<bsc-objective objective="grow-revenue"></bsc-objective>`, acme, { locale: 'de-DE' });
    expect(Array.from(root(element).querySelectorAll('thead th')).map(textOf)).to.deep.equal(['Kennzahlen', 'Istwert', 'Zielwert', 'Status', 'Veränderung']);
    expect(rows(element)[0]).to.deep.equal([
      'Booked revenue✎, Kommentiert',
      '4.412.500\u00a0$',
      '4.380.000\u00a0$',
      'on-track',
      '▼ -37.500\u00a0$, Verschlechtert sich',
    ]);
    expect(textOf(part(element, 'owner'))).to.equal('Verantwortlich Dana Whitfield (CFO)');
  });

  it('says so, quietly, for an unknown id and outside a scorecard', async () => {
    const unknown = await scorecardFixture<BscObjective>(html`<bsc-objective objective="nope"></bsc-objective>`, acme);
    expect(part(unknown.element, 'empty')!.getAttribute('role')).to.equal('status');
    expect(textOf(part(unknown.element, 'empty'))).to.equal('No objective "nope" in this scorecard');
    const outside = await fixture<BscObjective>(html`<bsc-objective objective="grow-revenue" locale="en-US"></bsc-objective>`);
    expect(textOf(part(outside, 'empty'))).to.equal('No data');
    await expect(outside).to.be.accessible();
  });

  it('writes the model’s strings as text', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const model = parsed({
      version: 1,
      id: 'evil',
      title: 'Evil',
      perspectives: [
        {
          id: 'p',
          title: 'P',
          objectives: [{ id: 'o', title: payload, owner: payload, kpis: [{ id: 'k', title: payload, target: 1, series: [{ period: '2026-01', actual: 1 }] }] }],
        },
      ],
      initiatives: [{ id: 'i', title: payload, owner: payload, objectives: ['o'], progress: 10 }],
    });
    const { element } = await scorecardFixture<BscObjective>(html`<bsc-objective objective="o"></bsc-objective>`, model);
    expect(root(element).querySelector('img')).to.be.null;
    expect(textOf(part(element, 'title'))).to.equal(payload);
    expect(textOf(part(element, 'owner'))).to.equal(`Owner ${payload}`);
    expect(textOf(part(element, 'kpi-name'))).to.equal(payload);
    expect(textOf(part(element, 'initiative-title'))).to.equal(payload);
  });
});
