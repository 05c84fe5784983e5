/**
 * A part of the scorecard that fails to load (the network) is reported as `bsc-error`, and the
 * scorecard goes on without it. Its own page: here no part has loaded before.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/bsc-scorecard.js';
import type { BscScorecard } from '../../src/elements/bsc-scorecard.js';
import { filterPart } from '../../src/elements/internal/scorecard-parts.js';
import { issueWords } from '../../src/elements/internal/read-model.js';
import { loadAcme } from '../support/scorecard-fixture.js';

/** Makes `part`'s next loads fail as an unreachable server would, until `restore`. */
function offline(part: { load(): Promise<unknown> }) {
  part.load = () => Promise.reject(new Error('Failed to fetch dynamically imported module'));
  return { restore: () => delete (part as { load?: unknown }).load };
}

describe('bsc-scorecard: a part that could not be loaded', () => {
  it('reports the filter as not loaded, and shows the scorecard unfiltered', async () => {
    expect(filterPart.module).to.equal(undefined);
    const network = offline(filterPart);
    try {
      const acme = await loadAcme();
      const el = document.createElement('bsc-scorecard');
      el.setAttribute('locale', 'en-US');
      el.setAttribute('filter-status', 'off-track');
      el.model = acme;
      const reported = oneEvent(el, 'bsc-error');
      document.body.append(el);
      const { issues } = (await reported).detail;
      expect(issues).to.deep.equal([{ path: 'filter', message: 'could not be loaded (Failed to fetch dynamically imported module)' }]);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="header"]')).to.exist;
      expect(el.shadowRoot!.querySelectorAll('[part~="perspective"]')).to.have.length(acme.perspectives.length);
      el.remove();
    } finally {
      network.restore();
    }
  });

  it('says so when the words of an invalid model’s issues could not be loaded', async () => {
    expect(issueWords.module).to.equal(undefined);
    const network = offline(issueWords);
    try {
      const el = await fixture<BscScorecard>(html`<bsc-scorecard locale="en-US"></bsc-scorecard>`);
      el.model = '{ not json';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="issue"]')!.textContent).to.equal(
        "the words of the model's issues could not be loaded (Failed to fetch dynamically imported module)",
      );
    } finally {
      network.restore();
    }
  });
});
