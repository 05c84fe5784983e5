/** The scorecard's header for a meeting: what changed since the previous period, and the filter that finds what is off track. */
import '../../src/format/locales/index.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/bsc-scorecard.js';
import type { BscScorecard } from '../../src/elements/bsc-scorecard.js';
import { changes, evaluate, previousEvaluation } from '../../src/engine/index.js';
import type { Scorecard } from '../../src/model/index.js';
import { deepActiveElement, deepQuery, deepQueryAll, loadAcme, settle, textOf } from '../support/scorecard-fixture.js';

const part = (el: BscScorecard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: BscScorecard, name: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`));
/** The ids of the KPI rows shown, through every perspective and objective. */
const kpiCount = (model: Scorecard) => model.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.kpis)).length;
const shownKpis = (el: BscScorecard) => deepQueryAll(el, '[part~="kpi-row"] [part~="kpi-name"] button').map((cell) => textOf(cell));

async function scorecard(
  acme: Scorecard,
  attributes: Partial<Record<'filter-status' | 'filter-owner' | 'filter-text' | 'layout' | 'period', string>> & { showPrevious?: boolean } = {},
) {
  const el = await fixture<BscScorecard>(html`<bsc-scorecard
    locale="en-US"
    .model=${acme}
    ?show-previous=${attributes.showPrevious}
    filter-status=${attributes['filter-status'] ?? ''}
    filter-owner=${attributes['filter-owner'] ?? ''}
    filter-text=${attributes['filter-text'] ?? ''}
    layout=${attributes.layout ?? 'perspectives'}
    period=${attributes.period ?? ''}
  ></bsc-scorecard>`);
  await settle(el);
  return el;
}

describe('bsc-scorecard: what changed, and the filter', () => {
  let acme: Scorecard;
  before(async () => {
    acme = await loadAcme();
  });

  describe('what changed since the previous period', () => {
    it('sums the moves up in the header, and reveals the list from it', async function () {
      // axe over a whole scorecard takes seconds on a loaded machine, as in test/theme/vendor-themes.test.ts.
      this.timeout(20000);
      const el = await scorecard(acme);
      const expected = changes(evaluate(acme), previousEvaluation(evaluate(acme))!);
      const summary = part(el, 'changes-summary')!;
      expect(summary.tagName).to.equal('BUTTON');
      expect(textOf(summary)).to.match(/^Since September 2026: \d+ worse, \d+ better/);
      expect(textOf(summary)).to.contain(`${expected.counts.worse} worse, ${expected.counts.better} better`);
      expect(summary.getAttribute('aria-expanded')).to.equal('false');
      expect(part(el, 'changes')).to.equal(null);
      summary.click();
      await el.updateComplete;
      await customElements.whenDefined('bsc-changes');
      await settle(el);
      expect(summary.getAttribute('aria-expanded')).to.equal('true');
      const panel = part(el, 'changes')!;
      expect(summary.getAttribute('aria-controls')).to.equal(panel.id);
      const list = panel.querySelector('bsc-changes')!;
      expect(list.shadowRoot!.querySelector('[part~="summary"]')).to.equal(null);
      expect(list.shadowRoot!.querySelectorAll('[part~="change"]').length).to.be.at.least(expected.moved.length);
      // The whole scorecard passes axe in the tests below; here, the list it revealed.
      await expect(list).to.be.accessible();
    });

    it('opens a KPI chosen in the list, from the keyboard', async () => {
      const el = await scorecard(acme);
      part(el, 'changes-summary')!.focus();
      await sendKeys({ press: 'Enter' });
      await customElements.whenDefined('bsc-changes');
      await settle(el);
      const kpiLine = deepQueryAll<HTMLLIElement>(el, '[part~="change"]').find((li) => textOf(li.querySelector('[part~="change-kind"]')) === 'KPI')!;
      kpiLine.querySelector('button')!.focus();
      const selected = oneEvent(el, 'bsc-select');
      await sendKeys({ press: 'Enter' });
      const detail = (await selected).detail;
      expect(detail.kind).to.equal('kpi');
      await el.updateComplete;
      expect(el.selectedKpi).to.equal(detail.id);
      expect(textOf(part(el, 'detail-title'))).to.equal(textOf(kpiLine.querySelector('[part~="change-title"]')));
    });

    /** Opens the list of what changed and chooses its first objective from the keyboard; its title. */
    async function chooseObjectiveInList(el: BscScorecard): Promise<string> {
      part(el, 'changes-summary')!.click();
      await customElements.whenDefined('bsc-changes');
      await settle(el);
      const line = deepQueryAll<HTMLLIElement>(el, '[part~="change"]').find((li) => textOf(li.querySelector('[part~="change-kind"]')) === 'Objective')!;
      line.querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      return textOf(line.querySelector('[part~="change-title"]'));
    }

    it('brings an objective chosen in the list into view, with focus on its title', async () => {
      const el = await scorecard(acme);
      const title = await chooseObjectiveInList(el);
      const focused = deepActiveElement()!;
      expect(textOf(focused)).to.equal(title);
      expect((focused.getRootNode() as ShadowRoot).host.localName).to.equal('bsc-objective');
    });

    it('moves focus to an objective chosen in the list onto its node in the strategy map layout', async () => {
      const el = await scorecard(acme, { layout: 'strategy-map' });
      await customElements.whenDefined('bsc-strategy-map');
      await settle(el);
      const title = await chooseObjectiveInList(el);
      await waitUntil(
        () => (deepActiveElement()?.getRootNode() as ShadowRoot | undefined)?.host?.localName === 'bsc-strategy-map',
        'focus did not reach the map',
      );
      const node = deepActiveElement()!;
      expect(node.classList.contains('node')).to.equal(true);
      expect(node.getAttribute('tabindex')).to.equal('0');
      expect(node.getAttribute('aria-label')).to.contain(title);
    });

    it('says nothing at the first period with data', async () => {
      const el = await scorecard(acme, { period: evaluate(acme).periods[0] });
      expect(part(el, 'changes-summary')).to.equal(null);
    });

    it('hints at the previous status on the badges with show-previous, and only then', async function () {
      // axe over a whole scorecard takes seconds on a loaded machine, as in test/theme/vendor-themes.test.ts.
      this.timeout(20000);
      const plain = await scorecard(acme);
      expect(deepQueryAll(plain, '.status-was')).to.have.length(0);
      const el = await scorecard(acme, { showPrevious: true });
      const moved = changes(evaluate(acme), previousEvaluation(evaluate(acme))!).moved;
      const hints = deepQueryAll(el, '.status-was');
      expect(hints.length).to.equal(moved.length);
      const kpi = moved.find((change) => change.kind === 'kpi')!;
      const row = deepQueryAll(el, '[part~="kpi-row"]').find((r) => textOf(r.querySelector('[part~="kpi-name"]')) === kpi.title)!;
      expect(row.querySelector('[part~="kpi-status-was"]')!.getAttribute('data-was')).to.equal(kpi.from);
      expect(textOf(row.querySelector('[part~="kpi-status-was"]'))).to.match(/^, was /);
      await expect(el).to.be.accessible();
    });
  });

  describe('the filter', () => {
    it('shows only the KPIs of a status, and the groups that hold them, with a count', async function () {
      // axe over a whole scorecard takes seconds on a loaded machine, as in test/theme/vendor-themes.test.ts.
      this.timeout(20000);
      const el = await scorecard(acme, { 'filter-status': 'off-track' });
      const offTrack = [...acme.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.kpis))].filter(
        (k) => evaluate(acme).node(k.id)!.status === 'off-track',
      );
      expect(shownKpis(el)).to.deep.equal(offTrack.map((k) => k.title));
      expect(textOf(part(el, 'filter-count'))).to.equal(
        `${offTrack.length} of ${acme.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.kpis)).length} KPIs`,
      );
      const objectives = deepQueryAll(el, 'bsc-objective');
      for (const objective of objectives) expect(objective.shadowRoot!.querySelectorAll('[part~="kpi-row"]').length).to.be.greaterThan(0);
      const pressed = parts(el, 'filter-status-option').map((b) => [b.getAttribute('value'), b.getAttribute('aria-pressed')]);
      expect(pressed).to.deep.equal([
        ['off-track', 'true'],
        ['at-risk', 'false'],
        ['no-data', 'false'],
        ['stale', 'false'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('lists the owners sorted, in a locale that is no language tag too (WebKitGTK under LANG=C says "C")', async () => {
      const el = await scorecard(acme);
      el.locale = 'C';
      await settle(el);
      const options = [...(part(el, 'filter-owner') as HTMLSelectElement).options].slice(1).map((option) => option.textContent!.trim());
      expect(options.length).to.be.greaterThan(1);
      expect(options).to.deep.equal([...options].sort((a, b) => a.localeCompare(b, 'en-US')));
    });

    it('reflects the user’s choices in its attributes and fires bsc-filter-change', async () => {
      const el = await scorecard(acme);
      expect(textOf(part(el, 'filter-count'))).to.equal('');
      const changed = oneEvent(el, 'bsc-filter-change');
      parts(el, 'filter-status-option')[1]!.click();
      const detail = (await changed).detail;
      expect(detail).to.deep.include({ status: ['at-risk'], owner: '', text: '' });
      expect(detail.total).to.equal(kpiCount(acme));
      expect(detail.shown).to.equal(shownKpis(el).length);
      expect(el.getAttribute('filter-status')).to.equal('at-risk');
      const owner = part(el, 'filter-owner') as HTMLSelectElement;
      owner.value = 'Akira Sato (COO)';
      const second = oneEvent(el, 'bsc-filter-change');
      owner.dispatchEvent(new Event('change'));
      expect((await second).detail).to.deep.include({ status: ['at-risk'], owner: 'Akira Sato (COO)' });
      expect(el.getAttribute('filter-owner')).to.equal('Akira Sato (COO)');
    });

    it('searches titles as the user types, and says clearly when nothing matches', async function () {
      // axe over a whole scorecard takes seconds on a loaded machine, as in test/theme/vendor-themes.test.ts.
      this.timeout(20000);
      const el = await scorecard(acme);
      const search = part(el, 'filter-text') as HTMLInputElement;
      search.focus();
      await sendKeys({ type: 'churn' });
      await settle(el);
      expect(el.getAttribute('filter-text')).to.equal('churn');
      expect(shownKpis(el)).to.deep.equal(['Monthly customer churn']);
      await sendKeys({ type: 'zzz' });
      await settle(el);
      expect(textOf(part(el, 'no-match')!.querySelector('p'))).to.equal('No KPI matches the filter.');
      expect(part(el, 'filter-count')!.textContent).to.equal(`0 of ${kpiCount(acme)} KPIs`);
      expect(parts(el, 'perspective')).to.have.length(0);
      await expect(el).to.be.accessible();
      const clear = part(el, 'no-match')!.querySelector('button')!;
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.hasAttribute('filter-text')).to.equal(false);
      expect(parts(el, 'perspective')).to.have.length(4);
      expect(search.value).to.equal('');
    });

    it('fades what it leaves out in the strategy map, and keeps it reachable', async () => {
      const el = await scorecard(acme, { layout: 'strategy-map', 'filter-owner': 'Grace Mensah (CHRO)' });
      await waitUntil(() => deepQuery(el, '.node'), 'the map did not draw', { timeout: 5000 });
      await settle(el);
      const nodes = deepQueryAll<SVGGElement>(el, 'g.node');
      const faded = nodes.filter((node) => node.classList.contains('faded')).map((node) => node.dataset['id']);
      const kept = nodes.filter((node) => !node.classList.contains('faded')).map((node) => node.dataset['id']);
      expect(kept).to.have.members(['develop-talent', 'engaged-workforce']);
      expect(faded).to.have.length(nodes.length - 2);
      expect(nodes.every((node) => node.getAttribute('role') === 'button')).to.equal(true);
      const left = nodes.find((node) => node.classList.contains('faded'))!;
      expect(left.getAttribute('aria-label')).to.match(/, Left out by the filter$/);
      expect(nodes.find((node) => node.dataset['id'] === 'develop-talent')!.getAttribute('aria-label')).to.not.contain('Left out');
      // The arrow keys still walk through every objective, faded or not.
      nodes.find((node) => node.getAttribute('tabindex') === '0')!.focus();
      const visited = new Set<string>();
      for (let step = 0; step < 4; step++) {
        visited.add((deepActiveElement() as SVGGElement).dataset['id']!);
        await sendKeys({ press: 'ArrowRight' });
      }
      expect([...visited].filter((id) => faded.includes(id)).length).to.be.greaterThan(0);
    });
  });
});
