import { expect, waitUntil } from '@open-wc/testing';
import { discover } from '../../src/autoload.js';
import { resolveLabels } from '../../src/format/labels.js';

/** A fresh page: no element of the kit is defined until the autoloader sees it. */
const defined = (tag: string) => customElements.get(tag) !== undefined;

describe('bsc-kit/autoload', () => {
  afterEach(() => document.body.replaceChildren());

  it('defines an element the first time the page shows it, and only what the page shows', async () => {
    expect(defined('bsc-kpi-gauge')).to.equal(false);
    const gauge = document.createElement('bsc-kpi-gauge');
    gauge.setAttribute('value', '72');
    gauge.setAttribute('target', '80');
    gauge.setAttribute('red-flag', '60');
    document.body.append(gauge);
    await customElements.whenDefined('bsc-kpi-gauge');
    await (gauge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(gauge.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).to.contain('at risk');
    expect(defined('bsc-strategy-map'), 'an element the page has not shown').to.equal(false);
    expect(defined('bsc-cascade')).to.equal(false);
  });

  it('finds elements deep in what the page adds, and a property set before the definition is kept', async () => {
    const section = document.createElement('section');
    section.innerHTML = '<div><p><bsc-status></bsc-status></p></div>';
    const status = section.querySelector('bsc-status')!;
    (status as HTMLElement & { status?: string }).status = 'off-track';
    document.body.append(section);
    await waitUntil(() => status.shadowRoot?.querySelector('[data-status]'), 'bsc-status never rendered', { timeout: 5000 });
    expect(status.shadowRoot!.querySelector('[data-status]')!.getAttribute('data-status')).to.equal('off-track');
  });

  it('loads what a shadow root of the page holds once given to discover()', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<bsc-sparkline values="3,5,4,6"></bsc-sparkline>';
    document.body.append(host);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(defined('bsc-sparkline'), 'the autoloader does not look into shadow roots').to.equal(false);
    await discover(root);
    expect(defined('bsc-sparkline')).to.equal(true);
    await discover(root); // again: nothing more to load
  });

  it('resolves discover() once an element whose load is already under way is defined', async () => {
    const bullet = document.createElement('bsc-bullet');
    document.body.append(bullet); // the autoloader starts loading it
    await Promise.resolve();
    await discover(document.body);
    expect(defined('bsc-bullet')).to.equal(true);
  });

  it('knows every element of the manifest', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: { tagName?: string }[] }[] };
    const tags = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []));
    expect(tags.length).to.be.above(12);
    const holder = document.createElement('div');
    holder.innerHTML = tags.map((tag) => `<${tag}></${tag}>`).join('');
    await discover(holder);
    expect(tags.filter((tag) => !defined(tag))).to.deep.equal([]);
  });

  it('loads a language the first time an element shows it, and renders in it from the first frame', async () => {
    expect(resolveLabels('de-DE').onTrack, 'no German before a German element').to.equal('On track');
    const gauge = document.createElement('bsc-kpi-gauge') as HTMLElement & { updateComplete: Promise<unknown>; hasUpdated: boolean };
    for (const [name, value] of Object.entries({ value: '72', target: '80', 'red-flag': '60', locale: 'de-DE' })) gauge.setAttribute(name, value);
    const texts: (string | null)[] = [];
    const record = () => texts.push(gauge.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-valuetext') ?? null);
    document.body.append(gauge);
    await customElements.whenDefined('bsc-kpi-gauge');
    new MutationObserver(record).observe(gauge.shadowRoot!, { subtree: true, childList: true, attributes: true });
    await gauge.updateComplete;
    record();
    expect(resolveLabels('de-DE').onTrack).to.equal('Im Plan');
    expect(texts.filter((text) => text !== null)).to.not.be.empty;
    expect(
      texts.filter((text) => text !== null && !text.includes('gefährdet')),
      'a text in another language than German',
    ).to.deep.equal([]);
  });
});
