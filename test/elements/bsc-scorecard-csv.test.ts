import '../../src/format/locales/index.js';
import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/elements/bsc-scorecard.js';
import type { BscScorecard } from '../../src/elements/bsc-scorecard.js';
import type { BscErrorDetail, BscLoadDetail } from '../../src/elements/internal/events.js';

const CSV_HEADER = 'Perspective;Objective;KPI;Period;Actual;Target';

describe('bsc-scorecard: a CSV table as its model', () => {
  it('imports a src ending in .csv on the fly and shows it', async () => {
    const el = document.createElement('bsc-scorecard') as BscScorecard;
    const loaded = oneEvent(el, 'bsc-load');
    el.src = '/demo/data/kpi-data.csv';
    document.body.append(el);
    try {
      const { detail } = (await loaded) as CustomEvent<BscLoadDetail>;
      expect(detail.source).to.equal('/demo/data/kpi-data.csv');
      expect(detail.scorecard.perspectives.map((p) => p.title)).to.deep.equal(['Financial', 'Customer', 'Internal process', 'Learning & growth']);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('bsc-perspective')).to.have.length(4);
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('imports an inline <script type="text/csv"> in the locale\'s notation', async () => {
    const el = document.createElement('bsc-scorecard') as BscScorecard;
    el.locale = 'de-DE';
    el.innerHTML = `<script type="text/csv">
      ${CSV_HEADER}
      Finanzen;Wachsen;Umsatz;Okt. 2026;1.234,5;1.200
    </script>`;
    const settled = Promise.race([oneEvent(el, 'bsc-load'), oneEvent(el, 'bsc-error')]);
    await fixture(el);
    const event = (await settled) as CustomEvent<BscLoadDetail | BscErrorDetail>;
    expect(event.type, JSON.stringify(event.detail)).to.equal('bsc-load');
    expect((event.detail as BscLoadDetail).scorecard.perspectives[0]!.objectives[0]!.kpis[0]!.series).to.deep.equal([
      { period: '2026-10', actual: 1234.5, target: 1200 },
    ]);
    await el.updateComplete;
    const perspective = el.shadowRoot!.querySelector('bsc-perspective');
    expect(perspective).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  });

  it("shows a bad CSV's issues at their row and column in its error state and fires bsc-error", async () => {
    const el = document.createElement('bsc-scorecard') as BscScorecard;
    el.innerHTML = `<script type="text/csv">${CSV_HEADER}\nFinanzen;Wachsen;Umsatz;2026-10;12,3.4;1</script>`;
    const failed = oneEvent(el, 'bsc-error');
    document.body.append(el);
    try {
      const { detail } = (await failed) as CustomEvent<BscErrorDetail>;
      expect(detail.issues).to.deep.equal([{ path: 'row 2, column Actual', message: "'12,3.4' is not a number" }]);
      await el.updateComplete;
      const error = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.querySelector('[part="issue-path"]')!.textContent).to.equal('row 2, column Actual');
    } finally {
      el.remove();
    }
  });
});
