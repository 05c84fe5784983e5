/**
 * Loaded by csp.test.ts in an iframe whose page has a strict CSP. Renders every element, waits for
 * them to settle and leaves what happened in `window.__cspResult` for the test to read.
 */
import '../../src/index.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} ${event.sample}`));
const errors: string[] = [];
window.addEventListener('error', (event) => errors.push(String(event.message)));

const page = document.body;
page.innerHTML = `
  <bsc-scorecard id="scorecard" src="/demo/data/acme-2026.json" theme="dark" show-previous></bsc-scorecard>
  <bsc-status status="at-risk" stale></bsc-status>
  <bsc-kpi-gauge value="72" target="80" red-flag="60" label="Revenue growth"></bsc-kpi-gauge>
  <bsc-bullet value="433500" target="420000" red-flag="380000" label="Booked revenue"></bsc-bullet>
  <bsc-sparkline values="3,5,,7,6" label="Trend"></bsc-sparkline>
  <bsc-kpi value="0.72" target="0.8" red-flag="0.6" unit="percent" label="Win rate" variant="card"></bsc-kpi>
  <bsc-scorecard id="map" src="/demo/data/acme-2026.json" layout="strategy-map" selected-kpi="booked-revenue"></bsc-scorecard>
  <bsc-trend-chart id="trend" label="Tickets" target="5" red-flag="3"></bsc-trend-chart>
  <bsc-cascade id="cascade" src="/demo/data/cascade/company.json"></bsc-cascade>`;

document.querySelector('bsc-trend-chart')!.series = [3, 5, null, 7, 6, 4];

const scorecard = document.querySelector('bsc-scorecard')!;
const settledOnce = (element: Element) =>
  new Promise((resolve) => {
    element.addEventListener('bsc-load', resolve, { once: true });
    element.addEventListener('bsc-error', resolve, { once: true });
  });
const loaded = Promise.all([settledOnce(scorecard), settledOnce(document.querySelector('#map')!), settledOnce(document.querySelector('bsc-cascade')!)]);

(window as unknown as { __cspResult: Promise<unknown> }).__cspResult = loaded.then(async () => {
  await new Promise((resolve) => setTimeout(resolve, 300));
  // The list of changes since the previous period loads when its summary is chosen.
  scorecard.shadowRoot!.querySelector<HTMLElement>('[part~="changes-summary"]')!.click();
  await customElements.whenDefined('bsc-changes');
  await new Promise((resolve) => setTimeout(resolve, 100));
  // Exports read computed styles and write attributes on detached clones only: nothing for the policy to block.
  const exported = async (element: Element | null | undefined) => (await (element as unknown as { toSVG(): Promise<string> } | null)?.toSVG()) ?? '';
  const strategyMap = document.querySelector('#map')?.shadowRoot?.querySelector('bsc-strategy-map');
  const charts: [string, Element | null | undefined][] = [
    ...['bsc-kpi-gauge', 'bsc-bullet', 'bsc-sparkline', 'bsc-trend-chart'].map((tag): [string, Element | null] => [tag, document.querySelector(tag)]),
    ['bsc-strategy-map', strategyMap],
  ];
  const svgExports = Object.fromEntries(
    await Promise.all(
      charts.map(async ([tag, element]) => {
        const svg = await exported(element);
        return [tag, svg.startsWith('<svg') && svg.includes('<title>')];
      }),
    ),
  );
  const png = await (document.querySelector('bsc-kpi-gauge') as unknown as { toPNG(): Promise<Blob> }).toPNG().then(
    (blob) => blob.type,
    (error: unknown) => String(error),
  );
  const elements = [...everyElement(document)].filter((el) => el.localName.startsWith('bsc-'));
  const unrendered = elements.filter((el) => !el.shadowRoot || el.shadowRoot.childNodes.length === 0).map((el) => el.localName);
  const styled = elements.filter((el) => el.shadowRoot && el.shadowRoot.adoptedStyleSheets.length === 0).map((el) => el.localName);
  const styleAttributes = [...everyElement(document)].filter((el) => el.hasAttribute('style')).map((el) => el.localName);
  const kinds = [...new Set(elements.map((el) => el.localName))].sort();
  const kpiRows = [...everyElement(document)].filter((el) => el.getAttribute('part') === 'kpi-row').length;
  return {
    violations,
    errors,
    unrendered,
    styled,
    styleAttributes,
    kinds,
    kpiRows,
    svgExports,
    png,
    evaluated: Boolean((scorecard as unknown as { evaluation?: unknown }).evaluation),
  };
});

function* everyElement(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* everyElement(element.shadowRoot);
  }
}
