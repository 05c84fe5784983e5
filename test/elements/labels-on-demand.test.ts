// No translation imported: each language loads the first time an element shows it.
import { expect } from '@open-wc/testing';
import '../../src/elements/bsc-kpi-gauge.js';
import '../../src/elements/bsc-scorecard.js';
import '../../src/elements/bsc-changes.js';
import type { BscChanges } from '../../src/elements/bsc-changes.js';
import type { BscScorecard } from '../../src/elements/bsc-scorecard.js';
import { fetchText } from '../model/fetch-text.js';
import type { ScorecardContext } from '../../src/context/scorecard-context.js';
import { settle } from '../support/scorecard-fixture.js';
import type { BscKpiGauge } from '../../src/elements/bsc-kpi-gauge.js';
import type { BscErrorDetail } from '../../src/elements/internal/events.js';
import { loadLabels, registerLabels, registerLabelsLoader, resolveLabels, type Labels } from '../../src/format/labels.js';
import { ENGLISH } from '../../src/format/english/index.js';

/** A load the test finishes when it says so: `finish` registers `labels` for `language`, then resolves. */
function controlledLoad(language: string, labels: Labels) {
  let finish!: () => void;
  let calls = 0;
  const done = new Promise<void>((resolve) => (finish = resolve));
  registerLabelsLoader(language, () => {
    calls++;
    return done.then(() => registerLabels(language, labels));
  });
  return { finish, calls: () => calls };
}

/** A gauge at risk in `locale`, added to the page without waiting for it to render. */
function gaugeIn(locale: string): BscKpiGauge {
  const gauge = document.createElement('bsc-kpi-gauge');
  for (const [name, value] of Object.entries({ value: '72', target: '80', 'red-flag': '60', label: 'Revenue', locale })) gauge.setAttribute(name, value);
  document.body.append(gauge);
  return gauge;
}

const valueText = (gauge: BscKpiGauge) => gauge.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('aria-valuetext') ?? null;
/** Long enough for an element that had its labels to have rendered. */
const aWhile = () => new Promise((resolve) => setTimeout(resolve, 100));

const FRENCH: Labels = { ...ENGLISH, atRiskInSentence: 'à risque', ofTarget: '{value} de l’objectif' };
const DUTCH: Labels = { ...ENGLISH, onTrack: 'Op koers' };
const ITALIAN: Labels = { ...ENGLISH, atRiskInSentence: 'a rischio', ofTarget: '{value} dell’obiettivo' };

