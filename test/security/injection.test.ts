import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { BscScorecard } from '../../src/elements/bsc-scorecard.js';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload="window.__pwned=1"></svg>',
  '</script><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<a href="javascript:window.__pwned=1">click</a>',
];

/** Fields that are identifiers, codes or enums: they must stay valid for the model to load. */
const KEEP = new Set([
  'id',
  'version',
  'periodicity',
  'asOf',
  'locale',
  'currency',
  'polarity',
  'indicator',
  'aggregation',
  'rollup',
  'period',
  'from',
  'to',
  'start',
  'end',
  'status',
  'updated',
  'objectives',
  'date',
  'kind',
]);

/** Every free-text string of the model replaced by a payload, in turn. */
function poisoned(value: unknown, key = '', counter = { n: 0 }): unknown {
  if (typeof value === 'string') return KEEP.has(key) ? value : PAYLOADS[counter.n++ % PAYLOADS.length];
  if (Array.isArray(value)) return value.map((item) => poisoned(item, key, counter));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poisoned(v, k, counter)]));
  return value;
}

/** Every element of a tree, through open shadow roots. */
function* everyElement(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* everyElement(element.shadowRoot);
  }
}

describe('strings from the model', () => {
  it('stay text everywhere: no script runs, no handler attribute, no javascript: link', async () => {
    const sample = await (await fetch('/demo/data/acme-2026.json')).json();
    const model = poisoned(sample);
    const el = await fixture<BscScorecard>(html`<bsc-scorecard .model=${model}></bsc-scorecard>`);
    expect(el.issues, 'the poisoned model must still load').to.deep.equal([]);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('bsc-perspective').length > 0);
    await aTimeout(200);

    const elements = [...everyElement(el.shadowRoot!)];
    expect(elements.length).to.be.greaterThan(100);
    const text = elements.map((element) => element.shadowRoot?.textContent ?? '').join('') + el.shadowRoot!.textContent;
    expect(text, 'payloads are shown as text').to.contain('<img src=x onerror=');
    for (const element of elements) {
      expect(['script', 'img', 'iframe', 'object', 'embed'], `a <${element.localName}> reached the DOM`).not.to.include(element.localName);
      for (const attribute of element.attributes) {
        expect(attribute.name.startsWith('on'), `${element.localName} has ${attribute.name}`).to.equal(false);
        if (['href', 'src', 'xlink:href', 'action', 'formaction'].includes(attribute.name)) {
          expect(attribute.value.trim().toLowerCase().startsWith('javascript:'), `${element.localName} ${attribute.name}=${attribute.value}`).to.equal(false);
        }
      }
    }
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it("stay text in comments: the KPI's panel and its data table, the card, the row's mark and the objective's commentary", async () => {
    const sample = await (await fetch('/demo/data/acme-2026.json')).json();
    const model = poisoned(sample);
    const page = await fixture<HTMLElement>(html`<div>
      <bsc-scorecard .model=${model} selected-kpi="booked-revenue"></bsc-scorecard>
      <bsc-scorecard .model=${model}><bsc-kpi kpi="on-time-delivery" variant="card"></bsc-kpi></bsc-scorecard>
    </div>`);
    const [panel, composed] = [...page.querySelectorAll('bsc-scorecard')] as BscScorecard[];
    await waitUntil(() => panel!.shadowRoot!.querySelector('bsc-trend-chart')?.shadowRoot?.querySelector('[part="table-toggle"]'), 'the trend chart loads', {
      timeout: 5000,
    });
    panel!.shadowRoot!.querySelector('bsc-trend-chart')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await aTimeout(200);

    const elements = [page, ...everyElement(page)];
    const parts = (name: string) => elements.flatMap((element) => [...(element.shadowRoot ?? element).querySelectorAll(`[part~="${name}"]`)]);
    // The panel's comments, the table's column, the card's comments and the objectives' commentary, each showing a payload as text.
    expect(parts('comment-text').length, 'comments shown').to.be.greaterThan(3);
    for (const name of ['comment-text', 'comment-author']) {
      expect(
        parts(name).every((node) => PAYLOADS.includes(node.textContent!)),
        `every ${name} is a payload, as text`,
      ).to.equal(true);
    }
    expect(parts('kpi-comment-marker').length, 'rows marked').to.be.greaterThan(0);
    const table = panel!.shadowRoot!.querySelector('bsc-trend-chart')!.shadowRoot!.querySelector('.comment-cell p:not(:empty)');
    expect(table?.textContent, 'the data table reads a comment as text').to.match(/<img src=x onerror=|<svg onload|<\/script>|javascript:|constructor|<a href/);
    for (const element of elements) {
      expect(['script', 'img', 'iframe', 'object', 'embed'], `a <${element.localName}> reached the DOM`).not.to.include(element.localName);
      for (const attribute of element.attributes) expect(attribute.name.startsWith('on'), `${element.localName} has ${attribute.name}`).to.equal(false);
    }
    expect(composed!.issues).to.deep.equal([]);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
