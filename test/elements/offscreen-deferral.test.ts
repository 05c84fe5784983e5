import { expect, html } from '@open-wc/testing';
import '../../src/elements/bsc-objective.js';
import type { BscObjective } from '../../src/elements/bsc-objective.js';
import type { Scorecard } from '../../src/model/index.js';
import { DrivenIntersectionObserver, useDrivenIntersectionObserver } from '../support/driven-intersection-observer.js';
import { loadAcme, scorecardFixture, textOf } from '../support/scorecard-fixture.js';

/**
 * Moves the objective far off screen (or back) and says so through the IntersectionObserver, as the
 * browser does after a frame: a test page in the background is never rendered, so the browser's own
 * report may never come.
 */
function placeOffscreen(element: HTMLElement, offscreen: boolean): void {
  element.style.marginBlockStart = offscreen ? '400vh' : '0';
  DrivenIntersectionObserver.report(element, !offscreen);
}

const firstValue = (objective: BscObjective) => textOf(objective.shadowRoot!.querySelector('[part~="kpi-value"]'));

describe('an objective out of view', () => {
  useDrivenIntersectionObserver();
  let acme: Scorecard;
  before(async () => {
    acme = await loadAcme();
  });

  it('re-renders at once while it is shown', async () => {
    const fixture = await scorecardFixture<HTMLDivElement>(html`<div><bsc-objective objective="grow-revenue"></bsc-objective></div>`, acme, {
      asOf: '2026-10',
    });
    const objective = fixture.element.querySelector('bsc-objective')!;
    const { requestIdleCallback: idle } = window;
    window.requestIdleCallback = () => 0;
    try {
      placeOffscreen(objective, true);
      placeOffscreen(objective, false);
      await fixture.update({ period: '2026-09' });
      expect(firstValue(objective)).to.equal('$4,450,000');
    } finally {
      window.requestIdleCallback = idle;
    }
  });

  it('renders a new period in idle time, and its updateComplete waits for it', async () => {
    const fixture = await scorecardFixture<HTMLDivElement>(html`<div><bsc-objective objective="grow-revenue"></bsc-objective></div>`, acme, {
      asOf: '2026-10',
    });
    const objective = fixture.element.querySelector('bsc-objective')!;
    expect(getComputedStyle(objective).contentVisibility).to.equal('auto');
    expect(firstValue(objective)).to.equal('$4,412,500');

    placeOffscreen(objective, true);
    await fixture.update({ period: '2026-09' });
    // fixture.update waited for every element's updateComplete: the put-off render has run.
    expect(firstValue(objective)).to.equal('$4,450,000');
    expect(objective.isUpdatePending).to.be.false;
  });

  it('renders at once when it comes into view, without waiting for idle time', async () => {
    const fixture = await scorecardFixture<HTMLDivElement>(html`<div><bsc-objective objective="grow-revenue"></bsc-objective></div>`, acme, {
      asOf: '2026-10',
    });
    const objective = fixture.element.querySelector('bsc-objective')!;
    placeOffscreen(objective, true);

    // No idle time comes: only coming into view can release the render.
    const { requestIdleCallback: idle, cancelIdleCallback: cancel } = window;
    window.requestIdleCallback = () => 0;
    window.cancelIdleCallback = () => {};
    try {
      const updated = fixture.update({ period: '2026-09' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(objective.isUpdatePending, 'off screen, the render waits').to.be.true;
      expect(firstValue(objective)).to.equal('$4,412,500');
      placeOffscreen(objective, false);
      await updated;
      expect(firstValue(objective)).to.equal('$4,450,000');
    } finally {
      Object.assign(window, { requestIdleCallback: idle, cancelIdleCallback: cancel });
    }
  });

  it('stops watching when it leaves the page, and renders at once when it comes back', async () => {
    const fixture = await scorecardFixture<HTMLDivElement>(html`<div><bsc-objective objective="grow-revenue"></bsc-objective></div>`, acme, {
      asOf: '2026-10',
    });
    const objective = fixture.element.querySelector('bsc-objective')!;
    expect(DrivenIntersectionObserver.watching).to.equal(1);
    placeOffscreen(objective, true);
    const parent = objective.parentElement!;
    objective.remove();
    expect(DrivenIntersectionObserver.watching, 'no observer left behind').to.equal(0);
    parent.append(objective);
    expect(DrivenIntersectionObserver.watching).to.equal(1);
    // Back on the page, not reported out of view yet: a new period renders at once.
    const { requestIdleCallback: idle } = window;
    window.requestIdleCallback = () => 0;
    try {
      await fixture.update({ period: '2026-09' });
      expect(firstValue(objective)).to.equal('$4,450,000');
    } finally {
      window.requestIdleCallback = idle;
    }
  });
});
