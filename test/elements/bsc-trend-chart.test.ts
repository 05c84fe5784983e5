import '../../src/format/locales/index.js';
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/bsc-trend-chart.js';
import type { BscTrendChart, TrendSeriesItem } from '../../src/elements/bsc-trend-chart.js';
import { errorsOf, inDiv, selections } from '../support/chart-fixtures.js';
import { DrivenResizeObserver, useDrivenResizeObserver } from '../support/driven-resize-observer.js';
import { scorecardOf } from '../support/model.js';
import { loadAcme, scorecardFixture } from '../support/scorecard-fixture.js';

const part = (el: BscTrendChart, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: BscTrendChart, name: string) => [...el.shadowRoot!.querySelectorAll<SVGElement>(`[part~="${name}"]`)];
/** The text a person reads: markup whitespace collapsed, no-break spaces kept. */
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
const plot = (el: BscTrendChart) => part(el, 'plot') as unknown as SVGSVGElement;
const liveRegion = (el: BscTrendChart) => el.shadowRoot!.querySelector('[aria-live]');
const zoneStatuses = (el: BscTrendChart) => [...new Set(parts(el, 'zone').map((zone) => [...zone.classList].find((c) => c !== 'zone')))];

/** Twelve months of booked revenue (k$) against a target of 430, red flag 400, a gap in May. */
const revenue: TrendSeriesItem[] = [401, 412, 398, 420, null, 418, 440, 452, 447, 461, 458, 470].map((actual, i) => ({
  period: `2026-${String(i + 1).padStart(2, '0')}`,
  actual,
}));

const wrappers: HTMLElement[] = [];
afterEach(() => wrappers.splice(0).forEach((wrapper) => wrapper.remove()));

/** A chart of `series` with `attributes` (markup), in a box `width` pixels wide, measured and drawn. */
async function standalone(
  width = 600,
  attributes = 'target="430" red-flag="400" label="Booked revenue (k$)" locale="en-US"',
  series: readonly TrendSeriesItem[] = revenue,
) {
  const wrapper = document.createElement('div');
  wrapper.style.width = `${width}px`;
  document.body.append(wrapper);
  wrappers.push(wrapper);
  wrapper.innerHTML = `<bsc-trend-chart ${attributes}></bsc-trend-chart>`;
  const el = wrapper.firstElementChild as BscTrendChart;
  el.series = series;
  // The first update draws the frame, which is then measured: the second draws the chart.
  await el.updateComplete;
  await el.updateComplete;
  return { wrapper, el };
}

