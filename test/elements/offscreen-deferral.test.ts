import { expect, html } from '@open-wc/testing';
import '../../src/elements/bsc-objective.js';
import type { BscObjective } from '../../src/elements/bsc-objective.js';
import type { Scorecard } from '../../src/model/index.js';
import { loadAcme, scorecardFixture, textOf } from '../support/scorecard-fixture.js';

/** Resolves when the browser next reports `element` skipped (off screen) or not. */
function visibilityChange(element: Element, skipped: boolean): Promise<void> {
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      if ((event as ContentVisibilityAutoStateChangeEvent).skipped !== skipped) return;
      element.removeEventListener('contentvisibilityautostatechange', listener);
      resolve();
    };
    element.addEventListener('contentvisibilityautostatechange', listener);
  });
}

const firstValue = (objective: BscObjective) => textOf(objective.shadowRoot!.querySelector('[part~="kpi-value"]'));

describe('an objective off screen (content-visibility: auto)', () => {
  let acme: Scorecard;
  before(async () => {
    acme = await loadAcme();
  });

  it('renders a new period in idle time, and its updateComplete waits for it', async () => {
    const fixture = await scorecardFixture<HTMLDivElement>(
      html`<div><div class="spacer"></div><bsc-objective objective="grow-revenue"></bsc-objective></div>`,
      acme,
      { asOf: '2026-10' },
    );
    const spacer = fixture.element.querySelector<HTMLElement>('.spacer')!;
    const objective = fixture.element.querySelector('bsc-objective')!;
    expect(firstValue(objective)).to.equal('$4,412,500');

    const hidden = visibilityChange(objective, true);
    spacer.style.height = '300vh';
    await hidden;
    await fixture.update({ period: '2026-09' });
    // fixture.update waited for every element's updateComplete: the put-off render has run.
    expect(firstValue(objective)).to.equal('$4,450,000');
    expect(objective.isUpdatePending).to.be.false;
  });

  it('renders at once, without waiting for idle time, when it comes into view', async () => {
    const fixture = await scorecardFixture<HTMLDivElement>(
      html`<div><div class="spacer"></div><bsc-objective objective="grow-revenue"></bsc-objective></div>`,
      acme,
      { asOf: '2026-10' },
    );
    const spacer = fixture.element.querySelector<HTMLElement>('.spacer')!;
    const objective = fixture.element.querySelector('bsc-objective')!;
    const hidden = visibilityChange(objective, true);
    spacer.style.height = '300vh';
    await hidden;

    // No idle time comes: only coming into view can release the render.
    const { requestIdleCallback: idle, cancelIdleCallback: cancel } = window;
    window.requestIdleCallback = () => 0;
    window.cancelIdleCallback = () => {};
    try {
      const shown = visibilityChange(objective, false);
      const updated = fixture.update({ period: '2026-09' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(objective.isUpdatePending, 'off screen, the render waits').to.be.true;
      expect(firstValue(objective)).to.equal('$4,412,500');
      spacer.style.height = '0';
      await shown;
      await updated;
      expect(firstValue(objective)).to.equal('$4,450,000');
    } finally {
      Object.assign(window, { requestIdleCallback: idle, cancelIdleCallback: cancel });
    }
  });
});
