// Imports only the labels' mechanism and the reading's words: each test loads the parts it needs,
// as a page loads an element, so the order of registration is the test's.
import { expect, html } from '@open-wc/testing';
import { registerLabels, resolveLabels, withLaterParts, type Labels } from '../../src/format/labels.js';
import { loadAcme, scorecardFixture, settle } from '../support/scorecard-fixture.js';

describe('the English words in parts', () => {
  it('has the words every element shows from the start, and a part’s once its module loads', async () => {
    const before = resolveLabels('en-US');
    expect(before.atRisk).to.equal('At risk');
    expect(before.clearFilter, 'the filter’s words before it loads').to.equal(undefined);
    await import('../../src/format/english/filter.js');
    const after = resolveLabels('en-US');
    expect(after.clearFilter).to.equal('Clear filter');
    expect(after, 'a new table, so that what is cached by table is made again').not.to.equal(before);
    expect(resolveLabels('en-GB').clearFilter).to.equal('Clear filter');
  });

  it('completes a table made before a part loaded, keeping its own words', async () => {
    const made = { ...resolveLabels('en-US'), atRisk: 'Watch' } as Labels;
    expect(made.dataTableOf).to.equal(undefined);
    expect(withLaterParts(made), 'nothing registered since').to.equal(made);
    await import('../../src/format/english/trend-chart.js');
    const completed = withLaterParts(made);
    expect(completed.dataTableOf).to.equal('Data table: {name}');
    expect(completed.atRisk, 'the override stays').to.equal('Watch');
    expect(withLaterParts(made), 'completed once').to.equal(completed);
    expect(withLaterParts(completed)).to.equal(completed);
  });

  it('reaches an element loaded after its scorecard made its context', async () => {
    // The context's table is made now, before bsc-period-picker's module (and its words) load.
    const fixture = await scorecardFixture<HTMLElement>(html`<span></span>`, await loadAcme());
    expect(fixture.context.labels.periodPicker).to.equal(undefined);
    await import('../../src/elements/bsc-period-picker.js');
    const picker = document.createElement('bsc-period-picker');
    fixture.host.append(picker);
    await settle(fixture.host);
    expect(picker.shadowRoot!.querySelector('[part="label"]')?.textContent).to.equal('Reporting period');
    expect(picker.shadowRoot!.querySelector('[part="view"]')?.getAttribute('aria-label')).to.equal('View');
    expect(picker.shadowRoot!.textContent).to.contain('Year to date');
  });

  it('never replaces a page’s own English', async () => {
    const own = { ...resolveLabels('en-US'), onTrack: 'Fine' } as Labels;
    registerLabels('en', own);
    await import('../../src/format/english/comments.js');
    expect(resolveLabels('en-US').onTrack).to.equal('Fine');
    expect(resolveLabels('en-US').commentary, 'a part does not reach a page’s table').to.equal(undefined);
  });

  it('make up, together, every word of every language', async () => {
    const { ENGLISH } = await import('../../src/format/english/index.js');
    const { GERMAN } = await import('../../src/format/locales/de.js');
    expect(Object.keys(ENGLISH).sort()).to.deep.equal(Object.keys(GERMAN).sort());
  });
});