describe('labels on demand', () => {
  afterEach(() => document.body.replaceChildren());

  it('renders nothing until the labels of its locale have loaded, then renders in that language', async () => {
    const load = controlledLoad('fr', FRENCH);
    const gauge = gaugeIn('fr-FR');
    await aWhile();
    expect(gauge.hasUpdated, 'rendered before its labels arrived').to.equal(false);
    expect(valueText(gauge)).to.equal(null);
    const second = gaugeIn('fr-CA');
    load.finish();
    await Promise.all([gauge.updateComplete, second.updateComplete]);
    expect(valueText(gauge)).to.match(/^72, 90\s?% de l’objectif, à risque$/);
    expect(valueText(second)).to.contain('à risque');
    expect(load.calls(), 'two elements, one load').to.equal(1);
  });

  it('keeps its language while the one it switches to loads, then switches', async () => {
    const load = controlledLoad('it', ITALIAN);
    const gauge = gaugeIn('en-US');
    await gauge.updateComplete;
    expect(valueText(gauge)).to.equal('72, 90% of target, at risk');
    gauge.locale = 'it-IT';
    await aWhile();
    expect(valueText(gauge), 'changed before Italian arrived').to.equal('72, 90% of target, at risk');
    load.finish();
    await gauge.updateComplete;
    expect(valueText(gauge)).to.contain('a rischio');
  });

  it('loads a built-in translation the first time it is shown', async () => {
    expect(resolveLabels('ja-JP').onTrack, 'no Japanese before a Japanese element').to.equal('On track');
    const gauge = gaugeIn('ja-JP');
    await gauge.updateComplete;
    expect(resolveLabels('ja-JP').onTrack).not.to.equal('On track');
    expect(valueText(gauge)).to.contain(resolveLabels('ja-JP').atRiskInSentence);
    expect(loadLabels('ja-JP'), 'loaded once').to.equal(undefined);
  });

  it("keeps a page's own table over a built-in translation loaded later", async () => {
    registerLabels('ar', { ...ENGLISH, onTrack: 'the page’s own' });
    expect(loadLabels('ar-EG'), 'a registered language loads nothing').to.equal(undefined);
    await import('../../src/format/locales/register-ar.js');
    expect(resolveLabels('ar-EG').onTrack).to.equal('the page’s own');
  });

  it('renders in English when its labels cannot be loaded, fires their issue as bsc-error after that render, and tries again next time', async () => {
    let calls = 0;
    registerLabelsLoader('nl', () => {
      calls++;
      return Promise.reject(new Error('offline'));
    });
    const errors: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const heard: { issues: BscErrorDetail['issues']; rendered: string | null }[] = [];
    const listener = (event: CustomEvent<BscErrorDetail>) => heard.push({ issues: event.detail.issues, rendered: valueText(event.target as BscKpiGauge) });
    document.body.addEventListener('bsc-error', listener);
    try {
      const gauge = gaugeIn('nl-NL');
      await gauge.updateComplete;
      expect(valueText(gauge)).to.equal('72, 90% of target, at risk');
      expect(String(errors[0]?.[0])).to.contain('"nl"');
      expect(heard, 'one bsc-error, with the English render in place').to.deep.equal([
        { issues: [{ path: '', message: 'the labels of "nl" could not be loaded; shown in English' }], rendered: '72, 90% of target, at risk' },
      ]);
      expect(await loadLabels('nl-BE')).to.have.length(1);
      expect(calls).to.equal(2);
    } finally {
      console.error = consoleError;
      document.body.removeEventListener('bsc-error', listener);
    }
  });

  it("waits for the language a scorecard's model names, in a page of another language: its elements have German from their first render", async () => {
    const model = await fetchText('/demo/data/public-sector.json');
    expect(JSON.parse(model).locale).to.match(/^de/);
    expect(resolveLabels('de-DE').onTrack, 'no German before a German scorecard').to.equal('On track');
    const scorecard = document.createElement('bsc-scorecard') as BscScorecard;
    scorecard.model = model;
    /** What each perspective has to speak with when the scorecard first shows it. */
    const firstWords: string[] = [];
    document.body.append(scorecard); // its shadow root is there from now on; its first render is not
    new MutationObserver(() => {
      for (const perspective of scorecard.shadowRoot!.querySelectorAll('bsc-perspective')) {
        if (firstWords.length === 0) firstWords.push((perspective as unknown as { context: ScorecardContext }).context.labels.onTrack);
      }
    }).observe(scorecard.shadowRoot!, { subtree: true, childList: true });
    await scorecard.updateComplete;
    await settle(scorecard);
    expect(firstWords).to.deep.equal(['Im Plan']);
    const german = resolveLabels('de-DE');
    const status = scorecard.shadowRoot!.querySelector('[part~="status"]')!.textContent!;
    expect(
      [german.exceeding, german.onTrack, german.atRisk, german.offTrack, german.noData, german.noTarget].some((word) => status.includes(word)),
      status,
    ).to.equal(true);
  });
  it("waits for the language a standalone changes list's model names before its first render", async () => {
    const model = JSON.parse(await fetchText('/demo/data/acme-2026.json'));
    const load = controlledLoad('nl', DUTCH);
    const changes = document.createElement('bsc-changes') as BscChanges;
    changes.model = { ...model, locale: 'nl-NL' };
    document.body.append(changes);
    await aWhile();
    expect(changes.hasUpdated, "rendered before the model's labels arrived").to.equal(false);
    load.finish();
    await changes.updateComplete;
    expect(changes.hasUpdated).to.equal(true);
    expect(load.calls()).to.equal(1);
    expect(changes.shadowRoot!.textContent).to.contain('Op koers');
  });
});
