/**
 * Two copies of the kit on one page: the host's, and a vendor's widget that bundled its own. Each
 * copy is `src/index.ts` bundled whole (lit, d3, zod inside) and loaded under its own URL, so the
 * browser holds two separate module graphs, as it does for two bundles from two teams.
 *
 * This page imports nothing of the kit itself: the copies are the only definitions.
 */
import { expect } from '@open-wc/testing';
import type * as BscKit from '../../src/index.js';
import { kpiNameButton, meterOf, revenueScorecard, shown } from './scorecard-page.js';

type Kit = typeof BscKit;

/** A copy of the kit under its own URL: another module to the browser, with modules of its own inside. */
function loadCopy(name: string): Promise<Kit> {
  const url = new URL(`/__frameworks/bsc-kit.js?copy=${name}`, location.href).href;
  return import(url);
}

/** Every element of the kit, with the name of its class. */
const ELEMENTS = {
  'bsc-scorecard': 'BscScorecard',
  'bsc-perspective': 'BscPerspective',
  'bsc-objective': 'BscObjective',
  'bsc-kpi': 'BscKpi',
  'bsc-status': 'BscStatus',
  'bsc-kpi-gauge': 'BscKpiGauge',
  'bsc-bullet': 'BscBullet',
  'bsc-sparkline': 'BscSparkline',
  'bsc-trend-chart': 'BscTrendChart',
  'bsc-period-picker': 'BscPeriodPicker',
  'bsc-strategy-map': 'BscStrategyMap',
  'bsc-cascade': 'BscCascade',
  'bsc-contributions': 'BscContributions',
} as const satisfies Record<string, keyof Kit>;

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

