/**
 * Comments as the elements show them (docs/architecture.md §2): the card's list, the row's mark, the
 * objective's commentary, the trend chart's marks, tooltip, announcement and table, and the
 * scorecard's KPI panel. The acme sample has comments on booked revenue (July and October),
 * customer churn (October) and on-time delivery (two commentary entries), and commentary on
 * "Deliver reliably and fast".
 */
import '../../src/format/locales/index.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/bsc-kpi.js';
import '../../src/elements/bsc-objective.js';
import '../../src/elements/bsc-scorecard.js';
import '../../src/elements/bsc-trend-chart.js';
import type { BscKpi } from '../../src/elements/bsc-kpi.js';
import type { BscObjective } from '../../src/elements/bsc-objective.js';
import type { BscScorecard } from '../../src/elements/bsc-scorecard.js';
import type { BscTrendChart } from '../../src/elements/bsc-trend-chart.js';
import type { Scorecard } from '../../src/model/index.js';
import { useDrivenResizeObserver } from '../support/driven-resize-observer.js';
import { loadAcme, scorecardFixture, textOf } from '../support/scorecard-fixture.js';

const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const part = (el: Element, name: string) => parts(el, name)[0] ?? null;
const texts = (el: Element, name: string) => parts(el, name).map((node) => textOf(node));

const OCTOBER = 'On target for the fourth month running. The new pricing for mid-market accounts took effect on 1 October.';

