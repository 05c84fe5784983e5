import '../../src/format/locales/index.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/bsc-changes.js';
import '../../src/elements/bsc-scorecard.js';
import type { BscChanges } from '../../src/elements/bsc-changes.js';
import type { Scorecard, ScorecardInput } from '../../src/model/index.js';
import { deepActiveElement, loadAcme, scorecardFixture, textOf } from '../support/scorecard-fixture.js';

/** Two KPIs over three months: `a` at risk → off track, `b` at risk → on track, `c` on track throughout. */
const model = (title = 'Meeting', steady = false): ScorecardInput => ({
  version: 1,
  id: 'meeting',
  title: 'Meeting',
  asOf: '2026-10',
  perspectives: [
    {
      id: 'p',
      title: 'Operations',
      objectives: [
        {
          id: 'o',
          title: 'Deliver',
          kpis: [
            {
              id: 'a',
              title,
              target: 100,
              redFlag: 80,
              series: [
                { period: '2026-09', actual: 90 },
                { period: '2026-10', actual: steady ? 90 : 70 },
              ],
            },
            {
              id: 'b',
              title: 'Second',
              target: 100,
              redFlag: 80,
              series: [
                { period: '2026-09', actual: 90 },
                { period: '2026-10', actual: steady ? 90 : 100 },
              ],
            },
            {
              id: 'c',
              title: 'Third',
              target: 100,
              redFlag: 80,
              series: [
                { period: '2026-08', actual: 100 },
                { period: '2026-09', actual: 100 },
                { period: '2026-10', actual: 100 },
              ],
            },
          ],
        },
      ],
    },
  ],
});

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`));
const lines = (el: Element) =>
  parts(el, 'change').map((li) => [
    li.dataset['move'],
    textOf(li.querySelector('[part~="change-title"]')),
    li.querySelector('[part~="change-from"]')?.getAttribute('data-status') ?? null,
    li.querySelector('[part~="change-to"]')!.getAttribute('data-status'),
  ]);

describe('bsc-changes', () => {
  it('sums up the moves since the previous period, then lists each with its statuses then and now', async () => {
    const el = await fixture<BscChanges>(html`<bsc-changes locale="en-US" .model=${model()}></bsc-changes>`);
    expect(textOf(part(el, 'summary'))).to.equal('Since September 2026: 1 worse, 1 better');
    expect(lines(el)).to.deep.equal([
      ['worse', 'Meeting', 'at-risk', 'off-track'],
      ['better', 'Second', 'at-risk', 'on-track'],
    ]);
    expect(part(el, 'list')!.getAttribute('aria-label')).to.equal('Changes, September 2026');
    const button = part(el, 'change-button')!;
    expect(button.textContent!.replace(/\s+/g, ' ')).to.contain('from at risk to off track');
    expect(textOf(part(el, 'change-move'))).to.equal('Worse');
  });

  it('selects a node from its line, by click and by keyboard', async () => {
    const el = await fixture<BscChanges>(html`<bsc-changes locale="en-US" .model=${model()}></bsc-changes>`);
    const [first, second] = parts(el, 'change-button');
    setTimeout(() => first!.click());
    expect((await oneEvent(el, 'bsc-select')).detail).to.deep.equal({ kind: 'kpi', id: 'a' });
    first!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(second);
    const selected = oneEvent(el, 'bsc-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ kind: 'kpi', id: 'b' });
  });

  it('follows the period asked for, and says when nothing changed or there is nothing to compare with', async () => {
    const el = await fixture<BscChanges>(html`<bsc-changes locale="en-US" .model=${model('Meeting', true)}></bsc-changes>`);
    expect(textOf(part(el, 'summary'))).to.equal('No status changed since September 2026.');
    expect(part(el, 'list')).to.equal(null);
    // Data came for two KPIs: the objective, its perspective and the scorecard went from on track to at risk.
    el.period = '2026-09';
    await el.updateComplete;
    expect(textOf(part(el, 'summary'))).to.equal('Since August 2026: 3 worse');
    expect(lines(el).map(([move]) => move)).to.deep.equal(['worse', 'worse', 'worse', 'data', 'data']);
    el.period = '2026-08';
    await el.updateComplete;
    expect(textOf(part(el, 'no-previous'))).to.equal('This is the first period with data: there is nothing to compare with.');
  });

  it('shows the changes of the enclosing scorecard, and follows its period', async () => {
    const acme: Scorecard = await loadAcme();
    const f = await scorecardFixture<BscChanges>(html`<bsc-changes></bsc-changes>`, acme);
    const changes = f.element.changes!;
    expect(changes.previous).to.equal('2026-09');
    expect(changes.counts.worse).to.be.greaterThan(0);
    expect(changes.counts.better).to.be.greaterThan(0);
    expect(parts(f.element, 'change')).to.have.length(
      changes.moved.length + changes.newlyStale.filter((s) => !changes.moved.some((m) => m.id === s.id)).length,
    );
    await f.update({ period: '2026-06' });
    expect(f.element.changes!.previous).to.equal('2026-05');
    await expect(f.element).to.be.accessible();
  });

  it('stays quiet in a scorecard that has no model yet', async () => {
    const host = await fixture<HTMLElement>(html`<bsc-scorecard><bsc-changes></bsc-changes></bsc-scorecard>`);
    const el = host.querySelector('bsc-changes')!;
    await el.updateComplete;
    expect(el.shadowRoot!.children.length).to.equal(0);
  });

  it('waits for its model, and shows the issues of an invalid one', async () => {
    const el = await fixture<BscChanges>(html`<bsc-changes locale="en-US"></bsc-changes>`);
    expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
    const failed = oneEvent(el, 'bsc-error');
    el.model = { version: 1 };
    expect((await failed).detail.issues.length).to.be.greaterThan(0);
    await el.updateComplete;
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
  });

  it('passes axe in light and dark, wraps a long title, and mirrors in right-to-left pages', async () => {
    const long = 'Share of orders delivered complete, on time and without damage to the agreed address across every region'.repeat(2);
    for (const theme of ['light', 'dark'] as const) {
      const el = await fixture<BscChanges>(
        html`<div dir=${theme === 'dark' ? 'rtl' : 'ltr'}><bsc-changes locale=${theme === 'dark' ? 'ar-EG' : 'en-US'} theme=${theme} .model=${model(long)}></bsc-changes></div>`,
      );
      if (theme === 'dark') Object.assign(el.style, { background: '#111827', colorScheme: 'dark' });
      const changes = el.querySelector('bsc-changes')!;
      await changes.updateComplete;
      await expect(changes).to.be.accessible();
      const button = part(changes, 'change-button')!;
      expect(button.scrollWidth).to.be.at.most(button.clientWidth + 1);
      if (theme === 'dark') {
        const title = part(changes, 'change-title')!.getBoundingClientRect();
        const move = part(changes, 'change-move')!.getBoundingClientRect();
        expect(title.right).to.be.above(move.right);
        expect(textOf(part(changes, 'summary'))).to.equal('منذ سبتمبر ٢٠٢٦: ١ أسوأ، ١ أفضل');
      }
    }
  });
});