describe('two copies of the kit on one page', () => {
  let host: Kit;
  let vendor: Kit;
  const errors: unknown[] = [];
  const regions: HTMLElement[] = [];

  /** A part of the page, as one team's code fills it. */
  const region = (markup: string) => {
    const div = document.createElement('div');
    div.innerHTML = markup;
    document.body.append(div);
    regions.push(div);
    return div;
  };
  const gaugeIn = (root: ParentNode, attributes: string) => {
    const holder = document.createElement('div');
    holder.innerHTML = `<bsc-kpi-gauge ${attributes}></bsc-kpi-gauge>`;
    root.append(holder);
    return holder.firstElementChild as Updating;
  };
  const statusWord = async (gauge: Updating) => (await meterOf(gauge)).querySelector('[part~="status-label"]')!.textContent!.trim();

  before(async () => {
    const record = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('error' in event ? event.error : event.reason);
    window.addEventListener('error', record);
    window.addEventListener('unhandledrejection', record);
    try {
      host = await loadCopy('host');
      vendor = await loadCopy('vendor');
      await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      window.removeEventListener('error', record);
      window.removeEventListener('unhandledrejection', record);
    }
  });
  afterEach(() => regions.splice(0).forEach((div) => div.remove()));

  it('loads the second copy without an exception', () => {
    expect(errors).to.deep.equal([]);
    expect(vendor.BscScorecard).to.be.a('function');
    expect(vendor.BscScorecard === host.BscScorecard, 'two copies, not one module twice').to.be.false;
  });

  it('keeps the first definition of every element', () => {
    for (const [tag, name] of Object.entries(ELEMENTS)) {
      expect(customElements.get(tag) === host[name], tag).to.be.true;
      expect(customElements.get(tag) === vendor[name], tag).to.be.false;
    }
  });

  it("makes every element the host's, whichever copy's code creates it: the vendor's classes stay unused", () => {
    const gauge = document.createElement('bsc-kpi-gauge');
    expect(gauge instanceof host.BscKpiGauge).to.be.true;
    expect(gauge instanceof vendor.BscKpiGauge).to.be.false;
    // A class that was never defined cannot be constructed.
    expect(() => new vendor.BscKpiGauge()).to.throw(TypeError);
  });

  it("renders both teams' scorecards and gauges, and each hears its own bsc-select", async () => {
    const hostRegion = region(`<bsc-scorecard></bsc-scorecard>`);
    const vendorRegion = region(`<bsc-scorecard></bsc-scorecard>`);
    const hostScorecard = hostRegion.querySelector<BscKit.BscScorecard>('bsc-scorecard')!;
    const vendorScorecard = vendorRegion.querySelector<BscKit.BscScorecard>('bsc-scorecard')!;
    hostScorecard.model = revenueScorecard('Host');
    // The vendor hands over a model its own copy parsed: plain data, which the host's element takes.
    const parsed = vendor.parseScorecard(revenueScorecard('Vendor'));
    if (!parsed.ok) throw new Error('the test model is invalid');
    vendorScorecard.model = parsed.scorecard;
    const heard = { host: [] as string[], vendor: [] as string[] };
    hostRegion.addEventListener('bsc-select', (event) => heard.host.push(event.detail.id));
    vendorRegion.addEventListener('bsc-select', (event) => heard.vendor.push(event.detail.id));

    await Promise.all([shown(hostScorecard), shown(vendorScorecard)]);
    expect(vendorScorecard.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Vendor');
    (await kpiNameButton(hostScorecard, 'Revenue')).click();
    (await kpiNameButton(vendorScorecard, 'Revenue')).click();
    expect(heard).to.deep.equal({ host: ['revenue'], vendor: ['revenue'] });

    const gauge = gaugeIn(vendorRegion, 'value="72" target="80" red-flag="60" locale="en-US"');
    expect((await meterOf(gauge)).getAttribute('aria-valuetext')).to.match(/^72, 90\s?% of target, at risk$/);
  });

  it("shares the scorecard context's key, so the vendor's context consumers find the host's scorecards", () => {
    expect(vendor.scorecardContext).to.equal(host.scorecardContext);
  });

  it("does not pass labels registered through the vendor's copy to the elements; the host's registry and a labels property do", async () => {
    const page = region('');
    vendor.registerLabels('fr', { ...vendor.ENGLISH, onTrack: 'Dans les temps (vendor)' });
    expect(await statusWord(gaugeIn(page, 'value="85" target="80" red-flag="60" locale="fr"'))).to.equal('On track');

    const withProperty = gaugeIn(page, 'value="85" target="80" red-flag="60" locale="fr"') as Updating & { labels?: Partial<BscKit.Labels> };
    withProperty.labels = { onTrack: 'Dans les temps (property)' };
    expect(await statusWord(withProperty)).to.equal('Dans les temps (property)');

    host.registerLabels('fr', { ...host.ENGLISH, onTrack: 'Dans les temps (host)' });
    expect(await statusWord(gaugeIn(page, 'value="85" target="80" red-flag="60" locale="fr"'))).to.equal('Dans les temps (host)');
  });

  describe('a scoped custom element registry for the vendor', () => {
    type Registry = CustomElementRegistry;
    const Scoped = (window as unknown as { CustomElementRegistry?: new () => Registry }).CustomElementRegistry;
    let registry: Registry;
    const supported = (() => {
      try {
        return Scoped !== undefined && new Scoped() instanceof Scoped;
      } catch {
        return false;
      }
    })();

    /** A shadow root whose elements the vendor's registry defines, as a vendor's widget would render into. */
    const scopedRoot = (markup: string) => {
      const root = region('').attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
      // Parsed in the shadow root, so its registry applies (an element made by `document` is the page's).
      root.innerHTML = markup;
      return root.firstElementChild as Updating;
    };

    before(function () {
      if (!supported) this.skip();
      registry = new Scoped!();
      for (const [tag, name] of Object.entries(ELEMENTS)) registry.define(tag, vendor[name]);
    });

    it("gives the vendor its own elements inside its shadow root, which speak the vendor's labels", async () => {
      vendor.registerLabels('fr', { ...vendor.ENGLISH, onTrack: 'Dans les temps (vendor)' });
      const gauge = scopedRoot('<bsc-kpi-gauge value="85" target="80" red-flag="60" locale="fr"></bsc-kpi-gauge>');
      expect(gauge instanceof vendor.BscKpiGauge).to.be.true;
      expect(await statusWord(gauge)).to.equal('Dans les temps (vendor)');
      expect(document.createElement('bsc-kpi-gauge') instanceof host.BscKpiGauge).to.be.true;
    });

    // Lit attaches the elements' shadow roots without a registry and clones templates through
    // `document`, so what the kit renders inside an element resolves against the page's registry.
    it("does not reach the elements the kit renders inside its own shadow roots: those come from the page's registry", async () => {
      const scorecard = scopedRoot('<bsc-scorecard></bsc-scorecard>') as BscKit.BscScorecard;
      expect(scorecard instanceof vendor.BscScorecard).to.be.true;
      scorecard.model = revenueScorecard('Scoped');
      const selected: string[] = [];
      scorecard.addEventListener('bsc-select', (event) => selected.push(event.detail.id));
      const button = await kpiNameButton(scorecard, 'Revenue');
      const perspective = scorecard.shadowRoot!.querySelector('bsc-perspective')!;
      expect(perspective instanceof host.BscPerspective).to.be.true;
      // Mixed copies still work together: the context key and the events are shared by name.
      button.click();
      expect(selected).to.deep.equal(['revenue']);
    });
  });
});