describe('bsc-trend-chart', () => {
  useDrivenResizeObserver();

  describe('standalone', () => {
    it('tints each zone with its band token, as the gauge and the bullet tint their bands', async () => {
      const { el } = await standalone();
      const tints = { exceeding: 'rgb(1, 2, 3)', 'on-track': 'rgb(4, 5, 6)', 'at-risk': 'rgb(7, 8, 9)', 'off-track': 'rgb(10, 11, 12)' };
      for (const [status, colour] of Object.entries(tints)) el.style.setProperty(`--bsc-band-${status}`, colour);
      const fills = Object.fromEntries(parts(el, 'zone').map((zone) => [[...zone.classList].find((c) => c !== 'zone'), getComputedStyle(zone).fill]));
      expect(fills).to.deep.equal(tints);
    });

    it('draws the actuals with a gap, the target, the zones, one point per value, and sums it up in words', async () => {
      const { el } = await standalone();
      expect(text(part(el, 'label'))).to.equal('Booked revenue (k$)');
      const line = part(el, 'actual')!.getAttribute('d')!;
      expect(line.match(/M/g), 'two runs around the gap in May').to.have.length(2);
      expect(parts(el, 'point')).to.have.length(11);
      expect(part(el, 'target')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
      expect(zoneStatuses(el)).to.deep.equal(['off-track', 'at-risk', 'on-track', 'exceeding']);
      expect(parts(el, 'axis-label').map((label) => label.textContent)).to.include.members(['400', '440', 'Feb 2026', 'Dec 2026']);
      expect(part(el, 'as-of'), 'the latest period with a value').to.exist;
      expect(text(part(el, 'summary'))).to.equal('Jan 2026 – Dec 2026, Improving, Dec 2026: 470, 109% of target, exceeding');
      expect(plot(el).getAttribute('role')).to.equal('application');
      expect(plot(el).getAttribute('aria-label')).to.equal('Booked revenue (k$)');
      expect(plot(el).getAttribute('tabindex')).to.equal('0');
      await expect(el).to.be.accessible();
    });

    it('takes plain numbers, names their periods by number, and scores each item by its own thresholds', async () => {
      const series: TrendSeriesItem[] = [50, 60, { actual: 70, target: 80, redFlag: 60 }, { actual: 90, target: 80, redFlag: 60, stretch: 85 }];
      const { el } = await standalone(500, 'target="100" red-flag="50" locale="en-US"', series);
      expect(text(part(el, 'summary'))).to.equal('1 – 4, Improving, 4: 90, 113% of target, exceeding');
      expect(plot(el).getAttribute('aria-label'), 'no label: the chart is named "Trend"').to.equal('Trend');
      expect(zoneStatuses(el)).to.include.members(['off-track', 'at-risk', 'on-track', 'exceeding']);
      expect(part(el, 'target')!.getAttribute('d')!.match(/M/g), 'one stepped line').to.have.length(1);
    });

    it('says "No data" over an empty plot, and draws one value as a point', async () => {
      const { el } = await standalone(400, 'target="10" locale="en-US"', []);
      expect(text(part(el, 'empty'))).to.equal('No data');
      expect(text(part(el, 'summary'))).to.equal('No data');
      expect(part(el, 'actual')!.getAttribute('d')).to.equal('');
      await expect(el).to.be.accessible();

      const one = await standalone(400, 'target="10" red-flag="8" locale="en-US"', [{ period: '2026-10', actual: 9 }]);
      expect(parts(one.el, 'point')).to.have.length(1);
      expect(part(one.el, 'empty')).to.equal(null);
      expect(text(part(one.el, 'summary'))).to.equal('Oct 2026, Oct 2026: 9, 90% of target, at risk');
    });

    it('reports items and attributes it cannot use as bsc-error, once, and draws such an item as a gap', async () => {
      const { el } = await inDiv<BscTrendChart>({ style: 'width: 500px' }, html`<bsc-trend-chart target="10" locale="en-US"></bsc-trend-chart>`);
      const errors = errorsOf(el);
      el.series = [1, Number.NaN, 3, 'x' as unknown as number];
      await el.updateComplete;
      expect(errors).to.deep.equal([
        {
          issues: [
            { path: 'series[1]', message: 'is not a number (got "NaN")' },
            { path: 'series[3]', message: 'is not a number (got "x")' },
          ],
        },
      ]);
      expect(part(el, 'actual')!.getAttribute('d')!.match(/M/g)).to.have.length(2);
      el.label = 'Something else';
      await el.updateComplete;
      expect(errors, 'an unrelated change fires nothing more').to.have.length(1);
      el.setAttribute('red-flag', '12');
      await el.updateComplete;
      expect(errors[1]).to.deep.equal({
        issues: [
          { path: 'redFlag', message: 'must be below the target (10) for a KPI where higher is better (got 12)' },
          { path: 'series[1]', message: 'is not a number (got "NaN")' },
          { path: 'series[3]', message: 'is not a number (got "x")' },
        ],
      });
      expect(parts(el, 'zone'), 'thresholds that contradict each other: no zones').to.have.length(0);
      el.setAttribute('min', '5');
      el.setAttribute('max', '1');
      el.setAttribute('periods', '0');
      await el.updateComplete;
      expect(errors[2]!.issues.map((issue) => issue.path)).to.include.members(['periods', 'min']);
    });

    it('shows the latest `periods` items only', async () => {
      const { el } = await standalone(600, 'periods="3" target="430" locale="en-US"');
      expect(parts(el, 'point')).to.have.length(3);
      expect(text(part(el, 'summary'))).to.match(/^Oct 2026 – Dec 2026, /);
    });
  });

  describe('layout', () => {
    it('fills its container and lays itself out again on resize without re-creating the DOM', async () => {
      const { wrapper, el } = await standalone(600);
      expect(Number(plot(el).getAttribute('width'))).to.equal(600);
      const line = part(el, 'actual')!;
      const before = line.getAttribute('d');
      const observer = DrivenResizeObserver.made.at(-1)!;
      expect([...observer.targets]).to.deep.equal([part(el, 'frame')]);

      wrapper.style.width = '400px';
      observer.report();
      await el.updateComplete;
      expect(Number(plot(el).getAttribute('width'))).to.equal(400);
      expect(part(el, 'actual'), 'the same path element').to.equal(line);
      expect(line.getAttribute('d')).not.to.equal(before);
      const right = Math.max(...parts(el, 'point').map((point) => Number(point.getAttribute('cx'))));
      expect(right).to.be.below(400);
    });

    it('keeps a minimum size, and a height of its own when the container sets none', async () => {
      const { wrapper, el } = await standalone(100);
      expect(el.getBoundingClientRect().width).to.equal(256);
      expect(el.getBoundingClientRect().height).to.equal(256);
      wrapper.style.height = '400px';
      el.style.height = '100%';
      expect(el.getBoundingClientRect().height).to.equal(400);
    });

    it('stops observing its size when it leaves the document, and observes again when it comes back', async () => {
      const { wrapper, el } = await standalone();
      const observer = DrivenResizeObserver.made.at(-1)!;
      el.remove();
      expect(observer.disconnected).to.equal(true);
      wrapper.append(el);
      const again = DrivenResizeObserver.made.at(-1)!;
      expect(again.disconnected).to.equal(false);
      expect([...again.targets]).to.deep.equal([part(el, 'frame')]);
    });

    it('mirrors the time axis right to left: the latest period on the left', async () => {
      const { el } = await inDiv<BscTrendChart>(
        { dir: 'rtl', style: 'width: 600px' },
        html`<bsc-trend-chart target="430" locale="ar-EG" .series=${revenue}></bsc-trend-chart>`,
      );
      await el.updateComplete;
      const xs = parts(el, 'point').map((point) => Number(point.getAttribute('cx')));
      expect(xs[0]).to.be.above(xs.at(-1)!);
      await expect(el).to.be.accessible();
    });

    it('keeps the DOM small for 100,000 points: one path, no dots', async () => {
      const series = Array.from({ length: 100_000 }, (_, i) => (i % 9_000 === 10 ? null : 400 + Math.sin(i / 800) * 50 + (i % 13)));
      const { el } = await standalone(800, 'target="430" red-flag="400" locale="en-US"', series);
      expect(parts(el, 'actual')).to.have.length(1);
      expect(parts(el, 'point')).to.have.length(0);
      const vertices = part(el, 'actual')!.getAttribute('d')!.split(/[ML]/).length;
      expect(vertices).to.be.below(2 * 800 + 50);
      expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(120);
    });
  });

  describe('pointer and keyboard', () => {
    it('shows the point nearest the pointer in a tooltip with a crosshair', async () => {
      const { el } = await standalone();
      const box = plot(el).getBoundingClientRect();
      const points = parts(el, 'point');
      const third = Number(points[2]!.getAttribute('cx'));
      plot(el).dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + third + 2, clientY: box.top + 20, bubbles: true }));
      await el.updateComplete;
      expect(text(part(el, 'tooltip'))).to.equal('Mar 2026 Actual 398 Target 430 Off track');
      expect(Number(part(el, 'crosshair')!.getAttribute('x1'))).to.be.closeTo(third, 0.01);
      expect(part(el, 'active-point')).to.exist;
      plot(el).dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      expect(part(el, 'tooltip')).to.equal(null);
    });

    it('is one tab stop: arrows move between values (over gaps), Home and End to the ends, Escape hides the point; each move is announced', async () => {
      const { el } = await standalone();
      plot(el).focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(text(part(el, 'tooltip'))).to.match(/^Dec 2026 Actual 470 Target 430 Exceeding$/);
      expect(text(liveRegion(el))).to.equal('Dec 2026: 470, 109% of target, exceeding');
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(text(liveRegion(el))).to.equal('Apr 2026: 420, 98% of target, at risk');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(text(liveRegion(el)), 'May has no value: skipped').to.equal('Jun 2026: 418, 97% of target, at risk');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(text(liveRegion(el))).to.match(/^Apr 2026/);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(part(el, 'tooltip')).to.equal(null);
      expect(part(el, 'crosshair')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('pages through a long series by a tenth of its values', async () => {
      const { el } = await standalone(
        600,
        'target="50" locale="en-US"',
        Array.from({ length: 100 }, (_, i) => i),
      );
      plot(el).focus();
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      expect(text(liveRegion(el))).to.match(/^11: 10, /);
      await sendKeys({ press: 'PageUp' });
      await sendKeys({ press: 'PageUp' });
      await el.updateComplete;
      expect(text(liveRegion(el)), 'not past the first').to.match(/^1: 0, /);
    });

    it('moves by the arrow that points the way right to left', async () => {
      const { el } = await inDiv<BscTrendChart>(
        { dir: 'rtl', style: 'width: 600px' },
        html`<bsc-trend-chart target="430" locale="en-US" .series=${revenue}></bsc-trend-chart>`,
      );
      await el.updateComplete;
      plot(el).focus();
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(text(liveRegion(el))).to.match(/^Feb 2026/);
    });
  });

  describe('data table', () => {
    it('toggles a real table with a caption and headers, by a button that says what it does', async () => {
      const { el } = await standalone();
      const toggle = part(el, 'table-toggle') as HTMLButtonElement;
      expect(text(toggle)).to.equal('Show data table');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(part(el, 'table')).to.equal(null);
      toggle.click();
      await el.updateComplete;
      expect(text(toggle)).to.equal('Hide data table');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const table = part(el, 'table') as HTMLTableElement;
      expect(text(table.caption)).to.equal('Booked revenue (k$)');
      expect([...table.tHead!.rows[0]!.cells].map((cell) => [cell.localName, cell.getAttribute('scope'), text(cell)])).to.deep.equal([
        ['th', 'col', 'Period'],
        ['th', 'col', 'Actual'],
        ['th', 'col', 'Target'],
        ['th', 'col', 'Status'],
      ]);
      expect(table.tBodies[0]!.rows).to.have.length(12);
      expect([...table.tBodies[0]!.rows[4]!.cells].map(text)).to.deep.equal(['May 2026', '—', '430', 'No data']);
      expect([...table.tBodies[0]!.rows[11]!.cells].map(text)).to.deep.equal(['Dec 2026', '470', '430', 'Exceeding']);
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(part(el, 'table')).to.equal(null);
    });

    it('holds the latest 1,000 periods of a longer series, and says so', async () => {
      const { el } = await standalone(
        600,
        'target="10" locale="en-US"',
        Array.from({ length: 5000 }, (_, i) => i % 20),
      );
      (part(el, 'table-toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      const table = part(el, 'table') as HTMLTableElement;
      expect(table.tBodies[0]!.rows).to.have.length(1000);
      expect(text(table.caption)).to.equal('Trend The latest 1,000 of 5,000 periods');
    });
  });

  describe('in a locale', () => {
    it('formats ticks, periods and words in German', async () => {
      const { el } = await standalone(
        600,
        'target="4300" red-flag="4000" unit="currency" currency="EUR" locale="de-DE" label="Umsatz"',
        revenue.map(
          (item) =>
            ({
              ...(item as object),
              actual: (item as { actual: number | null }).actual === null ? null : (item as { actual: number }).actual * 10,
            }) as TrendSeriesItem,
        ),
      );
      expect(parts(el, 'axis-label').map((label) => label.textContent)).to.include.members(['4.000\u00a0€', 'Feb. 2026', 'Dez. 2026']);
      expect(text(part(el, 'table-toggle'))).to.equal('Datentabelle anzeigen');
      expect(text(part(el, 'summary'))).to.equal('Jan. 2026 – Dez. 2026, Verbessert sich, Dez. 2026: 4.700\u00a0€, 109\u00a0% des Zielwerts, übertroffen');
    });
  });

  describe('inside a scorecard', () => {
    it('shows the KPI’s history up to as-of with the engine’s statuses, the forecast to the year’s end and the as-of mark', async () => {
      const acme = await loadAcme();
      const f = await scorecardFixture<BscTrendChart>(html`<bsc-trend-chart kpi="booked-revenue" periods="12"></bsc-trend-chart>`, acme);
      const el = f.element;
      await el.updateComplete;
      expect(plot(el).getAttribute('aria-label')).to.equal('Booked revenue');
      const history = f.context.evaluation.history('booked-revenue');
      const shown = history.filter((point) => !point.future).slice(-12);
      expect(parts(el, 'point')).to.have.length(shown.filter((point) => point.value !== null).length);
      expect(part(el, 'forecast')).to.exist;
      expect(part(el, 'as-of')).to.exist;
      (part(el, 'table-toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      const rows = [...(part(el, 'table') as HTMLTableElement).tBodies[0]!.rows];
      expect(rows, 'twelve periods, then November and December for the forecast').to.have.length(14);
      const statuses = rows.map((row) => row.querySelector('[data-status]')!.getAttribute('data-status'));
      expect(statuses).to.deep.equal(
        history
          .filter((point) => !point.future)
          .slice(-12)
          .concat(history.filter((point) => point.future))
          .map((point) => point.status),
      );
      const forecast = f.context.evaluation.node('booked-revenue')!;
      expect(forecast.kind === 'kpi' && forecast.forecast).to.be.ok;
      expect(text(part(el, 'summary'))).to.match(/^Nov 2025 – Oct 2026, .*, Oct 2026: \$4\.4M, 101% of target, on track, Year-end forecast: /);
      await expect(el).to.be.accessible();
    });

    it('selects its KPI on Enter, and not with no-select', async () => {
      const acme = await loadAcme();
      const f = await scorecardFixture<BscTrendChart>(html`<bsc-trend-chart kpi="booked-revenue"></bsc-trend-chart>`, acme);
      plot(f.element).focus();
      expect(await selections(f.element, () => sendKeys({ press: 'Enter' }))).to.deep.equal([{ kind: 'kpi', id: 'booked-revenue' }]);
      f.element.noSelect = true;
      await f.element.updateComplete;
      expect(await selections(f.element, () => sendKeys({ press: 'Enter' }))).to.deep.equal([]);
    });

    it('follows the scorecard to another period and view', async () => {
      const acme = await loadAcme();
      const f = await scorecardFixture<BscTrendChart>(html`<bsc-trend-chart kpi="booked-revenue" periods="6"></bsc-trend-chart>`, acme);
      await f.update({ period: '2026-07', view: 'ytd' });
      await f.element.updateComplete;
      expect(text(part(f.element, 'summary'))).to.match(/^Feb 2026 – Jul 2026, /);
      expect(part(f.element, 'forecast')).to.exist;
    });

    it('reports an unknown KPI and says so in its place', async () => {
      const model = scorecardOf([{ id: 'k', title: 'K', unit: 'number', target: 10, series: [{ period: '2026-01', actual: 9 }] }], {
        periodicity: 'month',
        asOf: '2026-01',
      });
      const wrapper = document.createElement('div');
      const errors = errorsOf(wrapper);
      const f = await scorecardFixture<HTMLDivElement>(html`<div></div>`, model);
      f.host.append(wrapper);
      wrapper.innerHTML = '<bsc-trend-chart kpi="nope"></bsc-trend-chart>';
      const el = wrapper.querySelector('bsc-trend-chart')!;
      await el.updateComplete;
      expect(errors).to.deep.equal([{ issues: [{ path: 'kpi', message: 'names no KPI of the scorecard (got "nope")' }] }]);
      expect(part(el, 'message')!.getAttribute('role')).to.equal('status');
      expect(text(part(el, 'message'))).to.equal('No KPI "nope" in this scorecard');
      await expect(el).to.be.accessible();
    });

    it('observes and draws its frame once a KPI it can show replaces an unknown one', async () => {
      const acme = await loadAcme();
      const f = await scorecardFixture<BscTrendChart>(html`<bsc-trend-chart kpi="nope"></bsc-trend-chart>`, acme);
      const el = f.element;
      expect(part(el, 'frame')).to.equal(null);
      el.kpi = 'booked-revenue';
      await el.updateComplete;
      await el.updateComplete;
      expect([...DrivenResizeObserver.made.at(-1)!.targets]).to.deep.equal([part(el, 'frame')]);
      expect(part(el, 'actual')!.getAttribute('d')).to.match(/^M/);
    });

    it('stays quiet and busy while its scorecard loads', async () => {
      // A scorecard that has not loaded a model yet: the tag alone (its element is not even defined here).
      const scorecard = document.createElement('bsc-scorecard');
      document.body.append(scorecard);
      wrappers.push(scorecard);
      const chart = document.createElement('bsc-trend-chart');
      chart.kpi = 'booked-revenue';
      scorecard.append(chart);
      await chart.updateComplete;
      expect(part(chart, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(part(chart, 'table-toggle')).to.equal(null);
      expect(part(chart, 'empty')).to.equal(null);
      expect(text(part(chart, 'summary'))).to.equal('');
      await expect(chart).to.be.accessible();
    });
  });

  it('passes axe in the dark theme', async () => {
    const { el } = await inDiv<BscTrendChart>(
      { style: 'width: 600px; background: #111827; color-scheme: dark' },
      html`<bsc-trend-chart theme="dark" target="430" red-flag="400" label="Booked revenue" .series=${revenue}></bsc-trend-chart>`,
    );
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
