import '../../src/format/locales/index.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/bsc-perspective.js';
import type { BscPerspective } from '../../src/elements/bsc-perspective.js';
import type { Scorecard } from '../../src/model/index.js';
import { parsed } from '../support/model.js';
import { deepActiveElement, deepQueryAll, loadAcme, scorecardFixture, textOf } from '../support/scorecard-fixture.js';

const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const objectives = (el: Element) => Array.from(root(el).querySelectorAll('bsc-objective'));

describe('bsc-perspective', () => {
  let acme: Scorecard;
  before(async () => {
    acme = await loadAcme();
  });

  it('shows its title as a heading, its score and status, then its objectives one level deeper', async () => {
    const { element } = await scorecardFixture<BscPerspective>(html`<bsc-perspective perspective="financial"></bsc-perspective>`, acme);
    const title = part(element, 'title')!;
    expect([title.getAttribute('role'), title.getAttribute('aria-level'), textOf(title)]).to.deep.equal(['heading', '2', 'Financial']);
    expect(textOf(part(element, 'score'))).to.equal('Score 6.3');
    expect(part(element, 'status')!.dataset['status']).to.equal('at-risk');
    expect(textOf(part(element, 'description'))).to.equal('To succeed financially, how should we appear to our shareholders?');
    expect(objectives(element).map((o) => [o.getAttribute('objective'), o.getAttribute('heading-level')])).to.deep.equal([
      ['grow-revenue', '3'],
      ['improve-profitability', '3'],
      ['strengthen-cash', '3'],
    ]);
    // The objectives render from the same context: their titles are there.
    expect(objectives(element).map((o) => textOf(o.shadowRoot!.querySelector('[part~="title"]')))).to.deep.equal([
      'Grow revenue profitably',
      'Improve profitability',
      'Strengthen cash generation',
    ]);
    // The card is a region named by its title.
    expect(part(element, 'base')!.tagName).to.equal('SECTION');
    expect(root(element).getElementById(part(element, 'base')!.getAttribute('aria-labelledby')!)).to.equal(title);
  });

  it('follows the scorecard to another period', async () => {
    const f = await scorecardFixture<BscPerspective>(html`<bsc-perspective perspective="financial"></bsc-perspective>`, acme);
    await f.update({ period: '2026-09' });
    expect(textOf(part(f.element, 'score'))).to.equal('Score 6.8');
    expect(part(f.element, 'status')!.dataset['status']).to.equal('on-track');
    const revenue = objectives(f.element)[0]!.shadowRoot!.querySelector('[part~="kpi-value"]');
    expect(textOf(revenue)).to.equal('$4,450,000');
  });

  it('takes its heading level from the attribute', async () => {
    const { element } = await scorecardFixture<BscPerspective>(html`<bsc-perspective perspective="customer" heading-level="3"></bsc-perspective>`, acme);
    expect(part(element, 'title')!.getAttribute('aria-level')).to.equal('3');
    expect(objectives(element).every((o) => o.getAttribute('heading-level') === '4')).to.be.true;
  });

  it('shows the page’s own content instead of the objectives', async () => {
    const { element } = await scorecardFixture<BscPerspective>(
      html`<bsc-perspective perspective="financial"><bsc-kpi kpi="booked-revenue" variant="card"></bsc-kpi></bsc-perspective>`,
      acme,
    );
    expect(objectives(element)).to.be.empty;
    const slot = root(element).querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.tagName)).to.deep.equal(['BSC-KPI']);
    expect(slot.closest('[part~="body"]')).to.exist;
    // Taking the content away brings the objectives back.
    element.replaceChildren();
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(objectives(element)).to.have.length(3);
  });

  it('fires bsc-select for itself, and lets an objective’s selection through', async () => {
    const { element } = await scorecardFixture<BscPerspective>(html`<bsc-perspective perspective="financial"></bsc-perspective>`, acme);
    setTimeout(() => part(element, 'score')!.click());
    expect((await oneEvent(element, 'bsc-select')).detail).to.deep.equal({ kind: 'perspective', id: 'financial' });
    for (const key of ['Enter', 'Space']) {
      part(element, 'title')!.querySelector('button')!.focus();
      const event = oneEvent(element, 'bsc-select');
      await sendKeys({ press: key });
      expect((await event).detail).to.deep.equal({ kind: 'perspective', id: 'financial' });
    }
    const inner = objectives(element)[1]!.shadowRoot!.querySelector<HTMLElement>('[part~="title"] button')!;
    const details: unknown[] = [];
    element.addEventListener('bsc-select', (e) => details.push(e.detail));
    inner.click();
    expect(details).to.deep.equal([{ kind: 'objective', id: 'improve-profitability' }]);
  });

  it('takes focus in reading order, into its objectives', async () => {
    const { element } = await scorecardFixture<BscPerspective>(html`<bsc-perspective perspective="customer"></bsc-perspective>`, acme);
    const buttons = deepQueryAll<HTMLButtonElement>(element, 'button');
    expect(buttons.map((b) => textOf(b)).slice(0, 6)).to.deep.equal([
      'Customer',
      'Delight customers with every order',
      ...Array.from(objectives(element)[0]!.shadowRoot!.querySelectorAll('tbody button'), (b) => textOf(b)),
      'Customer self-service portal',
    ]);
    const before = document.createElement('button');
    element.before(before);
    before.focus();
    for (const button of buttons) {
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(button);
    }
  });

  it('passes axe, objectives and all, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const { element } = await scorecardFixture<BscPerspective>(
        html`<bsc-perspective perspective="internal-process" theme=${theme}></bsc-perspective>`,
        acme,
        { page: theme === 'dark' ? 'dark' : 'light' },
      );
      await expect(element).to.be.accessible();
    }
  });

  it('fits a narrow column', async () => {
    const f = await scorecardFixture<BscPerspective>(html`<bsc-perspective perspective="financial"></bsc-perspective>`, acme);
    f.host.style.width = '20rem';
    await f.element.updateComplete;
    expect(f.element.scrollWidth).to.be.at.most(f.element.clientWidth + 1);
    for (const objective of objectives(f.element)) expect(objective.getBoundingClientRect().right).to.be.at.most(f.host.getBoundingClientRect().right);
  });

  it('mirrors in right-to-left pages', async () => {
    const boxes = async (dir: 'ltr' | 'rtl') => {
      const { element } = await scorecardFixture<BscPerspective>(html`<bsc-perspective perspective="financial"></bsc-perspective>`, acme, {
        dir,
        locale: 'ar',
      });
      return { title: part(element, 'title')!.getBoundingClientRect(), score: part(element, 'score')!.getBoundingClientRect() };
    };
    const ltr = await boxes('ltr');
    const rtl = await boxes('rtl');
    expect(ltr.title.left).to.be.below(ltr.score.left);
    expect(rtl.title.left).to.be.above(rtl.score.left);
  });

  it('speaks German in de-DE', async () => {
    const { element } = await scorecardFixture<BscPerspective>(html`<bsc-perspective perspective="financial"></bsc-perspective>`, acme, { locale: 'de-DE' });
    expect(textOf(part(element, 'score'))).to.equal('Punktwert 6,3');
    expect(part(element, 'status')!.textContent).to.contain('Gefährdet');
  });

  it('passes its locale down to everything inside it', async () => {
    const { element } = await scorecardFixture<BscPerspective>(html`<bsc-perspective perspective="financial" locale="de-DE"></bsc-perspective>`, acme);
    const objective = objectives(element)[1]!;
    // Through the locale context the perspective provides, not an attribute (issue 13 (3)).
    expect(objective.hasAttribute('locale')).to.equal(false);
    expect(textOf(objective.shadowRoot!.querySelector('thead th:nth-child(2)'))).to.equal('Istwert');
    expect(objective.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.contain('Im Plan');
  });

  it('passes the scorecard’s replaced labels, and its own, down to everything inside it', async () => {
    const { element } = await scorecardFixture<BscPerspective>(
      html`<bsc-perspective perspective="financial" .labels=${{ actual: 'Is' }}></bsc-perspective>`,
      acme,
      {
        labels: { onTrack: 'Green' },
      },
    );
    const objective = objectives(element)[1]!;
    expect(textOf(objective.shadowRoot!.querySelector('thead th:nth-child(2)'))).to.equal('Is');
    // Improve profitability is on track: the scorecard's word for it reaches the objective's badge.
    expect(objective.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.contain('Green');
  });

  it('says so, quietly, for an unknown id and outside a scorecard', async () => {
    const unknown = await scorecardFixture<BscPerspective>(html`<bsc-perspective perspective="nope"></bsc-perspective>`, acme);
    expect(part(unknown.element, 'empty')!.getAttribute('role')).to.equal('status');
    expect(textOf(part(unknown.element, 'empty'))).to.equal('No perspective "nope" in this scorecard');
    const outside = await fixture<BscPerspective>(html`<bsc-perspective perspective="financial" locale="en-US"></bsc-perspective>`);
    expect(textOf(part(outside, 'empty'))).to.equal('No data');
    await expect(outside).to.be.accessible();
  });

  it('writes the model’s strings as text', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const model = parsed({ version: 1, id: 'evil', title: 'Evil', perspectives: [{ id: 'p', title: payload, description: payload, objectives: [] }] });
    const { element } = await scorecardFixture<BscPerspective>(html`<bsc-perspective perspective="p"></bsc-perspective>`, model);
    expect(root(element).querySelector('img')).to.be.null;
    expect(textOf(part(element, 'title'))).to.equal(payload);
    expect(textOf(part(element, 'description'))).to.equal(payload);
  });
});