describe('comments in the elements', () => {
  useDrivenResizeObserver();
  let acme: Scorecard;
  before(async () => {
    acme = await loadAcme();
  });

  describe('bsc-kpi', () => {
    it("shows the card's comment for the shown period with its kind, author and date, and none in a period without", async () => {
      const f = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="booked-revenue" variant="card"></bsc-kpi>`, acme);
      const card = f.element;
      expect(texts(card, 'comment-text')).to.deep.equal([OCTOBER]);
      expect(texts(card, 'comment-kind')).to.deep.equal(['Comment']);
      expect(texts(card, 'comment-author')).to.deep.equal(['Dana Whitfield']);
      expect(texts(card, 'comment-date')).to.deep.equal(['Nov 3, 2026']);
      expect(part(card, 'comment-date')!.getAttribute('datetime')).to.equal('2026-11-03');
      expect(part(card, 'comments')!.getAttribute('aria-label')).to.equal('Commentary');
      await expect(card).to.be.accessible();
      await f.update({ period: '2026-09' });
      expect(part(card, 'comments'), 'September has no comment').to.equal(null);
      await f.update({ period: '2026-07' });
      expect(texts(card, 'comment-text')).to.deep.equal(['Two enterprise renewals slipped into August; both are signed.']);
    });

    it('lists commentary entries by their kind, in the model order', async () => {
      const { element } = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="on-time-delivery" variant="card"></bsc-kpi>`, acme);
      expect(texts(element, 'comment-kind')).to.deep.equal(['Analysis', 'Recommendation']);
      expect(parts(element, 'comment').map((comment) => comment.classList.contains('recommendation'))).to.deep.equal([false, true]);
    });

    it('marks a row that has a comment, in words for screen readers and as a tooltip, and no other', async () => {
      const { element } = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="customer-churn"></bsc-kpi>`, acme);
      const marker = part(element, 'comment-marker')!;
      expect(marker.getAttribute('title')).to.equal('Commented');
      expect(textOf(marker.querySelector('.vh'))).to.equal(', Commented');
      expect(marker.querySelector('[aria-hidden="true"]')!.textContent).to.equal('✎');
      expect(part(element, 'comments'), 'a row lists no comments').to.equal(null);
      const plain = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="gross-margin"></bsc-kpi>`, acme);
      expect(part(plain.element, 'comment-marker')).to.equal(null);
    });

    it('keeps a long comment inside the card, its words whole where they fit', async () => {
      const long = structuredClone(acme) as Scorecard;
      const kpi = long.perspectives[0]!.objectives[0]!.kpis[0]!;
      const text = `${'A sentence that goes on. '.repeat(30)}Averyveryveryveryveryveryveryveryveryveryverylongword.`;
      kpi.series = kpi.series.map((observation) => (observation.period === '2026-10' ? { ...observation, comment: { text } } : observation));
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 16rem"></div>`);
      const f = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="booked-revenue" variant="card"></bsc-kpi>`, long);
      wrapper.append(f.host);
      await f.element.updateComplete;
      const card = part(f.element, 'base')!.getBoundingClientRect();
      const comment = part(f.element, 'comment-text')!.getBoundingClientRect();
      expect(comment.right).to.be.at.most(card.right + 0.5);
      expect(comment.height).to.be.greaterThan(100);
    });
  });

  describe('bsc-objective', () => {
    it("shows the objective's commentary under its header, and marks the rows of KPIs with a comment", async () => {
      const { element } = await scorecardFixture<BscObjective>(html`<bsc-objective objective="deliver-on-time"></bsc-objective>`, acme);
      expect(texts(element, 'comment-kind')).to.deep.equal(['Analysis']);
      expect(texts(element, 'comment-author')).to.deep.equal(['Akira Sato']);
      const rows = parts(element, 'kpi-row').map((row) => [textOf(row.querySelector('button')), row.querySelector('[part="kpi-comment-marker"]') !== null]);
      expect(rows).to.deep.equal([
        ['On-time delivery', true],
        ['Order-to-delivery cycle time', false],
        ['Inventory cover', false],
      ]);
      // The row header reads the name, then the mark's words (the glyph is hidden from screen readers).
      expect(textOf(parts(element, 'kpi-name')[0])).to.equal('On-time delivery✎, Commented');
      await expect(element).to.be.accessible();
    });

    it('speaks German, right to left as well', async () => {
      const { element } = await scorecardFixture<BscObjective>(html`<bsc-objective objective="deliver-on-time"></bsc-objective>`, acme, {
        locale: 'de-DE',
        dir: 'rtl',
      });
      expect(texts(element, 'comment-kind')).to.deep.equal(['Analyse']);
      expect(texts(element, 'comment-date')).to.deep.equal(['2. Nov. 2026']);
      expect(part(element, 'kpi-comment-marker')!.getAttribute('title')).to.equal('Kommentiert');
    });
  });

  describe('bsc-trend-chart', () => {
    async function chart(kpi: string) {
      const f = await scorecardFixture<BscTrendChart>(html`<bsc-trend-chart kpi=${kpi} periods="12" style="width: 600px"></bsc-trend-chart>`, acme);
      await f.element.updateComplete;
      return f.element;
    }

    it('marks the periods that have a comment, and reads the comment in its tooltip and announcement', async () => {
      const el = await chart('booked-revenue');
      expect(parts(el, 'comment-mark'), 'July and October').to.have.length(2);
      (part(el, 'plot') as unknown as SVGElement).focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      const said = `Comment: ${OCTOBER}, Dana Whitfield, Nov 3, 2026`;
      expect(textOf(el.shadowRoot!.querySelector('[aria-live]'))).to.equal(`Oct 2026: $4.4M, 101% of target, on track, ${said}`);
      expect(texts(el, 'tooltip-comment')).to.deep.equal([said]);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(part(el, 'tooltip-comment'), 'September has none').to.equal(null);
    });

    it('gives its data table a column of comments, only when a shown period has one', async () => {
      const el = await chart('booked-revenue');
      (part(el, 'table-toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      const table = part(el, 'table') as HTMLTableElement;
      expect([...table.tHead!.rows[0]!.cells].map((cell) => textOf(cell))).to.deep.equal(['Period', 'Actual', 'Target', 'Status', 'Comment']);
      const commented = [...table.tBodies[0]!.rows].filter((row) => textOf(row.cells[4]) !== '').map((row) => textOf(row.cells[0]));
      expect(commented).to.deep.equal(['Jul 2026', 'Oct 2026']);
      expect(el.shadowRoot!.querySelector('.table-wrap')!.getAttribute('aria-label')).to.equal('Data table: Booked revenue');
      await expect(el).to.be.accessible();

      const plain = await chart('gross-margin');
      (part(plain, 'table-toggle') as HTMLButtonElement).click();
      await plain.updateComplete;
      expect((part(plain, 'table') as HTMLTableElement).tHead!.rows[0]!.cells).to.have.length(4);
      expect(parts(plain, 'comment-mark')).to.have.length(0);
    });
  });

  describe('bsc-scorecard', () => {
    it("shows the chosen KPI's comments under its trend, under a heading of their own", async () => {
      const el = await fixture<BscScorecard>(html`<bsc-scorecard src="/demo/data/acme-2026.json" selected-kpi="on-time-delivery"></bsc-scorecard>`);
      await waitUntil(() => part(el, 'detail-comments'), 'the panel shows the comments', { timeout: 5000 });
      const block = part(el, 'detail-comments')!;
      const heading = block.querySelector('[role="heading"]')!;
      expect(textOf(heading)).to.equal('Commentary');
      expect(heading.getAttribute('aria-level')).to.equal('4');
      expect(texts(el, 'comment-kind')).to.deep.equal(['Analysis', 'Recommendation']);
      el.selectedKpi = 'gross-margin';
      await el.updateComplete;
      expect(part(el, 'detail-comments')).to.equal(null);
    });
  });
});
