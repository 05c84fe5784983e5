import '../../src/format/locales/index.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/bsc-kpi.js';
import type { BscKpi } from '../../src/elements/bsc-kpi.js';
import type { BscSelectDetail } from '../../src/elements/internal/events.js';
import { formatValue } from '../../src/format/number.js';
import type { Scorecard } from '../../src/model/index.js';
import { scorecardOf } from '../support/model.js';
import { deepActiveElement, loadAcme, scorecardFixture, textOf } from '../support/scorecard-fixture.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: Element, name: string) => textOf(part(el, name));
/** The status badge, drawn in the KPI's own shadow root as one part. */
const status = (el: Element) => part(el, 'status')!;
/** Whether the badge carries the clock mark of stale data. */
const isStale = (el: Element) => status(el).querySelector('.status-stale') !== null;

describe('bsc-kpi', () => {
  let acme: Scorecard;
  before(async () => {
    acme = await loadAcme();
  });

  describe('inside a scorecard', () => {
    it('shows a card: name, value in full, target, change for the worse, status', async () => {
      const { element } = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="booked-revenue" variant="card"></bsc-kpi>`, acme);
      expect(text(element, 'name')).to.equal('Booked revenue');
      expect(text(element, 'value')).to.equal('Actual $4,412,500');
      expect(text(element, 'target')).to.equal('Target $4,380,000');
      const change = part(element, 'change')!.querySelector('.change')!;
      expect(change.classList.contains('worse')).to.be.true;
      expect(textOf(change)).to.equal('▼ -$37,500, Worsening');
      expect(change.querySelector('.arrow')!.getAttribute('aria-hidden')).to.equal('true');
      expect(status(element).dataset['status']).to.equal('on-track');
      expect(isStale(element)).to.be.false;
      expect(part(element, 'sparkline')!.getAttribute('kpi')).to.equal('booked-revenue');
      expect(part(element, 'bullet')!.getAttribute('kpi')).to.equal('booked-revenue');
      expect(text(element, 'owner')).to.equal('Owner Dana Whitfield (CFO)');
      expect(text(element, 'source')).to.equal('SAP S/4HANA — FI revenue ledger');
      expect(part(element, 'source')!.tagName).to.equal('SPAN');
    });

    it('describes the KPI to screen readers through its name', async () => {
      const { element } = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="booked-revenue" variant="card"></bsc-kpi>`, acme);
      const name = part(element, 'name')!;
      const summary = element.shadowRoot!.getElementById(name.getAttribute('aria-describedby')!)!;
      expect(summary.textContent).to.equal('$4.4M, 101% of target, on track');
    });

    it('shows a row: name, value, target, status, change and sparkline on one line', async () => {
      const { element } = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="complaints-per-1000-orders"></bsc-kpi>`, acme);
      expect(element.variant).to.equal('row');
      expect(part(element, 'base')!.classList.contains('row')).to.be.true;
      expect(text(element, 'value')).to.equal('Actual 3.8');
      expect(text(element, 'target')).to.equal('Target 4.0');
      // Lower is better: a fall is an improvement, said in words as well as colour.
      expect(textOf(part(element, 'change'))).to.equal('▼ -0.6, Improving');
      expect(part(element, 'change')!.querySelector('.better')).to.exist;
      const [name, value] = [part(element, 'name')!, part(element, 'value')!].map((n) => n.getBoundingClientRect());
      expect(Math.abs(name!.top - value!.top)).to.be.below(10);
    });

    it('shows a band target, and a stale value carried from an older period', async () => {
      const { element } = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="inventory-cover" variant="card"></bsc-kpi>`, acme);
      expect(text(element, 'target')).to.equal('Target 30–45\u00a0days');
      const stale = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="critical-skills-coverage" variant="card"></bsc-kpi>`, acme);
      expect(text(stale.element, 'period')).to.equal('As of Jun 2026');
      expect(isStale(stale.element)).to.be.true;
      // A quarterly KPI showing the quarter that holds as-of carries nothing.
      const quarterly = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="net-promoter-score" variant="card"></bsc-kpi>`, acme, { asOf: '2026-09' });
      expect(part(quarterly.element, 'period')).to.be.null;
    });

    it('says "unchanged" for a flat change and nothing without a previous value', async () => {
      const model = scorecardOf(
        [
          {
            id: 'flat',
            title: 'Flat',
            target: 10,
            series: [
              { period: '2026-01', actual: 5 },
              { period: '2026-02', actual: 5 },
            ],
          },
          { id: 'first', title: 'First', target: 10, series: [{ period: '2026-02', actual: 5 }] },
        ],
        { asOf: '2026-02' },
      );
      const flat = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="flat" variant="card"></bsc-kpi>`, model);
      expect(textOf(part(flat.element, 'change'))).to.equal('▶ ±0, Unchanged');
      const first = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="first" variant="card"></bsc-kpi>`, model);
      expect(part(first.element, 'change')).to.be.null;
    });

    it('follows the scorecard to another period and view', async () => {
      const f = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="booked-revenue" variant="card"></bsc-kpi>`, acme);
      await f.update({ period: '2026-09' });
      expect(text(f.element, 'value')).to.equal('Actual $4,450,000');
      await f.update({ view: 'ytd' });
      const ytd = f.context.evaluation.node('booked-revenue')!;
      expect(text(f.element, 'value')).to.equal(
        `Actual ${formatValue((ytd as { value: number }).value, 'currency', { locale: 'en-US', currency: 'USD', decimals: 0, compact: false })}`,
      );
    });

    it('speaks German in de-DE', async () => {
      const { element } = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="booked-revenue" variant="card"></bsc-kpi>`, acme, { locale: 'de-DE' });
      expect(text(element, 'value')).to.equal('Istwert 4.412.500\u00a0$');
      expect(text(element, 'target')).to.equal('Zielwert 4.380.000\u00a0$');
      expect(textOf(part(element, 'change'))).to.equal('▼ -37.500\u00a0$, Verschlechtert sich');
    });

    it('takes a label and decimals of its own over the model’s', async () => {
      const { element } = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="gross-margin" label="Margin" decimals="2" variant="card"></bsc-kpi>`, acme);
      expect(text(element, 'name')).to.equal('Margin');
      expect(text(element, 'value')).to.equal('Actual 42.31%');
    });

    it('says so, quietly, for an unknown id and outside a scorecard', async () => {
      const unknown = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="nope"></bsc-kpi>`, acme);
      const message = part(unknown.element, 'empty')!;
      expect(message.getAttribute('role')).to.equal('status');
      expect(textOf(message)).to.equal('No KPI "nope" in this scorecard');
      // An objective's id is not a KPI's.
      const objective = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="grow-revenue"></bsc-kpi>`, acme);
      expect(text(objective.element, 'empty')).to.equal('No KPI "grow-revenue" in this scorecard');
      const outside = await fixture<BscKpi>(html`<bsc-kpi kpi="booked-revenue" locale="en-US"></bsc-kpi>`);
      expect(text(outside, 'empty')).to.equal('No data');
      await expect(outside).to.be.accessible();
    });

    it('fires bsc-select on click, Enter and Space', async () => {
      const { element } = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="booked-revenue" variant="card"></bsc-kpi>`, acme);
      setTimeout(() => part(element, 'value')!.click());
      const clicked = await oneEvent(element, 'bsc-select');
      expect(clicked.detail).to.deep.equal({ kind: 'kpi', id: 'booked-revenue' } satisfies BscSelectDetail);
      expect(clicked.bubbles && clicked.composed).to.be.true;
      for (const key of ['Enter', 'Space']) {
        part(element, 'name')!.focus();
        const selected = oneEvent(element, 'bsc-select');
        await sendKeys({ press: key });
        expect((await selected).detail).to.deep.equal({ kind: 'kpi', id: 'booked-revenue' });
      }
    });

    it('is reached by Tab at its name', async () => {
      const { host } = await scorecardFixture<BscKpi>(
        html`<bsc-kpi kpi="booked-revenue"></bsc-kpi><bsc-kpi kpi="gross-margin" variant="card"></bsc-kpi>`,
        acme,
      );
      const [first, second] = Array.from(host.querySelectorAll('bsc-kpi'));
      const before = document.createElement('button');
      host.prepend(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(part(first!, 'name'));
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(part(second!, 'name'));
      expect(getComputedStyle(part(second!, 'name')!).outlineStyle).to.equal('solid');
    });

    it('passes axe as a row and as a card, light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        for (const variant of ['row', 'card']) {
          const { element } = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="critical-skills-coverage" variant=${variant} theme=${theme}></bsc-kpi>`, acme, {
            page: theme === 'dark' ? 'dark' : 'light',
          });
          await expect(element).to.be.accessible();
        }
      }
    });

    it('leaves selecting to itself: its charts take no focus of their own', async () => {
      const { element } = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="booked-revenue" variant="card"></bsc-kpi>`, acme);
      expect(part(element, 'sparkline')!.hasAttribute('no-select')).to.be.true;
      expect(part(element, 'bullet')!.hasAttribute('no-select')).to.be.true;
    });

    it('mirrors in right-to-left pages', async () => {
      const boxes = async (dir: 'ltr' | 'rtl') => {
        const { element } = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="booked-revenue" variant="card"></bsc-kpi>`, acme, { dir, locale: 'ar' });
        return { name: part(element, 'name')!.getBoundingClientRect(), status: status(element).getBoundingClientRect() };
      };
      const ltr = await boxes('ltr');
      const rtl = await boxes('rtl');
      expect(ltr.name.left).to.be.below(ltr.status.left);
      expect(rtl.name.left).to.be.above(rtl.status.left);
    });

    it('writes the model’s strings as text and links only http(s) sources', async () => {
      const payload = '<img src=x onerror=alert(1)>';
      const model = scorecardOf([
        { id: 'evil', title: payload, owner: payload, source: 'javascript:alert(1)', target: 10, series: [{ period: '2026-01', actual: 9 }] },
        { id: 'linked', title: 'Linked', source: 'https://bi.example/kpi?x=1', target: 10, series: [{ period: '2026-01', actual: 9 }] },
      ]);
      const evil = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="evil" variant="card"></bsc-kpi>`, model);
      expect(evil.element.shadowRoot!.querySelector('img')).to.be.null;
      expect(text(evil.element, 'name')).to.equal(payload);
      expect(text(evil.element, 'owner')).to.equal(`Owner ${payload}`);
      expect(evil.element.shadowRoot!.querySelector('a')).to.be.null;
      expect(text(evil.element, 'source')).to.equal('javascript:alert(1)');
      const linked = await scorecardFixture<BscKpi>(html`<bsc-kpi kpi="linked" variant="card"></bsc-kpi>`, model);
      const link = linked.element.shadowRoot!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://bi.example/kpi?x=1');
      expect(link.getAttribute('rel')).to.contain('noopener');
      // Following the link does not select the KPI.
      let selected = false;
      linked.element.addEventListener('bsc-select', () => (selected = true));
      link.addEventListener('click', (event) => event.preventDefault());
      link.click();
      expect(selected).to.be.false;
    });
  });

  describe('on its own', () => {
    it('reports contradictory attributes once as bsc-error and shows the value without a status', async () => {
      const errors: unknown[] = [];
      const wrapper = document.createElement('div');
      wrapper.addEventListener('bsc-error', (event) => errors.push((event as CustomEvent).detail));
      document.body.append(wrapper);
      // The fixture's clean-up removes the wrapper with the element.
      const el = await fixture(html`<bsc-kpi value="5" target="10" red-flag="12" label="Stock"></bsc-kpi>`, { parentNode: wrapper });
      expect(errors).to.deep.equal([{ issues: [{ path: 'redFlag', message: 'must be below the target (10) for a KPI where higher is better (got 12)' }] }]);
      expect(status(el).dataset['status']).to.equal('info');
      (el as HTMLElement & { requestUpdate(): void }).requestUpdate();
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(errors).to.have.length(1);
    });

    it('scores a value from its attributes by the kit’s rules', async () => {
      const el = await fixture<BscKpi>(
        html`<bsc-kpi value="72" target="80" red-flag="60" label="Revenue growth" unit="number" variant="card" locale="en-US"></bsc-kpi>`,
      );
      expect(text(el, 'name')).to.equal('Revenue growth');
      expect(part(el, 'name')!.tagName).to.equal('SPAN');
      expect(text(el, 'value')).to.equal('Actual 72');
      expect(text(el, 'target')).to.equal('Target 80');
      // 72 lies between the red flag (3.33) and the target (6.67): at risk.
      expect(status(el).dataset['status']).to.equal('at-risk');
      // The bullet chart draws the same reading.
      expect(part(el, 'bullet')).to.include({ kpi: el.shadowRoot!.querySelector('bsc-bullet')!.kpi });
      expect(el.shadowRoot!.querySelector('bsc-bullet')!.kpi).to.include({ value: 72, target: 80, redFlag: 60, label: 'Revenue growth' });
      await expect(el).to.be.accessible();
    });

    it('formats percent fractions, takes a band target and a previous value', async () => {
      const el = await fixture<BscKpi>(html`<bsc-kpi value="0.52" target="0.4..0.6" previous="0.65" unit="percent" label="Share" locale="en-US"></bsc-kpi>`);
      expect(text(el, 'value')).to.equal('Actual 52%');
      expect(text(el, 'target')).to.equal('Target 40% – 60%');
      expect(status(el).dataset['status']).to.equal('on-track');
      // Back inside the band from above: a fall that is an improvement.
      expect(textOf(part(el, 'change'))).to.equal('▼ -13\u00a0pp, Improving');
    });

    it('takes a KPI object, and a lower-is-better polarity', async () => {
      const el = await fixture<BscKpi>(html`<bsc-kpi variant="card" locale="de-DE"></bsc-kpi>`);
      el.kpi = { label: 'Kosten', value: 1250, target: 1000, polarity: 'down', unit: 'currency', currency: 'EUR' };
      await el.updateComplete;
      expect(text(el, 'value')).to.equal('Istwert 1.250\u00a0€');
      expect(status(el).dataset['status']).to.equal('off-track');
    });

    it('shows no data for a missing or unreadable value, and never selects', async () => {
      const el = await fixture<BscKpi>(html`<bsc-kpi value="abc" target="80" label="Broken" locale="en-US"></bsc-kpi>`);
      expect(text(el, 'value')).to.equal('Actual —');
      expect(status(el).dataset['status']).to.equal('no-data');
      let selected = false;
      el.addEventListener('bsc-select', () => (selected = true));
      part(el, 'value')!.click();
      expect(selected).to.be.false;
    });
  });
});
